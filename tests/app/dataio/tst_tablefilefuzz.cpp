// Issue 19 "bad input never crashes" for the import's file readers: readTableFile on seeded
// random .csv/.txt bytes (generated tables in every encoding, mutated, or random) and .xlsx
// files (workbooks with random cells, types, references, styles and sheet names; their XML
// parts mutated, truncated, nested deep, given huge references; the zip itself flipped and
// cut). Every file must be read or refused with a reason, never crash or throw.
// HUIKE_FUZZ_CASES / HUIKE_FUZZ_SEED / HUIKE_FUZZ_FIRST: see fuzzgen.h.
#include "dataio/tablefile.h"
#include "fuzzgen.h"
#include "xlsxbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::Fuzz::Gen;

namespace {

QByteArray where(quint64 caseNo)
{
    return "seed " + QByteArray::number(Test::Fuzz::seed()) + " case " + QByteArray::number(caseNo);
}

const QList<TextEncoding::Encoding> encodings{TextEncoding::Encoding::Utf8, TextEncoding::Encoding::Gb18030,
                                              TextEncoding::Encoding::Utf16LE, TextEncoding::Encoding::Utf16BE};

QString csvField(Gen &g, QChar separator)
{
    switch (g.below(8)) {
    case 0: return QString();
    case 1: return g.numericText();
    case 2: return u"=\""_s + g.numericText() + u"\""_s;
    case 3: return u"\""_s + g.text(12).replace(u"\""_s, u"\"\""_s) + u"\""_s; // quoted
    case 4: return u"\""_s + g.text(12);                                      // unterminated
    case 5: return g.text(8) + separator + g.text(8);
    default: return g.text(16);
    }
}

QByteArray csvBytes(Gen &g)
{
    static const QList<QChar> separators{u',', u';', u'\t'};
    static const QList<QString> lineEnds{u"\r\n"_s, u"\n"_s, u"\r"_s};
    const QChar separator = g.pick(separators);
    QString text;
    if (g.chance(5))
        text += u"sep="_s + separator + u"\r\n"_s;
    const int rows = g.below(40);
    const int columns = 1 + g.below(12);
    for (int r = 0; r < rows; ++r) {
        const int n = g.chance(80) ? columns : g.below(columns * 2 + 1);
        for (int c = 0; c < n; ++c)
            text += (c ? QString(separator) : QString()) + csvField(g, separator);
        text += g.pick(lineEnds);
    }
    QByteArray bytes = TextEncoding::encode(text, g.pick(encodings), g.chance(50));
    if (g.chance(50))
        bytes = g.mutate(bytes, 1 + g.below(6));
    return bytes;
}

QByteArray numberValue(Gen &g)
{
    switch (g.below(5)) {
    case 0: return QByteArray::number(g.integer());
    case 1: return QByteArray::number(g.number(), 'g', 17);
    case 2: return g.numericText().toUtf8();
    case 3: return QByteArray::number(g.below(3000000)) + "." + QByteArray::number(g.below(100000));
    default: return QByteArray::number(g.below(100000));
    }
}

QByteArray reference(Gen &g, int row)
{
    static const QList<QByteArray> odd{"", "A", "1", "A0", "XFD1", "XFE1", "ZZZZZZZZZZZ1", "A99999999999999999999",
                                       "a1", "$A$1", "A-1", " A1", "AA", "🙂1"};
    if (g.chance(1))
        return g.pick(odd);
    QByteArray letters;
    int c = g.chance(97) ? g.below(30) : g.below(17000);
    do {
        letters.prepend(char('A' + c % 26));
        c = c / 26 - 1;
    } while (c >= 0);
    return letters + QByteArray::number(row);
}

// Text as Excel writes it into XML: characters XML cannot hold (controls, lone surrogates,
// U+FFFE/U+FFFF) escaped as _xHHHH_.
QByteArray escaped(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair) {
            out += text[i];
            out += text[++i];
        } else if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || QChar::isSurrogate(c) || c >= 0xfffe) {
            out += u"_x%1_"_s.arg(uint(c), 4, 16, QChar(u'0'));
        } else {
            out += text[i];
        }
    }
    return out.toHtmlEscaped().toUtf8();
}

QByteArray cell(Gen &g, int row, int sharedCount, int styleCount)
{
    static const QList<QByteArray> types{"", "n", "s", "str", "inlineStr", "b", "e", "d", "x", "S"};
    const QByteArray type = g.pick(types);
    QByteArray out = "<c";
    if (g.chance(90))
        out += " r=\"" + reference(g, row) + "\"";
    if (!type.isEmpty())
        out += " t=\"" + type + "\"";
    if (g.chance(40))
        out += " s=\"" + QByteArray::number(g.chance(90) ? g.below(styleCount + 1) : g.below(100000) - 5) + "\"";
    out += ">";
    if (type == "inlineStr") {
        if (g.chance(50))
            out += "<is><t>" + escaped(g.text()) + "</t></is>";
        else
            out += "<is><r><t xml:space=\"preserve\">" + escaped(g.text()) + "</t></r><rPh><t>x</t></rPh></is>";
    } else if (type == "s") {
        out += "<v>" + QByteArray::number(g.chance(99) ? g.below(sharedCount) : g.below(1 << 30)) + "</v>";
    } else if (type == "d") {
        out += "<v>" + (g.chance(50) ? QByteArray("2024-02-29T12:00:00") : escaped(g.text(10))) + "</v>";
    } else if (type == "b" || type == "e" || type == "str") {
        out += (g.chance(20) ? QByteArray("<f>SUM(A1:A2)</f>") : QByteArray()) + "<v>" + escaped(g.chance(50) ? g.numericText() : g.text(10))
               + "</v>";
    } else if (g.chance(90)) {
        out += "<v>" + numberValue(g) + "</v>";
    }
    out += "</c>";
    return out;
}

QList<Test::ZipPart> workbook(Gen &g, int *sheetCount)
{
    using namespace Test;
    static const QList<QString> formats{u"General"_s, u"yyyy-mm-dd"_s, u"[h]:mm:ss"_s, u"0.00"_s, u"yyyy\"年\"m\"月\"d\"日\""_s,
                                        u"[$-804]aaaa"_s, u"\"unterminated"_s, u"[red"_s, u"\\"_s, u"_"_s, u"*"_s};
    const int sharedCount = g.below(20);
    QByteArray sst = xmlHead() + "<sst xmlns=\"" + mainNs() + "\">";
    for (int i = 0; i < sharedCount; ++i)
        if (g.chance(70))
            sst += "<si><t>" + escaped(g.text()) + "</t></si>";
        else
            sst += "<si><r><t>" + escaped(g.text()) + "</t></r><r><t>_x000D_" + escaped(g.text(4)) + "</t></r></si>";
    sst += "</sst>";
    const int styleCount = g.below(6);
    QByteArray styles = xmlHead() + "<styleSheet xmlns=\"" + mainNs() + "\"><numFmts>";
    for (int i = 0; i < 3; ++i)
        styles += "<numFmt numFmtId=\"" + QByteArray::number(164 + i) + "\" formatCode=\""
                  + escaped(g.chance(70) ? g.pick(formats) : g.text(8)) + "\"/>";
    styles += "</numFmts><cellXfs>";
    for (int i = 0; i < styleCount; ++i)
        styles += "<xf numFmtId=\"" + QByteArray::number(g.chance(50) ? 164 + g.below(4) : g.below(60)) + "\"/>";
    styles += "</cellXfs></styleSheet>";

    *sheetCount = 1 + g.below(3);
    QStringList names, targets;
    for (int i = 0; i < *sheetCount; ++i) {
        names.append(g.chance(80) ? u"Sheet%1"_s.arg(i + 1) : QString::fromUtf8(escaped(g.text(10))));
        targets.append(g.chance(50) ? u"worksheets/sheet%1.xml"_s.arg(i + 1) : u"/xl/worksheets/sheet%1.xml"_s.arg(i + 1));
    }
    QList<ZipPart> parts = workbookParts(names, targets, g.chance(30), g.chance(80), g.chance(80),
                                         g.chance(10) ? u"<workbookPr date1904=\"true\"/>"_s : QString());
    for (int i = 0; i < *sheetCount; ++i) {
        QByteArray data;
        int row = 0;
        const int rows = g.below(30);
        for (int r = 0; r < rows; ++r) {
            row += g.chance(80) ? 1 : g.below(5);
            data += g.chance(90) ? "<row r=\"" + QByteArray::number(g.chance(99) ? row : g.integer()) + "\">"
                                 : QByteArray("<row>");
            const int cells = g.below(12);
            for (int c = 0; c < cells; ++c)
                data += cell(g, row, sharedCount, styleCount);
            data += "</row>";
        }
        if (g.chance(5))
            data += QByteArray(g.below(20000), 'x').replace("x", "<a>") + "</a>"; // deep nesting, left open
        parts.append({u"xl/worksheets/sheet%1.xml"_s.arg(i + 1), worksheet(data)});
    }
    parts.append({u"xl/sharedStrings.xml"_s, sst});
    parts.append({u"xl/styles.xml"_s, styles});
    // Mutate some parts' XML before zipping (the zip's checksums then still hold).
    for (Test::ZipPart &part : parts)
        if (g.chance(4))
            part.data = g.mutate(part.data, 1 + g.below(4));
    if (g.chance(10))
        parts.removeAt(g.below(int(parts.size())));
    return parts;
}

} // namespace

class TestTableFileFuzz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_read = m_refused = 0; }
    void cleanup() { qInfo("%d read, %d refused with a reason", m_read, m_refused); }
    void csvFiles();
    void randomBytes();
    void xlsxFiles();

private:
    void check(quint64 caseNo, const QString &name, const QByteArray &bytes, const TableReadOptions &options = {});

    QTemporaryDir m_dir;
    int m_read = 0;
    int m_refused = 0;
    quint64 m_seed = 0;
    int m_first = 0;
    int m_cases = 0;
};

void TestTableFileFuzz::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = Test::Fuzz::seed();
    m_first = Test::Fuzz::firstCase();
    m_cases = Test::Fuzz::cases(300);
    qInfo("fuzz seed %llu, cases %d from %d", m_seed, m_cases, m_first);
}

void TestTableFileFuzz::check(quint64 caseNo, const QString &name, const QByteArray &bytes,
                              const TableReadOptions &options)
{
    const QString path = m_dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    qint64 calls = 0;
    const TableFile table = readTableFile(path, options, [&](qint64 done, qint64 total) {
        ++calls;
        return done >= 0 && total >= 0;
    });
    const QByteArray at = where(caseNo);
    QVERIFY2(table.error.isEmpty() != table.rows.isEmpty(), QByteArray(at + ": " + table.error.toUtf8()).constData());
    QVERIFY2(table.rows.size() == table.lineNumbers.size(), at.constData());
    qsizetype previous = 0;
    for (const qsizetype line : table.lineNumbers) {
        QVERIFY2(line >= 1 && (table.format == TableFile::Format::Xlsx || line > previous), at.constData());
        previous = line;
    }
    if (table.format == TableFile::Format::Xlsx && table.error.isEmpty())
        QVERIFY2(table.sheets.contains(table.sheet), at.constData());
    ++(table.error.isEmpty() ? m_read : m_refused);
}

void TestTableFileFuzz::csvFiles()
{
    static const QList<QChar> separators{QChar(), u',', u';', u'\t', u'|'};
    for (int i = m_first; i < m_first + m_cases; ++i) {
        Gen g(m_seed, quint64(i));
        TableReadOptions options;
        if (g.chance(20))
            options.encoding = g.pick(encodings);
        if (g.chance(20))
            options.separator = g.pick(separators);
        check(quint64(i), g.chance(50) ? u"f.csv"_s : u"f.txt"_s, csvBytes(g), options);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTableFileFuzz::randomBytes()
{
    static const QList<QByteArray> heads{"", "PK\x03\x04", "PK\x05\x06", "\xD0\xCF\x11\xE0", "\xEF\xBB\xBF", "\xFF\xFE",
                                         "\xFE\xFF", "sep=", "<html>"};
    static const QList<QString> names{u"r.csv"_s, u"r.xlsx"_s, u"r.xls"_s, u"r"_s, u"r.et"_s};
    for (int i = m_first; i < m_first + m_cases; ++i) {
        Gen g(m_seed, quint64(i) + 1000000000u);
        check(quint64(i), g.pick(names), g.pick(heads) + g.bytes(2000));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestTableFileFuzz::xlsxFiles()
{
    for (int i = m_first; i < m_first + m_cases; ++i) {
        Gen g(m_seed, quint64(i) + 2000000000u);
        int sheets = 0;
        QByteArray bytes = Test::zip(workbook(g, &sheets), g.chance(30));
        // And the zip itself: flipped bytes (headers, directory, compressed data), cuts.
        if (g.chance(15)) {
            for (int k = 1 + g.below(4); k > 0 && !bytes.isEmpty(); --k) {
                const int at = g.chance(50) ? int(bytes.size()) - 1 - g.below(std::min<int>(int(bytes.size()), 200))
                                            : g.below(int(bytes.size()));
                bytes[at] = char(bytes[at] ^ char(1 + g.below(255)));
            }
        }
        if (g.chance(5))
            bytes.truncate(g.below(int(bytes.size()) + 1));
        TableReadOptions options;
        if (g.chance(30))
            options.sheet = g.chance(80) ? u"Sheet%1"_s.arg(1 + g.below(sheets + 1)) : g.text(6);
        check(quint64(i), u"w.xlsx"_s, bytes, options);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestTableFileFuzz)
#include "tst_tablefilefuzz.moc"
