#pragma once

#include "core/money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace Huike {

class Database;

// The quotes (报价单) or the contracts (合同) of the replica as a table, newest first
// (FEATURES.md S3, S4): number, customer, title, status, amount, date, validity or end,
// owner; a contract also what came in (回款), what is still owed and its next unpaid
// instalment, marked overdue when that was due before today. Numbers sort by their running
// number whatever its width; customers and owners by pinyin; dates read yyyy-MM-dd.
//
// Filters and sort run in SQLite; rows arrive 200 at a time (fetchMore) and the payment
// figures are read for those rows only — two aggregate queries a page, never one per
// row — so the list opens at once on 100,000 contracts. Sorting by received, outstanding
// or next instalment (or the "due" filter) makes SQLite compute them for every contract,
// which costs a fraction of a second there. No widgets here.
class DocumentList : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Quotes, Contracts };
    // Every column either kind can show; columns() gives the ones of this kind, in order.
    enum Column { Number, Customer, Title, Status, Amount, Received, Outstanding, Date, Until, NextDue, Owner };
    Q_ENUM(Kind)
    Q_ENUM(Column)
    // AttentionRole: true for a cell to show as a warning (an overdue instalment and what is
    // owed on it, a draft or sent quote past its validity); FenRole: money columns in fen.
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole, OverdueRole, FenRole, AttentionRole };

    struct Filter
    {
        QString status;      // a status code; empty = any
        QString text;        // a part of the number, the customer's name or the title
        bool dueOnly = false; // contracts with an unpaid instalment due by today + the reminder days
        bool operator==(const Filter &) const = default;
    };

    // One row as read. Overdue, like ContractService::planState: an instalment due before
    // today and not paid in full (payments booked against it), for a signed or executing
    // contract — a draft owes nothing yet, a completed or terminated one is closed.
    // ownerName: the owner's, else the customer's owner's, else the author's name.
    struct Item
    {
        QString id;
        QString customerId;
        QString number;
        int revision = 1;
        QString customerName;
        QString title;
        QString status; // code
        Money amount;   // quotes: total with VAT; contracts: the contract amount
        QString date;   // quotes: the day it was made (local); contracts: the sign date
        QString until;  // quotes: valid until; contracts: the end date
        QString ownerName;
        Money received;    // contracts: every payment booked on it
        Money outstanding; // amount − received
        QString nextDue;   // the earliest instalment not paid in full
        bool overdue = false;
    };

    explicit DocumentList(Kind kind, Database &db, QObject *parent = nullptr);
    // Reads nothing until the first sort() or reload() (a view that turns sorting on sorts).
    struct Deferred
    {
    };
    DocumentList(Kind kind, Database &db, Deferred, QObject *parent = nullptr);
    ~DocumentList() override;

    Kind kind() const { return m_kind; }
    const QList<Column> &columns() const { return m_columns; }
    int section(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A section of columns(); -1 goes back to newest first.
    void sort(int section, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const Filter &filter); // throws ModelError
    Filter filter() const { return m_filter; }
    // Re-reads the count and the rows read so far (after an edit or a sync); keeps filter
    // and sort. A new filter or sort starts again from the first page.
    void reload(); // throws ModelError
    // The day "overdue" and "due" are measured from (YYYY-MM-DD); today by default.
    void setToday(const QString &isoDate);

    // Every row matching the filter (rowCount() grows with fetchMore up to it).
    int totalCount() const { return m_total; }
    const Item &item(int row) const { return m_rows.at(row); }
    QString idAt(int row) const;
    // The row of a record among those read so far; -1 when not (yet) there.
    int rowOf(const QString &id) const;

    static constexpr int PageSize = 200;

private:
    friend class ListExport; // copies the filter and sort, reads pages (listexport.h)
    QString where(QVariantList &values) const;
    QStringList sortKeys() const; // SQL expressions, most significant first; empty = newest first
    void load(int rows);
    QList<Item> readPage(int offset, int limit) const;
    void addPaymentFigures(QList<Item> &items) const;

    Kind m_kind;
    Database &m_db;
    QList<Column> m_columns;
    Filter m_filter;
    int m_sortColumn = -1; // a Column; -1 = newest first
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QString m_today;
    QString m_dueBy; // today + the instalment reminder days (setting), for the "due" filter
    int m_total = 0;
    QList<Item> m_rows;
};

} // namespace Huike
