#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QDateTime;
class QThread;

namespace Huike {

class Database;

// The customer list (FEATURES.md C1): a lazy table model over the replica's customers.
// Only the row count and the pages on screen are read (200 rows a page, a few pages
// cached), so it opens at once on a million customers. Filters and sort run in SQLite;
// names sort by pinyin through a stored key (customers.name_sort) and its index.
// The model reads through its own connection; sync writes through another (WAL), and
// reload() shows their changes. 剩余天数 (DaysLeft) is how many days an owned customer has
// before the server's pool reclaim returns it (PoolService::daysLeft; empty in the pool
// and when the rule is off); it sorts by the clock's start (the latest of creation, last
// activity and owner_since), which has an index (replica migration 13).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ShortName, Level, Status, Owner, Region, Industry, Phone, LastActivity, DaysLeft, ColumnCount };

    struct Filter
    {
        QString text;     // a substring of the name or short name, pinyin, phone digits
        QString level;    // "a".."d", empty = any
        QString status;   // potential|active|dormant|lost
        QString ownerId;  // a user id; "pool" = unowned
        QString region;
        QString industry;
        QString type;
        QString tag;
        bool operator==(const Filter &) const = default;
    };

    enum Role { IdRole = Qt::UserRole + 1, VersionRole };

    explicit CustomerListModel(Database &db, QObject *parent = nullptr);
    Database &database() const { return m_db; }
    ~CustomerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    // Re-reads count and pages (after a sync); keeps the filter and sort. Never throws: a
    // list the replica cannot read is empty, with the store's message in readError().
    void reload();
    QString readError() const { return m_readError; }
    // Names in pinyin order (every customer has its sort key; the search index caught up).
    bool pinyinOrder() const { return m_pinyinSort; }
    // The SQL of page `pageNo` in the current sort and filter, and its values (the plan tests).
    QString offsetQuery(int pageNo, QVariantList *values) const;
    QString idAt(int row) const;

    // The pool reclaim rule as the server published it (app_settings; 0 days: off).
    struct ReclaimRule
    {
        int days = 0;
        QString since;
    };
    static ReclaimRule reclaimRule(Database &db); // never throws
    // A DaysLeft cell from a fetched row's owner_id and clock start (offsetQuery's
    // columns 5 and 12): the days left, or empty (pool, rule off).
    static QVariant daysLeftCell(const QVariant &ownerId, const QVariant &clockStart, const ReclaimRule &rule,
                                 const QDateTime &now);

    static constexpr int PageSize = 200;
    // Pages this deep or less are read at once by offset; deeper ones without a loaded
    // neighbour are read in the background (for tests; default 20,000 rows).
    void setSyncOffsetLimit(qint64 rows) { m_syncOffsetLimit = rows; }
    // True once every page can be read by key (long lists: a moment after a reload).
    bool anchorsReady() const { return !m_anchors.isEmpty() || m_count <= m_syncOffsetLimit; }

private:
    friend class ListExport; // reads the list's statement and replica file (listexport.h)
    struct Page;
    const Page &page(int pageNo) const;
    void keep(int pageNo, std::shared_ptr<Page> p) const;
    QString orderClause(bool ascending) const;
    QList<QVariantList> fetchOffset(int pageNo) const;
    QList<QVariantList> fetchAfter(const QVariantList &key, bool ascending, int limit) const;
    void requestPage(int pageNo) const;
    void pageLoaded(int pageNo, const QList<QVariantList> &rows);
    void readInBackground(const QString &query, const QVariantList &values,
                          std::function<void(const QList<QVariantList> &)> done) const;
    void computeAnchors();
    void where(QString *sql, QVariantList *values) const;

    Database &m_db;
    Filter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_count = 0;
    mutable QHash<int, std::shared_ptr<Page>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last
    QHash<QString, QString> m_userNames;
    ReclaimRule m_rule;
    QString m_readError; // why the last reload read nothing; empty when it read
    bool m_useSearchIndex = false;
    bool m_pinyinSort = false;
    qint64 m_syncOffsetLimit = 20000;
    int m_generation = 0;
    mutable QSet<int> m_requested;
    mutable QList<QThread *> m_loaders;
    QList<QPair<QVariant, QString>> m_anchors; // sort value and id of each page's last row
};

} // namespace Huike
