#include "models/customerimport.h"
#include "models/customerimport_p.h"

#include "core/companyname.h"
#include "core/contact.h"
#include "core/creditcode.h"
#include "core/customer.h"
#include "core/enums.h"
#include "core/phonenumber.h"
#include "core/pipelinepolicy.h"
#include "core/timestamp.h"
#include "models/approvalservice.h"
#include "models/customerservice.h"
#include "models/modelerror.h"
#include "replica/bulkwriter.h"
#include "replica/preparedstatement.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "sync/rowcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace ImportDetail;

namespace {

using Field = ImportMapping::Field;

// A value as the user may have typed it: lower case, no spaces, no brackets' contents.
QString loose(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    for (const QChar c : std::as_const(t))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

// An enumeration's value from its code, its label (English or translated), the label's
// head before the bracket ("A 级", "Micro"), or the users' own words.
template<typename E>
std::optional<E> parseEnum(const QString &text, std::initializer_list<std::pair<const char16_t *, E>> synonyms)
{
    const QString t = loose(text);
    if (t.isEmpty())
        return std::nullopt;
    for (const E e : enumValues<E>()) {
        const QString label = enumLabel(e);
        const QString head = label.section(u'(', 0, 0).section(u'（', 0, 0);
        if (t == loose(enumCode(e)) || t == loose(label) || t == loose(head))
            return e;
    }
    for (const auto &[word, value] : synonyms)
        if (t == loose(QString::fromUtf16(word)))
            return value;
    return std::nullopt;
}

std::optional<CustomerLevel> parseLevel(const QString &text)
{
    // A, A级, A类, A 档, 一级? Only the letter decides when it leads a short word.
    const QString t = loose(text);
    static const QRegularExpression letter(u"^([abcd])(级|类|档|级客户|类客户)?$"_s);
    if (const auto m = letter.match(t); m.hasMatch())
        return enumFromCode<CustomerLevel>(m.captured(1));
    return parseEnum<CustomerLevel>(text, {{u"重点客户", CustomerLevel::A}, {u"重要客户", CustomerLevel::B},
                                           {u"主要客户", CustomerLevel::B}, {u"普通客户", CustomerLevel::C},
                                           {u"一般客户", CustomerLevel::D}});
}

std::optional<CustomerStatus> parseStatus(const QString &text)
{
    return parseEnum<CustomerStatus>(text, {{u"潜在", CustomerStatus::Potential}, {u"潜在客户", CustomerStatus::Potential},
                                            {u"意向客户", CustomerStatus::Potential}, {u"合作中", CustomerStatus::Active},
                                            {u"成交客户", CustomerStatus::Active}, {u"正式客户", CustomerStatus::Active},
                                            {u"活跃", CustomerStatus::Active}, {u"休眠", CustomerStatus::Dormant},
                                            {u"沉睡", CustomerStatus::Dormant}, {u"流失", CustomerStatus::Lost},
                                            {u"输单", CustomerStatus::Lost}, {u"流失客户", CustomerStatus::Lost}});
}

std::optional<CustomerType> parseType(const QString &text)
{
    return parseEnum<CustomerType>(text, {{u"消费客户", CustomerType::End}, {u"终端客户", CustomerType::End},
                                          {u"最终用户", CustomerType::End}, {u"直客", CustomerType::End},
                                          {u"中间客户", CustomerType::Reseller}, {u"经销商", CustomerType::Reseller},
                                          {u"代理商", CustomerType::Reseller}, {u"渠道", CustomerType::Reseller},
                                          {u"公利客户", CustomerType::Public}, {u"政府", CustomerType::Public},
                                          {u"事业单位", CustomerType::Public}});
}

std::optional<CustomerSize> parseSize(const QString &text)
{
    return parseEnum<CustomerSize>(text, {{u"微型", CustomerSize::Micro}, {u"小型", CustomerSize::Small},
                                          {u"中型", CustomerSize::Medium}, {u"大型", CustomerSize::Large},
                                          {u"特大型", CustomerSize::Enterprise}, {u"集团", CustomerSize::Enterprise}});
}

// A contact's key on its customer: the same name with the same mobile or phone (or none).
QString contactKey(const QString &name, const QString &mobile, const QString &phone)
{
    const QString number = PhoneNumber::normalizedKey(mobile.isEmpty() ? phone : mobile);
    return loose(name) + u'\x1f' + number;
}

// Keeps the contacts not in `known` yet (and notes them there).
QList<Row> newContacts(const QList<Row> &contacts, QSet<QString> &known)
{
    QList<Row> out;
    for (const Row &k : contacts) {
        const QString key = contactKey(valueText(k.value(u"name"_s)), valueText(k.value(u"mobile"_s)), valueText(k.value(u"phone"_s)));
        if (!known.contains(key)) {
            known.insert(key);
            out << k;
        }
    }
    return out;
}

struct Users
{
    QHash<QString, QString> byLogin;   // login (lower case) → id
    QHash<QString, QStringList> byName; // display name → ids
    QSet<QString> assignable;          // whom this user may give customers to
    QString me;
    QString role;
};

} // namespace

CustomerImport::Plan CustomerImport::plan(const Progress &progress, QList<Prepared> *preparedOut)
try {
    Database &db = m_replica.database();
    Plan out;
    QList<Prepared> prepared;
    prepared.resize(m_rows.size());
    out.rows.resize(m_rows.size());

    // Who may own what: a rep imports for themselves; those who assign, for their people.
    Users users;
    {
        CustomerService customers(m_replica);
        users.me = m_replica.userId();
        users.role = customers.currentRole();
        if (m_mapping.maps(Field::Owner)) {
            QSqlQuery q = db.exec(u"SELECT id, login, display_name FROM users WHERE deleted = 0 AND disabled = 0"_s);
            while (q.next()) {
                users.byLogin.insert(q.value(1).toString().toLower(), q.value(0).toString());
                users.byName[q.value(2).toString().trimmed()] << q.value(0).toString();
            }
            for (const auto &[id, name] : customers.assignableUsers())
                users.assignable.insert(id);
        }
    }
    const bool assigns = CustomerService::mayAssign(users.role);
    // A level the customer has changes only through a request for a sales rep, and for
    // nobody while one is pending (C4): the import leaves it and says so.
    const bool levelAsked = PipelinePolicy::levelNeedsApproval(enumFromCode<UserRole>(users.role).value_or(UserRole::Sales));
    // E-mail addresses of the customers here, when the sheet has them (no index: one pass).
    QHash<QString, QString> emails;
    if (m_mapping.maps(Field::Email)) {
        QSqlQuery q = db.exec(u"SELECT id, lower(email) FROM customers WHERE deleted = 0 AND email IS NOT NULL AND email <> ''"_s);
        while (q.next())
            emails.insert(q.value(1).toString(), q.value(0).toString());
    }
    // The customers here: read on statements prepared once (every row asks).
    BulkWriter reader(m_replica);
    PreparedStatement &findSame = reader.statement(duplicateQuery());
    // The file's own keys: the first row of each company.
    QHash<QString, int> fileKeys;
    // Contacts already on a customer (loaded once per customer matched) and on file rows.
    QHash<QString, QSet<QString>> contactKeys;

    const QList<ImportMapping::Column> &columns = m_mapping.columns();
    const int slotCount = m_mapping.contactSlots();
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (progress && r % 500 == 0 && !progress(r, m_rows.size())) {
            out.cancelled = true;
            break;
        }
        const QStringList &cells = m_rows[r];
        RowPlan &rp = out.rows[r];
        Prepared &p = prepared[r];
        QHash<Field, int> columnOf; // customer field → its column (for errors)
        QList<QHash<Field, QString>> contactValues(slotCount);
        QList<QHash<Field, int>> contactColumns(slotCount);
        QHash<Field, QString> values;
        bool any = false;
        for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
            const ImportMapping::Column col = columns[c];
            const QString v = cells[c].trimmed();
            if (col.field == Field::Ignore || v.isEmpty())
                continue;
            any = true;
            if (m_mapping.isContactField(col.field)) {
                contactValues[col.slot].insert(col.field, v);
                contactColumns[col.slot].insert(col.field, c);
            } else {
                values.insert(col.field, v);
                columnOf.insert(col.field, c);
            }
        }
        if (!any) {
            rp.outcome = Outcome::Skip;
            rp.reason = tr("Empty row.");
            continue;
        }
        auto error = [&](Field f, const QString &message) {
            rp.errors << CellError{columnOf.value(f, -1), message};
        };

        // The customer.
        Customer c;
        c.name = values.value(Field::Name);
        c.shortName = values.value(Field::ShortName);
        c.creditCode = values.value(Field::CreditCode);
        c.phone = values.value(Field::Phone);
        c.email = values.value(Field::Email);
        c.website = values.value(Field::Website);
        c.address = values.value(Field::Address);
        c.province = values.value(Field::Province);
        c.city = values.value(Field::City);
        c.postcode = values.value(Field::Postcode);
        c.industry = values.value(Field::Industry);
        c.region = values.value(Field::Region);
        c.source = values.value(Field::Source);
        c.background = values.value(Field::Background);
        c.creditRating = values.value(Field::CreditRating);
        c.securityLevel = values.value(Field::SecurityLevel);
        if (values.contains(Field::Tags)) {
            static const QRegularExpression separators(u"[,，;；、|/]"_s);
            for (const QString &tag : values.value(Field::Tags).split(separators, Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
                    c.tags << tag.trimmed();
        }
        if (values.contains(Field::Level)) {
            if (const auto v = parseLevel(values.value(Field::Level)))
                c.level = v;
            else
                error(Field::Level, tr("There is no level \"%1\" (A, B, C or D).").arg(values.value(Field::Level)));
        }
        if (values.contains(Field::Status)) {
            if (const auto v = parseStatus(values.value(Field::Status)))
                c.status = *v;
            else
                error(Field::Status, tr("There is no customer status \"%1\".").arg(values.value(Field::Status)));
        }
        if (values.contains(Field::Type)) {
            if (const auto v = parseType(values.value(Field::Type)))
                c.type = *v;
            else
                error(Field::Type, tr("There is no customer type \"%1\".").arg(values.value(Field::Type)));
        }
        if (values.contains(Field::Size)) {
            if (const auto v = parseSize(values.value(Field::Size)))
                c.size = v;
            else
                error(Field::Size, tr("There is no company size \"%1\".").arg(values.value(Field::Size)));
        }
        p.ownerId = users.me;
        if (values.contains(Field::Owner)) {
            const QString who = values.value(Field::Owner);
            QString id = users.byLogin.value(who.toLower());
            if (id.isEmpty()) {
                const QStringList named = users.byName.value(who);
                if (named.size() == 1)
                    id = named.first();
                else if (named.size() > 1)
                    error(Field::Owner, tr("Several colleagues are called \"%1\": give the login name.").arg(who));
            }
            if (id.isEmpty() && !users.byName.contains(who))
                error(Field::Owner, tr("There is no colleague \"%1\".").arg(who));
            else if (!id.isEmpty() && id != users.me && !(assigns && users.assignable.contains(id)))
                error(Field::Owner, tr("You cannot give customers to %1.").arg(who));
            else if (!id.isEmpty())
                p.ownerId = id;
        }
        if (c.creditCode.isEmpty() || CreditCode::isValid(c.creditCode)) {
            if (!c.creditCode.isEmpty())
                c.creditCode = CreditCode::normalize(c.creditCode);
        }
        if (const PhoneNumber phone = PhoneNumber::parse(c.phone); phone.isValid())
            c.phone = phone.canonical();
        const bool hasCustomerData = !values.isEmpty();
        // A row with only contact columns belongs to the company above it (one row per contact).
        const bool contactsOnly = !values.contains(Field::Name) && !values.contains(Field::CreditCode) && r > 0;
        if (hasCustomerData || !contactsOnly) {
            const ValidationErrors problems = c.validate();
            for (const FieldError &e : problems.errors()) {
                Field f = Field::Ignore;
                for (const Field candidate : ImportMapping::fields())
                    if (ImportMapping::fieldName(candidate) == e.field)
                        f = candidate;
                if (f == Field::Name && !values.contains(Field::Name))
                    rp.errors << CellError{-1, tr("The customer name is empty.")};
                else
                    error(f, e.message);
            }
        }

        // Its contacts.
        for (int s = 0; s < slotCount; ++s) {
            const QHash<Field, QString> &cv = contactValues[s];
            if (cv.isEmpty())
                continue;
            Contact k;
            k.name = cv.value(Field::ContactName).trimmed();
            k.title = cv.value(Field::ContactTitle);
            k.department = cv.value(Field::ContactDepartment);
            k.phone = cv.value(Field::ContactPhone);
            k.mobile = cv.value(Field::ContactMobile);
            k.email = cv.value(Field::ContactEmail);
            k.notes = cv.value(Field::ContactNotes);
            for (QString *number : {&k.phone, &k.mobile})
                if (const PhoneNumber phone = PhoneNumber::parse(*number); phone.isValid())
                    *number = phone.canonical();
            k.customerId = Id::generate(); // stands in for the customer's, for the checks
            const ValidationErrors problems = k.validate();
            for (const FieldError &e : problems.errors()) {
                static const QHash<QString, Field> contactFields{
                    {u"name"_s, Field::ContactName},   {u"title"_s, Field::ContactTitle},
                    {u"department"_s, Field::ContactDepartment}, {u"phone"_s, Field::ContactPhone},
                    {u"mobile"_s, Field::ContactMobile}, {u"email"_s, Field::ContactEmail},
                    {u"notes"_s, Field::ContactNotes}};
                const Field f = contactFields.value(e.field, Field::Ignore);
                const int column = contactColumns[s].value(f, -1);
                if (f == Field::ContactName && column < 0)
                    rp.errors << CellError{-1, tr("Contact %1 has no name.").arg(s + 1)};
                else
                    rp.errors << CellError{column, e.message};
            }
            Row row = Rows::toRow(k);
            Row kept;
            for (const QString &col : {u"name"_s, u"title"_s, u"department"_s, u"phone"_s, u"mobile"_s, u"email"_s, u"notes"_s})
                if (!valueText(row.value(col)).isEmpty())
                    kept.insert(col, row.value(col));
            p.contacts << kept;
        }
        if (!rp.errors.isEmpty()) {
            rp.outcome = Outcome::Error;
            continue;
        }

        // The columns this row fills.
        const Row full = Rows::toRow(c);
        for (const ImportMapping::Column &col : columns) {
            const QString column = customerColumn(col.field);
            if (column.isEmpty() || col.field == Field::Owner || !values.contains(col.field))
                continue;
            p.customer.insert(column, full.value(column));
        }

        // The same company earlier in the file?
        const QString code = c.creditCode;
        const QString nameKey = c.name.isEmpty() ? QString() : CompanyName::normalizedKey(c.name);
        const QString phoneKey = c.phone.isEmpty() ? QString() : PhoneNumber::normalizedKey(c.phone);
        const QString email = c.email.trimmed().toLower();
        QStringList keys;
        if (!code.isEmpty())
            keys << u"c:"_s + code;
        if (!nameKey.isEmpty())
            keys << u"n:"_s + nameKey;
        if (!phoneKey.isEmpty())
            keys << u"p:"_s + phoneKey;
        if (!email.isEmpty())
            keys << u"e:"_s + email;
        int earlier = -1;
        for (const QString &key : std::as_const(keys)) {
            if (const auto it = fileKeys.constFind(key); it != fileKeys.cend()) {
                earlier = *it;
                break;
            }
        }
        if (earlier < 0 && contactsOnly && !p.contacts.isEmpty()) {
            // Only contacts: the company of the nearest row above that has one.
            for (qsizetype up = r - 1; up >= 0; --up) {
                if (out.rows[up].sameAsRow >= 0) {
                    earlier = out.rows[up].sameAsRow;
                    break;
                }
                if (!prepared[up].customer.isEmpty() || out.rows[up].outcome == Outcome::Error) {
                    earlier = int(up);
                    break;
                }
            }
        }
        if (earlier >= 0) {
            // Its contacts go to that company; the rest of the row repeats it.
            const RowPlan &first = out.rows[earlier];
            rp.sameAsRow = earlier;
            if (first.outcome == Outcome::Error) {
                rp.outcome = Outcome::Error;
                rp.errors << CellError{-1, tr("Its company (row %1 of the file) has errors.").arg(lineNumber(earlier))};
                continue;
            }
            if (first.outcome == Outcome::Skip) {
                rp.outcome = Outcome::Skip;
                rp.reason = tr("Its company (row %1 of the file) is skipped.").arg(lineNumber(earlier));
                continue;
            }
            rp.customerId = first.customerId;
            p.target = earlier;
            QSet<QString> &known = contactKeys[first.customerId.isEmpty() ? u"row:"_s + QString::number(earlier) : u"id:"_s + first.customerId];
            if (first.customerId.isEmpty() && known.isEmpty()) // a new company's: its own contacts, noted now
                newContacts(prepared[earlier].contacts, known);
            p.contacts = newContacts(p.contacts, known);
            rp.newContacts = int(p.contacts.size());
            if (p.contacts.isEmpty()) {
                rp.outcome = Outcome::Skip;
                rp.reason = tr("Repeats row %1 of the file.").arg(lineNumber(earlier));
            } else {
                rp.outcome = Outcome::Update;
                rp.reason = tr("Same company as row %1 of the file: its contacts are added there.").arg(lineNumber(earlier));
            }
            continue;
        }
        for (const QString &key : std::as_const(keys))
            fileKeys.insert(key, int(r));

        // The same company among the customers here?
        QString existing, why;
        {
            if (!code.isEmpty() || !nameKey.isEmpty() || !phoneKey.isEmpty()) {
                // One statement for every row (a key the row lacks is bound as NULL, which
                // matches nothing), prepared once.
                findSame.bind(0, QStringView(code));
                findSame.bind(1, QStringView(nameKey));
                findSame.bind(2, QStringView(phoneKey));
                int best = 0;
                while (findSame.next()) {
                    const int score = (!code.isEmpty() && findSame.text(1) == code) ? 3
                        : (!nameKey.isEmpty() && findSame.text(2) == nameKey)     ? 2
                                                                                    : 1;
                    if (score > best) {
                        best = score;
                        existing = findSame.text(0);
                        why = score == 3 ? tr("same credit code") : score == 2 ? tr("same name") : tr("same phone number");
                    }
                }
            }
            if (existing.isEmpty() && !email.isEmpty() && emails.contains(email)) {
                existing = emails.value(email);
                why = tr("same e-mail");
            }
        }
        if (existing.isEmpty()) {
            rp.outcome = Outcome::Create;
            p.nameKey = nameKey;
            p.phoneKey = phoneKey;
            QSet<QString> own; // the row's own repeats (a set per row kept would cost ~1 KiB each)
            p.contacts = newContacts(p.contacts, own);
            rp.newContacts = int(p.contacts.size());
            continue;
        }

        // A duplicate: skip it, fill its empty fields, or overwrite them.
        rp.customerId = existing;
        const OnDuplicate policy = m_rowPolicy.value(r, m_onDuplicate);
        const std::optional<Row> current = reader.read(u"customers"_s, existing);
        const QString currentName = current ? valueText(current->value(u"name"_s)) : QString();
        // A contacts list (the company named, nothing else of it) adds its people to the
        // customers it names whatever the policy: it has no customer fields to skip or fill.
        bool contactsList = !p.contacts.isEmpty();
        for (auto it = p.customer.cbegin(); it != p.customer.cend() && contactsList; ++it)
            contactsList = it.key() == u"name" || it.key() == u"credit_code";
        if (!current || (policy == OnDuplicate::Skip && !contactsList)) {
            rp.outcome = Outcome::Skip;
            rp.reason = tr("Already a customer: %1 (%2).").arg(currentName, why);
            continue;
        }
        const QString owner = valueText(current->value(u"owner_id"_s));
        if (owner.isEmpty()) {
            rp.outcome = Outcome::Skip;
            rp.reason = tr("Already a customer in the public pool: %1 (%2). Claim it to change it.").arg(currentName, why);
            continue;
        }
        if (owner != users.me && !assigns) {
            rp.outcome = Outcome::Skip;
            rp.reason = tr("Already a colleague's customer: %1 (%2); not changed.").arg(currentName, why);
            continue;
        }
        bool levelKept = false;
        for (auto it = p.customer.cbegin(); it != p.customer.cend() && policy != OnDuplicate::Skip; ++it) {
            const QString now = valueText(current->value(it.key()));
            const QString mine = valueText(it.value());
            if (mine.isEmpty() || now == mine)
                continue;
            if (policy == OnDuplicate::Fill && !now.isEmpty())
                continue;
            if (it.key() == u"level" && ((levelAsked && !now.isEmpty()) || ApprovalService(m_replica).pendingLevel(existing))) {
                levelKept = true;
                continue;
            }
            p.changes.insert(it.key(), it.value());
            for (const ImportMapping::Column &col : columns)
                if (customerColumn(col.field) == it.key() && !rp.changedFields.contains(ImportMapping::fieldName(col.field)))
                    rp.changedFields << ImportMapping::fieldName(col.field);
        }
        QSet<QString> &known = contactKeys[u"id:"_s + existing];
        if (known.isEmpty()) {
            QSqlQuery q = db.exec(u"SELECT name, mobile, phone FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {existing});
            while (q.next())
                known.insert(contactKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
            known.insert(QString()); // loaded
        }
        p.contacts = newContacts(p.contacts, known);
        rp.newContacts = int(p.contacts.size());
        const QString levelNote = levelKept ? u' ' + tr("Its level stays: a change of level is asked for on the card and approved by the owner's manager.")
                                            : QString();
        if (p.changes.isEmpty() && p.contacts.isEmpty()) {
            rp.outcome = Outcome::Skip;
            rp.reason = tr("Already a customer: %1 (%2); nothing new.").arg(currentName, why) + levelNote;
            continue;
        }
        rp.outcome = Outcome::Update;
        rp.reason = (p.changes.isEmpty() ? tr("Already a customer: %1 (%2); its new contacts are added.").arg(currentName, why)
                                         : tr("Already a customer: %1 (%2).").arg(currentName, why))
            + levelNote;
    }
    for (qsizetype r = 0; r < out.rows.size(); ++r) {
        switch (out.rows[r].outcome) {
        case Outcome::Create: ++out.counts.created; break;
        case Outcome::Update: ++out.counts.updated; break;
        case Outcome::Skip: ++out.counts.skipped; break;
        case Outcome::Error: ++out.counts.errors; break;
        }
        if (out.rows[r].outcome == Outcome::Skip || out.rows[r].outcome == Outcome::Error)
            prepared[r] = Prepared(); // nothing to write: kept until the import, it would only take room
    }
    if (progress && !out.cancelled)
        progress(m_rows.size(), m_rows.size());
    if (preparedOut)
        *preparedOut = std::move(prepared);
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
