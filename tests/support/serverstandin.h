#pragma once

// The server's part of a sync round for tests of one replica without a server: what the
// outbox holds is confirmed (each record one version newer, as a push applied it), then
// the pull's answer — the outcomes given (conflicts, rejections), the last mutation
// acknowledged, the cursor one further.

#include "replica/replica.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Huike::Test {

inline void answerPull(Replica &replica, const QJsonArray &outcomes = {})
{
    const qint64 last = replica.database().scalar(QStringLiteral("SELECT COALESCE(MAX(mutation_id), 0) FROM outbox")).toLongLong();
    replica.applyPull(QJsonObject{{QStringLiteral("outcomes"), outcomes}, {QStringLiteral("lastMutationId"), double(last)},
                                  {QStringLiteral("cursor"), double(replica.cursor() + 1)}, {QStringLiteral("hasMore"), false}});
}

// `alsoOnServer` runs for each confirmed record first, for what the server adds to it
// (an approval's approver).
inline void confirmOutbox(Replica &replica, const std::function<void(const QString &table, const QString &id)> &alsoOnServer = {})
{
    Database &db = replica.database();
    QSqlQuery q = db.exec(QStringLiteral("SELECT DISTINCT table_name, record_id FROM outbox"));
    QList<QPair<QString, QString>> records;
    while (q.next())
        records.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, id] : records) {
        db.exec(QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table), {id});
        if (alsoOnServer)
            alsoOnServer(table, id);
    }
    answerPull(replica);
}

} // namespace Huike::Test
