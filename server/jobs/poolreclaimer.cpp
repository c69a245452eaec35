#include "jobs/poolreclaimer.h"

#include "core/approval.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString setting(Database &db, const QString &key)
{
    return db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key}).toString();
}

void setSetting(Database &db, const QString &key, const QString &value)
{
    db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            {key, value});
}

// The rule as it runs, for the clients (app_settings, synced like any setting): they show
// the days left before a customer goes back. Written only when it changes.
void publishSetting(Database &db, QStringView key, const QString &value)
{
    RecordWriter writer(db);
    const QList<Row> rows = Rows::select(db, u"app_settings"_s, u"key = ? AND deleted = 0 ORDER BY id LIMIT 1"_s, {key.toString()});
    if (rows.isEmpty())
        writer.insert(u"app_settings"_s, Row{{u"key"_s, key.toString()}, {u"value"_s, value}}, QString());
    else if (rows.first().value(u"value"_s).toString() != value)
        writer.update(u"app_settings"_s, rows.first().value(u"id"_s).toString(), Row{{u"value"_s, value}}, QString());
}

void publishRule(Database &db, int days, const QString &since)
{
    publishSetting(db, SettingKeys::PoolReclaimDays, QString::number(std::max(days, 0)));
    publishSetting(db, SettingKeys::PoolReclaimSince, since);
}

} // namespace

QString PoolReclaimer::reasonCode(int days)
{
    return u"reclaimed:"_s + QString::number(days);
}

PoolReclaimer::PoolReclaimer(Database &db) : m_db(db) { }

int PoolReclaimer::run(int days, const QString &now)
{
    const auto t = Timestamp::parse(now);
    if (!t)
        return 0;
    if (days <= 0) {
        // Off: when it is switched on again, it starts again.
        Transaction tx(m_db);
        m_db.exec(u"DELETE FROM settings WHERE key IN (?, ?)"_s, {ruleSinceKey(), ruleDaysKey()});
        publishRule(m_db, 0, QString());
        tx.commit();
        return 0;
    }
    const QString cutoff = Timestamp::toText(t->addDays(-days));
    QString ruleSince;
    {
        Transaction tx(m_db);
        ruleSince = setting(m_db, ruleSinceKey());
        if (ruleSince.isEmpty() || setting(m_db, ruleDaysKey()) != QString::number(days)) {
            ruleSince = now;
            setSetting(m_db, ruleSinceKey(), ruleSince);
            setSetting(m_db, ruleDaysKey(), QString::number(days));
        }
        // Owned customers without an owner_since (written around RecordWriter: the demo
        // data, a restore): they arrive now, noted here rather than on the customer — a
        // new version of each would send every replica its customers again. The rule's
        // start covers them on the replicas (a first run is its start).
        m_db.exec(u"DELETE FROM customer_owners WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_owners.customer_id "
                  u"AND c.owner_id = customer_owners.owner_id AND c.deleted = 0 AND c.owner_since IS NULL)"_s);
        m_db.exec(u"INSERT INTO customer_owners (customer_id, owner_id, since) SELECT c.id, c.owner_id, ? FROM customers c "
                  u"WHERE c.deleted = 0 AND c.owner_id IS NOT NULL AND c.owner_since IS NULL "
                  u"AND NOT EXISTS (SELECT 1 FROM customer_owners o WHERE o.customer_id = c.id)"_s,
                  {now});
        publishRule(m_db, days, ruleSince);
        tx.commit();
    }
    if (ruleSince >= cutoff)
        return 0; // the rule has not been in force for `days` yet
    // Since when it has its owner: owner_since, or the note of an arrival without one.
    const QString stale = u"SELECT c.id FROM customers c LEFT JOIN customer_owners o ON o.customer_id = c.id AND o.owner_id = c.owner_id "
                          u"WHERE c.deleted = 0 AND c.owner_id IS NOT NULL AND COALESCE(c.owner_since, o.since) < ? "
                          u"AND c.created_at < ? AND (c.last_activity_at IS NULL OR c.last_activity_at < ?)"_s;
    QStringList ids;
    {
        QSqlQuery q = m_db.exec(stale + u" ORDER BY c.id"_s, {cutoff, cutoff, cutoff});
        while (q.next())
            ids << q.value(0).toString();
    }
    RecordWriter writer(m_db);
    int returned = 0;
    for (const QString &id : std::as_const(ids)) {
        // One transaction per customer: a long run never holds the store for long. Still
        // stale? (Its owner may have followed it up, or it changed hands, meanwhile.)
        Transaction tx(m_db);
        if (!m_db.scalar(stale + u" AND c.id = ?"_s, {cutoff, cutoff, cutoff, id}).isValid())
            continue;
        writer.setCustomerOwner(id, QVariant(), QVariant(), {}, Row{{u"pool_reason"_s, reasonCode(days)}, {u"pooled_at"_s, now}});
        tx.commit();
        ++returned;
    }
    return returned;
}

} // namespace Huike
