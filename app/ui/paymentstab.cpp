#include "ui/paymentstab.h"

#include "models/contractservice.h"
#include "ui/paymentdialog.h"
#include "ui/saverecord.h"

#include <QHeaderView>
#include <QLocale>

namespace Huike {

PaymentsTab::PaymentsTab(QWidget *parent) : QTableWidget(0, 5, parent)
{
    setHorizontalHeaderLabels({tr("Paid on"), tr("Instalment"), tr("Amount"), tr("Method"), tr("Reference")});
    horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
}

void PaymentsTab::showPayments(const Contract &saved, const Contract &shown, ContractService &service)
{
    const QLocale locale;
    const QList<PaymentRecord> paid = saved.meta.id.isNull() ? QList<PaymentRecord>() : service.payments(saved.meta.id.toString());
    setRowCount(int(paid.size()));
    for (int r = 0; r < paid.size(); ++r) {
        int planNo = 0;
        for (const PaymentPlanLine &p : shown.paymentPlan)
            if (p.meta.id == paid[r].planId)
                planNo = p.lineNo;
        setItem(r, 0, new QTableWidgetItem(paid[r].paidOn));
        setItem(r, 1, new QTableWidgetItem(planNo ? QString::number(planNo) : QString()));
        setItem(r, 2, new QTableWidgetItem(Money::fromFen(paid[r].amount.fen(), shown.currency).format(locale)));
        setItem(r, 3, new QTableWidgetItem(paid[r].method ? enumLabel(*paid[r].method) : QString()));
        setItem(r, 4, new QTableWidgetItem(paid[r].reference));
    }
}

PaymentDialog *PaymentsTab::newPaymentDialog(const Contract &contract, ContractService &service, const QString &today,
                                           int current, QWidget *parent)
{
    QList<PaymentDialog::Instalment> instalments;
    const QList<ContractService::PlanState> states = service.planState(contract, today);
    for (qsizetype i = 0; i < states.size(); ++i) {
        const PaymentPlanLine &line = states[i].line;
        instalments.append({line.meta.id,
                            line.isBalance ? tr("%1 (balance), due %2").arg(i + 1).arg(line.dueDate)
                                           : tr("%1, due %2").arg(i + 1).arg(line.dueDate),
                            states[i].balance});
    }
    return new PaymentDialog(
        instalments, current, contract.currency,
        [&service, &contract](PaymentRecord &p) {
            return saveRecord(p, [&](PaymentRecord &r) { return service.addPayment(contract, r); });
        },
        parent);
}

} // namespace Huike
