// customers.owner_since (domain migration 8): since when a customer has its current owner,
// written by the server with every owner change (created with an owner, claimed, assigned,
// back to the pool), in the owner change's own version so the replicas take it with the
// owner; filled on an upgrade from the reclaimer's notes (server migration 13). On SQLite
// and on PostgreSQL.
#include "core/timestamp.h"
#include "schema/domainschema.h"
#include "schema/migrator.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/servermigrations.h"
#include "testdatabases.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_OwnerSince : public QObject
{
    Q_OBJECT

private slots:
    void followsTheOwner_data() { Test::addDialectRows(); }
    void followsTheOwner();
    void upgradeFillsItFromTheNotes_data() { Test::addDialectRows(); }
    void upgradeFillsItFromTheNotes();

private:
    QTemporaryDir m_dir;
};

void tst_OwnerSince::followsTheOwner()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    ServerSchema::migrator().migrate(db);
    QVERIFY(DomainSchema::table(u"customers"_s).column(u"owner_since"_s));
    QCOMPARE(DomainSchema::table(u"customers"_s).writeRule(u"owner_since"_s), WriteRule::Server);
    RecordWriter w(db);
    const QString rep = Id::generate().toString();
    const QString other = Id::generate().toString();
    Row owned, pool;
    {
        Transaction t(db);
        owned = w.insert(u"customers"_s, Row{{u"name"_s, u"杭州华通科技有限公司"_s}, {u"owner_id"_s, rep}}, rep);
        pool = w.insert(u"customers"_s, Row{{u"name"_s, u"宁波港城物流有限公司"_s}}, QString());
        t.commit();
    }
    // Created with an owner: from its creation; in the pool: none.
    QCOMPARE(owned.value(u"owner_since"_s).toString(), owned.value(u"created_at"_s).toString());
    QVERIFY(pool.value(u"owner_since"_s).isNull());
    const QString id = owned.value(u"id"_s).toString();

    // An edit that keeps the owner keeps it.
    Row edited;
    {
        Transaction t(db);
        edited = w.update(u"customers"_s, id, Row{{u"phone"_s, u"0571-88886666"_s}}, rep);
        t.commit();
    }
    QCOMPARE(edited.value(u"owner_since"_s), owned.value(u"owner_since"_s));

    // Back to the pool: none; claimed (or assigned): from then, in the owner change's version.
    Row released, claimed;
    {
        Transaction t(db);
        released = w.setCustomerOwner(id, QVariant(), QVariant(), rep, Row{{u"pool_reason"_s, u"联系不上"_s}});
        t.commit();
    }
    QVERIFY(released.value(u"owner_since"_s).isNull());
    QTest::qWait(5); // the next timestamp is later
    {
        Transaction t(db);
        claimed = w.setCustomerOwner(id, other, QVariant(), other);
        t.commit();
    }
    const QString since = claimed.value(u"owner_since"_s).toString();
    QVERIFY(Timestamp::parse(since).has_value());
    QVERIFY(since > edited.value(u"updated_at"_s).toString());
    QCOMPARE(since, claimed.value(u"updated_at"_s).toString());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM changes WHERE record_id = ? AND seq > ?"_s,
                       {id, released.value(u"version"_s)}).toInt(), 1);
    // Given to another rep: again from then.
    QTest::qWait(5);
    Row assigned;
    {
        Transaction t(db);
        assigned = w.setCustomerOwner(id, rep, QVariant(), other);
        t.commit();
    }
    QVERIFY(assigned.value(u"owner_since"_s).toString() > since);

    // Bookkeeping, not news: the audit trail has the owner changes and not this column.
    for (const QJsonObject &entry : w.history(id))
        QVERIFY2(!entry.value(u"changes"_s).toObject().contains(u"ownerSince"_s), qPrintable(entry.value(u"action"_s).toString()));
    // No note of the reclaimer's is left for a customer that has it.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_owners"_s).toInt(), 0);
}

void tst_OwnerSince::upgradeFillsItFromTheNotes()
{
    // A store as server migration 12 left it: the arrivals in customer_owners.
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    Migrator(u"server"_s, ServerSchema::migrations().mid(0, 12)).migrate(db);
    RecordWriter w(db);
    const QString rep = Id::generate().toString();
    const QString other = Id::generate().toString();
    QStringList ids;
    {
        Transaction t(db);
        for (int i = 0; i < 4; ++i)
            ids << w.insert(u"customers"_s, Row{{u"name"_s, u"客户%1"_s.arg(i)}, {u"owner_id"_s, i == 3 ? QVariant() : QVariant(rep)}}, rep)
                       .value(u"id"_s)
                       .toString();
        db.exec(u"UPDATE customers SET owner_since = NULL"_s);
        // Noted; noted for an owner it no longer has; not noted (seeded around the writer).
        db.exec(u"INSERT INTO customer_owners (customer_id, owner_id, since) VALUES (?, ?, '2026-03-01T08:00:00.000Z')"_s, {ids[0], rep});
        db.exec(u"INSERT INTO customer_owners (customer_id, owner_id, since) VALUES (?, ?, '2026-03-02T08:00:00.000Z')"_s, {ids[1], other});
        t.commit();
    }
    const qint64 before = db.scalar(u"SELECT version FROM customers WHERE id = ?"_s, {ids[0]}).toLongLong();
    ServerSchema::migrator().migrate(db);
    const auto row = [&](int i) { return *w.read(u"customers"_s, ids[i]); };
    QCOMPARE(row(0).value(u"owner_since"_s).toString(), u"2026-03-01T08:00:00.000Z"_s);
    QVERIFY(row(0).value(u"version"_s).toLongLong() > before); // the replicas take it with the pull
    QVERIFY(row(1).value(u"owner_since"_s).isNull());
    QVERIFY(row(2).value(u"owner_since"_s).isNull());
    QVERIFY(row(3).value(u"owner_since"_s).isNull());
    // The note now on the customer goes; the others stay for the reclaimer (PoolReclaimer).
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_owners WHERE customer_id = ?"_s, {ids[0]}).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customer_owners WHERE customer_id = ?"_s, {ids[1]}).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_OwnerSince)
#include "tst_ownersince.moc"
