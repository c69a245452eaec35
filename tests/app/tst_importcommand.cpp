// huike import (issue 19): the customer import without a window, as a clerk scripts it —
// a GBK .csv read, a dry run that writes nothing, the import with its last line, the
// error report, the list of batches, the undo, and clear refusals for bad command lines.
#include "core/companyname.h"
#include "core/id.h"
#include "dataio/textencoding.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dryRunThenImportThenUndo();
    void reportHasTheRowsWithErrors();
    void assetsFromASheet();
    void badCommandLines_data();
    void badCommandLines();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
        QString lastLine() const { return out.trimmed().section(u'\n', -1); }
    };
    Run huike(const QStringList &args);
    int customers(bool live = true);
    QTemporaryDir m_dir;
    QString m_replica, m_csv;
};

tst_ImportCommand::Run tst_ImportCommand::huike(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HUIKE_CLIENT_EXE), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

int tst_ImportCommand::customers(bool live)
{
    Database db = Database::openSqlite(m_replica);
    return db.scalar(live ? u"SELECT count(*) FROM customers WHERE deleted = 0"_s : u"SELECT count(*) FROM customers"_s).toInt();
}

void tst_ImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_replica = m_dir.path() + u"/replica.sqlite"_s;
    {
        auto replica = Replica::open(m_replica);
        const QString me = Id::generate().toString();
        replica->setUserId(me);
        replica->database().exec(
            u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
            u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
            {me});
    }
    // As Excel on Chinese Windows saves "CSV (逗号分隔)": GBK, CRLF, a quoted address with a comma.
    const QString text = u"客户名称,联系电话,统一社会信用代码,地址,联系人,手机\r\n"
                         u"上海恒信精密机械有限公司,021-55556666,91350100M000100Y43,\"上海市嘉定区,安亭镇\",张伟,13800138000\r\n"
                         u"杭州西湖软件有限公司,0571-88889999,,杭州市西湖区,李娜,13900139000\r\n"
                         u"广州错误代码有限公司,,91350100M000100Y44,,,\r\n"_s;
    m_csv = m_dir.path() + u"/客户.csv"_s;
    QFile f(m_csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TextEncoding::encode(text, TextEncoding::Encoding::Gb18030, false));
}

void tst_ImportCommand::dryRunThenImportThenUndo()
{
    const Run dry = huike({u"import"_s, u"customers"_s, m_csv, u"--dry-run"_s, u"--replica"_s, m_replica, u"--lang"_s, u"en"_s});
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QCOMPARE(dry.lastLine(), u"dry run: 2 created, 0 updated, 0 skipped, 1 errors"_s);
    QVERIFY2(dry.err.contains(u"GB18030"_s), qPrintable(dry.err));       // the encoding it read
    QVERIFY2(dry.err.contains(u"row 4:"_s), qPrintable(dry.err));        // the row with the error, as Excel numbers it
    QCOMPARE(customers(), 0);

    const Run run = huike({u"import"_s, u"customers"_s, m_csv, u"--replica"_s, m_replica});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.lastLine(), u"imported: 2 created, 0 updated, 0 skipped, 1 errors"_s);
    QCOMPARE(customers(), 2);
    {
        Database db = Database::openSqlite(m_replica);
        QCOMPARE(db.scalar(u"SELECT address FROM customers WHERE name = '上海恒信精密机械有限公司'"_s).toString(), u"上海市嘉定区,安亭镇"_s);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 2);
        QVERIFY(db.scalar(u"SELECT count(*) FROM outbox"_s).toInt() >= 5); // they sync like any edit
    }
    // Again: the same companies are there now.
    const Run again = huike({u"import"_s, u"customers"_s, m_csv, u"--replica"_s, m_replica});
    QCOMPARE(again.lastLine(), u"imported: 0 created, 0 updated, 2 skipped, 1 errors"_s);

    const Run list = huike({u"import"_s, u"list"_s, u"--replica"_s, m_replica});
    QCOMPARE(list.code, 0);
    const QStringList lines = list.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    const QString firstBatch = lines.last().section(u' ', 0, 0); // newest first
    QVERIFY(lines.last().contains(u"2 created"_s));

    const Run undo = huike({u"import"_s, u"undo"_s, firstBatch, u"--replica"_s, m_replica});
    QVERIFY2(undo.code == 0, qPrintable(undo.err));
    QCOMPARE(undo.lastLine(), u"undone: 4 records, 0 kept"_s);
    QCOMPARE(customers(), 0);
    const Run twice = huike({u"import"_s, u"undo"_s, firstBatch, u"--replica"_s, m_replica});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QRegularExpression(u"(^|\n)huike: "_s)), qPrintable(twice.err));
}

void tst_ImportCommand::reportHasTheRowsWithErrors()
{
    const QString report = m_dir.path() + u"/errors.csv"_s;
    const Run r = huike({u"import"_s, u"customers"_s, m_csv, u"--dry-run"_s, u"--report"_s, report, u"--replica"_s, m_replica,
                         u"--lang"_s, u"en"_s});
    QCOMPARE(r.code, 0);
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = TextEncoding::decode(f.readAll(), TextEncoding::Encoding::Utf8);
    const QStringList lines = text.trimmed().split(u"\r\n"_s);
    QCOMPARE(lines.size(), 2); // the header and the one row with an error
    QVERIFY2(lines[0].startsWith(u"Row,Reason,客户名称"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"4,"_s) && lines[1].contains(u"统一社会信用代码"_s) && lines[1].contains(u"广州错误代码有限公司"_s),
             qPrintable(lines[1]));
}

// 设备导入 without a window: the service desk's register as Excel saves it (GBK, dates with
// slashes), a dry run that writes nothing, the rows that are right imported, the others
// named with their line and reason.
void tst_ImportCommand::assetsFromASheet()
{
    {
        auto replica = Replica::open(m_replica);
        const auto row = [](const QString &id) {
            return Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                       {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
        };
        Row customer = row(Id::generate().toString());
        customer.insert({{u"name"_s, u"苏州恒泰精密有限公司"_s}, {u"name_norm"_s, CompanyName::normalizedKey(u"苏州恒泰精密有限公司")},
                         {u"status"_s, u"active"_s}, {u"type"_s, u"end"_s}});
        replica->applyServerRow(u"customers"_s, customer);
        Row product = row(Id::generate().toString());
        product.insert({{u"code"_s, u"KY-37"_s}, {u"name"_s, u"螺杆空压机"_s}, {u"category"_s, u"空压机"_s}, {u"is_part"_s, 0},
                        {u"active"_s, 1}, {u"list_price_e4"_s, 0}, {u"vat_rate_e4"_s, 130000}, {u"currency"_s, u"CNY"_s}});
        replica->applyServerRow(u"products"_s, product);
    }
    const QString text = u"客户名称,产品编码,序列号,交付日期,安装地点\r\n"
                         u"苏州恒泰精密有限公司,KY-37,KY37-0001,2026/11/22,一号车间\r\n"
                         u"苏州恒泰精密有限公司,ky-37,KY37-0002,2026/11/22,二号车间\r\n"
                         u"苏州恒泰精密有限公司,KY-99,KY99-0001,2026/11/22,\r\n"
                         u"苏州恒泰精密有限公司,KY-37,KY37-0001,下周,\r\n"_s;
    const QString csv = m_dir.path() + u"/设备.csv"_s;
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TextEncoding::encode(text, TextEncoding::Encoding::Gb18030, false));
    f.close();
    const auto assets = [this] { return Database::openSqlite(m_replica).scalar(u"SELECT count(*) FROM assets"_s).toInt(); };

    const Run dry = huike({u"import"_s, u"assets"_s, csv, u"--dry-run"_s, u"--replica"_s, m_replica, u"--lang"_s, u"en"_s});
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QCOMPARE(dry.lastLine(), u"dry run: 2 ready, 2 errors"_s);
    QVERIFY2(dry.err.contains(u"row 4: no product KY-99"_s), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(u"row 5: serial number KY37-0001 is in the sheet twice"_s), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(u"\"下周\" is not a date"_s), qPrintable(dry.err));
    QCOMPARE(assets(), 0);

    const Run run = huike({u"import"_s, u"assets"_s, csv, u"--replica"_s, m_replica});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.lastLine(), u"imported: 2 assets, 2 rows with errors left out"_s);
    QCOMPARE(assets(), 2);
    Database db = Database::openSqlite(m_replica);
    QCOMPARE(db.scalar(u"SELECT delivered_on FROM assets WHERE serial_number = 'KY37-0002'"_s).toString(), u"2026-11-22"_s);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'assets'"_s).toInt(), 2); // they sync like any edit
    // Again: the numbers are the assets' now.
    const Run again = huike({u"import"_s, u"assets"_s, csv, u"--dry-run"_s, u"--replica"_s, m_replica, u"--lang"_s, u"en"_s});
    QCOMPARE(again.lastLine(), u"dry run: 0 ready, 4 errors"_s);
    QVERIFY2(again.err.contains(u"is another asset's already"_s), qPrintable(again.err));
    // A sheet without a serial number column is refused whole.
    QFile headersOnly(m_dir.path() + u"/no-serials.csv"_s);
    QVERIFY(headersOnly.open(QIODevice::WriteOnly));
    headersOnly.write("客户名称,产品编码\r\n苏州恒泰精密有限公司,KY-37\r\n");
    headersOnly.close();
    const Run refused = huike({u"import"_s, u"assets"_s, headersOnly.fileName(), u"--replica"_s, m_replica, u"--lang"_s, u"en"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"serial number"_s), qPrintable(refused.err));
}

void tst_ImportCommand::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("nothing") << QStringList{u"import"_s} << 2;
    QTest::newRow("unknown what") << QStringList{u"import"_s, u"products"_s, u"x.csv"_s} << 2;
    QTest::newRow("no file") << QStringList{u"import"_s, u"customers"_s} << 2;
    QTest::newRow("bad policy") << QStringList{u"import"_s, u"customers"_s, u"x.csv"_s, u"--on-duplicate"_s, u"merge"_s} << 2;
    QTest::newRow("bad encoding") << QStringList{u"import"_s, u"customers"_s, u"x.csv"_s, u"--encoding"_s, u"ebcdic"_s} << 2;
    QTest::newRow("bad report") << QStringList{u"import"_s, u"customers"_s, u"x.csv"_s, u"--report"_s, u"r.pdf"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"import"_s, u"customers"_s, u"x.csv"_s, u"--frobnicate"_s} << 2;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"customers"_s, u"/nonexistent/x.csv"_s} << 1;
    QTest::newRow("undo nonsense") << QStringList{u"import"_s, u"undo"_s, u"not-a-batch"_s} << 1;
    QTest::newRow("assets without a file") << QStringList{u"import"_s, u"assets"_s} << 2;
    QTest::newRow("assets, bad encoding") << QStringList{u"import"_s, u"assets"_s, u"x.csv"_s, u"--encoding"_s, u"ebcdic"_s} << 2;
    QTest::newRow("assets, missing file") << QStringList{u"import"_s, u"assets"_s, u"/nonexistent/x.csv"_s} << 1;
}

void tst_ImportCommand::badCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = huike(args + QStringList{u"--replica"_s, m_replica});
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
