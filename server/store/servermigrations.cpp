#include "store/servermigrations.h"

#include "core/approval.h"
#include "core/creditcode.h"
#include "core/salesstage.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "store/approvalsteps.h"
#include "store/recordwriter.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike::ServerSchema {

namespace {

void version1(Database &db)
{
    const QString seq = db.dialect() == Dialect::Sqlite ? u"seq INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                        : u"seq BIGSERIAL PRIMARY KEY"_s;
    db.exec(u"CREATE TABLE credentials (user_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
            u"changed_at TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            u"created_at TEXT NOT NULL, expires_at TEXT NOT NULL, last_used_at TEXT NOT NULL, "
            u"address TEXT, revoked_at TEXT)"_s);
    db.exec(u"CREATE INDEX ix_tokens_user_id ON tokens (user_id)"_s);
    db.exec(u"CREATE TABLE login_failures (%1, subject TEXT NOT NULL, failed_at TEXT NOT NULL)"_s.arg(seq));
    db.exec(u"CREATE INDEX ix_login_failures_subject ON login_failures (subject, failed_at)"_s);
    db.exec(u"CREATE TABLE shares (customer_id TEXT NOT NULL, user_id TEXT NOT NULL, "
            u"granted_by TEXT, created_at TEXT NOT NULL, PRIMARY KEY (customer_id, user_id))"_s);
    db.exec(u"CREATE INDEX ix_shares_user_id ON shares (user_id)"_s);
    db.exec(u"CREATE TABLE audit_log (%1, at TEXT NOT NULL, user_id TEXT, table_name TEXT NOT NULL, "
            u"record_id TEXT NOT NULL, customer_id TEXT, action TEXT NOT NULL, changes TEXT NOT NULL)"_s
                .arg(seq));
    db.exec(u"CREATE INDEX ix_audit_log_customer ON audit_log (customer_id, seq)"_s);
    db.exec(u"CREATE INDEX ix_audit_log_record ON audit_log (table_name, record_id, seq)"_s);
    db.exec(u"CREATE TABLE changes (%1, table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
            u"customer_id TEXT, at TEXT NOT NULL)"_s.arg(seq));
    db.exec(u"CREATE INDEX ix_changes_record ON changes (record_id)"_s);
    db.exec(u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
}

// Sync (DESIGN.md §3): each change carries the scope of its row before and after (owner
// and department of the customer it belongs to, or "global" for the organisation and the
// catalogue), so a pull can tell who gains the row and who must remove it; client mutation
// ids; and the outcomes (conflicts, rejections) that sync back to their author.
void version2(Database &db)
{
    for (const char *column : {"owner_id", "dept_id", "prev_owner_id", "prev_dept_id", "scope_user", "op"})
        db.exec(u"ALTER TABLE changes ADD COLUMN %1 TEXT"_s.arg(QString::fromLatin1(column)));
    db.exec(u"ALTER TABLE changes ADD COLUMN global INTEGER NOT NULL DEFAULT 0"_s);
    db.exec(u"CREATE TABLE client_mutations (client_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            u"last_mutation_id %1 NOT NULL, updated_at TEXT NOT NULL)"_s
                .arg(db.dialect() == Dialect::Sqlite ? u"INTEGER"_s : u"BIGINT"_s));
    db.exec(u"CREATE TABLE sync_outcomes (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, client_id TEXT NOT NULL, "
            u"mutation_id %1 NOT NULL, kind TEXT NOT NULL, table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
            u"field TEXT, base TEXT, mine TEXT, theirs TEXT, theirs_by TEXT, code TEXT, message TEXT, at TEXT NOT NULL)"_s
                .arg(db.dialect() == Dialect::Sqlite ? u"INTEGER"_s : u"BIGINT"_s));
    db.exec(u"CREATE INDEX ix_sync_outcomes_user ON sync_outcomes (user_id)"_s);
}

// The pipeline's defaults as ordinary synced rows (so every client gets them and
// administrators can change them): the six stages of FEATURES.md S2 and the discount
// above which a quote needs approval.
void version3(Database &db)
{
    RecordWriter writer(db);
    for (const SalesStage &stage : SalesStage::defaults()) {
        Row row = Rows::toRow(stage);
        row.remove(u"id"_s);
        writer.insert(u"sales_stages"_s, row, QString());
    }
    writer.insert(u"app_settings"_s, Row{{u"key"_s, SettingKeys::DiscountApprovalPercent.toString()}, {u"value"_s, u"10"_s}}, QString());
}

// Document number series (shared/core/numberseries.h): the next number per series and
// year, handed out in blocks.
void version4(Database &db)
{
    db.exec(u"CREATE TABLE number_series (series TEXT NOT NULL, year INTEGER NOT NULL, next_value %1 NOT NULL, "
            u"PRIMARY KEY (series, year))"_s.arg(db.dialect() == Dialect::Sqlite ? u"INTEGER"_s : u"BIGINT"_s));
}

// Keyset pages of a user's customers (server/api/resourcehandler.cpp): each scope branch
// — an owner, a department, the pool (owner_id IS NULL) — is one ordered range.
void version5(Database &db)
{
    db.exec(u"CREATE INDEX ix_customers_owner_page ON customers (owner_id, deleted, id)"_s);
    db.exec(u"CREATE INDEX ix_customers_department_page ON customers (department_id, deleted, id)"_s);
}

// The content of attachments (shared/core/attachmentrecord.h), keyed by SHA-256. Kept in
// the store rather than in files beside it, so that servers sharing one PostgreSQL
// database see the same files and a backup of the store holds them.
void version6(Database &db)
{
    const bool sqlite = db.dialect() == Dialect::Sqlite;
    db.exec(u"CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size_bytes %1 NOT NULL, content %2 NOT NULL, "
            u"created_by TEXT, created_at TEXT NOT NULL)"_s
                .arg(sqlite ? u"INTEGER"_s : u"BIGINT"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s));
}

// Records whose customer was pruned before the pruner took them along (it does since
// this version): nobody could see them; the sync's whole-scope filter assumes every
// record's customer exists.
void version7(Database &db)
{
    for (const QString &table : DomainSchema::customerChildTables())
        db.exec(u"DELETE FROM %1 WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT id FROM customers)"_s.arg(table));
}

// Two holes closed (issue 15). Who holds which content: an attachment may name a file
// only its uploader or someone who can already read it has (knowing a SHA-256 is not
// having the file). And every record's owner is its customer's again: clients could once
// write a record's own owner_id; the records so moved get a new version, so the replicas
// that hold them take the corrected row (and the checksums remove them where they do not
// belong).
void version8(Database &db)
{
    db.exec(u"CREATE TABLE blob_holders (sha256 TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (sha256, user_id))"_s);
    db.exec(u"INSERT INTO blob_holders (sha256, user_id) SELECT sha256, created_by FROM blobs WHERE created_by IS NOT NULL"_s);
    const QString differs = db.dialect() == Dialect::Sqlite ? u"t.owner_id IS NOT c.owner_id"_s
                                                            : u"t.owner_id IS DISTINCT FROM c.owner_id"_s;
    RecordWriter writer(db);
    for (const QString &table : DomainSchema::customerChildTables()) {
        QList<std::pair<QString, QVariant>> moved;
        QSqlQuery q = db.exec(u"SELECT t.id, c.owner_id FROM %1 t JOIN customers c ON c.id = t.customer_id WHERE %2"_s
                                  .arg(table, differs));
        while (q.next())
            moved.append({q.value(0).toString(), q.value(1)});
        for (const auto &[id, owner] : moved)
            writer.update(table, id, Row{{u"owner_id"_s, owner}}, QString());
    }
}

// Issue 16. The pool reclaim's clock (server/jobs/poolreclaimer.h): when each customer
// came to its current owner. And one live customer per unified social credit code: the
// codes already stored in another form (lower case, spaces, dashes, full width) take their
// normalised one — a new version, so replicas take it — and the unique index follows
// where the store allows it (ensureCreditCodeIndex).
void version9(Database &db)
{
    db.exec(u"CREATE TABLE customer_owners (customer_id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, since TEXT NOT NULL)"_s);
    QList<std::pair<QString, QString>> normalised;
    {
        QSqlQuery q = db.exec(u"SELECT id, credit_code FROM customers WHERE credit_code IS NOT NULL"_s);
        while (q.next()) {
            const QString code = q.value(1).toString();
            if (CreditCode::isValid(code) && CreditCode::normalize(code) != code)
                normalised.append({q.value(0).toString(), CreditCode::normalize(code)});
        }
    }
    RecordWriter writer(db);
    for (const auto &[id, code] : normalised)
        writer.update(u"customers"_s, id, Row{{u"credit_code"_s, code}}, QString());
    ensureCreditCodeIndex(db);
}

// Indexes the plan tests asked for (tests/server/api/tst_serverqueryplans):
// - a whole-table scope (director, administrator, service) reads a customer's records with
//   "its customer is not deleted", said through the few deleted customers
//   (Visibility::readableRecords): without an index of them each page walked every customer;
// - the pool branch of a scope (owner_id IS NULL) pages by id: PostgreSQL does not take
//   (owner_id, deleted, id) as ordered by id for IS NULL, and walked the primary key;
// - a customer's records page by id (the REST lists of one customer, and the
//   (customer, id) keyset of scoped pages): (customer_id, id) replaces (customer_id), which
//   needed a sort of the customer's records for each page.
void version10(Database &db)
{
    db.exec(u"CREATE INDEX ix_customers_deleted ON customers (id) WHERE deleted <> 0"_s);
    db.exec(u"CREATE INDEX ix_customers_pool ON customers (id) WHERE owner_id IS NULL AND deleted = 0"_s);
    for (const QString &table : DomainSchema::customerChildTables()) {
        db.exec(u"CREATE INDEX ix_%1_customer_page ON %1 (customer_id, id)"_s.arg(table));
        db.exec(u"DROP INDEX IF EXISTS ix_%1_customer_id"_s.arg(table));
    }
}

// Customer merges (issue 19, C3): one row per card merged away, so 撤销合并 can put back
// the card, each record that moved to the survivor (moved: [[table, id], …]) and the
// survivor's fields the merge changed (survivor_before: {"<column>": {"before": …,
// "merged": …}}). merge_id groups the cards merged in one request; undone_at marks an undo.
void version11(Database &db)
{
    db.exec(u"CREATE TABLE customer_merges (merge_id TEXT NOT NULL, survivor_id TEXT NOT NULL, "
            u"merged_id TEXT NOT NULL, merged_by TEXT, merged_at TEXT NOT NULL, survivor_before TEXT NOT NULL, "
            u"moved TEXT NOT NULL, undone_at TEXT, undone_by TEXT, PRIMARY KEY (merge_id, merged_id))"_s);
    db.exec(u"CREATE INDEX ix_customer_merges_survivor ON customer_merges (survivor_id, merged_at)"_s);
    db.exec(u"CREATE INDEX ix_customer_merges_merged ON customer_merges (merged_id)"_s);
}

// Issue 19 (C6): a share is with a user or a department (every user of it and of the
// departments below), read-only or editable. The table is rebuilt (user_id may now be
// null); the shares there were editable.
void version12(Database &db)
{
    db.exec(u"CREATE TABLE shares_v12 (customer_id TEXT NOT NULL, user_id TEXT, department_id TEXT, "
            u"mode TEXT NOT NULL DEFAULT 'edit', granted_by TEXT, created_at TEXT NOT NULL)"_s);
    db.exec(u"INSERT INTO shares_v12 (customer_id, user_id, department_id, mode, granted_by, created_at) "
            u"SELECT customer_id, user_id, NULL, 'edit', granted_by, created_at FROM shares"_s);
    db.exec(u"DROP TABLE shares"_s);
    db.exec(u"ALTER TABLE shares_v12 RENAME TO shares"_s);
    db.exec(u"CREATE UNIQUE INDEX ux_shares_user ON shares (customer_id, user_id) WHERE user_id IS NOT NULL"_s);
    db.exec(u"CREATE UNIQUE INDEX ux_shares_department ON shares (customer_id, department_id) WHERE department_id IS NOT NULL"_s);
    db.exec(u"CREATE INDEX ix_shares_user_id ON shares (user_id)"_s);
    db.exec(u"CREATE INDEX ix_shares_department_id ON shares (department_id)"_s);
}

// Issue 19 (C6): since when each customer has its owner is on the customer now
// (customers.owner_since, domain migration 8), so the clients count the pool reclaim's
// days as the server does. The owned customers take it from the notes kept so far, each
// with a new version so the replicas holding them take it; the notes go. customer_owners
// stays for the owned customers a reclaim run finds without one (PoolReclaimer).
void version13(Database &db)
{
    QList<std::pair<QString, QString>> known;
    {
        QSqlQuery q = db.exec(u"SELECT c.id, o.since FROM customers c JOIN customer_owners o ON o.customer_id = c.id "
                              u"AND o.owner_id = c.owner_id WHERE c.owner_since IS NULL ORDER BY c.id"_s);
        while (q.next())
            known.append({q.value(0).toString(), q.value(1).toString()});
    }
    RecordWriter writer(db);
    for (const auto &[id, since] : known)
        writer.update(u"customers"_s, id, Row{{u"owner_since"_s, since}}, QString());
    db.exec(u"DELETE FROM customer_owners WHERE customer_id IN (SELECT id FROM customers WHERE owner_since IS NOT NULL)"_s);
}

// Issue 21 (W2): the approval engine decides every request from its steps. The requests
// waiting when the server is upgraded get theirs from the flow in force now (the default
// flows are the rules of before, as one step), and a contract already in approval gets its
// request, asked by whoever submitted it (the audit trail says who).
void version14(Database &db)
{
    ApprovalSteps(db).backfill();
}

} // namespace

bool ensureCreditCodeIndex(Database &db)
{
    const QString exists = db.dialect() == Dialect::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_customers_credit_code'"_s
        : u"SELECT count(*) FROM pg_indexes WHERE indexname = 'ux_customers_credit_code' AND schemaname = current_schema()"_s;
    if (db.scalar(exists).toInt() > 0)
        return true;
    if (db.scalar(u"SELECT count(*) FROM (SELECT credit_code FROM customers WHERE deleted = 0 AND credit_code IS NOT NULL "
                  u"GROUP BY credit_code HAVING count(*) > 1) d"_s)
            .toLongLong()
        > 0)
        return false;
    db.exec(u"CREATE UNIQUE INDEX IF NOT EXISTS ux_customers_credit_code ON customers (credit_code) "
            u"WHERE deleted = 0 AND credit_code IS NOT NULL"_s);
    return true;
}

QList<Migration> migrations()
{
    return {{1, u"credentials, tokens, throttling, shares, audit log, change log"_s, version1},
            {2, u"sync: change scopes, client mutation ids, outcomes"_s, version2},
            {3, u"default sales stages and settings"_s, version3},
            {4, u"document number series"_s, version4},
            {5, u"indexes for paging customers by scope"_s, version5},
            {6, u"attachment content (blobs)"_s, version6},
            {7, u"records of pruned customers"_s, version7},
            {8, u"who holds which attachment content; records owned as their customer"_s, version8},
            {9, u"customers' owner since; one live customer per credit code"_s, version9},
            {10, u"indexes for deleted customers, the pool and a customer's records by id"_s, version10},
            {11, u"customer merges"_s, version11},
            {12, u"shares with a mode, and with departments"_s, version12},
            {13, u"customers' owner since from the notes kept so far"_s, version13},
            {14, u"the steps of the requests waiting, and of the contracts in approval"_s, version14}};
}

Migrator migrator()
{
    return Migrator(u"server"_s, migrations());
}

} // namespace Huike::ServerSchema
