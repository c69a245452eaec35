#include "auth/visibility.h"

#include "core/id.h"
#include "schema/database.h"
#include "schema/domainschema.h"

#include "auth/userdirectory.h"

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", ");
}

QVariantList variants(const QStringList &list)
{
    QVariantList out;
    for (const QString &s : list)
        out << s;
    return out;
}

} // namespace

Visibility::Visibility(const Session &session, UserDirectory &users) : m_session(session), m_users(&users)
{
    if (session.role == UserRole::Manager || session.role == UserRole::Clerk) {
        m_subtreeDepartments = users.departmentsWithin(session.departmentPaths);
        if (session.role == UserRole::Manager)
            m_subtreeUsers = users.usersWithin(session.departmentPaths);
    }
    if (session.role == UserRole::Manager || session.role == UserRole::Sales)
        m_shareDepartments = users.departmentsAbove(session.departmentPaths);
}

Visibility::Filter Visibility::sharedCustomers(const QString &a, bool editableOnly) const
{
    Filter f(a + u".id IN (SELECT customer_id FROM shares WHERE (user_id = ?"_s, {m_session.userId});
    if (!m_shareDepartments.isEmpty()) {
        f.sql += u" OR department_id IN (%1)"_s.arg(placeholders(m_shareDepartments.size()));
        f.values << variants(m_shareDepartments);
    }
    f.sql += editableOnly ? u") AND mode = 'edit')"_s : u"))"_s;
    return f;
}

const QHash<QString, bool> &Visibility::shared() const
{
    if (!m_shared)
        m_shared = m_users->sharedWith(m_session.userId, m_shareDepartments);
    return *m_shared;
}

bool Visibility::reachedByShare(const QString &userOrDepartmentId) const
{
    return userOrDepartmentId == m_session.userId || m_shareDepartments.contains(userOrDepartmentId);
}

bool Visibility::sharedEditable(const QString &customerId) const
{
    return shared().value(customerId, false);
}

bool Visibility::seesEverything() const
{
    return m_session.role == UserRole::Admin || m_session.role == UserRole::Director
        || m_session.role == UserRole::Service;
}

Visibility::Filter Visibility::scoped(const QString &a, bool includePool) const
{
    Filter f;
    QStringList any;
    any << a + u".owner_id = ?"_s;
    f.values << m_session.userId;
    const Filter shares = sharedCustomers(a, !includePool); // the writable set: editable shares
    any << shares.sql;
    f.values << shares.values;
    if (m_session.role == UserRole::Manager && !m_subtreeUsers.isEmpty()) {
        any << a + u".owner_id IN (%1)"_s.arg(placeholders(m_subtreeUsers.size()));
        f.values << variants(m_subtreeUsers);
    }
    if (includePool)
        any << a + u".owner_id IS NULL"_s;
    f.sql = u"("_s + any.join(u" OR "_s) + u")"_s;
    return f;
}

Visibility::Filter Visibility::readableCustomers(const QString &a) const
{
    if (seesEverything())
        return {u"1 = 1"_s, {}};
    if (m_session.role == UserRole::Clerk) {
        if (m_subtreeDepartments.isEmpty())
            return {u"1 = 0"_s, {}};
        return {a + u".department_id IN (%1)"_s.arg(placeholders(m_subtreeDepartments.size())),
                variants(m_subtreeDepartments)};
    }
    return scoped(a, true);
}

QList<Visibility::Filter> Visibility::readableCustomerBranches(const QString &a) const
{
    if (seesEverything())
        return {{u"1 = 1"_s, {}}};
    QList<Filter> out;
    if (m_session.role == UserRole::Clerk) {
        if (m_subtreeDepartments.size() > 200)
            return {readableCustomers(a)};
        for (const QString &d : m_subtreeDepartments)
            out.append({a + u".department_id = ?"_s, {d}});
        if (out.isEmpty())
            out.append(Filter(u"1 = 0"_s));
        return out;
    }
    out.append({a + u".owner_id = ?"_s, {m_session.userId}});
    out.append(sharedCustomers(a));
    if (m_session.role == UserRole::Manager) {
        // One branch per user of the subtree keeps each an ordered index range; past a
        // few hundred users (SQLite allows 500 terms in a compound SELECT) one IN branch.
        if (m_subtreeUsers.size() <= 200) {
            for (const QString &u : m_subtreeUsers)
                if (u != m_session.userId)
                    out.append({a + u".owner_id = ?"_s, {u}});
        } else {
            out.append({a + u".owner_id IN (%1)"_s.arg(placeholders(m_subtreeUsers.size())), variants(m_subtreeUsers)});
        }
    }
    out.append(Filter(a + u".owner_id IS NULL"_s));
    return out;
}

bool Visibility::seesCustomer(const QVariant &owner, const QVariant &department, const QString &customerId) const
{
    switch (m_session.role) {
    case UserRole::Admin:
    case UserRole::Director:
    case UserRole::Service:
        return true;
    case UserRole::Clerk:
        return !department.isNull() && m_subtreeDepartments.contains(department.toString());
    case UserRole::Manager:
    case UserRole::Sales:
        break;
    }
    if (owner.isNull() || owner.toString() == m_session.userId)
        return true;
    if (m_session.role == UserRole::Manager && m_subtreeUsers.contains(owner.toString()))
        return true;
    return shared().contains(customerId);
}

bool Visibility::seesCustomer(const Row &customer) const
{
    return seesCustomer(customer.value(u"owner_id"_s), customer.value(u"department_id"_s), customer.value(u"id"_s).toString());
}

bool Visibility::seesAllOwned() const
{
    return m_session.role == UserRole::Admin || m_session.role == UserRole::Director;
}

bool Visibility::seesOwned(const QVariant &owner, const QVariant &department) const
{
    if (seesAllOwned())
        return true;
    Q_UNUSED(department); // kept with the record for reports; who sees it follows the owner
    if (owner.isNull())
        return false;
    const QString id = owner.toString();
    return id == m_session.userId || (m_session.role == UserRole::Manager && m_subtreeUsers.contains(id));
}

bool Visibility::mayWriteOwned(const Row &row) const
{
    return seesOwned(row.value(u"owner_id"_s), row.value(u"department_id"_s));
}

QStringList Visibility::scopeUsers() const
{
    if (seesAllOwned())
        return {};
    QStringList users{m_session.userId};
    if (m_session.role == UserRole::Manager)
        for (const QString &u : m_subtreeUsers)
            if (u != m_session.userId)
                users << u;
    return users;
}

bool Visibility::isMemberOf(const QString &table, const QString &recordId) const
{
    if (recordId.isEmpty())
        return false;
    const QString key = table + u'/' + recordId;
    if (const auto it = m_memberOf.constFind(key); it != m_memberOf.cend())
        return *it;
    const QStringList users = scopeUsers();
    if (users.isEmpty())
        return false;
    QVariantList values{recordId};
    values << variants(users);
    const bool member = m_users->database()
                            .scalar(u"SELECT count(*) FROM %1 WHERE record_id = ? AND deleted = 0 AND user_id IN (%2)"_s
                                        .arg(TableDef::membersTableName(table), placeholders(users.size())),
                                    values)
                            .toInt()
        > 0;
    m_memberOf.insert(key, member);
    return member;
}

bool Visibility::seesMembers(const QString &table, const Row &record) const
{
    return seesOwned(record.value(u"owner_id"_s), record.value(u"department_id"_s))
        || isMemberOf(table, record.value(u"id"_s).toString());
}

bool Visibility::seesScope(const QString &table, const QVariant &owner, const QVariant &department,
                           const QString &customerId) const
{
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::Organisation:
    case ScopeKind::Catalogue:
        return true;
    case ScopeKind::Owned:
        return seesOwned(owner, department);
    case ScopeKind::Members:
        return seesOwned(owner, department) || isMemberOf(table, customerId);
    case ScopeKind::MemberChild:
        return seesOwned(owner, department) || isMemberOf(DomainSchema::table(table).parentTable(), customerId);
    case ScopeKind::Customer:
    case ScopeKind::CustomerChild:
        return seesCustomer(owner, department, customerId);
    case ScopeKind::Undeclared:
        break;
    }
    return false;
}

QList<Visibility::Filter> Visibility::readableBranches(const QString &table) const
{
    const QString a = u"t"_s;
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::Customer:
        return readableCustomerBranches(a);
    case ScopeKind::Owned:
    case ScopeKind::Members:
        return ownedBranches(table, a);
    default:
        break;
    }
    return {readableRecords(table)};
}

QList<Visibility::Filter> Visibility::ownedBranches(const QString &table, const QString &a) const
{
    if (seesAllOwned())
        return {{u"1 = 1"_s, {}}};
    // As a manager's customers: one ordered range of (owner_id, deleted, id) per person.
    const QStringList users = scopeUsers();
    QList<Filter> out;
    if (users.size() > 200)
        out.append({a + u".owner_id IN (%1)"_s.arg(placeholders(users.size())), variants(users)});
    else
        for (const QString &u : users)
            out.append({a + u".owner_id = ?"_s, {u}});
    if (DomainSchema::scopeOf(table) != ScopeKind::Members)
        return out;
    // And the records listing them: their ids through (user_id, deleted, record_id) — for
    // a page, that index walked in record order (a user is on few lists; joining the
    // records to the list would walk the records' primary key on PostgreSQL).
    const QString list = TableDef::membersTableName(table);
    const QString members = u"%1.id IN (SELECT m.record_id FROM %2 m WHERE m.deleted = 0 AND "_s.arg(a, list);
    if (users.size() > 200) {
        out.append({members + u"m.user_id IN (%1))"_s.arg(placeholders(users.size())), variants(users)});
        return out;
    }
    const bool postgres = m_users->database().dialect() == Dialect::Postgres;
    for (const QString &u : users) {
        Filter f{members + u"m.user_id = ?)"_s, {u}};
        if (postgres) {
            // PostgreSQL would merge-join the list with a walk of the records' primary key:
            // the user's record ids become an array first, then the records by id.
            f.pageFrom = table + u" t"_s;
            f.pageWhere = u"t.id = ANY(ARRAY(SELECT m.record_id FROM %1 m WHERE m.user_id = ? AND m.deleted = 0))"_s.arg(list);
            f.pageOrder = u"t.id"_s;
        } else {
            f.pageFrom = u"%1 m JOIN %2 t ON t.id = m.record_id"_s.arg(list, table);
            f.pageWhere = u"m.user_id = ? AND m.deleted = 0"_s;
            f.pageOrder = u"m.record_id"_s;
        }
        out.append(f);
    }
    return out;
}

Visibility::Filter Visibility::anyOf(const QList<Filter> &branches)
{
    if (branches.size() == 1)
        return branches.first();
    QStringList any;
    QVariantList values;
    for (const Filter &b : branches) {
        any << b.sql;
        values << b.values;
    }
    return {u"("_s + any.join(u" OR "_s) + u")"_s, values};
}

bool Visibility::pagesByBranch(const QString &table) const
{
    // An owned table pages a scope of one branch the same way: the ids from the owner index
    // alone, then the rows by id (PostgreSQL otherwise walks the primary key, filtering,
    // whenever the owner holds a good share of the rows).
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (kind == ScopeKind::Owned || kind == ScopeKind::Members)
        return !seesAllOwned();
    return kind == ScopeKind::Customer && readableBranches(table).size() > 1;
}

Visibility::Filter Visibility::readableRecords(const QString &table) const
{
    if (DomainSchema::isGlobal(table))
        return {u"1 = 1"_s, {}};
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (kind == ScopeKind::Owned || kind == ScopeKind::Members)
        return anyOf(readableBranches(table));
    if (kind == ScopeKind::MemberChild) {
        // Through its record: the readable records of the parent (a small table, each
        // branch an index range), their children through the parent column's index.
        const TableDef &def = DomainSchema::table(table);
        if (seesAllOwned())
            return {u"1 = 1"_s, {}};
        const Filter parents = anyOf(ownedBranches(def.parentTable(), u"p"_s));
        return {u"t.%1 IN (SELECT p.id FROM %2 p WHERE p.deleted = 0 AND %3)"_s.arg(def.parentColumn(), def.parentTable(), parents.sql),
                parents.values};
    }
    const Filter f = readableCustomers(u"c"_s);
    if (f.sql == u"1 = 1") {
        if (table == u"customers")
            return f;
        // On SQLite: the unary + keeps it from gathering every live customer's records
        // through the customer index and sorting them for each page (a page walks the
        // primary key and reads about `limit` rows), and the deleted customers' index is
        // named, or it guesses a covering walk of every customer when that index is empty.
        if (m_users->database().dialect() == Dialect::Sqlite)
            return {u"+t.customer_id NOT IN (SELECT c.id FROM customers c INDEXED BY ix_customers_deleted "
                    u"WHERE c.deleted <> 0)"_s,
                    {}};
        return {u"t.customer_id NOT IN (SELECT c.id FROM customers c WHERE c.deleted <> 0)"_s, {}};
    }
    if (table == u"customers")
        return {u"t.id IN (SELECT c.id FROM customers c WHERE "_s + f.sql + u")"_s, f.values};
    return {u"t.customer_id IN (SELECT c.id FROM customers c WHERE c.deleted = 0 AND "_s + f.sql + u")"_s, f.values};
}

Visibility::Filter Visibility::readableCustomerPage(const QString &where, const QVariantList &values, int limit) const
{
    return readablePage(u"customers"_s, where, values, limit);
}

Visibility::Filter Visibility::readablePage(const QString &table, const QString &where, const QVariantList &values,
                                            int limit) const
{
    const QList<Filter> branches = readableBranches(table);
    // One branch needs no merge — except an owned or members table's (see pagesByBranch).
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (branches.size() == 1 && ((kind != ScopeKind::Owned && kind != ScopeKind::Members) || seesAllOwned()))
        return {where + u" AND "_s + branches.first().sql, values + branches.first().values};
    QStringList parts;
    QVariantList bound;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const Filter &b = branches[i];
        if (b.pageFrom.isEmpty())
            parts << u"SELECT id FROM (SELECT t.id FROM %1 t WHERE %2 AND %3 ORDER BY t.id LIMIT ?) b%4"_s
                         .arg(table, where, b.sql)
                         .arg(i);
        else
            parts << u"SELECT id FROM (SELECT t.id FROM %1 WHERE %2 AND %3 ORDER BY %4 LIMIT ?) b%5"_s
                         .arg(b.pageFrom, where, b.pageWhere, b.pageOrder)
                         .arg(i);
        bound << values << b.values << limit;
    }
    // The page's ids first (a sort of at most branches × limit ids), then the rows by id:
    // PostgreSQL would otherwise merge-join the ids with a walk of the primary key.
    bound << limit;
    const QString ids = u"SELECT id FROM ("_s + parts.join(u" UNION "_s) + u") u ORDER BY id LIMIT ?"_s;
    // On PostgreSQL the ids become an array computed once, which the primary key is then
    // asked for (a merge join with a walk of the primary key is what it picks otherwise,
    // when the table is small enough for that to look cheap).
    if (m_users->database().dialect() == Dialect::Postgres)
        return {u"t.id = ANY(ARRAY("_s + ids + u"))"_s, bound};
    return {u"t.id IN ("_s + ids + u")"_s, bound};
}

bool Visibility::isChildCursor(const QString &cursor)
{
    const qsizetype slash = cursor.indexOf(u'/');
    if (slash < 0)
        return false;
    const QString customer = cursor.left(slash);
    const QString id = cursor.mid(slash + 1);
    const auto c = Id::fromString(customer);
    if (!c || c->toString() != customer)
        return false;
    if (id.isEmpty())
        return true;
    const auto i = Id::fromString(id);
    return i && i->toString() == id;
}

bool Visibility::pagesByParent(const QString &table) const
{
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::CustomerChild:
        return !seesEverything();
    case ScopeKind::MemberChild:
        return !seesAllOwned();
    default:
        return false;
    }
}

std::optional<Visibility::ChildPage> Visibility::readableChildPage(const QString &table, const QString &cursor,
                                                                   int batch) const
{
    if (!pagesByParent(table))
        return std::nullopt;
    const TableDef &def = DomainSchema::table(table);
    const QString parentTable = def.parentTable();
    ChildPage page;
    page.parentColumn = def.parentColumn();
    QString fromCustomer, afterId;
    bool pastCustomer = false;
    if (!cursor.isEmpty()) {
        if (!isChildCursor(cursor))
            return std::nullopt;
        fromCustomer = cursor.section(u'/', 0, 0);
        afterId = cursor.section(u'/', 1);
        pastCustomer = afterId.isEmpty();
    }
    // The next customers (or records) of the scope, in id order (live ones: a deleted
    // customer's or record's records are deleted with it and out of every scope).
    QString where = u"t.deleted = 0"_s;
    QVariantList values;
    if (!fromCustomer.isEmpty()) {
        where += pastCustomer ? u" AND t.id > ?"_s : u" AND t.id >= ?"_s;
        values << fromCustomer;
    }
    const Filter customers = readablePage(parentTable, where, values, batch);
    QStringList ids;
    {
        QSqlQuery q = m_users->database().exec(u"SELECT t.id FROM %1 t WHERE "_s.arg(parentTable) + customers.sql
                                                   + u" ORDER BY t.id LIMIT ?"_s,
                                               customers.values + QVariantList{batch});
        while (q.next())
            ids << q.value(0).toString();
    }
    if (ids.isEmpty()) {
        // No record left: a condition nothing meets, which every store answers from the
        // (parent, id) index the page reads (a constant false would leave it an index walk).
        page.filter = {u"t.%1 IN (?)"_s.arg(page.parentColumn), {u""_s}};
        return page;
    }
    if (ids.size() >= batch)
        page.batchLast = ids.last();
    QVariantList bound;
    for (const QString &id : std::as_const(ids))
        bound << id;
    page.filter.sql = u"t.%1 IN (%2)"_s.arg(page.parentColumn, placeholders(ids.size()));
    if (!afterId.isEmpty()) {
        page.filter.sql += u" AND (t.%1 <> ? OR t.id > ?)"_s.arg(page.parentColumn);
        bound << fromCustomer << afterId;
    }
    page.filter.values = bound;
    return page;
}

Visibility::Filter Visibility::attachmentsNaming(const QString &sha256) const
{
    const Filter f = readableCustomers(u"c"_s);
    // An expense's attachments are readable as its other records are: readableRecords, which
    // REST and the pull decide with too (one notion of who sees an expense).
    const Filter e = readableRecords(u"expense_attachments"_s);
    return {u"SELECT (SELECT count(*) FROM attachments a JOIN customers c ON c.id = a.customer_id "
            u"WHERE a.sha256 = ? AND a.deleted = 0 AND c.deleted = 0 AND "_s + f.sql
                + u") + (SELECT count(*) FROM expense_attachments t WHERE t.sha256 = ? AND t.deleted = 0 AND "_s + e.sql + u")"_s,
            QVariantList{sha256} + f.values + QVariantList{sha256} + e.values};
}

Visibility::Filter Visibility::writableCustomers(const QString &a) const
{
    switch (m_session.role) {
    case UserRole::Admin:
    case UserRole::Director:
        return {u"1 = 1"_s, {}};
    case UserRole::Service:
    case UserRole::Clerk:
        return {u"1 = 0"_s, {}};
    default:
        return scoped(a, false);
    }
}

bool Visibility::mayWrite(const QString &table, const Row &c) const
{
    // A request's step is decided by whoever reads it and is its approver: the engine's
    // rules (PipelineRules) say who that is.
    if (table == u"approval_steps")
        return true;
    const QString owner = c.value(u"owner_id"_s).toString();
    switch (m_session.role) {
    case UserRole::Admin:
    case UserRole::Director:
        return true;
    case UserRole::Service: {
        // Agents log activities on any customer, and work the tables that name them as
        // writers (tickets): they see every customer and own none.
        const TableDef *def = DomainSchema::find(table);
        return table == u"activities" || (def && def->writers().contains(u"service"_s));
    }
    case UserRole::Clerk: {
        static const QStringList clerkTables{u"quotes"_s, u"quote_lines"_s, u"contracts"_s,
                                             u"contract_lines"_s, u"payment_plans"_s,
                                             u"payments"_s, u"invoices"_s, u"deliveries"_s,
                                             u"attachments"_s, u"approvals"_s};
        // And the tables that name clerks as writers (assets: serial numbers entered at delivery).
        const TableDef *def = DomainSchema::find(table);
        return (clerkTables.contains(table) || (def && def->writers().contains(u"clerk"_s)))
            && m_subtreeDepartments.contains(c.value(u"department_id"_s).toString());
    }
    case UserRole::Manager:
        if (!owner.isEmpty() && m_subtreeUsers.contains(owner))
            return true;
        [[fallthrough]];
    case UserRole::Sales:
        // Own customers, and what is shared with them editable (the caller checked
        // readability; a read-only share sees but never writes).
        return !owner.isEmpty() && (owner == m_session.userId || sharedEditable(c.value(u"id"_s).toString()));
    }
    return false;
}

bool Visibility::mayWriteCatalogue(const QString &table) const
{
    const TableDef *def = DomainSchema::find(table);
    if (!def || def->writers().isEmpty())
        return m_session.role == UserRole::Admin;
    return def->writers().contains(enumCode(m_session.role));
}

} // namespace Huike
