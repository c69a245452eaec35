#include "models/customerservice.h"
#include "models/approvalservice.h"
#include "models/settingsservice.h"

#include "core/companyname.h"
#include "core/creditcode.h"
#include "core/phonenumber.h"
#include "core/pipelinepolicy.h"
#include "core/textnormalizer.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/customermatch.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::CustomerService", text);
}

// Stored forms: the normalised credit code, the canonical phone number.
void normalise(Customer &c)
{
    c.name = c.name.trimmed();
    c.shortName = c.shortName.trimmed();
    if (!c.creditCode.isEmpty() && CreditCode::isValid(c.creditCode))
        c.creditCode = CreditCode::normalize(c.creditCode);
    const PhoneNumber phone = PhoneNumber::parse(c.phone);
    if (phone.isValid())
        c.phone = phone.canonical();
}

void normalise(Contact &c)
{
    c.name = c.name.trimmed();
    for (QString *p : {&c.phone, &c.mobile}) {
        const PhoneNumber phone = PhoneNumber::parse(*p);
        if (phone.isValid())
            *p = phone.canonical();
    }
}

} // namespace

CustomerService::CustomerService(Replica &replica) : m_replica(replica) { }

QString CustomerService::currentUserId()
{
    return m_replica.userId();
}

std::optional<CustomerService::Card> CustomerService::load(const QString &customerId)
{
    const auto row = m_replica.read(u"customers"_s, customerId);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    Card card;
    card.customer = Rows::from<Customer>(*row);
    QSqlQuery q = m_replica.database().exec(
        u"SELECT id FROM contacts WHERE customer_id = ? AND deleted = 0 ORDER BY is_primary DESC, name"_s, {customerId});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids)
        if (const auto c = m_replica.read(u"contacts"_s, id))
            card.contacts << Rows::from<Contact>(*c);
    return card;
}

ValidationErrors CustomerService::save(Card &card, const QList<Id> &removedContacts)
try {
    normalise(card.customer);
    const bool isNew = card.customer.meta.id.isNull();
    if (isNew) {
        const auto me = Id::fromString(m_replica.userId());
        card.customer.meta = RecordMeta::created(me.value_or(Id()), me.value_or(Id()));
    }
    ValidationErrors errors = card.customer.validate();
    for (qsizetype i = 0; i < card.contacts.size(); ++i) {
        Contact &c = card.contacts[i];
        normalise(c);
        c.customerId = card.customer.meta.id;
        errors.merge(c.validate(), u"contacts.%1."_s.arg(i));
    }
    // A level change (C4): refused while a request is pending; asked for instead of made
    // by whoever may only ask (the customer keeps its level until it is approved).
    ApprovalService approvals(m_replica);
    std::optional<std::pair<QString, QString>> askLevel; // from, to
    if (!isNew && !errors) {
        const auto stored = m_replica.read(u"customers"_s, card.customer.meta.id.toString());
        const QString from = stored ? stored->value(u"level"_s).toString() : QString();
        const QString to = card.customer.level ? enumCode(*card.customer.level) : QString();
        if (from != to) {
            const auto role = enumFromCode<UserRole>(currentRole());
            const bool pending = approvals.pendingLevel(card.customer.meta.id.toString()).has_value();
            const PipelineVerdict v = PipelinePolicy::levelChange(role.value_or(UserRole::Sales), from, to, pending);
            if (v && v->code == u"level_approval_required") {
                askLevel = std::pair{from, to};
                card.customer.level = enumFromCode<CustomerLevel>(from);
            } else if (v) {
                errors.add(u"level"_s, v->code,
                           tr("A level change of this customer waits for approval: it is decided or withdrawn first."));
            }
        }
    }
    if (errors) {
        if (isNew)
            card.customer.meta = {};
        return errors;
    }

    Replica::Batch batch(m_replica);
    Row row = Rows::toRow(card.customer);
    if (isNew) {
        row.remove(u"department_id"_s); // the server sets it from the owner
        m_replica.create(u"customers"_s, row);
    } else {
        // The owner changes only through the server (claim, release, reassign): a card
        // opened before such a change must not carry the old owner back.
        row.remove(u"owner_id"_s);
        row.remove(u"department_id"_s);
        m_replica.update(u"customers"_s, card.customer.meta.id.toString(), row);
    }
    for (const Id &id : removedContacts)
        m_replica.remove(u"contacts"_s, id.toString());
    for (Contact &c : card.contacts) {
        if (c.meta.id.isNull())
            c.meta.id = Id::generate();
        c.meta.ownerId = card.customer.meta.ownerId;
        Row contact = Rows::toRow(c);
        if (m_replica.read(u"contacts"_s, c.meta.id.toString()))
            m_replica.update(u"contacts"_s, c.meta.id.toString(), contact);
        else
            m_replica.create(u"contacts"_s, contact);
    }
    if (askLevel)
        approvals.requestLevel(card.customer.meta.id.toString(), askLevel->first, askLevel->second, card.levelReason.trimmed());
    batch.commit();
    // Read back what was stored (versions, timestamps).
    if (const auto saved = load(card.customer.meta.id.toString()))
        card = *saved;
    card.levelRequested = askLevel.has_value();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString CustomerService::duplicatesQuery(const QString &name, const QString &phone, const QString &creditCode,
                                         const QString &excludeId, QVariantList *values)
{
    const CustomerMatch match = CustomerMatch::of(QString(), name, phone, creditCode);
    if (match.sql.isEmpty())
        return {};
    *values = QVariantList{excludeId.isNull() ? u""_s : excludeId} + match.values; // a null QString binds as NULL
    // `+deleted` keeps `deleted = 0` out of index choice: without statistics SQLite would
    // otherwise walk a list index (deleted, …) over every customer instead of looking the
    // terms up in their own indexes (tests/app/models/tst_queryplans).
    return u"SELECT id, name, owner_id, phone_norm, credit_code FROM customers WHERE id <> ? AND +deleted = 0 AND %1 LIMIT 200"_s
        .arg(match.sql);
}

QList<CustomerService::Match> CustomerService::duplicates(const QString &name, const QString &phone,
                                                         const QString &creditCode, const QString &excludeId,
                                                         int limit)
{
    const QString phoneKey = PhoneNumber::normalizedKey(phone);
    const QString code = CreditCode::isValid(creditCode) ? CreditCode::normalize(creditCode) : QString();
    QVariantList values;
    const QString sql = duplicatesQuery(name, phone, creditCode, excludeId, &values);
    if (sql.isEmpty())
        return {};
    QSqlQuery q = m_replica.database().exec(sql, values);
    QList<Match> out;
    while (q.next()) {
        Match m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.ownerName = q.value(2).isNull() ? QString() : q.value(2).toString();
        if (!code.isEmpty() && q.value(4).toString() == code) {
            m.score = 100;
            m.reason = tr("same credit code");
        } else if (!phoneKey.isEmpty() && q.value(3).toString() == phoneKey) {
            m.score = 95;
            m.reason = tr("same phone number");
        } else {
            m.score = CompanyName::similarity(name, m.name);
            m.reason = m.score == 100 ? tr("same name") : tr("similar name (%1 %)").arg(m.score);
        }
        out << m;
    }
    std::stable_sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    for (Match &m : out)
        if (!m.ownerName.isEmpty())
            m.ownerName = userName(m.ownerName);
    return out;
}

namespace {

void sortByPinyin(QList<QPair<QString, QString>> &users)
{
    // By pinyin (陈 before 王), as people look names up: the order of the stored sort keys.
    std::stable_sort(users.begin(), users.end(),
                     [](const auto &a, const auto &b) { return TextNormalizer::compare(a.second, b.second) < 0; });
}

} // namespace

QString CustomerService::creditCodeTakenQuery()
{
    // `+deleted`: see duplicatesQuery().
    return u"SELECT id, name, owner_id FROM customers WHERE credit_code = ? AND id <> ? AND +deleted = 0 LIMIT 1"_s;
}

std::optional<CustomerService::Match> CustomerService::creditCodeTaken(const QString &creditCode, const QString &excludeId)
{
    if (!CreditCode::isValid(creditCode))
        return std::nullopt;
    QSqlQuery q = m_replica.database().exec(
        creditCodeTakenQuery(),
        {CreditCode::normalize(creditCode), excludeId.isNull() ? u""_s : excludeId});
    if (!q.next())
        return std::nullopt;
    Match m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.ownerName = q.value(2).isNull() ? QString() : userName(q.value(2).toString());
    m.reason = tr("same credit code");
    m.score = 100;
    return m;
}

bool CustomerService::mayRelease(const QString &ownerId)
{
    if (ownerId.isEmpty())
        return false; // in the pool already
    const QString role = currentRole();
    return mayAssign(role) || (mayClaim(role) && ownerId == currentUserId());
}

QList<QPair<QString, QString>> CustomerService::assignableUsers()
{
    const QString role = currentRole();
    if (!mayAssign(role))
        return {};
    QString sql = u"SELECT id, display_name FROM users WHERE deleted = 0 AND COALESCE(disabled, 0) = 0 AND role = 'sales'"_s;
    QVariantList values;
    if (role == u"manager") {
        // The server's rule: users in the manager's departments and the ones below them.
        sql += u" AND id IN (SELECT ud.user_id FROM user_departments ud "
               u"JOIN departments d ON d.id = ud.department_id AND d.deleted = 0 "
               u"JOIN departments mine ON mine.deleted = 0 AND (d.path = mine.path "
               u"OR substr(d.path, 1, length(mine.path) + 1) = mine.path || '/') "
               u"JOIN user_departments md ON md.department_id = mine.id AND md.deleted = 0 "
               u"WHERE ud.deleted = 0 AND md.user_id = ?)"_s;
        values << currentUserId();
    }
    QList<QPair<QString, QString>> out;
    QSqlQuery q = m_replica.database().exec(sql, values);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    sortByPinyin(out);
    return out;
}

QString CustomerService::currentRole()
{
    const QString me = m_replica.userId();
    if (me.isEmpty())
        return {};
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString();
}

QStringList CustomerService::distinctValues(const QString &column, int limit)
try {
    if (column != u"region" && column != u"industry")
        return {};
    QStringList out;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT DISTINCT %1 FROM customers WHERE deleted = 0 AND %1 IS NOT NULL AND %1 <> '' ORDER BY 1 LIMIT ?"_s.arg(column),
        {limit});
    while (q.next())
        out << q.value(0).toString();
    std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return TextNormalizer::compare(a, b) < 0; });
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<QPair<QString, QString>> CustomerService::users()
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, display_name FROM users WHERE deleted = 0"_s);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    sortByPinyin(out);
    return out;
}

QHash<QString, QString> CustomerService::ownersOf(const QStringList &customerIds)
{
    QHash<QString, QString> out;
    for (qsizetype from = 0; from < customerIds.size(); from += 500) {
        const QStringList part = customerIds.mid(from, 500);
        QVariantList values;
        for (const QString &id : part)
            values << id;
        QSqlQuery q = m_replica.database().exec(
            u"SELECT id, owner_id FROM customers WHERE deleted = 0 AND id IN (%1)"_s.arg(QStringList(part.size(), u"?"_s).join(u", "_s)),
            values);
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

QString CustomerService::userName(const QString &userId)
{
    if (userId.isEmpty())
        return {};
    const QString name = m_replica.database()
                             .scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {userId})
                             .toString();
    return name.isEmpty() ? userId.left(8) : name;
}

QList<LevelDefinition> CustomerService::levelDefinitions()
{
    return SettingsService::levels(m_replica.database());
}

bool CustomerService::levelNeedsApproval()
{
    return ApprovalService(m_replica).levelNeedsApproval();
}

std::optional<CustomerService::LevelRequest> CustomerService::pendingLevelRequest(const QString &customerId)
{
    ApprovalService approvals(m_replica);
    const std::optional<Approval> a = approvals.pendingLevel(customerId);
    if (!a)
        return std::nullopt;
    LevelRequest r;
    r.approvalId = a->meta.id.toString();
    r.text = approvals.levelChangeText(*a);
    r.requester = userName(a->meta.createdBy.toString());
    r.approver = a->approverId.isNull() ? QString() : userName(a->approverId.toString());
    r.askedAt = a->meta.createdAt.left(10);
    r.reason = a->reason;
    r.mine = !a->meta.createdBy.isNull() && a->meta.createdBy.toString() == m_replica.userId();
    return r;
}

QString CustomerService::withdrawLevelRequest(const QString &approvalId)
{
    ApprovalService approvals(m_replica);
    const std::optional<Approval> a = approvals.approval(approvalId);
    if (!a)
        return tr("The request no longer exists.");
    return approvals.withdraw(*a);
}

} // namespace Huike
