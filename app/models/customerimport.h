#pragma once

#include "models/importmapping.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Huike {

class Replica;

// 客户导入 (FEATURES.md C5): rows of a sheet become customers and their contacts in the
// replica, as edits that sync like any other. First a dry run says what each row will do —
// create, update (which fields), skip as a duplicate, or an error with the reason next to
// the cell — then the import writes it as one batch (import_batches), in chunks that each
// commit whole, and the batch can be undone as long as its records were not edited since.
//
// Duplicates use the card's keys: the same credit code, the same distinctive name
// (CompanyName::normalizedKey: without 有限公司, the city…), the same phone or e-mail —
// within the file (a later row of the same company adds its contacts to the first: one
// row per contact works) and against the customers of this replica.
class CustomerImport
{
public:
    enum class OnDuplicate { Skip, Fill, Overwrite };
    enum class Outcome { Create, Update, Skip, Error };

    struct CellError
    {
        int column = -1; // the sheet's column; -1 for the row as a whole
        QString message; // translated
    };
    struct RowPlan
    {
        Outcome outcome = Outcome::Error;
        QString reason;            // translated: why skipped, what it duplicates
        QList<CellError> errors;   // for Outcome::Error
        QStringList changedFields; // for Update: the customer fields that change (ImportMapping::fieldName)
        int newContacts = 0;       // contacts the row adds
        QString customerId;        // the existing customer (Update, Skip) or the file's earlier row's
        int sameAsRow = -1;        // the data row (0-based) this one repeats, or -1
    };
    struct Counts
    {
        qsizetype created = 0, updated = 0, skipped = 0, errors = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };
    struct Plan
    {
        QList<RowPlan> rows; // one per data row
        Counts counts;
        bool cancelled = false;
    };
    struct Result
    {
        QString batchId;
        Counts counts;
        qsizetype rowsDone = 0; // data rows that landed (all of them unless cancelled or failed)
        bool cancelled = false;
        QString error;          // translated; the rows before rowsDone landed all the same
    };
    struct UndoResult
    {
        qsizetype undone = 0;   // records removed or put back
        QStringList kept;       // translated, one per record left as it is, with the reason
        QString error;          // translated (no such batch, already undone, cannot write)
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel

    explicit CustomerImport(Replica &replica);
    ~CustomerImport();
    CustomerImport(const CustomerImport &) = delete;
    CustomerImport &operator=(const CustomerImport &) = delete;

    // The sheet: the header row and the data rows (as read), with each data row's line in
    // the file for the reports.
    void setSheet(const QStringList &headers, const QList<QStringList> &rows, const QList<qsizetype> &lineNumbers = {});
    const QStringList &headers() const { return m_headers; }
    const QList<QStringList> &rows() const { return m_rows; }
    qsizetype lineNumber(qsizetype row) const;
    void setMapping(const ImportMapping &mapping) { m_mapping = mapping; }
    const ImportMapping &mapping() const { return m_mapping; }
    void setOnDuplicate(OnDuplicate policy) { m_onDuplicate = policy; }
    OnDuplicate onDuplicate() const { return m_onDuplicate; }
    // A row's own choice, over the import's (the preview's per-row change).
    void setRowOnDuplicate(qsizetype row, OnDuplicate policy) { m_rowPolicy.insert(row, policy); }
    void clearRowOnDuplicate(qsizetype row) { m_rowPolicy.remove(row); }
    // The sheet, the mapping and the choices of another import (the window's, for the one
    // a ReplicaJob runs on its own connection). The rows are shared, not copied.
    void copySettings(const CustomerImport &other);

    // What each row will do; nothing is written. Throws ModelError when the replica
    // cannot be read.
    Plan dryRun(const Progress &progress = {});
    // Writes what the plan says: the batch row first, then the rows in chunks of `chunkRows`,
    // each chunk one transaction with its records, their undo notes and the batch's count
    // of rows done. An error or a cancel stops after the last whole chunk. The plan is the
    // last dry run's when nothing changed since — the sheet, the mapping, the choices, and
    // the replica (no write by this connection or another) — else it is made again.
    Result run(const QString &fileName, const Progress &progress = {}, int chunkRows = DefaultChunkRows);
    static constexpr int DefaultChunkRows = 500;
    // Whether run() would take the last dry run's plan as it stands (tests).
    bool hasCurrentPlan();

    // Undoes a batch of this replica: the customers and contacts it created go (unless
    // edited since, or given other records since), the fields it changed go back (unless
    // edited since); the batch says undone (or partly, with the count kept).
    static UndoResult undo(Replica &replica, const QString &batchId);

    // The import batches of this replica's user and the people they see, newest first.
    struct BatchInfo
    {
        QString id, fileName, status, createdAt, createdBy; // createdBy: the display name
        qint64 rowsTotal = 0, rowsDone = 0;
        Counts counts;
        qint64 undone = 0, kept = 0;
        bool undoable = false; // made here and not undone yet
    };
    static QList<BatchInfo> batches(Replica &replica, int limit = 200); // throws ModelError
    static QString statusText(const QString &status); // translated

    // A row's errors as one line, each with its column's header: "统一社会信用代码: …; …".
    static QString errorText(const CustomerImport &import, const RowPlan &row);
    // The error report (issue 19): the rows with errors — their line in the file, the
    // reasons, then the row as it was — as .xlsx or .csv (UTF-8 with BOM) by the suffix.
    static bool writeReport(const CustomerImport &import, const Plan &plan, const QString &path, QString *error);
    static bool reportFormatOk(const QString &path);

    static QString outcomeText(Outcome outcome); // translated: 新建, 更新, 跳过, 错误
    static QString policyName(OnDuplicate policy); // "skip", "fill", "overwrite"
    static std::optional<OnDuplicate> policyFromName(const QString &name);
    // The look-up of a row's company among the customers here (credit code, name key, phone
    // key; NULL for a key the row lacks), for the query-plan test.
    static QString duplicateQuery();

private:
    struct Prepared;
    struct Planned;
    Plan plan(const Progress &progress, QList<Prepared> *prepared);
    // What makes a plan stale: this connection's writes and others' (the replica's counters).
    std::pair<qint64, qint64> replicaStamp();
    bool sameSettings(const Planned &planned) const;

    Replica &m_replica;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qsizetype> m_lines;
    ImportMapping m_mapping;
    OnDuplicate m_onDuplicate = OnDuplicate::Skip;
    QHash<qsizetype, OnDuplicate> m_rowPolicy;
    std::unique_ptr<Planned> m_planned; // the last dry run's, for run()
};

} // namespace Huike
