#include "models/poolservice.h"

#include "core/approval.h"
#include "core/dateformat.h"
#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

PoolService::PoolService(Replica &replica, QObject *parent) : QAbstractTableModel(parent), m_replica(replica) { }

int PoolService::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PoolService::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolService::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == SortRole) // the stored texts sort as they read; the date as stored (ISO)
        return index.column() == ReturnedAt ? item.pooledAt : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return item.name;
    case Region: return item.region;
    case Industry: return item.industry;
    case Reason: return reasonText(item.reason);
    case ReturnedAt: return item.pooledAt.isEmpty() ? QString() : DateFormat::dateOf(QStringView(item.pooledAt));
    default: return {};
    }
}

QVariant PoolService::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Customer");
    case Region: return tr("Region");
    case Industry: return tr("Industry");
    case Reason: return tr("Why it is in the pool");
    case ReturnedAt: return tr("Back in the pool since");
    default: return {};
    }
}

QString PoolService::poolQuery()
{
    return u"SELECT id, name, region, industry, pool_reason, pooled_at FROM customers "
           u"WHERE deleted = 0 AND owner_id IS NULL ORDER BY id"_s;
}

void PoolService::reload()
{
    beginResetModel();
    m_items.clear();
    try {
        QSqlQuery q = m_replica.database().exec(poolQuery());
        while (q.next())
            m_items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString()});
        // Newest back first.
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.pooledAt > b.pooledAt; });
    } catch (const SchemaError &) {
        m_items.clear(); // an unreadable replica shows an empty pool, never a crash
    }
    endResetModel();
}

QString PoolService::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

QString PoolService::nameAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).name : QString();
}

QString PoolService::reasonText(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return tr("Not recorded");
    if (r.startsWith(u"reclaimed:"_s)) {
        bool ok = false;
        const int days = r.mid(10).toInt(&ok);
        if (ok && days > 0)
            return tr("No follow-up for %n day(s): returned automatically", nullptr, days);
    }
    if (r == u"reassigned")
        return tr("Put back in the pool by a manager");
    return r;
}

QString PoolService::reasonOf(const QString &customerId) const
{
    try {
        return m_replica.database().scalar(u"SELECT pool_reason FROM customers WHERE id = ?"_s, {customerId}).toString();
    } catch (const SchemaError &) {
        return {};
    }
}

int PoolService::heldBy(const QString &userId) const
{
    if (userId.isEmpty())
        return 0;
    try {
        return m_replica.database()
            .scalar(u"SELECT count(*) FROM customers WHERE owner_id = ? AND deleted = 0"_s, {userId})
            .toInt();
    } catch (const SchemaError &) {
        return 0;
    }
}

int PoolService::limit() const
{
    try {
        return std::max(0, Rows::setting(m_replica.database(), SettingKeys::PoolMaxCustomersPerRep).trimmed().toInt());
    } catch (const SchemaError &) {
        return 0;
    }
}

int PoolService::reclaimDays() const
{
    try {
        return std::max(0, Rows::setting(m_replica.database(), SettingKeys::PoolReclaimDays).trimmed().toInt());
    } catch (const SchemaError &) {
        return 0;
    }
}

std::optional<int> PoolService::daysLeft(const QString &customerId, const QDateTime &now) const
{
    if (customerId.isEmpty())
        return std::nullopt;
    try {
        Database &db = m_replica.database();
        const int days = std::max(0, Rows::setting(db, SettingKeys::PoolReclaimDays).trimmed().toInt());
        if (days == 0)
            return std::nullopt;
        QSqlQuery q = db.exec(u"SELECT owner_id, created_at, last_activity_at, owner_since FROM customers WHERE id = ? AND deleted = 0"_s,
                              {customerId});
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return daysLeft(days, Rows::setting(db, SettingKeys::PoolReclaimSince), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), now);
    } catch (const SchemaError &) {
        return std::nullopt;
    }
}

int PoolService::daysLeft(int days, const QString &ruleSince, const QString &createdAt, const QString &lastActivity,
                          const QString &ownerSince, const QDateTime &now)
{
    // The server returns the customer once every date it counts from is more than `days`
    // days before its run (server/jobs/poolreclaimer.cpp): so from the latest of them.
    QDateTime from;
    for (const QString &text : {ruleSince, createdAt, lastActivity, ownerSince}) {
        const std::optional<QDateTime> t = Timestamp::parse(text);
        if (t && (!from.isValid() || *t > from))
            from = *t;
    }
    if (!from.isValid())
        return days;
    const qint64 passed = from.secsTo(now) / 86400; // whole days
    return int(std::clamp<qint64>(days - std::max<qint64>(passed, 0), 0, days));
}

QList<std::pair<QString, QString>> PoolService::colleagues(const QString &exceptUserId) const
{
    QList<std::pair<QString, QString>> out;
    try {
        QSqlQuery q = m_replica.database().exec(u"SELECT id, display_name, login FROM users WHERE deleted = 0 AND COALESCE(disabled, 0) = 0 "
                                                u"AND id <> ? ORDER BY login"_s,
                                                {exceptUserId});
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString()});
    } catch (const SchemaError &) {
    }
    return out;
}

QList<std::pair<QString, QString>> PoolService::departments() const
{
    QList<std::pair<QString, QString>> out;
    try {
        QSqlQuery q = m_replica.database().exec(u"SELECT id, path FROM departments WHERE deleted = 0 ORDER BY path"_s);
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    } catch (const SchemaError &) {
    }
    return out;
}

} // namespace Huike
