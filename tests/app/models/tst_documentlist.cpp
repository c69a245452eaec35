// The quote and contract lists: newest first, filters by status, text (number, customer,
// title) and "due or overdue", what came in and what is owed to the fen, the overdue mark by
// ContractService::planState's rule, sorting by any column, paging — and 100,000
// contracts read a page at a time.
#include "models/contractservice.h"
#include "models/documentlist.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/transaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Today = u"2026-06-15"_s;
} // namespace

class tst_DocumentList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void paymentFigures_data();
    void paymentFigures();
    void agreesWithPlanState();
    void newestFirstAndSort_data();
    void newestFirstAndSort();
    void displayAndHeaders();
    void reloadSeesEdits();
    void scalesToManyContracts();
    void ownerClosedContractsAndNumberWidths();

private:
    QString add(const QString &table, const QString &customer, Row row)
    {
        row[u"customer_id"_s] = customer;
        return m_replica->create(table, row).value(u"id"_s).toString();
    }
    QString contract(const QString &customer, const QString &number, const QString &status, qint64 amount,
                     const QList<QPair<QString, qint64>> &plan, const QList<QPair<int, qint64>> &payments,
                     const QString &createdAt);
    static QStringList numbers(const DocumentList &list);

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_hengxin, m_xihu;
    QHash<QString, QString> m_contracts; // number → id
};

QString tst_DocumentList::contract(const QString &customer, const QString &number, const QString &status, qint64 amount,
                                   const QList<QPair<QString, qint64>> &plan, const QList<QPair<int, qint64>> &payments,
                                   const QString &createdAt)
{
    const QString id = add(u"contracts"_s, customer, {{u"number"_s, number}, {u"title"_s, QString(number + u" 设备采购"_s)},
                                                      {u"status"_s, status}, {u"amount_fen"_s, amount},
                                                      {u"sign_date"_s, status == u"draft" ? QVariant() : QVariant(u"2026-01-10"_s)},
                                                      {u"end_date"_s, u"2026-12-31"_s}, {u"owner_id"_s, Me}});
    QStringList planIds;
    int line = 0;
    for (const auto &[due, fen] : plan)
        planIds << add(u"payment_plans"_s, customer, {{u"contract_id"_s, id}, {u"line_no"_s, ++line}, {u"due_date"_s, due},
                                                      {u"amount_fen"_s, fen}});
    for (const auto &[planIndex, fen] : payments)
        add(u"payments"_s, customer, {{u"contract_id"_s, id}, {u"plan_id"_s, planIndex < 0 ? QVariant() : QVariant(planIds[planIndex])},
                                      {u"paid_on"_s, u"2026-05-01"_s}, {u"amount_fen"_s, fen}, {u"method"_s, u"bank"_s}});
    m_replica->database().exec(u"UPDATE contracts SET created_at = ? WHERE id = ?"_s, {createdAt, id});
    m_contracts.insert(number, id);
    return id;
}

QStringList tst_DocumentList::numbers(const DocumentList &list)
{
    QStringList out;
    for (int r = 0; r < list.rowCount(); ++r)
        out << list.data(list.index(r, list.section(DocumentList::Number))).toString();
    return out;
}

void tst_DocumentList::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
            u"VALUES (?, 1, 0, ?, ?, 'wangfang', '王芳', 'sales', 0)"_s,
            {Me, ts, ts});
    m_hengxin = m_replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}, {u"short_name"_s, u"恒信机械"_s}})
                    .value(u"id"_s).toString();
    m_xihu = m_replica->create(u"customers"_s, {{u"name"_s, u"杭州西湖茶业有限公司"_s}}).value(u"id"_s).toString();

    // Quotes: a revision is a record of its own, with the same number.
    int n = 0;
    for (const auto &[customer, number, revision, status, gross, valid] :
         {std::tuple{m_hengxin, "BJ-2026-0001", 1, "draft", 10001, "2026-07-01"},
          std::tuple{m_xihu, "BJ-2026-0002", 1, "sent", 2000000, "2026-05-01"},
          std::tuple{m_xihu, "BJ-2026-0002", 2, "draft", 1900000, "2026-08-01"},
          std::tuple{m_hengxin, "BJ-2026-0003", 1, "accepted", 50000005, "2026-06-30"}}) {
        const QString id = add(u"quotes"_s, customer, {{u"number"_s, QString::fromLatin1(number)}, {u"revision"_s, revision},
                                                       {u"status"_s, QString::fromLatin1(status)}, {u"gross_fen"_s, gross},
                                                       {u"title"_s, u"服务器与机房工程报价"_s},
                                                       {u"valid_until"_s, QString::fromLatin1(valid)}, {u"owner_id"_s, Me}});
        db.exec(u"UPDATE quotes SET created_at = ? WHERE id = ?"_s, {u"2026-0%1-02T03:00:00.000Z"_s.arg(++n), id});
    }
    // A removed quote is not listed.
    m_replica->remove(u"quotes"_s, add(u"quotes"_s, m_xihu, {{u"number"_s, u"BJ-2026-0009"_s}, {u"gross_fen"_s, 1}}));

    // Contracts, as of 2026-06-15 (Today).
    // 0001 executing: 1st instalment paid, 2nd (due 06-01) short by 0.01 → overdue.
    contract(m_hengxin, u"HT-2026-0001"_s, u"executing"_s, 11300000,
             {{u"2026-03-01"_s, 3390000}, {u"2026-06-01"_s, 6780000}, {u"2026-12-01"_s, 1130000}},
             {{0, 3390000}, {1, 6779999}}, u"2026-01-05T01:00:00.000Z"_s);
    // 0002 signed: one instalment due in five days, nothing paid → due, not overdue.
    contract(m_xihu, u"HT-2026-0002"_s, u"signed"_s, 5000005, {{u"2026-06-20"_s, 5000005}}, {}, u"2026-02-05T01:00:00.000Z"_s);
    // 0003 draft: its plan's date has passed, but a draft owes nothing yet.
    contract(m_hengxin, u"HT-2026-0003"_s, u"draft"_s, 99999999, {{u"2026-01-01"_s, 99999999}}, {}, u"2026-03-05T01:00:00.000Z"_s);
    // 0004 completed and paid in full (two payments on one instalment).
    contract(m_xihu, u"HT-2026-0004"_s, u"completed"_s, 101, {{u"2026-02-01"_s, 101}}, {{0, 100}, {0, 1}}, u"2026-04-05T01:00:00.000Z"_s);
    // 0005 terminated: a payment without an instalment still counts as received.
    contract(m_hengxin, u"HT-2026-0005"_s, u"terminated"_s, 300000, {{u"2026-01-01"_s, 300000}}, {{-1, 50}},
             u"2026-05-05T01:00:00.000Z"_s);
    // 0006 executing with a removed payment, due later than the window → neither.
    const QString six = contract(m_xihu, u"HT-2026-0006"_s, u"executing"_s, 700000, {{u"2026-09-30"_s, 700000}}, {{0, 700000}},
                                 u"2026-06-05T01:00:00.000Z"_s);
    m_replica->remove(u"payments"_s, db.scalar(u"SELECT id FROM payments WHERE contract_id = ?"_s, {six}).toString());
    // A removed contract is not listed.
    m_replica->remove(u"contracts"_s, contract(m_xihu, u"HT-2026-0099"_s, u"signed"_s, 1, {}, {}, u"2026-06-06T01:00:00.000Z"_s));
}

void tst_DocumentList::filters_data()
{
    QTest::addColumn<DocumentList::Kind>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("due");
    QTest::addColumn<QStringList>("expected"); // newest first

    const auto Q = DocumentList::Kind::Quotes;
    const auto C = DocumentList::Kind::Contracts;
    QTest::newRow("quotes: all, revisions too") << Q << QString() << QString() << false
                                                << QStringList{u"BJ-2026-0003"_s, u"BJ-2026-0002 V2"_s, u"BJ-2026-0002"_s, u"BJ-2026-0001"_s};
    QTest::newRow("quotes: sent") << Q << u"sent"_s << QString() << false << QStringList{u"BJ-2026-0002"_s};
    QTest::newRow("quotes: draft") << Q << u"draft"_s << QString() << false << QStringList{u"BJ-2026-0002 V2"_s, u"BJ-2026-0001"_s};
    QTest::newRow("quotes: part of the customer's name") << Q << QString() << u"西湖"_s << false
                                                         << QStringList{u"BJ-2026-0002 V2"_s, u"BJ-2026-0002"_s};
    QTest::newRow("quotes: short name") << Q << QString() << u"恒信机械"_s << false << QStringList{u"BJ-2026-0003"_s, u"BJ-2026-0001"_s};
    QTest::newRow("quotes: number") << Q << QString() << u" 0003 "_s << false << QStringList{u"BJ-2026-0003"_s};
    QTest::newRow("quotes: text and status") << Q << u"accepted"_s << u"西湖"_s << false << QStringList{};
    QTest::newRow("quotes: a wildcard is a character") << Q << QString() << u"%"_s << false << QStringList{};
    QTest::newRow("contracts: all") << C << QString() << QString() << false
                                    << QStringList{u"HT-2026-0006"_s, u"HT-2026-0005"_s, u"HT-2026-0004"_s, u"HT-2026-0003"_s,
                                                   u"HT-2026-0002"_s, u"HT-2026-0001"_s};
    QTest::newRow("contracts: executing") << C << u"executing"_s << QString() << false
                                          << QStringList{u"HT-2026-0006"_s, u"HT-2026-0001"_s};
    QTest::newRow("contracts: customer") << C << QString() << u"恒信"_s << false
                                         << QStringList{u"HT-2026-0005"_s, u"HT-2026-0003"_s, u"HT-2026-0001"_s};
    QTest::newRow("contracts: number") << C << QString() << u"ht-2026-0004"_s << false << QStringList{u"HT-2026-0004"_s};
    QTest::newRow("contracts: due or overdue") << C << QString() << QString() << true
                                               << QStringList{u"HT-2026-0002"_s, u"HT-2026-0001"_s};
    QTest::newRow("contracts: due, signed") << C << u"signed"_s << QString() << true << QStringList{u"HT-2026-0002"_s};
    QTest::newRow("contracts: due, customer") << C << QString() << u"恒信"_s << true << QStringList{u"HT-2026-0001"_s};
    QTest::newRow("contracts: due, draft") << C << u"draft"_s << QString() << true << QStringList{};
    QTest::newRow("contracts: nothing") << C << QString() << u"不存在的客户"_s << false << QStringList{};
}

void tst_DocumentList::filters()
{
    QFETCH(DocumentList::Kind, kind);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(bool, due);
    QFETCH(QStringList, expected);
    DocumentList list(kind, m_replica->database());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setToday(Today);
    list.setFilter({status, text, due});
    QCOMPARE(numbers(list), expected);
    QCOMPARE(list.totalCount(), expected.size());
    QVERIFY(!list.canFetchMore({}));
    // Back to everything.
    list.setFilter({});
    QCOMPARE(list.rowCount(), kind == DocumentList::Kind::Quotes ? 4 : 6);
}

void tst_DocumentList::paymentFigures_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("outstanding");
    QTest::addColumn<QString>("nextDue");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("short by one fen") << u"HT-2026-0001"_s << qint64(11300000) << qint64(10169999) << qint64(1130001) << u"2026-06-01"_s << true;
    QTest::newRow("due in five days") << u"HT-2026-0002"_s << qint64(5000005) << qint64(0) << qint64(5000005) << u"2026-06-20"_s << false;
    QTest::newRow("draft owes nothing yet") << u"HT-2026-0003"_s << qint64(99999999) << qint64(0) << qint64(99999999) << QString() << false;
    QTest::newRow("paid in full") << u"HT-2026-0004"_s << qint64(101) << qint64(101) << qint64(0) << QString() << false;
    QTest::newRow("terminated, a payment without instalment") << u"HT-2026-0005"_s << qint64(300000) << qint64(50) << qint64(299950) << QString() << false;
    QTest::newRow("removed payment") << u"HT-2026-0006"_s << qint64(700000) << qint64(0) << qint64(700000) << u"2026-09-30"_s << false;
}

void tst_DocumentList::paymentFigures()
{
    QFETCH(QString, number);
    QFETCH(qint64, amount);
    QFETCH(qint64, received);
    QFETCH(qint64, outstanding);
    QFETCH(QString, nextDue);
    QFETCH(bool, overdue);
    DocumentList list(DocumentList::Kind::Contracts, m_replica->database());
    list.setToday(Today);
    const int row = list.rowOf(m_contracts.value(number));
    QVERIFY(row >= 0);
    const DocumentList::Item &it = list.item(row);
    QCOMPARE(it.number, number);
    QCOMPARE(it.amount.fen(), amount);
    QCOMPARE(it.received.fen(), received);
    QCOMPARE(it.outstanding.fen(), outstanding);
    QCOMPARE(it.received + it.outstanding, it.amount);
    QCOMPARE(it.nextDue, nextDue);
    QCOMPARE(it.overdue, overdue);
    QCOMPARE(list.data(list.index(row, list.section(DocumentList::Received)), DocumentList::FenRole).toLongLong(), received);
    QCOMPARE(list.data(list.index(row, list.section(DocumentList::Outstanding)), DocumentList::FenRole).toLongLong(), outstanding);
    QCOMPARE(list.data(list.index(row, 0), DocumentList::OverdueRole).toBool(), overdue);
    // Money as text, by the locale's rules — never through a double.
    QCOMPARE(list.data(list.index(row, list.section(DocumentList::Outstanding))).toString(),
             Money::fromFen(outstanding).format(QLocale()));
}

void tst_DocumentList::agreesWithPlanState()
{
    // The overdue mark and the next instalment are what the contract editor shows.
    ContractService service(*m_replica);
    DocumentList list(DocumentList::Kind::Contracts, m_replica->database());
    list.setToday(Today);
    for (int row = 0; row < list.rowCount(); ++row) {
        const DocumentList::Item &it = list.item(row);
        const auto c = service.load(it.id);
        QVERIFY(c);
        bool overdue = false;
        QString next;
        for (const ContractService::PlanState &s : service.planState(*c, Today)) {
            overdue = overdue || s.overdue;
            if (s.balance.fen() > 0 && (next.isEmpty() || s.line.dueDate < next))
                next = s.line.dueDate;
        }
        const bool owing = it.status == u"signed" || it.status == u"executing";
        QCOMPARE(it.overdue, owing && overdue);
        QCOMPARE(it.nextDue, owing ? next : QString());
    }
}

void tst_DocumentList::newestFirstAndSort_data()
{
    QTest::addColumn<DocumentList::Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    const auto Q = DocumentList::Kind::Quotes;
    const auto C = DocumentList::Kind::Contracts;
    QTest::newRow("quotes by amount") << Q << int(DocumentList::Amount) << Qt::AscendingOrder
                                      << QStringList{u"BJ-2026-0001"_s, u"BJ-2026-0002 V2"_s, u"BJ-2026-0002"_s, u"BJ-2026-0003"_s};
    QTest::newRow("quotes by number, down") << Q << int(DocumentList::Number) << Qt::DescendingOrder
                                            << QStringList{u"BJ-2026-0003"_s, u"BJ-2026-0002 V2"_s, u"BJ-2026-0002"_s, u"BJ-2026-0001"_s};
    QTest::newRow("quotes by status, in the flow's order") << Q << int(DocumentList::Status) << Qt::AscendingOrder
                                                           << QStringList{u"BJ-2026-0001"_s, u"BJ-2026-0002 V2"_s, u"BJ-2026-0002"_s, u"BJ-2026-0003"_s};
    QTest::newRow("quotes by validity") << Q << int(DocumentList::Until) << Qt::AscendingOrder
                                        << QStringList{u"BJ-2026-0002"_s, u"BJ-2026-0003"_s, u"BJ-2026-0001"_s, u"BJ-2026-0002 V2"_s};
    QTest::newRow("contracts by outstanding, down") << C << int(DocumentList::Outstanding) << Qt::DescendingOrder
                                                    << QStringList{u"HT-2026-0003"_s, u"HT-2026-0002"_s, u"HT-2026-0001"_s,
                                                                   u"HT-2026-0006"_s, u"HT-2026-0005"_s, u"HT-2026-0004"_s};
    QTest::newRow("contracts by received") << C << int(DocumentList::Received) << Qt::DescendingOrder
                                           << QStringList{u"HT-2026-0001"_s, u"HT-2026-0004"_s, u"HT-2026-0005"_s,
                                                          u"HT-2026-0006"_s, u"HT-2026-0003"_s, u"HT-2026-0002"_s};
    QTest::newRow("contracts by next instalment") << C << int(DocumentList::NextDue) << Qt::AscendingOrder
                                                  << QStringList{u"HT-2026-0003"_s, u"HT-2026-0004"_s, u"HT-2026-0005"_s,
                                                                 u"HT-2026-0001"_s, u"HT-2026-0002"_s, u"HT-2026-0006"_s};
    // By pinyin: 杭州 (hang) before 上海 (shang), though 上 comes first by code point.
    QTest::newRow("contracts by customer") << C << int(DocumentList::Customer) << Qt::AscendingOrder
                                           << QStringList{u"HT-2026-0002"_s, u"HT-2026-0004"_s, u"HT-2026-0006"_s,
                                                          u"HT-2026-0001"_s, u"HT-2026-0003"_s, u"HT-2026-0005"_s};
}

void tst_DocumentList::newestFirstAndSort()
{
    QFETCH(DocumentList::Kind, kind);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    DocumentList list(kind, m_replica->database());
    list.setToday(Today);
    const QStringList newest = numbers(list);
    list.sort(list.section(DocumentList::Column(column)), order);
    QCOMPARE(numbers(list), expected);
    list.sort(-1);
    QCOMPARE(numbers(list), newest);
    QCOMPARE(newest.first(), kind == DocumentList::Kind::Quotes ? u"BJ-2026-0003"_s : u"HT-2026-0006"_s);
}

void tst_DocumentList::displayAndHeaders()
{
    DocumentList quotes(DocumentList::Kind::Quotes, m_replica->database());
    quotes.setToday(Today);
    QCOMPARE(quotes.columnCount(), 8);
    QCOMPARE(quotes.section(DocumentList::Received), -1);
    QCOMPARE(quotes.headerData(quotes.section(DocumentList::Until), Qt::Horizontal).toString(), u"Valid until"_s);
    const int sent = quotes.rowOf(quotes.idAt(2));
    QCOMPARE(quotes.data(quotes.index(sent, quotes.section(DocumentList::Status))).toString(), u"Sent"_s);
    QCOMPARE(quotes.data(quotes.index(sent, quotes.section(DocumentList::Customer))).toString(), u"杭州西湖茶业有限公司"_s);
    QCOMPARE(quotes.data(quotes.index(sent, quotes.section(DocumentList::Owner))).toString(), u"王芳"_s);
    QCOMPARE(quotes.data(quotes.index(sent, quotes.section(DocumentList::Amount))).toString(), u"¥20,000.00"_s);
    // Sent and past its validity: marked.
    QVERIFY(quotes.data(quotes.index(sent, quotes.section(DocumentList::Until)), DocumentList::AttentionRole).toBool());
    QVERIFY(!quotes.data(quotes.index(0, quotes.section(DocumentList::Until)), DocumentList::AttentionRole).toBool());

    DocumentList contracts(DocumentList::Kind::Contracts, m_replica->database());
    contracts.setToday(Today);
    QCOMPARE(contracts.columnCount(), 11);
    const int first = contracts.rowOf(m_contracts.value(u"HT-2026-0001"_s));
    QCOMPARE(contracts.data(contracts.index(first, contracts.section(DocumentList::Status))).toString(), u"Executing"_s);
    QCOMPARE(contracts.data(contracts.index(first, contracts.section(DocumentList::NextDue))).toString(), u"2026-06-01 · overdue"_s);
    QVERIFY(contracts.data(contracts.index(first, contracts.section(DocumentList::NextDue)), DocumentList::AttentionRole).toBool());
    QCOMPARE(contracts.data(contracts.index(first, contracts.section(DocumentList::Received))).toString(), u"¥101,699.99"_s);
    QCOMPARE(contracts.data(contracts.index(first, contracts.section(DocumentList::Date))).toString(), u"2026-01-10"_s);
    QCOMPARE(contracts.headerData(contracts.section(DocumentList::Outstanding), Qt::Horizontal).toString(), u"Outstanding"_s);
    QCOMPARE(contracts.data(contracts.index(first, contracts.section(DocumentList::Amount)), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void tst_DocumentList::reloadSeesEdits()
{
    DocumentList list(DocumentList::Kind::Contracts, m_replica->database());
    list.setToday(Today);
    const QString id = m_contracts.value(u"HT-2026-0002"_s);
    QVERIFY(list.item(list.rowOf(id)).nextDue == u"2026-06-20"_s);
    // A payment of the whole instalment: received, nothing owed, no next instalment.
    const QString plan = m_replica->database().scalar(u"SELECT id FROM payment_plans WHERE contract_id = ?"_s, {id}).toString();
    const QString pay = add(u"payments"_s, m_xihu, {{u"contract_id"_s, id}, {u"plan_id"_s, plan}, {u"paid_on"_s, Today},
                                                    {u"amount_fen"_s, 5000005}, {u"method"_s, u"bank"_s}});
    list.reload();
    const DocumentList::Item &it = list.item(list.rowOf(id));
    QCOMPARE(it.received.fen(), qint64(5000005));
    QCOMPARE(it.outstanding.fen(), qint64(0));
    QVERIFY(it.nextDue.isEmpty());
    list.setFilter({{}, {}, true});
    QCOMPARE(numbers(list), QStringList{u"HT-2026-0001"_s});
    m_replica->remove(u"payments"_s, pay);
}

void tst_DocumentList::scalesToManyContracts()
{
    // 10,000 contracts with 20,000 instalments and 15,000 payments, written straight into a
    // replica of their own: paging, deep rows and filters over more than a few pages.
    // (Timings are printed, not asserted: ctest machines are shared. 100,000 contracts on
    // a busy 2-core machine: open 137 ms, two more pages 19 ms, text filter 604 ms, due
    // filter 589 ms, sort by outstanding 580 ms.)
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/big.sqlite"_s);
    Database &db = replica->database();
    const int N = 10000;
    {
        Transaction t(db);
        const QString ts = u"2026-01-01T00:00:00.000Z"_s;
        QStringList customers;
        for (int c = 0; c < 1000; ++c) {
            customers << u"0192b6c8-0000-7000-9000-%1"_s.arg(c, 12, 10, QLatin1Char('0'));
            db.exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, status, type) "
                    u"VALUES (?, 1, 0, ?, ?, ?, 'active', 'end')"_s,
                    {customers.last(), ts, ts, u"客户%1有限公司"_s.arg(c)});
        }
        QSqlQuery contract(db.handle()), plan(db.handle()), payment(db.handle());
        contract.prepare(u"INSERT INTO contracts (id, version, deleted, created_at, updated_at, customer_id, number, title, status, "
                         u"tax_mode, currency, sign_date, amount_fen) VALUES (?, 1, 0, ?, ?, ?, ?, '年度合同', ?, 'exclusive', 'CNY', '2026-01-01', ?)"_s);
        plan.prepare(u"INSERT INTO payment_plans (id, version, deleted, created_at, updated_at, customer_id, contract_id, line_no, "
                     u"due_date, amount_fen) VALUES (?, 1, 0, ?, ?, ?, ?, ?, ?, ?)"_s);
        payment.prepare(u"INSERT INTO payments (id, version, deleted, created_at, updated_at, customer_id, contract_id, plan_id, "
                        u"paid_on, amount_fen) VALUES (?, 1, 0, ?, ?, ?, ?, ?, '2026-02-01', ?)"_s);
        const auto run = [](QSqlQuery &q, const QVariantList &values) {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        for (int i = 0; i < N; ++i) {
            const QString id = u"0192b6c8-0001-7000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
            const QString created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 600).toString(Qt::ISODateWithMs);
            const QString customer = customers[i % 1000];
            run(contract, {id, created, created, customer, u"HT-2026-%1"_s.arg(i, 6, 10, QLatin1Char('0')),
                           i % 3 == 0 ? u"draft"_s : u"executing"_s, qint64(100000 + i)});
            for (int k = 0; k < 2; ++k) {
                const QString planId = u"0192b6c8-0002-7000-8000-%1%2"_s.arg(i, 11, 10, QLatin1Char('0')).arg(k);
                run(plan, {planId, created, created, customer, id, k + 1, k == 0 ? u"2026-03-01"_s : u"2026-09-01"_s,
                           k == 0 ? qint64(50000) : qint64(50000 + i)});
                if (k == 0 || i % 2 == 0)
                    run(payment, {u"0192b6c8-0003-7000-8000-%1%2"_s.arg(i, 11, 10, QLatin1Char('0')).arg(k), created, created,
                                  customer, id, planId, k == 0 ? qint64(50000 - i % 2) : qint64(100)});
            }
        }
        t.commit();
    }

    QElapsedTimer timer;
    timer.start();
    DocumentList list(DocumentList::Kind::Contracts, db);
    list.setToday(Today);
    const qint64 open = timer.restart();
    QCOMPARE(list.totalCount(), N);
    QCOMPARE(list.rowCount(), DocumentList::PageSize);
    QCOMPARE(list.item(0).number, u"HT-2026-009999"_s); // newest first
    // Page after page, every row once; the figures of a row deep in the list are exact.
    list.fetchMore({});
    list.fetchMore({});
    QCOMPARE(list.rowCount(), 3 * DocumentList::PageSize);
    QSet<QString> ids;
    for (int r = 0; r < list.rowCount(); ++r)
        ids.insert(list.idAt(r));
    QCOMPARE(ids.size(), list.rowCount());
    const qint64 paging = timer.restart();
    // A reload (after a sync) keeps the rows read, so the view keeps its place.
    list.reload();
    QCOMPARE(list.rowCount(), 3 * DocumentList::PageSize);
    const DocumentList::Item &deep = list.item(599); // contract 9400: even, executing (9400 % 3 = 1)
    QCOMPARE(deep.number, u"HT-2026-009400"_s);
    QCOMPARE(deep.received.fen(), qint64(50000 + 100));
    QCOMPARE(deep.outstanding.fen(), qint64(100000 + 9400 - 50100));
    QVERIFY(!deep.overdue); // the first instalment is paid in full, the second is due in September

    list.setFilter({{}, u"客户7有限公司"_s, false});
    QCOMPARE(list.totalCount(), N / 1000);
    QCOMPARE(list.rowCount(), N / 1000); // a new filter starts from the top
    const qint64 text = timer.restart();
    list.setFilter({{}, {}, true}); // odd executing contracts are one fen short on March's instalment
    int expected = 0;
    for (int i = 0; i < N; ++i)
        expected += i % 3 != 0 && i % 2 == 1;
    QCOMPARE(list.totalCount(), expected);
    QVERIFY(list.item(0).overdue);
    QCOMPARE(list.item(0).nextDue, u"2026-03-01"_s);
    const qint64 due = timer.restart();
    list.setFilter({});
    list.sort(list.section(DocumentList::Outstanding), Qt::DescendingOrder);
    QCOMPARE(list.item(0).number, u"HT-2026-009999"_s); // a draft (9999 % 3 = 0): nothing received, the largest amount
    const qint64 sorted = timer.restart();
    qInfo("%d contracts: open %lld ms, 2 more pages %lld ms, text filter %lld ms, due filter %lld ms, sort by outstanding %lld ms",
          N, open, paging, text, due, sorted);
}

void tst_DocumentList::ownerClosedContractsAndNumberWidths()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    replica->setUserId(Me);
    Database &db = replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    const QString chen = u"0192b6c8-0000-7000-8000-000000000002"_s;
    db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
            u"VALUES (?, 1, 0, ?, ?, 'wangfang', '王芳', 'sales', 0), (?, 1, 0, ?, ?, 'chenjing', '陈静', 'manager', 0)"_s,
            {Me, ts, ts, chen, ts, ts});
    const auto create = [&](const QString &table, Row row) { return replica->create(table, row).value(u"id"_s).toString(); };
    const QString pool = create(u"customers"_s, {{u"name"_s, u"公海客户有限公司"_s}});
    const QString owned = create(u"customers"_s, {{u"name"_s, u"陈静的客户有限公司"_s}, {u"owner_id"_s, chen}});
    // 负责人: a pool customer's quote shows who wrote it; one without its own owner yet (made
    // offline) its customer's owner.
    create(u"quotes"_s, {{u"customer_id"_s, pool}, {u"number"_s, u"BJ-2026-0000001"_s}, {u"gross_fen"_s, 100}});
    create(u"quotes"_s, {{u"customer_id"_s, owned}, {u"number"_s, u"BJ-2026-0000002"_s}, {u"gross_fen"_s, 100}});
    DocumentList quotes(DocumentList::Kind::Quotes, db);
    QCOMPARE(quotes.rowCount(), 2);
    QHash<QString, QString> owners;
    for (int r = 0; r < quotes.rowCount(); ++r)
        owners.insert(quotes.item(r).number, quotes.data(quotes.index(r, quotes.section(DocumentList::Owner))).toString());
    QCOMPARE(owners.value(u"BJ-2026-0000001"_s), u"王芳"_s);
    QCOMPARE(owners.value(u"BJ-2026-0000002"_s), u"陈静"_s);
    // Owners sort by pinyin: 陈 (chen) before 王 (wang).
    quotes.sort(quotes.section(DocumentList::Owner), Qt::AscendingOrder);
    QCOMPARE(quotes.item(0).number, u"BJ-2026-0000002"_s);

    // A completed contract with an instalment left open shows nothing overdue; a running
    // one with the same plan does.
    for (const auto &[number, status] : {std::pair{u"HT-2026-7933"_s, u"completed"_s}, std::pair{u"HT-2026-0006532"_s, u"executing"_s},
                                         std::pair{u"HT-2026-933"_s, u"terminated"_s}}) {
        const QString id = create(u"contracts"_s, {{u"customer_id"_s, owned}, {u"number"_s, number}, {u"title"_s, u"设备采购"_s},
                                                   {u"status"_s, status}, {u"amount_fen"_s, 100000}, {u"sign_date"_s, u"2026-01-10"_s}});
        create(u"payment_plans"_s, {{u"customer_id"_s, owned}, {u"contract_id"_s, id}, {u"line_no"_s, 1},
                                    {u"due_date"_s, u"2026-03-01"_s}, {u"amount_fen"_s, 100000}});
    }
    DocumentList contracts(DocumentList::Kind::Contracts, db);
    contracts.setToday(Today);
    const auto row = [&](const QString &number) {
        for (int r = 0; r < contracts.rowCount(); ++r)
            if (contracts.item(r).number == number)
                return r;
        return -1;
    };
    const int completed = row(u"HT-2026-7933"_s), running = row(u"HT-2026-0006532"_s);
    QVERIFY(completed >= 0 && running >= 0);
    QCOMPARE(contracts.item(completed).overdue, false);
    QCOMPARE(contracts.item(completed).nextDue, QString());
    QCOMPARE(contracts.data(contracts.index(completed, contracts.section(DocumentList::Outstanding)), DocumentList::AttentionRole).toBool(), false);
    QCOMPARE(contracts.data(contracts.index(completed, contracts.section(DocumentList::NextDue))).toString(), QString());
    QCOMPARE(contracts.item(running).overdue, true);
    QCOMPARE(contracts.data(contracts.index(running, contracts.section(DocumentList::Outstanding)), DocumentList::AttentionRole).toBool(), true);
    contracts.setFilter({QString(), QString(), true});
    QCOMPARE(numbers(contracts), QStringList{u"HT-2026-0006532"_s});
    contracts.setFilter({});

    // Numbers of different widths in the order of their running numbers: 933, 6532, 7933
    // (as text, 0006532 < 7933 < 933).
    contracts.sort(contracts.section(DocumentList::Number), Qt::AscendingOrder);
    QCOMPARE(numbers(contracts), (QStringList{u"HT-2026-933"_s, u"HT-2026-0006532"_s, u"HT-2026-7933"_s}));
    contracts.sort(contracts.section(DocumentList::Number), Qt::DescendingOrder);
    QCOMPARE(numbers(contracts), (QStringList{u"HT-2026-7933"_s, u"HT-2026-0006532"_s, u"HT-2026-933"_s}));
    // Dates in the one form.
    QCOMPARE(contracts.data(contracts.index(0, contracts.section(DocumentList::Date))).toString(), u"2026-01-10"_s);
}

QTEST_GUILESS_MAIN(tst_DocumentList)
#include "tst_documentlist.moc"
