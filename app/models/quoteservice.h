#pragma once

#include "core/approval.h"
#include "core/product.h"
#include "core/quote.h"
#include "core/validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace Huike {

class OutcomeFeed;
class Replica;

// The quote editor's data over the replica (FEATURES.md S3): a quote with its lines, saved
// in one transaction with their outbox entries; status changes and discount approvals by
// the rules the server enforces too (server/api/pipelinerules.h), so a refusal is seen
// while typing, not after a sync. No widgets here.
class QuoteService
{
public:
    explicit QuoteService(Replica &replica);

    std::optional<Quote> load(const QString &quoteId);
    // A new draft for the customer (and opportunity): the next number of the series, valid
    // for 30 days from `today` (YYYY-MM-DD), the default terms from the settings.
    Quote newQuote(const QString &customerId, const QString &opportunityId, const QString &today);
    // A new revision (V2, V3 …) of a quote that was sent: the same number, a draft copy of
    // its lines. Returns the new quote, saved.
    Quote newRevision(const Quote &sent);
    // Recalculates and validates, then writes the quote, its lines and the removal of the
    // lines no longer there, in one transaction. The status is not changed here. Returns
    // the errors (header fields by name, lines as "lines[N].field"); empty when saved.
    // Throws SchemaError when the replica cannot be written (nothing is saved then).
    ValidationErrors save(Quote &quote);

    // Why `quote` cannot go to `to`, translated, by the rules the server applies
    // (shared/core/pipelinepolicy.h); empty when it can. `code` gets the refusal's code
    // (approval_required: offer to ask for approval).
    QString refusalFor(const Quote &quote, QuoteStatus to, QString *code = nullptr);
    // Changes the status (after refusalFor said yes). Throws SchemaError.
    void changeStatus(Quote &quote, QuoteStatus to);

    // The discount above which approval is needed (app_settings), 10 % by default.
    Decimal approvalThreshold();
    // The latest approval asked for this quote, if any.
    std::optional<Approval> latestApproval(const QString &quoteId);
    // The largest discount approved for this quote, if any (what the server counts).
    std::optional<Decimal> approvedUpTo(const QString &quoteId);
    // Asks for approval of the quote's largest discount (the quote must be saved).
    Approval requestApproval(const Quote &quote, const QString &reason);
    // Pending approvals the current user may decide (managers, directors, admins; not
    // their own requests), oldest first, with what a manager needs to see.
    struct PendingApproval
    {
        Approval approval;
        QString quoteNumber;
        int revision = 1;
        QString customerName;
        QString requester;
        QString validUntil; // the quote's (YYYY-MM-DD)
        bool expired = false; // valid until a day before today
        // Why the current user may not decide it (four eyes), translated; empty if they may.
        QString refusal;
    };
    QList<PendingApproval> approvalsToDecide();
    // One approval as it stands now (after a decision: confirmed or refused yet?).
    std::optional<Approval> approval(const QString &approvalId);
    // The local edit of this record still waits in the outbox for the server.
    bool awaitsServer(const QString &table, const QString &recordId);
    // The code of the open refusal of this record, if the server refused it.
    QString refusalCode(const QString &table, const QString &recordId);
    // Why the current user may not decide `p` now, translated; empty if they may.
    QString decisionRefusal(const PendingApproval &p, bool approve);
    void decide(Approval &approval, bool approve, const QString &comment);

    QList<Product> products(); // active, by code
    QString setting(QStringView key);
    Replica &replica() { return m_replica; }
    QString customerName(const QString &customerId);
    QString userName(const QString &userId);
    // Conflicts and refusals coming back from the server, for the open windows.
    OutcomeFeed &outcomes();

private:
    Replica &m_replica;
};

} // namespace Huike
