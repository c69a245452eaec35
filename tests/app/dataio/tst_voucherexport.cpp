// Voucher files (W3): each built-in template written and read back field by field, the
// Yonyou text as GB18030 bytes with CRLF, the accountant's list, a template in the user's
// configuration folder winning over the built-in one, broken templates refused clearly.
#include "core/voucher.h"
#include "dataio/tablefile.h"
#include "dataio/textencoding.h"
#include "dataio/voucherexport.h"
#include "dataio/vouchertemplate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromUtf8(text));
}

QList<Voucher> sample()
{
    QList<VoucherSource> sources;
    VoucherSource p;
    p.kind = VoucherSource::Kind::PaymentReceived;
    p.table = u"payments"_s;
    p.id = u"p1"_s;
    p.date = QDate(2026, 11, 3);
    p.gross = yuan("80000.00");
    p.customer = {u"91310000MA1FL0XX0X"_s, u"上海恒信精密机械有限公司"_s};
    p.department = {QString(), u"华东销售部"_s};
    p.person = {u"wangfang"_s, u"王芳"_s};
    p.summary = u"收到上海恒信回款, HT-2026-0001"_s; // a comma the text format cannot carry
    sources << p;
    VoucherSource i;
    i.kind = VoucherSource::Kind::InvoiceIssued;
    i.table = u"invoices"_s;
    i.id = u"i1"_s;
    i.date = QDate(2026, 11, 15);
    i.gross = yuan("10900.01");
    i.tax = yuan("900.00");
    i.customer = p.customer;
    i.department = p.department;
    i.person = p.person;
    i.summary = u"开具发票 №12345678"_s;
    sources << i;
    VoucherSource z = i; // 0 % VAT: two lines
    z.id = u"i2"_s;
    z.tax = Money();
    z.gross = yuan("0.01");
    sources << z;
    const auto r = VoucherBuilder({}).build(sources);
    Q_ASSERT(r.ok());
    return r.vouchers;
}

} // namespace

class tst_VoucherExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void yonyouBytes();
    void kingdeeSheet();
    void list();
    void overridingTemplate();
    void brokenTemplates_data();
    void brokenTemplates();
    void unreadableFiles();

private:
    QTemporaryDir m_dir;
    QString m_noOverrides;
};

void tst_VoucherExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_noOverrides = m_dir.filePath(u"none"_s);
}

void tst_VoucherExport::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("kingdee") << u"kingdee"_s << u"凭证.xlsx"_s;
    QTest::newRow("yonyou") << u"yonyou"_s << u"凭证.txt"_s;
}

void tst_VoucherExport::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QString error;
    const auto layout = VoucherTemplate::load(name, &error, m_noOverrides);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->origin, u":/vouchers/%1.json"_s.arg(name));
    QVERIFY(!layout->target.isEmpty());
    const QList<Voucher> vouchers = sample();
    const QString path = m_dir.filePath(name + file);
    QVERIFY2(VoucherExport::write(*layout, vouchers, u"张会计"_s, path, &error), qPrintable(error));
    const auto back = VoucherExport::read(*layout, path);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.maker, u"张会计"_s);
    QCOMPARE(back.vouchers.size(), vouchers.size());
    const bool text = layout->file == VoucherTemplate::File::Text;
    for (qsizetype v = 0; v < vouchers.size(); ++v) {
        const Voucher &want = vouchers[v];
        const Voucher &got = back.vouchers[v];
        QCOMPARE(got.date, want.date);
        QCOMPARE(got.word, want.word);
        QCOMPARE(got.number, want.number);
        QCOMPARE(got.attachments, want.attachments);
        QVERIFY(got.isBalanced());
        QCOMPARE(got.entries.size(), want.entries.size());
        for (qsizetype e = 0; e < want.entries.size(); ++e) {
            const VoucherEntry &w = want.entries[e];
            const VoucherEntry &g = got.entries[e];
            QString summary = w.summary;
            if (text)
                summary.replace(u',', u'，');
            QCOMPARE(g.summary, summary);
            QCOMPARE(g.accountCode, w.accountCode);
            QCOMPARE(g.debit, w.debit);
            QCOMPARE(g.credit, w.credit);
            if (layout->columnOf(u"accountName") >= 0)
                QCOMPARE(g.accountName, w.accountName);
            if (layout->columnOf(u"customerName") >= 0)
                QCOMPARE(g.customer.name, w.customer.name);
            if (layout->columnOf(u"customerCode") >= 0)
                QCOMPARE(g.customer.code, w.customer.code);
            if (layout->columnOf(u"departmentName") >= 0)
                QCOMPARE(g.department.name, w.department.name);
            if (layout->columnOf(u"personCode") >= 0)
                QCOMPARE(g.person.code, w.person.code);
            if (layout->columnOf(u"personName") >= 0)
                QCOMPARE(g.person.name, w.person.name);
        }
    }
}

void tst_VoucherExport::yonyouBytes()
{
    QString error;
    const auto layout = VoucherTemplate::load(u"yonyou"_s, &error, m_noOverrides);
    QVERIFY(layout);
    const QString path = m_dir.filePath(u"bytes.txt"_s);
    QVERIFY(VoucherExport::write(*layout, sample(), u"张会计"_s, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    QCOMPARE(TextEncoding::detect(bytes), TextEncoding::Encoding::Gb18030);
    // "收" in GB18030 is CA D5, "填制凭证" starts with CC EE; every line ends in CRLF.
    QVERIFY(bytes.startsWith("\xCC\xEE"));
    QVERIFY(bytes.contains(",\xCA\xD5,"));
    const QString text = TextEncoding::decode(bytes, TextEncoding::Encoding::Gb18030);
    QVERIFY(text.endsWith(u"\r\n"_s));
    QCOMPARE(text.count(u"\r\n"_s), text.count(u'\n'));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 + 3 + 2); // header, payment, invoice, 0 % invoice
    QCOMPARE(lines[0], u"填制凭证,V800"_s);
    QCOMPARE(lines[1], u"2026-11-03,收,1,1,收到上海恒信回款， HT-2026-0001,1002,80000.00,0,,,,张会计,,,,,,,,,"_s);
    QCOMPARE(lines[2], u"2026-11-03,收,1,1,收到上海恒信回款， HT-2026-0001,1122,0,80000.00,,,,张会计,,,,,wangfang,"
                       u"91310000MA1FL0XX0X,,王芳,"_s);
    QCOMPARE(lines[4].section(u',', 5, 7), u"6001,0,10000.01"_s);
    QCOMPARE(lines[5].section(u',', 5, 7), u"22210102,0,900.00"_s);
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.count(u','), layout->columns.size() - 1);
}

void tst_VoucherExport::kingdeeSheet()
{
    QString error;
    const auto layout = VoucherTemplate::load(u"kingdee"_s, &error, m_noOverrides);
    QVERIFY(layout);
    const QString path = m_dir.filePath(u"kingdee-cells.xlsx"_s);
    QVERIFY(VoucherExport::write(*layout, sample(), u"张会计"_s, path, &error));
    TableReadOptions options;
    const TableFile t = readTableFile(path, options);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.sheet, u"凭证"_s);
    QCOMPARE(t.rows[0].mid(0, 11), (QStringList{u"日期"_s, u"会计期间"_s, u"凭证字"_s, u"凭证号"_s, u"附单据数"_s, u"分录序号"_s,
                                                u"摘要"_s, u"科目代码"_s, u"科目名称"_s, u"借方金额"_s, u"贷方金额"_s}));
    // The date is a date, the numbers are numbers, the account code stays text.
    QCOMPARE(t.rows[1].mid(0, 14), (QStringList{u"2026-11-03"_s, u"11"_s, u"收"_s, u"1"_s, u"1"_s, u"1"_s,
                                                u"收到上海恒信回款, HT-2026-0001"_s, u"1002"_s, u"银行存款"_s, u"80000"_s,
                                                u"0"_s, u"RMB"_s, u"1"_s, u"张会计"_s}));
    QCOMPARE(t.rows.size(), 1 + 2 + 3 + 2);
}

void tst_VoucherExport::list()
{
    QString error;
    const QString path = m_dir.filePath(u"list.xlsx"_s);
    QVERIFY2(VoucherExport::writeList(sample(), path, &error), qPrintable(error));
    const TableFile t = readTableFile(path);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.rows.size(), 1 + 7 + 1);
    QCOMPARE(t.rows[1].value(1), u"收-1"_s);
    QCOMPARE(t.rows[1].value(11), u"payments/p1"_s);
    QCOMPARE(t.rows.last().value(6), u"90900.02"_s); // debit total
    QCOMPARE(t.rows.last().value(7), u"90900.02"_s); // credit total
}

void tst_VoucherExport::overridingTemplate()
{
    const QString folder = m_dir.filePath(u"config/vouchers"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/yonyou.json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"json({"target": "用友 T3 (site)", "file": "text", "encoding": "UTF-8", "separator": "\t", "lineEnd": "\n",
                "headerRow": true, "dateFormat": "yyyy/MM/dd", "zeroAmount": "", "numberWidth": 4,
                "columns": [{"caption": "日期", "field": "date"}, {"caption": "类别", "field": "word"},
                            {"caption": "号", "field": "number"}, {"caption": "科目", "field": "accountCode"},
                            {"caption": "借", "field": "debit"}, {"caption": "贷", "field": "credit"},
                            {"caption": "账套", "field": "constant", "value": "001"}]})json");
    f.close();
    QString error;
    const auto layout = VoucherTemplate::load(u"yonyou"_s, &error, folder);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->target, u"用友 T3 (site)"_s);
    QCOMPARE(layout->origin, folder + u"/yonyou.json"_s);
    const QString path = m_dir.filePath(u"site.txt"_s);
    QVERIFY2(VoucherExport::write(*layout, sample(), QString(), path, &error), qPrintable(error));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(out.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines[0], u"日期\t类别\t号\t科目\t借\t贷\t账套"_s);
    QCOMPARE(lines[1], u"2026/11/03\t收\t0001\t1002\t80000.00\t\t001"_s);
    const auto back = VoucherExport::read(*layout, path);
    QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
    QCOMPARE(back.vouchers.size(), 3);
    QCOMPARE(back.vouchers[1].entries[2].credit, yuan("900.00"));
    // The other template is still the built-in one.
    QCOMPARE(VoucherTemplate::load(u"kingdee"_s, &error, folder)->origin, u":/vouchers/kingdee.json"_s);
}

void tst_VoucherExport::brokenTemplates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray columns = R"json("columns": [{"caption": "d", "field": "date"}, {"caption": "w", "field": "word"},
        {"caption": "n", "field": "number"}, {"caption": "a", "field": "accountCode"}, {"caption": "dr", "field": "debit"},
        {"caption": "cr", "field": "credit"}])json";
    QTest::newRow("not json") << "{\"file\": \"text\","_ba << u"not JSON"_s;
    QTest::newRow("array") << "[]"_ba << u"not a JSON object"_s;
    QTest::newRow("file kind") << ("{\"file\": \"pdf\", " + columns + "}") << u"“file”"_s;
    QTest::newRow("no columns") << "{\"file\": \"text\", \"columns\": []}"_ba << u"no columns"_s;
    QTest::newRow("unknown field") << R"json({"file": "text", "columns": [{"caption": "x", "field": "colour"}]})json"_ba << u"colour"_s;
    QTest::newRow("no credit") << R"json({"file": "text", "columns": [{"caption": "d", "field": "date"}, {"caption": "w", "field": "word"},
        {"caption": "n", "field": "number"}, {"caption": "a", "field": "accountCode"}, {"caption": "dr", "field": "debit"}]})json"_ba
                               << u"credit"_s;
    QTest::newRow("encoding") << ("{\"file\": \"text\", \"encoding\": \"EBCDIC\", " + columns + "}") << u"EBCDIC"_s;
    QTest::newRow("utf-16") << ("{\"file\": \"text\", \"encoding\": \"UTF-16LE\", " + columns + "}") << u"UTF-16LE"_s;
    QTest::newRow("date format") << ("{\"file\": \"text\", \"dateFormat\": \"yyyy-MM\", " + columns + "}") << u"yyyy-MM"_s;
    QTest::newRow("separator") << ("{\"file\": \"text\", \"separator\": \"\", " + columns + "}") << u"separator"_s;
    QTest::newRow("zero") << ("{\"file\": \"text\", \"zeroAmount\": \"-\", " + columns + "}") << u"zeroAmount"_s;
}

void tst_VoucherExport::brokenTemplates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const QString folder = m_dir.filePath(u"broken"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/kingdee.json"_s);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    QString error;
    QVERIFY(!VoucherTemplate::load(u"kingdee"_s, &error, folder)); // never silently the built-in one
    QVERIFY2(error.contains(u"kingdee.json"_s) && error.contains(says), qPrintable(error));
}

void tst_VoucherExport::unreadableFiles()
{
    QString error;
    QVERIFY(!VoucherTemplate::load(u"sap"_s, &error, m_noOverrides));
    QVERIFY2(error.contains(u"sap"_s), qPrintable(error));
    const auto yonyou = VoucherTemplate::load(u"yonyou"_s, &error, m_noOverrides);
    const auto kingdee = VoucherTemplate::load(u"kingdee"_s, &error, m_noOverrides);
    QVERIFY(yonyou && kingdee);
    // Not a voucher file: a clear error, never a crash.
    const QString junk = m_dir.filePath(u"junk.txt"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TextEncoding::encode(u"填制凭证,V800\r\n2026-13-01,记,1,0,x,1002,1,0\r\n"_s, TextEncoding::Encoding::Gb18030, false));
    f.close();
    QVERIFY(VoucherExport::read(*yonyou, junk).error.contains(u"2026-13-01"_s));
    QVERIFY(!VoucherExport::read(*yonyou, m_dir.filePath(u"missing.txt"_s)).error.isEmpty());
    QVERIFY(!VoucherExport::read(*kingdee, junk).error.isEmpty());
    // An unbalanced voucher is never written.
    QList<Voucher> bad = sample();
    bad[0].entries[0].debit = yuan("1.00");
    const QString path = m_dir.filePath(u"bad.txt"_s);
    QVERIFY(!VoucherExport::write(*yonyou, bad, QString(), path, &error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_VoucherExport)
#include "tst_voucherexport.moc"
