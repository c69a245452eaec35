#pragma once

#include <QDialog>
#include <QStringList>

class QPushButton;
class QTableWidget;

namespace Huike {

class Replica;
class ReplicaJob;

// Customers › Import history: the batches with who, when, the file and the counts; the
// ones made on this computer can be undone.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Replica &replica, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void reload();
    // Undoes the selected batch (asks first unless `confirm` is false).
    bool undoSelected(bool confirm = true);

signals:
    void undone();

private:
    Replica &m_replica;
    ReplicaJob *m_job = nullptr; // the undo's thread and connection
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QStringList m_ids;
};

} // namespace Huike
