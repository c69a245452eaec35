#pragma once

#include "models/contractservice.h"
#include "models/paymentplanedits.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Huike {

class PaymentPlanModel;

// The contract editor's "Payment plan (回款计划)" tab: the instalments (PaymentPlanModel),
// overdue ones in red, the buttons to add, split and remove instalments, and the line
// saying whether the plan adds up. Enter in the table edits and commits a cell, never
// the dialog's default button. The editor does the changes (on its undo stack).
class PaymentPlanTab : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPlanTab(QWidget *parent = nullptr);

    PaymentPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *sumLabel() const { return m_sum; }
    int currentRow() const;
    // Shows the plan and whether it adds up to `amount`.
    void setPlan(const QList<PaymentPlanLine> &plan, const QList<ContractService::PlanState> &states,
                 const QString &currency, bool draft, const Money &amount);
    // The plan's buttons, in a draft only.
    void setButtonsEnabled(bool enabled);
    // Proportions that add up to `total` %, not 100 %: what they mean, asked.
    PaymentPlanEdits::SplitRemainder askSplitRemainder(const QString &proportions, qint64 total);

signals:
    void addRequested();
    void splitRequested(const QString &proportions); // asked for after "Split by proportion…"
    void removeRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaymentPlanModel *m_model;
    QTableView *m_table;
    QLabel *m_sum;
    QList<QPushButton *> m_buttons;
};

} // namespace Huike
