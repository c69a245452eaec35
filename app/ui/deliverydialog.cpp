#include "ui/deliverydialog.h"


#include <QDateEdit>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Huike {

DeliveryDialog::DeliveryDialog(const DeliveryRecord &record, Saver save, QWidget *parent)
    : ContractRecordDialog(parent), m_record(record), m_save(std::move(save))
{
    setWindowTitle(tr("Record a delivery"));
    m_date = addDate(u"deliveredOn"_s, tr("&Delivered on:"), record.deliveredOn);
    addEdit(u"description"_s, tr("&What was delivered:"), record.description, tr("e.g. 2 rack servers, 1 backup software licence"));
    addEdit(u"carrier"_s, tr("Ca&rrier:"), record.carrier, tr("e.g. SF Express, or our own van"));
    addEdit(u"trackingNumber"_s, tr("&Tracking number:"), record.trackingNumber, tr("e.g. SF1234567890123"));
    addEdit(u"receiver"_s, tr("Received &by:"), record.receiver, tr("Who signed for the goods"));
    addEdit(u"note"_s, tr("N&ote:"), record.note);
    finish(46);
}

DeliveryRecord DeliveryDialog::record() const
{
    DeliveryRecord r = m_record;
    r.deliveredOn = m_date->date().toString(Qt::ISODate);
    r.description = m_edits.value(u"description"_s)->text().trimmed();
    r.carrier = m_edits.value(u"carrier"_s)->text().trimmed();
    r.trackingNumber = m_edits.value(u"trackingNumber"_s)->text().trimmed();
    r.receiver = m_edits.value(u"receiver"_s)->text().trimmed();
    r.note = m_edits.value(u"note"_s)->text().trimmed();
    return r;
}

ValidationErrors DeliveryDialog::typedErrors() const
{
    return record().validate();
}

void DeliveryDialog::accept()
{
    DeliveryRecord r = record();
    ValidationErrors e = r.validate();
    if (e.isEmpty() && m_save)
        e = m_save(r);
    if (refuse(e))
        return;
    m_saved = r;
    QDialog::accept();
}

} // namespace Huike
