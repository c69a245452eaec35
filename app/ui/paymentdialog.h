#pragma once

#include "core/paymentrecord.h"
#include "ui/contractrecorddialog.h"

#include <functional>

class QComboBox;
class QDateEdit;

namespace Huike {

// Records one payment received (登记回款) against a contract's instalment: the instalment,
// the date (today by default), the amount as text (Money::parse; prefilled with what the
// chosen instalment still has outstanding), the method (银行转账 / 现金 / 承兑汇票 / 其他)
// and the bank slip or voucher reference. Errors show under the field; Save hands the
// record to `save` (ContractService::addPayment) and closes only when it returns none.
class PaymentDialog : public ContractRecordDialog
{
    Q_OBJECT

public:
    struct Instalment
    {
        Id planId;
        QString label; // "2 — due 2027-01-15"
        Money outstanding;
    };
    using Saver = std::function<ValidationErrors(PaymentRecord &)>;
    PaymentDialog(const QList<Instalment> &instalments, int current, const QString &currency, Saver save,
                  QWidget *parent = nullptr);

    PaymentRecord record() const;
    const PaymentRecord &saved() const { return m_saved; }

    QComboBox *instalmentBox() const { return m_instalment; }
    QComboBox *methodBox() const { return m_method; }
    QDateEdit *dateEdit() const { return m_date; }

    void accept() override;

private:
    ValidationErrors typedErrors() const override;

    QList<Instalment> m_instalments;
    QString m_currency;
    Saver m_save;
    PaymentRecord m_saved;
    QComboBox *m_instalment = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace Huike
