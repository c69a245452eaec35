#pragma once

#include "dataio/sheetwriter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Huike {

class CustomerListModel;
class DocumentList;

// 导出 (issue 19): a list as the user sees it — the customer list with its filter, its sort
// and the columns the caller shows; the quotes or contracts with their filter and sort —
// written whole (every row, not only those read so far) to .xlsx or .csv through
// SheetWriter: the list's own header texts, money as money, dates as dates, the values
// as the list shows them (labels for levels and statuses, owners' names).
//
// What to read is taken from the list when the export is made (on the UI thread); the rows
// are then read on the writer's thread through a connection of its own to the replica,
// inside one read transaction: the file is one consistent picture of the list, however
// long it takes and whatever the sync writes meanwhile. The customers stream from one
// forward-only statement in the list's order (constant memory, no page re-read); the
// documents are read in pages of their list's order.
class ListExport : public QObject
{
    Q_OBJECT

public:
    // The customer list: `columns` are CustomerListModel::Column values, in the order shown.
    ListExport(const CustomerListModel &model, const QList<int> &columns, QObject *parent = nullptr);
    // The quotes or contracts list, every column of it.
    explicit ListExport(const DocumentList &list, QObject *parent = nullptr);
    ~ListExport() override;

    const QList<SheetWriter::Column> &columns() const { return m_columns; }
    QString sheetName() const { return m_sheetName; }
    // The rows the list had when the export was made (progress: done / this).
    qint64 expectedRows() const { return m_expected; }

    struct Result
    {
        qint64 rows = 0;
        bool cancelled = false;
        QString error; // a sentence for the user; empty when written or cancelled
        bool ok() const { return !cancelled && error.isEmpty(); }
    };
    // Writes on the calling thread (batch use, tests). `progress(done, total)` is called
    // every few thousand rows; returning false cancels: no file is left behind.
    Result write(const QString &path, SheetWriter::Format format, TextEncoding::Encoding encoding,
                 const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;

    // The same on a thread of its own: progressed() now and then, finished() at the end
    // (result() then says how it went). cancel() stops it soon; the destructor waits.
    void start(const QString &path, SheetWriter::Format format, TextEncoding::Encoding encoding);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    Result result() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    enum class Source { Customers, Quotes, Contracts };
    Result writeRows(SheetWriter &writer, const std::function<bool(qint64, qint64)> &progress) const;

    Source m_source = Source::Customers;
    QString m_databasePath;
    QString m_sheetName;
    QList<SheetWriter::Column> m_columns;
    QList<int> m_fields; // per column: CustomerListModel::Column or DocumentList::Column
    qint64 m_expected = 0;
    // Customers: the list's statement; documents: a copy of the list's settings.
    QString m_query;
    QVariantList m_values;
    struct DocumentSettings;
    std::shared_ptr<const DocumentSettings> m_documents;

    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    Result m_result;
};

} // namespace Huike
