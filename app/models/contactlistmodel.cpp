#include "models/contactlistmodel.h"

#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The global-search index's keys of contacts (SearchIndex: the kind in the top bits).
constexpr qint64 ContactKeys = qint64(SearchIndex::Kind::Contact) << 40;
constexpr qint64 ContactKeysEnd = qint64(int(SearchIndex::Kind::Contact) + 1) << 40;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString phones(const ContactListModel::Entry &e)
{
    if (e.mobile.isEmpty() || e.phone.isEmpty())
        return e.mobile.isEmpty() ? e.phone : e.mobile;
    return e.mobile + u" / "_s + e.phone;
}

QString columnText(const ContactListModel::Entry &e, int column)
{
    switch (column) {
    case ContactListModel::Name: return e.name;
    case ContactListModel::Customer: return e.customer;
    case ContactListModel::Title: return e.title;
    case ContactListModel::Phone: return phones(e);
    case ContactListModel::Email: return e.email;
    case ContactListModel::Owner: return e.owner;
    default: return {};
    }
}

} // namespace

ContactListModel::ContactListModel(Database &db, QString userId, QObject *parent)
    : ContactListModel(db, std::move(userId), Deferred(), parent)
{
    reload();
}

ContactListModel::ContactListModel(Database &db, QString userId, Deferred, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_userId(std::move(userId))
{
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return columnText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Customer && !e.department.isEmpty())
            return QString(e.customer + u" · "_s + e.department);
        return {};
    case IdRole: return e.id;
    case CustomerIdRole: return e.customerId;
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Contact");
    case Customer: return tr("Customer");
    case Title: return tr("Title");
    case Phone: return tr("Phone");
    case Email: return tr("E-mail");
    case Owner: return tr("Owner");
    default: return {};
    }
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    sortRows();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContactListModel::sortRows()
{
    // By pinyin (张 after 王 … as a Chinese reader expects), then by customer.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool ascending = m_order == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Entry &a, const Entry &b) {
        int c = collator.compare(columnText(a, column), columnText(b, column));
        if (c == 0 && column != Customer)
            c = collator.compare(a.customer, b.customer);
        if (c == 0)
            c = collator.compare(a.name, b.name);
        return ascending ? c < 0 : c > 0;
    });
}

void ContactListModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_loaded) // a Deferred list reads with it when first reloaded (its page shown)
        reload();
}

void ContactListModel::reload()
{
    m_loaded = true;
    QStringList where{u"ct.deleted = 0"_s, u"c.deleted = 0"_s};
    QVariantList values;
    if (m_filter.mineOnly) {
        where << u"c.owner_id = ?"_s;
        values << m_userId;
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        QStringList any{u"ct.name LIKE ? ESCAPE '\\'"_s, u"ct.phone LIKE ? ESCAPE '\\'"_s,
                        u"ct.mobile LIKE ? ESCAPE '\\'"_s, u"ct.email LIKE ? ESCAPE '\\'"_s};
        const QString p = likePattern(text);
        values << p << p << p << p;
        // Pinyin and phone digits however written: the global-search index, once it holds
        // every contact.
        const bool indexReady = m_db.tableExists(u"search_fts"_s)
            && m_db.scalar(u"SELECT count(*) FROM (SELECT 1 FROM search_dirty WHERE key >= ? AND key < ? LIMIT 1)"_s,
                           {ContactKeys, ContactKeysEnd}).toInt() == 0;
        const QString match = indexReady ? SearchIndex::matchExpression(text) : QString();
        if (!match.isEmpty()) {
            any << u"ct.rowid IN (SELECT rowid - ? FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? AND rowid < ?)"_s;
            values << ContactKeys << match << ContactKeys << ContactKeysEnd;
        }
        where << u'(' + any.join(u" OR "_s) + u')';
    }
    const QString from = u" FROM contacts ct JOIN customers c ON c.id = ct.customer_id"
                         u" LEFT JOIN users u ON u.id = c.owner_id WHERE "_s + where.join(u" AND "_s);

    beginResetModel();
    m_rows.clear();
    m_total = 0;
    try {
        m_total = m_db.scalar(u"SELECT count(*)"_s + from, values).toInt();
        QVariantList limited = values;
        limited << MaxRows;
        QSqlQuery q = m_db.exec(u"SELECT ct.id, ct.customer_id, ct.name, c.name, ct.department, ct.title, ct.phone, ct.mobile,"
                                u" ct.email, u.display_name"_s + from + u" LIMIT ?"_s, limited);
        while (q.next()) {
            Entry e;
            e.id = q.value(0).toString();
            e.customerId = q.value(1).toString();
            e.name = q.value(2).toString();
            e.customer = q.value(3).toString();
            e.department = q.value(4).toString();
            e.title = q.value(5).toString();
            e.phone = q.value(6).toString();
            e.mobile = q.value(7).toString();
            e.email = q.value(8).toString();
            e.owner = q.value(9).toString();
            m_rows.append(std::move(e));
        }
    } catch (const SchemaError &e) {
        qWarning("huike: the contacts could not be read: %s", qPrintable(e.message()));
    }
    sortRows();
    endResetModel();
}

} // namespace Huike
