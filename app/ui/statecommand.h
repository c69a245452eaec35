#pragma once

#include <QUndoCommand>

namespace Huike {

// One undoable step of an editor: its whole state before and after (a Quote, a Contract);
// undo and redo hand one of them to the editor's applyState().
template<typename Editor, typename State>
class StateCommand : public QUndoCommand
{
public:
    StateCommand(Editor *editor, State before, State after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_editor->applyState(m_before); }
    void redo() override { m_editor->applyState(m_after); }

private:
    Editor *m_editor;
    State m_before, m_after;
};

} // namespace Huike
