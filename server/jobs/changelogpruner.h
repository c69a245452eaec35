#pragma once

#include <QString>

namespace Huike {

class Database;

// Keeps the change log and tombstones for `days` (default 180, longer than the longest
// offline period we expect): older change entries, deleted rows and sync outcomes go, and
// the store remembers the newest sequence it dropped. A client whose cursor is older is
// told to re-download (410 resync_required) after it has pushed its outbox.
class ChangeLogPruner
{
public:
    explicit ChangeLogPruner(Database &db);
    // Returns the number of change entries removed. `now` is a Timestamp text.
    int run(int days, const QString &now);
    // Attachment content no attachment row names any more (its rows were pruned, or it was
    // uploaded and its row never came), once older than `graceDays`. Returns the number
    // removed.
    int pruneBlobs(const QString &now, int graceDays = 7);
    // The newest dropped sequence (0 when nothing was ever pruned).
    static qint64 floor(Database &db);

private:
    Database &m_db;
};

} // namespace Huike
