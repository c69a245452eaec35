#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Huike {

class Database;

// 级别统计: the customers by level as the replica holds them — how many, paid, receivable —
// with a total (LevelStatistics). Opened from the customer list.
class LevelStatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LevelStatisticsDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace Huike
