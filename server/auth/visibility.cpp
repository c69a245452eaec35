#include "visibility.h"

#include "database.h"
#include "domainschema.h"

#include "userdirectory.h"

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
    any << a + u".id IN (SELECT customer_id FROM shares WHERE user_id = ?)"_s;
    f.values << m_session.userId;
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
            out.append({u"1 = 0"_s, {}});
        return out;
    }
    out.append({a + u".owner_id = ?"_s, {m_session.userId}});
    out.append({a + u".id IN (SELECT customer_id FROM shares WHERE user_id = ?)"_s, {m_session.userId}});
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
    out.append({a + u".owner_id IS NULL"_s, {}});
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
    if (!m_shared)
        m_shared = m_users->sharedWith(m_session.userId);
    return m_shared->contains(customerId);
}

bool Visibility::seesCustomer(const Row &customer) const
{
    return seesCustomer(customer.value(u"owner_id"_s), customer.value(u"department_id"_s), customer.value(u"id"_s).toString());
}

Visibility::Filter Visibility::readableRecords(const QString &table) const
{
    if (DomainSchema::isGlobal(table))
        return {u"1 = 1"_s, {}};
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
    const QList<Filter> branches = readableCustomerBranches(u"t"_s);
    if (branches.size() == 1)
        return {where + u" AND "_s + branches.first().sql, values + branches.first().values};
    QStringList parts;
    QVariantList bound;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        parts << u"SELECT id FROM (SELECT t.id FROM customers t WHERE %1 AND %2 ORDER BY t.id LIMIT ?) b%3"_s
                     .arg(where, branches[i].sql)
                     .arg(i);
        bound << values << branches[i].values << limit;
    }
    // The page's ids first (a sort of at most branches × limit ids), then the rows by id:
    // PostgreSQL would otherwise merge-join the ids with a walk of the primary key.
    bound << limit;
    return {u"t.id IN (SELECT id FROM ("_s + parts.join(u" UNION "_s) + u") u ORDER BY id LIMIT ?)"_s, bound};
}

Visibility::Filter Visibility::attachmentsNaming(const QString &sha256) const
{
    const Filter f = readableCustomers(u"c"_s);
    return {u"SELECT count(*) FROM attachments a JOIN customers c ON c.id = a.customer_id "
            u"WHERE a.sha256 = ? AND a.deleted = 0 AND c.deleted = 0 AND "_s + f.sql,
            QVariantList{sha256} + f.values};
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
    const QString owner = c.value(u"owner_id"_s).toString();
    switch (m_session.role) {
    case UserRole::Admin:
    case UserRole::Director:
        return true;
    case UserRole::Service:
        return table == u"activities";
    case UserRole::Clerk: {
        static const QStringList clerkTables{u"quotes"_s, u"quote_lines"_s, u"contracts"_s,
                                             u"contract_lines"_s, u"payment_plans"_s,
                                             u"payments"_s, u"invoices"_s, u"deliveries"_s,
                                             u"attachments"_s, u"approvals"_s};
        return clerkTables.contains(table)
            && m_subtreeDepartments.contains(c.value(u"department_id"_s).toString());
    }
    case UserRole::Manager:
        if (!owner.isEmpty() && m_subtreeUsers.contains(owner))
            return true;
        [[fallthrough]];
    case UserRole::Sales:
        // Own customers (and what is shared: the caller checked readability, and a share
        // is the only other way a non-pool customer is readable here).
        return !owner.isEmpty();
    }
    return false;
}

bool Visibility::mayWriteCatalogue(const QString &table) const
{
    // Products are kept by sales management; stages and settings by administrators.
    if (table == u"products")
        return m_session.role == UserRole::Admin || m_session.role == UserRole::Director
            || m_session.role == UserRole::Manager;
    return m_session.role == UserRole::Admin;
}

} // namespace Huike
