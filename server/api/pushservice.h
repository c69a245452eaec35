#pragma once

#include "auth/session.h"
#include "sync/messages.h"

#include <QJsonObject>

#include <functional>

namespace Huike {

class Database;
class RecordService;
class UserDirectory;
class Visibility;

// The push (DESIGN.md §3, server/API.md "Sync"): mutations of one client, in order, each
// in its own transaction with the client's last applied mutation id: an id already
// applied is acknowledged and skipped (retries never duplicate); a batch that does not
// start right after the last applied id, or skips one, is refused whole (409
// mutation_gap). Each field is merged three-way — server value equal to the base →
// applied; equal to the new value → nothing; otherwise the server value stays and a
// conflict outcome is recorded for the author. A mutation the rules refuse (validation,
// out of scope, an edit to a deleted record, a malformed one) becomes a rejection outcome
// and still advances the id, so the queue never jams. Outcomes sync back to their author.
class PushService
{
public:
    PushService(Database &db, UserDirectory &users);

    // The body as sent: its protocol is checked first (400 unsupported_protocol), then
    // the rest (400 malformed_json, 413 body_too_large).
    Sync::PushReply push(const Session &session, const QJsonObject &body);

private:
    using Outcome = std::function<void(const QString &kind, const QString &field, const QString &base,
                                       const QString &mine, const QString &theirs, const QString &theirsBy,
                                       const QString &code, const QString &message)>;
    void applyMutation(const Visibility &v, RecordService &records, const Sync::Mutation &mutation,
                       Sync::PushResult &result, const Outcome &outcome);

    Database &m_db;
    UserDirectory &m_users;
};

} // namespace Huike
