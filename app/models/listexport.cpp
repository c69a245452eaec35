#include "models/listexport.h"

#include "core/enums.h"
#include "models/customerlistmodel.h"
#include "models/documentlist.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Rows between two progress reports (and two looks at the cancel flag).
constexpr qint64 ProgressEvery = 2000;
// Documents are read this many at a time, in their list's order.
constexpr int DocumentPage = 2000;

template<typename E>
QString labelOf(const QString &code)
{
    const auto value = enumFromCode<E>(code);
    return value ? enumLabel(*value) : code;
}

QVariant dateCell(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return day.isValid() ? QVariant(day) : QVariant();
}

SheetWriter::Type customerType(int column)
{
    if (column == CustomerListModel::DaysLeft)
        return SheetWriter::Type::Integer;
    return column == CustomerListModel::LastActivity ? SheetWriter::Type::Date : SheetWriter::Type::Text;
}

SheetWriter::Type documentType(DocumentList::Column column)
{
    switch (column) {
    case DocumentList::Amount:
    case DocumentList::Received:
    case DocumentList::Outstanding: return SheetWriter::Type::Money;
    case DocumentList::Date:
    case DocumentList::Until:
    case DocumentList::NextDue: return SheetWriter::Type::Date;
    default: return SheetWriter::Type::Text;
    }
}

} // namespace

struct ListExport::DocumentSettings
{
    DocumentList::Kind kind;
    DocumentList::Filter filter;
    int sortColumn;
    Qt::SortOrder order;
    QString today;
    QString dueBy;
};

ListExport::ListExport(const CustomerListModel &model, const QList<int> &columns, QObject *parent) : QObject(parent)
{
    m_source = Source::Customers;
    m_databasePath = model.m_db.handle().databaseName();
    m_sheetName = tr("Customers");
    for (int c : columns) {
        if (c < 0 || c >= CustomerListModel::ColumnCount)
            continue;
        m_fields << c;
        m_columns << SheetWriter::Column{model.headerData(c, Qt::Horizontal).toString(), customerType(c)};
    }
    // The list's own statement for its first page without the page's limit and offset:
    // every row in the list's order, filter and sort.
    const QString page = model.offsetQuery(0, &m_values);
    static const QString limit = u" LIMIT ? OFFSET ?"_s;
    if (page.endsWith(limit) && m_values.size() >= 2) {
        m_query = page.chopped(limit.size());
        m_values.resize(m_values.size() - 2);
    } // else write() says the list could not be read, rather than export one page of it
    m_expected = model.rowCount();
}

ListExport::ListExport(const DocumentList &list, QObject *parent) : QObject(parent)
{
    const bool quotes = list.kind() == DocumentList::Kind::Quotes;
    m_source = quotes ? Source::Quotes : Source::Contracts;
    m_databasePath = list.m_db.handle().databaseName();
    m_sheetName = quotes ? tr("Quotes") : tr("Contracts");
    for (qsizetype s = 0; s < list.columns().size(); ++s) {
        const DocumentList::Column column = list.columns()[s];
        m_fields << int(column);
        m_columns << SheetWriter::Column{list.headerData(int(s), Qt::Horizontal).toString(), documentType(column)};
    }
    m_documents = std::make_shared<DocumentSettings>(
        DocumentSettings{list.kind(), list.m_filter, list.m_sortColumn, list.m_order, list.m_today, list.m_dueBy});
    m_expected = list.totalCount();
}

ListExport::~ListExport()
{
    cancel();
    if (m_thread) { // its report, queued to this object, goes with it
        m_thread->wait();
        delete m_thread;
    }
}

ListExport::Result ListExport::write(const QString &path, SheetWriter::Format format, TextEncoding::Encoding encoding,
                                     const std::function<bool(qint64, qint64)> &progress) const
{
    // More rows than a sheet holds: said now, not after a million rows were written.
    if (format == SheetWriter::Format::Xlsx && m_expected >= SheetWriter::MaxXlsxRows)
        return {0, false, SheetWriter::tr("An Excel sheet holds at most %1 rows; export as CSV instead.").arg(SheetWriter::MaxXlsxRows - 1)};
    SheetWriter writer(path, format, encoding, m_sheetName);
    if (!writer.open(m_columns))
        return {0, false, writer.errorString()};
    Result result = writeRows(writer, progress);
    if (!result.ok())
        return result; // the writer, destroyed, leaves no file
    if (!writer.finish())
        result.error = writer.errorString();
    return result;
}

ListExport::Result ListExport::writeRows(SheetWriter &writer, const std::function<bool(qint64, qint64)> &progress) const
{
    Result result;
    const qint64 total = m_expected;
    auto step = [&]() {
        ++result.rows;
        if (result.rows % ProgressEvery == 0 && ((progress && !progress(result.rows, std::max(total, result.rows))) || m_cancel)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };
    auto failed = [&]() {
        result.error = writer.errorString();
        return result;
    };
    try {
        Database db = Database::openSqlite(m_databasePath);
        // One consistent picture of the list, whatever the sync writes meanwhile (WAL).
        db.exec(u"BEGIN"_s);
        if (m_source == Source::Customers) {
            QHash<QString, QString> users;
            QSqlQuery u = db.exec(u"SELECT id, display_name FROM users"_s);
            while (u.next())
                users.insert(u.value(0).toString(), u.value(1).toString());
            if (m_query.isEmpty())
                throw SchemaError(u"CustomerListModel::offsetQuery changed its form"_s);
            const QString pool = QCoreApplication::translate("Huike::CustomerListModel", "Public pool");
            const CustomerListModel::ReclaimRule rule = CustomerListModel::reclaimRule(db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // id, name, short_name, level, status, owner_id, region, industry, phone, last_activity_at, …
            QSqlQuery q = db.exec(m_query, m_values);
            QVariantList cells(m_fields.size());
            while (q.next()) {
                for (qsizetype i = 0; i < m_fields.size(); ++i) {
                    QVariant &cell = cells[i];
                    switch (m_fields[i]) {
                    case CustomerListModel::Name: cell = q.value(1); break;
                    case CustomerListModel::ShortName: cell = q.value(2); break;
                    case CustomerListModel::Level: cell = labelOf<CustomerLevel>(q.value(3).toString()); break;
                    case CustomerListModel::Status: cell = labelOf<CustomerStatus>(q.value(4).toString()); break;
                    case CustomerListModel::Owner:
                        cell = q.value(5).isNull() ? pool : users.value(q.value(5).toString());
                        break;
                    case CustomerListModel::Region: cell = q.value(6); break;
                    case CustomerListModel::Industry: cell = q.value(7); break;
                    case CustomerListModel::Phone: cell = q.value(8); break;
                    case CustomerListModel::LastActivity: {
                        const QDateTime t = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
                        cell = t.isValid() ? QVariant(t.toLocalTime().date()) : QVariant();
                        break;
                    }
                    case CustomerListModel::DaysLeft:
                        cell = CustomerListModel::daysLeftCell(q.value(5), q.value(12), rule, now);
                        break;
                    default: cell = QVariant(); break;
                    }
                }
                if (!writer.addRow(cells))
                    return failed();
                if (!step())
                    return result;
            }
        } else {
            // A list of the same settings on this connection, read page by page.
            DocumentList list(m_documents->kind, db, DocumentList::Deferred());
            list.m_filter = m_documents->filter;
            list.m_sortColumn = m_documents->sortColumn;
            list.m_order = m_documents->order;
            list.m_today = m_documents->today;
            list.m_dueBy = m_documents->dueBy;
            const bool quotes = m_source == Source::Quotes;
            QVariantList cells(m_fields.size());
            for (int offset = 0;; offset += DocumentPage) {
                const QList<DocumentList::Item> items = list.readPage(offset, DocumentPage);
                for (const DocumentList::Item &it : items) {
                    for (qsizetype i = 0; i < m_fields.size(); ++i) {
                        QVariant &cell = cells[i];
                        switch (DocumentList::Column(m_fields[i])) {
                        case DocumentList::Number:
                            cell = quotes && it.revision > 1 ? u"%1 V%2"_s.arg(it.number).arg(it.revision) : it.number;
                            break;
                        case DocumentList::Customer: cell = it.customerName; break;
                        case DocumentList::Title: cell = it.title; break;
                        case DocumentList::Status:
                            cell = quotes ? labelOf<QuoteStatus>(it.status) : labelOf<ContractStatus>(it.status);
                            break;
                        case DocumentList::Amount: cell = it.amount.fen(); break;
                        case DocumentList::Received: cell = it.received.fen(); break;
                        case DocumentList::Outstanding: cell = it.outstanding.fen(); break;
                        case DocumentList::NextDue: cell = dateCell(it.nextDue); break;
                        case DocumentList::Date: cell = dateCell(it.date); break;
                        case DocumentList::Until: cell = dateCell(it.until); break;
                        case DocumentList::Owner: cell = it.ownerName; break;
                        }
                    }
                    if (!writer.addRow(cells))
                        return failed();
                    if (!step())
                        return result;
                }
                if (items.size() < DocumentPage)
                    break;
            }
        }
        db.exec(u"COMMIT"_s);
    } catch (const SchemaError &e) {
        result.error = tr("The list could not be read: %1").arg(e.message());
        return result;
    }
    if (progress)
        progress(result.rows, result.rows);
    return result;
}

void ListExport::start(const QString &path, SheetWriter::Format format, TextEncoding::Encoding encoding)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_result = {};
    m_thread = QThread::create([this, path, format, encoding] {
        const Result result = write(path, format, encoding, [this](qint64 done, qint64 total) {
            emit progressed(done, total); // queued to the receivers on the UI thread
            return !m_cancel.load();
        });
        QMetaObject::invokeMethod(this, [this, result] {
            m_result = result;
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            emit finished();
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Huike
