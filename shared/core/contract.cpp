#include "core/contract.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

bool Contract::canChangeStatus(ContractStatus from, ContractStatus to)
{
    using S = ContractStatus;
    switch (from) {
    case S::Draft:
        return to == S::InApproval;
    case S::InApproval:
        return to == S::Signed || to == S::Draft;
    case S::Signed:
        return to == S::Executing || to == S::Terminated;
    case S::Executing:
        return to == S::Completed || to == S::Terminated;
    case S::Completed:
    case S::Terminated:
        return false;
    }
    return false;
}

void Contract::rebalancePlan()
{
    if (paymentPlan.isEmpty())
        return;
    qsizetype balance = paymentPlan.size() - 1;
    for (qsizetype i = paymentPlan.size() - 1; i >= 0; --i)
        if (paymentPlan[i].isBalance)
            balance = i; // the first marked line
    Money rest = amount;
    for (qsizetype i = 0; i < paymentPlan.size(); ++i) {
        paymentPlan[i].isBalance = i == balance;
        if (i != balance)
            rest -= paymentPlan[i].amount;
    }
    paymentPlan[balance].amount = rest;
}

QList<PaymentPlanLine> Contract::splitPlan(const Money &amount, const QList<qint64> &weights,
                                           const QStringList &dueDates)
{
    const QList<Money> parts = amount.allocate(weights);
    QList<PaymentPlanLine> plan;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        PaymentPlanLine line;
        line.lineNo = int(i + 1);
        line.amount = parts[i];
        line.dueDate = dueDates.value(i);
        line.isBalance = i == parts.size() - 1;
        plan.append(line);
    }
    return plan;
}

void Contract::recalculate()
{
    if (lines.isEmpty())
        return; // no lines: the amount is the one typed
    const Totals totals = priceLineItems(lines, taxMode, currency);
    net = totals.net;
    tax = totals.tax;
    amount = totals.gross;
}

ValidationErrors Contract::validatePaymentPlan() const
{
    ValidationErrors errors;
    if (paymentPlan.isEmpty())
        return errors;
    try {
        Money sum = Money::fromFen(0, currency);
        int balanceLines = 0;
        for (qsizetype i = 0; i < paymentPlan.size(); ++i) {
            const PaymentPlanLine &line = paymentPlan[i];
            // Each problem says which instalment (第 N 期) it is about.
            const ValidationErrors lineErrors = line.validate();
            for (const FieldError &e : lineErrors.errors())
                errors.add(u"paymentPlan[%1].%2"_s.arg(i).arg(e.field), e.code,
                           QCoreApplication::translate("Huike::Validation", "Instalment %1: %2").arg(i + 1).arg(e.message));
            if (line.amount.currency() != currency) {
                errors.add(u"paymentPlan[%1].amount"_s.arg(i), u"currency_mismatch"_s,
                           QCoreApplication::translate("Huike::Validation", "The instalment is in another currency than the contract."));
                return errors;
            }
            sum = sum + line.amount;
            if (line.isBalance)
                ++balanceLines;
        }
        if (balanceLines > 1)
            errors.add(u"paymentPlan"_s, u"several_balance_lines"_s,
                       QCoreApplication::translate("Huike::Validation", "Only one instalment can be the balance line."));
        if (sum != amount)
            errors.add(u"paymentPlan"_s, u"plan_does_not_add_up"_s,
                       QCoreApplication::translate(
                           "Huike::Validation",
                           "The instalments add up to %1 but the contract amount is %2.")
                           .arg(sum.toPlainString(), amount.toPlainString()));
    } catch (const ArithmeticError &) {
        errors.add(u"paymentPlan"_s, u"overflow"_s, QCoreApplication::translate("Huike::Validation", "The amounts are too large."));
    }
    return errors;
}

ValidationErrors Contract::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s, QCoreApplication::translate("Huike::Validation", "A contract belongs to a customer."));
    errors.requireText(u"number"_s, number, 40);
    errors.requireText(u"title"_s, title, 200);
    errors.checkDate(u"signDate"_s, signDate, status != ContractStatus::Draft
                                                  && status != ContractStatus::InApproval);
    const bool startOk = errors.checkDate(u"startDate"_s, startDate, false);
    const bool endOk = errors.checkDate(u"endDate"_s, endDate, false);
    if (startOk && endOk && !startDate.isEmpty() && !endDate.isEmpty() && endDate < startDate)
        errors.add(u"endDate"_s, u"before_start"_s, QCoreApplication::translate("Huike::Validation", "The end date is before the start date."));
    errors.limitText(u"partyA"_s, partyA, 200);
    errors.limitText(u"partyB"_s, partyB, 200);
    errors.limitText(u"notes"_s, notes, 8000);
    if (amount.isNegative())
        errors.add(u"amount"_s, u"negative"_s, QCoreApplication::translate("Huike::Validation", "The amount cannot be negative."));
    for (qsizetype i = 0; i < lines.size(); ++i)
        errors.merge(lines[i].validate(), u"lines[%1]."_s.arg(i));
    if (errors.isEmpty() && !lines.isEmpty()) {
        try {
            Contract copy = *this;
            copy.recalculate();
            if (copy.net != net || copy.tax != tax || copy.amount != amount
                || copy.lines != lines)
                errors.add(u"amount"_s, u"inconsistent_totals"_s,
                           QCoreApplication::translate("Huike::Validation", "The totals do not match the lines; recalculate the contract."));
        } catch (const ArithmeticError &) {
            errors.add(u"amount"_s, u"overflow"_s, QCoreApplication::translate("Huike::Validation", "The amounts are too large."));
        }
    }
    errors.merge(validatePaymentPlan());
    return errors;
}

} // namespace Huike
