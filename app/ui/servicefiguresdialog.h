#pragma once

#include "models/servicefigures.h"

#include <QDialog>

#include <memory>

class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace Huike {

class Replica;
class ReplicaJob;

// 服务统计: the service figures of a period (ServiceFigures) — tickets by status and by
// kind as bar charts, the share resolved within the SLA per month as a line, and a table
// per agent — with the table exported to .xlsx/.csv (every breakdown) and the charts to
// .png/.pdf. Opened from the 服务 page's "Figures…". Counted when opened and when the
// period changes, on a thread of its own (ReplicaJob: one walk of the tickets, about a
// second for 200,000): 正在统计… meanwhile; a period changed while counting cancels the count
// and starts the new one, closing the dialog abandons it.
class ServiceFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceFiguresDialog(Replica &replica, QWidget *parent = nullptr);
    ~ServiceFiguresDialog() override;

    // The period shown, both days included (the figures' `to` is the day after).
    void setPeriod(const QDate &from, const QDate &until);
    const ServiceFigures::Result &figures() const { return m_figures; }
    QTableWidget *agentTable() const { return m_agents; }
    QList<QChartView *> charts() const { return {m_byStatus, m_byKind, m_sla}; }
    QString message() const;
    bool isCounting() const { return m_counting; }

    void done(int result) override; // also abandons the count

    bool exportTable(const QString &path, QString *error);
    bool exportChart(const QString &path);

signals:
    // The figures of the period asked for are shown.
    void counted();

private:
    void reload();
    void startCount();
    void showFigures();
    void drawCounts(QChartView *view, const QString &title, const QList<ServiceFigures::Count> &counts, const QColor &color);
    void drawSla();
    void fillAgents();

    ReplicaJob *m_job;
    std::shared_ptr<ServiceFigures::Result> m_result; // written by the job
    bool m_counting = false;
    bool m_pending = false; // the period changed while counting: count again
    ServiceFigures::Result m_figures;
    QDateEdit *m_from, *m_until;
    QLabel *m_summary;
    QWidget *m_chartArea;
    QChartView *m_byStatus, *m_byKind, *m_sla;
    QTableWidget *m_agents;
};

} // namespace Huike
