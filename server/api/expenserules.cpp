// PipelineRules: expenses and loans (费用报销, 借款, FEATURES.md W2) — their content, their
// way through the approval engine, budgets, payment and loan offsets. See
// shared/core/expensepolicy.h for the rules and pipelinerules.h.
#include "api/pipelinerules.h"
#include "api/pipelinerules_p.h"

#include "auth/session.h"
#include "auth/visibility.h"
#include "core/budget.h"
#include "core/expensepolicy.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "store/approvalsteps.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace PipelineRulesDetail;

namespace {

Money money(const QVariant &fen)
{
    return Money::fromFen(fen.toLongLong());
}

// Whether `v`'s user writes the content of an expense owned by `owner` (its requester, or an
// administrator; its approvers see it but do not change it).
bool writesContent(const Visibility &v, const QString &owner)
{
    return v.session().userId == owner || v.session().role == UserRole::Admin;
}

// What is left of a loan to offset or repay, without the claim `exceptId`.
Money loanLeft(Database &db, const Row &loan, const QString &exceptId)
{
    return money(loan.value(u"amount_fen"_s)) - Rows::loanSettled(db, loan.value(u"id"_s), exceptId);
}

} // namespace

void PipelineRules::checkExpense(const Visibility &v, const Row *old, const Row &row, Row &changes)
{
    const PipelinePolicy::Actor who = actor(v.session());
    const QString owner = row.value(u"owner_id"_s).toString();
    const QString kind = row.value(u"kind"_s).toString();
    if (kind != u"claim" && kind != u"loan")
        throw refusal(u"invalid"_s, u"kind"_s, u"An expense is a claim or a loan."_s);
    if (kind == u"loan" && (!row.value(u"loan_id"_s).isNull() || row.value(u"offset_fen"_s).toLongLong() != 0))
        throw refusal(u"invalid"_s, u"loanId"_s, u"A loan is not offset against another loan."_s);
    if (money(row.value(u"amount_fen"_s)).isNegative() || money(row.value(u"offset_fen"_s)).isNegative())
        throw refusal(u"out_of_range"_s, u"amount"_s, u"Amounts are not negative."_s);
    const QString from = old ? old->value(u"status"_s).toString() : QString();
    const QString to = row.value(u"status"_s).toString();
    if (!old) {
        if (to != u"draft")
            throw refusal(u"invalid_transition"_s, u"status"_s, u"A new expense is a draft; submit it when it is complete."_s);
        checkExpenseFor(v, row);
        return;
    }
    bool content = false;
    for (const QString &c : ExpensePolicy::contentColumns())
        content = content || changed(old, row, c);
    if (content) {
        if (!writesContent(v, owner))
            throw RequestError(403, u"forbidden"_s, u"Its requester changes an expense."_s);
        enforce(ExpensePolicy::editable(from));
    }
    if (changed(old, row, u"for_customer_id"_s) || changed(old, row, u"for_opportunity_id"_s))
        checkExpenseFor(v, row);
    if (from == to) {
        if (changed(old, row, u"comment"_s))
            throw refusal(u"read_only"_s, u"comment"_s, u"The comment is the decider's, written with the decision."_s);
        return;
    }
    enforce(ExpensePolicy::transition(who, owner, from, to));
    ApprovalSteps steps(m_db);
    const QString id = row.value(u"id"_s).toString();
    if (to == u"pending") {
        // Submitted: complete, within what the loan has left, against the month's budgets.
        Money lines;
        int count = 0;
        QMap<QString, Money> asked;
        for (const Row &l : Rows::select(m_db, u"expense_lines"_s, u"expense_id = ? AND deleted = 0"_s, {id})) {
            lines += money(l.value(u"amount_fen"_s));
            asked[l.value(u"category"_s).toString()] += money(l.value(u"amount_fen"_s));
            ++count;
        }
        Money left = money(row.value(u"offset_fen"_s));
        if (!row.value(u"loan_id"_s).isNull()) {
            const std::optional<Row> loan = RecordWriter(m_db).read(u"expenses"_s, row.value(u"loan_id"_s).toString());
            if (!loan || loan->value(u"deleted"_s).toInt() != 0 || loan->value(u"kind"_s) != u"loan"_s
                || loan->value(u"owner_id"_s) != row.value(u"owner_id"_s)
                || (loan->value(u"status"_s) != u"approved"_s && loan->value(u"status"_s) != u"paid"_s))
                throw refusal(u"not_found"_s, u"loanId"_s, u"The loan is not one of the requester's approved loans."_s);
            left = loanLeft(m_db, *loan, id);
        }
        enforce(ExpensePolicy::submission(kind, money(row.value(u"amount_fen"_s)), lines, count, money(row.value(u"offset_fen"_s)), left));
        bool overBudget = false;
        if (kind == u"claim") {
            const QString period = Budget::periodOf(row.value(u"spent_on"_s).toString());
            const QVariant department = row.value(u"department_id"_s);
            overBudget = Budget::over(Budget::check(Rows::budgets(m_db, department, period),
                                                    Rows::claimedByCategory(m_db, department, period, id), asked));
        }
        changes[u"over_budget"_s] = overBudget ? 1 : 0;
        changes[u"decided_by"_s] = QVariant();
        changes[u"decided_at"_s] = QVariant();
        changes[u"comment"_s] = QVariant();
        Row asking = row;
        asking[u"over_budget"_s] = overBudget ? 1 : 0;
        m_planned = steps.plan(u"expenses"_s, asking, who.userId);
        const Row fields = ApprovalSteps::requestFields(*m_planned);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            changes[it.key()] = it.value();
        m_submitted = true;
    } else if (from == u"pending" && to == u"draft") {
        enforce(ApprovalEngine::withdrawal(who, owner, ApprovalSteps::slotsFrom(steps.slotRows(u"expenses"_s, id))));
        m_withdrawn = id;
        changes[u"step_no"_s] = 0;
        changes[u"approver_id"_s] = QVariant();
    } else if (to == u"paid") {
        changes[u"paid_by"_s] = who.userId;
        if (row.value(u"paid_on"_s).isNull())
            changes[u"paid_on"_s] = QDate::currentDate().toString(Qt::ISODate);
    }
}

void PipelineRules::checkExpenseLine(const Row &line)
{
    const std::optional<Row> expense = RecordWriter(m_db).read(u"expenses"_s, line.value(u"expense_id"_s).toString());
    if (!expense || expense->value(u"deleted"_s).toInt() != 0)
        throw refusal(u"not_found"_s, u"expenseId"_s, u"There is no such expense."_s);
    if (expense->value(u"kind"_s) != u"claim"_s)
        throw refusal(u"invalid"_s, u"expenseId"_s, u"A loan has no lines."_s);
    enforce(ExpensePolicy::editable(expense->value(u"status"_s).toString()));
    if (money(line.value(u"amount_fen"_s)).isNegative())
        throw refusal(u"out_of_range"_s, u"amount"_s, u"Amounts are not negative."_s);
    if (line.value(u"category"_s).toString().trimmed().isEmpty())
        throw refusal(u"required"_s, u"category"_s, u"A line names its category."_s);
}

void PipelineRules::checkExpenseRemoval(const Visibility &v, const Row &old)
{
    enforce(ExpensePolicy::removal(actor(v.session()), old.value(u"owner_id"_s).toString(), old.value(u"status"_s).toString()));
}

void PipelineRules::afterExpense(RecordWriter &writer, const Row *old, const Row &row, const QString &userId)
{
    if (!old)
        return;
    ApprovalSteps steps(m_db);
    const QString id = row.value(u"id"_s).toString();
    if (std::exchange(m_submitted, false)) {
        steps.removeSlots(writer, u"expenses"_s, id, userId); // a rejected one asked again starts afresh
        if (m_planned)
            steps.writeSlots(writer, u"expenses"_s, row, *std::exchange(m_planned, std::nullopt), userId);
        expenseDecided(writer, row, userId);
        return;
    }
    if (!m_withdrawn.isEmpty()) {
        const QString withdrawn = std::exchange(m_withdrawn, QString());
        steps.removeSlots(writer, u"expenses"_s, withdrawn, userId);
        steps.removeMembers(writer, withdrawn, u"approver"_s, userId);
        return;
    }
    // Paid: a claim's offset settles the loan.
    if (old->value(u"status"_s) != u"paid"_s && row.value(u"status"_s) == u"paid"_s && !row.value(u"loan_id"_s).isNull()
        && row.value(u"offset_fen"_s).toLongLong() > 0)
        loanSettles(writer, row.value(u"loan_id"_s).toString(), userId);
}

void PipelineRules::loanSettles(RecordWriter &writer, const QString &loanId, const QString &userId)
{
    writer.update(u"expenses"_s, loanId, Row{{u"repaid_fen"_s, Rows::loanRepaid(m_db, loanId).fen()}}, userId);
}

// The customer and opportunity a claim is for: ones the writer reads, the opportunity the
// customer's (a link to another rep's customer would tell its name to the approvers).
void PipelineRules::checkExpenseFor(const Visibility &v, const Row &row)
{
    const QVariant customer = row.value(u"for_customer_id"_s);
    const QVariant opportunity = row.value(u"for_opportunity_id"_s);
    if (!customer.isNull()) {
        const std::optional<Row> c = RecordWriter(m_db).read(u"customers"_s, customer.toString());
        if (!c || c->value(u"deleted"_s).toInt() != 0 || !v.seesCustomer(*c))
            throw refusal(u"not_found"_s, u"forCustomerId"_s, u"There is no such customer."_s);
    }
    if (opportunity.isNull())
        return;
    const std::optional<Row> o = RecordWriter(m_db).read(u"opportunities"_s, opportunity.toString());
    if (!o || o->value(u"deleted"_s).toInt() != 0 || o->value(u"customer_id"_s) != customer)
        throw refusal(u"not_found"_s, u"forOpportunityId"_s, u"There is no such opportunity of the claim's customer."_s);
}

// Cash brought back against a loan: recorded by who pays it, fixed once written but for
// its note; the loan's repaid_fen follows (afterRepayment).
void PipelineRules::checkRepayment(const Visibility &v, const Row *old, const Row &row, Row &changes)
{
    const std::optional<Row> loan = RecordWriter(m_db).read(u"expenses"_s, row.value(u"loan_id"_s).toString());
    if (!loan || loan->value(u"deleted"_s).toInt() != 0 || loan->value(u"kind"_s) != u"loan"_s)
        throw refusal(u"not_found"_s, u"loanId"_s, u"There is no such loan."_s);
    if (!ExpensePolicy::mayPay(actor(v.session()), loan->value(u"owner_id"_s).toString()))
        throw RequestError(403, u"forbidden"_s, u"Finance (a clerk, director or administrator other than the borrower) records a repayment."_s);
    if (old)
        return;
    if (row.value(u"currency"_s) != loan->value(u"currency"_s))
        throw refusal(u"invalid"_s, u"currency"_s, u"A loan is repaid in its own currency."_s);
    enforce(ExpensePolicy::repayment(loan->value(u"status"_s).toString(), money(row.value(u"amount_fen"_s)),
                                     loanLeft(m_db, *loan, QString()), row.value(u"method"_s).toString()));
    changes[u"recorded_by"_s] = v.session().userId;
}

void PipelineRules::afterRepayment(RecordWriter &writer, const Row &row, const QString &userId)
{
    loanSettles(writer, row.value(u"loan_id"_s).toString(), userId);
}

void PipelineRules::expenseDecided(RecordWriter &writer, const Row &expense, const QString &userId)
{
    // Approved: who pays it sees it from now on.
    if (expense.value(u"status"_s) == u"approved"_s) {
        ApprovalSteps steps(m_db);
        steps.addMembers(writer, expense.value(u"id"_s).toString(), steps.payers(expense.value(u"department_id"_s)), u"payer"_s, userId);
    }
}

} // namespace Huike
