#include "ui/customerclassificationtab.h"
#include "ui/customerownerrow.h"
#include "ui/enumitems.h"
#include "ui/fieldrow.h"

#include "core/customer.h"
#include "models/customerservice.h"
#include "models/settingsservice.h"

#include <QComboBox>

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerClassificationTab::CustomerClassificationTab(CustomerService &service, QWidget *parent) : CustomerFieldsTab(parent)
{
    // Alt+letters: unique on this page with the tabs and the card's buttons (B, L, O, M, 3,
    // U, S are always on screen).
    addCombo(u"status"_s, tr("Sta&tus"), enumItems<CustomerStatus>(false));
    addCombo(u"level"_s, tr("Le&vel"), enumItems<CustomerLevel>(true));
    // The company's words for each level (设置 › 客户级别), on the items.
    if (QComboBox *level = combo(u"level"_s)) {
        for (const LevelDefinition &d : service.levelDefinitions()) {
            const int i = level->findData(d.code);
            if (i < 0)
                continue;
            level->setItemText(i, d.caption());
            level->setItemData(i, d.details(), Qt::ToolTipRole);
        }
    }
    addCombo(u"type"_s, tr("Ty&pe"), enumItems<CustomerType>(false));
    addLine(u"source"_s, tr("Sou&rce"), tr("e.g. trade fair, referral, website"));
    addLine(u"creditRating"_s, tr("Cre&dit rating"));
    addLine(u"securityLevel"_s, tr("Securit&y level"));
    addLine(u"tags"_s, tr("Ta&gs"), tr("separated by commas"));
    m_owner = new CustomerOwnerRow(service, this);
    form()->addRow(tr("Owner"), m_owner);
    m_background = new QPlainTextEdit(this);
    m_background->setObjectName(u"background"_s);
    m_background->setTabChangesFocus(true);
    m_background->setUndoRedoEnabled(false);
    auto *error = new QLabel(this);
    reserveErrorLine(error);
    addError(u"background"_s, error);
    form()->addRow(tr("Bac&kground"), m_background);
    form()->addRow(QString(), error);
    connect(m_background, &QPlainTextEdit::textChanged, this, [this] { emit edited(u"background"_s, m_background->toPlainText()); });
}

bool CustomerClassificationTab::setValue(const QString &name, const QString &value)
{
    if (name != u"background")
        return CustomerFieldsTab::setValue(name, value);
    if (m_background->toPlainText() != value)
        m_background->setPlainText(value);
    return true;
}

QWidget *CustomerClassificationTab::fieldWidget(const QString &name) const
{
    return name == u"background" ? m_background : CustomerFieldsTab::fieldWidget(name);
}

} // namespace Huike
