#pragma once

#include "ui/customerfieldstab.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Huike {

class CustomerOwnerRow;
class CustomerService;

// The customer card's "Classification" tab: status, level, type, source, credit rating,
// security level, tags, the owner row (CustomerOwnerRow) and the background text.
// Under the level, its approval (C4): a pending request says what it asks, who asked and
// who decides, locks the level, and can be withdrawn by its requester; a change the user
// may only ask for says so and takes a reason, and the card's save asks for it.
class CustomerClassificationTab : public CustomerFieldsTab
{
    Q_OBJECT

public:
    CustomerClassificationTab(CustomerService &service, QWidget *parent = nullptr);
    CustomerOwnerRow *ownerRow() const { return m_owner; }
    QPlainTextEdit *background() const { return m_background; }
    bool setValue(const QString &name, const QString &value) override;
    QWidget *fieldWidget(const QString &name) const override;

    // Reads the customer's pending level request and shows the level's state; `storedLevel`
    // is the level as saved (a different choice is a change to ask for).
    void refreshLevel(const QString &customerId, const QString &storedLevel);
    QString levelReason() const;
    void clearLevelReason();
    QLabel *levelNote() const { return m_levelNote; }
    QPushButton *withdrawLevelButton() const { return m_withdrawLevel; }
    // Withdraws the pending request (the user's own); false with the reason shown when not.
    bool withdrawLevelRequest();

signals:
    // A request was withdrawn here (the card refreshes what depends on it).
    void levelRequestChanged(const QString &message);

private:
    void updateLevelHint();

    CustomerService &m_service;
    QString m_customerId, m_storedLevel, m_pendingId;
    bool m_needsApproval = false;
    QLabel *m_levelNote;
    QLineEdit *m_levelReason;
    QPushButton *m_withdrawLevel;
    QWidget *m_levelBox; // the note and the button, one row
    CustomerOwnerRow *m_owner;
    QPlainTextEdit *m_background;
};

} // namespace Huike
