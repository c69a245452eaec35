#include "models/services.h"

#include "models/approvalservice.h"
#include "models/assetservice.h"
#include "models/conflictservice.h"
#include "models/contractservice.h"
#include "models/customer360.h"
#include "models/customerservice.h"
#include "models/expenseattachments.h"
#include "models/expenseservice.h"
#include "models/loanrepayments.h"
#include "models/opportunityservice.h"
#include "models/quoteservice.h"
#include "models/searchservice.h"
#include "models/settingsservice.h"
#include "models/ticketservice.h"
#include "replica/outcomefeed.h"
#include "replica/replica.h"

namespace Huike {

Services::Services(Replica &replica)
    : m_replica(replica), m_customers(std::make_unique<CustomerService>(replica)),
      m_customer360(std::make_unique<Customer360>(replica)), m_quotes(std::make_unique<QuoteService>(replica)),
      m_approvals(std::make_unique<ApprovalService>(replica)),
      m_contracts(std::make_unique<ContractService>(replica)), m_opportunities(std::make_unique<OpportunityService>(replica)),
      m_settings(std::make_unique<SettingsService>(replica)), m_conflicts(std::make_unique<ConflictService>(replica)),
      m_search(std::make_unique<SearchService>(replica.database())),
      m_expenses(std::make_unique<ExpenseService>(replica)),
      m_expenseAttachments(std::make_unique<ExpenseAttachments>(replica)),
      m_loanRepayments(std::make_unique<LoanRepayments>(replica)), m_tickets(std::make_unique<TicketService>(replica)),
      m_assets(std::make_unique<AssetService>(replica))
{
}

Services::~Services() = default;

Database &Services::database()
{
    return m_replica.database();
}

QString Services::userId()
{
    return m_replica.userId();
}

void Services::pollOutcomes()
{
    m_replica.outcomes().poll();
}

} // namespace Huike
