#include "dataio/csvreader.h"
#include "dataio/tablefile.h"
#include "dataio/xlsxreader.h"
#include "xlsxbuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using TextEncoding::Encoding;

using Rows = QList<QStringList>;
using Lines = QList<qsizetype>;
Q_DECLARE_METATYPE(Rows)
Q_DECLARE_METATYPE(Lines)

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("HUIKE_SOURCE_DIR") + u"/tests/app/dataio/fixtures/"_s + name;
}

// The 客户 sheet of fixtures/customers.fods as every reader must give it back.
Rows customerRows()
{
    return {{u"客户名称"_s, u"手机"_s, u"统一社会信用代码"_s, u"成立日期"_s, u"最近联系"_s, u"注册资本（万元）"_s,
             u"备注"_s, u"地址"_s, u"重点客户"_s},
            {u"北京汇客科技有限公司"_s, u"13800138000"_s, u"91110000600037985X"_s, u"2024-03-15"_s,
             u"2024-03-15 14:30:05"_s, u"1234.56"_s, QString(), u"北京市海淀区\n中关村大街1号"_s, u"TRUE"_s},
            {u"上海示例贸易有限公司"_s, u"13912345678"_s, u"0123"_s, u"1999-12-31"_s, u"2025-01-02 08:00:00"_s,
             u"0.1"_s, u"含,逗号;分号与\"引号\""_s, u"上海市浦东新区"_s, u"FALSE"_s}};
}

QByteArray sharedStringItem(const QString &text)
{
    return "<si><t>" + text.toHtmlEscaped().toUtf8() + "</t></si>";
}

// The 客户 sheet as Excel writes it: shared strings (one with rich-text runs and a phonetic
// run), t="s", built-in date formats 14 and 22, the 1900 date system, numbers with 17 digits.
QByteArray excelWorkbook(bool stored = false)
{
    using namespace Test;
    QByteArray sst = xmlHead() + "<sst xmlns=\"" + mainNs() + "\" count=\"16\" uniqueCount=\"16\">";
    const Rows rows = customerRows();
    for (const QString &h : rows[0])
        sst += sharedStringItem(h);                                     // 0–8
    sst += sharedStringItem(rows[1][0]) + sharedStringItem(rows[1][2]); // 9, 10
    sst += "<si><r><t>北京市海淀区</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">\n中关村大街1号</t></r>"
           "<rPh sb=\"0\" eb=\"1\"><t>ペキン</t></rPh><phoneticPr fontId=\"1\"/></si>"; // 11
    sst += sharedStringItem(rows[2][0]) + sharedStringItem(rows[2][2]) + sharedStringItem(rows[2][6])
           + sharedStringItem(rows[2][7]); // 12–15
    sst += "</sst>";
    const QByteArray styles = xmlHead() + "<styleSheet xmlns=\"" + mainNs()
                              + "\"><fonts count=\"1\"><font/></fonts>"
                                "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
                                "<cellXfs count=\"3\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\" "
                                "applyNumberFormat=\"1\"/><xf numFmtId=\"22\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                                "</styleSheet>";
    QByteArray data = "<row r=\"1\" spans=\"1:9\">";
    for (int c = 0; c < 9; ++c)
        data += "<c r=\"" + QByteArray(1, char('A' + c)) + "1\" t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
    data += "</row><row r=\"2\" spans=\"1:9\" ht=\"30\" customHeight=\"1\">"
            "<c r=\"A2\" t=\"s\"><v>9</v></c><c r=\"B2\"><v>13800138000</v></c><c r=\"C2\" t=\"s\"><v>10</v></c>"
            "<c r=\"D2\" s=\"1\"><v>45366</v></c><c r=\"E2\" s=\"2\"><v>45366.604224537037</v></c>"
            "<c r=\"F2\"><v>1234.56</v></c><c r=\"G2\" s=\"0\"/><c r=\"H2\" t=\"s\"><v>11</v></c>"
            "<c r=\"I2\" t=\"b\"><v>1</v></c></row>"
            "<row r=\"3\" spans=\"1:9\"><c r=\"A3\" t=\"s\"><v>12</v></c><c r=\"B3\"><v>13912345678</v></c>"
            "<c r=\"C3\" t=\"s\"><v>13</v></c><c r=\"D3\" s=\"1\"><v>36525</v></c>"
            "<c r=\"E3\" s=\"2\"><v>45659.333333333336</v></c><c r=\"F3\"><v>0.10000000000000001</v></c>"
            "<c r=\"G3\" t=\"s\"><v>14</v></c><c r=\"H3\" t=\"s\"><v>15</v></c><c r=\"I3\" t=\"b\"><v>0</v></c></row>";
    QList<ZipPart> parts = workbookParts({u"客户"_s, u"联系人"_s}, {u"worksheets/sheet1.xml"_s, u"worksheets/sheet2.xml"_s},
                                         false, true, true);
    parts.append({u"xl/worksheets/sheet1.xml"_s, worksheet(data)});
    parts.append({u"xl/worksheets/sheet2.xml"_s,
                  worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")});
    parts.append({u"xl/sharedStrings.xml"_s, sst});
    parts.append({u"xl/styles.xml"_s, styles});
    return zip(parts, stored);
}

QByteArray inlineCell(const char *ref, const QString &text)
{
    return QByteArray("<c") + (ref ? QByteArray(" r=\"") + ref + "\"" : QByteArray()) + " t=\"inlineStr\"><is><t>"
           + text.toHtmlEscaped().replace(u'\n', u"&#10;"_s).toUtf8() + "</t></is></c>";
}

// The same sheet as WPS writes it: inline strings, absolute relationship targets, the 1904
// date system, custom Chinese date formats, no shared strings part; cells of row 3 without
// their r reference.
QByteArray wpsWorkbook()
{
    using namespace Test;
    const Rows rows = customerRows();
    const QByteArray styles = xmlHead() + "<styleSheet xmlns=\"" + mainNs()
                              + "\"><numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@\"/>"
                                "<numFmt numFmtId=\"177\" formatCode=\"yyyy/m/d\\ h:mm:ss\"/></numFmts>"
                                "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/>"
                                "</cellXfs></styleSheet>";
    QByteArray data = "<row r=\"1\">";
    static const char *header[] = {"A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1"};
    for (int c = 0; c < 9; ++c)
        data += inlineCell(header[c], rows[0][c]);
    data += "</row><row r=\"2\">" + inlineCell("A2", rows[1][0]) + "<c r=\"B2\" t=\"n\"><v>13800138000</v></c>"
            + inlineCell("C2", rows[1][2]) + "<c r=\"D2\" s=\"1\"><v>43904</v></c>"
            + "<c r=\"E2\" s=\"2\"><v>43904.604224537</v></c><c r=\"F2\"><v>1234.56</v></c>" + inlineCell("H2", rows[1][7])
            + "<c r=\"I2\" t=\"b\"><v>1</v></c></row><row r=\"3\">" + inlineCell(nullptr, rows[2][0])
            + "<c><v>13912345678</v></c>" + inlineCell(nullptr, rows[2][2]) + "<c s=\"1\"><v>35063</v></c>"
            + "<c s=\"2\"><v>44197.3333333333</v></c><c><v>0.1</v></c>" + inlineCell(nullptr, rows[2][6])
            + inlineCell(nullptr, rows[2][7]) + "<c t=\"b\"><v>0</v></c></row>";
    QList<ZipPart> parts = workbookParts({u"客户"_s}, {u"/xl/worksheets/sheet1.xml"_s}, true, false, true);
    parts.append({u"xl/worksheets/sheet1.xml"_s, worksheet(data)});
    parts.append({u"xl/styles.xml"_s, styles});
    return zip(parts);
}

} // namespace

class TestTableFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void fixtureSheets();
    void handMadeWorkbooks_data();
    void handMadeWorkbooks();
    void xlsxCells();
    void sheetChoice_data();
    void sheetChoice();
    void sheetXml_data();
    void sheetXml();
    void chunkBoundaries();
    void csv_data();
    void csv();
    void separatorDetection_data();
    void separatorDetection();
    void forcedOptions();
    void textNamedXls();
    void lateChineseInGbk();
    void missingFile();
    void numberText_data();
    void numberText();
    void serialDates_data();
    void serialDates();
    void dateFormats_data();
    void dateFormats();
    void badInput_data();
    void badInput();
    void cancel_data();
    void cancel();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestTableFile::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestTableFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(fixture(u"customers.xlsx"_s)), "HUIKE_SOURCE_DIR must point at the sources");
}

void TestTableFile::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("xlsx") << u"customers.xlsx"_s << int(TableFile::Format::Xlsx) << int(Encoding::Utf8) << QChar();
    QTest::newRow("gbk csv") << u"customers_gbk.csv"_s << int(TableFile::Format::Csv) << int(Encoding::Gb18030)
                             << QChar(u',');
    QTest::newRow("utf-8 bom csv") << u"customers_utf8bom.csv"_s << int(TableFile::Format::Csv) << int(Encoding::Utf8)
                                   << QChar(u',');
    QTest::newRow("utf-16 unicode text") << u"customers_utf16.txt"_s << int(TableFile::Format::Csv)
                                         << int(Encoding::Utf16LE) << QChar(u'\t');
    QTest::newRow("semicolon csv") << u"customers_semicolon.csv"_s << int(TableFile::Format::Csv) << int(Encoding::Utf8)
                                   << QChar(u';');
}

void TestTableFile::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, encoding);
    QFETCH(QChar, separator);
    const TableFile table = readTableFile(fixture(file));
    QCOMPARE(table.error, QString());
    QCOMPARE(int(table.format), format);
    QCOMPARE(table.rows, customerRows());
    QCOMPARE(table.lineNumbers, Lines({1, 2, 3}));
    QCOMPARE(table.invalidCharacters, 0);
    if (table.format == TableFile::Format::Csv) {
        QCOMPARE(int(table.encoding), encoding);
        QCOMPARE(table.separator, separator);
    } else {
        QCOMPARE(table.sheet, u"客户"_s);
    }
}

void TestTableFile::fixtureSheets()
{
    TableReadOptions options;
    options.sheet = u"联系人"_s;
    const TableFile table = readTableFile(fixture(u"customers.xlsx"_s), options);
    QCOMPARE(table.error, QString());
    QCOMPARE(table.sheets, QStringList({u"客户"_s, u"联系人"_s}));
    QCOMPARE(table.sheet, u"联系人"_s);
    QCOMPARE(table.rows, Rows({{u"客户名称"_s, u"联系人"_s, u"职务"_s, u"邮箱"_s},
                               {u"北京汇客科技有限公司"_s, u"张伟"_s, u"采购经理"_s, u"zhangwei@example.cn"_s},
                               {u"上海示例贸易有限公司"_s, u"李娜"_s}}));
    // The empty row 3 is left out; the rows keep their numbers.
    QCOMPARE(table.lineNumbers, Lines({1, 2, 4}));
}

void TestTableFile::handMadeWorkbooks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("sheets");
    QTest::newRow("excel") << excelWorkbook() << QStringList({u"客户"_s, u"联系人"_s});
    QTest::newRow("wps") << wpsWorkbook() << QStringList({u"客户"_s});
    QTest::newRow("excel, stored not deflated") << excelWorkbook(true) << QStringList({u"客户"_s, u"联系人"_s});
}

void TestTableFile::handMadeWorkbooks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, sheets);
    const TableFile table = readTableFile(write(u"book.xlsx"_s, bytes));
    QCOMPARE(table.error, QString());
    QCOMPARE(table.sheets, sheets);
    QCOMPARE(table.rows, customerRows());
    QCOMPARE(table.lineNumbers, Lines({1, 2, 3}));
}

void TestTableFile::xlsxCells()
{
    using namespace Test;
    const QByteArray sst = xmlHead() + "<sst xmlns=\"" + mainNs() + "\"><si><t xml:space=\"preserve\">  spaced  </t></si>"
                           + "<si><t>a_x000D_b_x005F_x0041_</t></si><si><t/></si></sst>";
    const QByteArray data =
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"F2\" t=\"e\"><v>#N/A</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"str\"><f>A2&amp;\"x\"</f><v>  spacedx</v></c><c r=\"C5\"><v>1E-5</v></c>"
        "<c r=\"D5\"><v>1.5E+20</v></c><c r=\"E5\"><v>-0</v></c><c r=\"F5\" t=\"d\"><v>2024-02-29T00:00:00</v></c>"
        "<c r=\"G5\" t=\"d\"><v>2024-02-29T13:05:00</v></c><c r=\"H5\" t=\"s\"><v>2</v></c><c r=\"I5\" s=\"3\"/></row>"
        "<row r=\"6\"><c r=\"A6\" t=\"s\" s=\"1\"><v>2</v></c></row>"
        "<row r=\"7\"><c r=\"AA7\"><v>-12.5</v></c><c r=\"A7\" t=\"inlineStr\"><is><r><t>x</t></r><r><t>y</t></r></is></c></row>";
    QList<ZipPart> parts = workbookParts({u"Sheet1"_s}, {u"worksheets/sheet1.xml"_s}, false, true, false);
    parts.append({u"xl/worksheets/sheet1.xml"_s, worksheet(data)});
    parts.append({u"xl/sharedStrings.xml"_s, sst});
    const TableFile table = readTableFile(write(u"cells.xlsx"_s, zip(parts)));
    QCOMPARE(table.error, QString());
    QStringList row7(27);
    row7[0] = u"xy"_s;
    row7[26] = u"-12.5"_s;
    QCOMPARE(table.rows, Rows({{u"  spaced  "_s, QString(), u"a\rb_x0041_"_s, QString(), QString(), u"#N/A"_s},
                               {QString(), u"  spacedx"_s, u"1e-05"_s, u"1.5e+20"_s, u"0"_s, u"2024-02-29"_s,
                                u"2024-02-29 13:05:00"_s},
                               row7}));
    QCOMPARE(table.lineNumbers, Lines({2, 5, 7}));
}

void TestTableFile::sheetChoice_data()
{
    QTest::addColumn<QString>("states"); // per sheet: v(isible), h(idden), x (veryHidden)
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("read");
    QTest::newRow("first") << u"vv"_s << QString() << u"Sheet1"_s;
    QTest::newRow("first visible") << u"hxv"_s << QString() << u"Sheet3"_s;
    QTest::newRow("all hidden") << u"hh"_s << QString() << u"Sheet1"_s;
    QTest::newRow("hidden, asked for") << u"hv"_s << u"Sheet1"_s << u"Sheet1"_s;
    QTest::newRow("by name, any case") << u"vv"_s << u"sHEET2"_s << u"Sheet2"_s;
}

void TestTableFile::sheetChoice()
{
    using namespace Test;
    QFETCH(QString, states);
    QFETCH(QString, asked);
    QFETCH(QString, read);
    QStringList names, targets;
    for (qsizetype i = 0; i < states.size(); ++i) {
        names.append(u"Sheet%1"_s.arg(i + 1));
        targets.append(u"worksheets/sheet%1.xml"_s.arg(i + 1));
    }
    QList<ZipPart> parts = workbookParts(names, targets, false, false, false);
    for (qsizetype i = 0; i < states.size(); ++i) {
        const QByteArray state = states[i] == u'h' ? "hidden" : states[i] == u'x' ? "veryHidden" : "visible";
        const QByteArray id = "sheetId=\"" + QByteArray::number(i + 1) + "\"";
        parts[2].data.replace(id, QByteArray(id + " state=\"" + state + "\""));
        parts.append({targets[i].prepend(u"xl/"_s),
                      worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>" + names[i].toUtf8() + "</t></is></c></row>")});
    }
    TableReadOptions options;
    options.sheet = asked;
    const TableFile table = readTableFile(write(u"sheets.xlsx"_s, zip(parts)), options);
    QCOMPARE(table.error, QString());
    QCOMPARE(table.sheets, names);
    QCOMPARE(table.sheet, read);
    QCOMPARE(table.rows, Rows({{read}}));
}

void TestTableFile::sheetXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("firstRow"); // empty when refused
    QTest::addColumn<QString>("error");
    const QByteArray head = Test::xmlHead();
    const QByteArray ns = QByteArray("xmlns=\"") + Test::mainNs() + "\"";
    const auto sheet = [&](const QByteArray &cells) -> QByteArray {
        return head + "<worksheet " + ns + "><sheetData><row r=\"1\">" + cells + "</row></sheetData></worksheet>";
    };
    QTest::newRow("entities and references")
        << sheet("<c t=\"inlineStr\"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#20013;&#x6587; a&#10;b&#13;</t></is></c>")
        << QStringList({u"<a> & \"b\" 'c' 中文 a\nb\r"_s}) << QString();
    QTest::newRow("line ends normalised") << sheet("<c t=\"inlineStr\"><is><t>a\r\nb\rc\nd</t></is></c>")
                                          << QStringList({u"a\nb\nc\nd"_s}) << QString();
    QTest::newRow("cdata, comments, processing instructions")
        << sheet("<!-- a <c> comment --><?pi x?><c t=\"inlineStr\"><is><t><![CDATA[<b>&amp;</b>]]>x</t></is></c>")
        << QStringList({u"<b>&amp;</b>x"_s}) << QString();
    QTest::newRow("prefixed names, single quotes, > in a value")
        << head + "<x:worksheet xmlns:x=\"" + Test::mainNs() + "\"><x:sheetData><x:row r='1' x:note='a>b'>"
               "<x:c r='B1' t='inlineStr'><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"
        << QStringList({QString(), u"甲"_s}) << QString();
    QTest::newRow("byte order mark, whitespace, self-closing")
        << "\xEF\xBB\xBF" + head + "<worksheet " + ns + ">\r\n  <sheetData>\r\n <row r=\"1\"> <c r=\"A1\"/> "
               "<c r=\"B1\" t=\"inlineStr\"> <is> <t xml:space=\"preserve\"> x </t> </is> </c> </row>\r\n</sheetData></worksheet>\r\n"
        << QStringList({QString(), u" x "_s}) << QString();
    QTest::newRow("document type refused")
        << "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet " + ns
               + "><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"
        << QStringList() << u"not valid XML"_s;
    QTest::newRow("unknown entity") << sheet("<c t=\"inlineStr\"><is><t>&nbsp;</t></is></c>") << QStringList()
                                    << u"not valid XML"_s;
    QTest::newRow("bad character reference") << sheet("<c t=\"inlineStr\"><is><t>&#xD800;</t></is></c>")
                                             << QStringList() << u"not valid XML"_s;
    QTest::newRow("mismatched end tag") << sheet("<c><v>1</c></v>") << QStringList() << u"not valid XML"_s;
    QTest::newRow("cut in a tag") << sheet("<c><v>1</v></c>").left(60 + ns.size()) << QStringList()
                                  << u"not valid XML"_s;
    QTest::newRow("attribute without quotes") << sheet("<c r=A1><v>1</v></c>") << QStringList() << u"not valid XML"_s;
    QTest::newRow("no root") << head << QStringList() << u"not valid XML"_s;
    QTest::newRow("deep nesting") << sheet(QByteArray(20000 * 3, 'x').replace("xxx", "<a>")) << QStringList()
                                  << u"not valid XML"_s;
    QTest::newRow("a long text") << sheet("<c t=\"inlineStr\"><is><t>" + QByteArray(3 << 20, 'a') + "中&amp;</t></is></c>")
                                 << QStringList({QString(3 << 20, u'a') + u"中&"_s}) << QString();
}

void TestTableFile::sheetXml()
{
    using namespace Test;
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, firstRow);
    QFETCH(QString, error);
    QList<ZipPart> parts = workbookParts({u"Sheet1"_s}, {u"worksheets/sheet1.xml"_s}, false, false, false);
    parts.append({u"xl/worksheets/sheet1.xml"_s, xml});
    const TableFile table = readTableFile(write(u"sheet.xlsx"_s, zip(parts)));
    if (error.isEmpty()) {
        QCOMPARE(table.error, QString());
        QCOMPARE(table.rows.value(0), firstRow);
    } else {
        QVERIFY2(table.error.contains(error), qPrintable(table.error));
    }
}

// The sheet comes off the zip in pieces of 256 KiB: every token must read the same wherever a
// piece ends inside it.
void TestTableFile::chunkBoundaries()
{
    using namespace Test;
    const QByteArray prefix = xmlHead() + "<worksheet xmlns=\"" + mainNs()
                              + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>";
    const QByteArray segment = "<row r=\"2\" spans=\"1:3\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                               "a&amp;b&#20013;中\r\n</t></is></c><c r=\"B2\"><v>13800138000</v></c><!-- note --><?pi x?>"
                               "<c r=\"C2\" t=\"inlineStr\"><is><t><![CDATA[x<y]]></t></is></c></row>";
    const QByteArray suffix = "</sheetData></worksheet>";
    const Rows expected{{u"h"_s}, {u"a&b中中\n"_s, u"13800138000"_s, u"x<y"_s}};
    constexpr qsizetype piece = 256 * 1024;
    for (qsizetype k = 0; k <= segment.size(); ++k) {
        const QByteArray xml = prefix + QByteArray(piece - prefix.size() - k, ' ') + segment + suffix;
        QList<ZipPart> parts = workbookParts({u"Sheet1"_s}, {u"worksheets/sheet1.xml"_s}, false, false, false);
        parts.append({u"xl/worksheets/sheet1.xml"_s, xml});
        const TableFile table = readTableFile(write(u"pieces.xlsx"_s, zip(parts, k % 2 == 0)));
        QVERIFY2(table.error.isEmpty(), qPrintable(u"boundary at %1: "_s.arg(k) + table.error));
        QVERIFY2(table.rows == expected, qPrintable(u"boundary at %1"_s.arg(k)));
    }
}

void TestTableFile::csv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << Rows({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}) << Lines({1, 2});
    QTest::newRow("lf, no final newline") << "a,b\n1,2"_ba << Rows({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}})
                                          << Lines({1, 2});
    QTest::newRow("cr") << "a,b\r1,2\r"_ba << Rows({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}) << Lines({1, 2});
    QTest::newRow("quoted separators, quotes, newlines")
        << "name,note\r\n\"汇客, 北京\",\"他说\"\"好\"\"\r\n第二行\nthird\rfourth\"\r\nx,y\r\n"_ba
        << Rows({{u"name"_s, u"note"_s}, {u"汇客, 北京"_s, u"他说\"好\"\r\n第二行\nthird\rfourth"_s}, {u"x"_s, u"y"_s}})
        << Lines({1, 2, 3});
    QTest::newRow("quote inside an unquoted field") << "a,b\n5\" screen,x\"y\"\n"_ba
                                                    << Rows({{u"a"_s, u"b"_s}, {u"5\" screen"_s, u"x\"y\""_s}})
                                                    << Lines({1, 2});
    QTest::newRow("text after a closing quote") << "a,b\n\"ab\"cd,e\n"_ba
                                                << Rows({{u"a"_s, u"b"_s}, {u"abcd"_s, u"e"_s}}) << Lines({1, 2});
    QTest::newRow("unterminated quote") << "a,b\n1,\"rest\nof, the file"_ba
                                        << Rows({{u"a"_s, u"b"_s}, {u"1"_s, u"rest\nof, the file"_s}}) << Lines({1, 2});
    QTest::newRow("excel formula text") << "code,phone\n=\"0123\",\"=\"\"0755\"\"\"\n=SUM(A1),=\"a\"b\"\n"_ba
                                        << Rows({{u"code"_s, u"phone"_s}, {u"0123"_s, u"0755"_s},
                                                 {u"=SUM(A1)"_s, u"=\"a\"b\""_s}})
                                        << Lines({1, 2, 3});
    QTest::newRow("cells kept as written") << "a,b\n  x  , y\n"_ba << Rows({{u"a"_s, u"b"_s}, {u"  x  "_s, u" y"_s}})
                                           << Lines({1, 2});
    QTest::newRow("empty fields, short rows") << "a,b,c\n1,,\n2\n,,3\n"_ba
                                              << Rows({{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u""_s, u""_s}, {u"2"_s},
                                                       {u""_s, u""_s, u"3"_s}})
                                              << Lines({1, 2, 3, 4});
    QTest::newRow("blank rows: dropped, numbers kept") << "a,b\r\n\r\n1,2\r\n,\r\n3,4\r\n\r\n\r\n"_ba
                                                       << Rows({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}})
                                                       << Lines({1, 3, 5});
    QTest::newRow("excel sep= line") << "sep=;\r\na;b,c\r\n1;2,5\r\n"_ba
                                     << Rows({{u"a"_s, u"b,c"_s}, {u"1"_s, u"2,5"_s}}) << Lines({1, 2});
    QTest::newRow("only a header") << "客户名称,电话\r\n"_ba << Rows({{u"客户名称"_s, u"电话"_s}}) << Lines({1});
    QTest::newRow("one column") << "名称\n甲\n乙\n"_ba << Rows({{u"名称"_s}, {u"甲"_s}, {u"乙"_s}}) << Lines({1, 2, 3});
}

void TestTableFile::csv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    const TableFile table = readTableFile(write(u"t.csv"_s, bytes));
    QCOMPARE(table.error, QString());
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.lineNumbers, lines);
    // The same through the reader directly, and with a .txt name or none.
    QCOMPARE(CsvReader::read(bytes).rows, rows);
    QCOMPARE(readTableFile(write(u"t"_s, bytes)).rows, rows);
}

void TestTableFile::separatorDetection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("preferTab");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << false << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << u"名称;金额;备注\n甲;1,5;x\n乙;2,25;y\n"_s << false << QChar(u';');
    QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << false << QChar(u'\t');
    QTest::newRow("comma inside quotes does not count") << u"a;b\n\"1,2,3\";4\n\"5,6\";7\n"_s << false << QChar(u';');
    QTest::newRow("single column") << u"名称\n甲\n"_s << false << QChar(u',');
    QTest::newRow("single column, unicode text") << u"名称\n甲\n"_s << true << QChar(u'\t');
    QTest::newRow("unicode text with commas in cells") << u"a\tb\n1,5\t2,5\n"_s << true << QChar(u'\t');
    QTest::newRow("sep= line") << u"sep=\t\na,b\n"_s << false << QChar(u'\t');
    QTest::newRow("empty") << QString() << false << QChar(u',');
}

void TestTableFile::separatorDetection()
{
    QFETCH(QString, text);
    QFETCH(bool, preferTab);
    QFETCH(QChar, expected);
    QCOMPARE(CsvReader::detectSeparator(text, preferTab), expected);
}

void TestTableFile::forcedOptions()
{
    const QString text = u"客户名称;电话\r\n北京汇客,010-1\r\n"_s;
    const QString path = write(u"forced.csv"_s, TextEncoding::encode(text, Encoding::Gb18030, false));
    TableFile detected = readTableFile(path);
    QCOMPARE(detected.encoding, Encoding::Gb18030);
    QCOMPARE(detected.invalidCharacters, 0);
    // A wrong forced encoding shows as replacement characters.
    TableReadOptions options;
    options.encoding = Encoding::Utf8;
    options.separator = u',';
    TableFile forced = readTableFile(path, options);
    QCOMPARE(forced.error, QString());
    QCOMPARE(forced.encoding, Encoding::Utf8);
    QCOMPARE(forced.separator, QChar(u','));
    QVERIFY(forced.invalidCharacters > 0);
    options.encoding = Encoding::Gb18030;
    options.separator = u';';
    forced = readTableFile(path, options);
    QCOMPARE(forced.rows, Rows({{u"客户名称"_s, u"电话"_s}, {u"北京汇客,010-1"_s}}));
}

void TestTableFile::textNamedXls()
{
    // What many systems' "export to Excel" writes: tab-separated GBK text named .xls.
    const QString path = write(u"export.xls"_s, TextEncoding::encode(u"客户\t电话\r\n汇客\t010\r\n"_s, Encoding::Gb18030, false));
    const TableFile table = readTableFile(path);
    QCOMPARE(table.error, QString());
    QCOMPARE(table.format, TableFile::Format::Csv);
    QCOMPARE(table.separator, QChar(u'\t'));
    QCOMPARE(table.rows, Rows({{u"客户"_s, u"电话"_s}, {u"汇客"_s, u"010"_s}}));
}

void TestTableFile::lateChineseInGbk()
{
    // More than the 256 KiB the encoding is guessed from are ASCII; the Chinese comes later.
    QString text = u"name,phone\r\n"_s;
    for (int i = 0; i < 20000; ++i)
        text += u"Acme Trading %1,13800138000\r\n"_s.arg(i);
    text += u"北京汇客科技有限公司,010-88886666\r\n"_s;
    const QByteArray bytes = TextEncoding::encode(text, Encoding::Gb18030, false);
    QVERIFY(bytes.size() > 256 * 1024);
    const TableFile table = readTableFile(write(u"late.csv"_s, bytes));
    QCOMPARE(table.error, QString());
    QCOMPARE(table.encoding, Encoding::Gb18030);
    QCOMPARE(table.invalidCharacters, 0);
    QCOMPARE(table.rows.last(), QStringList({u"北京汇客科技有限公司"_s, u"010-88886666"_s}));
    // UTF-8 with the same late Chinese stays UTF-8.
    const TableFile utf8 = readTableFile(write(u"late8.csv"_s, text.toUtf8()));
    QCOMPARE(utf8.encoding, Encoding::Utf8);
    QCOMPARE(utf8.rows.last(), table.rows.last());
}

void TestTableFile::missingFile()
{
    for (const QString &path : {m_dir.filePath(u"none.csv"_s), m_dir.filePath(u"none.xlsx"_s), m_dir.path()}) {
        const TableFile table = readTableFile(path);
        QVERIFY2(table.error.startsWith(u"Could not open"_s) || table.error.startsWith(u"Could not read"_s),
                 qPrintable(table.error));
        QVERIFY(table.rows.isEmpty());
    }
}

void TestTableFile::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << 13800138000.0 << u"13800138000"_s;
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("negative zero") << -0.0 << u"0"_s;
    QTest::newRow("negative") << -42.0 << u"-42"_s;
    QTest::newRow("decimals") << 1234.56 << u"1234.56"_s;
    QTest::newRow("binary noise") << 0.10000000000000001 << u"0.1"_s;
    QTest::newRow("sum noise") << (0.1 + 0.2) << u"0.3"_s;
    QTest::newRow("16 digits") << 6225880012345678.0 << u"6225880012345678"_s;
    QTest::newRow("beyond 2^53") << 1.5e20 << u"1.5e+20"_s;
    QTest::newRow("small") << 0.00001 << u"1e-05"_s;
}

void TestTableFile::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(XlsxReader::numberText(value), expected);
}

void TestTableFile::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<bool>("showDate");
    QTest::addColumn<bool>("showTime");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1900-01-01") << 1.0 << false << true << false << u"1900-01-01"_s;
    QTest::newRow("1900-02-28") << 59.0 << false << true << false << u"1900-02-28"_s;
    QTest::newRow("excel's 1900-02-29") << 60.0 << false << true << false << u"1900-02-29"_s;
    QTest::newRow("1900-03-01") << 61.0 << false << true << false << u"1900-03-01"_s;
    QTest::newRow("2024-03-15") << 45366.0 << false << true << false << u"2024-03-15"_s;
    QTest::newRow("date only drops the time") << 45366.75 << false << true << false << u"2024-03-15"_s;
    QTest::newRow("date and time") << 45366.604224537 << false << true << true << u"2024-03-15 14:30:05"_s;
    QTest::newRow("noon, rounded") << 45366.49999999 << false << true << true << u"2024-03-15 12:00:00"_s;
    QTest::newRow("1904 system") << 43904.0 << true << true << false << u"2024-03-15"_s;
    QTest::newRow("1904 epoch") << 0.0 << true << true << false << u"1904-01-01"_s;
    QTest::newRow("time only") << 0.5 << false << false << true << u"12:00:00"_s;
    QTest::newRow("time format, a whole date") << 45366.5 << false << false << true << u"2024-03-15 12:00:00"_s;
    QTest::newRow("serial 0 with a date format") << 0.0 << false << true << false << QString();
    QTest::newRow("negative") << -1.0 << false << true << false << QString();
    QTest::newRow("9999-12-31") << 2958465.0 << false << true << false << u"9999-12-31"_s;
    QTest::newRow("after 9999") << 2958466.0 << false << true << false << QString();
}

void TestTableFile::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(bool, showDate);
    QFETCH(bool, showTime);
    QFETCH(QString, expected);
    QCOMPARE(XlsxReader::serialDateText(serial, date1904, showDate, showTime), expected);
}

void TestTableFile::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::addColumn<bool>("time");
    QTest::newRow("General") << u"General"_s << false << false;
    QTest::newRow("number") << u"#,##0.00_);[Red](#,##0.00)"_s << false << false;
    QTest::newRow("currency") << u"[$¥-804]#,##0.00"_s << false << false;
    QTest::newRow("quoted letters") << u"0\" days\""_s << false << false;
    QTest::newRow("escaped letters") << u"0\\d\\a\\y"_s << false << false;
    QTest::newRow("text") << u"@"_s << false << false;
    QTest::newRow("iso date") << u"yyyy\\-mm\\-dd"_s << true << false;
    QTest::newRow("chinese date") << u"yyyy\"年\"m\"月\"d\"日\";@"_s << true << false;
    QTest::newRow("date time") << u"yyyy/m/d\\ h:mm:ss"_s << true << true;
    QTest::newRow("minutes") << u"mm:ss"_s << false << true;
    QTest::newRow("elapsed hours") << u"[h]:mm"_s << false << true;
    QTest::newRow("elapsed minutes only") << u"[mm]"_s << false << true;
    QTest::newRow("month year") << u"mmm-yy"_s << true << false;
    QTest::newRow("locale and colour") << u"[$-804][Red]yyyy-mm-dd"_s << true << false;
    QTest::newRow("date only in the second section") << u"0;yyyy"_s << false << false;
}

void TestTableFile::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QFETCH(bool, time);
    const XlsxReader::DateParts parts = XlsxReader::numberFormatDateParts(code);
    QCOMPARE(parts.date, date);
    QCOMPARE(parts.time, time);
}

void TestTableFile::badInput_data()
{
    using namespace Test;
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("error"); // a part of the error

    QByteArray real;
    {
        QFile f(fixture(u"customers.xlsx"_s));
        if (f.open(QIODevice::ReadOnly))
            real = f.readAll();
    }
    const auto book = [](const QByteArray &sheetXml, const QString &target = u"worksheets/sheet1.xml"_s) {
        QList<ZipPart> parts = workbookParts({u"Sheet1"_s}, {target}, false, false, false);
        parts.append({u"xl/worksheets/sheet1.xml"_s, sheetXml});
        return parts;
    };
    QTest::newRow("empty csv") << u"e.csv"_s << QByteArray() << QString() << u"empty"_s;
    QTest::newRow("empty xlsx") << u"e.xlsx"_s << QByteArray() << QString() << u"empty"_s;
    QTest::newRow("blank lines") << u"b.csv"_s << "\r\n\r\n,,\r\n"_ba << QString() << u"empty"_s;
    QTest::newRow("xls bytes") << u"old.xls"_s << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"_ba << QString()
                               << u"old Excel or WPS workbook"_s;
    QTest::newRow("xls bytes named csv") << u"old.csv"_s << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba << QString()
                                         << u"save it as .xlsx or .csv"_s;
    QTest::newRow("html named xls") << u"web.xls"_s << "  <html><table><tr><td>1</td></tr></table></html>"_ba
                                    << QString() << u"not an .xlsx workbook"_s;
    QTest::newRow("text named xlsx") << u"t.xlsx"_s << "a,b\n1,2\n"_ba << QString() << u"not an .xlsx workbook"_s;
    QTest::newRow("zip that is not xlsx") << u"z.xlsx"_s << zip({{u"hello.txt"_s, "hello"_ba}}) << QString()
                                          << u"not an .xlsx workbook"_s;
    QTest::newRow("ods") << u"s.ods"_s
                         << zip({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"_ba},
                                 {u"content.xml"_s, "<x/>"_ba}},
                                true)
                         << QString() << u"not an .xlsx workbook"_s;
    QTest::newRow("empty zip") << u"z.xlsx"_s << zip({}) << QString() << u"not an .xlsx workbook"_s;
    QTest::newRow("truncated zip") << u"t.xlsx"_s << real.left(real.size() / 2) << QString() << u"damaged"_s;
    QTest::newRow("zip without its directory") << u"t.xlsx"_s << real.left(real.size() - 22) << QString()
                                               << u"damaged"_s;
    QTest::newRow("sheet that does not exist") << u"c.xlsx"_s << real << u"Sheet9"_s
                                               << u"no sheet “Sheet9”; its sheets are “客户”, “联系人”"_s;
    QTest::newRow("missing sheet part") << u"m.xlsx"_s << zip(workbookParts({u"客户"_s}, {u"worksheets/none.xml"_s},
                                                                            false, false, false))
                                        << QString() << u"the sheet “客户” is missing"_s;
    QTest::newRow("no sheets") << u"n.xlsx"_s << zip(workbookParts({}, {}, false, false, false)) << QString()
                               << u"no sheets"_s;
    QTest::newRow("broken xml") << u"x.xlsx"_s << zip(book(worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")))
                                << QString() << u"not valid XML"_s;
    QTest::newRow("row beyond excel") << u"r.xlsx"_s
                                      << zip(book(worksheet("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>")))
                                      << QString() << u"1,048,576 rows"_s;
    QTest::newRow("column beyond excel") << u"c.xlsx"_s
                                         << zip(book(worksheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")))
                                         << QString() << u"16,384 columns"_s;
    QTest::newRow("huge reference") << u"h.xlsx"_s
                                    << zip(book(worksheet("<row r=\"99999999999999999999\"><c r=\"ZZZZZZZZZ1\"><v>1</v></c></row>")))
                                    << QString() << u"1,048,576 rows"_s;
    QTest::newRow("shared string that is not there")
        << u"s.xlsx"_s << zip(book(worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"))) << QString()
        << u"refers to text that is not in the file"_s;
    QTest::newRow("chart sheet") << u"c.xlsx"_s << zip(book(xmlHead() + "<chartsheet xmlns=\"x\"/>")) << QString()
                                 << u"chart"_s;
    QTest::newRow("empty sheet") << u"e.xlsx"_s << zip(book(worksheet(""))) << QString() << u"is empty"_s;
    QByteArray flipped = zip(book(worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")), true);
    flipped[flipped.indexOf("<v>1</v>") + 3] = '2';
    QTest::newRow("crc mismatch") << u"f.xlsx"_s << flipped << QString() << u"damaged"_s;
    QByteArray encrypted = zip(book(worksheet("")));
    encrypted[6] = char(encrypted[6] | 1);
    for (qsizetype at = encrypted.indexOf("PK\x01\x02"); at >= 0; at = encrypted.indexOf("PK\x01\x02", at + 4))
        encrypted[at + 8] = char(encrypted[at + 8] | 1);
    QTest::newRow("encrypted entries") << u"p.xlsx"_s << encrypted << QString() << u"password"_s;
    // An entry that inflates to more than its directory says (a zip bomb's trick).
    QByteArray bomb = zip(book(worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")));
    const qsizetype sheetHeader = bomb.lastIndexOf("PK\x01\x02");
    bomb[sheetHeader + 24] = 10;
    bomb[sheetHeader + 25] = 0;
    QTest::newRow("more data than declared") << u"b.xlsx"_s << bomb << QString() << u"damaged"_s;
    QTest::newRow("entity expansion") << u"x.xlsx"_s
                                      << zip(book("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
                                                  "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                                                  "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                                                  "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><worksheet><sheetData>"
                                                  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                                                  "</sheetData></worksheet>"))
                                      << QString() << u"not valid XML"_s;
}

void TestTableFile::badInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sheet);
    QFETCH(QString, error);
    TableReadOptions options;
    options.sheet = sheet;
    const TableFile table = readTableFile(write(name, bytes), options);
    QVERIFY2(table.error.contains(error, Qt::CaseInsensitive), qPrintable(table.error));
    QVERIFY(table.rows.isEmpty());
    QVERIFY(table.lineNumbers.isEmpty());
}

void TestTableFile::cancel_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("cancelAt"); // the call that says no
    QString csv;
    for (int i = 0; i < 20000; ++i)
        csv += u"北京汇客科技有限公司%1,13800138000,\"地址\n第二行\"\r\n"_s.arg(i);
    const QString bigCsv = write(u"big.csv"_s, csv.toUtf8());
    QByteArray rows;
    for (int i = 1; i <= 5000; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c t=\"inlineStr\"><is><t>客户" + QByteArray::number(i)
                + "</t></is></c><c><v>" + QByteArray::number(i) + "</v></c></row>";
    QList<Test::ZipPart> parts = Test::workbookParts({u"Sheet1"_s}, {u"worksheets/sheet1.xml"_s}, false, false, false);
    parts.append({u"xl/worksheets/sheet1.xml"_s, Test::worksheet(rows)});
    const QString bigXlsx = write(u"big.xlsx"_s, Test::zip(parts));
    QTest::newRow("csv at once") << bigCsv << 1;
    QTest::newRow("csv later") << bigCsv << 3;
    QTest::newRow("xlsx at once") << bigXlsx << 1;
    QTest::newRow("xlsx later") << bigXlsx << 3;
    QTest::newRow("csv never") << bigCsv << 0;
    QTest::newRow("xlsx never") << bigXlsx << 0;
}

void TestTableFile::cancel()
{
    QFETCH(QString, path);
    QFETCH(int, cancelAt);
    int calls = 0;
    bool ordered = true;
    qint64 last = -1;
    const TableFile table = readTableFile(path, {}, [&](qint64 done, qint64 total) {
        ordered = ordered && done >= last && (total == 0 || done <= total);
        last = done;
        return ++calls != cancelAt;
    });
    QVERIFY(ordered);
    if (cancelAt == 0) {
        QCOMPARE(table.error, QString());
        QVERIFY(calls >= 3);
        QVERIFY(table.rows.size() >= 5000);
    } else {
        QCOMPARE(calls, cancelAt);
        QCOMPARE(table.error, u"Reading the file was cancelled."_s);
        QVERIFY(table.rows.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
