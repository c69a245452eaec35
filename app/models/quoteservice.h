#pragma once

#include "core/approval.h"
#include "core/product.h"
#include "core/quote.h"
#include "core/validation.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Huike {

class Outcomes;
class Replica;

// The quote editor's data over the replica (FEATURES.md S3): a quote with its lines, saved
// in one transaction with their outbox entries; status changes and discount approvals by
// the rules the server enforces too (server/api/pipelinerules.h), so a refusal is seen
// while typing, not after a sync. No widgets here. Every method that reads or writes the
// replica throws ModelError when it fails (the editor catches it around a revision and
// what loading it reads).
class QuoteService
{
public:
    explicit QuoteService(Replica &replica);
    ~QuoteService();

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
    // Throws ModelError when the replica cannot be written (nothing is saved then).
    ValidationErrors save(Quote &quote);

    // Why `quote` cannot go to `to`, translated, by the rules the server applies
    // (shared/core/pipelinepolicy.h); empty when it can. `code` gets the refusal's code
    // (approval_required: offer to ask for approval).
    QString refusalFor(const Quote &quote, QuoteStatus to, QString *code = nullptr);
    // Changes the status (after refusalFor said yes). Throws ModelError.
    void changeStatus(Quote &quote, QuoteStatus to);

    // The discount above which approval is needed (app_settings), 10 % by default.
    Decimal approvalThreshold();
    // The latest approval asked for this quote, if any.
    std::optional<Approval> latestApproval(const QString &quoteId);
    // The largest discount approved for this quote, if any (what the server counts).
    std::optional<Decimal> approvedUpTo(const QString &quoteId);
    // Asks for approval of the quote's largest discount (the quote must be saved).
    Approval requestApproval(const Quote &quote, const QString &reason);
    // One approval as it stands now (ApprovalService::approval).
    std::optional<Approval> approval(const QString &approvalId);
    // Withdraws the user's pending request (ApprovalService::withdraw): the refusal, or empty.
    QString withdrawApproval(const Approval &approval);
    QString currentUserId();

    QList<Product> products(); // active, by code
    QString setting(QStringView key);
    Replica &replica() { return m_replica; }
    QString customerName(const QString &customerId);
    QString userName(const QString &userId);
    // Conflicts and refusals coming back from the server, for the open windows.
    Outcomes &outcomes();

private:
    Replica &m_replica;
    std::unique_ptr<Outcomes> m_outcomes; // made when first asked for
};

} // namespace Huike
