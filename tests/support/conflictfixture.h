#pragma once

// The set-up the conflict tests share (tst_services, tst_conflictdialog): a replica in a
// temporary folder with one confirmed customer showing the server's address and the open
// conflict about it — the user had typed another address. Header only: the tests that use
// it link the replica already.
#include "replica/replica.h"
#include "schema/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Huike::TestSupport {

// 杭州华通科技有限公司, version 5, at 文三路 1 号 (the server's); the user's 江南大道 9 号 in
// conflict 'c1' (base null).
inline const QString ConflictCustomerId = QStringLiteral("0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b");

inline std::unique_ptr<Replica> replicaWithAddressConflict(const QTemporaryDir &dir)
{
    std::unique_ptr<Replica> replica = Replica::open(dir.path() + QStringLiteral("/r.sqlite"));
    replica->database().exec(QStringLiteral("INSERT INTO customers (id, version, deleted, created_at, updated_at, name, address, status, type) "
                                            "VALUES (?, 5, 0, 'x', 'x', '杭州华通科技有限公司', '文三路 1 号', 'active', 'end')"),
                             {ConflictCustomerId});
    replica->database().exec(QStringLiteral("INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, code, message, at) "
                                            "VALUES ('c1', 'conflict', 'customers', ?, 'address', 'null', '\"江南大道 9 号\"', '\"文三路 1 号\"', "
                                            "'conflict', '', '2026-11-24T08:00:00.000Z')"),
                             {ConflictCustomerId});
    return replica;
}

} // namespace Huike::TestSupport
