#pragma once

#include <QString>

namespace Huike {

class Store;

// Backups of the store (FEATURES.md P5), made while the server keeps writing:
//   SQLite      VACUUM INTO — a consistent snapshot in one read transaction, as a compact
//               standalone SQLite file.
//   PostgreSQL  pg_dump --format=custom (one consistent snapshot); restored with
//               pg_restore --clean --single-transaction.
// A SQLite restore happens inside one transaction on the live store (readers see the old
// data or the new, never a mix): the backup is first migrated to the current schema in a
// temporary copy, then every table is replaced from it.
class Backup
{
public:
    explicit Backup(Store &store);

    bool backupTo(const QString &file, QString *error);
    bool restoreFrom(const QString &file, QString *error);

    // The daily backup: <data>/backups/huike-<UTC time>.(sqlite|pgdump), keeping the newest
    // `keep`. Returns the file written, or an empty string and *error.
    QString backupToFolder(QString *error, int keep = 14);

private:
    Store &m_store;
};

} // namespace Huike
