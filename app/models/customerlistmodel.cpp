#include "models/customerlistmodel.h"

#include "replica/searchindex.h"

#include "core/approval.h"
#include "core/dateformat.h"
#include "core/enums.h"
#include "models/poolservice.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// When the pool reclaim's clock started for an owned customer (the latest of creation,
// last activity, arrival with its owner; Timestamp texts compare as they read), NULL in
// the pool: the days left sort by it. Written exactly as replica migration 13's index
// ix_customers_list_clock has it, so SQLite walks that index (tests/app/models/tst_queryplans).
const QString ClockStart = u"CASE WHEN c.owner_id IS NULL THEN NULL "
                           u"ELSE max(c.created_at, COALESCE(c.last_activity_at, ''), COALESCE(c.owner_since, '')) END"_s;

// The width of a fetched row (see Page).
constexpr int RowWidth = 13;

// Sort keys; each has an index on the customers table or is cheap enough. Names sort by
// their pinyin key (replica migration 7) once the search index has written every one.
QString orderBy(int column, bool pinyin)
{
    switch (column) {
    case CustomerListModel::DaysLeft: return ClockStart;
    case CustomerListModel::Level: return u"c.level"_s;
    case CustomerListModel::Status: return u"c.status"_s;
    case CustomerListModel::Owner: return u"c.owner_id"_s;
    case CustomerListModel::Region: return u"c.region"_s;
    case CustomerListModel::Industry: return u"c.industry"_s;
    case CustomerListModel::Phone: return u"c.phone"_s;
    case CustomerListModel::LastActivity: return u"c.last_activity_at"_s;
    case CustomerListModel::ShortName: return u"c.short_name"_s;
    default: return pinyin ? u"c.name_sort"_s : u"c.name"_s;
    }
}

// Where the sort column sits in a fetched row (see Page).
int rowIndexOf(int column, bool pinyin)
{
    switch (column) {
    case CustomerListModel::ShortName: return 2;
    case CustomerListModel::Level: return 3;
    case CustomerListModel::Status: return 4;
    case CustomerListModel::Owner: return 5;
    case CustomerListModel::Region: return 6;
    case CustomerListModel::Industry: return 7;
    case CustomerListModel::Phone: return 8;
    case CustomerListModel::LastActivity: return 9;
    case CustomerListModel::DaysLeft: return 12;
    default: return pinyin ? 11 : 1;
    }
}

QString columns(bool pinyin)
{
    return u"c.id, c.name, c.short_name, c.level, c.status, c.owner_id, c.region, c.industry, "
           u"c.phone, c.last_activity_at, c.version, "_s + (pinyin ? u"c.name_sort"_s : u"NULL"_s) + u", "_s + ClockStart;
}

QList<QVariantList> readRows(QSqlQuery &q)
{
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

struct CustomerListModel::Page
{
    QList<QVariantList> rows; // id, name, short_name, level, status, owner_id, region, industry, phone, last_activity_at,
                              // version, name_sort, the reclaim clock's start
};

CustomerListModel::CustomerListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

CustomerListModel::~CustomerListModel()
{
    for (QThread *t : std::as_const(m_loaders))
        t->wait(); // a page read on its way back finds no model otherwise
}

void CustomerListModel::where(QString *sql, QVariantList *values) const
{
    QStringList w{u"c.deleted = 0"_s};
    const QString match = m_useSearchIndex ? SearchIndex::matchExpression(m_filter.text) : QString();
    if (!match.isEmpty()) {
        // The global-search index: substrings, pinyin, phone digits, without a scan.
        w << u"c.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid < ?)"_s;
        *values << match << (qint64(1) << 40);
    } else if (!m_filter.text.trimmed().isEmpty()) {
        w << u"(c.name LIKE ? ESCAPE '\\' OR c.short_name LIKE ? ESCAPE '\\' OR c.phone LIKE ? ESCAPE '\\')"_s;
        const QString p = likePattern(m_filter.text.trimmed());
        *values << p << p << p;
    }
    auto exact = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            w << column + u" = ?"_s;
            *values << value;
        }
    };
    exact(u"c.level"_s, m_filter.level);
    exact(u"c.status"_s, m_filter.status);
    exact(u"c.region"_s, m_filter.region);
    exact(u"c.industry"_s, m_filter.industry);
    exact(u"c.type"_s, m_filter.type);
    if (m_filter.ownerId == u"pool")
        w << u"c.owner_id IS NULL"_s;
    else
        exact(u"c.owner_id"_s, m_filter.ownerId);
    if (!m_filter.tag.isEmpty()) {
        w << u"(',' || COALESCE(c.tags, '') || ',') LIKE ? ESCAPE '\\'"_s;
        *values << likePattern(u","_s + m_filter.tag + u","_s);
    }
    *sql = w.join(u" AND "_s);
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    ++m_generation; // pages still loading for the old list are dropped
    QString sql;
    QVariantList values;
    // The search index serves the text filter once it holds every customer.
    m_useSearchIndex = SearchIndex::customersCaughtUp(m_db);
    // Names by pinyin once every customer has its key (replica migration 7).
    m_pinyinSort = m_useSearchIndex
        && m_db.scalar(u"SELECT count(*) FROM pragma_table_info('customers') WHERE name = 'name_sort'"_s).toInt() > 0;
    where(&sql, &values);
    m_anchors.clear();
    m_readError.clear();
    try {
        m_count = m_db.scalar(u"SELECT count(*) FROM customers c WHERE "_s + sql, values).toInt();
        m_rule = reclaimRule(m_db);
        m_userNames.clear();
        QSqlQuery q = m_db.exec(u"SELECT id, display_name FROM users"_s);
        while (q.next())
            m_userNames.insert(q.value(0).toString(), q.value(1).toString());
    } catch (const SchemaError &e) {
        // The list is empty and says why (readError()); the views are told the reset is
        // over either way — a reset begun and never ended leaves them on rows that are gone.
        m_count = 0;
        m_readError = e.message();
        endResetModel();
        return;
    }
    endResetModel();
    // Once the events queued now have run (the window's first paint; the sort and filter a
    // new page sets): a burst of reloads reads the keys once, not once each (at start-up,
    // four walks of a 100,000-customer list on the two cores the first paint needed).
    if (m_count > m_syncOffsetLimit)
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                computeAnchors();
        });
}

void CustomerListModel::computeAnchors()
{
    // The key of every page's last row, read once in the background (a window over the
    // sort index): from then on every page is an index seek, wherever the scroll bar goes.
    QString sql;
    QVariantList values;
    where(&sql, &values);
    values << PageSize;
    const bool ascending = m_order == Qt::AscendingOrder;
    const QString query = u"SELECT v, id FROM (SELECT %1 AS v, c.id AS id, row_number() OVER (ORDER BY %2) AS rn "
                          u"FROM customers c WHERE %3) WHERE rn % ? = 0 ORDER BY rn"_s.arg(orderBy(m_sortColumn, m_pinyinSort),
                                                                                     orderClause(ascending), sql);
    readInBackground(query, values, [this](const QList<QVariantList> &rows) {
        m_anchors.clear();
        for (const QVariantList &r : rows)
            m_anchors.append({r.value(0), r.value(1).toString()});
    });
}

void CustomerListModel::readInBackground(const QString &query, const QVariantList &values,
                                         std::function<void(const QList<QVariantList> &)> done) const
{
    // On its own connection, so the UI's stays free; the rows come back on this thread,
    // and only if the list has not been reloaded meanwhile.
    const int generation = m_generation;
    const QString path = m_db.handle().databaseName();
    auto *self = const_cast<CustomerListModel *>(this);
    QThread *thread = QThread::create([self, path, query, values, generation, done = std::move(done)] {
        QList<QVariantList> rows;
        try {
            Database db = Database::openSqlite(path);
            QSqlQuery q = db.exec(query, values);
            rows = readRows(q);
        } catch (const SchemaError &) {
            return; // read again when next needed
        }
        QMetaObject::invokeMethod(self, [self, rows, generation, done] {
            if (generation == self->m_generation)
                done(rows);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, self, [self, thread] { self->m_loaders.removeOne(thread); });
    m_loaders << thread;
    thread->start();
}

const CustomerListModel::Page &CustomerListModel::page(int pageNo) const
{
    if (const auto it = m_pages.constFind(pageNo); it != m_pages.cend()) {
        m_recent.removeOne(pageNo);
        m_recent.append(pageNo);
        return **it;
    }
    auto p = std::make_shared<Page>();
    const int expected = std::min(PageSize, m_count - pageNo * PageSize);
    // A neighbour in memory gives the page's first (or last) key: an index seek, however
    // deep in the list. Near the top, an offset is as cheap.
    if (const auto before = m_pages.constFind(pageNo - 1); before != m_pages.cend() && (*before)->rows.size() == PageSize) {
        p->rows = fetchAfter((*before)->rows.last(), m_order == Qt::AscendingOrder, PageSize);
    } else if (const auto after = m_pages.constFind(pageNo + 1); after != m_pages.cend() && !(*after)->rows.isEmpty()) {
        p->rows = fetchAfter((*after)->rows.first(), m_order != Qt::AscendingOrder, PageSize);
        std::reverse(p->rows.begin(), p->rows.end());
    } else if (qint64(pageNo) * PageSize <= m_syncOffsetLimit) {
        p->rows = fetchOffset(pageNo);
    } else if (pageNo - 1 < m_anchors.size()) {
        // The last key of the page before, from the anchors.
        QVariantList key(RowWidth);
        key[0] = m_anchors[pageNo - 1].second;
        key[rowIndexOf(m_sortColumn, m_pinyinSort)] = m_anchors[pageNo - 1].first;
        p->rows = fetchAfter(key, m_order == Qt::AscendingOrder, PageSize);
    } else {
        // A jump deep into a long list (a dragged scroll bar): the page is read on the
        // loader's own connection; rows show as "…" until it arrives.
        requestPage(pageNo);
        static const Page loading;
        return loading;
    }
    if (p->rows.size() != expected)
        p->rows = fetchOffset(pageNo); // the data moved under us (a sync): read it plainly
    keep(pageNo, p);
    return *p;
}

void CustomerListModel::keep(int pageNo, std::shared_ptr<Page> p) const
{
    m_pages.insert(pageNo, std::move(p));
    m_recent.removeOne(pageNo);
    m_recent.append(pageNo);
    while (m_recent.size() > 8) // a few screens' worth; memory stays flat while scrolling
        m_pages.remove(m_recent.takeFirst());
}

QString CustomerListModel::orderClause(bool ascending) const
{
    const QString dir = ascending ? u"ASC"_s : u"DESC"_s;
    // The tie-breaker runs the same way, so one index serves both directions.
    return u"%1 %2, c.id %2"_s.arg(orderBy(m_sortColumn, m_pinyinSort), dir);
}

QList<QVariantList> CustomerListModel::fetchOffset(int pageNo) const
{
    QVariantList values;
    const QString query = offsetQuery(pageNo, &values);
    QSqlQuery q = m_db.exec(query, values);
    return readRows(q);
}

QList<QVariantList> CustomerListModel::fetchAfter(const QVariantList &key, bool ascending, int limit) const
{
    // The rows after `key` in this order. SQLite sorts NULL first, so going up NULLs come
    // before every value, going down after all of them; (col, id) row values seek the
    // (deleted, col, id) index.
    const QString col = orderBy(m_sortColumn, m_pinyinSort);
    const QVariant value = key.value(rowIndexOf(m_sortColumn, m_pinyinSort));
    const QString id = key.value(0).toString();
    QString sql;
    QVariantList base;
    where(&sql, &base);
    auto run = [&](const QString &condition, const QVariantList &extra, const QString &order, int n) {
        QVariantList values = base;
        values << extra << n;
        QSqlQuery q = m_db.exec(u"SELECT %1 FROM customers c WHERE %2 AND %3 ORDER BY %4 LIMIT ?"_s.arg(columns(m_pinyinSort), sql, condition, order),
                                values);
        return readRows(q);
    };
    const QString idOrder = ascending ? u"c.id ASC"_s : u"c.id DESC"_s;
    QList<QVariantList> rows;
    if (value.isNull()) {
        rows = run(u"%1 IS NULL AND c.id %2 ?"_s.arg(col, ascending ? u">"_s : u"<"_s), {id}, idOrder, limit);
        if (ascending && rows.size() < limit)
            rows << run(u"%1 IS NOT NULL"_s.arg(col), {}, orderClause(true), limit - int(rows.size()));
    } else if (m_sortColumn == DaysLeft) {
        // SQLite seeks an index on an expression by a plain comparison, not by a row value:
        // from the key's value on, past the rows of that value up to the key's id.
        rows = run(u"%1 %2= ? AND (%1 %2 ? OR c.id %2 ?)"_s.arg(col, ascending ? u">"_s : u"<"_s), {value, value, id},
                   orderClause(ascending), limit);
        if (!ascending && rows.size() < limit)
            rows << run(u"%1 IS NULL"_s.arg(col), {}, idOrder, limit - int(rows.size()));
    } else {
        rows = run(u"(%1, c.id) %2 (?, ?)"_s.arg(col, ascending ? u">"_s : u"<"_s), {value, id}, orderClause(ascending), limit);
        if (!ascending && rows.size() < limit)
            rows << run(u"%1 IS NULL"_s.arg(col), {}, idOrder, limit - int(rows.size()));
    }
    return rows;
}

QString CustomerListModel::offsetQuery(int pageNo, QVariantList *values) const
{
    QString sql;
    where(&sql, values);
    *values << PageSize << pageNo * PageSize;
    return u"SELECT %1 FROM customers c WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(
        columns(m_pinyinSort), sql, orderClause(m_order == Qt::AscendingOrder));
}

void CustomerListModel::requestPage(int pageNo) const
{
    if (m_requested.contains(pageNo))
        return;
    m_requested.insert(pageNo);
    QVariantList values;
    const QString query = offsetQuery(pageNo, &values);
    auto *self = const_cast<CustomerListModel *>(this);
    readInBackground(query, values, [self, pageNo](const QList<QVariantList> &rows) { self->pageLoaded(pageNo, rows); });
}

void CustomerListModel::pageLoaded(int pageNo, const QList<QVariantList> &rows)
{
    m_requested.remove(pageNo);
    auto p = std::make_shared<Page>();
    p->rows = rows;
    keep(pageNo, p);
    const int first = pageNo * PageSize;
    const int last = std::min(m_count, first + PageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::idAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const Page &p = page(row / PageSize);
    const int i = row % PageSize;
    return i < p.rows.size() ? p.rows[i][0].toString() : QString();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() >= ColumnCount)
        return {};
    const Page &p = page(index.row() / PageSize);
    const int i = index.row() % PageSize;
    if (i >= p.rows.size()) // still loading
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(u"…"_s) : QVariant();
    const QVariantList &r = p.rows[i];
    if (role == IdRole)
        return r[0];
    if (role == VersionRole)
        return r[10];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return r[1];
    case ShortName: return r[2];
    case Level: {
        const auto level = enumFromCode<CustomerLevel>(r[3].toString());
        return level ? enumLabel(*level) : QString();
    }
    case Status: {
        const auto status = enumFromCode<CustomerStatus>(r[4].toString());
        return status ? enumLabel(*status) : QString();
    }
    case Owner:
        return r[5].isNull() ? QCoreApplication::translate("Huike::CustomerListModel", "Public pool")
                             : m_userNames.value(r[5].toString());
    case Region: return r[6];
    case Industry: return r[7];
    case Phone: return r[8];
    case LastActivity: {
        const QDateTime t = QDateTime::fromString(r[9].toString(), Qt::ISODateWithMs);
        return DateFormat::dateOf(t);
    }
    case DaysLeft: return daysLeftCell(r[5], r[12], m_rule, QDateTime::currentDateTimeUtc());
    default: return {};
    }
}

CustomerListModel::ReclaimRule CustomerListModel::reclaimRule(Database &db)
{
    ReclaimRule rule;
    try {
        rule.days = std::max(0, Rows::setting(db, SettingKeys::PoolReclaimDays).trimmed().toInt());
        rule.since = Rows::setting(db, SettingKeys::PoolReclaimSince);
    } catch (const SchemaError &) {
        rule = {}; // unreadable: no days shown
    }
    return rule;
}

QVariant CustomerListModel::daysLeftCell(const QVariant &ownerId, const QVariant &clockStart, const ReclaimRule &rule,
                                         const QDateTime &now)
{
    if (rule.days <= 0 || ownerId.isNull() || clockStart.isNull())
        return {};
    return PoolService::daysLeft(rule.days, rule.since, clockStart.toString(), {}, {}, now);
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DaysLeft)
        return QCoreApplication::translate("Huike::CustomerListModel",
                                           "Days before the customer goes back to the public pool without a follow-up");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return QCoreApplication::translate("Huike::CustomerListModel", "Customer");
    case ShortName: return QCoreApplication::translate("Huike::CustomerListModel", "Short name");
    case Level: return QCoreApplication::translate("Huike::CustomerListModel", "Level");
    case Status: return QCoreApplication::translate("Huike::CustomerListModel", "Status");
    case Owner: return QCoreApplication::translate("Huike::CustomerListModel", "Owner");
    case Region: return QCoreApplication::translate("Huike::CustomerListModel", "Region");
    case Industry: return QCoreApplication::translate("Huike::CustomerListModel", "Industry");
    case Phone: return QCoreApplication::translate("Huike::CustomerListModel", "Phone");
    case LastActivity: return QCoreApplication::translate("Huike::CustomerListModel", "Last contact");
    case DaysLeft: return QCoreApplication::translate("Huike::CustomerListModel", "Days left");
    default: return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "customerId");
    names.insert(VersionRole, "version");
    return names;
}

void CustomerListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

} // namespace Huike
