#pragma once

#include "schema/rows.h"

#include <QSet>

#include <optional>

namespace Huike {

class Database;
class UserDirectory;
class Visibility;

// The rules every write to a domain record follows, whether it comes from the REST API or
// from a sync push: the caller's scope (out of scope → 404, visible but not theirs → 403),
// the entity's validation (422), customer ownership and duplicate-check keys, a credit code
// no other live customer has (409 duplicate_credit_code), versions and
// the audit trail (RecordWriter), and derived fields (a customer's last activity). Each
// call runs inside the caller's transaction and throws RequestError when refused —
// having changed nothing.
class RecordService
{
public:
    RecordService(Database &db, UserDirectory &users);

    // Wire (JSON) names of the fields of `table` a client may not send when creating /
    // changing a record: the columns declared WriteRule::Server, and on a change also the
    // id (DESIGN.md §4 "Who may write what").
    static QSet<QString> readOnlyFields(const QString &table, bool creating);

    // The row if it exists, is not deleted and the caller may read it; else 404.
    Row readable(const Visibility &v, const QString &table, const QString &id);
    Row readableCustomer(const Visibility &v, const QString &customerId);

    Row create(const Visibility &v, const QString &table, Row row);
    // `changes` holds only the columns to change.
    Row update(const Visibility &v, const QString &table, const QString &id, Row changes,
               std::optional<qint64> expectedVersion = std::nullopt);
    void remove(const Visibility &v, const QString &table, const QString &id);

    // 403 unless the caller may change records of `table` belonging to `customer` (the
    // customer row itself for table "customers"; ignored for the catalogue).
    void requireWrite(const Visibility &v, const QString &table, const Row &customer) const;
    // 422 with every field error unless the complete row is valid.
    void validateFull(const QString &table, const Row &row) const;
    // A complete new row: the column defaults filled in.
    static Row withDefaults(const QString &table, Row row);

    // The declared write rules (TableDef::writeRule) on the columns a caller sends, before
    // anything else: server-owned fields refused, fields fixed at creation unchanged, ids
    // canonical (and a new record's a UUIDv7), references to existing rows of the same
    // customer. 422 naming the field otherwise. `old` is null for a create.
    void checkWriteRules(const QString &table, const Row &changes, const Row *old) const;

private:
    void requireWriteOf(const Visibility &v, const QString &table, const Row &old);
    void prepareOwned(const Visibility &v, Row &row, const Row *old) const;
    void prepareCustomer(const Visibility &v, Row &row, const Row *old) const;
    void checkDepartment(const Visibility &v, const QVariant &department, const Row *old) const;
    void checkCreditCode(const Visibility &v, const Row &row) const;

    Database &m_db;
    UserDirectory &m_users;
};

} // namespace Huike
