#pragma once

#include <QString>

#include <memory>

namespace Huike {

class ApprovalService;
class ConflictService;
class ContractService;
class Customer360;
class CustomerService;
class Database;
class ExpenseAttachments;
class ExpenseService;
class LoanRepayments;
class OpportunityService;
class QuoteService;
class Replica;
class SearchService;
class SettingsService;
class TicketService;
class AssetService;

// The services the windows work through, built once over the replica (app/main.cpp) and
// handed down: the main window gives each page the ones it needs. app/ui reaches the data
// only through these (and the models), never through the replica or SQL.
class Services
{
public:
    explicit Services(Replica &replica);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    CustomerService &customers() { return *m_customers; }
    Customer360 &customer360() { return *m_customer360; }
    QuoteService &quotes() { return *m_quotes; }
    ApprovalService &approvals() { return *m_approvals; }
    ContractService &contracts() { return *m_contracts; }
    OpportunityService &opportunities() { return *m_opportunities; }
    SettingsService &settings() { return *m_settings; }
    ConflictService &conflicts() { return *m_conflicts; }
    SearchService &search() { return *m_search; }
    ExpenseService &expenses() { return *m_expenses; }
    ExpenseAttachments &expenseAttachments() { return *m_expenseAttachments; }
    LoanRepayments &loanRepayments() { return *m_loanRepayments; }
    TicketService &tickets() { return *m_tickets; }
    AssetService &assets() { return *m_assets; }

    // For the item models built over the replica's connection (the UI thread's), and the
    // logged-in user they show things for.
    Database &database();
    QString userId();
    // Conflicts and refusals for the open editors (OutcomeFeed), after a sync round.
    void pollOutcomes();
    // For the sync client's objects (ownership changes, attachments): the replica itself.
    Replica &replica() { return m_replica; }

private:
    Replica &m_replica;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<Customer360> m_customer360;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<ContractService> m_contracts;
    std::unique_ptr<OpportunityService> m_opportunities;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<ConflictService> m_conflicts;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<ExpenseService> m_expenses;
    std::unique_ptr<ExpenseAttachments> m_expenseAttachments;
    std::unique_ptr<LoanRepayments> m_loanRepayments;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<AssetService> m_assets;
};

} // namespace Huike
