#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace Huike {

class Database;
class ReplicaJob;

// 级别统计: the customers by level as the replica holds them — how many, paid, receivable —
// with a total (LevelStatistics). Opened from the customer list. The figures are counted on
// a thread of their own with its own connection (a large replica takes seconds, the first
// time tens of seconds): the dialog says 正在统计… with a busy bar meanwhile, and closing it
// abandons the count (the statement running stops).
class LevelStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LevelStatisticsDialog(Database &db, QWidget *parent = nullptr);
    ~LevelStatisticsDialog() override;

    QTableWidget *table() const { return m_table; }
    QString message() const;
    bool isCounting() const;
    ReplicaJob *job() const { return m_job; }

    void done(int result) override; // also abandons the count

signals:
    // The figures are in the table (or why not in the message).
    void counted();

private:
    struct Counted;
    void showCounted(const Counted &counted);

    QTableWidget *m_table;
    QLabel *m_message;
    QProgressBar *m_busy;
    ReplicaJob *m_job;
};

} // namespace Huike
