// The 360° view's data: headline figures to the fen, a timeline of every related record
// newest first and filterable by kind, activities, and the reminders their next steps make.
// A customer's own attachment (no contract) is listed without a contract.
#include "models/customer360.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Customer360 : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figures();
    void timelineNewestFirst();
    void modelFiltersByKind();
    void activitiesAndReminders();
    void contractReminders();
    void settledInstalmentsDoNotHideDueOnes();
    void customersOwnAttachment();

private:
    QString add(const QString &table, Row row)
    {
        row[u"customer_id"_s] = m_customer;
        return m_replica->create(table, row).value(u"id"_s).toString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer, m_contract, m_other;
};

void tst_Customer360::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_customer = m_replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}}).value(u"id"_s).toString();
    m_other = m_replica->create(u"customers"_s, {{u"name"_s, u"杭州西湖茶业有限公司"_s}}).value(u"id"_s).toString();
    add(u"contacts"_s, {{u"name"_s, u"李明"_s}, {u"title"_s, u"采购经理"_s}});
    m_contract = add(u"contracts"_s, {{u"number"_s, u"HT-2026-0001"_s}, {u"title"_s, u"年度维保合同"_s},
                                      {u"status"_s, u"executing"_s}, {u"sign_date"_s, u"2026-03-01"_s},
                                      {u"amount_fen"_s, 11300000}});
    add(u"contracts"_s, {{u"number"_s, u"HT-2026-0002"_s}, {u"title"_s, u"草稿合同"_s}, {u"status"_s, u"draft"_s},
                         {u"amount_fen"_s, 99999999}}); // a draft is owed nothing
    add(u"payments"_s, {{u"contract_id"_s, m_contract}, {u"paid_on"_s, u"2026-04-01"_s}, {u"amount_fen"_s, 3390001},
                        {u"method"_s, u"bank"_s}});
    add(u"payments"_s, {{u"contract_id"_s, m_contract}, {u"paid_on"_s, u"2026-06-01"_s}, {u"amount_fen"_s, 1},
                        {u"method"_s, u"cash"_s}});
    add(u"opportunities"_s, {{u"name"_s, u"数控机床采购"_s}, {u"stage"_s, u"proposal"_s}, {u"status"_s, u"open"_s},
                             {u"amount_fen"_s, 50000050}});
    add(u"opportunities"_s, {{u"name"_s, u"旧项目"_s}, {u"stage"_s, u"lost"_s}, {u"status"_s, u"lost"_s},
                             {u"amount_fen"_s, 700}});
    add(u"quotes"_s, {{u"number"_s, u"BJ-2026-0007"_s}, {u"revision"_s, 2}, {u"status"_s, u"sent"_s},
                      {u"gross_fen"_s, 11300000}});
    add(u"invoices"_s, {{u"contract_id"_s, m_contract}, {u"number"_s, u"04400123"_s}, {u"issued_on"_s, u"2026-04-02"_s},
                        {u"kind"_s, u"special"_s}, {u"amount_fen"_s, 3390001}, {u"tax_fen"_s, 390001}});
    add(u"activities"_s, {{u"kind"_s, u"visit"_s}, {u"occurred_at"_s, u"2026-11-20T02:00:00.000Z"_s},
                          {u"subject"_s, u"拜访采购部"_s}});
    add(u"deliveries"_s, {{u"contract_id"_s, m_contract}, {u"delivered_on"_s, u"2026-03-15"_s},
                          {u"description"_s, u"数控机床备件 12 件"_s}, {u"carrier"_s, u"顺丰速运"_s},
                          {u"tracking_number"_s, u"SF1234567890123"_s}, {u"receiver"_s, u"李明"_s}});
    add(u"attachments"_s, {{u"contract_id"_s, m_contract}, {u"created_at"_s, u"2026-03-02T08:00:00.000Z"_s},
                           {u"file_name"_s, u"合同扫描件.pdf"_s}, {u"size_bytes"_s, 1024}, {u"sha256"_s, QString(64, u'b')},
                           {u"note"_s, u"双方盖章"_s}});
    // The machine the contract delivered, as an asset with its serial number.
    const QString product = m_replica->create(u"products"_s, {{u"code"_s, u"CNC-650"_s}, {u"name"_s, u"数控机床"_s}}).value(u"id"_s).toString();
    add(u"assets"_s, {{u"product_id"_s, product}, {u"contract_id"_s, m_contract}, {u"serial_number"_s, u"CNC650-0001"_s},
                      {u"delivered_on"_s, u"2026-03-15"_s}});
    add(u"tickets"_s, {{u"number"_s, u"FW-2026-000001"_s}, {u"kind"_s, u"complaint"_s}, {u"subject"_s, u"机床主轴异响"_s},
                       {u"status"_s, u"closed"_s}, {u"created_at"_s, u"2026-05-06T03:00:00.000Z"_s}});
    // An expense claim for the customer (it names it; it is not the customer's record).
    m_replica->create(u"expenses"_s, {{u"kind"_s, u"claim"_s}, {u"title"_s, u"上海拜访差旅"_s}, {u"status"_s, u"paid"_s},
                                      {u"spent_on"_s, u"2026-03-10"_s}, {u"paid_on"_s, u"2026-03-20"_s}, {u"amount_fen"_s, 186000},
                                      {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"over_budget"_s, 0},
                                      {u"for_customer_id"_s, m_customer}});
    // A deleted delivery and another customer's records stay out.
    m_replica->remove(u"deliveries"_s, add(u"deliveries"_s, {{u"contract_id"_s, m_contract}, {u"delivered_on"_s, u"2026-03-16"_s},
                                                              {u"description"_s, u"录错的发货"_s}}));
    m_replica->create(u"payments"_s, {{u"customer_id"_s, m_other}, {u"contract_id"_s, m_contract},
                                      {u"paid_on"_s, u"2026-05-01"_s}, {u"amount_fen"_s, 5}});
    m_replica->create(u"deliveries"_s, {{u"customer_id"_s, m_other}, {u"contract_id"_s, m_contract},
                                        {u"delivered_on"_s, u"2026-05-02"_s}, {u"description"_s, u"茶叶 20 箱"_s}});
}

void tst_Customer360::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_Customer360::figures()
{
    Customer360 c(*m_replica);
    const Customer360::Figures f = c.figures(m_customer);
    QCOMPARE(f.lifetimeRevenueFen, 3390002);
    QCOMPARE(f.receivablesFen, 11300000 - 3390002);
    QCOMPARE(f.openPipelineFen, 50000050);
    QCOMPARE(f.openOpportunities, 1);
    QCOMPARE(f.contracts, 2);
    QCOMPARE(f.lastContact, u"2026-11-20T02:00:00.000Z"_s);
    QCOMPARE(f.openTickets, 0);
    // Service tickets: open ones, and those past a due instant (a suspended one's clock stands still).
    const QString me = u"0190a000-0000-7000-8000-000000000001"_s;
    m_replica->setUserId(me);
    auto ticket = [&](const QString &number, const QString &status, const QString &responseDue, const QString &customer) {
        m_replica->create(u"tickets"_s, {{u"customer_id"_s, customer}, {u"number"_s, number}, {u"subject"_s, QString(u"设备异响 "_s + number)},
                                         {u"status"_s, status}, {u"assignee_id"_s, me}, {u"response_due"_s, responseDue},
                                         {u"resolution_due"_s, u"2099-01-01T00:00:00.000Z"_s}});
    };
    ticket(u"FW-1"_s, u"assigned"_s, u"2026-01-05T01:00:00.000Z"_s, m_customer);  // overdue
    ticket(u"FW-2"_s, u"suspended"_s, u"2026-01-05T01:00:00.000Z"_s, m_customer); // paused
    ticket(u"FW-3"_s, u"in_progress"_s, u"2099-01-01T00:00:00.000Z"_s, m_customer);
    ticket(u"FW-4"_s, u"closed"_s, u"2026-01-05T01:00:00.000Z"_s, m_customer);
    ticket(u"FW-5"_s, u"assigned"_s, u"2026-01-05T01:00:00.000Z"_s, m_other);
    const Customer360::Figures withTickets = c.figures(m_customer);
    QCOMPARE(withTickets.openTickets, 3);
    QCOMPARE(withTickets.overdueTickets, 1);
    // My overdue tickets are among my reminders, on the day they fell due.
    QStringList overdue;
    for (const Customer360::Reminder &r : c.reminders(QDate(2026, 11, 25)))
        if (r.kind == Customer360::Reminder::Kind::Ticket)
            overdue << r.ticketNumber + u' ' + r.due;
    overdue.sort();
    QCOMPARE(overdue, (QStringList{u"FW-1 2026-01-05"_s, u"FW-5 2026-01-05"_s}));
    const Customer360::Figures none = c.figures(m_other);
    QCOMPARE(none.lifetimeRevenueFen, 5);
    QCOMPARE(none.receivablesFen, 0);
    QVERIFY(none.lastContact.isEmpty());
}

void tst_Customer360::timelineNewestFirst()
{
    Customer360 c(*m_replica);
    const QList<Customer360::Entry> t = c.timeline(m_customer);
    QCOMPARE(t.size(), 15);
    for (qsizetype i = 1; i < t.size(); ++i)
        QVERIFY2(t[i - 1].when >= t[i].when, qPrintable(t[i - 1].when + u" < "_s + t[i].when));
    QSet<QString> kinds;
    for (const Customer360::Entry &e : t)
        kinds.insert(e.table);
    QCOMPARE(kinds.size(), 12); // every kind is there
    const QStringList all = Customer360::kinds();
    QCOMPARE(kinds, QSet<QString>(all.cbegin(), all.cend()));
    auto find = [&](const QString &table) {
        for (const Customer360::Entry &e : t)
            if (e.table == table)
                return e;
        return Customer360::Entry{};
    };
    QVERIFY(find(u"activities"_s).title.contains(u"拜访采购部"_s));
    QCOMPARE(find(u"contracts"_s).when.left(4), u"2026"_s);
    QCOMPARE(find(u"quotes"_s).title, u"BJ-2026-0007 V2"_s);
    QCOMPARE(find(u"invoices"_s).amountFen.value_or(0), 3390001);
    // A service ticket: its kind and subject, its number and status.
    QCOMPARE(find(u"tickets"_s).title, u"Complaint: 机床主轴异响"_s);
    QCOMPARE(find(u"tickets"_s).detail, u"FW-2026-000001 · Closed"_s);
    // A delivery: what went out on its date, by whom, with which waybill, to whom.
    const Customer360::Entry delivery = find(u"deliveries"_s);
    QCOMPARE(delivery.when, u"2026-03-15"_s);
    QCOMPARE(delivery.title, u"Delivery: 数控机床备件 12 件"_s);
    QCOMPARE(delivery.detail, u"顺丰速运 · SF1234567890123 · received by 李明"_s);
    QVERIFY(!delivery.amountFen);
    // Sorted by its delivery date: after the invoice of 2026-04-02, before the contract
    // signed on 2026-03-01.
    const auto indexOf = [&](const QString &table, const QString &when) {
        for (qsizetype i = 0; i < t.size(); ++i)
            if (t[i].table == table && t[i].when == when)
                return i;
        return qsizetype(-1);
    };
    QVERIFY(indexOf(u"invoices"_s, u"2026-04-02"_s) >= 0);
    QVERIFY(indexOf(u"invoices"_s, u"2026-04-02"_s) < indexOf(u"deliveries"_s, u"2026-03-15"_s));
    QVERIFY(indexOf(u"deliveries"_s, u"2026-03-15"_s) < indexOf(u"contracts"_s, u"2026-03-01"_s));
    QCOMPARE(c.record(u"deliveries"_s, delivery.id)->value(u"tracking_number"_s).toString(), u"SF1234567890123"_s);
    QVERIFY(find(u"contacts"_s).detail.contains(u"采购经理"_s));
    // An expense for the customer: when it was paid, what, its status and amount.
    const Customer360::Entry expense = find(u"expenses"_s);
    QCOMPARE(expense.when, u"2026-03-20"_s);
    QCOMPARE(expense.title, u"Expense claim: 上海拜访差旅"_s);
    QCOMPARE(expense.detail, u"Paid out"_s);
    QCOMPARE(expense.amountFen.value_or(0), 186000);
    // An attachment: its file, of which contract, with the note.
    const Customer360::Entry attachment = find(u"attachments"_s);
    QCOMPARE(attachment.title, u"Attachment: 合同扫描件.pdf"_s);
    QCOMPARE(attachment.detail, u"of contract HT-2026-0001 · 双方盖章"_s);
    QVERIFY(indexOf(u"attachments"_s, attachment.when) < indexOf(u"contracts"_s, u"2026-03-01"_s));
    QVERIFY(c.record(u"contracts"_s, m_contract));
    QVERIFY(!c.record(u"users"_s, m_contract)); // only the timeline's kinds
}

void tst_Customer360::modelFiltersByKind()
{
    Customer360 c(*m_replica);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(c.timeline(m_customer));
    QCOMPARE(model.rowCount(), 15);
    model.setKinds({u"payments"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, TimelineModel::Kind)).toString(), u"Payment"_s);
    QVERIFY(model.data(model.index(0, TimelineModel::Title)).toString().contains(u"HT-2026-0001"_s));
    QVERIFY(!model.data(model.index(0, TimelineModel::Amount)).toString().isEmpty());
    QCOMPARE(model.data(model.index(0, 0), TimelineModel::TableRole).toString(), u"payments"_s);
    model.setKinds({u"deliveries"_s});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, TimelineModel::Kind)).toString(), u"Delivery"_s);
    QCOMPARE(model.data(model.index(0, TimelineModel::Title)).toString(), u"Delivery: 数控机床备件 12 件"_s);
    QVERIFY(model.data(model.index(0, TimelineModel::Detail)).toString().contains(u"SF1234567890123"_s));
    QVERIFY(model.data(model.index(0, TimelineModel::Amount)).toString().isEmpty());
    QCOMPARE(model.data(model.index(0, 0), TimelineModel::TableRole).toString(), u"deliveries"_s);
    model.setKinds({u"deliveries"_s, u"invoices"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(0).table, u"invoices"_s); // 2026-04-02, then the delivery of 2026-03-15
    QCOMPARE(model.entry(1).table, u"deliveries"_s);
    model.setKinds({});
    QCOMPARE(model.rowCount(), 15);
}

void tst_Customer360::activitiesAndReminders()
{
    Customer360 c(*m_replica);
    const int pending = m_replica->pendingCount();
    Activity a;
    a.customerId = *Id::fromString(m_customer);
    a.occurredAt = u"2026-11-24T08:00:00.000Z"_s;
    a.nextStepDue = u"2026-11-25"_s; // a due date without a next step
    QVERIFY(c.saveActivity(a).has(u"subject"_s));
    QVERIFY(c.saveActivity(a).has(u"nextStep"_s));
    QCOMPARE(m_replica->pendingCount(), pending); // nothing written

    a.subject = u"电话确认需求"_s;
    a.nextStep = u"发送修改后的报价"_s;
    QVERIFY(c.saveActivity(a).isEmpty());
    QVERIFY(!a.meta.id.isNull());
    QCOMPARE(m_replica->pendingCount(), pending + 1);
    QCOMPARE(c.figures(m_customer).lastContact, u"2026-11-24T08:00:00.000Z"_s);

    Activity later = a;
    later.meta = {};
    later.subject = u"下周再联系"_s;
    later.nextStepDue = u"2026-12-01"_s;
    QVERIFY(c.saveActivity(later).isEmpty());

    // Due on the day and overdue after it; not before, and not once done.
    QCOMPARE(c.reminders(QDate(2026, 11, 24)).size(), 0);
    const auto due = c.reminders(QDate(2026, 11, 25));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().customerName, u"上海恒信精密机械有限公司"_s);
    QCOMPARE(due.first().nextStep, u"发送修改后的报价"_s);
    QCOMPARE(c.reminders(QDate(2026, 12, 5)).size(), 2);
    // Only this user's: once the replica knows who is logged in, a colleague's next steps
    // are not among them.
    const QString colleague = Id::generate().toString();
    m_replica->setUserId(colleague);
    QCOMPARE(c.reminders(QDate(2026, 12, 5)).size(), 0);
    m_replica->database().exec(u"UPDATE activities SET created_by = ?"_s, {colleague});
    QCOMPARE(c.reminders(QDate(2026, 12, 5)).size(), 2);

    c.markDone(a.meta.id.toString());
    QCOMPARE(c.reminders(QDate(2026, 12, 5)).size(), 1);

    // An edit is an update of the same record.
    a.body = u"客户希望年底前交付"_s;
    QVERIFY(c.saveActivity(a).isEmpty());
    QCOMPARE(m_replica->read(u"activities"_s, a.meta.id.toString())->value(u"body"_s).toString(), u"客户希望年底前交付"_s);
}

void tst_Customer360::contractReminders()
{
    Customer360 c(*m_replica);
    const QString k = add(u"contracts"_s, {{u"number"_s, u"HT-2026-0010"_s}, {u"title"_s, u"设备采购合同"_s}, {u"status"_s, u"signed"_s},
                                           {u"end_date"_s, u"2026-12-20"_s}, {u"amount_fen"_s, 3000300}});
    const auto plan = [&](const QString &contract, int no, const QString &due, qint64 fen) {
        return add(u"payment_plans"_s, {{u"contract_id"_s, contract}, {u"line_no"_s, no}, {u"due_date"_s, due}, {u"amount_fen"_s, fen}});
    };
    const QString p1 = plan(k, 1, u"2026-11-20"_s, 1000000);
    const QString p2 = plan(k, 2, u"2026-11-28"_s, 2000000);
    plan(k, 3, u"2027-01-31"_s, 300);
    add(u"payments"_s, {{u"contract_id"_s, k}, {u"plan_id"_s, p1}, {u"paid_on"_s, u"2026-11-20"_s}, {u"amount_fen"_s, 1000000}});
    add(u"payments"_s, {{u"contract_id"_s, k}, {u"plan_id"_s, p2}, {u"paid_on"_s, u"2026-11-21"_s}, {u"amount_fen"_s, 500000}});
    const QString undone = add(u"payments"_s, {{u"contract_id"_s, k}, {u"plan_id"_s, p2}, {u"paid_on"_s, u"2026-11-22"_s}, {u"amount_fen"_s, 1500000}});
    m_replica->remove(u"payments"_s, undone); // a deleted payment pays nothing
    // A draft's plan and end remind nobody.
    const QString draft = add(u"contracts"_s, {{u"number"_s, u"HT-2026-0011"_s}, {u"title"_s, u"草稿"_s}, {u"status"_s, u"draft"_s},
                                               {u"end_date"_s, u"2026-11-30"_s}, {u"amount_fen"_s, 100}});
    plan(draft, 1, u"2026-11-26"_s, 100);

    const auto ofKind = [](const QList<Customer360::Reminder> &all, Customer360::Reminder::Kind kind) {
        QList<Customer360::Reminder> out;
        for (const auto &r : all)
            if (r.kind == kind)
                out << r;
        return out;
    };
    using Kind = Customer360::Reminder::Kind;
    QList<Customer360::Reminder> due = c.reminders(QDate(2026, 11, 25));
    QList<Customer360::Reminder> instalments = ofKind(due, Kind::Instalment);
    QCOMPARE(instalments.size(), 1); // the first is paid, the third is months away
    QCOMPARE(instalments.first().instalment, 2);
    QCOMPARE(instalments.first().outstandingFen, 1500000);
    QCOMPARE(instalments.first().contractNumber, u"HT-2026-0010"_s);
    QCOMPARE(instalments.first().customerName, u"上海恒信精密机械有限公司"_s);
    QCOMPARE(instalments.first().due, u"2026-11-28"_s);
    QCOMPARE(ofKind(due, Kind::ContractEnd).size(), 1); // ends 2026-12-20, within 30 days
    QCOMPARE(ofKind(due, Kind::ContractEnd).first().contractId, k);
    QVERIFY(std::is_sorted(due.begin(), due.end(), [](const auto &a, const auto &b) { return a.due < b.due; }));
    QCOMPARE(ofKind(c.reminders(QDate(2026, 11, 15)), Kind::ContractEnd).size(), 0);
    // Overdue stays until paid.
    QCOMPARE(ofKind(c.reminders(QDate(2027, 3, 1)), Kind::Instalment).size(), 2);

    // The lead times are settings.
    m_replica->create(u"app_settings"_s, {{u"key"_s, u"reminders.instalment_days"_s}, {u"value"_s, u"1"_s}});
    m_replica->create(u"app_settings"_s, {{u"key"_s, u"reminders.contract_end_days"_s}, {u"value"_s, u"10"_s}});
    due = c.reminders(QDate(2026, 11, 25));
    QCOMPARE(ofKind(due, Kind::Instalment).size(), 0);
    QCOMPARE(ofKind(due, Kind::ContractEnd).size(), 0);
    QCOMPARE(ofKind(c.reminders(QDate(2026, 11, 27)), Kind::Instalment).size(), 1);

    // Paid in full, the reminder goes; completed, the contract's goes too.
    add(u"payments"_s, {{u"contract_id"_s, k}, {u"plan_id"_s, p2}, {u"paid_on"_s, u"2026-11-27"_s}, {u"amount_fen"_s, 1500000}});
    QCOMPARE(ofKind(c.reminders(QDate(2026, 11, 27)), Kind::Instalment).size(), 0);
    QCOMPARE(ofKind(c.reminders(QDate(2026, 12, 15)), Kind::ContractEnd).size(), 1);
    m_replica->update(u"contracts"_s, k, {{u"status"_s, u"completed"_s}});
    QCOMPARE(ofKind(c.reminders(QDate(2026, 12, 15)), Kind::ContractEnd).size(), 0);

    // A sales rep's are their own customers' contracts.
    m_replica->update(u"contracts"_s, k, {{u"status"_s, u"executing"_s}});
    const QString colleague = Id::generate().toString();
    m_replica->setUserId(colleague);
    QCOMPARE(ofKind(c.reminders(QDate(2026, 12, 15)), Kind::ContractEnd).size(), 0);
    m_replica->update(u"customers"_s, m_customer, {{u"owner_id"_s, colleague}});
    QCOMPARE(ofKind(c.reminders(QDate(2026, 12, 15)), Kind::ContractEnd).size(), 1);
}

// Years of instalments paid in full come before today's in date order: they must not take
// the reminders' places (the list is cut at 500).
void tst_Customer360::settledInstalmentsDoNotHideDueOnes()
{
    Customer360 c(*m_replica);
    const QString k = add(u"contracts"_s, {{u"number"_s, u"HT-2020-0001"_s}, {u"title"_s, u"长期服务合同"_s}, {u"status"_s, u"executing"_s},
                                           {u"amount_fen"_s, 61000}});
    {
        Replica::Batch batch(*m_replica);
        for (int i = 0; i < 600; ++i) {
            const QString due = QDate(2020, 1, 1).addDays(i * 3).toString(Qt::ISODate);
            const QString line = add(u"payment_plans"_s, {{u"contract_id"_s, k}, {u"line_no"_s, i + 1}, {u"due_date"_s, due}, {u"amount_fen"_s, 100}});
            add(u"payments"_s, {{u"contract_id"_s, k}, {u"plan_id"_s, line}, {u"paid_on"_s, due}, {u"amount_fen"_s, 100}});
        }
        add(u"payment_plans"_s, {{u"contract_id"_s, k}, {u"line_no"_s, 601}, {u"due_date"_s, u"2026-11-28"_s}, {u"amount_fen"_s, 1000}});
        batch.commit();
    }
    QList<Customer360::Reminder> instalments;
    for (const auto &r : c.reminders(QDate(2026, 11, 25)))
        if (r.kind == Customer360::Reminder::Kind::Instalment)
            instalments << r;
    QCOMPARE(instalments.size(), 1);
    QCOMPARE(instalments.first().instalment, 601);
    QCOMPARE(instalments.first().outstandingFen, 1000);
}

void tst_Customer360::customersOwnAttachment()
{
    const QString id = add(u"attachments"_s, {{u"created_at"_s, u"2026-05-06T08:00:00.000Z"_s}, {u"file_name"_s, u"营业执照.jpg"_s},
                                              {u"size_bytes"_s, 2048}, {u"sha256"_s, QString(64, u'e')}, {u"note"_s, u"2026 年换证"_s}});
    Customer360 c(*m_replica);
    const QList<Customer360::Entry> t = c.timeline(m_customer);
    const auto entry = std::find_if(t.cbegin(), t.cend(), [&id](const Customer360::Entry &e) { return e.id == id; });
    QVERIFY(entry != t.cend());
    QCOMPARE(entry->table, u"attachments"_s);
    QCOMPARE(entry->title, u"Attachment: 营业执照.jpg"_s);
    QCOMPARE(entry->detail, u"2026 年换证"_s); // no "of contract"
    // What the card looks at to open it on its own attachments tab.
    const auto row = c.record(u"attachments"_s, id);
    QVERIFY(row);
    QVERIFY(row->value(u"contract_id"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Customer360)
#include "tst_customer360.moc"
