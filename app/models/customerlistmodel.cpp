#include "customerlistmodel.h"

#include "searchindex.h"

#include "database.h"
#include "enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Sort keys; each has an index on the customers table or is cheap enough.
QString orderBy(int column)
{
    switch (column) {
    case CustomerListModel::Level: return u"c.level"_s;
    case CustomerListModel::Status: return u"c.status"_s;
    case CustomerListModel::Owner: return u"c.owner_id"_s;
    case CustomerListModel::Region: return u"c.region"_s;
    case CustomerListModel::Industry: return u"c.industry"_s;
    case CustomerListModel::Phone: return u"c.phone"_s;
    case CustomerListModel::LastActivity: return u"c.last_activity_at"_s;
    case CustomerListModel::ShortName: return u"c.short_name"_s;
    default: return u"c.name"_s;
    }
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
    QList<QVariantList> rows; // id, name, short_name, level, status, owner_id, region, industry, phone, last_activity_at, version
};

CustomerListModel::CustomerListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

CustomerListModel::~CustomerListModel() = default;

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
    QString sql;
    QVariantList values;
    // The search index serves the text filter once it holds every customer.
    m_useSearchIndex = m_db.tableExists(u"search_fts"_s)
        && m_db.scalar(u"SELECT count(*) FROM (SELECT 1 FROM search_dirty WHERE key < ? LIMIT 1)"_s, {qint64(1) << 40}).toInt() == 0;
    where(&sql, &values);
    m_count = m_db.scalar(u"SELECT count(*) FROM customers c WHERE "_s + sql, values).toInt();
    m_userNames.clear();
    QSqlQuery q = m_db.exec(u"SELECT id, display_name FROM users"_s);
    while (q.next())
        m_userNames.insert(q.value(0).toString(), q.value(1).toString());
    endResetModel();
}

const CustomerListModel::Page &CustomerListModel::page(int pageNo) const
{
    if (const auto it = m_pages.constFind(pageNo); it != m_pages.cend()) {
        m_recent.removeOne(pageNo);
        m_recent.append(pageNo);
        return **it;
    }
    QString sql;
    QVariantList values;
    where(&sql, &values);
    values << PageSize << pageNo * PageSize;
    const QString order = orderBy(m_sortColumn) + (m_order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s);
    // The tie-breaker runs the same way, so one index serves both directions.
    QSqlQuery q = m_db.exec(u"SELECT c.id, c.name, c.short_name, c.level, c.status, c.owner_id, c.region, c.industry, "
                            u"c.phone, c.last_activity_at, c.version FROM customers c WHERE %1 ORDER BY %2, c.id %3 "
                            u"LIMIT ? OFFSET ?"_s.arg(sql, order, m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s),
                            values);
    auto p = std::make_shared<Page>();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < 11; ++i)
            row << q.value(i);
        p->rows << row;
    }
    m_pages.insert(pageNo, p);
    m_recent.append(pageNo);
    while (m_recent.size() > 8) // a few screens' worth; memory stays flat while scrolling
        m_pages.remove(m_recent.takeFirst());
    return *p;
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
    if (i >= p.rows.size())
        return {};
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
        return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    default: return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
