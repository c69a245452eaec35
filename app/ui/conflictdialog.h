#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

class Replica;

// 冲突处理 (DESIGN.md §3): every open conflict and rejection the server sent back — the
// record, the field, the value it had (base), mine, theirs, who changed it and when. Keep
// mine (an ordinary edit on top of theirs, which syncs), take theirs, or type a value;
// rejections show why and are acknowledged. Resolving never loses the other value: it
// stays in the resolved record.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(Replica &replica, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void keepMine();
    void takeTheirs();
    void useValue(const QString &text);
    void reload();

signals:
    void resolved(); // a local edit was made: sync soon

private:
    QString currentId() const;

    Replica &m_replica;
    QTableWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_theirs = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace Huike
