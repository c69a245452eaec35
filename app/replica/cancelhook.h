#pragma once

#include <atomic>

namespace Huike {

class Database;

// Stops the statement running on a SQLite connection once `cancelled` turns true (SQLite's
// progress handler, looked at every few thousand steps: the statement fails with
// "interrupted" and its transaction rolls back), for work a person may abandon (a window's
// statistics on a large replica). Unlike sqlite3_interrupt it also stops a statement that
// starts after the flag was set. Gone with the hook. Nothing on other databases, or where
// Qt's SQLite is not this program's (sqliteHandle).
class CancelHook
{
public:
    CancelHook(Database &db, const std::atomic<bool> &cancelled);
    ~CancelHook();
    CancelHook(const CancelHook &) = delete;
    CancelHook &operator=(const CancelHook &) = delete;

private:
    void *m_handle = nullptr; // sqlite3
};

} // namespace Huike
