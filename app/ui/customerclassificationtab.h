#pragma once

#include "ui/customerfieldstab.h"

class QPlainTextEdit;

namespace Huike {

class CustomerOwnerRow;
class CustomerService;

// The customer card's "Classification" tab: status, level, type, source, credit rating,
// security level, tags, the owner row (CustomerOwnerRow) and the background text.
class CustomerClassificationTab : public CustomerFieldsTab
{
    Q_OBJECT

public:
    CustomerClassificationTab(CustomerService &service, QWidget *parent = nullptr);
    CustomerOwnerRow *ownerRow() const { return m_owner; }
    QPlainTextEdit *background() const { return m_background; }
    bool setValue(const QString &name, const QString &value) override;
    QWidget *fieldWidget(const QString &name) const override;

private:
    CustomerOwnerRow *m_owner;
    QPlainTextEdit *m_background;
};

} // namespace Huike
