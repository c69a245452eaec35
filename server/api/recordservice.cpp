#include "api/recordservice.h"

#include "api/pipelinerules.h"
#include "auth/userdirectory.h"
#include "auth/visibility.h"
#include "core/companyname.h"
#include "core/creditcode.h"
#include "core/phonenumber.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"
#include "sync/recordjson.h"

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

// The store's unique index on live customers' credit codes (server/store/servermigrations)
// refused a write that raced past checkCreditCode: a second transaction inserting the same
// code while the first was not yet committed.
bool isCreditCodeViolation(const SchemaError &e)
{
    return e.message().contains(u"ux_customers_credit_code"_s) || e.message().contains(u"customers.credit_code"_s);
}

RequestError duplicateCreditCode(const QJsonObject &details = {})
{
    ValidationErrors e;
    e.add(u"creditCode"_s, u"duplicate_credit_code"_s, u"Another customer has this unified social credit code."_s);
    QJsonObject fields = e.toJson();
    for (auto it = details.begin(); it != details.end(); ++it)
        fields.insert(it.key(), it.value());
    return RequestError(409, u"duplicate_credit_code"_s, u"Another customer has this unified social credit code."_s, fields);
}

} // namespace

RecordService::RecordService(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

QSet<QString> RecordService::readOnlyFields(const QString &table, bool creating)
{
    QSet<QString> out;
    for (const ColumnDef &c : DomainSchema::table(table).columns()) {
        if (c.write == WriteRule::Server || (!creating && c.name == u"id"))
            out.insert(Rows::jsonName(c.name));
    }
    return out;
}

void RecordService::checkWriteRules(const QString &table, const Row &changes, const Row *old) const
{
    const TableDef &def = DomainSchema::table(table);
    // The record's customer, which a link must share (customer_id never changes).
    const QString customerId = (changes.contains(u"customer_id"_s) || !old ? changes : *old).value(u"customer_id"_s).toString();
    ValidationErrors errors;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const ColumnDef *c = def.column(it.key());
        if (!c)
            continue; // the row codec and the validation say what is unknown
        const QString field = Rows::jsonName(c->name);
        const bool changing = !old || old->value(c->name) != it.value();
        if (c->write == WriteRule::Server) {
            if (changing || !old)
                errors.add(field, u"read_only"_s, u"This field is set by the server."_s);
            continue;
        }
        if (c->write == WriteRule::CreateOnly && old && changing) {
            errors.add(field, u"read_only"_s, u"This field is fixed when the record is created."_s);
            continue;
        }
        if (c->type != ColumnType::Id || it.value().isNull())
            continue;
        const QString text = it.value().toString();
        const std::optional<Id> id = Id::fromString(text);
        if (!id || id->toString() != text) {
            errors.add(field, u"invalid_id"_s, u"Expected an id in its canonical form (36 lower-case characters)."_s);
            continue;
        }
        if (c->name == u"id" && !old && (id->version() != 7 || (id->bytes()[8] & 0xc0) != 0x80)) {
            errors.add(field, u"invalid_id"_s, u"A new record's id is a UUID version 7."_s);
            continue;
        }
        // A link to another record: it exists, is not deleted, and is the same customer's
        // (the customer itself is checked by the scope: outside it is 404, not 422).
        if (c->references.isEmpty() || c->name == u"customer_id" || !changing)
            continue;
        const std::optional<Row> target = RecordWriter(m_db).read(c->references, text);
        const bool customersRecord = DomainSchema::table(c->references).scope() == ScopeKind::CustomerChild;
        if (!target || target->value(u"deleted"_s).toInt() != 0
            || (customersRecord && target->value(u"customer_id"_s).toString() != customerId)) {
            ValidationErrors e;
            e.add(field, u"not_found"_s, u"There is no such record for this customer."_s);
            throw RequestError(422, u"not_found"_s, u"There is no such record for this customer."_s, RequestError::validation(e).fields());
        }
    }
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
}

Row RecordService::readableCustomer(const Visibility &v, const QString &customerIdText)
{
    const std::optional<Id> parsed = Id::fromString(customerIdText);
    if (!parsed)
        throw RequestError::notFound();
    const QString customerId = parsed->toString();
    const Visibility::Filter f = v.readableCustomers(u"c"_s);
    QVariantList values{customerId};
    values << f.values;
    if (m_db.scalar(u"SELECT count(*) FROM customers c WHERE c.id = ? AND c.deleted = 0 AND "_s + f.sql, values).toInt() == 0)
        throw RequestError::notFound();
    return *RecordWriter(m_db).read(u"customers"_s, customerId);
}

Row RecordService::readable(const Visibility &v, const QString &table, const QString &idText)
{
    const std::optional<Id> parsed = Id::fromString(idText);
    if (!parsed)
        throw RequestError::notFound();
    const QString id = parsed->toString();
    const std::optional<Row> row = RecordWriter(m_db).read(table, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        throw RequestError::notFound();
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::Organisation: // users and departments: the server's, through their own routes
    case ScopeKind::Undeclared:
        throw RequestError::notFound();
    case ScopeKind::Customer:
    case ScopeKind::CustomerChild:
        readableCustomer(v, table == u"customers" ? id : row->value(u"customer_id"_s).toString());
        return *row;
    case ScopeKind::MemberChild:
        readableRecord(v, table, row->value(DomainSchema::table(table).parentColumn()).toString());
        return *row;
    default:
        if (!sees(v, table, *row))
            throw RequestError::notFound();
        return *row;
    }
}

bool RecordService::sees(const Visibility &v, const QString &table, const Row &row)
{
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::Organisation:
    case ScopeKind::Catalogue:
        return true;
    case ScopeKind::Owned:
        return v.seesOwned(row.value(u"owner_id"_s), row.value(u"department_id"_s));
    case ScopeKind::Members:
        return v.seesMembers(table, row);
    case ScopeKind::MemberChild: {
        const TableDef &def = DomainSchema::table(table);
        const auto parent = RecordWriter(m_db).read(def.parentTable(), row.value(def.parentColumn()).toString());
        return parent && v.seesMembers(def.parentTable(), *parent);
    }
    case ScopeKind::Customer:
    case ScopeKind::CustomerChild: {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, table == u"customers" ? row.value(u"id"_s).toString()
                                                                                          : row.value(u"customer_id"_s).toString());
        return customer && v.seesCustomer(*customer);
    }
    case ScopeKind::Undeclared:
        break;
    }
    return false;
}

Row RecordService::readableRecord(const Visibility &v, const QString &table, const QString &parentIdText)
{
    const TableDef &def = DomainSchema::table(table);
    const std::optional<Id> parsed = Id::fromString(parentIdText);
    if (!parsed)
        throw RequestError::notFound();
    const std::optional<Row> parent = RecordWriter(m_db).read(def.parentTable(), parsed->toString());
    if (!parent || parent->value(u"deleted"_s).toInt() != 0 || !v.seesMembers(def.parentTable(), *parent))
        throw RequestError::notFound();
    return *parent;
}

void RecordService::requireWrite(const Visibility &v, const QString &table, const Row &customer) const
{
    if (DomainSchema::isCatalogue(table)) {
        if (!v.mayWriteCatalogue(table))
            throw forbidden();
        return;
    }
    switch (DomainSchema::scopeOf(table)) {
    case ScopeKind::Owned:
        if (!v.mayWriteOwned(customer))
            throw forbidden();
        return;
    case ScopeKind::Members:
        if (!v.seesMembers(table, customer))
            throw forbidden();
        return;
    case ScopeKind::MemberChild: {
        // `customer` is the Members record: its members write its records; its list only
        // who may write it as an owned record.
        const TableDef &def = DomainSchema::table(table);
        if (def.isMembersList() ? !v.mayWriteOwned(customer) : !v.seesMembers(def.parentTable(), customer))
            throw forbidden();
        return;
    }
    default:
        break;
    }
    if (!v.mayWrite(table, customer))
        throw forbidden();
}

// A stored record is writable as itself (a customer, the catalogue, an owned record) or as
// its customer's (a customer's record).
void RecordService::requireWriteOf(const Visibility &v, const QString &table, const Row &old)
{
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (kind == ScopeKind::CustomerChild)
        requireWrite(v, table, readableCustomer(v, old.value(u"customer_id"_s).toString()));
    else if (kind == ScopeKind::MemberChild)
        requireWrite(v, table, readableRecord(v, table, old.value(DomainSchema::table(table).parentColumn()).toString()));
    else
        requireWrite(v, table, old);
}

// An owned record is its creator's unless they name someone else: administrators and
// directors anyone active, a manager someone of their subtree. Its department follows the
// owner (the owner's first department), so the managers above the owner see it.
void RecordService::prepareOwned(const Visibility &v, Row &row, const Row *old) const
{
    const Session &s = v.session();
    if (!old && row.value(u"owner_id"_s).isNull())
        row[u"owner_id"_s] = s.userId;
    if (old && (!row.contains(u"owner_id"_s) || row.value(u"owner_id"_s) == old->value(u"owner_id"_s)))
        return;
    const QString owner = row.value(u"owner_id"_s).toString();
    std::optional<UserDirectory::UserInfo> user;
    if (!owner.isEmpty())
        user = m_users.findById(owner);
    if (!user || user->disabled) {
        ValidationErrors e;
        e.add(u"ownerId"_s, u"not_found"_s, u"There is no such active user."_s);
        throw RequestError::validation(e);
    }
    const bool mayAssign = s.role == UserRole::Admin || s.role == UserRole::Director
        || (s.role == UserRole::Manager && m_users.usersWithin(s.departmentPaths).contains(owner));
    if (owner != s.userId && !mayAssign)
        throw forbidden();
    row[u"department_id"_s] = user->departmentIds.isEmpty() ? QVariant() : QVariant(user->departmentIds.first());
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
    // The department the caller named (if any) is checked against the one it follows from.
    const std::optional<QVariant> named = row.contains(u"department_id"_s)
        ? std::optional<QVariant>(row.take(u"department_id"_s)) : std::nullopt;
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
    const QVariant followed = row.contains(u"department_id"_s) ? row.value(u"department_id"_s)
                                                             : old->value(u"department_id"_s);
    // (A new customer's department given as null is no choice: it follows the owner.)
    if (named && !(named->isNull() && !old) && named->toString() != followed.toString()) {
        checkDepartment(v, *named, old);
        row[u"department_id"_s] = *named;
    }
    const Row merged = old ? [&] { Row m = *old; for (auto it = row.begin(); it != row.end(); ++it) m[it.key()] = it.value(); return m; }() : row;
    // A credit code is stored in its normalised form (upper case, half width, no spaces or
    // dashes), the form its uniqueness is checked in; an invalid one is refused as it is.
    if (row.contains(u"credit_code"_s)) {
        const QString code = row.value(u"credit_code"_s).toString();
        if (code.trimmed().isEmpty())
            row[u"credit_code"_s] = QVariant();
        else if (CreditCode::isValid(code))
            row[u"credit_code"_s] = CreditCode::normalize(code);
    }
    row[u"name_norm"_s] = CompanyName::normalizedKey(merged.value(u"name"_s).toString());
    const QString phone = PhoneNumber::normalizedKey(merged.value(u"phone"_s).toString());
    row[u"phone_norm"_s] = phone.isEmpty() ? QVariant() : QVariant(phone);
}

// Which clerks see a customer follows its department, which follows its owner; moving it
// elsewhere is for administrators, directors, and a manager above both departments.
void RecordService::checkDepartment(const Visibility &v, const QVariant &department, const Row *old) const
{
    const Session &s = v.session();
    if (!department.isNull()
        && m_db.scalar(u"SELECT count(*) FROM departments WHERE id = ? AND deleted = 0"_s, {department}).toInt() == 0) {
        ValidationErrors e;
        e.add(u"departmentId"_s, u"not_found"_s, u"There is no such department."_s);
        throw RequestError::validation(e);
    }
    if (s.role == UserRole::Admin || s.role == UserRole::Director)
        return;
    if (s.role == UserRole::Manager && !department.isNull()) {
        const QStringList &mine = v.subtreeDepartments();
        if (mine.contains(department.toString()) && (!old || mine.contains(old->value(u"department_id"_s).toString())))
            return;
    }
    throw RequestError(403, u"forbidden"_s,
                       u"A customer's department follows its owner; only an administrator, a director or a manager "
                       u"above both departments moves it."_s);
}

// A unified social credit code names one company: no second live customer has it (409
// duplicate_credit_code, with the existing customer's id when the caller may see it).
void RecordService::checkCreditCode(const Visibility &v, const Row &row) const
{
    const QString code = row.value(u"credit_code"_s).toString();
    if (code.isEmpty() || row.value(u"deleted"_s).toInt() != 0)
        return;
    const QString self = row.value(u"id"_s).toString(); // none yet on a create without an id
    const QList<Row> others = Rows::select(m_db, u"customers"_s, u"credit_code = ? AND deleted = 0 AND id <> ? ORDER BY id LIMIT 1"_s,
                                           {code, self.isEmpty() ? u"-"_s : self});
    if (others.isEmpty())
        return;
    QJsonObject details;
    if (v.seesCustomer(others.first()))
        details.insert(u"existingId"_s, others.first().value(u"id"_s).toString());
    throw duplicateCreditCode(details);
}

Row RecordService::create(const Visibility &v, const QString &table, Row row)
{
    const Session &session = v.session();
    const ScopeKind kind = DomainSchema::scopeOf(table);
    checkWriteRules(table, row, nullptr);
    if (row.contains(u"id"_s) && RecordWriter(m_db).read(table, row.value(u"id"_s).toString()))
        throw RequestError(409, u"conflict"_s, u"A record with this id exists."_s);
    if (table == u"customers") {
        if (session.role == UserRole::Clerk || session.role == UserRole::Service)
            throw RequestError(403, u"forbidden"_s, u"Your role cannot create customers."_s);
        prepareCustomer(v, row, nullptr);
    } else if (DomainSchema::isCatalogue(table)) {
        requireWrite(v, table, {});
    } else if (kind == ScopeKind::Owned || kind == ScopeKind::Members) {
        prepareOwned(v, row, nullptr);
        requireWrite(v, table, row);
    } else {
        // A customer's record or a Members record's: its record, readable, named.
        const QString column = DomainSchema::table(table).parentColumn();
        if (column.isEmpty())
            throw RequestError::notFound();
        const QString parentId = row.value(column).toString();
        if (parentId.isEmpty()) {
            ValidationErrors e;
            e.add(Rows::jsonName(column), u"required"_s, u"This field is required."_s);
            throw RequestError::validation(e);
        }
        const Row parent = kind == ScopeKind::CustomerChild ? readableCustomer(v, parentId) : readableRecord(v, table, parentId);
        requireWrite(v, table, parent);
        row[u"owner_id"_s] = parent.value(u"owner_id"_s); // a record's owner is always its customer's (or record's)
    }
    const Row full = withDefaults(table, row);
    validateFull(table, full);
    if (table == u"customers")
        checkCreditCode(v, full);
    PipelineRules rules(m_db);
    rules.checkWrite(v, table, nullptr, full, row);
    RecordWriter writer(m_db);
    Row created;
    try {
        created = writer.insert(table, row, session.userId);
    } catch (const SchemaError &e) {
        if (table == u"customers" && isCreditCodeViolation(e))
            throw duplicateCreditCode();
        throw;
    }
    rules.afterWrite(writer, table, nullptr, created, session.userId);
    if (table == u"approvals") // its step and approver, named by the engine
        created = writer.read(table, created.value(u"id"_s).toString()).value_or(created);
    if (table == u"activities")
        touchLastActivity(writer, created, session.userId);
    return created;
}

Row RecordService::update(const Visibility &v, const QString &table, const QString &idText, Row changes,
                          std::optional<qint64> expectedVersion)
{
    const Session &session = v.session();
    const Row old = readable(v, table, idText);
    const QString id = old.value(u"id"_s).toString();
    if (expectedVersion && *expectedVersion != old.value(u"version"_s).toLongLong())
        throw RequestError(409, u"conflict"_s,
                           u"The record changed since version %1; it is now at %2. Read it again."_s
                               .arg(*expectedVersion)
                               .arg(old.value(u"version"_s).toLongLong()),
                           QJsonObject{{u"current"_s, RecordJson::toJson(table, old)}});
    requireWriteOf(v, table, old);
    checkWriteRules(table, changes, &old);
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (table == u"customers")
        prepareCustomer(v, changes, &old);
    else if (kind == ScopeKind::Owned || kind == ScopeKind::Members) {
        // A member writes a Members record, but only who may write it as an owned record
        // gives it to someone else.
        if (kind == ScopeKind::Members && changes.contains(u"owner_id"_s)
            && changes.value(u"owner_id"_s) != old.value(u"owner_id"_s) && !v.mayWriteOwned(old))
            throw forbidden();
        prepareOwned(v, changes, &old);
    }
    Row merged = old;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged[it.key()] = it.value();
    validateFull(table, merged);
    if (table == u"customers" && changes.contains(u"credit_code"_s)
        && changes.value(u"credit_code"_s).toString() != old.value(u"credit_code"_s).toString())
        checkCreditCode(v, merged);
    PipelineRules rules(m_db);
    rules.checkWrite(v, table, &old, merged, changes);
    // A new owner or department moves the customer with all its records (their scope
    // before the move is the customer's before it).
    Row move;
    if (table == u"customers")
        for (const QString &c : {u"owner_id"_s, u"department_id"_s})
            if (changes.contains(c))
                move.insert(c, changes.take(c));
    RecordWriter writer(m_db);
    Row updated;
    try {
        updated = writer.update(table, id, changes, session.userId);
    } catch (const SchemaError &e) {
        if (table == u"customers" && isCreditCodeViolation(e))
            throw duplicateCreditCode();
        throw;
    }
    rules.afterWrite(writer, table, &old, updated, session.userId);
    if (table == u"approvals" || table == u"contracts") // what followed may have changed it (a decision)
        updated = writer.read(table, id).value_or(updated);
    if (!move.isEmpty())
        updated = writer.setCustomerOwner(id, move.contains(u"owner_id"_s) ? move.value(u"owner_id"_s) : updated.value(u"owner_id"_s),
                                          move.contains(u"department_id"_s) ? move.value(u"department_id"_s)
                                                                           : updated.value(u"department_id"_s),
                                          session.userId);
    if (table == u"activities")
        touchLastActivity(writer, updated, session.userId);
    return updated;
}

void RecordService::remove(const Visibility &v, const QString &table, const QString &idText)
{
    const Row old = readable(v, table, idText);
    const QString id = old.value(u"id"_s).toString();
    requireWriteOf(v, table, old);
    PipelineRules rules(m_db);
    rules.checkRemove(v, table, old);
    // A customer's or a Members record's records (and list) go with it.
    RecordWriter writer(m_db);
    writer.removeWithChildren(table, id, v.session().userId);
    rules.afterRemove(writer, table, old, v.session().userId);
}

} // namespace Huike
