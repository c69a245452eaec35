#include "ui/funnelpage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The quarter of a date: its first and last day.
std::pair<QDate, QDate> quarterOf(QDate d)
{
    const QDate first(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

} // namespace

FunnelPage::FunnelPage(Database &db, QWidget *parent, Load load) : QWidget(parent), m_funnel(db)
{
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("Everyone"), QString());
    for (const auto &[id, name] : m_funnel.owners())
        m_owner->addItem(name, id);
    m_department = new QComboBox(this);
    m_department->addItem(tr("All departments"), QString());
    for (const auto &[id, path] : m_funnel.departments())
        m_department->addItem(path, id);
    m_period = new QComboBox(this);
    m_period->addItem(tr("This quarter"), u"this"_s);
    m_period->addItem(tr("Next quarter"), u"next"_s);
    m_period->addItem(tr("This year"), u"year"_s);
    m_period->addItem(tr("Any time"), u"all"_s);
    m_period->setCurrentIndex(3);
    auto *png = new QPushButton(tr("E&xport chart…"), this);
    auto *bar = new QHBoxLayout;
    for (auto [label, combo] : {std::pair{tr("&Owner:"), m_owner}, std::pair{tr("&Department:"), m_department}, std::pair{tr("C&losing:"), m_period}}) {
        auto *l = new QLabel(label, this);
        l->setBuddy(combo);
        bar->addWidget(l);
        bar->addWidget(combo);
    }
    bar->addStretch(1);
    bar->addWidget(png);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color:#b91c1c; font-weight:bold"_s);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_list = new QTableWidget(0, 5, this);
    m_list->setHorizontalHeaderLabels({tr("Opportunity"), tr("Amount"), tr("Probability"), tr("Expected close"), tr("Next step")});
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_list, 2);

    for (QComboBox *c : {m_owner, m_department, m_period})
        connect(c, &QComboBox::currentIndexChanged, this, &FunnelPage::reload);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), tr("sales-funnel.png"), tr("PNG image (*.png);;PDF (*.pdf)"));
        if (!path.isEmpty())
            exportChart(path);
    });
    if (load == Load::Now)
        reload();
}

QChart *FunnelPage::chart() const
{
    return m_view->chart();
}

Funnel::Filter FunnelPage::filter() const
{
    Funnel::Filter f;
    f.ownerId = m_owner->currentData().toString();
    f.departmentId = m_department->currentData().toString();
    const QDate today = QDate::currentDate();
    const QString p = m_period->currentData().toString();
    if (p == u"this" || p == u"next") {
        const auto [first, last] = quarterOf(p == u"this" ? today : today.addMonths(3));
        f.from = first.toString(Qt::ISODate);
        f.to = last.toString(Qt::ISODate);
    } else if (p == u"year") {
        f.from = QDate(today.year(), 1, 1).toString(Qt::ISODate);
        f.to = QDate(today.year(), 12, 31).toString(Qt::ISODate);
    }
    return f;
}

void FunnelPage::reload()
{
    m_result = m_funnel.compute(filter());
    const QLocale locale;
    QString summary = tr("Open pipeline <b>%1</b> · weighted forecast <b>%2</b> · won <b>%3</b>")
                          .arg(m_result.openAmount.format(locale), m_result.weightedForecast.format(locale), m_result.won.format(locale));
    for (const Funnel::Stage &s : m_result.stages)
        if (s.stage.outcome == StageOutcome::Lost && s.count > 0)
            summary += tr(" · %1: %n opportunities, %2", nullptr, s.count).arg(s.stage.name, s.amount.format(locale));
    if (!m_result.target.isZero())
        summary += tr(" · target <b>%1</b>").arg(m_result.target.format(locale));
    m_summary->setText(summary);
    m_warning->setText(m_result.rollerCoaster
                           ? tr("⚠ Sales roller coaster ahead: won plus the weighted pipeline fall %1 short of the target. "
                                "Fill the early stages now.").arg(m_result.gap.format(locale))
                           : QString());
    m_warning->setVisible(m_result.rollerCoaster);
    draw();
    m_list->setRowCount(0);
}

void FunnelPage::draw()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Sales funnel by stage (amount, count, conversion)"));
    chart->legend()->hide();
    auto *series = new QHorizontalStackedBarSeries;
    auto *pad = new QBarSet(QString());
    auto *value = new QBarSet(tr("Amount"));
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    value->setColor(QColor(u"#2563eb"_s));
    QStringList categories;
    double max = 1;
    for (const Funnel::Stage &s : m_result.stages)
        if (s.stage.outcome != StageOutcome::Lost)
            max = std::max(max, double(s.amount.fen()) / 100.0); // display only: the chart's axis is a double
    const QLocale locale;
    QList<QString> codes;
    // Top of the funnel first: the chart draws the first category at the bottom.
    for (auto it = m_result.stages.crbegin(); it != m_result.stages.crend(); ++it) {
        if (it->stage.outcome == StageOutcome::Lost)
            continue; // off the funnel: in the summary line
        const double v = double(it->amount.fen()) / 100.0;
        *pad << (max - v) / 2;
        *value << v;
        QString label = u"%1 · %2 · %3"_s.arg(it->stage.name).arg(tr("%n opp.", nullptr, it->count)).arg(it->amount.format(locale));
        if (it->conversionPercent >= 0)
            label += u" · "_s + tr("conv. %1 %").arg(it->conversionPercent);
        categories << label;
        codes << it->stage.code;
    }
    series->append(pad);
    series->append(value);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, max);
    values->setVisible(false);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this, codes](int index, QBarSet *) {
        if (index >= 0 && index < codes.size())
            showStage(codes[index]);
    });
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void FunnelPage::showStage(const QString &stageCode)
{
    const QList<Opportunity> list = m_funnel.opportunities(filter(), stageCode);
    const QLocale locale;
    m_list->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Opportunity &o = list[r];
        m_list->setItem(r, 0, new QTableWidgetItem(o.name));
        auto *amount = new QTableWidgetItem(o.amount.format(locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(r, 1, amount);
        m_list->setItem(r, 2, new QTableWidgetItem(o.probabilityPercent.toString() + u" %"_s));
        m_list->setItem(r, 3, new QTableWidgetItem(o.expectedClose));
        m_list->setItem(r, 4, new QTableWidgetItem(o.nextStep));
    }
}

bool FunnelPage::exportChart(const QString &path)
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(tr("Sales funnel"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        m_view->render(&painter);
        return painter.end();
    }
    return m_view->grab().save(path);
}

} // namespace Huike
