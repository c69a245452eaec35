#include "models/paymentplanmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Huike {

PaymentPlanModel::PaymentPlanModel(QObject *parent) : QAbstractTableModel(parent) { }

void PaymentPlanModel::setPlan(const QList<PaymentPlanLine> &plan, const QList<ContractService::PlanState> &states,
                               const QString &currency, bool draft)
{
    beginResetModel();
    m_plan = plan;
    m_currency = currency;
    m_draft = draft;
    // What was paid, for the saved instalments only (a row the states do not know is empty).
    m_states.clear();
    for (qsizetype r = 0; r < m_plan.size(); ++r) {
        const bool known = r < states.size() && states[r].line.meta.id == m_plan[r].meta.id && !m_plan[r].meta.id.isNull();
        m_states.append(known ? states[r] : ContractService::PlanState{});
    }
    endResetModel();
}

QString PaymentPlanModel::summary(const Money &amount, bool *ok) const
{
    const QLocale locale;
    Money sum = Money::fromFen(0, m_currency);
    for (const PaymentPlanLine &p : m_plan)
        sum += Money::fromFen(p.amount.fen(), m_currency);
    const bool adds = sum == amount;
    int notPositive = 0; // the first instalment of zero or less, counted from 1
    for (qsizetype i = 0; i < m_plan.size() && !notPositive; ++i)
        if (m_plan[i].amount.isNegative() || m_plan[i].amount.isZero())
            notPositive = int(i + 1);
    if (ok)
        *ok = adds && !notPositive;
    if (m_plan.isEmpty())
        return tr("No payment plan yet.");
    if (!adds)
        return tr("✘ The instalments add up to %1, the contract amount is %2.").arg(sum.format(locale), amount.format(locale));
    if (notPositive)
        return tr("✘ Instalment %1 is %2: each instalment is more than zero.")
            .arg(notPositive)
            .arg(Money::fromFen(m_plan[notPositive - 1].amount.fen(), m_currency).format(locale));
    return tr("✔ %1 instalments add up to %2.").arg(m_plan.size()).arg(sum.format(locale));
}

int PaymentPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int PaymentPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentPlanModel::text(int row, int column) const
{
    const PaymentPlanLine &p = m_plan[row];
    const ContractService::PlanState &s = m_states[row];
    const bool known = !s.line.meta.id.isNull();
    const QLocale locale;
    switch (column) {
    case No: return p.isBalance ? tr("%1 (balance)").arg(row + 1) : QString::number(row + 1);
    case Due: return p.dueDate;
    case Amount: return p.amount.toPlainString();
    case Note: return p.note;
    case Paid: return known ? s.paid.format(locale) : QString();
    case Left: return known ? s.balance.format(locale) : QString();
    case State:
        if (!known)
            return {};
        return s.balance.fen() <= 0 ? tr("Paid") : s.overdue ? tr("Overdue") : tr("Open");
    }
    return {};
}

QVariant PaymentPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Paid || index.column() == Left)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Amount && m_plan[index.row()].isBalance)
            return tr("The balance line takes what the other instalments leave.");
        return {};
    case OverdueRole:
        return index.column() == State && !m_states[index.row()].line.meta.id.isNull() && m_states[index.row()].overdue;
    }
    return {};
}

QVariant PaymentPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case No: return tr("No.");
    case Due: return tr("Due");
    case Amount: return tr("Amount");
    case Note: return tr("Note");
    case Paid: return tr("Received");
    case Left: return tr("Outstanding");
    case State: return tr("State");
    }
    return {};
}

Qt::ItemFlags PaymentPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_plan.size())
        return f;
    const bool editable = index.column() == Due || index.column() == Note
        || (index.column() == Amount && m_draft && !m_plan[index.row()].isBalance);
    return editable ? f | Qt::ItemIsEditable : f;
}

bool PaymentPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // As a table cell does: the same text again is no change.
    if (value.toString() != text(index.row(), index.column()))
        emit editRequested(index.row(), index.column(), value.toString());
    return true;
}

} // namespace Huike
