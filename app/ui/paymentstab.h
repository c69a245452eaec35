#pragma once

#include <QTableWidget>

namespace Huike {

struct Contract;
class ContractService;
class PaymentDialog;

// The contract editor's "Payments received" tab: each payment (回款) with its instalment.
class PaymentsTab : public QTableWidget
{
    Q_OBJECT

public:
    explicit PaymentsTab(QWidget *parent = nullptr);
    // The payments of the saved contract `saved`, numbered by the plan as shown.
    void showPayments(const Contract &saved, const Contract &shown, ContractService &service);
    // "Record payment…": the dialog for a payment against an instalment of `contract` (the
    // editor's, read when saving), `current` the one chosen first.
    static PaymentDialog *newPaymentDialog(const Contract &contract, ContractService &service, const QString &today,
                                           int current, QWidget *parent);
};

} // namespace Huike
