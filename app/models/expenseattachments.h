#pragma once

#include "core/validation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Huike {

class AttachmentStore;
class Replica;

// The invoices of an expense claim (报销附件, FEATURES.md W2) over the replica: photos and PDFs
// (and OFD e-invoices) added by the claim's requester while it is a draft or rejected,
// each of the claim or of one of its lines. The content goes to the attachment store as an
// attachment's (AttachmentStore: content-addressed, beside the replica); the sync uploads it
// before the row and fetches others' on demand (AttachmentFetcher). The rules are the
// server's (server/api/pipelinerules.cpp), asked here first. No widgets here; every method
// throws ModelError when the replica cannot be read or written.
class ExpenseAttachments
{
    Q_DECLARE_TR_FUNCTIONS(Huike::ExpenseAttachments)

public:
    explicit ExpenseAttachments(Replica &replica);

    struct Item
    {
        QString id;
        QString expenseId;
        QString lineId;   // empty: the claim's
        int lineNo = 0;   // the line's number, 0 for the claim's
        QString fileName;
        QString mimeType;
        qint64 sizeBytes = 0;
        QString sha256;
        QString note;
        QString createdAt;
        bool available = false; // the content is on this computer and opens offline
    };
    // The expense's invoices, oldest first (the order they were handed in).
    QList<Item> list(const QString &expenseId);
    // Whether the user may add and remove the expense's invoices now: its requester (or an
    // administrator), while it is a draft or rejected.
    bool editable(const QString &expenseId);

    // A line of the claim an invoice may be for.
    struct LineChoice
    {
        QString id;
        int lineNo = 0;
        QString label; // "Line 2 · 差旅费 · ¥1,280.00", translated
    };
    // The expense's live lines, by number.
    QList<LineChoice> lines(const QString &expenseId);
    // Makes the invoice one of a line's (an empty lineId: the whole claim's). Refused: an
    // invoice that is gone, a claim that is not editable, a line that is not one of this
    // claim's live lines (the server's rule).
    ValidationErrors setLine(const QString &attachmentId, const QString &lineId);
    // Copies the file into the attachment store and records it against the expense (and
    // the line, when one is given). Refused: not an image, PDF or OFD file; unreadable or
    // too large; an expense that is not editable; a line that is not one of its live lines.
    ValidationErrors add(const QString &expenseId, const QString &filePath, const QString &lineId = {},
                         const QString &note = {});
    void remove(const QString &attachmentId);
    AttachmentStore store();

    // Whether a file of this name and type is an invoice as the claim takes one.
    static bool isInvoiceFile(const QString &fileName, const QString &mimeType);

private:
    bool isLineOf(const QString &expenseId, const QString &lineId);

    Replica &m_replica;
};

} // namespace Huike
