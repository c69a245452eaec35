#include "api/resourcehandler.h"

#include "api/customermerge.h"
#include "api/recordservice.h"
#include "api/router.h"
#include "auth/userdirectory.h"
#include "auth/visibility.h"
#include "core/approval.h"
#include "core/companyname.h"
#include "core/phonenumber.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"
#include "sync/recordjson.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

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

// A release says why (POST …/release {"reason": "…"}): required, at most 200 characters.
QString releaseReason(const QHttpServerRequest &request)
{
    const QJsonValue value = request.body().trimmed().isEmpty() ? QJsonValue() : ApiContext::jsonBody(request).value(u"reason"_s);
    const QString reason = value.toString().trimmed();
    ValidationErrors e;
    if (!value.isString() || reason.isEmpty())
        e.add(u"reason"_s, u"required"_s, u"Say why the customer goes back to the pool."_s);
    else if (reason.size() > 200)
        e.add(u"reason"_s, u"too_long"_s, u"The reason is at most 200 characters."_s);
    if (!e.isEmpty())
        throw RequestError::validation(e);
    return reason;
}

// pool.max_customers_per_rep (0 or unset: no limit): a rep holding that many live
// customers claims no more.
void checkPoolLimit(Database &db, const QString &userId)
{
    const int limit = Rows::setting(db, SettingKeys::PoolMaxCustomersPerRep).trimmed().toInt();
    if (limit <= 0)
        return;
    const int held = db.scalar(u"SELECT count(*) FROM customers WHERE owner_id = ? AND deleted = 0"_s, {userId}).toInt();
    if (held >= limit)
        throw RequestError(409, u"limit_reached"_s,
                           u"You already hold %1 customers, the most a rep may hold (%2); release one before you claim another."_s
                               .arg(held)
                               .arg(limit),
                           QJsonObject{{u"held"_s, held}, {u"limit"_s, limit}});
}

} // namespace

ResourceHandler::ResourceHandler(ApiContext context, Spec spec)
    : m_ctx(context), m_spec(std::move(spec)), m_records(context.db, context.users)
{
}

bool ResourceHandler::isCatalogue() const
{
    return DomainSchema::isCatalogue(m_spec.table);
}

QList<ResourceHandler::Spec> ResourceHandler::standardResources()
{
    // Every table that declares a resource (TableDef::resource).
    QList<Spec> out;
    for (const TableDef &t : DomainSchema::tables())
        if (!t.resourcePath().isEmpty())
            out.append({t.resourcePath(), t.name()});
    return out;
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
    router.add("GET", base + u"/{id}/history"_s, [this](const R &r, const P &p) { return history(r, p.value(u"id"_s)); });
    if (isCustomers()) {
        router.add("POST", base + u"/{id}/claim"_s, [this](const R &r, const P &p) { return claim(r, p.value(u"id"_s)); });
        router.add("POST", base + u"/{id}/release"_s, [this](const R &r, const P &p) { return release(r, p.value(u"id"_s)); });
        m_merge = std::make_shared<CustomerMergeHandler>(m_ctx);
        m_merge->registerRoutes(router);
    }
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
    // The conditions every page shares; the scope is added below.
    QStringList where{u"t.deleted = 0"_s};
    QVariantList values;
    const QString cursor = query.queryItemValue(u"cursor"_s);
    // One customer's records (ignored for a table without customer_id).
    const QString customerId = def.column(u"customer_id"_s) ? query.queryItemValue(u"customer_id"_s) : QString();
    // A Members record's children may be asked for by their record (?project_id=…).
    const QString parentColumn = def.scope() == ScopeKind::MemberChild ? def.parentColumn() : QString();
    const QString parentId = parentColumn.isEmpty() ? QString() : query.queryItemValue(parentColumn);
    // A customer's records for a user who sees part of the customers page by customer
    // (Visibility::readableChildPage; the cursor is then "<customer>/<id>"), unless one
    // customer's records are asked for; a Members record's children likewise by record.
    const bool byCustomer = v.pagesByParent(m_spec.table) && customerId.isEmpty() && parentId.isEmpty()
        && (cursor.isEmpty() || Visibility::isChildCursor(cursor));
    if (!cursor.isEmpty() && !byCustomer) {
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
    if (!customerId.isEmpty() && def.column(u"customer_id"_s)) {
        where << u"t.customer_id = ?"_s;
        values << customerId;
    }
    if (!parentId.isEmpty()) {
        where << u"t.%1 = ?"_s.arg(parentColumn);
        values << parentId;
    }
    // A request's steps (?approval_id=…).
    if (const QString approvalId = def.column(u"approval_id"_s) ? query.queryItemValue(u"approval_id"_s) : QString();
        !approvalId.isEmpty()) {
        where << u"t.approval_id = ?"_s;
        values << approvalId;
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
    QStringList cols;
    for (const QString &c : def.columnNames())
        cols << u"t."_s + c;
    const QString select = u"SELECT %1 FROM %2 t WHERE "_s.arg(cols.join(u", "), m_spec.table);
    QString sql;
    QVariantList bound;
    QString order = u"t.id"_s;
    std::optional<Visibility::ChildPage> child;
    if (byCustomer) {
        child = v.readableChildPage(m_spec.table, cursor, qBound(50, limit, 1000));
        sql = select + where.join(u" AND "_s) + u" AND "_s + child->filter.sql;
        bound = values + child->filter.values;
        order = child->order();
    } else if (isCatalogue()) {
        sql = select + where.join(u" AND "_s);
        bound = values;
    } else if (!parentId.isEmpty()) {
        // One record's records: the record readable, or nothing (as for a customer's).
        bool readable = true;
        try {
            RecordService(m_ctx.db, m_ctx.users).readableRecord(v, m_spec.table, parentId);
        } catch (const RequestError &) {
            readable = false;
        }
        sql = select + where.join(u" AND "_s) + (readable ? QString() : u" AND 1 = 0"_s);
        bound = values;
    } else if (!v.pagesByBranch(m_spec.table)) {
        const Visibility::Filter f = v.readableRecords(m_spec.table);
        sql = select + where.join(u" AND "_s) + u" AND "_s + f.sql;
        bound = values + f.values;
    } else {
        const Visibility::Filter page = v.readablePage(m_spec.table, where.join(u" AND "_s), values, limit + 1);
        sql = select + page.sql;
        bound = page.values;
    }
    bound << limit + 1;
    QSqlQuery result = m_ctx.db.exec(sql + u" ORDER BY "_s + order + u" LIMIT ?"_s, bound);
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
        last = child ? row.value(child->parentColumn).toString() + u'/' + row.value(u"id"_s).toString()
                     : row.value(u"id"_s).toString();
        items.append(RecordJson::toJson(m_spec.table, row));
    }
    // A page of a customer's records may end early, at the end of a batch of customers:
    // its cursor then goes on after the batch's last customer.
    QJsonValue next;
    if (more)
        next = last;
    else if (child && !child->batchLast.isEmpty())
        next = QString(child->batchLast + u'/');
    return ApiResponse::json(QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, next}});
}

ApiResponse ResourceHandler::get(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    return ApiResponse::json(RecordJson::toJson(m_spec.table, m_records.readable(v, m_spec.table, id)));
}

ApiResponse ResourceHandler::create(const QHttpServerRequest &request)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    const QJsonObject body = ApiContext::jsonBody(request);
    ValidationErrors errors;
    const Row row = RecordJson::fromJson(m_spec.table, body, &errors, RecordService::readOnlyFields(m_spec.table, true));
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
    Transaction t(m_ctx.db);
    const Row created = m_records.create(v, m_spec.table, row);
    t.commit();
    ApiResponse response = ApiResponse::json(RecordJson::toJson(m_spec.table, created), 201);
    response.headers.append({"Location", (u"/api/v1/"_s + m_spec.path + u'/' + created.value(u"id"_s).toString()).toUtf8()});
    return response;
}

ApiResponse ResourceHandler::patch(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    QJsonObject body = ApiContext::jsonBody(request);
    const QJsonValue expectedVersion = body.take(u"version"_s);
    Transaction t(m_ctx.db);
    m_records.readable(v, m_spec.table, id); // out of scope is 404 before anything else is said
    ValidationErrors errors;
    const Row changes = RecordJson::fromJson(m_spec.table, body, &errors, RecordService::readOnlyFields(m_spec.table, false));
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
    const Row updated = m_records.update(v, m_spec.table, id, changes,
                                         expectedVersion.isUndefined() ? std::nullopt
                                                                       : std::optional<qint64>(expectedVersion.toInteger(-1)));
    t.commit();
    return ApiResponse::json(RecordJson::toJson(m_spec.table, updated));
}

ApiResponse ResourceHandler::remove(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    Transaction t(m_ctx.db);
    m_records.remove(v, m_spec.table, id);
    t.commit();
    return ApiResponse::noContent();
}

ApiResponse ResourceHandler::history(const QHttpServerRequest &request, const QString &id)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    const QString canonical = m_records.readable(v, m_spec.table, id).value(u"id"_s).toString();
    // Pages: ?limit= (1–200, default 200) and ?cursor= (the nextCursor of the page before).
    const QUrlQuery query(request.url());
    bool ok = true;
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&ok) : 200;
    const qint64 before = query.hasQueryItem(u"cursor"_s) ? query.queryItemValue(u"cursor"_s).toLongLong(&ok) : 0;
    if (!ok || limit < 1 || limit > 200 || before < 0) {
        ValidationErrors e;
        e.add(u"limit"_s, u"out_of_range"_s, u"limit is 1 to 200; cursor is the nextCursor of the previous page."_s);
        throw RequestError::validation(e);
    }
    QJsonArray items;
    RecordWriter writer(m_ctx.db);
    QList<QJsonObject> entries = isCustomers() ? writer.history(canonical, limit + 1, before)
                                               : writer.recordHistory(m_spec.table, canonical, limit + 1, before);
    const bool more = entries.size() > limit;
    if (more)
        entries.removeLast();
    for (const QJsonObject &e : std::as_const(entries))
        items.append(e);
    const QJsonValue next = more ? QJsonValue(QString::number(qint64(entries.last().value(u"seq"_s).toDouble())))
                                 : QJsonValue(QJsonValue::Null);
    return ApiResponse::json(QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, next}});
}

ApiResponse ResourceHandler::claim(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    if (session.role != UserRole::Sales && session.role != UserRole::Manager)
        throw RequestError(403, u"forbidden"_s, u"Only sales staff claim customers from the pool."_s);
    Transaction t(m_ctx.db);
    const Row old = m_records.readable(v, m_spec.table, id);
    if (!old.value(u"owner_id"_s).isNull())
        throw RequestError(409, u"conflict"_s, u"This customer is not in the pool (someone claimed it first)."_s);
    checkPoolLimit(m_ctx.db, session.userId);
    const Row updated = RecordWriter(m_ctx.db).setCustomerOwner(
        old.value(u"id"_s).toString(), session.userId,
        session.departmentIds.isEmpty() ? QVariant() : QVariant(session.departmentIds.first()), session.userId);
    t.commit();
    return ApiResponse::json(RecordJson::toJson(u"customers"_s, updated));
}

ApiResponse ResourceHandler::release(const QHttpServerRequest &request, const QString &id)
{
    const Session session = m_ctx.requireSession(request);
    const Visibility v(session, m_ctx.users);
    const QString reason = releaseReason(request);
    Transaction t(m_ctx.db);
    const Row old = m_records.readable(v, m_spec.table, id);
    if (old.value(u"owner_id"_s).isNull())
        throw RequestError(409, u"conflict"_s, u"This customer is already in the pool."_s);
    const bool own = old.value(u"owner_id"_s).toString() == session.userId;
    if (!own && !(session.role == UserRole::Admin || session.role == UserRole::Director
                  || (session.role == UserRole::Manager && v.mayWrite(u"customers"_s, old))))
        throw forbidden();
    const Row updated = RecordWriter(m_ctx.db).setCustomerOwner(
        old.value(u"id"_s).toString(), QVariant(), QVariant(), session.userId,
        Row{{u"pool_reason"_s, reason}, {u"pooled_at"_s, Timestamp::now()}});
    t.commit();
    return ApiResponse::json(RecordJson::toJson(u"customers"_s, updated));
}

} // namespace Huike
