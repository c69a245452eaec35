#include "core/approval.h"
#include "core/timestamp.h"
#include "jobs/poolreclaimer.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

const QString Now = u"2026-11-24T00:00:00.000Z"_s;

// A customer with a contact, owned by `owner`, created at `createdAt`, its last activity
// at `lastActivity` (null: never contacted). Returns its id and its contact's.
std::pair<QString, QString> addCustomer(Database &db, const QString &owner, const QVariant &lastActivity,
                                        const QString &createdAt)
{
    RecordWriter w(db);
    Transaction t(db);
    const QString customer = w.insert(u"customers"_s, Row{{u"name"_s, u"华通科技"_s}, {u"owner_id"_s, owner}, {u"last_activity_at"_s, lastActivity}}, owner)
                                 .value(u"id"_s)
                                 .toString();
    const QString contact = w.insert(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"王伟"_s}, {u"owner_id"_s, owner}}, owner)
                                .value(u"id"_s)
                                .toString();
    db.exec(u"UPDATE customers SET created_at = ? WHERE id = ?"_s, {createdAt, customer});
    t.commit();
    return {customer, contact};
}

// Since when the customer has its owner, as the server wrote it (customers.owner_since;
// null: not written, as for customers written around RecordWriter — the demo data).
void setOwnerSince(Database &db, const QString &customer, const QVariant &since)
{
    db.exec(u"UPDATE customers SET owner_since = ? WHERE id = ?"_s, {since, customer});
}

// The rule as if in force since `since` with `days` (null: never run on this store).
void setRuleSince(Database &db, const QVariant &since, int days)
{
    db.exec(u"DELETE FROM settings WHERE key IN (?, ?)"_s, {PoolReclaimer::ruleSinceKey(), PoolReclaimer::ruleDaysKey()});
    if (since.isNull())
        return;
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {PoolReclaimer::ruleSinceKey(), since});
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {PoolReclaimer::ruleDaysKey(), QString::number(days)});
}

bool inPool(Database &db, const QString &customer)
{
    return RecordWriter(db).read(u"customers"_s, customer)->value(u"owner_id"_s).isNull();
}

} // namespace

class tst_PoolReclaimer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reclaim_data();
    void reclaim();
    void seededStoreCountsFromTheFirstRun();
    void claimRestartsTheClock();
    void changingTheRuleRestartsIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_PoolReclaimer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open({m_dir->path(), {}}, &error);
    QVERIFY2(m_store, qPrintable(error));
}

void tst_PoolReclaimer::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_PoolReclaimer::reclaim_data()
{
    QTest::addColumn<QVariant>("lastActivity");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<QVariant>("ownerSince");
    QTest::addColumn<QVariant>("ruleSince");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("returned");
    const QVariant longAgo(u"2025-01-01T00:00:00.000Z"_s);
    const QVariant none;
    // The rule and the owner there for long: the last activity decides.
    QTest::newRow("recent activity") << QVariant(u"2026-11-01T00:00:00.000Z"_s) << u"2025-01-01T00:00:00.000Z"_s << longAgo << longAgo << 90 << false;
    QTest::newRow("stale activity") << QVariant(u"2026-08-01T00:00:00.000Z"_s) << u"2025-01-01T00:00:00.000Z"_s << longAgo << longAgo << 90 << true;
    QTest::newRow("never contacted, new") << none << u"2026-11-20T00:00:00.000Z"_s << QVariant(u"2026-11-20T00:00:00.000Z"_s) << longAgo << 90 << false;
    QTest::newRow("never contacted, old") << none << u"2026-01-01T00:00:00.000Z"_s << longAgo << longAgo << 90 << true;
    QTest::newRow("switched off") << none << u"2020-01-01T00:00:00.000Z"_s << longAgo << longAgo << 0 << false;
    // The rule's first run on a store of old data (seeded, imported): nothing at once.
    QTest::newRow("first run, old activity") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s << longAgo << none << 90 << false;
    QTest::newRow("rule in force 80 days") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s << longAgo
                                           << QVariant(u"2026-09-05T00:00:00.000Z"_s) << 90 << false;
    QTest::newRow("rule in force 91 days") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s << longAgo
                                           << QVariant(u"2026-08-25T00:00:00.000Z"_s) << 90 << true;
    // The owner's arrival: claimed or assigned yesterday, whatever the activity.
    QTest::newRow("claimed yesterday, old activity") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s
                                                     << QVariant(u"2026-11-23T00:00:00.000Z"_s) << longAgo << 90 << false;
    QTest::newRow("claimed 100 days ago, old activity") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s
                                                        << QVariant(u"2026-08-16T00:00:00.000Z"_s) << longAgo << 90 << true;
    // Owned with no arrival noted (written around the server): it arrives at this run.
    QTest::newRow("arrival not noted") << QVariant(u"2020-03-01T00:00:00.000Z"_s) << u"2019-01-01T00:00:00.000Z"_s << none << longAgo << 90 << false;
}

void tst_PoolReclaimer::reclaim()
{
    QFETCH(QVariant, lastActivity);
    QFETCH(QString, createdAt);
    QFETCH(QVariant, ownerSince);
    QFETCH(QVariant, ruleSince);
    QFETCH(int, days);
    QFETCH(bool, returned);
    Database &db = m_store->database();
    const QString owner = Id::generate().toString();
    const auto [customer, contact] = addCustomer(db, owner, lastActivity, createdAt);
    setOwnerSince(db, customer, ownerSince);
    setRuleSince(db, ruleSince, days);
    QCOMPARE(PoolReclaimer(db).run(days, Now), returned ? 1 : 0);
    QCOMPARE(inPool(db, customer), returned);
    QCOMPARE(RecordWriter(db).read(u"contacts"_s, contact)->value(u"owner_id"_s).isNull(), returned);
    if (returned) { // audited as a system change; no arrival is kept for a pool customer
        QVERIFY(db.scalar(u"SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1"_s).isNull());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_owners WHERE customer_id = ?"_s, {customer}).toInt(), 0);
        QVERIFY(RecordWriter(db).read(u"customers"_s, customer)->value(u"owner_since"_s).isNull());
    }
    // Why and when it came back, for the pool page (a code the client translates).
    const Row row = *RecordWriter(db).read(u"customers"_s, customer);
    QCOMPARE(row.value(u"pool_reason"_s).toString(), returned ? u"reclaimed:%1"_s.arg(days) : QString());
    QCOMPARE(row.value(u"pooled_at"_s).toString(), returned ? Now : QString());
    // The rule as it runs is published to the clients (the days left on the card).
    QCOMPARE(Rows::setting(db, SettingKeys::PoolReclaimDays), QString::number(days));
    if (days > 0)
        QVERIFY(!Rows::setting(db, SettingKeys::PoolReclaimSince).isEmpty());
}

// A store filled around the server (as `huike-server demo` does) with years-old activities:
// the first run returns nothing; a customer whose owner then stays silent for the whole
// period since the rule started goes back to the pool, one followed up meanwhile does not.
void tst_PoolReclaimer::seededStoreCountsFromTheFirstRun()
{
    Database &db = m_store->database();
    const QString owner = Id::generate().toString();
    QStringList silent, followed;
    for (int i = 0; i < 3; ++i) {
        silent << addCustomer(db, owner, QVariant(u"2021-05-0%1T08:00:00.000Z"_s.arg(i + 1)), u"2020-01-01T00:00:00.000Z"_s).first;
        followed << addCustomer(db, owner, QVariant(u"2021-06-0%1T08:00:00.000Z"_s.arg(i + 1)), u"2020-01-01T00:00:00.000Z"_s).first;
    }
    db.exec(u"UPDATE customers SET owner_since = NULL"_s); // the seeder writes its rows as they are
    PoolReclaimer reclaimer(db);
    QCOMPARE(reclaimer.run(90, u"2026-11-24T00:01:00.000Z"_s), 0);
    QCOMPARE(reclaimer.run(90, u"2026-11-25T00:01:00.000Z"_s), 0); // the next day
    QCOMPARE(db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {PoolReclaimer::ruleSinceKey()}).toString(),
             u"2026-11-24T00:01:00.000Z"_s);
    for (const QString &c : std::as_const(followed))
        db.exec(u"UPDATE customers SET last_activity_at = '2027-01-10T09:00:00.000Z' WHERE id = ?"_s, {c});
    QCOMPARE(reclaimer.run(90, u"2027-02-21T00:01:00.000Z"_s), 0); // 89 days
    QCOMPARE(reclaimer.run(90, u"2027-02-23T00:01:00.000Z"_s), 3); // 91 days
    for (const QString &c : std::as_const(silent))
        QVERIFY(inPool(db, c));
    for (const QString &c : std::as_const(followed))
        QVERIFY(!inPool(db, c));
}

// Claimed (or assigned) through the server: the clock starts at the claim, whatever the
// customer's last activity; released and claimed again, it starts again.
void tst_PoolReclaimer::claimRestartsTheClock()
{
    Database &db = m_store->database();
    const QString owner = Id::generate().toString();
    const QString other = Id::generate().toString();
    const QString customer = addCustomer(db, owner, QVariant(u"2019-06-01T00:00:00.000Z"_s), u"2019-01-01T00:00:00.000Z"_s).first;
    setRuleSince(db, u"2025-01-01T00:00:00.000Z"_s, 90);
    RecordWriter w(db);
    {
        Transaction t(db);
        w.setCustomerOwner(customer, QVariant(), QVariant(), {}); // released
        w.setCustomerOwner(customer, other, QVariant(), other);   // and claimed
        t.commit();
    }
    const QVariant since = db.scalar(u"SELECT owner_since FROM customers WHERE id = ? AND owner_id = ?"_s, {customer, other});
    QVERIFY(since.isValid());
    const std::optional<QDateTime> claimed = Timestamp::parse(since.toString());
    QVERIFY(claimed);
    PoolReclaimer reclaimer(db);
    const auto at = [&](int days) { return Timestamp::toText(claimed->addDays(days)); };
    QCOMPARE(reclaimer.run(90, at(1)), 0); // claimed yesterday
    QVERIFY(!inPool(db, customer));
    QCOMPARE(reclaimer.run(90, at(91)), 1);
    QVERIFY(inPool(db, customer));
}

// Another number of days, or the rule switched off and on again: it starts again.
void tst_PoolReclaimer::changingTheRuleRestartsIt()
{
    Database &db = m_store->database();
    const QString owner = Id::generate().toString();
    const QString customer = addCustomer(db, owner, QVariant(u"2019-06-01T00:00:00.000Z"_s), u"2019-01-01T00:00:00.000Z"_s).first;
    setOwnerSince(db, customer, u"2019-01-01T00:00:00.000Z"_s);
    setRuleSince(db, u"2025-01-01T00:00:00.000Z"_s, 90);
    PoolReclaimer reclaimer(db);
    QCOMPARE(reclaimer.run(60, Now), 0); // 60 days from now on
    QCOMPARE(reclaimer.run(0, u"2026-12-24T00:00:00.000Z"_s), 0); // off
    QCOMPARE(db.scalar(u"SELECT count(*) FROM settings WHERE key = ?"_s, {PoolReclaimer::ruleSinceKey()}).toInt(), 0);
    QCOMPARE(Rows::setting(db, SettingKeys::PoolReclaimDays), u"0"_s);
    QCOMPARE(Rows::setting(db, SettingKeys::PoolReclaimSince), QString());
    QCOMPARE(reclaimer.run(60, u"2027-01-24T00:00:00.000Z"_s), 0); // on again: 60 days from here
    QCOMPARE(Rows::setting(db, SettingKeys::PoolReclaimDays), u"60"_s);
    QCOMPARE(Rows::setting(db, SettingKeys::PoolReclaimSince), u"2027-01-24T00:00:00.000Z"_s);
    const qint64 version = db.scalar(u"SELECT max(version) FROM app_settings"_s).toLongLong();
    QCOMPARE(reclaimer.run(60, u"2027-01-25T00:00:00.000Z"_s), 0); // unchanged: not written again
    QCOMPARE(db.scalar(u"SELECT max(version) FROM app_settings"_s).toLongLong(), version);
    QCOMPARE(reclaimer.run(60, u"2027-03-24T00:00:00.000Z"_s), 0);
    QCOMPARE(reclaimer.run(60, u"2027-03-26T00:00:00.000Z"_s), 1);
}

QTEST_GUILESS_MAIN(tst_PoolReclaimer)
#include "tst_poolreclaimer.moc"
