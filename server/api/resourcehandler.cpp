#include "resourcehandler.h"

#include "companyname.h"
#include "database.h"
#include "domainschema.h"
#include "phonenumber.h"
#include "recordjson.h"
#include "recordwriter.h"
#include "requesterror.h"
#include "router.h"
#include "timestamp.h"
#include "transaction.h"
#include "userdirectory.h"
#include "visibility.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QSet<QString> ServerFields{u"version"_s,   u"deleted"_s,   u"createdAt"_s, u"createdBy"_s,
                                 u"updatedAt"_s, u"updatedBy"_s, u"nameNorm"_s, u"phoneNorm"_s,
                                 u"lastActivityAt"_s};

QString likePattern(const QString &q)
{
    QString escaped = q;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

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

ResourceHandler::ResourceHandler(ApiContext context, Spec spec) : m_ctx(context), m_spec(std::move(spec)) { }

QList<ResourceHandler::Spec> ResourceHandler::standardResources()
{
    return {{u"customers"_s, u"customers"_s},       {u"contacts"_s, u"contacts"_s},
            {u"opportunities"_s, u"opportunities"_s}, {u"quotes"_s, u"quotes"_s},
            {u"quote-lines"_s, u"quote_lines"_s},   {u"contracts"_s, u"contracts"_s},
            {u"contract-lines"_s, u"contract_lines"_s}, {u"payment-plans"_s, u"payment_plans"_s},
            {u"payments"_s, u"payments"_s},         {u"invoices"_s, u"invoices"_s},
            {u"activities"_s, u"activities"_s},     {u"products"_s, u"products"_s}};
}

void ResourceHandler::registerRoutes(Router &router)
{
    const QString base = u"/api/v1/"_s + m_spec.path;
    using P = Router::Params;
    using R = QHttpServerRequest;
    router.add("GET", base, [this](const R &r, const P &) { return list(r); });
    router.add("POST", base, [this](const R &r, const P &) { return create(r); });
    router.add("GET", base + u"/{id}"_s, [this](const R &r, const P &p) { return get(r, p.value(u"id"_s)); });
    router.add("PATCH", base + u"/{id}"_s, [this](const R &r, const P &p) { return patch(r, p.value(u"id"_s)); });
    router.add("DELETE", base + u"/{id}"_s, [this](const R &r, const P &p) { return remove(r, p.value(u"id"_s)); });
    if (isCustomers()) {
        router.add("GET", base + u"/{id}/history"_s, [this](const R &r, const P &p) { return history(r, p.value(u"id"_s)); });
        router.add("POST", base + u"/{id}/claim"_s, [this](const R &r, const P &p) { return claim(r, p.value(u"id"_s)); });
        router.add("POST", base + u"/{id}/release"_s, [this](const R &r, const P &p) { return release(r, p.value(u"id"_s)); });
    }
}

Row ResourceHandler::readableCustomer(const Visibility &v, const QString &customerId)
{
    if (!Id::fromString(customerId))
        throw RequestError::notFound();
    const Visibility::Filter f = v.readableCustomers(u"c"_s);
    QVariantList values{customerId};
    values << f.values;
    if (m_ctx.db.scalar(u"SELECT count(*) FROM customers c WHERE c.id = ? AND c.deleted = 0 AND "_s + f.sql, values).toInt() == 0)
        throw RequestError::notFound();
    return *RecordWriter(m_ctx.db).read(u"customers"_s, customerId);
}

Row ResourceHandler::readable(const Visibility &v, const QString &id)
{
    if (!Id::fromString(id))
        throw RequestError::notFound();
    const std::optional<Row> row = RecordWriter(m_ctx.db).read(m_spec.table, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        throw RequestError::notFound();
    if (isCatalogue())
        return *row;
    readableCustomer(v, isCustomers() ? id : row->value(u"customer_id"_s).toString());
    return *row;
}

void ResourceHandler::requireWrite(const Visibility &v, const Row &customer) const
{
    if (isCatalogue()) {
        if (!v.mayWriteCatalogue())
            throw forbidden();
        return;
    }
    if (!v.mayWrite(m_spec.table, customer))
        throw forbidden();
}

void ResourceHandler::validateFull(const Row &row) const
{
    ValidationErrors errors;
    for (const ColumnDef &c : DomainSchema::table(m_spec.table).columns()) {
        if (c.notNull && c.defaultSql.isEmpty() && !c.primaryKey && c.name != u"created_at"
            && c.name != u"updated_at" && row.value(c.name).isNull())
            errors.add(Rows::jsonName(c.name), u"required"_s, u"This field is required."_s);
    }
    if (errors.isEmpty())
        errors.merge(Rows::validate(m_spec.table, row));
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
}

void ResourceHandler::prepareCustomer(const Visibility &v, Row &row, const Row *old) const
{
    const Session &s = v.session();
    const bool mayAssign = s.role == UserRole::Admin || s.role == UserRole::Director || s.role == UserRole::Manager;
    const bool ownerGiven = row.contains(u"owner_id"_s) && (!old || row.value(u"owner_id"_s) != old->value(u"owner_id"_s));
    if (ownerGiven && !mayAssign)
        throw forbidden();
    if (!old && !row.contains(u"owner_id"_s) && (s.role == UserRole::Sales || s.role == UserRole::Manager))
        row[u"owner_id"_s] = s.userId; // a rep's new customer is theirs
    if (!old || ownerGiven) {
        const QString owner = row.value(u"owner_id"_s).toString();
        QVariant department;
        if (!owner.isEmpty()) {
            const auto user = m_ctx.users.findById(owner);
            if (!user || user->disabled) {
                ValidationErrors e;
                e.add(u"ownerId"_s, u"not_found"_s, u"There is no such active user."_s);
                throw RequestError::validation(e);
            }
            if (s.role == UserRole::Manager && owner != s.userId
                && !m_ctx.users.usersWithin(s.departmentPaths).contains(owner))
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

ApiResponse ResourceHandler::list(const QHttpServerRequest &request)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    const QUrlQuery query(request.url());
    bool ok = true;
    int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 500) {
        ValidationErrors e;
        e.add(u"limit"_s, u"out_of_range"_s, u"limit is 1 to 500."_s);
        throw RequestError::validation(e);
    }
    const TableDef &def = DomainSchema::table(m_spec.table);
    QStringList where{u"t.deleted = 0"_s};
    QVariantList values;
    if (!isCatalogue()) {
        const Visibility::Filter f = v.readableCustomers(u"c"_s);
        if (isCustomers()) {
            QString sql = f.sql;
            where << sql.replace(u"c."_s, u"t."_s);
        } else {
            where << u"t.customer_id IN (SELECT c.id FROM customers c WHERE c.deleted = 0 AND "_s + f.sql + u")"_s;
        }
        values << f.values;
    }
    const QString cursor = query.queryItemValue(u"cursor"_s);
    if (!cursor.isEmpty()) {
        if (!Id::fromString(cursor)) {
            ValidationErrors e;
            e.add(u"cursor"_s, u"invalid_id"_s, u"Use the nextCursor of the previous page."_s);
            throw RequestError::validation(e);
        }
        where << u"t.id > ?"_s;
        values << cursor.toLower();
    }
    const QString since = query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded);
    if (!since.isEmpty()) {
        const auto t = Timestamp::parse(since);
        if (!t) {
            ValidationErrors e;
            e.add(u"updated_since"_s, u"invalid_timestamp"_s, u"Use a UTC time, e.g. 2026-11-24T00:00:00.000Z."_s);
            throw RequestError::validation(e);
        }
        where << u"t.updated_at > ?"_s;
        values << Timestamp::toText(*t);
    }
    const QString customerId = query.queryItemValue(u"customer_id"_s);
    if (!customerId.isEmpty() && def.column(u"customer_id"_s)) {
        where << u"t.customer_id = ?"_s;
        values << customerId;
    }
    const QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (!q.isEmpty()) {
        QStringList searchable;
        for (const QString &c : {u"name"_s, u"short_name"_s, u"phone"_s, u"mobile"_s, u"number"_s, u"code"_s, u"subject"_s})
            if (def.column(c))
                searchable << u"t.%1 LIKE ? ESCAPE '\\'"_s.arg(c);
        if (!searchable.isEmpty()) {
            where << u"("_s + searchable.join(u" OR "_s) + u")"_s;
            for (qsizetype i = 0; i < searchable.size(); ++i)
                values << likePattern(q.left(100));
        }
    }
    values << limit + 1;
    QStringList cols;
    for (const QString &c : def.columnNames())
        cols << u"t."_s + c;
    QSqlQuery result = m_ctx.db.exec(u"SELECT %1 FROM %2 t WHERE %3 ORDER BY t.id LIMIT ?"_s.arg(
                                         cols.join(u", "), m_spec.table, where.join(u" AND "_s)),
                                     values);
    QJsonArray items;
    QString last;
    const QStringList names = def.columnNames();
    int n = 0;
    bool more = false;
    while (result.next()) {
        if (++n > limit) {
            more = true;
            break;
        }
        Row row;
        for (qsizetype i = 0; i < names.size(); ++i)
            row.insert(names[i], result.value(int(i)));
        last = row.value(u"id"_s).toString();
        items.append(RecordJson::toJson(m_spec.table, row));
    }
    return ApiResponse::json(QJsonObject{{u"items"_s, items},
                                         {u"nextCursor"_s, more ? QJsonValue(last) : QJsonValue()}});
}

ApiResponse ResourceHandler::get(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    return ApiResponse::json(RecordJson::toJson(m_spec.table, readable(v, id)));
}

ApiResponse ResourceHandler::create(const QHttpServerRequest &request)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    const QJsonObject body = ApiContext::jsonBody(request);
    ValidationErrors errors;
    Row row = RecordJson::fromJson(m_spec.table, body, &errors, ServerFields);
    if (!errors.isEmpty())
        throw RequestError::validation(errors);

    Transaction t(m_ctx.db);
    if (row.contains(u"id"_s) && RecordWriter(m_ctx.db).read(m_spec.table, row.value(u"id"_s).toString()))
        throw RequestError(409, u"conflict"_s, u"A record with this id exists."_s);
    if (isCustomers()) {
        if (session.role == UserRole::Clerk || session.role == UserRole::Service)
            throw RequestError(403, u"forbidden"_s, u"Your role cannot create customers."_s);
        prepareCustomer(v, row, nullptr);
    } else if (isCatalogue()) {
        requireWrite(v, {});
    } else {
        const QString customerId = row.value(u"customer_id"_s).toString();
        if (customerId.isEmpty()) {
            ValidationErrors e;
            e.add(u"customerId"_s, u"required"_s, u"This field is required."_s);
            throw RequestError::validation(e);
        }
        const Row customer = readableCustomer(v, customerId);
        requireWrite(v, customer);
        row[u"owner_id"_s] = customer.value(u"owner_id"_s);
    }
    Row full = row;
    for (const ColumnDef &c : DomainSchema::table(m_spec.table).columns())
        if (!full.contains(c.name) && !c.defaultSql.isEmpty())
            full[c.name] = c.defaultSql.startsWith(u'\'') ? QVariant(c.defaultSql.mid(1, c.defaultSql.size() - 2))
                                                          : QVariant(c.defaultSql.toLongLong());
    validateFull(full);
    RecordWriter writer(m_ctx.db);
    const Row created = writer.insert(m_spec.table, row, session.userId);
    if (m_spec.table == u"activities")
        touchLastActivity(writer, created, session.userId);
    t.commit();
    ApiResponse response = ApiResponse::json(RecordJson::toJson(m_spec.table, created), 201);
    response.headers.append({"Location", (u"/api/v1/"_s + m_spec.path + u'/' + created.value(u"id"_s).toString()).toUtf8()});
    return response;
}

ApiResponse ResourceHandler::patch(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    QJsonObject body = ApiContext::jsonBody(request);
    const QJsonValue expectedVersion = body.take(u"version"_s);

    Transaction t(m_ctx.db);
    const Row old = readable(v, id); // out of scope is 404 before anything else is said
    ValidationErrors errors;
    Row changes = RecordJson::fromJson(m_spec.table, body, &errors, ServerFields + QSet<QString>{u"id"_s});
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
    if (!expectedVersion.isUndefined() && expectedVersion.toInteger(-1) != old.value(u"version"_s).toLongLong())
        throw RequestError(409, u"conflict"_s,
                           u"The record changed since version %1; it is now at %2. Read it again."_s
                               .arg(expectedVersion.toInteger(-1))
                               .arg(old.value(u"version"_s).toLongLong()),
                           QJsonObject{{u"current"_s, RecordJson::toJson(m_spec.table, old)}});
    if (isCustomers()) {
        requireWrite(v, old);
        prepareCustomer(v, changes, &old);
    } else if (isCatalogue()) {
        requireWrite(v, old);
    } else {
        if (changes.contains(u"customer_id"_s) && changes.value(u"customer_id"_s) != old.value(u"customer_id"_s)) {
            ValidationErrors e;
            e.add(u"customerId"_s, u"read_only"_s, u"A record cannot move to another customer."_s);
            throw RequestError::validation(e);
        }
        requireWrite(v, readableCustomer(v, old.value(u"customer_id"_s).toString()));
    }
    Row merged = old;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged[it.key()] = it.value();
    validateFull(merged);
    RecordWriter writer(m_ctx.db);
    Row updated = writer.update(m_spec.table, id, changes, session.userId);
    if (isCustomers() && changes.contains(u"owner_id"_s))
        updated = writer.setCustomerOwner(id, updated.value(u"owner_id"_s), updated.value(u"department_id"_s), session.userId);
    if (m_spec.table == u"activities")
        touchLastActivity(writer, updated, session.userId);
    t.commit();
    return ApiResponse::json(RecordJson::toJson(m_spec.table, updated));
}

ApiResponse ResourceHandler::remove(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    Transaction t(m_ctx.db);
    const Row old = readable(v, id);
    if (isCustomers() || isCatalogue())
        requireWrite(v, old);
    else
        requireWrite(v, readableCustomer(v, old.value(u"customer_id"_s).toString()));
    RecordWriter writer(m_ctx.db);
    if (isCustomers())
        writer.removeCustomer(id, session.userId);
    else
        writer.remove(m_spec.table, id, session.userId);
    t.commit();
    return ApiResponse::noContent();
}

ApiResponse ResourceHandler::history(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    readable(v, id);
    QJsonArray items;
    for (const QJsonObject &e : RecordWriter(m_ctx.db).history(id))
        items.append(e);
    return ApiResponse::json(QJsonObject{{u"items"_s, items}});
}

ApiResponse ResourceHandler::claim(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    if (session.role != UserRole::Sales && session.role != UserRole::Manager)
        throw RequestError(403, u"forbidden"_s, u"Only sales staff claim customers from the pool."_s);
    Transaction t(m_ctx.db);
    const Row old = readable(v, id);
    if (!old.value(u"owner_id"_s).isNull())
        throw RequestError(409, u"conflict"_s, u"This customer is not in the pool (someone claimed it first)."_s);
    const Row updated = RecordWriter(m_ctx.db).setCustomerOwner(
        id, session.userId,
        session.departmentIds.isEmpty() ? QVariant() : QVariant(session.departmentIds.first()), session.userId);
    t.commit();
    return ApiResponse::json(RecordJson::toJson(u"customers"_s, updated));
}

ApiResponse ResourceHandler::release(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    Transaction t(m_ctx.db);
    const Row old = readable(v, id);
    if (old.value(u"owner_id"_s).isNull())
        throw RequestError(409, u"conflict"_s, u"This customer is already in the pool."_s);
    const bool own = old.value(u"owner_id"_s).toString() == session.userId;
    if (!own && !(session.role == UserRole::Admin || session.role == UserRole::Director
                  || (session.role == UserRole::Manager && v.mayWrite(u"customers"_s, old))))
        throw forbidden();
    const Row updated = RecordWriter(m_ctx.db).setCustomerOwner(id, QVariant(), QVariant(), session.userId);
    t.commit();
    return ApiResponse::json(RecordJson::toJson(u"customers"_s, updated));
}

} // namespace Huike
