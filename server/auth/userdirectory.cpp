#include "auth/userdirectory.h"

#include "core/department.h"
#include "core/timestamp.h"
#include "core/user.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

RequestError invalid(const QString &field, const QString &code, const QString &message)
{
    return RequestError(422, u"validation_failed"_s, message,
                        QJsonObject{{field, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

void revokeTokens(Database &db, const QString &userId)
{
    db.exec(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
            {Timestamp::now(), userId});
}

} // namespace

QJsonObject UserDirectory::UserInfo::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"login"_s, login},
                       {u"displayName"_s, displayName},
                       {u"role"_s, enumCode(role)},
                       {u"disabled"_s, disabled},
                       {u"managerId"_s, managerId.isEmpty() ? QJsonValue() : QJsonValue(managerId)},
                       {u"departments"_s, QJsonArray::fromStringList(departmentPaths)}};
}

UserDirectory::UserDirectory(Database &db, PasswordHasher hasher) : m_db(db), m_hasher(hasher) { }

QString UserDirectory::departmentId(const QString &path, const QString &actorId)
{
    const QStringList names = Department::splitPath(path);
    if (names.isEmpty())
        throw invalid(u"department"_s, u"required"_s, QCoreApplication::translate("Huike::UserDirectory", "Give a department path, e.g. 销售部/华东区."));
    RecordWriter writer(m_db);
    QString parentId;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString sub = Department::joinPath(names.first(i + 1));
        const QVariant existing = m_db.scalar(u"SELECT id FROM departments WHERE path = ? AND deleted = 0"_s, {sub});
        if (existing.isValid()) {
            parentId = existing.toString();
            continue;
        }
        Department d;
        d.name = names[i];
        d.path = sub;
        const ValidationErrors errors = d.validate();
        if (!errors.isEmpty())
            throw RequestError::validation(errors);
        const Row row = writer.insert(u"departments"_s,
                                      Row{{u"name"_s, d.name},
                                          {u"parent_id"_s, parentId.isEmpty() ? QVariant() : QVariant(parentId)},
                                          {u"path"_s, sub}, {u"sort_order"_s, 0}},
                                      actorId);
        parentId = row.value(u"id"_s).toString();
    }
    return parentId;
}

QString UserDirectory::addDepartment(const QString &path, const QString &actorId)
{
    Transaction t(m_db);
    const QString id = departmentId(path, actorId);
    t.commit();
    return id;
}

void UserDirectory::checkPassword(const QString &login, const QString &password)
{
    if (password.size() < MinPasswordLength)
        throw invalid(u"password"_s, u"too_short"_s,
                      QCoreApplication::translate("Huike::UserDirectory", "A password has at least %1 characters.").arg(MinPasswordLength));
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        throw invalid(u"password"_s, u"same_as_login"_s, QCoreApplication::translate("Huike::UserDirectory", "The password cannot be the login."));
}

QString UserDirectory::addUser(const NewUser &input, const QString &password, const QString &actorId)
{
    User u;
    u.login = User::normalizeLogin(input.login);
    u.displayName = input.displayName;
    const auto role = enumFromCode<UserRole>(input.role);
    if (!role)
        throw invalid(u"role"_s, u"invalid_choice"_s,
                      QCoreApplication::translate("Huike::UserDirectory", "The role is one of admin, director, manager, sales, clerk, service."));
    u.role = *role;
    u.email = input.email;
    u.mobile = input.mobile;
    const ValidationErrors errors = u.validate();
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
    checkPassword(u.login, password);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        throw std::runtime_error("password hashing failed");

    Transaction t(m_db);
    if (m_db.scalar(u"SELECT count(*) FROM users WHERE login = ?"_s, {u.login}).toInt() > 0)
        throw RequestError(409, u"conflict"_s, QCoreApplication::translate("Huike::UserDirectory", "The login %1 is taken.").arg(u.login));
    QVariant managerId;
    if (!input.managerLogin.isEmpty()) {
        managerId = m_db.scalar(u"SELECT id FROM users WHERE login = ?"_s, {User::normalizeLogin(input.managerLogin)});
        if (!managerId.isValid())
            throw invalid(u"manager"_s, u"not_found"_s, QCoreApplication::translate("Huike::UserDirectory", "There is no user %1.").arg(input.managerLogin));
    }
    QStringList departmentIds;
    for (const QString &path : input.departmentPaths)
        departmentIds << departmentId(path, actorId);

    RecordWriter writer(m_db);
    const Row row = writer.insert(u"users"_s,
                                  Row{{u"login"_s, u.login}, {u"display_name"_s, u.displayName},
                                      {u"role"_s, enumCode(u.role)},
                                      {u"email"_s, u.email.isEmpty() ? QVariant() : QVariant(u.email)},
                                      {u"mobile"_s, u.mobile.isEmpty() ? QVariant() : QVariant(u.mobile)},
                                      {u"manager_id"_s, managerId}, {u"disabled"_s, 0}},
                                  actorId);
    const QString id = row.value(u"id"_s).toString();
    for (const QString &dep : departmentIds)
        writer.insert(u"user_departments"_s, Row{{u"user_id"_s, id}, {u"department_id"_s, dep}}, actorId);
    m_db.exec(u"INSERT INTO credentials (user_id, password_hash, changed_at) VALUES (?, ?, ?)"_s,
              {id, hash, Timestamp::now()});
    t.commit();
    return id;
}

void UserDirectory::setPassword(const QString &login, const QString &password, const QString &)
{
    const auto user = findByLogin(login);
    if (!user)
        throw RequestError(404, u"not_found"_s, QCoreApplication::translate("Huike::UserDirectory", "There is no user %1.").arg(login));
    checkPassword(user->login, password);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        throw std::runtime_error("password hashing failed");
    Transaction t(m_db);
    m_db.exec(u"DELETE FROM credentials WHERE user_id = ?"_s, {user->id});
    m_db.exec(u"INSERT INTO credentials (user_id, password_hash, changed_at) VALUES (?, ?, ?)"_s,
              {user->id, hash, Timestamp::now()});
    revokeTokens(m_db, user->id);
    t.commit();
}

void UserDirectory::setDisabled(const QString &login, bool disabled, const QString &actorId)
{
    const auto user = findByLogin(login);
    if (!user)
        throw RequestError(404, u"not_found"_s, QCoreApplication::translate("Huike::UserDirectory", "There is no user %1.").arg(login));
    Transaction t(m_db);
    RecordWriter(m_db).update(u"users"_s, user->id, Row{{u"disabled"_s, disabled ? 1 : 0}}, actorId);
    if (disabled)
        revokeTokens(m_db, user->id);
    t.commit();
}

std::optional<UserDirectory::UserInfo> UserDirectory::find(const QString &column, const QString &value)
{
    QSqlQuery q = m_db.exec(u"SELECT u.id, u.login, u.display_name, u.role, u.disabled, u.manager_id, "
                            u"(SELECT count(*) FROM credentials c WHERE c.user_id = u.id) "
                            u"FROM users u WHERE u.deleted = 0 AND u.%1 = ?"_s.arg(column),
                            {value});
    if (!q.next())
        return std::nullopt;
    UserInfo info;
    info.id = q.value(0).toString();
    info.login = q.value(1).toString();
    info.displayName = q.value(2).toString();
    info.role = enumFromCode<UserRole>(q.value(3).toString()).value_or(UserRole::Sales);
    info.disabled = q.value(4).toInt() != 0;
    info.managerId = q.value(5).toString();
    info.hasPassword = q.value(6).toInt() > 0;
    QSqlQuery d = m_db.exec(u"SELECT d.id, d.path FROM user_departments ud JOIN departments d "
                            u"ON d.id = ud.department_id WHERE ud.user_id = ? AND ud.deleted = 0 "
                            u"AND d.deleted = 0 ORDER BY d.path"_s,
                            {info.id});
    while (d.next()) {
        info.departmentIds << d.value(0).toString();
        info.departmentPaths << d.value(1).toString();
    }
    return info;
}

std::optional<UserDirectory::UserInfo> UserDirectory::findByLogin(const QString &login)
{
    return find(u"login"_s, User::normalizeLogin(login));
}

std::optional<UserDirectory::UserInfo> UserDirectory::findById(const QString &id)
{
    return find(u"id"_s, id);
}

QList<UserDirectory::UserInfo> UserDirectory::list()
{
    QStringList logins;
    {
        QSqlQuery q = m_db.exec(u"SELECT login FROM users WHERE deleted = 0 ORDER BY login"_s);
        while (q.next())
            logins << q.value(0).toString();
    }
    QList<UserInfo> out;
    for (const QString &l : logins)
        if (auto u = findByLogin(l))
            out << *u;
    return out;
}

QHash<QString, bool> UserDirectory::sharedWith(const QString &userId, const QStringList &departmentIds)
{
    QHash<QString, bool> out;
    QString sql = u"SELECT customer_id, mode FROM shares WHERE user_id = ?"_s;
    QVariantList values{userId};
    if (!departmentIds.isEmpty()) {
        sql += u" OR department_id IN (%1)"_s.arg(QStringList(departmentIds.size(), u"?"_s).join(u", "));
        for (const QString &d : departmentIds)
            values << d;
    }
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next()) {
        bool &editable = out[q.value(0).toString()];
        editable = editable || q.value(1).toString() == u"edit";
    }
    return out;
}

QStringList UserDirectory::departmentsAbove(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        const QStringList parts = p.split(u'/');
        for (qsizetype n = 1; n <= parts.size(); ++n) {
            const QVariant id = m_db.scalar(u"SELECT id FROM departments WHERE path = ? AND deleted = 0"_s,
                                            {QStringList(parts.mid(0, n)).join(u'/')});
            if (id.isValid() && !id.isNull() && !out.contains(id.toString()))
                out << id.toString();
        }
    }
    return out;
}

QStringList UserDirectory::departmentsWithin(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        QSqlQuery q = m_db.exec(u"SELECT id FROM departments WHERE deleted = 0 AND (path = ? OR "
                                u"substr(path, 1, ?) = ?)"_s,
                                {p, p.size() + 1, QString(p + u'/')});
        while (q.next())
            if (!out.contains(q.value(0).toString()))
                out << q.value(0).toString();
    }
    return out;
}

QStringList UserDirectory::usersWithin(const QStringList &paths)
{
    const QStringList deps = departmentsWithin(paths);
    QStringList out;
    for (const QString &d : deps) {
        QSqlQuery q = m_db.exec(u"SELECT user_id FROM user_departments WHERE deleted = 0 AND department_id = ?"_s, {d});
        while (q.next())
            if (!out.contains(q.value(0).toString()))
                out << q.value(0).toString();
    }
    return out;
}

} // namespace Huike
