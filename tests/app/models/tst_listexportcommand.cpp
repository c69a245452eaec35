// `huike export customers|quotes|contracts` (issue 19), run as a user would on a replica in
// a temporary folder: the file, the last line "exported: N rows to FILE", the list's
// filters as options (--level, --owner me, --search, --status), the csv encodings, and a
// refusal with exit code 2 for a wrong command line, 1 for a file that cannot be written.
#include "dataio/textencoding.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Other = u"0192b6c8-0000-7000-8000-000000000002"_s;

struct Run
{
    int exitCode = -1;
    QString out, err;
};
} // namespace

class tst_ListExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exports_data();
    void exports();
    void refusesABadCommandLine_data();
    void refusesABadCommandLine();
    void unwritableFileFails();

private:
    Run huike(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(HUIKE_CLIENT_EXE), QStringList{u"export"_s} + args + QStringList{u"--replica"_s, m_path, u"--lang"_s, u"zh_CN"_s});
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Replica> m_replica;
};

void tst_ListExportCommand::initTestCase()
{
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    m_replica = Replica::open(m_path);
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    for (const auto &[id, login, name] : {std::tuple{Me, "wangfang", "王芳"}, std::tuple{Other, "lilei", "李雷"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                u"VALUES (?, 1, 0, ?, ?, ?, ?, 'sales', 0)"_s,
                {id, ts, ts, QString::fromLatin1(login), QString::fromUtf8(name)});
    QString first;
    for (const auto &[name, level, owner] : {std::tuple{"上海恒信精密机械有限公司", "a", Me}, std::tuple{"杭州西湖茶业有限公司", "a", Other},
                                             std::tuple{"苏州园林设计院", "b", Me}, std::tuple{"=1+1 注入测试", "c", Me}}) {
        const QString id = m_replica->create(u"customers"_s, {{u"name"_s, QString::fromUtf8(name)}, {u"level"_s, QString::fromLatin1(level)},
                                                              {u"owner_id"_s, owner}})
                               .value(u"id"_s)
                               .toString();
        if (first.isEmpty())
            first = id;
    }
    for (const auto &[number, status, fen] : {std::tuple{"BJ-2026-0001", "draft", 123450}, std::tuple{"BJ-2026-0002", "sent", 99}})
        m_replica->create(u"quotes"_s, {{u"customer_id"_s, first}, {u"number"_s, QString::fromLatin1(number)},
                                        {u"status"_s, QString::fromLatin1(status)}, {u"gross_fen"_s, fen}, {u"title"_s, u"报价"_s}});
    m_replica->create(u"contracts"_s, {{u"customer_id"_s, first}, {u"number"_s, u"HT-2026-0001"_s}, {u"status"_s, u"signed"_s},
                                       {u"amount_fen"_s, 500000}, {u"title"_s, u"设备采购"_s}, {u"sign_date"_s, u"2026-01-10"_s}});
}

void tst_ListExportCommand::exports_data()
{
    QTest::addColumn<QStringList>("args"); // after "export"; -o FILE is added
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("encoding"); // of a csv; empty for an xlsx
    QTest::addColumn<QStringList>("expected"); // csv lines it holds
    QTest::newRow("customers xlsx") << QStringList{u"customers"_s} << u"customers.xlsx"_s << 4 << QString() << QStringList();
    QTest::newRow("customers of level A, csv") << QStringList{u"customers"_s, u"--level"_s, u"A"_s} << u"a.csv"_s << 2 << u"UTF-8"_s
                                              << QStringList{u"上海恒信精密机械有限公司,,A 级（重点客户）,潜在客户,王芳,,,,,"_s};
    QTest::newRow("my customers, GB18030") << QStringList{u"customers"_s, u"--owner"_s, u"me"_s, u"--encoding"_s, u"gb18030"_s}
                                          << u"mine.csv"_s << 3 << u"GB18030"_s << QStringList{u"'=1+1 注入测试,,C 级（普通客户）,潜在客户,王芳,,,,,"_s};
    QTest::newRow("customers of a login, searched") << QStringList{u"customers"_s, u"--owner"_s, u"lilei"_s, u"--search"_s, u"西湖"_s}
                                                   << u"lilei.csv"_s << 1 << u"UTF-8"_s << QStringList{};
    QTest::newRow("draft quotes, csv by --format")
        << QStringList{u"quotes"_s, u"--status"_s, u"draft"_s, u"--format"_s, u"csv"_s} << u"quotes.txt"_s << 1 << u"UTF-8"_s
        << QStringList{};
    QTest::newRow("contracts") << QStringList{u"contracts"_s} << u"contracts.csv"_s << 1 << u"UTF-8"_s << QStringList{};
}

void tst_ListExportCommand::exports()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(QString, encoding);
    QFETCH(QStringList, expected);
    const QString path = m_dir.path() + u'/' + file;
    const Run r = huike(args + QStringList{u"-o"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.last(), u"exported: %1 rows to %2"_s.arg(rows).arg(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (encoding.isEmpty()) {
        QVERIFY(bytes.startsWith("PK")); // a zip: the workbook
        return;
    }
    const auto e = TextEncoding::fromName(encoding);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), e == TextEncoding::Encoding::Utf8);
    const QStringList csv = TextEncoding::decode(bytes, *e).trimmed().split(u"\r\n"_s);
    QCOMPARE(csv.size(), rows + 1);
    QVERIFY2(csv[0].startsWith(args[0] == u"customers" ? u"客户名称,"_s : u"编号,"_s), qPrintable(csv[0]));
    for (const QString &line : expected)
        QVERIFY2(csv.contains(line), qPrintable(csv.join(u'\n')));
}

void tst_ListExportCommand::refusesABadCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{u"customers"_s, u"-o"_s, u"x.csv"_s, u"--colour"_s, u"red"_s};
    QTest::newRow("unknown list") << QStringList{u"products"_s, u"-o"_s, u"x.csv"_s};
    QTest::newRow("no file") << QStringList{u"customers"_s};
    QTest::newRow("bad level") << QStringList{u"customers"_s, u"-o"_s, u"x.csv"_s, u"--level"_s, u"Z"_s};
    QTest::newRow("bad status") << QStringList{u"quotes"_s, u"-o"_s, u"x.csv"_s, u"--status"_s, u"lost"_s};
    QTest::newRow("bad format") << QStringList{u"customers"_s, u"-o"_s, u"x.csv"_s, u"--format"_s, u"pdf"_s};
    QTest::newRow("bad encoding") << QStringList{u"customers"_s, u"-o"_s, u"x.csv"_s, u"--encoding"_s, u"latin1"_s};
    QTest::newRow("encoding for xlsx") << QStringList{u"customers"_s, u"-o"_s, u"x.xlsx"_s, u"--encoding"_s, u"gb18030"_s};
    QTest::newRow("owner for quotes") << QStringList{u"quotes"_s, u"-o"_s, u"x.csv"_s, u"--owner"_s, u"me"_s};
    QTest::newRow("unknown owner") << QStringList{u"customers"_s, u"-o"_s, u"x.csv"_s, u"--owner"_s, u"nobody"_s};
}

void tst_ListExportCommand::refusesABadCommandLine()
{
    QFETCH(QStringList, args);
    const Run r = huike(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"usage: huike export"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(u"x.csv"_s) && !QFile::exists(u"x.xlsx"_s));
}

void tst_ListExportCommand::unwritableFileFails()
{
    const QString path = m_dir.path() + u"/no/such/folder/x.xlsx"_s;
    const Run r = huike({u"customers"_s, u"-o"_s, path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(u'\n');
    QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(u"huike: "_s) && l.contains(path); }),
             qPrintable(r.err));
    QVERIFY(!r.out.contains(u"exported:"_s));
}

QTEST_GUILESS_MAIN(tst_ListExportCommand)
#include "tst_listexportcommand.moc"
