#pragma once

#include "syncclient/attachmentfetcher.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace Huike {

class ContractEditor;
class ContractService;
class OpportunityService;
class QuoteEditor;
class QuoteService;
class Replica;

// What the customer card opens for its customer: opportunities (modal), quotes and
// contracts (their editors, non-modal, closing with the card) — a quote's "Make the
// contract" and an opportunity's "New quote" go on to the next. Says `saved` when one of
// them was (`contract`: a contract, whose files the card lists too).
class CustomerDocuments : public QObject
{
    Q_OBJECT

public:
    // `card`: the editors' and dialogs' parent; `contracts`: the card's, for its
    // attachments too.
    CustomerDocuments(ContractService &contracts, QWidget *card);
    ~CustomerDocuments() override;
    void setAttachmentFetcher(AttachmentFetcher *fetcher) { m_fetcher = fetcher; }

    void openOpportunity(Replica &replica, const QString &customerId, const QString &opportunityId);
    QuoteEditor *openQuote(Replica &replica, const QString &customerId, const QString &quoteId, const QString &opportunityId);
    ContractEditor *openContract(const QString &customerId, const QString &contractId, const QString &fromQuoteId);

signals:
    void saved(bool contract);

private:
    ContractService &m_contracts;
    QWidget *m_card;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<OpportunityService> m_opportunities;
    QPointer<AttachmentFetcher> m_fetcher;
};

} // namespace Huike
