#pragma once

#include "ui/customercard.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Huike {

// One field's change; consecutive typing in the same field merges into one step.
class CustomerFieldCommand : public QUndoCommand
{
public:
    CustomerFieldCommand(CustomerCard *card, QString field, QString before, QString after)
        : m_card(card), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("Huike::CustomerCard", "edit %1").arg(m_field));
    }
    void undo() override { m_card->applyField(m_field, m_before); }
    void redo() override { m_card->applyField(m_field, m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const CustomerFieldCommand *>(other);
        if (o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    CustomerCard *m_card;
    QString m_field, m_before, m_after;
};

} // namespace Huike
