#include "admincommands.h"

#include "auth/passwordhasher.h"
#include "auth/userdirectory.h"
#include "core/department.h"
#include "core/enums.h"
#include "schema/database.h"
#include "store/requesterror.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "huike-server: %s\n", qPrintable(message));
}

QString readLine(bool echo)
{
    termios old{};
    const bool tty = ::isatty(STDIN_FILENO);
    if (tty && !echo) {
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty && !echo) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return line;
}

// The new password: asked twice on a terminal, one line from a pipe.
bool readPassword(QString *password)
{
    if (::isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Password: ");
        *password = readLine(false);
        std::fprintf(stderr, "Repeat password: ");
        if (readLine(false) != *password) {
            fail(u"the passwords differ"_s);
            return false;
        }
    } else {
        *password = readLine(true);
    }
    return true;
}

// The department paths of `user add --department`, as stored; a missing department is
// created with the user (UserDirectory::NewUser), so the new ones are named on stdout.
bool departmentPaths(Store &store, const QStringList &paths, QStringList *normalized, QStringList *created)
{
    for (const QString &path : paths) {
        const QString p = Department::joinPath(Department::splitPath(path));
        if (p.isEmpty()) {
            fail(u"--department wants a path, e.g. 销售部/华东区"_s);
            return false;
        }
        if (!store.database().scalar(u"SELECT id FROM departments WHERE path = ? AND deleted = 0"_s, {p}).isValid())
            created->append(p);
        normalized->append(p);
    }
    return true;
}

int userCommand(Store &store, UserDirectory &users, const QStringList &args, const QCommandLineParser &p)
{
    const QString sub = args.value(0);
    const QString login = args.value(1);
    if (sub == u"list" && args.size() == 1) {
        for (const auto &u : users.list())
            std::printf("%s\t%s\t%s\t%s%s\n", qPrintable(u.login), qPrintable(u.displayName),
                        qPrintable(enumCode(u.role)), qPrintable(u.departmentPaths.join(u", ")),
                        u.disabled ? "\t(disabled)" : "");
        return 0;
    }
    if (login.isEmpty() || args.size() > 2
        || !QStringList{u"add"_s, u"passwd"_s, u"disable"_s, u"enable"_s}.contains(sub)) {
        fail(u"usage: huike-server user add|passwd|disable|enable LOGIN … | user list"_s);
        return 2;
    }
    if (sub == u"add") {
        if (!p.isSet(u"name"_s) || !p.isSet(u"role"_s)) {
            fail(u"user add needs --name NAME and --role admin|director|manager|sales|clerk|service"_s);
            return 2;
        }
        // What can be checked before the password is asked for.
        if (!enumFromCode<UserRole>(p.value(u"role"_s))) {
            fail(u"unknown role '%1': use admin, director, manager, sales, clerk or service"_s.arg(p.value(u"role"_s)));
            return 2;
        }
        UserDirectory::NewUser u;
        QStringList newDepartments;
        if (!departmentPaths(store, p.values(u"department"_s), &u.departmentPaths, &newDepartments))
            return 2;
        u.managerLogin = p.value(u"manager"_s);
        if (!u.managerLogin.isEmpty() && !users.findByLogin(u.managerLogin)) {
            fail(u"there is no user %1 (--manager)"_s.arg(u.managerLogin));
            return 1;
        }
        QString password;
        if (!readPassword(&password))
            return 1;
        u.login = login;
        u.displayName = p.value(u"name"_s);
        u.role = p.value(u"role"_s);
        users.addUser(u, password);
        for (const QString &d : std::as_const(newDepartments))
            std::printf("department %s added\n", qPrintable(d));
        std::printf("user %s added\n", qPrintable(login));
        return 0;
    }
    if (!users.findByLogin(login)) {
        fail(u"there is no user %1"_s.arg(login));
        return 1;
    }
    if (sub == u"passwd") {
        QString password;
        if (!readPassword(&password))
            return 1;
        users.setPassword(login, password);
        std::printf("password of %s changed; their sessions are signed out\n", qPrintable(login));
        return 0;
    }
    users.setDisabled(login, sub == u"disable");
    std::printf("user %s %s\n", qPrintable(login), sub == u"disable" ? "disabled; their sessions are signed out" : "enabled");
    return 0;
}

int departmentCommand(Store &store, UserDirectory &users, const QStringList &args)
{
    if (args.value(0) == u"list" && args.size() == 1) {
        QSqlQuery q = store.database().exec(u"SELECT path FROM departments WHERE deleted = 0 ORDER BY path"_s);
        while (q.next())
            std::printf("%s\n", qPrintable(q.value(0).toString()));
        return 0;
    }
    if (args.value(0) != u"add" || args.value(1).trimmed().isEmpty() || args.size() > 2) {
        fail(u"usage: huike-server department add PATH (e.g. 销售部/华东区) | department list"_s);
        return 2;
    }
    users.addDepartment(args.value(1));
    std::printf("department %s added\n", qPrintable(args.value(1)));
    return 0;
}

} // namespace

int AdminCommands::run(Store &store, const QString &command, const QStringList &args,
                       const QCommandLineParser &parser)
{
    UserDirectory users(store.database(), PasswordHasher());
    try {
        if (command == u"user")
            return userCommand(store, users, args, parser);
        return departmentCommand(store, users, args);
    } catch (const RequestError &e) {
        // fields() returns a copy: iterate one object, not two temporaries.
        const QJsonObject fields = e.fields();
        QString detail;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString message = it.value().toObject().value(u"message"_s).toString();
            if (message != e.message() || fields.size() > 1)
                detail += u"\n  %1: %2"_s.arg(it.key(), message);
        }
        fail(e.message() + detail);
        return 1;
    } catch (const std::exception &e) {
        // The store failed under us (disk full, the database went away): no crash.
        fail(u"%1 %2 failed: %3"_s.arg(command, args.value(0), QString::fromLocal8Bit(e.what())));
        return 1;
    }
}

} // namespace Huike
