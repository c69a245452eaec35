#pragma once

#include "core/contract.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Huike {

// The changes the contract editor makes to a payment plan (回款计划), each from the
// contract as shown to the contract after it, the balance line (尾款) recomputed so the
// plan still adds up. No widgets here: the editor puts `after` on its undo stack.
class PaymentPlanEdits
{
    Q_DECLARE_TR_FUNCTIONS(Huike::PaymentPlanEdits)

public:
    // What percentages that do not make 100 mean: asked (Ask), the rest of the amount as a
    // balance line (below 100 only), spread in proportion (Scale), or the plan kept (Cancel).
    enum class SplitRemainder { Ask, BalanceLine, Scale, Cancel };

    // The contract after the change and the words for the undo stack; no `after` when
    // nothing changes — with the reason in `problem` when the input was refused.
    struct Edit
    {
        std::optional<Contract> after;
        QString text;
        QString problem;
    };

    static Edit setAmount(const Contract &contract, int row, const QString &amount);
    // The amount of a contract without lines, typed: net = amount, no tax; the balance line
    // follows. Nothing for a contract with lines (they make its amount).
    static Edit setContractAmount(const Contract &contract, const QString &amount);
    static Edit setDueDate(const Contract &contract, int row, const QString &date);
    // A new instalment before the balance line, which stays the last payment: it takes half
    // of what the balance line held and falls due a month after the instalment before it —
    // or halfway to the balance, when that is sooner. The first one is the whole amount.
    static Edit addInstalment(const Contract &contract, const QString &today);
    static Edit removeInstalment(const Contract &contract, int row);
    // "30/60/10" (percent signs allowed) as weights, with their sum in `total`; empty when
    // it is not 1 to 24 whole numbers.
    static QList<qint64> proportions(const QString &text, qint64 *total);
    // The plan replaced by parts of the amount in those weights, due monthly from the start
    // (the first a week in); the instalments that stay keep their ids.
    static Edit split(const Contract &contract, const QList<qint64> &weights, const QString &proportions);
};

} // namespace Huike
