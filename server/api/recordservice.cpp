#include "recordservice.h"

#include "companyname.h"
#include "database.h"
#include "domainschema.h"
#include "pipelinerules.h"
#include "phonenumber.h"
#include "recordjson.h"
#include "recordwriter.h"
#include "requesterror.h"
#include "userdirectory.h"
#include "visibility.h"

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

RequestError forbidden()
{
    return RequestError(403, u"forbidden"_s,
                        u"You can see this record but not change it (your role, or a pool customer you have not claimed)."_s);
}

// Keeps customers.last_activity_at (the pool reclaim clock, the 360° header) current.
void touchLastActivity(RecordWriter &writer, const Row &activity, const QString &userId)
{
    const QString customerId = activity.value(u"customer_id"_s).toString();
    const QString at = activity.value(u"occurred_at"_s).toString();
    const auto customer = writer.read(u"customers"_s, customerId);
    if (customer && activity.value(u"deleted"_s).toInt() == 0
        && customer->value(u"last_activity_at"_s).toString() < at)
        writer.update(u"customers"_s, customerId, Row{{u"last_activity_at"_s, at}}, userId);
}

} // namespace

RecordService::RecordService(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

const QSet<QString> &RecordService::serverFields()
{
    static const QSet<QString> fields{u"version"_s,   u"deleted"_s,   u"createdAt"_s, u"createdBy"_s,
                                      u"updatedAt"_s, u"updatedBy"_s, u"nameNorm"_s, u"phoneNorm"_s,
                                      u"lastActivityAt"_s};
    return fields;
}

Row RecordService::readableCustomer(const Visibility &v, const QString &customerId)
{
    if (!Id::fromString(customerId))
        throw RequestError::notFound();
    const Visibility::Filter f = v.readableCustomers(u"c"_s);
    QVariantList values{customerId};
    values << f.values;
    if (m_db.scalar(u"SELECT count(*) FROM customers c WHERE c.id = ? AND c.deleted = 0 AND "_s + f.sql, values).toInt() == 0)
        throw RequestError::notFound();
    return *RecordWriter(m_db).read(u"customers"_s, customerId);
}

Row RecordService::readable(const Visibility &v, const QString &table, const QString &id)
{
    if (!Id::fromString(id))
        throw RequestError::notFound();
    const std::optional<Row> row = RecordWriter(m_db).read(table, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        throw RequestError::notFound();
    if (DomainSchema::isCatalogue(table))
        return *row;
    readableCustomer(v, table == u"customers" ? id : row->value(u"customer_id"_s).toString());
    return *row;
}

void RecordService::requireWrite(const Visibility &v, const QString &table, const Row &customer) const
{
    if (DomainSchema::isCatalogue(table)) {
        if (!v.mayWriteCatalogue(table))
            throw forbidden();
        return;
    }
    if (!v.mayWrite(table, customer))
        throw forbidden();
}

void RecordService::validateFull(const QString &table, const Row &row) const
{
    ValidationErrors errors;
    for (const ColumnDef &c : DomainSchema::table(table).columns()) {
        if (c.notNull && c.defaultSql.isEmpty() && !c.primaryKey && c.name != u"created_at"
            && c.name != u"updated_at" && row.value(c.name).isNull())
            errors.add(Rows::jsonName(c.name), u"required"_s, u"This field is required."_s);
    }
    if (errors.isEmpty())
        errors.merge(Rows::validate(table, row));
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
}

Row RecordService::withDefaults(const QString &table, Row full)
{
    for (const ColumnDef &c : DomainSchema::table(table).columns())
        if (!full.contains(c.name) && !c.defaultSql.isEmpty())
            full[c.name] = c.defaultSql.startsWith(u'\'') ? QVariant(c.defaultSql.mid(1, c.defaultSql.size() - 2))
                                                          : QVariant(c.defaultSql.toLongLong());
    return full;
}

void RecordService::prepareCustomer(const Visibility &v, Row &row, const Row *old) const
{
    const Session &s = v.session();
    const bool mayAssign = s.role == UserRole::Admin || s.role == UserRole::Director || s.role == UserRole::Manager;
    const bool ownerGiven = row.contains(u"owner_id"_s) && (!old || row.value(u"owner_id"_s) != old->value(u"owner_id"_s));
    // A rep may name only themselves as the owner of a new customer (the desktop client
    // does, so its offline copy shows the customer as theirs at once).
    const bool ownsNew = !old && row.value(u"owner_id"_s).toString() == s.userId
        && (s.role == UserRole::Sales || s.role == UserRole::Manager);
    if (ownerGiven && !mayAssign && !ownsNew)
        throw forbidden();
    if (!old && !row.contains(u"owner_id"_s) && (s.role == UserRole::Sales || s.role == UserRole::Manager))
        row[u"owner_id"_s] = s.userId; // a rep's new customer is theirs
    if (!old || ownerGiven) {
        const QString owner = row.value(u"owner_id"_s).toString();
        QVariant department;
        if (!owner.isEmpty()) {
            const auto user = m_users.findById(owner);
            if (!user || user->disabled) {
                ValidationErrors e;
                e.add(u"ownerId"_s, u"not_found"_s, u"There is no such active user."_s);
                throw RequestError::validation(e);
            }
            if (s.role == UserRole::Manager && owner != s.userId
                && !m_users.usersWithin(s.departmentPaths).contains(owner))
                throw forbidden();
            if (!user->departmentIds.isEmpty())
                department = user->departmentIds.first();
        }
        row[u"department_id"_s] = department;
    }
    const Row merged = old ? [&] { Row m = *old; for (auto it = row.begin(); it != row.end(); ++it) m[it.key()] = it.value(); return m; }() : row;
    row[u"name_norm"_s] = CompanyName::normalizedKey(merged.value(u"name"_s).toString());
    const QString phone = PhoneNumber::normalizedKey(merged.value(u"phone"_s).toString());
    row[u"phone_norm"_s] = phone.isEmpty() ? QVariant() : QVariant(phone);
}

Row RecordService::create(const Visibility &v, const QString &table, Row row)
{
    const Session &session = v.session();
    if (row.contains(u"id"_s) && RecordWriter(m_db).read(table, row.value(u"id"_s).toString()))
        throw RequestError(409, u"conflict"_s, u"A record with this id exists."_s);
    if (table == u"customers") {
        if (session.role == UserRole::Clerk || session.role == UserRole::Service)
            throw RequestError(403, u"forbidden"_s, u"Your role cannot create customers."_s);
        prepareCustomer(v, row, nullptr);
    } else if (DomainSchema::isCatalogue(table)) {
        requireWrite(v, table, {});
    } else {
        const QString customerId = row.value(u"customer_id"_s).toString();
        if (customerId.isEmpty()) {
            ValidationErrors e;
            e.add(u"customerId"_s, u"required"_s, u"This field is required."_s);
            throw RequestError::validation(e);
        }
        const Row customer = readableCustomer(v, customerId);
        requireWrite(v, table, customer);
        row[u"owner_id"_s] = customer.value(u"owner_id"_s);
    }
    const Row full = withDefaults(table, row);
    validateFull(table, full);
    PipelineRules(m_db).checkWrite(v, table, nullptr, full, row);
    RecordWriter writer(m_db);
    const Row created = writer.insert(table, row, session.userId);
    if (table == u"activities")
        touchLastActivity(writer, created, session.userId);
    return created;
}

Row RecordService::update(const Visibility &v, const QString &table, const QString &id, Row changes,
                          std::optional<qint64> expectedVersion)
{
    const Session &session = v.session();
    const Row old = readable(v, table, id);
    if (expectedVersion && *expectedVersion != old.value(u"version"_s).toLongLong())
        throw RequestError(409, u"conflict"_s,
                           u"The record changed since version %1; it is now at %2. Read it again."_s
                               .arg(*expectedVersion)
                               .arg(old.value(u"version"_s).toLongLong()),
                           QJsonObject{{u"current"_s, RecordJson::toJson(table, old)}});
    if (table == u"customers") {
        requireWrite(v, table, old);
        prepareCustomer(v, changes, &old);
    } else if (DomainSchema::isCatalogue(table)) {
        requireWrite(v, table, old);
    } else {
        if (changes.contains(u"customer_id"_s) && changes.value(u"customer_id"_s) != old.value(u"customer_id"_s)) {
            ValidationErrors e;
            e.add(u"customerId"_s, u"read_only"_s, u"A record cannot move to another customer."_s);
            throw RequestError::validation(e);
        }
        requireWrite(v, table, readableCustomer(v, old.value(u"customer_id"_s).toString()));
    }
    Row merged = old;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged[it.key()] = it.value();
    validateFull(table, merged);
    PipelineRules(m_db).checkWrite(v, table, &old, merged, changes);
    RecordWriter writer(m_db);
    Row updated = writer.update(table, id, changes, session.userId);
    if (table == u"customers" && changes.contains(u"owner_id"_s))
        updated = writer.setCustomerOwner(id, updated.value(u"owner_id"_s), updated.value(u"department_id"_s), session.userId);
    if (table == u"activities")
        touchLastActivity(writer, updated, session.userId);
    return updated;
}

void RecordService::remove(const Visibility &v, const QString &table, const QString &id)
{
    const Row old = readable(v, table, id);
    if (table == u"customers" || DomainSchema::isCatalogue(table))
        requireWrite(v, table, old);
    else
        requireWrite(v, table, readableCustomer(v, old.value(u"customer_id"_s).toString()));
    PipelineRules(m_db).checkRemove(v, table, old);
    RecordWriter writer(m_db);
    if (table == u"customers")
        writer.removeCustomer(id, v.session().userId);
    else
        writer.remove(table, id, v.session().userId);
}

} // namespace Huike
