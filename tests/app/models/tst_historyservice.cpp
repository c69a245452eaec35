// A record's history in words (FEATURES.md P4): each field under its caption, money as
// ¥1,234.50, dates and moments in local time, ids as the names they stand for — deleted
// ones marked, missing ones said so —, codes as their labels; this replica's edits not
// yet synced on top of what the server sent (history_cache), a customer's records with
// it and another customer's not; in Chinese with the catalogue.
#include "core/id.h"
#include "models/historyservice.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_HistoryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void formatValue_data();
    void formatValue();
    void captions_data();
    void captions();
    void serverEntryInWords();
    void pendingOnTopOfCached();
    void filterByKind();
    void documentWithItsParts();
    void badCacheDoesNotCrash();
    void chinese();

private:
    void cache(const QString &table, const QString &recordId, qint64 seq, const QString &customerId, const QJsonObject &entry);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_user, m_customer, m_other, m_product, m_gone, m_contact;
};

void tst_HistoryService::initTestCase()
{
    // Moments are shown in local time: Beijing's here, whatever the machine's.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void tst_HistoryService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_user = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role) "
                               u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales')"_s,
                               {m_user});
    m_replica->setUserId(m_user);
    m_customer = m_replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}, {u"phone"_s, u"010-1234"_s}})
                     .value(u"id"_s).toString();
    m_other = m_replica->create(u"customers"_s, {{u"name"_s, u"杭州西湖茶业有限公司"_s}}).value(u"id"_s).toString();
    m_gone = m_replica->create(u"customers"_s, {{u"name"_s, u"已注销贸易公司"_s}}).value(u"id"_s).toString();
    m_replica->remove(u"customers"_s, m_gone);
    m_product = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO products (id, version, deleted, created_at, updated_at, code, name, list_price_e4, "
                               u"vat_rate_e4, currency, active) VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', "
                               u"'2026-01-01T00:00:00.000Z', 'P-1', '数控机床 X5', 0, 130000, 'CNY', 1)"_s,
                               {m_product});
    m_contact = m_replica->create(u"contacts"_s, {{u"customer_id"_s, m_customer}, {u"name"_s, u"张伟"_s}})
                    .value(u"id"_s).toString();
    // As if synced: the outbox is empty until a test edits.
    m_replica->acknowledge(1 << 30);
}

void tst_HistoryService::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_HistoryService::cache(const QString &table, const QString &recordId, qint64 seq, const QString &customerId,
                               const QJsonObject &entry)
{
    m_replica->database().exec(u"INSERT INTO history_cache (table_name, record_id, seq, customer_id, entry, fetched_at) "
                               u"VALUES (?, ?, ?, ?, ?, '2026-12-06T13:30:00.000Z')"_s,
                               {table, recordId, seq, customerId, QString::fromUtf8(QJsonDocument(entry).toJson())});
}

void tst_HistoryService::formatValue_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // "%user" etc. replaced below

    QTest::newRow("money") << u"contracts"_s << u"amount"_s << QJsonValue(u"1234.50"_s) << u"¥1,234.50"_s;
    QTest::newRow("money large") << u"quotes"_s << u"gross"_s << QJsonValue(u"12345678.05"_s) << u"¥12,345,678.05"_s;
    QTest::newRow("money negative") << u"payments"_s << u"amount"_s << QJsonValue(u"-5.00"_s) << u"-¥5.00"_s;
    QTest::newRow("money unreadable") << u"payments"_s << u"amount"_s << QJsonValue(u"abc"_s) << u"abc"_s;
    QTest::newRow("null") << u"contracts"_s << u"amount"_s << QJsonValue() << QString();
    QTest::newRow("date") << u"contracts"_s << u"signDate"_s << QJsonValue(u"2026-11-15"_s) << u"2026-11-15"_s;
    QTest::newRow("moment in local time") << u"activities"_s << u"occurredAt"_s
                                          << QJsonValue(u"2026-11-24T17:40:00.000Z"_s) << u"2026-11-25 01:40"_s;
    QTest::newRow("moment unreadable") << u"activities"_s << u"occurredAt"_s << QJsonValue(u"soon"_s) << u"soon"_s;
    QTest::newRow("percent") << u"quote_lines"_s << u"discountPercent"_s << QJsonValue(u"15"_s) << u"15%"_s;
    QTest::newRow("decimal") << u"quote_lines"_s << u"quantity"_s << QJsonValue(u"2.5"_s) << u"2.5"_s;
    QTest::newRow("bool") << u"contacts"_s << u"isPrimary"_s << QJsonValue(true) << u"Yes"_s;
    QTest::newRow("int") << u"quotes"_s << u"revision"_s << QJsonValue(3) << u"3"_s;
    QTest::newRow("customer status") << u"customers"_s << u"status"_s << QJsonValue(u"active"_s) << u"Active"_s;
    QTest::newRow("customer level") << u"customers"_s << u"level"_s << QJsonValue(u"a"_s) << u"Level A (key account)"_s;
    QTest::newRow("unknown code") << u"customers"_s << u"status"_s << QJsonValue(u"vip"_s) << u"vip"_s;
    QTest::newRow("quote status") << u"quotes"_s << u"status"_s << QJsonValue(u"sent"_s) << u"%quoteSent"_s;
    QTest::newRow("payment method") << u"payments"_s << u"method"_s << QJsonValue(u"bank"_s) << u"%bank"_s;
    QTest::newRow("tax mode") << u"quotes"_s << u"taxMode"_s << QJsonValue(u"inclusive"_s) << u"Prices include VAT"_s;
    QTest::newRow("owner") << u"customers"_s << u"ownerId"_s << QJsonValue(u"%user"_s) << u"王芳"_s;
    QTest::newRow("customer") << u"contacts"_s << u"customerId"_s << QJsonValue(u"%customer"_s) << u"上海恒信精密机械有限公司"_s;
    QTest::newRow("product") << u"quote_lines"_s << u"productId"_s << QJsonValue(u"%product"_s) << u"数控机床 X5"_s;
    QTest::newRow("deleted customer") << u"contracts"_s << u"customerId"_s << QJsonValue(u"%gone"_s)
                                      << u"已注销贸易公司 (deleted)"_s;
    QTest::newRow("record not here") << u"quote_lines"_s << u"productId"_s
                                     << QJsonValue(u"01937c1e-0000-7000-8000-000000000000"_s) << u"(not on this computer)"_s;
    QTest::newRow("text") << u"customers"_s << u"phone"_s << QJsonValue(u"010-5678"_s) << u"010-5678"_s;
    QTest::newRow("field of a newer server") << u"customers"_s << u"rating2"_s << QJsonValue(u"x"_s) << u"x"_s;
    QTest::newRow("table of a newer server") << u"tickets"_s << u"subject"_s << QJsonValue(u"y"_s) << u"y"_s;
    QTest::newRow("wrong JSON type") << u"contracts"_s << u"amount"_s << QJsonValue(12) << u"¥12.00"_s;
}

void tst_HistoryService::formatValue()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QHash<QString, QString> ids{{u"%user"_s, m_user}, {u"%customer"_s, m_customer},
                                      {u"%product"_s, m_product}, {u"%gone"_s, m_gone}};
    if (ids.contains(value.toString()))
        value = ids.value(value.toString());
    if (expected == u"%quoteSent")
        expected = enumLabel(QuoteStatus::Sent);
    if (expected == u"%bank")
        expected = enumLabel(PaymentMethod::Bank);
    HistoryService service(*m_replica);
    QCOMPARE(service.formatValue(table, field, value), expected);
}

void tst_HistoryService::captions_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    // As the card and editors show them, without their Alt+letter or colon.
    QTest::newRow("customer name") << u"customers"_s << u"name"_s << u"Customer name"_s;
    QTest::newRow("customer phone") << u"customers"_s << u"phone"_s << u"Phone"_s;
    QTest::newRow("customer owner") << u"customers"_s << u"ownerId"_s << u"Owner"_s;
    QTest::newRow("contact mobile") << u"contacts"_s << u"mobile"_s << u"Mobile"_s;
    QTest::newRow("quote subject") << u"quotes"_s << u"title"_s << u"Subject"_s;
    QTest::newRow("contract signed") << u"contracts"_s << u"signDate"_s << u"Signed on"_s;
    QTest::newRow("any table's amount") << u"payments"_s << u"amount"_s << u"Amount"_s;
    QTest::newRow("unknown") << u"customers"_s << u"rating2"_s << u"rating2"_s;
}

void tst_HistoryService::captions()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(HistoryService::caption(table, field), expected);
}

void tst_HistoryService::serverEntryInWords()
{
    HistoryService service(*m_replica);
    const HistoryService::Entry e = service.fromServer(QJsonObject{
        {u"seq"_s, 42},
        {u"at"_s, u"2026-12-06T13:40:00.000Z"_s},
        {u"userId"_s, m_user},
        {u"login"_s, u"wangfang"_s},
        {u"userName"_s, u"王芳"_s},
        {u"table"_s, u"contacts"_s},
        {u"recordId"_s, m_contact},
        {u"action"_s, u"update"_s},
        {u"changes"_s, QJsonObject{{u"phone"_s, QJsonObject{{u"old"_s, u"010-1234"_s}, {u"new"_s, u"010-5678"_s}}},
                                    {u"name"_s, QJsonObject{{u"old"_s, u"张玮"_s}, {u"new"_s, u"张伟"_s}}},
                                    {u"email"_s, QJsonObject{{u"old"_s, u"zw@example.cn"_s}, {u"new"_s, QJsonValue()}}}}},
    });
    QCOMPARE(e.seq, 42);
    QVERIFY(!e.pending);
    QCOMPARE(e.when, u"2026-12-06 21:40"_s);
    QCOMPARE(e.who, u"王芳"_s);
    QCOMPARE(e.title(), u"Changed contact 张伟"_s);
    // In the order of the table's columns: name, phone, email.
    QCOMPARE(e.details(), u"Name: 张玮 → 张伟\nPhone: 010-1234 → 010-5678\nEmail: zw@example.cn → (empty)"_s);

    // A server job (no user), a record created.
    const HistoryService::Entry created = service.fromServer(QJsonObject{
        {u"seq"_s, 43}, {u"at"_s, u"2026-12-06T13:41:00.000Z"_s}, {u"userId"_s, QJsonValue()},
        {u"table"_s, u"payments"_s}, {u"recordId"_s, Id::generate().toString()}, {u"action"_s, u"create"_s},
        {u"changes"_s, QJsonObject{{u"amount"_s, QJsonObject{{u"old"_s, QJsonValue()}, {u"new"_s, u"100000.00"_s}}},
                                    {u"note"_s, QJsonObject{{u"old"_s, QJsonValue()}, {u"new"_s, QJsonValue()}}}}},
    });
    QCOMPARE(created.who, u"System"_s);
    QCOMPARE(service.fromServer({{u"userId"_s, Id::generate().toString()}, {u"table"_s, u"customers"_s}}).who,
             u"(someone not on this computer)"_s);
    QCOMPARE(created.title(), u"Created payment"_s);
    QCOMPARE(created.details(), u"Amount: ¥100,000.00"_s);
}

void tst_HistoryService::pendingOnTopOfCached()
{
    cache(u"customers"_s, m_customer, 10, m_customer,
          {{u"seq"_s, 10}, {u"at"_s, u"2026-12-01T01:00:00.000Z"_s}, {u"userName"_s, u"李娜"_s}, {u"table"_s, u"customers"_s},
           {u"recordId"_s, m_customer}, {u"action"_s, u"update"_s},
           {u"changes"_s, QJsonObject{{u"level"_s, QJsonObject{{u"old"_s, u"c"_s}, {u"new"_s, u"b"_s}}}}}});
    cache(u"contacts"_s, m_contact, 12, m_customer,
          {{u"seq"_s, 12}, {u"at"_s, u"2026-12-02T01:00:00.000Z"_s}, {u"userName"_s, u"李娜"_s}, {u"table"_s, u"contacts"_s},
           {u"recordId"_s, m_contact}, {u"action"_s, u"update"_s},
           {u"changes"_s, QJsonObject{{u"title"_s, QJsonObject{{u"old"_s, QJsonValue()}, {u"new"_s, u"采购经理"_s}}}}}});
    cache(u"customers"_s, m_other, 11, m_other,
          {{u"seq"_s, 11}, {u"at"_s, u"2026-12-01T02:00:00.000Z"_s}, {u"table"_s, u"customers"_s}, {u"recordId"_s, m_other},
           {u"action"_s, u"update"_s}, {u"changes"_s, QJsonObject{{u"city"_s, QJsonObject{{u"old"_s, u"杭州"_s}, {u"new"_s, u"宁波"_s}}}}}});
    // Edits here, not yet synced: the customer's phone, its contact's mobile, the other customer.
    m_replica->update(u"customers"_s, m_customer, {{u"phone"_s, u"010-5678"_s}});
    m_replica->update(u"contacts"_s, m_contact, {{u"mobile"_s, u"13800138000"_s}});
    m_replica->update(u"customers"_s, m_other, {{u"phone"_s, u"0571-1"_s}});
    const QString quote = m_replica->create(u"quotes"_s, {{u"customer_id"_s, m_customer}, {u"number"_s, u"BJ-2026-000007"_s},
                                                          {u"gross_fen"_s, 123450}}).value(u"id"_s).toString();

    HistoryService service(*m_replica);
    const HistoryService::History h = service.history(u"customers"_s, m_customer);
    QStringList lines;
    for (const HistoryService::Entry &e : h.entries)
        lines << (e.pending ? u"pending "_s : QString::number(e.seq) + u' ') + e.title() + u" | "_s + e.details().replace(u'\n', u"; "_s);
    QCOMPARE(lines, QStringList({
        u"pending Created quote BJ-2026-000007 | Number: BJ-2026-000007; Amount with tax: ¥1,234.50"_s.replace(
            u"Amount with tax"_s, HistoryService::caption(u"quotes"_s, u"gross"_s)),
        u"pending Changed contact 张伟 | Mobile: 13800138000"_s,
        u"pending Changed customer | Phone: 010-1234 → 010-5678"_s,
        u"12 Changed contact 张伟 | Title: 采购经理"_s,
        u"10 Changed customer | Level: Level C → Level B"_s.replace(u"Level C"_s, enumLabel(CustomerLevel::C))
            .replace(u"Level B"_s, enumLabel(CustomerLevel::B)),
    }));
    QVERIFY(h.entries.first().pending);
    QCOMPARE(h.entries.first().who, u"王芳"_s); // this replica's user
    QCOMPARE(h.fetchedAt, u"2026-12-06 21:30"_s);

    // One record: its own entries only.
    const HistoryService::History contact = service.history(u"contacts"_s, m_contact);
    QCOMPARE(contact.entries.size(), 2);
    QVERIFY(contact.entries[0].pending);
    QCOMPARE(contact.entries[0].title(), u"Changed contact"_s); // the record shown is not named again
    QCOMPARE(contact.entries[1].seq, 12);

    // Nothing fetched for the quote yet: only what is pending, and no fetch time.
    const HistoryService::History q = service.history(u"quotes"_s, quote);
    QCOMPARE(q.entries.size(), 1);
    QVERIFY(q.fetchedAt.isEmpty());
}

void tst_HistoryService::filterByKind()
{
    cache(u"customers"_s, m_customer, 10, m_customer,
          {{u"seq"_s, 10}, {u"table"_s, u"customers"_s}, {u"recordId"_s, m_customer}, {u"action"_s, u"update"_s}, {u"changes"_s, QJsonObject()}});
    cache(u"contacts"_s, m_contact, 12, m_customer,
          {{u"seq"_s, 12}, {u"table"_s, u"contacts"_s}, {u"recordId"_s, m_contact}, {u"action"_s, u"delete"_s}, {u"changes"_s, QJsonObject()}});
    m_replica->update(u"contacts"_s, m_contact, {{u"mobile"_s, u"13800138000"_s}});
    HistoryService service(*m_replica);
    const HistoryService::History contacts = service.history(u"customers"_s, m_customer, {u"contacts"_s});
    QCOMPARE(contacts.entries.size(), 2);
    for (const HistoryService::Entry &e : contacts.entries)
        QCOMPARE(e.table, u"contacts"_s);
    QCOMPARE(contacts.entries[1].actionText, u"Deleted"_s);
    QCOMPARE(service.history(u"customers"_s, m_customer, {u"customers"_s}).entries.size(), 1);
    QVERIFY(!HistoryService::kinds().isEmpty());
    QCOMPARE(HistoryService::kinds().first().first, u"customers"_s);
}

void tst_HistoryService::documentWithItsParts()
{
    // A quote's history holds its lines' changes (fetched with the customer's), not
    // another quote's, nor the customer's own.
    const auto quote = [this](const QString &number) {
        return m_replica->create(u"quotes"_s, {{u"customer_id"_s, m_customer}, {u"number"_s, number}}).value(u"id"_s).toString();
    };
    const auto line = [this](const QString &quoteId, const QString &description) {
        return m_replica->create(u"quote_lines"_s, {{u"customer_id"_s, m_customer}, {u"quote_id"_s, quoteId}, {u"line_no"_s, 1},
                                                    {u"description"_s, description}, {u"quantity_e4"_s, 10000},
                                                    {u"unit_price_e4"_s, 10000}, {u"vat_rate_e4"_s, 130000},
                                                    {u"net_fen"_s, 100}, {u"tax_fen"_s, 13}, {u"gross_fen"_s, 113}}).value(u"id"_s).toString();
    };
    const QString mine = quote(u"BJ-2026-000001"_s);
    const QString other = quote(u"BJ-2026-000002"_s);
    const QString myLine = line(mine, u"数控机床 X5"_s);
    const QString otherLine = line(other, u"刀具"_s);
    m_replica->acknowledge(1 << 30);
    const auto change = [](const QString &field, const QString &from, const QString &to) {
        return QJsonObject{{field, QJsonObject{{u"old"_s, from}, {u"new"_s, to}}}};
    };
    cache(u"quotes"_s, mine, 20, m_customer, {{u"seq"_s, 20}, {u"table"_s, u"quotes"_s}, {u"recordId"_s, mine},
                                              {u"action"_s, u"update"_s}, {u"changes"_s, change(u"title"_s, u"a"_s, u"b"_s)}});
    cache(u"quote_lines"_s, myLine, 21, m_customer, {{u"seq"_s, 21}, {u"table"_s, u"quote_lines"_s}, {u"recordId"_s, myLine},
                                                     {u"action"_s, u"update"_s}, {u"changes"_s, change(u"discountPercent"_s, u"5"_s, u"8"_s)}});
    cache(u"quote_lines"_s, otherLine, 22, m_customer, {{u"seq"_s, 22}, {u"table"_s, u"quote_lines"_s}, {u"recordId"_s, otherLine},
                                                        {u"action"_s, u"update"_s}, {u"changes"_s, change(u"unit"_s, u"件"_s, u"套"_s)}});
    cache(u"customers"_s, m_customer, 23, m_customer, {{u"seq"_s, 23}, {u"table"_s, u"customers"_s}, {u"recordId"_s, m_customer},
                                                       {u"action"_s, u"update"_s}, {u"changes"_s, change(u"city"_s, u"上海"_s, u"苏州"_s)}});
    m_replica->update(u"quote_lines"_s, myLine, {{u"unit"_s, u"台"_s}});
    m_replica->update(u"quote_lines"_s, otherLine, {{u"unit"_s, u"把"_s}});
    HistoryService service(*m_replica);
    const HistoryService::History h = service.history(u"quotes"_s, mine);
    QStringList lines;
    for (const HistoryService::Entry &e : h.entries)
        lines << (e.pending ? u"pending "_s : QString::number(e.seq) + u' ') + e.title() + u" | "_s + e.details();
    const QString lineKind = HistoryService::kindName(u"quote_lines"_s);
    QCOMPARE(lines, QStringList({u"pending Changed %1 数控机床 X5 | %2: 台"_s.arg(lineKind, HistoryService::caption(u"quote_lines"_s, u"unit"_s)),
                                 u"21 Changed %1 数控机床 X5 | Discount: 5% → 8%"_s.arg(lineKind),
                                 u"20 Changed quote | Subject: a → b"_s}));
}

void tst_HistoryService::badCacheDoesNotCrash()
{
    m_replica->database().exec(u"INSERT INTO history_cache (table_name, record_id, seq, customer_id, entry, fetched_at) "
                               u"VALUES ('customers', ?, 1, ?, 'not json', 'x')"_s,
                               {m_customer, m_customer});
    cache(u"customers"_s, m_customer, 2, m_customer,
          {{u"seq"_s, 2}, {u"table"_s, 7}, {u"changes"_s, QJsonArray{1, 2}}, {u"action"_s, QJsonValue()}});
    HistoryService service(*m_replica);
    const HistoryService::History h = service.history(u"customers"_s, m_customer);
    QCOMPARE(h.entries.size(), 2); // shown as far as they go, never a crash
    QCOMPARE(h.fetchedAt, u"x"_s);
}

void tst_HistoryService::chinese()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(HUIKE_QM_FILE)), HUIKE_QM_FILE);
    QCoreApplication::installTranslator(&translator);
    HistoryService service(*m_replica);
    const HistoryService::Entry e = service.fromServer(QJsonObject{
        {u"seq"_s, 5}, {u"at"_s, u"2026-12-06T13:40:00.000Z"_s}, {u"userName"_s, u"王芳"_s}, {u"table"_s, u"customers"_s},
        {u"recordId"_s, m_customer}, {u"action"_s, u"update"_s},
        {u"changes"_s, QJsonObject{{u"phone"_s, QJsonObject{{u"old"_s, u"010-1234"_s}, {u"new"_s, u"010-5678"_s}}},
                                    {u"status"_s, QJsonObject{{u"old"_s, u"potential"_s}, {u"new"_s, u"active"_s}}},
                                    {u"ownerId"_s, QJsonObject{{u"old"_s, QJsonValue()}, {u"new"_s, m_user}}}}},
    });
    const QString text = e.title() + u'\n' + e.details();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, u"修改 客户 上海恒信精密机械有限公司\n负责人: 王芳\n电话: 010-1234 → 010-5678\n客户状态: 潜在客户 → 合作中"_s);
}

QTEST_GUILESS_MAIN(tst_HistoryService)
#include "tst_historyservice.moc"
