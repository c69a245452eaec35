#include "ui/expenseforpicker.h"

#include "models/expenseservice.h"
#include "models/modelerror.h"
#include "ui/globalsearch.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

ExpenseForPicker::ExpenseForPicker(ExpenseService &expenses, SearchService *search, QWidget *parent)
    : QWidget(parent), m_service(expenses)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_customer = new QLabel(this);
    m_customer->setObjectName(u"customer"_s);
    row->addWidget(m_customer, 1);
    if (search) {
        m_search = new GlobalSearch(*search, this);
        m_search->setObjectName(u"customerSearch"_s);
        m_search->setPlaceholderText(tr("Find the customer it was for…"));
        row->addWidget(m_search, 1);
        connect(m_search, &GlobalSearch::hitActivated, this, [this](const SearchService::Hit &hit) {
            m_search->clear();
            emit chosen(hit.customerId.isEmpty() ? hit.id : hit.customerId, QString(), tr("Link the customer"));
        });
    }
    m_clear = new QPushButton(tr("No customer"), this);
    m_clear->setObjectName(u"clearCustomer"_s);
    row->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, [this] { emit chosen(QString(), QString(), tr("Unlink the customer")); });
    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(u"opportunity"_s);
    m_opportunity->setToolTip(tr("The customer's opportunity the money was spent for"));
    row->addWidget(m_opportunity, 1);
    connect(m_opportunity, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            emit chosen(m_customerId, opportunityId(), tr("Choose the opportunity"));
    });
}

void ExpenseForPicker::setFor(const QString &customerId, const QString &opportunityId)
{
    m_showing = true;
    m_customerId = customerId;
    m_opportunity->clear();
    m_opportunity->addItem(tr("(no opportunity)"), QString());
    try {
        m_customer->setText(customerId.isEmpty() ? tr("(none)") : m_service.customerName(customerId));
        if (!customerId.isEmpty())
            for (const ExpenseService::Opportunity &o : m_service.opportunitiesOf(customerId))
                m_opportunity->addItem(o.name, o.id);
    } catch (const ModelError &e) {
        m_customer->setText(e.message());
    }
    if (!opportunityId.isEmpty() && m_opportunity->findData(opportunityId) < 0)
        m_opportunity->addItem(tr("(an opportunity not on this computer)"), opportunityId);
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(opportunityId)));
    m_opportunity->setVisible(!customerId.isEmpty());
    m_showing = false;
}

void ExpenseForPicker::setEditable(bool editable)
{
    m_clear->setVisible(editable);
    if (m_search)
        m_search->setVisible(editable);
    m_opportunity->setEnabled(editable);
}

QString ExpenseForPicker::opportunityId() const
{
    return m_opportunity->currentData().toString();
}

} // namespace Huike
