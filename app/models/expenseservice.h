#pragma once

#include "core/budget.h"
#include "core/expensecategory.h"
#include "core/money.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

class Replica;

// 费用报销 and 借款 over the replica (FEATURES.md W2): the requester writes a claim (lines by
// date and category) or a loan offline, sees the month's budget used and left while typing,
// submits it (the server plans its approval steps and says 超预算 when it is), withdraws it
// before the first decision; finance pays what was approved. The rules are the server's
// (shared/core/expensepolicy.h, budget.h), asked here first so that what the server would
// refuse is refused while the user is there. No widgets here; every method throws
// ModelError when the replica cannot be read or written.
class ExpenseService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::ExpenseService)

public:
    struct Line
    {
        QString id; // empty until saved
        QString spentOn; // YYYY-MM-DD
        QString category;
        Money amount;
        QString description;
        QString invoiceNumber;
        friend bool operator==(const Line &, const Line &) = default;
    };
    struct Expense
    {
        QString id; // empty until saved
        QString kind = QStringLiteral("claim"); // claim | loan
        QString title;
        QString status = QStringLiteral("draft");
        QString spentOn; // a claim: the date its budget month counts from; a loan: asked on
        Money amount;    // a claim: its lines' total (kept so when saved)
        QString reason;
        QString forCustomerId;
        QString forOpportunityId; // a claim: the customer's opportunity it was spent for
        QString loanId;  // a claim offset against this loan of the requester's
        Money offset;
        Money repaid;    // a loan: what paid claims offset and cash came back so far (the server's)
        bool overBudget = false;
        QString ownerId, departmentId;
        QString comment; // the last decision's
        QString paidOn, paidBy;
        QList<Line> lines;
        bool isClaim() const { return kind == u"claim"; }
        Money linesTotal() const;
        friend bool operator==(const Expense &, const Expense &) = default;
    };
    // One row of a list, as people read it.
    struct Item
    {
        Expense expense;
        QString requester;
        QString department;
        QString customerName;
        QString categories; // "差旅费、餐费"
        QString stage;      // "第 1/2 步：部门经理审批" while pending
    };
    enum class View {
        Mine,    // the current user's own, drafts first, then newest
        ToPay,   // approved, waiting for finance (for those who pay)
        Visible, // every expense the replica holds (own, as approver, as payer), newest first
        LoansOut, // loans paid out and not settled in full (by the server's last count), oldest first
    };

    explicit ExpenseService(Replica &replica);

    QList<ExpenseCategory> categories();
    QString categoryLabel(const QString &code);
    QString customerName(const QString &customerId);
    // The customer's opportunities a claim may be for: open ones first, then the newest.
    struct Opportunity
    {
        QString id;
        QString name;
    };
    QList<Opportunity> opportunitiesOf(const QString &customerId);

    QList<Item> list(View view, int limit = 2000);
    std::optional<Expense> load(const QString &id);
    Expense newClaim();
    Expense newLoan();
    // Validates and writes (the header and its lines in one transaction; a claim's amount
    // is its lines' total). Errors by field ("title", "lines[2].amount"…); empty when saved.
    ValidationErrors save(Expense &expense);
    // Translated refusals; empty when done.
    QString submit(Expense &expense);   // saves first; status pending
    QString withdraw(const QString &id); // pending → draft, before any decision
    QString reopen(const QString &id);   // rejected → draft, to edit and ask again
    QString pay(const QString &id, const QString &paidOn);
    QString remove(const QString &id);

    // Who may do what now (the same rules as the server).
    bool isMine(const Expense &e);
    bool mayEdit(const Expense &e);
    bool mayPay(const Expense &e);
    bool mayWithdraw(const Expense &e); // the requester's, pending, no step decided yet
    bool mayPayAny(); // a clerk, director or administrator: the 待付款 view exists for them

    // The budgets of the claim's month and department that apply, set against the
    // department's other claims of the month (asked, approved or paid), as the server checks
    // them when it is submitted. Empty when no budget applies.
    QList<Budget::Use> budgetUse(const Expense &claim);

    // The requester's loans with something left to offset (approved or paid, minus what
    // claims asked or settled), for a claim's 冲借款.
    struct OpenLoan
    {
        QString id;
        QString title;
        Money left;
    };
    QList<OpenLoan> openLoans(const QString &exceptClaimId = {});

    // The local edit still waits in the outbox for the server; the code of the server's open
    // refusal, if it refused one.
    bool awaitsServer(const QString &id);
    QString refusalCode(const QString &id);

    // Translated, as the 360° view says them (TimelineTexts).
    static QString statusText(const QString &status);
    static QString kindText(const QString &kind);

private:
    Expense fromRow(const QVariantMap &row);
    QString myRole();
    // The department the server gives the user's new records (their first), "" for none.
    QString myDepartment();

    Replica &m_replica;
};

} // namespace Huike
