#pragma once

#include "ui/customercard.h"

#include <QUndoCommand>

namespace Huike {

// A change to the contact list (add, edit, remove): the list before and after.
class ContactsCommand : public QUndoCommand
{
public:
    ContactsCommand(CustomerCard *card, const QString &text, QList<Contact> after, QList<Id> afterRemoved)
        : m_card(card), m_before(card->contacts()), m_beforeRemoved(card->removedContacts()),
          m_after(std::move(after)), m_afterRemoved(std::move(afterRemoved))
    {
        setText(text);
    }
    void undo() override { m_card->applyContacts(m_before, m_beforeRemoved); }
    void redo() override { m_card->applyContacts(m_after, m_afterRemoved); }

private:
    CustomerCard *m_card;
    QList<Contact> m_before;
    QList<Id> m_beforeRemoved;
    QList<Contact> m_after;
    QList<Id> m_afterRemoved;
};

} // namespace Huike
