#include "ui/customerdocuments.h"

#include "models/contractservice.h"
#include "models/opportunityservice.h"
#include "models/quoteservice.h"
#include "ui/contracteditor.h"
#include "ui/opportunitiespage.h"
#include "ui/quoteeditor.h"

#include <QDate>

namespace Huike {

CustomerDocuments::CustomerDocuments(ContractService &contracts, QWidget *card)
    : QObject(card), m_contracts(contracts), m_card(card)
{
}

CustomerDocuments::~CustomerDocuments() = default;

void CustomerDocuments::openOpportunity(Replica &replica, const QString &customerId, const QString &opportunityId)
{
    if (!m_opportunities)
        m_opportunities = std::make_unique<OpportunityService>(replica);
    const auto existing = opportunityId.isEmpty() ? std::nullopt : m_opportunities->load(opportunityId);
    OpportunityDialog dialog(*m_opportunities, existing ? *existing : m_opportunities->newOpportunity(customerId), m_card);
    connect(&dialog, &OpportunityDialog::saved, this, [this] { emit saved(false); });
    QString quoteFor;
    connect(&dialog, &OpportunityDialog::quoteRequested, this, [&quoteFor](const QString &, const QString &id) { quoteFor = id; });
    dialog.exec();
    if (!quoteFor.isEmpty())
        openQuote(replica, customerId, {}, quoteFor);
}

QuoteEditor *CustomerDocuments::openQuote(Replica &replica, const QString &customerId, const QString &quoteId,
                                          const QString &opportunityId)
{
    if (!m_quotes)
        m_quotes = std::make_unique<QuoteService>(replica);
    auto *editor = new QuoteEditor(*m_quotes, quoteId, customerId, opportunityId, m_card);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuoteEditor::saved, this, [this] { emit saved(false); });
    connect(editor, &QuoteEditor::contractRequested, this,
            [this, customerId](const QString &quoteId) { openContract(customerId, {}, quoteId); });
    editor->show();
    return editor;
}

ContractEditor *CustomerDocuments::openContract(const QString &customerId, const QString &contractId, const QString &fromQuoteId)
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    std::optional<Contract> contract = !contractId.isEmpty() ? m_contracts.load(contractId)
                                     : !fromQuoteId.isEmpty() ? m_contracts.fromQuote(fromQuoteId, today)
                                                              : std::optional<Contract>(m_contracts.newContract(customerId, today));
    if (!contract)
        return nullptr;
    auto *editor = new ContractEditor(m_contracts, *contract, m_card);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setAttachmentFetcher(m_fetcher);
    connect(editor, &ContractEditor::saved, this, [this] { emit saved(true); });
    editor->show();
    return editor;
}

} // namespace Huike
