#include "replica/cancelhook.h"

#include "schema/sqlitehandle.h"

namespace Huike {

namespace {

int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

CancelHook::CancelHook(Database &db, const std::atomic<bool> &cancelled)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return;
    // The flag is only read; the handler's argument is not const in SQLite's signature.
    sqlite3_progress_handler(handle, 4000, stopWhenCancelled, const_cast<std::atomic<bool> *>(&cancelled));
    m_handle = handle;
}

CancelHook::~CancelHook()
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

} // namespace Huike
