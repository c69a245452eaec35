#include "models/customer360.h"

#include "core/approval.h"
#include "core/dateformat.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "models/assetservice.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/timelinetexts.h"

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

} // namespace

Customer360::Customer360(Replica &replica) : m_replica(replica) { }

namespace {

// The tables with a place in the timeline (TableDef::timeline), in that order.
const QList<const TableDef *> &timelineTables()
{
    static const QList<const TableDef *> all = [] {
        QList<const TableDef *> out;
        for (const TableDef &t : DomainSchema::tables())
            if (t.timelineEntry())
                out << &t;
        std::stable_sort(out.begin(), out.end(), [](const TableDef *a, const TableDef *b) {
            return a->timelineEntry()->place < b->timelineEntry()->place;
        });
        return out;
    }();
    return all;
}

} // namespace

QStringList Customer360::kinds()
{
    QStringList out;
    for (const TableDef *t : timelineTables())
        out << t->name();
    return out;
}

QString Customer360::kindLabel(const QString &table)
{
    const TableDef *t = DomainSchema::find(table);
    return t && t->timelineEntry() ? tr(t->timelineEntry()->kindName) : table;
}

QString Customer360::stageLabel(const QString &stage)
{
    return TimelineTexts::stage(stage);
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
    const QString now = Timestamp::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery tickets = db.exec(u"SELECT count(*), COALESCE(sum(status <> 'suspended' AND ((responded_at IS NULL AND response_due < ?) "
                                u"OR resolution_due < ?)), 0) FROM tickets WHERE customer_id = ? AND deleted = 0 "
                                u"AND status IN ('new', 'assigned', 'in_progress', 'suspended')"_s,
                                {now, now, customerId});
    if (tickets.next()) {
        f.openTickets = tickets.value(0).toInt();
        f.overdueTickets = tickets.value(1).toInt();
    }
    for (const AssetService::Item &it : AssetService(m_replica).assetsOf(customerId)) {
        f.assets += it.asset.status == u"in_use" ? 1 : 0;
        f.assetsInWarranty += it.cover.covered ? 1 : 0;
    }
    return f;
}

QList<Customer360::Entry> Customer360::timeline(const QString &customerId)
{
    // Each table as its declaration says (TableDef::Timeline): its date, the pieces of its
    // title and detail, its amount.
    using Piece = TableDef::TimelineText;
    Database &db = m_replica.database();
    QList<Entry> out;
    for (const TableDef *table : timelineTables()) {
        const TableDef::Timeline &e = *table->timelineEntry();
        // The columns the pieces read; "ref.column" through a join on the row it names.
        QStringList names = e.reads, select, joins;
        for (const QList<Piece> *pieces : {&e.title, &e.detail})
            for (const Piece &p : *pieces)
                if (!p.compose)
                    names << p.column;
        if (!e.amount.isEmpty())
            names << e.amount;
        names.removeDuplicates();
        QStringList when;
        for (const QString &c : e.when)
            when << u"t."_s + c;
        select << u"t.id"_s << (when.size() > 1 ? u"COALESCE(%1)"_s.arg(when.join(u", "_s)) : when.first());
        for (const QString &name : std::as_const(names)) {
            if (!name.contains(u'.')) {
                select << u"t."_s + name;
                continue;
            }
            const QString ref = name.section(u'.', 0, 0);
            const QString alias = u"r%1"_s.arg(joins.size());
            joins << u"LEFT JOIN %1 %2 ON %2.id = t.%3"_s.arg(table->column(ref)->references, alias, ref);
            select << alias + u'.' + name.section(u'.', 1);
        }
        QSqlQuery q = db.exec(u"SELECT %1 FROM %2 t %3 WHERE t.%4 = ? AND t.deleted = 0"_s.arg(
                                  select.join(u", "_s), table->name(), joins.join(u' '), e.customerColumn),
                              {customerId});
        while (q.next()) {
            Row row;
            for (qsizetype i = 0; i < names.size(); ++i)
                row.insert(names[i], q.value(int(2 + i)));
            // A piece: composed, or its column's value as its label, through its pattern.
            const auto piece = [&](const Piece &p, bool inDetail) -> QString {
                if (p.compose)
                    return p.compose(row);
                QString v = row.value(p.column).toString();
                if (p.label)
                    v = p.label(v);
                if (!p.format)
                    return v;
                v = v.trimmed();
                return v.isEmpty() && inDetail ? QString() : tr(p.format).arg(v);
            };
            QStringList title;
            for (const Piece &p : e.title)
                title << piece(p, false);
            QString heading;
            if (!e.titleFormat)
                heading = title.join(u' ');
            else if (title.size() == 1)
                heading = tr(e.titleFormat).arg(title[0]);
            else
                heading = tr(e.titleFormat).arg(title.value(0), title.value(1));
            QStringList detail;
            for (const Piece &p : e.detail)
                if (const QString d = piece(p, true); !d.trimmed().isEmpty())
                    detail << (p.compose ? d : d.trimmed());
            const QVariant amount = e.amount.isEmpty() ? QVariant() : row.value(e.amount);
            out << Entry{table->name(), q.value(0).toString(), q.value(1).toString(), heading, detail.join(u" · "_s),
                         amount.isNull() ? std::nullopt : std::optional<qint64>(amount.toLongLong())};
        }
    }
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
try {
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
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<Customer360::Reminder> Customer360::reminders(const QDate &day)
try {
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
    if (!me.isEmpty()) { // tickets past a due instant, by the index of an assignee's open tickets
        const QString now = Timestamp::toText(QDateTime::currentDateTimeUtc());
        q = db.exec(u"SELECT t.id, t.number, t.customer_id, c.name, t.subject, "
                    u"CASE WHEN t.responded_at IS NULL AND t.response_due < ? THEN t.response_due ELSE t.resolution_due END "
                    u"FROM tickets t CROSS JOIN customers c ON c.id = t.customer_id "
                    u"WHERE t.deleted = 0 AND t.assignee_id = ? AND t.status IN ('new', 'assigned', 'in_progress') "
                    u"AND ((t.responded_at IS NULL AND t.response_due < ?) OR t.resolution_due < ?) LIMIT 500"_s,
                    {now, me, now, now});
        while (q.next()) {
            Reminder r;
            r.kind = Reminder::Kind::Ticket;
            r.ticketId = q.value(0).toString();
            r.ticketNumber = q.value(1).toString();
            r.customerId = q.value(2).toString();
            r.customerName = q.value(3).toString();
            r.nextStep = q.value(4).toString();
            const auto due = Timestamp::parse(q.value(5).toString());
            r.due = due ? due->toLocalTime().date().toString(Qt::ISODate) : day.toString(Qt::ISODate);
            out << r;
        }
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
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString Customer360::reminderKey(const Reminder &reminder)
{
    switch (reminder.kind) {
    case Reminder::Kind::NextStep: return u"reminder:step:%1:%2"_s.arg(reminder.activityId, reminder.due);
    case Reminder::Kind::Instalment:
        return u"reminder:instalment:%1:%2:%3"_s.arg(reminder.contractId).arg(reminder.instalment).arg(reminder.due);
    case Reminder::Kind::ContractEnd: return u"reminder:end:%1:%2"_s.arg(reminder.contractId, reminder.due);
    case Reminder::Kind::Ticket: return u"reminder:ticket:%1:%2"_s.arg(reminder.ticketId, reminder.due);
    }
    return {};
}

void Customer360::dismissReminder(const Reminder &reminder)
try {
    m_replica.setState(reminderKey(reminder), u"dismissed"_s);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void Customer360::snoozeReminder(const Reminder &reminder, const QDate &until)
try {
    m_replica.setState(reminderKey(reminder), u"until:"_s + until.toString(Qt::ISODate));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void Customer360::markDone(const QString &activityId)
try {
    m_replica.update(u"activities"_s, activityId, Row{{u"done"_s, 1}});
} catch (const SchemaError &e) {
    throw ModelError(e.message());
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
