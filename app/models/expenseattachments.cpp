#include "models/expenseattachments.h"

#include "core/attachmentrecord.h"
#include "core/expensecategory.h"
#include "core/expensepolicy.h"
#include "core/money.h"
#include "models/modelerror.h"
#include "replica/attachmentstore.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

ExpenseAttachments::ExpenseAttachments(Replica &replica) : m_replica(replica) { }

bool ExpenseAttachments::isInvoiceFile(const QString &fileName, const QString &mimeType)
{
    // Photos of paper invoices, PDF e-invoices, and OFD (the tax bureau's e-invoice format,
    // which the MIME database may not know).
    return mimeType.startsWith(u"image/"_s) || mimeType == u"application/pdf"
        || QFileInfo(fileName).suffix().compare(u"ofd"_s, Qt::CaseInsensitive) == 0;
}

QList<ExpenseAttachments::Item> ExpenseAttachments::list(const QString &expenseId)
try {
    QList<Item> out;
    const AttachmentStore files = AttachmentStore::forReplica(m_replica);
    QSqlQuery q = m_replica.database().exec(
        u"SELECT a.id, a.expense_id, a.line_id, l.line_no, a.file_name, a.mime_type, a.size_bytes, a.sha256, a.note, a.created_at "
        u"FROM expense_attachments a LEFT JOIN expense_lines l ON l.id = a.line_id AND l.deleted = 0 "
        u"WHERE a.expense_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id"_s,
        {orEmpty(expenseId)});
    while (q.next()) {
        Item i;
        i.id = q.value(0).toString();
        i.expenseId = q.value(1).toString();
        i.lineId = q.value(2).toString();
        i.lineNo = q.value(3).toInt();
        i.fileName = q.value(4).toString();
        i.mimeType = q.value(5).toString();
        i.sizeBytes = q.value(6).toLongLong();
        i.sha256 = q.value(7).toString();
        i.note = q.value(8).toString();
        i.createdAt = q.value(9).toString();
        i.available = files.has(i.sha256);
        out << i;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ExpenseAttachments::editable(const QString &expenseId)
try {
    const auto expense = expenseId.isEmpty() ? std::nullopt : m_replica.read(u"expenses"_s, expenseId);
    if (!expense || expense->value(u"deleted"_s).toInt() != 0 || expense->value(u"kind"_s) != u"claim"_s)
        return false;
    const QString me = m_replica.userId();
    const bool mine = expense->value(u"owner_id"_s).toString() == me
        || m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {orEmpty(me)}).toString() == u"admin";
    return mine && !ExpensePolicy::editable(expense->value(u"status"_s).toString());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors ExpenseAttachments::add(const QString &expenseId, const QString &filePath, const QString &lineId,
                                         const QString &note)
try {
    ValidationErrors errors;
    if (!editable(expenseId)) {
        errors.add(u"expenseId"_s, u"document_locked"_s,
                   tr("Invoices are added to your own claims while they are drafts or rejected."));
        return errors;
    }
    if (!isLineOf(expenseId, lineId)) {
        errors.add(u"lineId"_s, u"not_found"_s, tr("That line is not one of this claim's lines (it may have been removed)."));
        return errors;
    }
    if (!isInvoiceFile(filePath, QMimeDatabase().mimeTypeForFile(filePath).name())) {
        errors.add(u"file"_s, u"invalid_type"_s, tr("An invoice is a photo, a PDF or an OFD file."));
        return errors;
    }
    QString error;
    const std::optional<AttachmentStore::Added> added = AttachmentStore::forReplica(m_replica).add(filePath, &error);
    if (!added) {
        errors.add(u"file"_s, u"unreadable"_s, error);
        return errors;
    }
    // The shared attachment rules (file name, size, SHA-256, note) on a stand-in record.
    AttachmentRecord check;
    check.customerId = Id::generate();
    check.fileName = added->fileName;
    check.mimeType = added->mimeType;
    check.sizeBytes = added->sizeBytes;
    check.sha256 = added->sha256;
    check.note = note;
    errors = check.validate();
    if (errors)
        return errors;
    const auto expense = m_replica.read(u"expenses"_s, expenseId);
    Row row{{u"expense_id"_s, expenseId},
            {u"line_id"_s, lineId.isEmpty() ? QVariant() : QVariant(lineId)},
            {u"file_name"_s, added->fileName},
            {u"mime_type"_s, added->mimeType.isEmpty() ? QVariant() : QVariant(added->mimeType)},
            {u"size_bytes"_s, added->sizeBytes},
            {u"sha256"_s, added->sha256},
            {u"note"_s, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())},
            // The expense's requester, as its lines: the server decides by the expense.
            {u"owner_id"_s, expense->value(u"owner_id"_s)}};
    m_replica.create(u"expense_attachments"_s, row);
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void ExpenseAttachments::remove(const QString &attachmentId)
try {
    m_replica.remove(u"expense_attachments"_s, attachmentId);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ExpenseAttachments::LineChoice> ExpenseAttachments::lines(const QString &expenseId)
try {
    QList<LineChoice> out;
    const QList<ExpenseCategory> categories =
        ExpenseCategories::fromSetting(Rows::setting(m_replica.database(), ExpenseCategories::SettingKey));
    const QLocale locale;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT l.id, l.line_no, l.category, l.amount_fen, e.currency FROM expense_lines l JOIN expenses e ON e.id = l.expense_id "
        u"WHERE l.expense_id = ? AND l.deleted = 0 ORDER BY l.line_no, l.id"_s,
        {orEmpty(expenseId)});
    while (q.next()) {
        LineChoice c;
        c.id = q.value(0).toString();
        c.lineNo = q.value(1).toInt();
        const QString currency = q.value(4).toString();
        const Money amount = Money::fromFen(q.value(3).toLongLong(), currency.isEmpty() ? u"CNY"_s : currency);
        c.label = tr("Line %1 · %2 · %3").arg(c.lineNo).arg(ExpenseCategories::label(categories, q.value(2).toString()),
                                                            amount.format(locale));
        out << c;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ExpenseAttachments::isLineOf(const QString &expenseId, const QString &lineId)
{
    if (lineId.isEmpty())
        return true; // the whole claim's
    const auto line = m_replica.read(u"expense_lines"_s, lineId);
    return line && line->value(u"deleted"_s).toInt() == 0 && line->value(u"expense_id"_s).toString() == expenseId;
}

ValidationErrors ExpenseAttachments::setLine(const QString &attachmentId, const QString &lineId)
try {
    ValidationErrors errors;
    const auto invoice = attachmentId.isEmpty() ? std::nullopt : m_replica.read(u"expense_attachments"_s, attachmentId);
    if (!invoice || invoice->value(u"deleted"_s).toInt() != 0) {
        errors.add(u"id"_s, u"not_found"_s, tr("That invoice is no longer attached to the claim."));
        return errors;
    }
    const QString expenseId = invoice->value(u"expense_id"_s).toString();
    if (!editable(expenseId)) {
        errors.add(u"expenseId"_s, u"document_locked"_s,
                   tr("Which line an invoice is for changes on your own claims while they are drafts or rejected."));
        return errors;
    }
    if (!isLineOf(expenseId, lineId)) {
        errors.add(u"lineId"_s, u"not_found"_s, tr("That line is not one of this claim's lines (it may have been removed)."));
        return errors;
    }
    m_replica.update(u"expense_attachments"_s, attachmentId, Row{{u"line_id"_s, lineId.isEmpty() ? QVariant() : QVariant(lineId)}});
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

AttachmentStore ExpenseAttachments::store()
{
    return AttachmentStore::forReplica(m_replica);
}

} // namespace Huike
