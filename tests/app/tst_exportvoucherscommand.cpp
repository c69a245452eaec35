// huike export-vouchers (issue 21 W3): the month's vouchers from a replica with demo-like
// data — payments and invoices of signed contracts, a cash payment, a draft contract's and
// a deleted customer's records left out — written for Kingdee and Yonyou and read back; the
// batch recorded through the outbox; a second export refused without --again, new records
// numbered on, --again writing the same numbers; bad command lines refused with exit 2.
#include "core/id.h"
#include "dataio/tablefile.h"
#include "dataio/voucherexport.h"
#include "dataio/vouchertemplate.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ExportVouchersCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportsOnceThenAsks();
    void listRecordsNothing();
    void refusedToSalesReps();
    void badCommandLines_data();
    void badCommandLines();
    void refusalsInChinese_data();
    void refusalsInChinese();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run huike(const QStringList &args);
    QList<Voucher> readBack(const QString &name, const QString &path);
    void insert(Database &db, const QString &table, const QVariantMap &values);
    int batches();
    QTemporaryDir m_dir;
    QString m_replica;
    QString m_clerk, m_rep;
};

tst_ExportVouchersCommand::Run tst_ExportVouchersCommand::huike(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HUIKE_CLIENT_EXE), args + QStringList{u"--replica"_s, m_replica, u"--lang"_s, u"en"_s});
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<Voucher> tst_ExportVouchersCommand::readBack(const QString &name, const QString &path)
{
    QString error;
    const auto layout = VoucherTemplate::load(name, &error, QString());
    if (!layout)
        return {};
    const auto r = VoucherExport::read(*layout, path);
    if (!r.error.isEmpty())
        qWarning("%s", qPrintable(r.error));
    return r.vouchers;
}

void tst_ExportVouchersCommand::insert(Database &db, const QString &table, const QVariantMap &values)
{
    QStringList columns{u"version"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s};
    QVariantList bound{1, 0, u"2026-10-01T00:00:00.000Z"_s, u"2026-10-01T00:00:00.000Z"_s};
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (columns.contains(it.key())) {
            bound[columns.indexOf(it.key())] = it.value();
            continue;
        }
        columns << it.key();
        bound << it.value();
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)), bound);
}

int tst_ExportVouchersCommand::batches()
{
    Database db = Database::openSqlite(m_replica);
    return db.scalar(u"SELECT count(*) FROM voucher_batches WHERE deleted = 0"_s).toInt();
}

void tst_ExportVouchersCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_replica = m_dir.filePath(u"replica.sqlite"_s);
    auto replica = Replica::open(m_replica);
    m_clerk = Id::generate().toString();
    m_rep = Id::generate().toString();
    replica->setUserId(m_clerk);
    Database &db = replica->database();
    const QString dept = Id::generate().toString();
    insert(db, u"departments"_s, {{u"id"_s, dept}, {u"name"_s, u"华东销售部"_s}, {u"path"_s, u"/1/"_s}});
    insert(db, u"users"_s, {{u"id"_s, m_clerk}, {u"login"_s, u"zhangkj"_s}, {u"display_name"_s, u"张会计"_s}, {u"role"_s, u"clerk"_s}});
    insert(db, u"users"_s, {{u"id"_s, m_rep}, {u"login"_s, u"wangfang"_s}, {u"display_name"_s, u"王芳"_s}, {u"role"_s, u"sales"_s}});
    const QString hengxin = Id::generate().toString(), xihu = Id::generate().toString(), gone = Id::generate().toString();
    insert(db, u"customers"_s, {{u"id"_s, hengxin}, {u"name"_s, u"上海恒信精密机械有限公司"_s}, {u"short_name"_s, u"上海恒信"_s},
                                {u"credit_code"_s, u"91310000MA1FL0XX0X"_s}, {u"department_id"_s, dept}, {u"owner_id"_s, m_rep}});
    insert(db, u"customers"_s, {{u"id"_s, xihu}, {u"name"_s, u"杭州西湖软件有限公司"_s}, {u"owner_id"_s, m_rep}});
    insert(db, u"customers"_s, {{u"id"_s, gone}, {u"name"_s, u"已删除有限公司"_s}, {u"deleted"_s, 1}});
    auto contract = [&](const QString &customer, const QString &number, const QString &status) {
        const QString id = Id::generate().toString();
        insert(db, u"contracts"_s, {{u"id"_s, id}, {u"customer_id"_s, customer}, {u"number"_s, number}, {u"title"_s, number},
                                    {u"status"_s, status}, {u"owner_id"_s, m_rep}});
        return id;
    };
    const QString c1 = contract(hengxin, u"HT-2026-0001"_s, u"signed"_s);
    const QString c2 = contract(xihu, u"HT-2026-0002"_s, u"executing"_s);
    const QString draft = contract(xihu, u"HT-2026-0003"_s, u"draft"_s);
    const QString c4 = contract(gone, u"HT-2026-0004"_s, u"signed"_s);
    auto payment = [&](const QString &id, const QString &customer, const QString &contractId, const QString &on, qint64 fen,
                       const QString &method) {
        insert(db, u"payments"_s, {{u"id"_s, id}, {u"customer_id"_s, customer}, {u"contract_id"_s, contractId}, {u"paid_on"_s, on},
                                   {u"amount_fen"_s, fen}, {u"method"_s, method}, {u"owner_id"_s, m_rep}});
    };
    auto invoice = [&](const QString &id, const QString &customer, const QString &contractId, const QString &on, qint64 fen, qint64 tax) {
        insert(db, u"invoices"_s, {{u"id"_s, id}, {u"customer_id"_s, customer}, {u"contract_id"_s, contractId}, {u"issued_on"_s, on},
                                   {u"number"_s, QString(u"No"_s + id.left(8))}, {u"kind"_s, u"special"_s}, {u"amount_fen"_s, fen},
                                   {u"tax_fen"_s, tax}, {u"owner_id"_s, m_rep}});
    };
    payment(u"10000000-0000-4000-8000-000000000001"_s, hengxin, c1, u"2026-11-03"_s, 3000000, u"bank"_s);   // 收1
    payment(u"10000000-0000-4000-8000-000000000002"_s, xihu, c2, u"2026-11-20"_s, 5000000, u"cash"_s);      // 收2
    payment(u"10000000-0000-4000-8000-000000000003"_s, hengxin, c1, u"2026-10-31"_s, 100, u"bank"_s);       // October
    payment(u"10000000-0000-4000-8000-000000000004"_s, xihu, draft, u"2026-11-04"_s, 100, u"bank"_s);       // a draft's
    payment(u"10000000-0000-4000-8000-000000000005"_s, gone, c4, u"2026-11-04"_s, 100, u"bank"_s);          // deleted customer
    invoice(u"20000000-0000-4000-8000-000000000001"_s, hengxin, c1, u"2026-11-05"_s, 11300000, 1300000);   // 记1, 13 %
    invoice(u"20000000-0000-4000-8000-000000000002"_s, xihu, c2, u"2026-11-30"_s, 1060000, 60000);         // 记2, 6 %
}

void tst_ExportVouchersCommand::exportsOnceThenAsks()
{
    const QString kingdee = m_dir.filePath(u"2026-11 金蝶.xlsx"_s);
    const Run first = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"kingdee"_s, u"-o"_s, kingdee});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(first.out.trimmed(), u"exported: 4 vouchers (收1-收2 记1-记2) to "_s + kingdee);
    const QList<Voucher> vouchers = readBack(u"kingdee"_s, kingdee);
    QCOMPARE(vouchers.size(), 4);
    QStringList got;
    for (const Voucher &v : vouchers) {
        QVERIFY(v.isBalanced());
        got << v.date.toString(u"MM-dd"_s) + u' ' + v.word + QString::number(v.number) + u' ' + v.entries.first().accountCode
                + u' ' + v.debitTotal().toPlainString();
    }
    QCOMPARE(got, (QStringList{u"11-03 收1 1002 30000.00"_s, u"11-05 记1 1122 113000.00"_s, u"11-20 收2 1001 50000.00"_s,
                               u"11-30 记2 1122 10600.00"_s}));
    QCOMPARE(vouchers[0].entries[1].customer.name, u"上海恒信精密机械有限公司"_s);
    QCOMPARE(vouchers[0].entries[1].department.name, u"华东销售部"_s);
    QCOMPARE(vouchers[0].entries[1].person.name, u"王芳"_s);
    QVERIFY2(vouchers[0].entries[0].summary.contains(u"上海恒信"_s) && vouchers[0].entries[0].summary.contains(u"HT-2026-0001"_s),
             qPrintable(vouchers[0].entries[0].summary));
    QCOMPARE(vouchers[1].entries[2].credit, Money::fromFen(1300000));
    {
        Database db = Database::openSqlite(m_replica);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM voucher_batches"_s).toInt(), 1);
        QCOMPARE(db.scalar(u"SELECT format || ' ' || period || ' ' || voucher_count || ' ' || first_numbers || ' / ' || last_numbers "
                           u"|| ' ' || file_name FROM voucher_batches"_s)
                     .toString(),
                 u"kingdee 2026-11 4 收1 记1 / 收2 记2 2026-11 金蝶.xlsx"_s);
        QCOMPARE(db.scalar(u"SELECT created_by FROM voucher_batches"_s).toString(), m_clerk);
        const QJsonArray sources = QJsonDocument::fromJson(db.scalar(u"SELECT sources FROM voucher_batches"_s).toByteArray()).array();
        QCOMPARE(sources.size(), 4);
        QCOMPARE(sources[0].toObject().value(u"table"_s).toString(), u"payments"_s);
        QCOMPARE(sources[0].toObject().value(u"number"_s).toInt(), 1);
        // It syncs like any edit.
        QCOMPARE(db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'voucher_batches'"_s).toInt(), 1);
    }

    // Again: nothing new, refused with a sentence that names --again; nothing recorded.
    const QString yonyou = m_dir.filePath(u"2026-11 用友.txt"_s);
    const Run second = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"yonyou"_s, u"-o"_s, yonyou});
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains(u"--again"_s) && second.err.contains(u"2026-11"_s), qPrintable(second.err));
    QVERIFY(!QFile::exists(yonyou));
    QCOMPARE(batches(), 1);

    // A payment recorded since: only it, numbered on.
    {
        auto replica = Replica::open(m_replica);
        const QString customer = replica->database().scalar(u"SELECT id FROM customers WHERE short_name = '上海恒信'"_s).toString();
        const QString contract = replica->database().scalar(u"SELECT id FROM contracts WHERE number = 'HT-2026-0001'"_s).toString();
        insert(replica->database(), u"payments"_s,
               {{u"id"_s, u"10000000-0000-4000-8000-000000000009"_s}, {u"customer_id"_s, customer}, {u"contract_id"_s, contract},
                {u"paid_on"_s, u"2026-11-02"_s}, {u"amount_fen"_s, 123456}, {u"method"_s, u"bank"_s}});
    }
    const Run third = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"yonyou"_s, u"-o"_s, yonyou});
    QVERIFY2(third.code == 0, qPrintable(third.err));
    const QList<Voucher> more = readBack(u"yonyou"_s, yonyou);
    QCOMPARE(more.size(), 1);
    QCOMPARE(more[0].word, u"收"_s);
    QCOMPARE(more[0].number, 3); // after 收2, though dated earlier
    QCOMPARE(more[0].entries[1].customer.code, u"91310000MA1FL0XX0X"_s);
    QCOMPARE(batches(), 2);

    // --again: the whole month with the numbers it had.
    const QString all = m_dir.filePath(u"again.txt"_s);
    const Run again = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"yonyou"_s, u"-o"_s, all, u"--again"_s});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QStringList numbers;
    for (const Voucher &v : readBack(u"yonyou"_s, all))
        numbers << v.word + QString::number(v.number);
    QCOMPARE(numbers, (QStringList{u"收3"_s, u"收1"_s, u"记1"_s, u"收2"_s, u"记2"_s})); // by date
    QCOMPARE(batches(), 3);
}

void tst_ExportVouchersCommand::listRecordsNothing()
{
    const int before = batches();
    // An expense claim paid since: in the list too.
    {
        auto replica = Replica::open(m_replica);
        Database &db = replica->database();
        const QString claim = u"30000000-0000-4000-8000-000000000001"_s;
        insert(db, u"expenses"_s, {{u"id"_s, claim}, {u"kind"_s, u"claim"_s}, {u"title"_s, u"杭州拜访客户"_s}, {u"status"_s, u"paid"_s},
                                   {u"spent_on"_s, u"2026-11-10"_s}, {u"amount_fen"_s, 45600}, {u"currency"_s, u"CNY"_s},
                                   {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"step_no"_s, 0}, {u"paid_on"_s, u"2026-11-25"_s},
                                   {u"owner_id"_s, m_rep}, {u"department_id"_s, db.scalar(u"SELECT id FROM departments"_s)}});
        insert(db, u"expense_lines"_s, {{u"id"_s, Id::generate().toString()}, {u"expense_id"_s, claim}, {u"line_no"_s, 1},
                                        {u"spent_on"_s, u"2026-11-10"_s}, {u"category"_s, u"travel"_s}, {u"amount_fen"_s, 45600}});
    }
    const QString list = m_dir.filePath(u"list.xlsx"_s);
    // Every voucher of the month was exported: the list still has them all.
    const Run r = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"list"_s, u"-o"_s, list});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"exported: 6 vouchers"_s), qPrintable(r.out));
    QVERIFY(QFile::exists(list));
    QCOMPARE(batches(), before);
    const TableFile table = readTableFile(list);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QStringList claimRows;
    for (const QStringList &row : table.rows)
        if (row.value(11) == u"expenses/30000000-0000-4000-8000-000000000001"_s)
            claimRows << QStringList{row.value(1), row.value(3), row.value(4), row.value(9), row.value(10)}.join(u'|');
    QCOMPARE(claimRows, (QStringList{u"付-1|Travel — 杭州拜访客户|6602|华东销售部|王芳"_s,
                                     u"付-1|Expense claim of 王芳: 杭州拜访客户|1002||"_s}));
    // A month without records.
    const Run empty = huike({u"export-vouchers"_s, u"--period"_s, u"2026-01"_s, u"--format"_s, u"list"_s, u"-o"_s, list});
    QCOMPARE(empty.code, 1);
    QVERIFY2(empty.err.contains(u"2026-01"_s), qPrintable(empty.err));
}

void tst_ExportVouchersCommand::refusedToSalesReps()
{
    {
        auto replica = Replica::open(m_replica);
        replica->setUserId(m_rep);
    }
    const Run r = huike({u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"kingdee"_s, u"-o"_s,
                         m_dir.filePath(u"rep.xlsx"_s), u"--again"_s});
    {
        auto replica = Replica::open(m_replica);
        replica->setUserId(m_clerk);
    }
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"clerks"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"rep.xlsx"_s)));
}

void tst_ExportVouchersCommand::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QStringList ok{u"export-vouchers"_s, u"--format"_s, u"kingdee"_s, u"-o"_s, u"x.xlsx"_s};
    QTest::newRow("nothing") << QStringList{u"export-vouchers"_s} << 2 << u"usage"_s;
    QTest::newRow("no period") << ok << 2 << u"--period"_s;
    QTest::newRow("month 13") << ok + QStringList{u"--period"_s, u"2026-13"_s} << 2 << u"2026-13"_s;
    QTest::newRow("one-digit month") << ok + QStringList{u"--period"_s, u"2026-1"_s} << 2 << u"2026-1"_s;
    QTest::newRow("a date") << ok + QStringList{u"--period"_s, u"2026-11-01"_s} << 2 << u"2026-11-01"_s;
    QTest::newRow("unknown format")
        << QStringList{u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"sap"_s, u"-o"_s, u"x"_s} << 2 << u"sap"_s;
    QTest::newRow("no output") << QStringList{u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"kingdee"_s} << 2
                               << u"-o"_s;
    QTest::newRow("unknown option") << ok + QStringList{u"--period"_s, u"2026-11"_s, u"--frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("extra argument") << ok + QStringList{u"--period"_s, u"2026-11"_s, u"extra"_s} << 2 << u"extra"_s;
    QTest::newRow("unwritable file") << QStringList{u"export-vouchers"_s, u"--period"_s, u"2026-11"_s, u"--format"_s, u"yonyou"_s,
                                                    u"-o"_s, u"/nonexistent/dir/x.txt"_s, u"--again"_s}
                                     << 1 << u"/nonexistent/dir/x.txt"_s;
}

void tst_ExportVouchersCommand::badCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    const int before = batches();
    const Run r = huike(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(batches(), before);
}

// In Chinese (--lang zh_CN) the refusals are Chinese, a bad period as much as a file that is
// not a replica (a text file, an empty file): exit 2 for the command line, 1 for the file.
void tst_ExportVouchersCommand::refusalsInChinese_data()
{
    QTest::addColumn<QByteArray>("replica"); // content of the file given as --replica; empty: the test's replica
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("month 13") << QByteArray() << u"2026-13"_s << 2 << u"应为 YYYY-MM 格式的月份"_s;
    QTest::newRow("a text file") << QByteArray("root:x:0:0:root:/root:/bin/bash\n") << u"2026-11"_s << 1 << u"不是汇客的数据副本"_s;
    QTest::newRow("an empty file") << QByteArray("") << u"2026-11"_s << 1 << u"不是汇客的数据副本"_s;
}

void tst_ExportVouchersCommand::refusalsInChinese()
{
    QFETCH(QByteArray, replica);
    QFETCH(QString, period);
    QFETCH(int, code);
    QFETCH(QString, says);
    QString path = m_replica;
    if (QTest::currentDataTag() != QByteArray("month 13")) {
        path = m_dir.filePath(u"not-a-replica.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(replica);
    }
    QProcess p;
    p.start(QStringLiteral(HUIKE_CLIENT_EXE), {u"export-vouchers"_s, u"--period"_s, period, u"--format"_s, u"kingdee"_s, u"-o"_s,
                                               m_dir.filePath(u"refused.xlsx"_s), u"--replica"_s, path, u"--lang"_s, u"zh_CN"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), code);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"refused.xlsx"_s)));
    if (path != m_replica)
        QCOMPARE(QFileInfo(path).size(), replica.size()); // left as it was
}

QTEST_GUILESS_MAIN(tst_ExportVouchersCommand)
#include "tst_exportvoucherscommand.moc"
