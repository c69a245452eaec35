#include "services.h"

#include "conflictservice.h"
#include "contractservice.h"
#include "customer360.h"
#include "customerservice.h"
#include "opportunityservice.h"
#include "outcomefeed.h"
#include "quoteservice.h"
#include "replica.h"
#include "searchservice.h"
#include "settingsservice.h"

namespace Huike {

Services::Services(Replica &replica)
    : m_replica(replica), m_customers(std::make_unique<CustomerService>(replica)),
      m_customer360(std::make_unique<Customer360>(replica)), m_quotes(std::make_unique<QuoteService>(replica)),
      m_contracts(std::make_unique<ContractService>(replica)), m_opportunities(std::make_unique<OpportunityService>(replica)),
      m_settings(std::make_unique<SettingsService>(replica)), m_conflicts(std::make_unique<ConflictService>(replica)),
      m_search(std::make_unique<SearchService>(replica.database()))
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
