#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Huike {

class Database;

// The contacts page's list (联系人): every visible contact with its customer, title,
// phones, e-mail and the customer's owner, over the replica. Searched by name, phone
// and — through the global-search index, once it is up to date — pinyin; narrowed to the
// contacts of the user's own customers or all the user may see. Sorted by pinyin.
// At most MaxRows rows are shown (totalCount() says how many matched).
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Customer, Title, Phone, Email, Owner, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole };

    struct Filter
    {
        QString text;         // name, phone or mobile digits, e-mail, pinyin
        bool mineOnly = false; // the contacts of the customers the user owns
        bool operator==(const Filter &) const = default;
    };

    struct Entry
    {
        QString id;
        QString customerId;
        QString name;
        QString customer;
        QString department;
        QString title;
        QString phone;
        QString mobile;
        QString email;
        QString owner; // the customer's owner, by name; empty in the public pool
    };

    static constexpr int MaxRows = 20000;

    // `userId`: the logged-in user, for mineOnly. Reads the contacts at once; with
    // Deferred, at the first reload() (a page that is not shown yet).
    struct Deferred
    {
    };
    ContactListModel(Database &db, QString userId, QObject *parent = nullptr);
    ContactListModel(Database &db, QString userId, Deferred, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    QString userId() const { return m_userId; }
    // Re-reads the replica (after a sync); keeps the filter and sort.
    void reload();
    const Entry &entryAt(int row) const { return m_rows.at(row); }
    int totalCount() const { return m_total; }

private:
    void sortRows();

    Database &m_db;
    QString m_userId;
    Filter m_filter;
    QList<Entry> m_rows;
    int m_total = 0;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_loaded = false; // read once (a Deferred one waits for its first reload)
};

} // namespace Huike
