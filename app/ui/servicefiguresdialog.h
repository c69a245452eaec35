#pragma once

#include "models/servicefigures.h"

#include <QDialog>

class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace Huike {

class Replica;

// 服务统计: the service figures of a period (ServiceFigures) — tickets by status and by
// kind as bar charts, the share resolved within the SLA per month as a line, and a table
// per agent — with the table exported to .xlsx/.csv (every breakdown) and the charts to
// .png/.pdf. Opened from the 服务 page's "Figures…". Counted when opened and when the
// period changes (GROUP BY over the replica's tickets: well under a second for 200,000).
class ServiceFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceFiguresDialog(Replica &replica, QWidget *parent = nullptr);

    // The period shown, both days included (the figures' `to` is the day after).
    void setPeriod(const QDate &from, const QDate &until);
    const ServiceFigures::Result &figures() const { return m_figures; }
    QTableWidget *agentTable() const { return m_agents; }
    QList<QChartView *> charts() const { return {m_byStatus, m_byKind, m_sla}; }
    QString message() const;

    bool exportTable(const QString &path, QString *error);
    bool exportChart(const QString &path);

private:
    void reload();
    void drawCounts(QChartView *view, const QString &title, const QList<ServiceFigures::Count> &counts, const QColor &color);
    void drawSla();
    void fillAgents();

    ServiceFigures m_service;
    ServiceFigures::Result m_figures;
    QDateEdit *m_from, *m_until;
    QLabel *m_summary;
    QWidget *m_chartArea;
    QChartView *m_byStatus, *m_byKind, *m_sla;
    QTableWidget *m_agents;
};

} // namespace Huike
