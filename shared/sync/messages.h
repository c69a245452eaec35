#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QUrlQuery;

namespace Huike::Sync {

// The messages of the sync protocol (DESIGN.md §3, server/API.md "Sync"), as both ends
// read and write them: this file is the only place that spells their JSON keys. Each
// message has toJson() (the wire form, unchanged since protocol 1) and fromJson(), which
// refuses what the receiver cannot rely on — a wrong JSON type, a missing required key,
// more items than the protocol allows — with a message saying which, and ignores keys it
// does not know (a newer peer's). Numbers on the wire are JSON numbers; integers are
// refused unless whole and within ±2^53.

// Why a message was refused.
struct Error
{
    QString message;
    bool tooLarge = false; // more items than the protocol allows (the server answers 413)
};

// One local edit, as the client's outbox holds it and the push sends it.
struct Mutation
{
    qint64 id = 0; // increasing per client, without gaps
    QString table;
    QString recordId;
    QString op; // "upsert" | "delete"
    QStringList columns;
    QJsonArray base;   // the values the edit replaced; empty: none (a new record, a delete)
    bool baseSent = false; // fromJson: base was an array (even an empty one)
    QJsonArray values; // the new values, one per column
    // Set by fromJson when the fields after the id are not what they should be (table,
    // recordId or op not strings, columns not strings, values or base not arrays): the
    // server records the mutation as a rejection, so the queue moves on. table, recordId
    // and op then hold the JSON text of what was sent.
    QString problem;

    bool hasBase() const { return baseSent || !base.isEmpty(); }
    QJsonObject toJson() const;
    // What was typed, kept with a rejection: {"columns", "op", "values"} as JSON text.
    QString typedText() const;
    // Refused only without an integer id (the batch cannot be ordered).
    static std::optional<Mutation> fromJson(const QJsonValue &json, Error *error);
};

// POST /api/v1/sync/push
struct PushRequest
{
    static constexpr int MaxMutations = 1000;
    int protocol = 0;
    QString clientId;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    static std::optional<PushRequest> fromJson(const QJsonObject &json, Error *error);
    // The protocol a request says it speaks, read before anything else; -1 when it is not
    // an integer.
    static int protocolOf(const QJsonObject &json);
};

// What became of one pushed mutation.
struct PushResult
{
    qint64 id = 0;
    QString status;                // "applied" | "duplicate" | "conflict" | "rejected"
    std::optional<qint64> version; // the record's version after an applied upsert
    QString code;                  // a rejection's error code
    QString existingId;            // duplicate_credit_code: the customer that has it

    QJsonObject toJson() const;
    static std::optional<PushResult> fromJson(const QJsonValue &json, Error *error);
};

struct PushReply
{
    QList<PushResult> results;
    qint64 lastMutationId = 0; // the server applied (or recorded) every mutation up to it

    QJsonObject toJson() const;
    static std::optional<PushReply> fromJson(const QJsonObject &json, Error *error);
};

// A conflict or rejection recorded for the author of a mutation; values are wire JSON text.
struct Outcome
{
    QString id;
    QString clientId;
    qint64 mutationId = 0;
    QString kind; // "conflict" | "rejection"
    QString table;
    QString recordId;
    QString field;
    QString base, mine, theirs;
    QString theirsBy;
    QString code;
    QString message;
    QString at;

    QJsonObject toJson() const;
    // id, kind, table and recordId are required; the rest may be left out (empty, 0).
    static std::optional<Outcome> fromJson(const QJsonValue &json, Error *error);
};

// One table's rows of a pull page: compact arrays in the order of `columns` (RowCodec).
struct UpsertGroup
{
    QString table;
    QStringList columns;
    QJsonArray rows; // of arrays

    QJsonObject toJson() const;
    static std::optional<UpsertGroup> fromJson(const QJsonValue &json, Error *error);
};

// A row that left the caller's scope.
struct Remove
{
    QString table;
    QString id;

    QJsonObject toJson() const;
    static std::optional<Remove> fromJson(const QJsonValue &json, Error *error);
};

// Per table, the count and order-independent checksum (ScopeChecksum) of the rows the
// caller should hold after the change `seq`.
struct Checkpoint
{
    struct Table
    {
        qint64 count = 0;
        quint64 checksum = 0;
        friend bool operator==(const Table &, const Table &) = default;
    };
    qint64 seq = 0;
    QMap<QString, Table> tables;

    QJsonObject toJson() const;
    static std::optional<Checkpoint> fromJson(const QJsonValue &json, Error *error);
    // The per-table part alone ({"table": {"count", "checksum"}}).
    static QJsonObject tablesToJson(const QMap<QString, Table> &tables);
    static std::optional<QMap<QString, Table>> tablesFromJson(const QJsonValue &json, Error *error);
};

// GET /api/v1/sync/pull: the changes after a cursor.
struct PullPage
{
    qint64 cursor = 0; // where the next page starts
    bool hasMore = false;
    QList<UpsertGroup> upserts;
    QList<Remove> removes;
    QStringList removeCustomers; // customers whose share was revoked
    QList<Outcome> outcomes;
    qint64 lastMutationId = 0;
    std::optional<Checkpoint> checkpoint; // on request, on the last page

    // Something that changes rows (not only outcomes and the cursor).
    bool changesRows() const { return !upserts.isEmpty() || !removes.isEmpty() || !removeCustomers.isEmpty(); }

    QJsonObject toJson() const;
    // cursor is required; the lists may be left out (empty), hasMore (false) and
    // lastMutationId (0) too.
    static std::optional<PullPage> fromJson(const QJsonObject &json, Error *error);
};

// GET /api/v1/sync/head
struct Head
{
    qint64 seq = 0;

    QJsonObject toJson() const;
    static std::optional<Head> fromJson(const QJsonObject &json, Error *error);
};

// The query of GET /api/v1/sync/pull.
struct PullQuery
{
    static constexpr int DefaultLimit = 5000;
    static constexpr int MaxLimit = 20000;
    QString clientId;
    qint64 cursor = 0;
    int limit = DefaultLimit;
    bool checkpoint = false;
    int protocol = 0; // 0: not sent

    QUrlQuery toUrlQuery() const;
    // cursor is required (0 or more), limit 1…MaxLimit when given.
    static std::optional<PullQuery> fromUrlQuery(const QUrlQuery &query, Error *error);
};

// The query of GET /api/v1/sync/snapshot (the answer is a RowCodec::SnapshotPage).
struct SnapshotQuery
{
    static constexpr int DefaultLimit = 5000;
    static constexpr int MaxLimit = 20000;
    QString table;
    QString after; // the id to continue after; empty: from the start
    int limit = DefaultLimit;

    QUrlQuery toUrlQuery() const;
    static std::optional<SnapshotQuery> fromUrlQuery(const QUrlQuery &query, Error *error);
};

} // namespace Huike::Sync
