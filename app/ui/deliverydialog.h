#pragma once

#include "deliveryrecord.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace Huike {

// Records one delivery (发货记录) against a contract: date (today by default), what went
// out, carrier, tracking number (快递单号), who signed for it (签收人), a note. Errors show
// under the field as you type; Save hands the record to `save`
// (ContractService::addDelivery) and closes only when it returns no errors.
class DeliveryDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<ValidationErrors(DeliveryRecord &)>;
    DeliveryDialog(const DeliveryRecord &record, Saver save, QWidget *parent = nullptr);

    DeliveryRecord record() const;
    const DeliveryRecord &saved() const { return m_saved; }

    QLineEdit *field(const QString &name) const { return m_edits.value(name); }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *errorLabel(const QString &name) const { return m_errors.value(name); }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void showErrors(const ValidationErrors &errors, bool showAll);

    DeliveryRecord m_record;
    DeliveryRecord m_saved;
    Saver m_save;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errors;
    QDateEdit *m_date = nullptr;
    QLabel *m_message = nullptr;
    QSet<QString> m_touched;
};

} // namespace Huike
