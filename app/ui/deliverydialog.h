#pragma once

#include "core/deliveryrecord.h"
#include "ui/contractrecorddialog.h"

#include <functional>

class QDateEdit;

namespace Huike {

// Records one delivery (发货记录) against a contract: date (today by default), what went
// out, carrier, tracking number (快递单号), who signed for it (签收人), a note. Errors show
// under the field as you type; Save hands the record to `save`
// (ContractService::addDelivery) and closes only when it returns no errors.
class DeliveryDialog : public ContractRecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<ValidationErrors(DeliveryRecord &)>;
    DeliveryDialog(const DeliveryRecord &record, Saver save, QWidget *parent = nullptr);

    DeliveryRecord record() const;
    const DeliveryRecord &saved() const { return m_saved; }

    QDateEdit *dateEdit() const { return m_date; }

    void accept() override;

private:
    ValidationErrors typedErrors() const override;

    DeliveryRecord m_record;
    DeliveryRecord m_saved;
    Saver m_save;
    QDateEdit *m_date = nullptr;
};

} // namespace Huike
