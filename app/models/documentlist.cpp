#include "models/documentlist.h"

#include "core/approval.h"
#include "core/dateformat.h"
#include "core/enums.h"
#include "core/textnormalizer.h"
#include "core/timestamp.h"
#include "models/modelerror.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The contracts whose instalments fall due: a draft or one in approval owes nothing yet;
// a completed or terminated one is closed — whatever is still open on it is no longer an
// instalment to chase (as the reminders: signed or running contracts only).
const QString Owing = u"('signed', 'executing')"_s;

// Who answers for a document: its owner (its customer's owner when it was written), else
// its customer's owner now, else whoever wrote it (a pool customer's quote).
const QString Joins = u"LEFT JOIN customers cu ON cu.id = d.customer_id "
                      u"LEFT JOIN users u ON u.id = COALESCE(NULLIF(d.owner_id, ''), NULLIF(cu.owner_id, ''), d.created_by)"_s;

// Document numbers in the order of their running number, whatever its width:
// HT-2026-7933 before HT-2026-0006532 (the prefix, then the digits at the end as a number).
QStringList numberOrder()
{
    return {u"rtrim(d.number, '0123456789')"_s,
            u"CAST(substr(d.number, length(rtrim(d.number, '0123456789')) + 1) AS INTEGER)"_s, u"d.number"_s};
}

// What came in on contract `d`: every payment booked on it.
const QString ReceivedSql = u"(SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p WHERE p.contract_id = d.id AND p.deleted = 0)"_s;

// An instalment `pp` not paid in full by the payments booked against it
// (ContractService::planState's rule).
const QString UnpaidSql = u"pp.deleted = 0 AND pp.amount_fen > (SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p "
                          u"WHERE p.contract_id = pp.contract_id AND p.plan_id = pp.id AND p.deleted = 0)"_s;

// Owners by the pinyin of their names: a rank per user (there are a few hundred at most).
QString ownerOrder(Database &db)
{
    QList<QPair<QString, QString>> users; // name, id
    QSqlQuery q = db.exec(u"SELECT display_name, id FROM users"_s);
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString()});
    if (users.isEmpty())
        return u"NULL"_s;
    std::stable_sort(users.begin(), users.end(), [](const auto &a, const auto &b) {
        return TextNormalizer::compare(a.first, b.first) < 0;
    });
    QString sql = u"CASE u.id"_s;
    for (qsizetype i = 0; i < users.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(QString(users[i].second).replace(u'\'', u"''"_s)).arg(i);
    return sql + u" END"_s;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Statuses sort in the order of their flow, not by their codes' spelling.
template<typename E>
QString statusOrder()
{
    QString sql = u"CASE d.status"_s;
    int i = 0;
    for (E value : enumValues<E>())
        sql += u" WHEN '%1' THEN %2"_s.arg(enumCode(value)).arg(i++);
    return sql + u" END"_s;
}

template<typename E>
QString statusLabel(const QString &code)
{
    const auto value = enumFromCode<E>(code);
    return value ? enumLabel(*value) : code;
}

QString localDate(const QString &timestamp)
{
    return Timestamp::parse(timestamp) ? DateFormat::dateOf(timestamp) : QString();
}

} // namespace

DocumentList::DocumentList(Kind kind, Database &db, QObject *parent) : DocumentList(kind, db, Deferred(), parent)
{
    reload();
}

DocumentList::DocumentList(Kind kind, Database &db, Deferred, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_db(db), m_today(QDate::currentDate().toString(Qt::ISODate))
{
    if (kind == Kind::Quotes)
        m_columns = {Number, Customer, Title, Status, Amount, Date, Until, Owner};
    else
        m_columns = {Number, Customer, Title, Status, Amount, Received, Outstanding, NextDue, Date, Until, Owner};
}

DocumentList::~DocumentList() = default;

QString DocumentList::where(QVariantList &values) const
{
    QStringList terms{u"d.deleted = 0"_s};
    if (!m_filter.status.isEmpty()) {
        terms << u"d.status = ?"_s;
        values << m_filter.status;
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        terms << u"(d.number LIKE ? ESCAPE '\\' OR d.title LIKE ? ESCAPE '\\' OR cu.name LIKE ? ESCAPE '\\' "
                 u"OR cu.short_name LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(text);
        values << pattern << pattern << pattern << pattern;
    }
    if (m_kind == Kind::Contracts && m_filter.dueOnly) {
        terms << u"d.status IN %1 AND EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.contract_id = d.id AND pp.due_date <= ? AND %2)"_s
                     .arg(Owing, UnpaidSql);
        values << m_dueBy;
    }
    return terms.join(u" AND "_s);
}

QStringList DocumentList::sortKeys() const
{
    const bool quotes = m_kind == Kind::Quotes;
    switch (m_sortColumn) {
    case Number: return quotes ? numberOrder() << u"d.revision"_s : numberOrder();
    case Customer: return {u"cu.name_sort"_s, u"cu.name"_s};
    case Title: return {u"d.title"_s};
    case Status: return {quotes ? statusOrder<QuoteStatus>() : statusOrder<ContractStatus>()};
    case Amount: return {quotes ? u"d.gross_fen"_s : u"d.amount_fen"_s};
    case Received: return {ReceivedSql};
    case Outstanding: return {u"d.amount_fen - "_s + ReceivedSql};
    case NextDue:
        return {u"(CASE WHEN d.status IN %1 THEN (SELECT MIN(pp.due_date) FROM payment_plans pp WHERE pp.contract_id = d.id AND %2) END)"_s
                    .arg(Owing, UnpaidSql)};
    case Date: return {quotes ? u"d.created_at"_s : u"d.sign_date"_s};
    case Until: return {quotes ? u"d.valid_until"_s : u"d.end_date"_s};
    case Owner: return {ownerOrder(m_db), u"u.display_name"_s};
    default: return {}; // newest first: ids are UUIDv7, in the order records were made
    }
}

QList<DocumentList::Item> DocumentList::readPage(int offset, int limit) const
{
    // The page is chosen first, sorting only ids and sort keys (along the primary key for
    // newest first); its 200 rows are then read whole. Everything sorts on the id last, so
    // pages neither overlap nor miss a row.
    const bool quotes = m_kind == Kind::Quotes;
    const QString table = quotes ? u"quotes"_s : u"contracts"_s;
    const QStringList keys = sortKeys();
    const QString dir = keys.isEmpty() || m_order == Qt::DescendingOrder ? u"DESC"_s : u"ASC"_s;
    QStringList keyColumns, innerOrder, outerOrder;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyColumns << u", %1 AS k%2"_s.arg(keys[i]).arg(i);
        innerOrder << u"k%1 %2"_s.arg(i).arg(dir);
        outerOrder << u"page.k%1 %2"_s.arg(i).arg(dir);
    }
    innerOrder << u"d.id "_s + dir;
    outerOrder << u"d.id "_s + dir;
    QVariantList values;
    const QString w = where(values);
    values << limit << offset;
    const QString joins = Joins;
    const QString inner = u"SELECT d.id AS pid%1 FROM %2 d %3 WHERE %4 ORDER BY %5 LIMIT ? OFFSET ?"_s.arg(
        keyColumns.join(QString()), table, joins, w, innerOrder.join(u", "_s));
    const QString sql =
        u"SELECT d.id, d.customer_id, d.number, %1, cu.name, d.title, d.status, %2, d.currency, %3, %4, u.display_name "
        u"FROM (%5) page CROSS JOIN %6 d ON d.id = page.pid %7 ORDER BY %8"_s.arg(
            quotes ? u"d.revision"_s : u"1"_s, quotes ? u"d.gross_fen"_s : u"d.amount_fen"_s,
            quotes ? u"d.created_at"_s : u"d.sign_date"_s, quotes ? u"d.valid_until"_s : u"d.end_date"_s, inner, table, joins,
            outerOrder.join(u", "_s));
    QList<Item> items;
    QSqlQuery q = m_db.exec(sql, values);
    while (q.next()) {
        Item it;
        it.id = q.value(0).toString();
        it.customerId = q.value(1).toString();
        it.number = q.value(2).toString();
        it.revision = q.value(3).toInt();
        it.customerName = q.value(4).toString();
        it.title = q.value(5).toString();
        it.status = q.value(6).toString();
        const QString currency = q.value(8).toString().isEmpty() ? u"CNY"_s : q.value(8).toString();
        it.amount = Money::fromFen(q.value(7).toLongLong(), currency);
        it.date = quotes ? localDate(q.value(9).toString()) : q.value(9).toString();
        it.until = q.value(10).toString();
        it.ownerName = q.value(11).toString();
        it.received = Money::fromFen(0, currency);
        it.outstanding = it.amount;
        items << it;
    }
    if (!quotes)
        addPaymentFigures(items);
    return items;
}

void DocumentList::addPaymentFigures(QList<Item> &items) const
{
    // Two aggregate queries for the whole page, by the contracts' ids.
    if (items.isEmpty())
        return;
    QVariantList ids;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ids << items[i].id;
        at.insert(items[i].id, i);
    }
    QStringList marks(ids.size(), u"?"_s);
    const QString in = marks.join(u", "_s);
    QSqlQuery q = m_db.exec(u"SELECT contract_id, SUM(amount_fen) FROM payments WHERE deleted = 0 AND contract_id IN (%1) "
                            u"GROUP BY contract_id"_s.arg(in),
                            ids);
    while (q.next()) {
        Item &it = items[at.value(q.value(0).toString())];
        it.received = Money::fromFen(q.value(1).toLongLong(), it.amount.currency());
        it.outstanding = it.amount - it.received;
    }
    q = m_db.exec(u"SELECT pp.contract_id, MIN(pp.due_date) FROM payment_plans pp WHERE pp.contract_id IN (%1) AND %2 "
                  u"GROUP BY pp.contract_id"_s.arg(in, UnpaidSql),
                  ids);
    static const QStringList owing{u"signed"_s, u"executing"_s};
    while (q.next()) {
        Item &it = items[at.value(q.value(0).toString())];
        if (!owing.contains(it.status))
            continue;
        it.nextDue = q.value(1).toString();
        it.overdue = !it.nextDue.isEmpty() && it.nextDue < m_today;
    }
}

void DocumentList::reload()
try {
    // As many rows as were read (a sync while someone scrolls keeps their place), within reason.
    load(std::clamp(int(m_rows.size()), int(PageSize), 25 * PageSize));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void DocumentList::load(int rows)
{
    beginResetModel();
    // A list that cannot be read is empty; the reset ends either way, so that the views
    // do not go on showing rows that are gone.
    auto failed = qScopeGuard([this] {
        m_total = 0;
        m_rows.clear();
        endResetModel();
    });
    bool ok = false;
    const int days = Rows::setting(m_db, SettingKeys::InstalmentReminderDays).toInt(&ok);
    m_dueBy = QDate::fromString(m_today, Qt::ISODate).addDays(ok && days >= 0 && days <= 366 ? days : 7).toString(Qt::ISODate);
    QVariantList values;
    const QString w = where(values);
    m_total = m_db.scalar(u"SELECT count(*) FROM %1 d LEFT JOIN customers cu ON cu.id = d.customer_id WHERE %2"_s.arg(
                              m_kind == Kind::Quotes ? u"quotes"_s : u"contracts"_s, w),
                          values)
                  .toInt();
    m_rows = readPage(0, rows);
    failed.dismiss();
    endResetModel();
}

void DocumentList::setToday(const QString &isoDate)
{
    m_today = isoDate;
    load(PageSize);
}

void DocumentList::setFilter(const Filter &filter)
try {
    if (filter == m_filter)
        return;
    m_filter = filter;
    load(PageSize);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void DocumentList::sort(int section, Qt::SortOrder order)
{
    m_sortColumn = section >= 0 && section < m_columns.size() ? m_columns[section] : -1;
    m_order = order;
    load(PageSize);
}

bool DocumentList::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void DocumentList::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Item> more = readPage(int(m_rows.size()), PageSize);
    if (more.isEmpty()) { // the data changed under us (a sync): the count was too high
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows << more;
    endInsertRows();
}

int DocumentList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString DocumentList::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int DocumentList::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QVariant DocumentList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Item &it = m_rows[index.row()];
    const Column column = m_columns[index.column()];
    const bool quotes = m_kind == Kind::Quotes;
    // A sent quote past its validity, an instalment past its due date: the view marks them.
    const bool expired = quotes && (it.status == u"draft" || it.status == u"sent") && !it.until.isEmpty() && it.until < m_today;
    switch (role) {
    case IdRole: return it.id;
    case CustomerIdRole: return it.customerId;
    case OverdueRole: return it.overdue;
    case FenRole:
        switch (column) {
        case Amount: return it.amount.fen();
        case Received: return it.received.fen();
        case Outstanding: return it.outstanding.fen();
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Amount || column == Received || column == Outstanding)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case AttentionRole:
        return (it.overdue && (column == NextDue || column == Outstanding)) || (expired && column == Until);
    case Qt::ToolTipRole:
        if (column == NextDue && it.overdue)
            return tr("An instalment due on %1 is not paid in full.").arg(it.nextDue);
        if (column == Until && expired)
            return tr("The quote is no longer valid.");
        if (column == Title || column == Customer)
            return column == Title ? it.title : it.customerName;
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    switch (column) {
    case Number: return quotes && it.revision > 1 ? u"%1 V%2"_s.arg(it.number).arg(it.revision) : it.number;
    case Customer: return it.customerName;
    case Title: return it.title;
    case Status: return quotes ? statusLabel<QuoteStatus>(it.status) : statusLabel<ContractStatus>(it.status);
    case Amount: return it.amount.format(locale);
    case Received: return it.received.format(locale);
    case Outstanding: return it.outstanding.format(locale);
    case NextDue: return it.overdue ? tr("%1 · overdue").arg(it.nextDue) : it.nextDue;
    case Date: return DateFormat::date(it.date);
    case Until: return DateFormat::date(it.until);
    case Owner: return it.ownerName;
    }
    return {};
}

QVariant DocumentList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns[section];
    if (role == Qt::TextAlignmentRole)
        return column == Amount || column == Received || column == Outstanding ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool quotes = m_kind == Kind::Quotes;
    switch (column) {
    case Number: return tr("Number");
    case Customer: return tr("Customer");
    case Title: return tr("Subject");
    case Status: return tr("Status");
    case Amount: return tr("Amount");
    case Received: return tr("Received");
    case Outstanding: return tr("Outstanding");
    case NextDue: return tr("Next instalment");
    case Date: return quotes ? tr("Quote date") : tr("Signed on");
    case Until: return quotes ? tr("Valid until") : tr("Ends on");
    case Owner: return tr("Owner");
    }
    return {};
}

} // namespace Huike
