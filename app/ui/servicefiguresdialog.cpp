#include "ui/servicefiguresdialog.h"

#include "models/replicajob.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
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

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ServiceFiguresDialog::ServiceFiguresDialog(Replica &replica, QWidget *parent)
    : QDialog(parent), m_job(new ReplicaJob(replica, this)), m_result(std::make_shared<ServiceFigures::Result>())
{
    setWindowTitle(tr("Service figures"));
    const auto [from, to] = ServiceFigures::defaultPeriod(QDate::currentDate());
    m_from = new QDateEdit(from, this);
    m_until = new QDateEdit(to.addDays(-1), this);
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *fromLabel = new QLabel(tr("Logged &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *untilLabel = new QLabel(tr("&until:"), this);
    untilLabel->setBuddy(m_until);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_chartArea = new QWidget(this);
    m_byStatus = chartView(m_chartArea);
    m_byKind = chartView(m_chartArea);
    m_sla = chartView(m_chartArea);
    auto *grid = new QGridLayout(m_chartArea);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_byStatus, 0, 0);
    grid->addWidget(m_byKind, 0, 1);
    grid->addWidget(m_sla, 1, 0, 1, 2);

    m_agents = new QTableWidget(0, 6, this);
    m_agents->setObjectName(u"agents"_s);
    m_agents->setHorizontalHeaderLabels({ServiceFigures::tr("Agent"), ServiceFigures::tr("Tickets"), ServiceFigures::tr("Resolved"),
                                         ServiceFigures::tr("SLA met %"), ServiceFigures::tr("Avg. resolution (h)"),
                                         ServiceFigures::tr("Avg. satisfaction")});
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agents->setMinimumHeight(180);

    auto *exportTableButton = new QPushButton(tr("Export &table…"), this);
    exportTableButton->setObjectName(u"exportTable"_s);
    auto *exportChartButton = new QPushButton(tr("Export c&harts…"), this);
    exportChartButton->setObjectName(u"exportChart"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(exportTableButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportChartButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(untilLabel);
    bar->addWidget(m_until);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_chartArea, 3);
    layout->addWidget(m_agents, 2);
    layout->addWidget(buttons);
    resize(960, 860);

    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &ServiceFiguresDialog::reload);
    connect(exportTableButton, &QPushButton::clicked, this, [this] {
        const QString xlsx = tr("Excel workbook (*.xlsx)"), csv = tr("CSV, UTF-8 (*.csv)");
        QString filter;
        QString path = QFileDialog::getSaveFileName(this, tr("Export figures"), QDir::home().filePath(tr("service-figures.xlsx")),
                                                    xlsx + u";;"_s + csv, &filter);
        if (path.isEmpty())
            return;
        const QString suffix = filter == csv ? u".csv"_s : u".xlsx"_s;
        if (!path.endsWith(suffix, Qt::CaseInsensitive))
            path += suffix;
        QString error;
        if (!exportTable(path, &error))
            QMessageBox::warning(this, tr("Export figures"), error);
    });
    connect(exportChartButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), QDir::home().filePath(tr("service-figures.png")),
                                                          tr("PNG image (*.png);;PDF (*.pdf)"));
        if (!path.isEmpty() && !exportChart(path))
            QMessageBox::warning(this, tr("Export charts"), tr("The charts could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_job, &ReplicaJob::finished, this, [this] {
        if (m_job->isRunning()) // an earlier count's end, queued: the running one's comes
            return;
        if (m_pending) // counted for a period no longer asked for (or cancelled for it)
            return startCount();
        m_counting = false;
        if (m_job->isCancelled())
            return;
        m_figures = *m_result;
        if (m_figures.error.isEmpty() && !m_job->error().isEmpty())
            m_figures.error = m_job->error();
        showFigures();
        emit counted();
    });
    reload();
}

ServiceFiguresDialog::~ServiceFiguresDialog()
{
    m_job->cancel(); // the job (a child) then waits for a thread that stops at once
}

void ServiceFiguresDialog::done(int result)
{
    m_pending = false;
    m_job->cancel();
    QDialog::done(result);
}

void ServiceFiguresDialog::setPeriod(const QDate &from, const QDate &until)
{
    const QSignalBlocker a(m_from), b(m_until);
    m_from->setDate(from);
    m_until->setDate(until);
    reload();
}

QString ServiceFiguresDialog::message() const
{
    return m_summary->text();
}

void ServiceFiguresDialog::reload()
{
    m_pending = true;
    if (m_job->isRunning())
        m_job->cancel(); // its end starts the count of the new period
    else
        startCount();
}

void ServiceFiguresDialog::startCount()
{
    m_pending = false;
    m_counting = true;
    m_summary->setText(tr("Counting…"));
    const QDate from = m_from->date(), to = m_until->date().addDays(1);
    // A result of its own per count: a cancelled one may still be writing the last.
    m_result = std::make_shared<ServiceFigures::Result>();
    m_job->start([result = m_result, from, to](Replica &own, ReplicaJob &) { *result = ServiceFigures(own).compute(from, to); },
                 ReplicaJob::Interrupt::Yes);
}

void ServiceFiguresDialog::showFigures()
{
    if (!m_figures.error.isEmpty()) {
        m_summary->setText(tr("The figures could not be read: %1").arg(m_figures.error.toHtmlEscaped()));
    } else if (m_from->date() > m_until->date()) {
        m_summary->setText(tr("The period ends before it starts."));
    } else {
        const ServiceFigures::Line &t = m_figures.total;
        m_summary->setText(tr("<b>%1</b> tickets logged · <b>%2</b> resolved · SLA met <b>%3</b> · "
                              "average resolution <b>%4</b> h · average satisfaction <b>%5</b>")
                               .arg(t.logged)
                               .arg(t.resolved)
                               .arg(ServiceFigures::tenthsText(t.slaMetPermille(), u" %"_s), ServiceFigures::tenthsText(t.resolutionHoursTenths()),
                                    ServiceFigures::tenthsText(t.satisfactionTenths())));
    }
    drawCounts(m_byStatus, tr("Tickets by status"), m_figures.byStatus, QColor(u"#2563eb"_s));
    drawCounts(m_byKind, tr("Tickets by kind"), m_figures.byKind, QColor(u"#0d9488"_s));
    drawSla();
    fillAgents();
}

void ServiceFiguresDialog::drawCounts(QChartView *view, const QString &title, const QList<ServiceFigures::Count> &counts,
                                      const QColor &color)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    set->setColor(color);
    set->setLabelColor(Qt::black);
    QStringList categories;
    qint64 max = 0;
    for (const ServiceFigures::Count &c : counts) {
        *set << double(c.count); // display only
        categories << c.text;
        max = std::max(max, c.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, double(std::max<qint64>(4, max + max / 8 + 1))); // room for the labels
    values->applyNiceNumbers(); // 0, 10, 20… rather than 0, 8.5, 17…
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    replaceChart(view, chart);
}

void ServiceFiguresDialog::drawSla()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Resolved within SLA per month (%)"));
    auto *line = new QLineSeries;
    line->setName(tr("SLA met %"));
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(u"@yPoint"_s);
    line->setPointLabelsClipping(false);
    QStringList months;
    for (qsizetype i = 0; i < m_figures.months.size(); ++i) {
        const ServiceFigures::Line &m = m_figures.months[i];
        months << m.text;
        if (const int permille = m.slaMetPermille(); permille >= 0) // months with nothing resolved: no point
            line->append(double(i), permille / 10.0);
    }
    chart->addSeries(line);
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    chart->addAxis(axis, Qt::AlignBottom);
    line->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(values, Qt::AlignLeft);
    line->attachAxis(values);
    replaceChart(m_sla, chart);
}

void ServiceFiguresDialog::fillAgents()
{
    const auto item = [](const QString &text, bool number) {
        auto *i = new QTableWidgetItem(text);
        if (number)
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return i;
    };
    QList<ServiceFigures::Line> rows = m_figures.agents;
    if (!rows.isEmpty()) {
        ServiceFigures::Line total = m_figures.total;
        total.text = ServiceFigures::tr("Total of the period");
        rows << total;
    }
    m_agents->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ServiceFigures::Line &l = rows[r];
        m_agents->setItem(r, 0, item(l.text, false));
        m_agents->setItem(r, 1, item(QString::number(l.logged), true));
        m_agents->setItem(r, 2, item(QString::number(l.resolved), true));
        m_agents->setItem(r, 3, item(ServiceFigures::tenthsText(l.slaMetPermille(), u" %"_s), true));
        m_agents->setItem(r, 4, item(ServiceFigures::tenthsText(l.resolutionHoursTenths()), true));
        m_agents->setItem(r, 5, item(ServiceFigures::tenthsText(l.satisfactionTenths()), true));
        if (r == rows.size() - 1 && r > 0) {
            QFont bold = m_agents->font();
            bold.setBold(true);
            for (int c = 0; c < 6; ++c)
                m_agents->item(r, c)->setFont(bold);
        }
    }
}

bool ServiceFiguresDialog::exportTable(const QString &path, QString *error)
{
    return ServiceFigures::writeTable(path, m_figures, error);
}

bool ServiceFiguresDialog::exportChart(const QString &path)
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(tr("Service figures"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return false;
        // The charts as they are laid out, at three times the screen's pixels, fitted to the
        // page. (Rendered straight into the PDF's scaled painter, QtCharts 6.4 drops most of
        // the bars' value labels.)
        QImage image(m_chartArea->size() * 3, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(3);
        image.fill(Qt::white);
        m_chartArea->render(&image);
        const QRect page = painter.viewport();
        const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(page.topLeft(), fitted), image);
        return painter.end();
    }
    return m_chartArea->grab().save(path);
}

} // namespace Huike
