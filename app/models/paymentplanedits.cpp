#include "models/paymentplanedits.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Huike {

PaymentPlanEdits::Edit PaymentPlanEdits::setAmount(const Contract &contract, int row, const QString &amount)
{
    if (row < 0 || row >= contract.paymentPlan.size())
        return {};
    const auto money = Money::parse(amount.trimmed(), contract.currency);
    if (!money || money->isNegative())
        return {std::nullopt, {}, tr("Instalment %1: the amount is a sum like 36000.00.").arg(row + 1)};
    Contract after = contract;
    after.paymentPlan[row].amount = *money;
    after.rebalancePlan();
    return {after, tr("Change instalment %1").arg(row + 1), {}};
}

PaymentPlanEdits::Edit PaymentPlanEdits::setContractAmount(const Contract &contract, const QString &amount)
{
    if (!contract.lines.isEmpty())
        return {};
    const auto money = Money::parse(amount.trimmed(), contract.currency);
    if (!money || money->isNegative())
        return {std::nullopt, {}, tr("The amount is a sum like 120000.00.")};
    if (*money == contract.amount)
        return {};
    Contract after = contract;
    after.amount = *money;
    after.net = *money;
    after.tax = Money::fromFen(0, after.currency);
    after.rebalancePlan();
    return {after, tr("Change the amount"), {}};
}

PaymentPlanEdits::Edit PaymentPlanEdits::setDueDate(const Contract &contract, int row, const QString &date)
{
    if (row < 0 || row >= contract.paymentPlan.size())
        return {};
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return {std::nullopt, {}, tr("Instalment %1: the due date is a date like 2027-03-31.").arg(row + 1)};
    Contract after = contract;
    after.paymentPlan[row].dueDate = d.toString(Qt::ISODate);
    return {after, tr("Change instalment %1").arg(row + 1), {}};
}

PaymentPlanEdits::Edit PaymentPlanEdits::addInstalment(const Contract &contract, const QString &today)
{
    Contract after = contract;
    if (after.paymentPlan.isEmpty()) {
        after.paymentPlan = Contract::splitPlan(after.amount, {100}, {QDate::fromString(today, Qt::ISODate).addMonths(1).toString(Qt::ISODate)});
        return {after, tr("Add an instalment"), {}};
    }
    qsizetype at = after.paymentPlan.size() - 1;
    for (qsizetype i = after.paymentPlan.size() - 1; i >= 0; --i)
        if (after.paymentPlan[i].isBalance)
            at = i;
    PaymentPlanLine &balance = after.paymentPlan[at];
    const QDate balanceDue = QDate::fromString(balance.dueDate, Qt::ISODate);
    QDate previous = at > 0 ? QDate::fromString(after.paymentPlan[at - 1].dueDate, Qt::ISODate) : QDate();
    if (!previous.isValid())
        previous = QDate::fromString(at > 0 ? today : after.startDate, Qt::ISODate);
    if (!previous.isValid())
        previous = QDate::fromString(today, Qt::ISODate);
    QDate due = previous.addMonths(1);
    if (balanceDue.isValid() && due >= balanceDue)
        due = previous < balanceDue ? previous.addDays(previous.daysTo(balanceDue) / 2) : balanceDue;
    PaymentPlanLine line;
    line.dueDate = due.toString(Qt::ISODate);
    const QList<Money> halves = balance.amount.isNegative() ? QList<Money>{Money::fromFen(0, after.currency), balance.amount}
                                                            : balance.amount.allocate({1, 1});
    line.amount = halves[0];
    balance.amount = halves[1];
    after.paymentPlan.insert(at, line);
    after.rebalancePlan();
    return {after, tr("Add an instalment"), {}};
}

PaymentPlanEdits::Edit PaymentPlanEdits::removeInstalment(const Contract &contract, int row)
{
    if (row < 0 || row >= contract.paymentPlan.size())
        return {};
    Contract after = contract;
    const bool wasBalance = after.paymentPlan[row].isBalance;
    after.paymentPlan.removeAt(row);
    if (wasBalance && !after.paymentPlan.isEmpty())
        after.paymentPlan.last().isBalance = true;
    after.rebalancePlan();
    return {after, tr("Remove instalment %1").arg(row + 1), {}};
}

QList<qint64> PaymentPlanEdits::proportions(const QString &text, qint64 *total)
{
    QList<qint64> weights;
    *total = 0;
    for (const QString &part : text.split(u'/', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 w = part.trimmed().remove(u'%').toLongLong(&ok);
        if (!ok || w <= 0 || w > 1000000)
            return {};
        weights << w;
        *total += w;
    }
    if (weights.size() > 24)
        return {};
    return weights;
}

PaymentPlanEdits::Edit PaymentPlanEdits::split(const Contract &contract, const QList<qint64> &weights, const QString &proportions)
{
    Contract after = contract;
    QStringList dates;
    QDate due = QDate::fromString(after.startDate, Qt::ISODate);
    if (!due.isValid())
        due = QDate::currentDate();
    for (qsizetype i = 0; i < weights.size(); ++i)
        dates << due.addMonths(int(i)).addDays(i == 0 ? 7 : 0).toString(Qt::ISODate);
    const QList<PaymentPlanLine> old = after.paymentPlan;
    after.paymentPlan = Contract::splitPlan(after.amount, weights, dates);
    // Keep the ids of the instalments that stay, so nothing is deleted and re-made needlessly.
    for (qsizetype i = 0; i < after.paymentPlan.size() && i < old.size(); ++i)
        after.paymentPlan[i].meta = old[i].meta;
    return {after, tr("Split the plan %1").arg(proportions), {}};
}

} // namespace Huike
