#pragma once

#include "auth/session.h"
#include "schema/rows.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Huike {

class UserDirectory;

// What a user may see and change (FEATURES.md P3, C6; server/API.md "Visibility"):
//   admin, director  every customer; write everything.
//   manager          own customers, everything owned in their department subtree, shares,
//                    and the public pool (read); write what they see outside the pool
//                    and read-only shares.
//   sales            own customers, customers shared with them or with a department at
//                    or above theirs (a read share: read; an edit share: write), the pool
//                    (read; claim to write).
//   clerk            customers of the departments they serve, read-only; write quotes,
//                    contracts, payment plans, payments and invoices of those customers.
//   service          every customer and contact, read-only; write activities.
// Children (contacts, opportunities, quotes, contracts, payments, invoices, activities…)
// follow their customer. Out of scope is answered 404 by the API, never 403.
class Visibility
{
public:
    struct Filter
    {
        Filter() = default;
        Filter(QString sql_, QVariantList values_ = {}) : sql(std::move(sql_)), values(std::move(values_)) { }

        QString sql; // a condition; "1 = 1" when everything is visible
        QVariantList values;
        // A branch of a page that is better read through another table's index (a user's
        // memberships, in record order): `FROM <pageFrom> WHERE … AND <pageWhere> ORDER BY
        // <pageOrder>`, the table still aliased t; `values` bind pageWhere then. Empty: sql.
        QString pageFrom, pageWhere, pageOrder;
    };

    Visibility(const Session &session, UserDirectory &users);

    const Session &session() const { return m_session; }
    bool seesEverything() const;

    // A condition on the customers table (columns qualified with `alias.`) selecting the
    // customers the user can read / write.
    Filter readableCustomers(const QString &alias) const;
    Filter writableCustomers(const QString &alias) const;
    // The same readable set as a union of conditions, each served in id order by an
    // index on (owner_id | department_id, deleted, id) or by the user's shares. A keyset
    // page over a million customers takes `ORDER BY id LIMIT n` of each and merges them;
    // an OR of the conditions would make the store walk the whole table in id order.
    QList<Filter> readableCustomerBranches(const QString &alias) const;
    // The condition on a record of `table` (alias `t`) that the user can read: every
    // path that lists records — the REST list, the snapshot pages, the checkpoint — asks
    // this. The catalogue and organisation: everything; customers: readableCustomers;
    // a customer's records: through their customer. When the user sees everything, a
    // record needs only that its customer is not deleted, said through the few deleted
    // customers (an index of them) rather than the many live ones, which the store would
    // list again for every page. The same rows either way: every record's customer exists.
    // On SQLite that condition is written so that a page walks the primary key.
    Filter readableRecords(const QString &table) const;
    // One keyset page of the customers the user can read, as a condition on `customers t`:
    // `where` (conditions on t, with `values`) within each branch of
    // readableCustomerBranches, the first `limit` of each in id order, merged — every
    // branch an ordered index range, so a page costs O(branches × limit) however many
    // customers there are. The REST list and the snapshot page customers with it.
    Filter readableCustomerPage(const QString &where, const QVariantList &values, int limit) const;
    // Any scoped table's readable set as branches on `<table> t` (the customers':
    // readableCustomerBranches; an owned table's: the user's own, then one per person of a
    // manager's subtree; any other table's: readableRecords), and a keyset page over them
    // as readableCustomerPage is for customers (`where` on `<table> t`). pagesByBranch:
    // whether a page of `table` is such a merge; otherwise readableRecords is a single
    // ordered index range or the whole table.
    QList<Filter> readableBranches(const QString &table) const;
    Filter readablePage(const QString &table, const QString &where, const QVariantList &values, int limit) const;
    bool pagesByBranch(const QString &table) const;
    // A keyset page of a customer's records (ScopeKind::CustomerChild) for a user who sees
    // part of the customers: the next `batch` readable customers from the cursor (a merged
    // page of the customer scope), then their records through (customer_id, id) in that
    // order — a page costs O(branches × batch) however large the table or the scope.
    // The cursor is opaque to clients: "<customer>/<id>" continues within a customer,
    // "<customer>/" after it. nullopt when the table is not a customer's or the user sees
    // every customer (then the primary key is the page; see readableRecords).
    // A Members record's children (ScopeKind::MemberChild) page the same way by their
    // record (the parent column for the customer, "<record>/<id>").
    struct ChildPage
    {
        Filter filter;        // on `<table> t`, with the cursor's condition
        QString batchLast;    // the batch's last parent when it was full (more may follow)
        QString parentColumn; // customer_id, or a MemberChild's parent column
        QString order() const { return QStringLiteral("t.") + parentColumn + QStringLiteral(", t.id"); }
    };
    std::optional<ChildPage> readableChildPage(const QString &table, const QString &cursor, int batch) const;
    // Whether readableChildPage pages `table` for this user.
    bool pagesByParent(const QString &table) const;
    // Whether `cursor` is a child page's ("<customer>/<id>" or "<customer>/"), valid.
    static bool isChildCursor(const QString &cursor);
    // An owned record (ScopeKind::Owned) is readable by its owner, by a manager whose
    // department subtree holds its owner (as for customers), and by directors and
    // administrators; the same people write it. Its department_id (the owner's, set by the
    // server) is for reports. The pull, REST and the snapshot decide with these and
    // readableRecords alike (tests/sync/tst_scopekinds).
    bool seesOwned(const QVariant &owner, const QVariant &department) const;
    bool mayWriteOwned(const Row &row) const;
    // A Members record (ScopeKind::Members, e.g. a project) is readable as an owned record
    // is, and by the users on its <table>_members list (live rows) and the managers whose
    // subtree holds one of them; its MemberChild records (the list included) follow it.
    // Members write the record and its children; its list is written by who may write it
    // as an owned record (the owner, managers above the owner, directors, administrators).
    // `table` is the Members table; the memberships are read from the store (cached).
    bool isMemberOf(const QString &table, const QString &recordId) const;
    // The users whose ownership or membership makes a record readable for this user: the
    // user, and a manager's subtree (nobody's for directors and administrators, who see all).
    QStringList scopeUsers() const;
    bool seesMembers(const QString &table, const Row &record) const;
    // Whether a record of `table` whose scope is (owner, department) — its customer's for a
    // customer's record, its own for an owned record — is readable: what the pull asks of
    // each change, before and after.
    bool seesScope(const QString &table, const QVariant &owner, const QVariant &department,
                   const QString &customerId) const;
    // The same rule as readableCustomers, in memory: whether the customer with this owner,
    // department and id is readable. The pull tests each change with it; every record of
    // a customer is decided by its customer's owner and department, never its own
    // owner_id (tests/server/api/tst_scopeequality compares the paths).
    bool seesCustomer(const QVariant &owner, const QVariant &department, const QString &customerId) const;
    bool seesCustomer(const Row &customer) const;
    // A query counting the live attachments naming this content (SHA-256) whose customer
    // the user can read, and the live expense attachments naming it whose expense the user
    // can read: who may download the content, and attach it again.
    Filter attachmentsNaming(const QString &sha256) const;
    // The departments within the caller's (a manager's or clerk's) subtree.
    const QStringList &subtreeDepartments() const { return m_subtreeDepartments; }
    // Shares (server/API.md "Users and shares"): with the user, or with a department at or
    // above one of theirs (sales and managers), read-only or editable. Whether a share
    // event for `userOrDepartmentId` concerns this user (the pull), and whether the user
    // holds an editable share of the customer.
    bool reachedByShare(const QString &userOrDepartmentId) const;
    bool sharedEditable(const QString &customerId) const;

    // Whether the user may create, change or delete rows of `table` for a customer they
    // can read (the customer's own row included, table == "customers").
    bool mayWrite(const QString &table, const Row &customer) const;
    // The catalogue (products, sales stages, settings) is readable by all and written by
    // the roles its declaration names (TableDef::writableBy; administrators when none).
    bool mayWriteCatalogue(const QString &table) const;

private:
    bool seesAllOwned() const;
    Filter scoped(const QString &alias, bool includePool) const;
    // `alias`.id IN the customers shared with the user (editableOnly: editable shares).
    Filter sharedCustomers(const QString &alias, bool editableOnly = false) const;
    const QHash<QString, bool> &shared() const;
    // Branches on `<table> alias` of an Owned or Members table.
    QList<Filter> ownedBranches(const QString &table, const QString &alias) const;
    static Filter anyOf(const QList<Filter> &branches);

    Session m_session;
    UserDirectory *m_users = nullptr;
    mutable std::optional<QHash<QString, bool>> m_shared; // customers shared with the user → editable, read once
    QStringList m_shareDepartments; // sales, manager: their departments and those above
    mutable QHash<QString, bool> m_memberOf;       // "<table>/<record>" → isMemberOf
    QStringList m_subtreeUsers;       // manager: users in their department subtree
    QStringList m_subtreeDepartments; // manager, clerk: departments in their subtree
};

} // namespace Huike
