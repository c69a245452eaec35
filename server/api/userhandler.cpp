#include "api/userhandler.h"

#include "api/apiserver.h"
#include "api/router.h"
#include "auth/userdirectory.h"
#include "auth/visibility.h"
#include "core/companyname.h"
#include "core/customer.h"
#include "core/numberseries.h"
#include "core/timestamp.h"
#include "schema/customermatch.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"

#include <QDate>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The customer if the session can read it (else 404) and change it (else 403).
Row writableCustomer(const ApiContext &ctx, const Visibility &v, const QString &idText)
{
    const std::optional<Id> parsed = Id::fromString(idText);
    if (!parsed)
        throw RequestError::notFound();
    const QString id = parsed->toString();
    const Visibility::Filter f = v.readableCustomers(u"c"_s);
    QVariantList values{id};
    values << f.values;
    if (ctx.db.scalar(u"SELECT count(*) FROM customers c WHERE c.id = ? AND c.deleted = 0 AND "_s + f.sql, values).toInt() == 0)
        throw RequestError::notFound();
    const Row customer = *RecordWriter(ctx.db).read(u"customers"_s, id);
    if (!v.mayWrite(u"customers"_s, customer))
        throw RequestError(403, u"forbidden"_s, u"Only who may change a customer may share it."_s);
    return customer;
}

void audit(Database &db, const QString &customerId, const QString &action, const QString &userId,
           const QString &sharedWith)
{
    const QJsonObject changes{{u"sharedWith"_s, sharedWith}};
    db.exec(u"INSERT INTO audit_log (at, user_id, table_name, record_id, customer_id, action, changes) "
            u"VALUES (?, ?, 'shares', ?, ?, ?, ?)"_s,
            {Timestamp::now(), userId, customerId, customerId, action,
             QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

QJsonObject delegationJson(const QVariant &delegateId, const QVariant &from, const QVariant &to)
{
    const auto text = [](const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); };
    return {{u"delegateId"_s, text(delegateId)}, {u"awayFrom"_s, text(from)}, {u"awayTo"_s, text(to)}};
}

// The answer of the delegation routes: the user's row id and version with it, so a client
// writes it into its replica as the pull would.
QJsonObject userDelegationJson(const Row &user)
{
    QJsonObject o = delegationJson(user.value(u"delegate_id"_s), user.value(u"away_from"_s), user.value(u"away_to"_s));
    o.insert(u"id"_s, user.value(u"id"_s).toString());
    o.insert(u"version"_s, user.value(u"version"_s).toLongLong());
    return o;
}

} // namespace

UserHandler::UserHandler(ApiContext context) : m_ctx(context) { }

void UserHandler::registerRoutes(Router &router)
{
    using P = Router::Params;
    using R = QHttpServerRequest;
    router.add("GET", u"/api/v1/users"_s, [this](const R &r, const P &) { return users(r); });
    router.add("POST", u"/api/v1/numbers/reserve"_s, [this](const R &r, const P &) { return reserveNumbers(r); });
    // Before /api/v1/customers/{id} (the first registered route wins).
    router.add("GET", u"/api/v1/customers/duplicates"_s, [this](const R &r, const P &) { return duplicates(r); });
    router.add("GET", u"/api/v1/customers/{id}/shares"_s, [this](const R &r, const P &p) { return shares(r, p.value(u"id"_s)); });
    router.add("POST", u"/api/v1/customers/{id}/shares"_s, [this](const R &r, const P &p) { return share(r, p.value(u"id"_s)); });
    router.add("DELETE", u"/api/v1/customers/{id}/shares/{userId}"_s,
               [this](const R &r, const P &p) { return unshare(r, p.value(u"id"_s), p.value(u"userId"_s)); });
    router.add("PUT", u"/api/v1/users/me/delegation"_s, [this](const R &r, const P &) { return setDelegation(r); });
    router.add("DELETE", u"/api/v1/users/me/delegation"_s, [this](const R &r, const P &) { return clearDelegation(r); });
}

ApiResponse UserHandler::users(const QHttpServerRequest &request)
{
    m_ctx.requireSession(request);
    // With each one's delegation while away, when set (PUT /api/v1/users/me/delegation).
    QHash<QString, QJsonObject> delegations;
    QSqlQuery q = m_ctx.db.exec(u"SELECT id, delegate_id, away_from, away_to FROM users WHERE deleted = 0 AND delegate_id IS NOT NULL"_s);
    while (q.next())
        delegations.insert(q.value(0).toString(), delegationJson(q.value(1), q.value(2), q.value(3)));
    QJsonArray items;
    for (const auto &u : m_ctx.users.list()) {
        if (u.disabled)
            continue;
        QJsonObject item = u.toJson();
        const QJsonObject delegation = delegations.value(u.id);
        for (auto it = delegation.constBegin(); it != delegation.constEnd(); ++it)
            item.insert(it.key(), it.value());
        items.append(item);
    }
    return ApiResponse::json(QJsonObject{{u"items"_s, items}});
}

ApiResponse UserHandler::reserveNumbers(const QHttpServerRequest &request)
{
    const Session s = m_ctx.requireSession(request);
    const QJsonObject body = ApiContext::jsonBody(request);
    const QString series = body.value(u"series"_s).toString();
    const int year = body.value(u"year"_s).toInt();
    const int count = body.value(u"count"_s).toInt(10);
    ValidationErrors errors;
    if (NumberSeries::prefix(series).isEmpty())
        errors.add(u"series"_s, u"invalid"_s, u"series is quote, contract or ticket."_s);
    if (year < 2000 || year > 2999)
        errors.add(u"year"_s, u"out_of_range"_s, u"year is 2000 to 2999."_s);
    if (count < 1 || count > 50)
        errors.add(u"count"_s, u"out_of_range"_s, u"count is 1 to 50."_s);
    if (!errors.isEmpty())
        throw RequestError::validation(errors);
    qint64 last = 0;
    {
        Transaction t(m_ctx.db);
        // The first block of a year starts after the numbers already in use.
        if (m_ctx.db.scalar(u"SELECT count(*) FROM number_series WHERE series = ? AND year = ?"_s, {series, year}).toInt() == 0) {
            // Whatever their width (numbers are never rewritten): BJ-2026-0017 counts as 17.
            QStringList used;
            const QString table = NumberSeries::table(series);
            QSqlQuery q = m_ctx.db.exec(u"SELECT number FROM %1 WHERE number LIKE ?"_s.arg(table),
                                        {QString(NumberSeries::prefix(series) + u'-' + QString::number(year) + u"-%"_s)});
            while (q.next())
                used << q.value(0).toString();
            m_ctx.db.exec(u"INSERT INTO number_series (series, year, next_value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                          {series, year, NumberSeries::nextSequence(series, year, used)});
        }
        // One statement takes the block: concurrent reservations queue on the row.
        last = m_ctx.db.scalar(u"UPDATE number_series SET next_value = next_value + ? WHERE series = ? AND year = ? RETURNING next_value"_s,
                               {count, series, year}).toLongLong() - 1;
        t.commit();
    }
    QJsonArray numbers;
    for (qint64 n = last - count + 1; n <= last; ++n)
        numbers.append(NumberSeries::format(series, year, n));
    qCInfo(lcApi).noquote() << s.login << "reserved" << numbers.first().toString() << "…" << numbers.last().toString();
    return ApiResponse::json(QJsonObject{{u"series"_s, series}, {u"year"_s, year}, {u"numbers"_s, numbers}});
}

ApiResponse UserHandler::duplicates(const QHttpServerRequest &request)
{
    const Session s = m_ctx.requireSession(request);
    const Visibility v(s, m_ctx.users);
    const QUrlQuery query(request.url());
    const QString name = query.queryItemValue(u"name"_s, QUrl::FullyDecoded).left(Customer::MaxNameLength);
    const QString phone = query.queryItemValue(u"phone"_s, QUrl::FullyDecoded).left(60);
    const QString creditCode = query.queryItemValue(u"creditCode"_s, QUrl::FullyDecoded).left(40);
    const QString exclude = query.queryItemValue(u"exclude"_s, QUrl::FullyDecoded).left(40);

    const CustomerMatch match = CustomerMatch::of(u"c"_s, name, phone, creditCode);
    const QString &phoneKey = match.phoneKey;
    const QString &code = match.creditCode;
    QJsonArray items;
    if (!match.sql.isEmpty()) {
        const Visibility::Filter readable = v.readableCustomers(u"c"_s);
        QVariantList values = readable.values;
        values << (exclude.isNull() ? u""_s : exclude); // a null QString binds as NULL
        values << match.values;
        // `+c.deleted`: the lookups are the terms' indexes, never a walk by `deleted`.
        QSqlQuery q = m_ctx.db.exec(
            u"SELECT c.id, c.name, c.owner_id, c.phone_norm, c.credit_code, CASE WHEN %1 THEN 1 ELSE 0 END "
            u"FROM customers c WHERE +c.deleted = 0 AND c.id <> ? AND %2 LIMIT 200"_s.arg(readable.sql, match.sql),
            values);
        struct Match
        {
            QJsonObject json;
            int score;
        };
        QList<Match> matches;
        while (q.next()) {
            QString reason;
            int score = 0;
            if (!code.isEmpty() && q.value(4).toString() == code) {
                reason = u"credit_code"_s;
                score = 100;
            } else if (!phoneKey.isEmpty() && q.value(3).toString() == phoneKey) {
                reason = u"phone"_s;
                score = 95;
            } else {
                reason = u"name"_s;
                score = CompanyName::similarity(name, q.value(1).toString());
            }
            const bool visible = q.value(5).toInt() != 0;
            const QString owner = q.value(2).toString();
            const auto ownerUser = owner.isEmpty() ? std::nullopt : m_ctx.users.findById(owner);
            QJsonObject item{{u"visible"_s, visible},
                             {u"name"_s, q.value(1).toString()},
                             {u"ownerName"_s, ownerUser ? QJsonValue(ownerUser->displayName) : QJsonValue()},
                             {u"reason"_s, reason},
                             {u"score"_s, score}};
            if (visible) // the others stay masked: name and owner only
                item.insert(u"id"_s, q.value(0).toString());
            matches.append({item, score});
        }
        std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
        for (qsizetype i = 0; i < matches.size() && i < 10; ++i)
            items.append(matches[i].json);
    }
    return ApiResponse::json(QJsonObject{{u"items"_s, items}});
}

ApiResponse UserHandler::shares(const QHttpServerRequest &request, const QString &customerIdText)
{
    const Session s = m_ctx.requireSession(request);
    const Visibility v(s, m_ctx.users);
    const QString customerId = writableCustomer(m_ctx, v, customerIdText).value(u"id"_s).toString();
    QJsonArray items;
    QSqlQuery q = m_ctx.db.exec(u"SELECT s.user_id, u.login, u.display_name, s.department_id, d.name, d.path, s.mode, s.created_at "
                                u"FROM shares s LEFT JOIN users u ON u.id = s.user_id "
                                u"LEFT JOIN departments d ON d.id = s.department_id "
                                u"WHERE s.customer_id = ? ORDER BY s.department_id IS NULL, d.path, u.login"_s,
                                {customerId});
    while (q.next()) {
        QJsonObject item{{u"mode"_s, q.value(6).toString()}, {u"since"_s, q.value(7).toString()}};
        if (!q.value(0).isNull()) {
            item.insert(u"userId"_s, q.value(0).toString());
            item.insert(u"login"_s, q.value(1).toString());
            item.insert(u"displayName"_s, q.value(2).toString());
        } else {
            item.insert(u"departmentId"_s, q.value(3).toString());
            item.insert(u"departmentName"_s, q.value(4).toString());
            item.insert(u"departmentPath"_s, q.value(5).toString());
        }
        items.append(item);
    }
    return ApiResponse::json(QJsonObject{{u"items"_s, items}});
}

// {"userId" | "departmentId", "mode": "read" | "edit"} (edit when not said): granted, or
// its mode changed.
ApiResponse UserHandler::share(const QHttpServerRequest &request, const QString &customerIdText)
{
    const Session s = m_ctx.requireSession(request);
    const Visibility v(s, m_ctx.users);
    const QJsonObject body = ApiContext::jsonBody(request);
    Transaction t(m_ctx.db);
    const QString customerId = writableCustomer(m_ctx, v, customerIdText).value(u"id"_s).toString();
    const QString mode = body.contains(u"mode"_s) ? body.value(u"mode"_s).toString() : u"edit"_s;
    ValidationErrors e;
    if (mode != u"read" && mode != u"edit")
        e.add(u"mode"_s, u"invalid"_s, u"The mode is read or edit."_s);
    const bool toDepartment = body.contains(u"departmentId"_s);
    if (toDepartment == body.contains(u"userId"_s))
        e.add(u"userId"_s, u"required"_s, u"Share with a user (userId) or a department (departmentId)."_s);
    if (!e.isEmpty())
        throw RequestError::validation(e);
    const QString column = toDepartment ? u"department_id"_s : u"user_id"_s;
    const std::optional<Id> parsed = Id::fromString(body.value(toDepartment ? u"departmentId"_s : u"userId"_s).toString());
    const QString target = parsed ? parsed->toString() : QString();
    QString name;
    if (toDepartment) {
        name = parsed ? m_ctx.db.scalar(u"SELECT path FROM departments WHERE id = ? AND deleted = 0"_s, {target}).toString() : QString();
        if (name.isEmpty()) {
            e.add(u"departmentId"_s, u"not_found"_s, u"There is no such department."_s);
            throw RequestError::validation(e);
        }
    } else {
        const auto user = parsed ? m_ctx.users.findById(target) : std::nullopt;
        if (!user || user->disabled) {
            e.add(u"userId"_s, u"not_found"_s, u"There is no such active user."_s);
            throw RequestError::validation(e);
        }
        name = user->login;
    }
    const QVariant current = m_ctx.db.scalar(u"SELECT mode FROM shares WHERE customer_id = ? AND %1 = ?"_s.arg(column), {customerId, target});
    if (!current.isValid() || current.isNull()) {
        m_ctx.db.exec(u"INSERT INTO shares (customer_id, %1, mode, granted_by, created_at) VALUES (?, ?, ?, ?, ?)"_s.arg(column),
                      {customerId, target, mode, s.userId, Timestamp::now()});
        audit(m_ctx.db, customerId, u"share"_s, s.userId, name + u" ("_s + mode + u')');
        RecordWriter(m_ctx.db).appendEvent(u"shares"_s, customerId, customerId, u"grant"_s, target);
    } else if (current.toString() != mode) {
        m_ctx.db.exec(u"UPDATE shares SET mode = ?, granted_by = ? WHERE customer_id = ? AND %1 = ?"_s.arg(column),
                      {mode, s.userId, customerId, target});
        audit(m_ctx.db, customerId, u"share"_s, s.userId, name + u" ("_s + mode + u')');
    }
    t.commit();
    return ApiResponse::noContent();
}

// DELETE …/shares/{id}: the share with that user or department.
ApiResponse UserHandler::unshare(const QHttpServerRequest &request, const QString &customerIdText,
                                 const QString &targetText)
{
    const Session s = m_ctx.requireSession(request);
    const Visibility v(s, m_ctx.users);
    Transaction t(m_ctx.db);
    const QString customerId = writableCustomer(m_ctx, v, customerIdText).value(u"id"_s).toString();
    const QString target = targetText.toLower();
    QString column;
    for (const QString &c : {u"user_id"_s, u"department_id"_s})
        if (m_ctx.db.scalar(u"SELECT count(*) FROM shares WHERE customer_id = ? AND %1 = ?"_s.arg(c), {customerId, target}).toInt() > 0)
            column = c;
    if (column.isEmpty())
        throw RequestError::notFound();
    m_ctx.db.exec(u"DELETE FROM shares WHERE customer_id = ? AND %1 = ?"_s.arg(column), {customerId, target});
    QString name = target;
    if (column == u"user_id") {
        if (const auto user = m_ctx.users.findById(target))
            name = user->login;
    } else if (const QString path = m_ctx.db.scalar(u"SELECT path FROM departments WHERE id = ?"_s, {target}).toString(); !path.isEmpty()) {
        name = path;
    }
    audit(m_ctx.db, customerId, u"unshare"_s, s.userId, name);
    RecordWriter(m_ctx.db).appendEvent(u"shares"_s, customerId, customerId, u"revoke"_s, target);
    t.commit();
    return ApiResponse::noContent();
}

// {"delegateId", "awayFrom", "awayTo"}: the caller's approval steps go to the delegate from
// awayFrom to awayTo (both included). Replaces the one set before.
ApiResponse UserHandler::setDelegation(const QHttpServerRequest &request)
{
    const Session s = m_ctx.requireSession(request);
    const QJsonObject body = ApiContext::jsonBody(request);
    ValidationErrors e;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != u"delegateId" && it.key() != u"awayFrom" && it.key() != u"awayTo")
            e.add(it.key(), u"unknown_field"_s, u"A delegation has delegateId, awayFrom and awayTo only."_s);
    const std::optional<Id> parsed = Id::fromString(body.value(u"delegateId"_s).toString());
    const QString delegate = parsed ? parsed->toString() : QString();
    if (!body.value(u"delegateId"_s).isString() || body.value(u"delegateId"_s).toString().isEmpty()) {
        e.add(u"delegateId"_s, u"required"_s, u"Name the colleague who decides for you (delegateId)."_s);
    } else if (delegate == s.userId) {
        e.add(u"delegateId"_s, u"self"_s, u"The delegate is another person than yourself."_s);
    } else {
        const auto user = parsed ? m_ctx.users.findById(delegate) : std::nullopt;
        if (!user || user->disabled)
            e.add(u"delegateId"_s, u"not_found"_s, u"There is no such active user."_s);
    }
    const auto date = [&](const QString &field) {
        const QString text = body.value(field).toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!body.value(field).isString() || text.size() != 10 || !d.isValid())
            e.add(field, u"invalid_date"_s, u"%1 is a date, YYYY-MM-DD."_s.arg(field));
        return text.size() == 10 ? d : QDate();
    };
    const QDate from = date(u"awayFrom"_s);
    const QDate to = date(u"awayTo"_s);
    if (from.isValid() && to.isValid()) {
        if (to < from)
            e.add(u"awayTo"_s, u"before_from"_s, u"awayTo is on or after awayFrom."_s);
        else if (from.daysTo(to) + 1 > MaxDelegationDays)
            e.add(u"awayTo"_s, u"too_long"_s, u"A delegation covers at most %1 days."_s.arg(MaxDelegationDays));
    }
    if (!e.isEmpty())
        throw RequestError::validation(e);
    Transaction t(m_ctx.db);
    const Row row = RecordWriter(m_ctx.db).update(u"users"_s, s.userId,
                                                  Row{{u"delegate_id"_s, delegate},
                                                      {u"away_from"_s, from.toString(Qt::ISODate)},
                                                      {u"away_to"_s, to.toString(Qt::ISODate)}},
                                                  s.userId);
    t.commit();
    qCInfo(lcApi).noquote() << s.login << "delegates to" << delegate << from.toString(Qt::ISODate) << "…" << to.toString(Qt::ISODate);
    return ApiResponse::json(userDelegationJson(row));
}

ApiResponse UserHandler::clearDelegation(const QHttpServerRequest &request)
{
    const Session s = m_ctx.requireSession(request);
    Transaction t(m_ctx.db);
    const Row row = RecordWriter(m_ctx.db).update(
        u"users"_s, s.userId, Row{{u"delegate_id"_s, QVariant()}, {u"away_from"_s, QVariant()}, {u"away_to"_s, QVariant()}}, s.userId);
    t.commit();
    return ApiResponse::json(userDelegationJson(row));
}

} // namespace Huike
