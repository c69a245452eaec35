#include "ui/assetdialog.h"

#include "core/dateformat.h"
#include "core/enums.h"
#include "models/modelerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A date edit's "no date": its minimum, shown as the special text.
const QDate NoDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void select(QComboBox *box, const QString &id)
{
    const int i = box->findData(id);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

AssetDialog::AssetDialog(AssetService &service, const AssetService::Asset &asset, QWidget *parent)
    : ContractRecordDialog(parent), m_service(service), m_asset(asset)
{
    const bool isNew = asset.id.isEmpty();
    setWindowTitle(isNew ? tr("Register assets") : tr("Asset %1").arg(asset.serialNumber));
    m_contracts = m_service.contractsOf(asset.customerId);

    m_product = new QComboBox(this);
    m_product->setObjectName(u"productId"_s);
    m_product->addItem(tr("(choose the product)"), QString());
    for (const AssetService::Choice &p : m_service.products())
        m_product->addItem(p.text, p.id);
    addRow(u"productId"_s, tr("&Product:"), m_product);

    if (isNew) {
        m_serials = new QPlainTextEdit(this);
        m_serials->setObjectName(u"serials"_s);
        m_serials->setTabChangesFocus(true);
        m_serials->setPlaceholderText(tr("One serial number per line: several lines register several assets"));
        m_serials->setFixedHeight(fontMetrics().height() * 6);
        addRow(u"serials"_s, tr("&Serial numbers:"), m_serials);
        connect(m_serials, &QPlainTextEdit::textChanged, this, [this] {
            m_touched.insert(u"serials"_s);
            showErrors(typedErrors(), false);
        });
    } else {
        addEdit(u"serialNumber"_s, tr("&Serial number:"), asset.serialNumber);
    }

    m_contract = new QComboBox(this);
    m_contract->setObjectName(u"contractId"_s);
    m_contract->addItem(tr("(not from a contract)"), QString());
    for (const AssetService::ContractChoice &c : std::as_const(m_contracts))
        m_contract->addItem(c.text, c.id);
    addRow(u"contractId"_s, tr("&Contract:"), m_contract);

    m_delivered = addOptionalDate(u"deliveredOn"_s, tr("&Delivered on:"), asset.deliveredOn);
    m_invoiced = addOptionalDate(u"invoicedOn"_s, tr("&Invoiced on:"), asset.invoicedOn);
    addEdit(u"location"_s, tr("Installed &at:"), asset.location, tr("e.g. Workshop 2, or the site's address"));

    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    for (const AssetStatus s : enumValues<AssetStatus>())
        m_status->addItem(enumLabel(s), enumCode(s));
    addRow(u"status"_s, tr("S&tatus:"), m_status);
    addEdit(u"note"_s, tr("N&ote:"), asset.note);

    m_cover = new QLabel(this);
    m_cover->setObjectName(u"cover"_s);
    m_cover->setWordWrap(true);
    addRow(u"cover"_s, tr("Warranty:"), m_cover);
    finish(50);

    select(m_product, asset.productId);
    select(m_contract, asset.contractId);
    select(m_status, asset.status);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &AssetDialog::contractChosen);
    for (QComboBox *box : {m_product, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &AssetDialog::showCover);
    for (QDateEdit *edit : {m_delivered, m_invoiced})
        connect(edit, &QDateEdit::dateChanged, this, &AssetDialog::showCover);
    showCover();
}

QDateEdit *AssetDialog::addOptionalDate(const QString &key, const QString &caption, const QDate &date)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateFormat::DatePattern.toString());
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(tr("(none)"));
    edit->setDate(date.isValid() ? date : NoDate);
    addRow(key, caption, edit);
    return edit;
}

AssetService::Asset AssetDialog::asset() const
{
    AssetService::Asset a = m_asset;
    a.productId = m_product->currentData().toString();
    a.contractId = m_contract->currentData().toString();
    if (!m_serials)
        a.serialNumber = m_edits.value(u"serialNumber"_s)->text().trimmed();
    a.deliveredOn = dateOf(m_delivered);
    a.invoicedOn = dateOf(m_invoiced);
    a.location = m_edits.value(u"location"_s)->text().trimmed();
    a.status = m_status->currentData().toString();
    a.note = m_edits.value(u"note"_s)->text().trimmed();
    return a;
}

void AssetDialog::contractChosen()
{
    // The contract's dates and, when it sold one product, that product — unless typed already.
    const QString id = m_contract->currentData().toString();
    for (const AssetService::ContractChoice &c : std::as_const(m_contracts)) {
        if (c.id != id)
            continue;
        if (!dateOf(m_delivered).isValid() && c.deliveredOn.isValid())
            m_delivered->setDate(c.deliveredOn);
        if (!dateOf(m_invoiced).isValid() && c.invoicedOn.isValid())
            m_invoiced->setDate(c.invoicedOn);
        if (m_product->currentData().toString().isEmpty() && c.productIds.size() == 1)
            select(m_product, c.productIds.first());
    }
    showCover();
}

void AssetDialog::showCover()
{
    const AssetService::Asset a = asset();
    if (a.productId.isEmpty()) {
        m_cover->setText(tr("Choose the product: its category says the months."));
        return;
    }
    try {
        m_cover->setText(AssetService::coverText(m_service.coverOn(a, QDate::currentDate())));
    } catch (const ModelError &e) {
        m_cover->setText(e.message());
    }
}

ValidationErrors AssetDialog::typedErrors() const
{
    ValidationErrors e;
    const AssetService::Asset a = asset();
    if (a.productId.isEmpty())
        e.add(u"productId"_s, u"required"_s, tr("Choose the product."));
    if (m_serials) {
        if (AssetService::serialLines(m_serials->toPlainText()).isEmpty())
            e.add(u"serials"_s, u"required"_s, tr("Type or paste the serial numbers, one per line."));
    } else if (a.serialNumber.isEmpty()) {
        e.add(u"serialNumber"_s, u"required"_s, tr("Type the serial number on the asset's label."));
    }
    return e;
}

void AssetDialog::accept()
{
    ValidationErrors e = typedErrors();
    if (e.isEmpty()) {
        try {
            AssetService::Asset a = asset();
            if (m_serials) {
                e = m_service.registerSerials(a, AssetService::serialLines(m_serials->toPlainText()), &m_saved);
            } else {
                e = m_service.save(a);
                if (e.isEmpty())
                    m_saved = {a};
            }
        } catch (const ModelError &error) {
            e.add(QString(), u"error"_s, error.message());
        }
    }
    if (refuse(e))
        return;
    QDialog::accept();
}

} // namespace Huike
