// The customer card's service over a replica: a card with contacts saved in one
// transaction with its outbox entries, validation refusing bad input without writing
// anything, updates and removals as mutations, and the duplicate check (C3).
#include "core/id.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_CustomerService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savesCardWithContactsInOneTransaction();
    void invalidInputWritesNothing();
    void failureMidwayRollsBackEverything();
    void updateAndRemoveBecomeMutations();
    void duplicates_data();
    void duplicates();
    void removedCustomersAreNoDuplicates();
    void ownersAndValuesByPinyin();

private:
    Contact contact(const QString &name, const QString &mobile, bool primary = false);
    QString saveCustomer(const QString &name, const QString &phone = {}, const QString &creditCode = {},
                         const QString &owner = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_me;
};

void tst_CustomerService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_me = Id::generate().toString();
    m_replica->setUserId(m_me);
    m_replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'wangfang', '王芳', 'sales', 0)"_s,
        {m_me});
}

void tst_CustomerService::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

Contact tst_CustomerService::contact(const QString &name, const QString &mobile, bool primary)
{
    Contact c;
    c.name = name;
    c.mobile = mobile;
    c.isPrimary = primary;
    return c;
}

QString tst_CustomerService::saveCustomer(const QString &name, const QString &phone, const QString &creditCode,
                                          const QString &owner)
{
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = name;
    card.customer.phone = phone;
    card.customer.creditCode = creditCode;
    const ValidationErrors errors = service.save(card, {});
    if (errors)
        qWarning() << errors.errors().first().field << errors.errors().first().message;
    const QString id = card.customer.meta.id.toString();
    if (!owner.isNull())
        m_replica->database().exec(u"UPDATE customers SET owner_id = ? WHERE id = ?"_s,
                                   {owner.isEmpty() ? QVariant() : QVariant(owner), id});
    return id;
}

void tst_CustomerService::savesCardWithContactsInOneTransaction()
{
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"  上海恒信精密机械有限公司 "_s;
    card.customer.phone = u"（021）6552 9988"_s;
    card.customer.creditCode = u"91350100m000100y43"_s; // lower case: stored normalised
    card.contacts << contact(u"李明"_s, u"138 0013 8000"_s, true) << contact(u"张伟"_s, u"+86 139-0013-9000"_s);
    QVERIFY(service.save(card, {}).isEmpty());

    const QString id = card.customer.meta.id.toString();
    QVERIFY(!id.isEmpty());
    const auto row = m_replica->read(u"customers"_s, id);
    QVERIFY(row);
    QCOMPARE(row->value(u"name"_s).toString(), u"上海恒信精密机械有限公司"_s);
    QCOMPARE(row->value(u"phone"_s).toString(), u"021-65529988"_s);
    QCOMPARE(row->value(u"credit_code"_s).toString(), u"91350100M000100Y43"_s);
    QCOMPARE(row->value(u"owner_id"_s).toString(), m_me); // a rep's new customer is theirs
    QCOMPARE(row->value(u"name_norm"_s).toString(), u"恒信精密机械"_s);
    QCOMPARE(row->value(u"phone_norm"_s).toString(), u"02165529988"_s);
    QCOMPARE(row->value(u"version"_s).toLongLong(), 0);

    QCOMPARE(card.contacts.size(), 2);
    QCOMPARE(card.contacts.first().name, u"李明"_s); // primary first
    QCOMPARE(card.contacts.first().mobile, u"13800138000"_s);
    QCOMPARE(card.contacts.first().customerId.toString(), id);

    // Three mutations, in order; the local keys are not part of them.
    const QList<Replica::Mutation> pending = m_replica->pendingMutations(10);
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending[0].table, u"customers"_s);
    QVERIFY(pending[0].columns.contains(u"owner_id"_s));
    QVERIFY(!pending[0].columns.contains(u"name_norm"_s));
    QVERIFY(!pending[0].columns.contains(u"phone_norm"_s));
    QCOMPARE(pending[1].table, u"contacts"_s);
    QCOMPARE(pending[2].table, u"contacts"_s);

    const auto loaded = service.load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->contacts.size(), 2);
    QCOMPARE(loaded->customer.name, u"上海恒信精密机械有限公司"_s);
}

void tst_CustomerService::invalidInputWritesNothing()
{
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"北京华通科技有限公司"_s;
    card.customer.creditCode = u"91350100M000100Y44"_s; // wrong check character
    card.customer.email = u"not an email"_s;
    card.contacts << contact(u"李明"_s, u"1380013800"_s); // ten digits
    const ValidationErrors errors = service.save(card, {});
    QVERIFY(errors.has(u"creditCode"_s));
    QVERIFY(errors.has(u"email"_s));
    QVERIFY(errors.has(u"contacts.0.mobile"_s));
    QVERIFY(card.customer.meta.id.isNull()); // still a new card
    QCOMPARE(m_replica->pendingCount(), 0);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 0);
}

void tst_CustomerService::failureMidwayRollsBackEverything()
{
    // The second contact cannot be written: neither the customer nor the first contact
    // nor any outbox entry may remain.
    m_replica->database().exec(u"CREATE TRIGGER refuse BEFORE INSERT ON contacts WHEN NEW.name = '坏' "
                               u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"深圳市鹏程电子有限公司"_s;
    card.contacts << contact(u"好"_s, QString()) << contact(u"坏"_s, QString());
    QVERIFY_THROWS_EXCEPTION(SchemaError, service.save(card, {}));
    QCOMPARE(m_replica->pendingCount(), 0);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 0);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 0);
    // The replica is usable afterwards.
    card.contacts.removeLast();
    card.customer.meta = {};
    QVERIFY(service.save(card, {}).isEmpty());
    QCOMPARE(m_replica->pendingCount(), 2);
}

void tst_CustomerService::updateAndRemoveBecomeMutations()
{
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州西湖茶业有限公司"_s;
    card.contacts << contact(u"陈静"_s, u"13900139000"_s) << contact(u"刘洋"_s, u"13700137000"_s);
    QVERIFY(service.save(card, {}).isEmpty());
    m_replica->acknowledgePush(1000); // as if the server had taken them
    QCOMPARE(m_replica->pendingCount(), 0);

    card.customer.phone = u"0571-8888 6666"_s;
    card.customer.level = CustomerLevel::A;
    const Id removed = card.contacts.takeLast().meta.id;
    card.contacts.first().title = u"采购经理"_s;
    QVERIFY(service.save(card, {removed}).isEmpty());
    const QList<Replica::Mutation> pending = m_replica->pendingMutations(10);
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending[0].table, u"customers"_s);
    QCOMPARE(QSet<QString>(pending[0].columns.begin(), pending[0].columns.end()),
             (QSet<QString>{u"phone"_s, u"level"_s}));
    QCOMPARE(pending[1].op, u"delete"_s);
    QCOMPARE(pending[1].recordId, removed.toString());
    QCOMPARE(pending[2].columns, QStringList{u"title"_s});
    QCOMPARE(card.contacts.size(), 1);

    // Saving again without changes writes nothing.
    QVERIFY(service.save(card, {}).isEmpty());
    QCOMPARE(m_replica->pendingCount(), 3);
}

void tst_CustomerService::duplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("creditCode");
    QTest::addColumn<QString>("expected"); // the best match's name, empty for none
    QTest::addColumn<int>("minScore");

    QTest::newRow("same name, other legal form and city") << u"华通科技（北京）有限公司"_s << QString() << QString()
                                                         << u"北京市华通科技有限公司"_s << 100;
    QTest::newRow("typed the beginning") << u"华通"_s << QString() << QString() << u"北京市华通科技有限公司"_s << 40;
    QTest::newRow("phone in another format") << u"某某公司"_s << u"+86 (010) 6552-9988"_s << QString()
                                            << u"北京市华通科技有限公司"_s << 95;
    QTest::newRow("credit code, lower case") << QString() << QString() << u"91350100m000100y43"_s
                                            << u"福州闽江贸易有限公司"_s << 100;
    QTest::newRow("pool customer") << u"广州白云物流"_s << QString() << QString() << u"广州白云物流有限公司"_s << 60;
    QTest::newRow("nothing alike") << u"成都天府软件有限公司"_s << u"13912345678"_s << QString() << QString() << 0;
    QTest::newRow("one character is not enough") << u"华"_s << QString() << QString() << QString() << 0;
}

void tst_CustomerService::duplicates()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, creditCode);
    QFETCH(QString, expected);
    QFETCH(int, minScore);
    saveCustomer(u"北京市华通科技有限公司"_s, u"010-65529988"_s);
    saveCustomer(u"福州闽江贸易有限公司"_s, QString(), u"91350100M000100Y43"_s);
    saveCustomer(u"广州白云物流有限公司"_s, QString(), QString(), u""_s); // in the pool
    const QString self = saveCustomer(u"华通科技有限公司"_s);

    CustomerService service(*m_replica);
    const QList<CustomerService::Match> matches = service.duplicates(name, phone, creditCode, self);
    if (expected.isEmpty()) {
        QVERIFY2(matches.isEmpty(), qPrintable(matches.value(0).name));
        return;
    }
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().name, expected);
    QVERIFY2(matches.first().score >= minScore, qPrintable(QString::number(matches.first().score)));
    QVERIFY(!matches.first().reason.isEmpty());
    for (const CustomerService::Match &m : matches)
        QVERIFY(m.id != self); // never the card itself
    // A new card has no id yet: nothing is excluded.
    if (name == u"华通科技（北京）有限公司")
        QVERIFY(service.duplicates(name, phone, creditCode).size() > matches.size());
    if (expected == u"广州白云物流有限公司")
        QCOMPARE(matches.first().ownerName, QString()); // the public pool
    else
        QCOMPARE(matches.first().ownerName, u"王芳"_s);
}

void tst_CustomerService::removedCustomersAreNoDuplicates()
{
    // The duplicate check and the credit-code check filter `+deleted = 0` (a fixed plan,
    // tst_queryplans): a removed customer still matches no term.
    const QString gone = saveCustomer(u"北京市华通科技有限公司"_s, u"010-65529988"_s, u"91350100M000100Y43"_s);
    CustomerService service(*m_replica);
    QCOMPARE(service.duplicates(u"华通科技"_s, u"010-65529988"_s, u"91350100M000100Y43"_s).size(), 1);
    QVERIFY(service.creditCodeTaken(u"91350100M000100Y43"_s));
    m_replica->database().exec(u"UPDATE customers SET deleted = 1 WHERE id = ?"_s, {gone});
    QVERIFY(service.duplicates(u"华通科技"_s, u"010-65529988"_s, u"91350100M000100Y43"_s).isEmpty());
    QVERIFY(!service.creditCodeTaken(u"91350100M000100Y43"_s));
}

void tst_CustomerService::ownersAndValuesByPinyin()
{
    // The owner lists and the region list read in pinyin order (阿 东 上 万 张), not by
    // code point (万 上 东 张 阿).
    int n = 0;
    for (const QString &name : {u"万明"_s, u"上官云"_s, u"东方亮"_s, u"阿依古丽"_s, u"张伟"_s})
        m_replica->database().exec(
            u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
            u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, 'sales', 0)"_s,
            {Id::generate().toString(), u"user%1"_s.arg(++n), name});
    CustomerService service(*m_replica);
    QStringList names;
    for (const auto &[id, name] : service.users())
        names << name;
    QCOMPARE(names, (QStringList{u"阿依古丽"_s, u"东方亮"_s, u"上官云"_s, u"万明"_s, u"王芳"_s, u"张伟"_s}));
    for (const QString &region : {u"万州"_s, u"上海"_s, u"东莞"_s})
        m_replica->create(u"customers"_s, {{u"name"_s, QString(region + u"某某有限公司"_s)}, {u"region"_s, region}});
    QCOMPARE(service.distinctValues(u"region"_s, 10), (QStringList{u"东莞"_s, u"上海"_s, u"万州"_s}));
}

QTEST_GUILESS_MAIN(tst_CustomerService)
#include "tst_customerservice.moc"
