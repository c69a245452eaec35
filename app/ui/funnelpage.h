#pragma once

#include "models/funnel.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Huike {

class Database;

// 销售漏斗 (FEATURES.md S5): a funnel chart by stage with count and amount, the weighted
// forecast, stage-to-stage conversion, filters by owner, department and period; clicking
// a stage lists its opportunities; a warning when the weighted pipeline cannot meet the
// period's target (销售过山车); the chart exports to PNG or PDF.
class FunnelPage : public QWidget
{
    Q_OBJECT

public:
    // Load::WhenShown leaves the figures to the first reload() (the main window's, when the
    // page is first shown).
    enum class Load { Now, WhenShown };
    explicit FunnelPage(Database &db, QWidget *parent = nullptr, Load load = Load::Now);

    void reload();
    void showStage(const QString &stageCode);
    bool exportChart(const QString &path); // .png or .pdf

    const Funnel::Result &result() const { return m_result; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningLabel() const { return m_warning; }
    QTableWidget *opportunityTable() const { return m_list; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *periodFilter() const { return m_period; }
    QChart *chart() const;

private:
    Funnel::Filter filter() const;
    void draw();

    Funnel m_funnel;
    Funnel::Result m_result;
    QComboBox *m_owner;
    QComboBox *m_department;
    QComboBox *m_period;
    QLabel *m_summary;
    QLabel *m_warning;
    QChartView *m_view;
    QTableWidget *m_list;
};

} // namespace Huike
