#include "ui/companydata.h"

#include "core/approval.h"
#include "models/settingsservice.h"
#include "ui/settingsdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Huike::CompanyData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::CompanyData", text);
}

} // namespace

QStringList missing(Replica &replica)
{
    SettingsService settings(replica);
    QStringList out;
    for (const auto &[key, caption] : {std::pair{SettingKeys::CompanyName, QT_TRANSLATE_NOOP("Huike::CompanyData", "company name")},
                                       std::pair{SettingKeys::CompanyAddress, QT_TRANSLATE_NOOP("Huike::CompanyData", "address")},
                                       std::pair{SettingKeys::CompanyPhone, QT_TRANSLATE_NOOP("Huike::CompanyData", "phone")},
                                       std::pair{SettingKeys::CompanyBank, QT_TRANSLATE_NOOP("Huike::CompanyData", "bank and account")},
                                       std::pair{SettingKeys::CompanyTaxNumber, QT_TRANSLATE_NOOP("Huike::CompanyData", "taxpayer number")}})
        if (settings.value(key).trimmed().isEmpty())
            out << tr(caption);
    return out;
}

bool nameMissing(Replica &replica)
{
    return SettingsService(replica).value(SettingKeys::CompanyName).trimmed().isEmpty();
}

bool confirmBeforeExport(QWidget *parent, Replica &replica)
{
    for (;;) {
        if (!nameMissing(replica))
            return true;
        const QStringList empty = missing(replica);
        SettingsService settings(replica);
        const bool mayEdit = settings.mayEdit();
        QMessageBox box(QMessageBox::Warning, tr("Company details missing"),
                        tr("The company's details are not filled in yet (%1): the document's letterhead would have no company name.")
                            .arg(empty.join(tr(", "))),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(mayEdit ? tr("Fill them in under Settings → Company, or go on without them.")
                                       : tr("An administrator fills them in under Settings → Company; you may go on without them."));
        QPushButton *open = box.addButton(tr("Open &settings…"), QMessageBox::AcceptRole);
        QPushButton *goOn = box.addButton(tr("&Go on anyway"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == goOn)
            return true;
        if (box.clickedButton() != open)
            return false;
        SettingsDialog dialog(settings, parent);
        dialog.tabs()->setCurrentIndex(0); // the company's details
        dialog.exec(); // then asked again while the name is still empty
    }
}

} // namespace Huike::CompanyData
