#include "models/customer360.h"

#include "core/approval.h"
#include "core/dateformat.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::Customer360", text);
}

QString money(qint64 fen)
{
    return Money::fromFen(fen).format(QLocale());
}

template<typename E>
QString label(const QString &code)
{
    const auto e = enumFromCode<E>(code);
    return e ? enumLabel(*e) : code;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(u" · "_s);
}

} // namespace

Customer360::Customer360(Replica &replica) : m_replica(replica) { }

QStringList Customer360::kinds()
{
    return {u"activities"_s, u"contacts"_s, u"opportunities"_s, u"quotes"_s,
            u"contracts"_s,  u"payments"_s, u"invoices"_s,      u"deliveries"_s,
            u"attachments"_s};
}

QString Customer360::kindLabel(const QString &table)
{
    if (table == u"activities") return tr("Activity");
    if (table == u"contacts") return tr("Contact");
    if (table == u"opportunities") return tr("Opportunity");
    if (table == u"quotes") return tr("Quote");
    if (table == u"contracts") return tr("Contract");
    if (table == u"payments") return tr("Payment");
    if (table == u"invoices") return tr("Invoice");
    if (table == u"deliveries") return tr("Delivery");
    if (table == u"attachments") return tr("Attachment");
    return table;
}

QString Customer360::stageLabel(const QString &stage)
{
    static const QHash<QString, const char *> stages{
        {u"initial"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Initial contact")},
        {u"needs"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Needs confirmed")},
        {u"proposal"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Proposal and quote")},
        {u"negotiation"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Negotiation")},
        {u"won"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Won")},
        {u"lost"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Lost")},
    };
    const char *text = stages.value(stage);
    return text ? tr(text) : stage;
}

Customer360::Figures Customer360::figures(const QString &customerId)
{
    Database &db = m_replica.database();
    Figures f;
    f.lifetimeRevenueFen = db.scalar(u"SELECT COALESCE(sum(amount_fen), 0) FROM payments WHERE customer_id = ? AND deleted = 0"_s,
                                     {customerId}).toLongLong();
    // What signed, running and completed contracts are owed, less what came in on them.
    const qint64 owed = db.scalar(u"SELECT COALESCE(sum(amount_fen), 0) FROM contracts WHERE customer_id = ? AND deleted = 0 "
                                  u"AND status IN ('signed', 'executing', 'completed')"_s,
                                  {customerId}).toLongLong();
    const qint64 paid = db.scalar(u"SELECT COALESCE(sum(p.amount_fen), 0) FROM payments p JOIN contracts c ON c.id = p.contract_id "
                                  u"WHERE p.customer_id = ? AND p.deleted = 0 AND c.deleted = 0 "
                                  u"AND c.status IN ('signed', 'executing', 'completed')"_s,
                                  {customerId}).toLongLong();
    f.receivablesFen = std::max<qint64>(0, owed - paid);
    f.openPipelineFen = db.scalar(u"SELECT COALESCE(sum(amount_fen), 0) FROM opportunities WHERE customer_id = ? AND deleted = 0 "
                                  u"AND status = 'open'"_s,
                                  {customerId}).toLongLong();
    f.openOpportunities = db.scalar(u"SELECT count(*) FROM opportunities WHERE customer_id = ? AND deleted = 0 AND status = 'open'"_s,
                                    {customerId}).toInt();
    f.contracts = db.scalar(u"SELECT count(*) FROM contracts WHERE customer_id = ? AND deleted = 0"_s, {customerId}).toInt();
    f.lastContact = db.scalar(u"SELECT max(occurred_at) FROM activities WHERE customer_id = ? AND deleted = 0"_s, {customerId}).toString();
    return f;
}

QList<Customer360::Entry> Customer360::timeline(const QString &customerId)
{
    Database &db = m_replica.database();
    QList<Entry> out;
    auto each = [&](const QString &sql, auto &&make) {
        QSqlQuery q = db.exec(sql, {customerId});
        while (q.next())
            out << make(q);
    };
    each(u"SELECT id, occurred_at, kind, subject, body, next_step, next_step_due, done FROM activities "
         u"WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             const QString text = q.value(3).toString().isEmpty() ? q.value(4).toString().left(80) : q.value(3).toString();
             QString next;
             if (!q.value(5).toString().isEmpty())
                 next = tr("next: %1").arg(q.value(5).toString())
                     + (q.value(6).toString().isEmpty() ? QString() : u" (%1)"_s.arg(q.value(6).toString()))
                     + (q.value(7).toInt() ? tr(", done") : QString());
             return Entry{u"activities"_s, q.value(0).toString(), q.value(1).toString(),
                          tr("%1: %2").arg(label<ActivityKind>(q.value(2).toString()), text), next, std::nullopt};
         });
    each(u"SELECT id, created_at, name, title, mobile, phone FROM contacts WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"contacts"_s, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          joined({q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}), std::nullopt};
         });
    each(u"SELECT id, created_at, name, stage, amount_fen, expected_close FROM opportunities WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"opportunities"_s, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          joined({stageLabel(q.value(3).toString()),
                                  q.value(5).isNull() ? QString() : tr("expected %1").arg(q.value(5).toString())}),
                          q.value(4).isNull() ? std::nullopt : std::optional<qint64>(q.value(4).toLongLong())};
         });
    each(u"SELECT id, created_at, number, revision, title, status, gross_fen FROM quotes WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"quotes"_s, q.value(0).toString(), q.value(1).toString(),
                          u"%1 V%2"_s.arg(q.value(2).toString()).arg(q.value(3).toInt()),
                          joined({q.value(4).toString(), label<QuoteStatus>(q.value(5).toString())}),
                          q.value(6).isNull() ? std::nullopt : std::optional<qint64>(q.value(6).toLongLong())};
         });
    each(u"SELECT id, COALESCE(sign_date, created_at), number, title, status, amount_fen FROM contracts WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"contracts"_s, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          joined({q.value(3).toString(), label<ContractStatus>(q.value(4).toString())}),
                          q.value(5).isNull() ? std::nullopt : std::optional<qint64>(q.value(5).toLongLong())};
         });
    each(u"SELECT p.id, p.paid_on, c.number, p.method, p.reference, p.amount_fen FROM payments p "
         u"LEFT JOIN contracts c ON c.id = p.contract_id WHERE p.customer_id = ? AND p.deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"payments"_s, q.value(0).toString(), q.value(1).toString(),
                          tr("Payment for %1").arg(q.value(2).toString()),
                          joined({label<PaymentMethod>(q.value(3).toString()), q.value(4).toString()}),
                          q.value(5).toLongLong()};
         });
    each(u"SELECT id, issued_on, number, kind, amount_fen FROM invoices WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"invoices"_s, q.value(0).toString(), q.value(1).toString(),
                          tr("Invoice %1").arg(q.value(2).toString()), label<InvoiceKind>(q.value(3).toString()),
                          q.value(4).toLongLong()};
         });
    each(u"SELECT id, delivered_on, description, carrier, tracking_number, receiver FROM deliveries "
         u"WHERE customer_id = ? AND deleted = 0"_s,
         [](const QSqlQuery &q) {
             const QString receiver = q.value(5).toString().trimmed();
             return Entry{u"deliveries"_s, q.value(0).toString(), q.value(1).toString(),
                          tr("Delivery: %1").arg(q.value(2).toString()),
                          joined({q.value(3).toString(), q.value(4).toString(),
                                  receiver.isEmpty() ? QString() : tr("received by %1").arg(receiver)}),
                          std::nullopt};
         });
    each(u"SELECT a.id, a.created_at, a.file_name, c.number, a.note FROM attachments a "
         u"LEFT JOIN contracts c ON c.id = a.contract_id WHERE a.customer_id = ? AND a.deleted = 0"_s,
         [](const QSqlQuery &q) {
             return Entry{u"attachments"_s, q.value(0).toString(), q.value(1).toString(),
                          tr("Attachment: %1").arg(q.value(2).toString()),
                          joined({q.value(3).isNull() ? QString() : tr("of contract %1").arg(q.value(3).toString()),
                                  q.value(4).toString()}),
                          std::nullopt};
         });
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.when > b.when; });
    return out;
}

Activity Customer360::activityOf(const Row &record)
{
    return Rows::from<Activity>(record);
}

std::optional<Row> Customer360::record(const QString &table, const QString &id)
{
    if (!kinds().contains(table))
        return std::nullopt;
    return m_replica.read(table, id);
}

ValidationErrors Customer360::saveActivity(Activity &a)
{
    a.subject = a.subject.trimmed();
    a.nextStep = a.nextStep.trimmed();
    ValidationErrors errors = a.validate();
    if (errors)
        return errors;
    Replica::Batch batch(m_replica);
    Row row = Rows::toRow(a);
    const auto customer = m_replica.read(u"customers"_s, a.customerId.toString());
    if (customer)
        row[u"owner_id"_s] = customer->value(u"owner_id"_s);
    if (a.meta.id.isNull()) {
        a.meta.id = Id::generate();
        row[u"id"_s] = a.meta.id.toString();
        m_replica.create(u"activities"_s, row);
    } else {
        m_replica.update(u"activities"_s, a.meta.id.toString(), row);
    }
    // The customer's last-activity time is the server's to move (when the activity
    // arrives); the figures here read the activities themselves.
    batch.commit();
    return {};
}

QList<Customer360::Reminder> Customer360::reminders(const QDate &day)
{
    QList<Reminder> out;
    Database &db = m_replica.database();
    // This user's: the next steps they wrote (all of them while no user is known). The
    // partial index on open next steps by author serves it; CROSS JOIN keeps it outside.
    const QString me = m_replica.userId();
    const QString mine = me.isEmpty() ? QString() : u"AND a.created_by = ? "_s;
    QVariantList values{day.toString(Qt::ISODate)};
    if (!me.isEmpty())
        values << me;
    QSqlQuery q = db.exec(
        u"SELECT a.id, a.customer_id, c.name, a.next_step, a.next_step_due FROM activities a "
        u"CROSS JOIN customers c ON c.id = a.customer_id AND c.deleted = 0 "
        u"WHERE a.deleted = 0 AND a.done = 0 AND a.next_step_due IS NOT NULL AND a.next_step_due <= ? %1"
        u"ORDER BY a.next_step_due, a.id LIMIT 500"_s.arg(mine),
        values);
    while (q.next()) {
        Reminder r;
        r.activityId = q.value(0).toString();
        r.customerId = q.value(1).toString();
        r.customerName = q.value(2).toString();
        r.nextStep = q.value(3).toString();
        r.due = q.value(4).toString();
        out << r;
    }

    // Contracts: the user's customers' (a clerk's: every one in the replica).
    const auto days = [&](QStringView key, int fallback) {
        bool ok = false;
        const int n = Rows::setting(db, key).toInt(&ok);
        return ok && n >= 0 && n <= 366 ? n : fallback;
    };
    const QString role = me.isEmpty() ? QString() : db.scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString();
    const bool everyContract = me.isEmpty() || role == u"clerk";
    const QString whose = everyContract ? QString() : u"AND c.owner_id = ? "_s;
    const QString signedOrRunning = u"k.status IN ('signed', 'executing')"_s;

    values = {day.addDays(days(SettingKeys::InstalmentReminderDays, 7)).toString(Qt::ISODate)};
    if (!everyContract)
        values << me;
    // Driven by the running contracts (a partial index of them), then their plan lines and
    // each line's payments by index; what is paid in full is left out before the limit,
    // or years of settled instalments would fill it.
    q = db.exec(u"SELECT * FROM (SELECT k.id, k.number, k.customer_id, c.name, p.line_no, p.due_date, "
                u"p.amount_fen - COALESCE((SELECT SUM(m.amount_fen) FROM payments m WHERE m.plan_id = p.id AND m.deleted = 0), 0) "
                u"AS outstanding "
                u"FROM contracts k INDEXED BY ix_contracts_running "
                u"CROSS JOIN customers c ON c.id = k.customer_id AND c.deleted = 0 "
                u"CROSS JOIN payment_plans p ON p.contract_id = k.id AND p.deleted = 0 AND p.due_date <= ? "
                u"WHERE k.deleted = 0 AND %1 %2) WHERE outstanding > 0 "
                u"ORDER BY due_date LIMIT 500"_s.arg(signedOrRunning, whose),
                values);
    while (q.next()) {
        const qint64 outstanding = q.value(6).toLongLong();
        if (outstanding <= 0)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Instalment;
        r.contractId = q.value(0).toString();
        r.contractNumber = q.value(1).toString();
        r.customerId = q.value(2).toString();
        r.customerName = q.value(3).toString();
        r.instalment = q.value(4).toInt();
        r.due = q.value(5).toString();
        r.outstandingFen = outstanding;
        out << r;
    }

    values = {day.addDays(days(SettingKeys::ContractEndReminderDays, 30)).toString(Qt::ISODate)};
    if (!everyContract)
        values << me;
    q = db.exec(u"SELECT k.id, k.number, k.customer_id, c.name, k.end_date FROM contracts k INDEXED BY ix_contracts_running "
                u"CROSS JOIN customers c ON c.id = k.customer_id AND c.deleted = 0 "
                u"WHERE k.deleted = 0 AND %1 AND k.end_date IS NOT NULL AND k.end_date <= ? %2"
                u"ORDER BY k.end_date LIMIT 500"_s.arg(signedOrRunning, whose),
                values);
    while (q.next()) {
        Reminder r;
        r.kind = Reminder::Kind::ContractEnd;
        r.contractId = q.value(0).toString();
        r.contractNumber = q.value(1).toString();
        r.customerId = q.value(2).toString();
        r.customerName = q.value(3).toString();
        r.due = q.value(4).toString();
        out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const Reminder &a, const Reminder &b) { return a.due < b.due; });

    // Set aside here: dismissed, or snoozed past `day`.
    QHash<QString, QString> aside;
    q = db.exec(u"SELECT key, value FROM sync_state WHERE key LIKE 'reminder:%'"_s);
    while (q.next())
        aside.insert(q.value(0).toString(), q.value(1).toString());
    if (!aside.isEmpty()) {
        const QString today = day.toString(Qt::ISODate);
        out.removeIf([&](const Reminder &r) {
            const QString v = aside.value(reminderKey(r));
            return v == u"dismissed" || (v.startsWith(u"until:") && v.mid(6) > today);
        });
    }
    return out;
}

QString Customer360::reminderKey(const Reminder &reminder)
{
    switch (reminder.kind) {
    case Reminder::Kind::NextStep: return u"reminder:step:%1:%2"_s.arg(reminder.activityId, reminder.due);
    case Reminder::Kind::Instalment:
        return u"reminder:instalment:%1:%2:%3"_s.arg(reminder.contractId).arg(reminder.instalment).arg(reminder.due);
    case Reminder::Kind::ContractEnd: return u"reminder:end:%1:%2"_s.arg(reminder.contractId, reminder.due);
    }
    return {};
}

void Customer360::dismissReminder(const Reminder &reminder)
{
    m_replica.setState(reminderKey(reminder), u"dismissed"_s);
}

void Customer360::snoozeReminder(const Reminder &reminder, const QDate &until)
{
    m_replica.setState(reminderKey(reminder), u"until:"_s + until.toString(Qt::ISODate));
}

void Customer360::markDone(const QString &activityId)
{
    m_replica.update(u"activities"_s, activityId, Row{{u"done"_s, 1}});
}

// ---- TimelineModel ----------------------------------------------------------------------

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void TimelineModel::setEntries(QList<Customer360::Entry> entries)
{
    beginResetModel();
    m_all = std::move(entries);
    refilter();
    endResetModel();
}

void TimelineModel::setKinds(const QSet<QString> &kinds)
{
    beginResetModel();
    m_kinds = kinds;
    refilter();
    endResetModel();
}

void TimelineModel::refilter()
{
    m_shown.clear();
    for (const Customer360::Entry &e : std::as_const(m_all))
        if (m_kinds.isEmpty() || m_kinds.contains(e.table))
            m_shown << e;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Customer360::Entry &e = m_shown[index.row()];
    if (role == TableRole)
        return e.table;
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: {
        if (e.when.size() > 10) // a timestamp: local date and time
            return DateFormat::dateTime(e.when);
        return DateFormat::date(e.when);
    }
    case Kind: return Customer360::kindLabel(e.table);
    case Title: return e.title;
    case Detail: return e.detail;
    case Amount: return e.amountFen ? money(*e.amountFen) : QString();
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("Date");
    case Kind: return tr("Kind");
    case Title: return tr("Record");
    case Detail: return tr("Details");
    case Amount: return tr("Amount");
    }
    return {};
}

} // namespace Huike
