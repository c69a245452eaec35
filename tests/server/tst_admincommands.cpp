// The huike-server command line refuses bad input with a message, never with a crash
// (issue 15, finding 8: `user add x …` and `--role wizard` ended in a segfault).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Server = QStringLiteral(HUIKE_SERVER_EXE);
const QByteArray GoodPassword = "correct-horse-1\n";

struct Run
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QByteArray &input = GoodPassword)
{
    QProcess p;
    p.start(Server, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    Run r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class tst_AdminCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesInvalidInvocations_data();
    void refusesInvalidInvocations();
    void refusalsChangeNothing();
    void validInvocationsStillWork();

private:
    QTemporaryDir m_data; // a store with 销售部/华东区 and the user chenjing
    QTemporaryDir m_files;
    QString m_plainFile;  // a regular file: not a folder, not a backup, not PEM
};

void tst_AdminCommands::initTestCase()
{
    QVERIFY(m_data.isValid() && m_files.isValid());
    m_plainFile = m_files.filePath(u"plain.txt"_s);
    QFile f(m_plainFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a backup, not a certificate\n");
    f.close();

    Run r = run({u"department"_s, u"add"_s, u"销售部/华东区"_s, u"--data"_s, m_data.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"user"_s, u"add"_s, u"chenjing"_s, u"--name"_s, u"陈静"_s, u"--role"_s, u"manager"_s,
             u"--department"_s, u"销售部/华东区"_s, u"--data"_s, m_data.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_AdminCommands::refusesInvalidInvocations_data()
{
    // @DATA@ the prepared store, @SCRATCH@ an empty folder of the row's own, @FILE@ a
    // regular file. --data @DATA@ is appended unless the row names --data itself.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QByteArray pw = GoodPassword;
    auto row = [](const char *name, const QStringList &args, const QByteArray &input, const QString &message) {
        QTest::newRow(name) << args << input << message;
    };

    // user add
    row("invalid login", {u"user"_s, u"add"_s, u"x"_s, u"--name"_s, u"X"_s, u"--role"_s, u"sales"_s}, pw,
        u"A login has 2 to 32"_s);
    row("Chinese login", {u"user"_s, u"add"_s, u"王芳"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s}, pw,
        u"A login has 2 to 32"_s);
    row("unknown role", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"wizard"_s}, pw,
        u"unknown role 'wizard'"_s);
    row("unknown role and invalid login", {u"user"_s, u"add"_s, u"x"_s, u"--name"_s, u"X"_s, u"--role"_s, u"wizard"_s},
        pw, u"unknown role"_s);
    row("no name", {u"user"_s, u"add"_s, u"wangfang"_s, u"--role"_s, u"sales"_s}, pw, u"--name"_s);
    row("empty name", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u""_s, u"--role"_s, u"sales"_s}, pw,
        u"required"_s);
    row("no role", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s}, pw, u"--role"_s);
    row("no login", {u"user"_s, u"add"_s}, pw, u"usage"_s);
    row("login taken", {u"user"_s, u"add"_s, u"chenjing"_s, u"--name"_s, u"X"_s, u"--role"_s, u"sales"_s}, pw,
        u"taken"_s);
    row("short password", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s},
        "short\n", u"at least 8"_s);
    row("no password", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s},
        QByteArray(), u"at least 8"_s);
    row("unknown manager", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s,
                            u"--manager"_s, u"nobody"_s}, pw, u"no user nobody"_s);
    // (A department that does not exist yet is created with the user, as documented.)
    row("department name too long", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s,
                                     u"sales"_s, u"--department"_s, u"销售部/"_s + QString(61, u'区')}, pw, u"60"_s);
    row("empty department", {u"user"_s, u"add"_s, u"wangfang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s,
                             u"--department"_s, u"/"_s}, pw, u"--department"_s);
    // user passwd | disable | enable | list
    row("passwd unknown user", {u"user"_s, u"passwd"_s, u"ghost"_s}, pw, u"no user ghost"_s);
    row("passwd short", {u"user"_s, u"passwd"_s, u"chenjing"_s}, "x\n", u"at least 8"_s);
    row("passwd is login", {u"user"_s, u"passwd"_s, u"chenjing"_s}, "chenjing\n", u"cannot be the login"_s);
    row("passwd no login", {u"user"_s, u"passwd"_s}, pw, u"usage"_s);
    row("disable unknown user", {u"user"_s, u"disable"_s, u"ghost"_s}, pw, u"no user ghost"_s);
    row("enable unknown user", {u"user"_s, u"enable"_s, u"ghost"_s}, pw, u"no user ghost"_s);
    row("user without subcommand", {u"user"_s}, pw, u"usage"_s);
    row("user unknown subcommand", {u"user"_s, u"remove"_s, u"chenjing"_s}, pw, u"usage"_s);
    row("user extra argument", {u"user"_s, u"disable"_s, u"chenjing"_s, u"wangfang"_s}, pw, u"usage"_s);
    // department
    row("department without path", {u"department"_s, u"add"_s}, pw, u"usage"_s);
    row("department blank path", {u"department"_s, u"add"_s, u" "_s}, pw, u"usage"_s);
    row("department slashes only", {u"department"_s, u"add"_s, u"//"_s}, pw, u"department path"_s);
    row("department add name too long", {u"department"_s, u"add"_s, QString(61, u'部')}, pw, u"60"_s);
    row("department unknown subcommand", {u"department"_s, u"remove"_s, u"销售部"_s}, pw, u"usage"_s);
    row("department without subcommand", {u"department"_s}, pw, u"usage"_s);
    // serve
    row("listen port too big", {u"serve"_s, u"--listen"_s, u"127.0.0.1:99999"_s}, {}, u"--listen"_s);
    row("listen negative port", {u"serve"_s, u"--listen"_s, u"127.0.0.1:-1"_s}, {}, u"--listen"_s);
    row("listen without port", {u"--listen"_s, u"127.0.0.1"_s}, {}, u"--listen"_s);
    row("listen empty port", {u"--listen"_s, u"127.0.0.1:"_s}, {}, u"--listen"_s);
    row("listen bad host", {u"--listen"_s, u"no host:8747"_s}, {}, u"--listen"_s);
    row("listen foreign address", {u"--listen"_s, u"203.0.113.7:8747"_s}, {}, u"cannot listen"_s);
    row("pool days not a number", {u"serve"_s, u"--pool-days"_s, u"soon"_s}, {}, u"--pool-days"_s);
    row("backup days negative", {u"serve"_s, u"--backup-days"_s, u"-1"_s}, {}, u"--backup-days"_s);
    row("keep log days not a number", {u"serve"_s, u"--keep-log-days"_s, u"1e3"_s}, {}, u"--keep-log-days"_s);
    row("serve extra argument", {u"serve"_s, u"now"_s}, {}, u"no arguments"_s);
    row("TLS files not PEM", {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"@FILE@"_s,
                              u"--tls-key"_s, u"@FILE@"_s}, {}, u"not valid PEM"_s);
    row("TLS files missing", {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, u"/nonexistent/c.pem"_s,
                              u"--tls-key"_s, u"/nonexistent/k.pem"_s}, {}, u"cannot read"_s);
    // demo
    row("demo customers zero", {u"demo"_s, u"--customers"_s, u"0"_s}, {}, u"--customers"_s);
    row("demo customers not a number", {u"demo"_s, u"--customers"_s, u"lots"_s}, {}, u"--customers"_s);
    row("demo seed not a number", {u"demo"_s, u"--seed"_s, u"abc"_s}, {}, u"--seed"_s);
    // backup, restore
    row("backup without file", {u"backup"_s}, {}, u"--to"_s);
    row("backup into a file's folder", {u"backup"_s, u"--to"_s, u"@FILE@/b.sqlite"_s}, {}, u""_s);
    row("restore without file", {u"restore"_s, u"--data"_s, u"@SCRATCH@"_s}, {}, u"--from"_s);
    row("restore missing file", {u"restore"_s, u"--data"_s, u"@SCRATCH@"_s, u"--from"_s, u"/nonexistent/b.sqlite"_s},
        {}, u""_s);
    row("restore not a backup", {u"restore"_s, u"--data"_s, u"@SCRATCH@"_s, u"--from"_s, u"@FILE@"_s}, {}, u""_s);
    // the command line itself
    row("unknown command", {u"frobnicate"_s}, {}, u"unknown command 'frobnicate'"_s);
    row("unknown option", {u"migrate"_s, u"--frobnicate"_s}, {}, u"frobnicate"_s);
    row("no data folder", {u"migrate"_s, u"--data"_s, u""_s}, {}, u"--data"_s);
    row("data under a file", {u"migrate"_s, u"--data"_s, u"@FILE@/data"_s}, {}, u"data folder"_s);
    row("data unwritable", {u"migrate"_s, u"--data"_s, u"/proc/huike-data"_s}, {}, u"data folder"_s);
    row("bad database URL", {u"migrate"_s, u"--data"_s, u"@SCRATCH@"_s, u"--db"_s, u"mysql://x@127.0.0.1:1/db"_s}, {},
        u""_s);
    row("database not there", {u"migrate"_s, u"--data"_s, u"@SCRATCH@"_s, u"--db"_s,
                               u"postgresql://huike@127.0.0.1:1/huike"_s}, {}, u""_s);
}

void tst_AdminCommands::refusesInvalidInvocations()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QTemporaryDir scratch;
    if (!args.contains(u"--data"_s))
        args << u"--data"_s << u"@DATA@"_s;
    args.replaceInStrings(u"@DATA@"_s, m_data.path());
    args.replaceInStrings(u"@SCRATCH@"_s, scratch.path());
    args.replaceInStrings(u"@FILE@"_s, m_plainFile);

    const Run r = run(args, input);
    QVERIFY2(r.finished, "huike-server did not exit (it should have refused at once)");
    QCOMPARE(r.exitStatus, QProcess::NormalExit); // not a crash
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.startsWith(u"huike-server: "_s) || r.err.contains(u"\nhuike-server: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_AdminCommands::refusalsChangeNothing()
{
    const Run r = run({u"user"_s, u"list"_s, u"--data"_s, m_data.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(u'\n'), 1);
    QVERIFY2(r.out.startsWith(u"chenjing\t陈静\tmanager\t销售部/华东区"_s), qPrintable(r.out));
    const Run d = run({u"department"_s, u"list"_s, u"--data"_s, m_data.path()});
    QCOMPARE(d.out, u"销售部\n销售部/华东区\n"_s);
}

void tst_AdminCommands::validInvocationsStillWork()
{
    QTemporaryDir dir;
    Run r = run({u"department"_s, u"add"_s, u" 销售部 / 华南区 "_s, u"--data"_s, dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"user"_s, u"add"_s, u"WangFang"_s, u"--name"_s, u"王芳"_s, u"--role"_s, u"sales"_s,
             u"--department"_s, u"销售部/华南区"_s, u"--data"_s, dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"user"_s, u"add"_s, u"lina"_s, u"--name"_s, u"李娜"_s, u"--role"_s, u"sales"_s,
             u"--manager"_s, u"wangfang"_s, u"--department"_s, u"销售部/华东区"_s, u"--data"_s, dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"department 销售部/华东区 added\nuser lina added\n"_s); // created with the user
    r = run({u"user"_s, u"passwd"_s, u"wangfang"_s, u"--data"_s, dir.path()}, "another-password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"user"_s, u"disable"_s, u"lina"_s, u"--data"_s, dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"user"_s, u"list"_s, u"--data"_s, dir.path()});
    QVERIFY2(r.out.contains(u"lina\t李娜\tsales\t销售部/华东区\t(disabled)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"wangfang\t王芳\tsales\t销售部/华南区"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_AdminCommands)
#include "tst_admincommands.moc"
