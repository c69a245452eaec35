#pragma once

#include "core/paymentplanline.h"
#include "models/contractservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Huike {

// The payment plan (回款计划) of a contract as a table: number (the balance line, 尾款,
// says so), due date, amount, note — and for a saved contract what was received against
// each instalment, what is outstanding and its state (paid, overdue, open). The due date
// and the note can be typed, the amount too in a draft (not the balance line's, which
// takes what the others leave). Edits go through the editor's undo stack: setData asks
// with editRequested when the text differs. No widgets here.
class PaymentPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { No, Due, Amount, Note, Paid, Left, State, ColumnCount };
    enum Role { OverdueRole = Qt::UserRole + 1 }; // bool: the instalment is overdue

    explicit PaymentPlanModel(QObject *parent = nullptr);
    // The plan as shown, what was paid against the saved instalments (empty for a new
    // contract), whether amounts can be typed (a draft).
    void setPlan(const QList<PaymentPlanLine> &plan, const QList<ContractService::PlanState> &states,
                 const QString &currency, bool draft);
    const QList<PaymentPlanLine> &plan() const { return m_plan; }
    // The line under the plan: no plan yet, ✘ what does not add up to `amount` or the first
    // instalment of zero or less, or ✔ how many instalments add up to it; `ok` says which.
    QString summary(const Money &amount, bool *ok) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void editRequested(int row, int column, const QString &text);

private:
    QString text(int row, int column) const;

    QList<PaymentPlanLine> m_plan;
    QList<ContractService::PlanState> m_states;
    QString m_currency = QStringLiteral("CNY");
    bool m_draft = false;
};

} // namespace Huike
