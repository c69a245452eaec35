#pragma once

#include "auth/session.h"
#include "sync/messages.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

namespace Huike {

enum class ColumnType;
class Database;
class UserDirectory;

// Reads whole tables within a user's scope for sync (DESIGN.md §3): the snapshot pages of
// an initial download (one table's live rows, paged by id) and the checkpoint's per-table
// count and order-independent checksum. Both select with the same scope filter
// (Visibility::readableCustomers through each record's customer). On SQLite the rows are
// read through the sqlite3 C API on Qt's connection (Fast); through QSqlQuery (Qt) on
// PostgreSQL — the same bytes either way (tests compare them).
class ScopeReader
{
public:
    enum class Reader { Fast, Qt };

    ScopeReader(Database &db, UserDirectory &users);

    // JSON text: {"table", "columns", "rows": [[…]], "next"}; 404 for a table clients do
    // not hold.
    QByteArray snapshot(const Session &session, const QString &table, const QString &afterId, int limit,
                        Reader reader = Reader::Fast);
    // The count and checksum of the rows the user should hold, for every synced table.
    QMap<QString, Sync::Checkpoint::Table> checksums(const Session &session);

private:
    // A page's rows into `out`; true when there are more after them (`last`: the last id;
    // `lastParent`: the last row's value of column `parentColumn`, when that is ≥ 0).
    bool rowsQt(const QString &sql, const QVariantList &binds, const QList<ColumnType> &types, int limit,
                QByteArray &out, QByteArray &last, int parentColumn, QByteArray &lastParent);
    bool rowsSqlite(const QString &sql, const QVariantList &binds, const QList<ColumnType> &types, int limit,
                    QByteArray &out, QByteArray &last, int parentColumn, QByteArray &lastParent);

    Database &m_db;
    UserDirectory &m_users;
};

} // namespace Huike
