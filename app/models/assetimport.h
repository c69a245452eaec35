#pragma once

#include "models/assetservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Huike {

class Replica;

// 设备导入 (FEATURES.md V2): a sheet of serial numbers — a supplier's packing list, the
// service desk's old register — becomes the customers' assets in the replica, as edits that
// sync like any other. Each column is recognised by its header (Chinese or English, as
// offices name them): the customer (by its unified social credit code, or its name as the
// duplicate check compares names), the product (by its code, or its exact name), the
// serial number, the contract number, the delivery and invoice dates, where it is
// installed, its status, a note. A dry run says for every row what is wrong with it — no
// such customer or product, a serial number the product has already or that the sheet
// repeats, a contract that is not the customer's or not signed, a date that is none — and
// the import writes the rows that are right, in chunks that each commit whole.
class AssetImport
{
    Q_DECLARE_TR_FUNCTIONS(Huike::AssetImport)

public:
    enum class Field { Ignore, Customer, CreditCode, ProductCode, ProductName, Serial, Contract, Delivered, Invoiced, Location, Status, Note };

    struct RowPlan
    {
        QStringList errors; // translated; empty when the row is imported
        AssetService::Asset asset;
    };
    struct Plan
    {
        QList<RowPlan> rows; // one per data row
        int ready = 0, errors = 0;
    };
    struct Result
    {
        int created = 0;
        QString error; // translated; the rows written before it stay
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit AssetImport(Replica &replica);

    void setSheet(const QStringList &headers, const QList<QStringList> &rows, const QList<qsizetype> &lineNumbers = {});
    const QStringList &headers() const { return m_headers; }
    const QList<Field> &columns() const { return m_columns; }
    const QList<QStringList> &rows() const { return m_rows; }
    // The file's line of a data row (its row number in the sheet), for messages.
    qsizetype lineNumber(qsizetype row) const;
    // What the sheet lacks to be imported at all (translated; empty when it has a customer,
    // a product and a serial number column).
    QStringList missingColumns() const;

    Plan dryRun(const Progress &progress = {});
    // Writes the ready rows of `plan` (a dry run of this sheet, not since changed).
    Result run(const Plan &plan, const Progress &progress = {});

    static Field match(const QString &header);
    static QString fieldName(Field field); // "customer", "serialNumber"…
    // A date as offices write it: 2026-11-22, 2026/11/22, 2026.11.22, 2026年11月22日, with a
    // time after it or not. Invalid when it is none.
    static QDate parseDate(const QString &text);

private:
    QString cell(const QStringList &row, Field field) const;

    Replica &m_replica;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qsizetype> m_lines;
    QList<Field> m_columns;
};

} // namespace Huike
