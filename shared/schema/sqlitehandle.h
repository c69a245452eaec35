#pragma once

// Header-only on purpose: only the code that uses SQLite's C API on Qt's connections
// (app/replica, server/api) includes it, and links SQLite::SQLite3 itself; the schema
// library stays on Qt::Sql alone.

#include "schema/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace Huike {

// The sqlite3 handle under a SQLite connection, for the fast paths that work on it with
// SQLite's C API — but only when Qt's driver runs on the very SQLite library this program
// links (Debian's QSQLITE plugin uses the system libsqlite3). A driver that carries its
// own copy (the Qt installer's on Windows) must not be handed to another copy's
// functions: then this is null, and callers take the Qt path or say why they cannot.
// Checked once per process: Qt's SQLite must report this library's exact source id.
inline sqlite3 *sqliteHandle(Database &db)
{
    if (db.dialect() != Dialect::Sqlite)
        return nullptr;
    const QVariant handle = db.handle().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *const raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw)
        return nullptr;
    static std::atomic<int> same{-1}; // -1 not known yet, 0 another SQLite, 1 this one
    if (same.load() < 0) {
        const QByteArray theirs = db.scalar(QStringLiteral("SELECT sqlite_source_id()")).toString().toLatin1();
        same.store(theirs == QByteArray(sqlite3_sourceid()) ? 1 : 0);
    }
    return same.load() == 1 ? raw : nullptr;
}

// Why sqliteHandle() is null on a SQLite connection, for people.
inline QString sqliteHandleMissing()
{
    return QStringLiteral("Qt's SQLite driver does not use the SQLite library this program was built with "
                          "(it reports another version). Build Qt's SQLite plugin against the same sqlite3 "
                          "(README, \"Building on Windows\").");
}

} // namespace Huike
