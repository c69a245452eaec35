#include "ui/levelstatisticsdialog.h"

#include "core/money.h"
#include "models/levelstatistics.h"
#include "models/replicajob.h"
#include "models/settingsservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Huike {

// What the job counted, handed over when it is done.
struct LevelStatisticsDialog::Counted
{
    LevelStatistics stats;
    QList<LevelDefinition> levels;
};

LevelStatisticsDialog::LevelStatisticsDialog(Database &db, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Customers by level"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Customer level"), tr("Number of customers"), tr("Paid to date"), tr("Still owed")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy
    m_busy->setTextVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(620, 320);

    m_message->setText(tr("Counting…"));
    m_job = new ReplicaJob(db, this);
    // Shared with the work: it may outlive a dialog closed while it counts, until it stops.
    auto result = std::make_shared<Counted>();
    connect(m_job, &ReplicaJob::finished, this, [this, result] {
        m_busy->hide();
        if (m_job->isCancelled())
            return;
        if (result->stats.error.isEmpty() && !m_job->error().isEmpty())
            result->stats.error = m_job->error();
        showCounted(*result);
        emit counted();
    });
    m_job->start(
        [result](Database &own, ReplicaJob &) {
            result->stats = LevelStatistics::compute(own);
            if (result->stats.error.isEmpty())
                result->levels = SettingsService::levels(own);
        },
        ReplicaJob::Interrupt::Yes);
}

LevelStatisticsDialog::~LevelStatisticsDialog()
{
    m_job->cancel(); // the job (a child) then waits for a thread that stops at once
}

void LevelStatisticsDialog::done(int result)
{
    m_job->cancel();
    QDialog::done(result);
}

bool LevelStatisticsDialog::isCounting() const
{
    return m_job->isRunning();
}

void LevelStatisticsDialog::showCounted(const Counted &counted)
{
    const LevelStatistics &stats = counted.stats;
    if (!stats.error.isEmpty()) {
        m_message->setText(tr("The figures could not be read: %1").arg(stats.error));
        return;
    }
    const QLocale locale;
    auto row = [&](const QString &level, const LevelStatistics::Line &line, bool total) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{level, locale.toString(line.customers), Money::fromFen(line.paidFen).format(locale),
                                Money::fromFen(line.receivablesFen).format(locale)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    };
    QHash<QString, LevelDefinition> definitions;
    for (const LevelDefinition &d : counted.levels)
        definitions.insert(d.code, d);
    for (const LevelStatistics::Line &line : std::as_const(stats.lines)) {
        const LevelDefinition d = definitions.value(line.level, LevelDefinition{line.level, {}, {}, {}});
        row(line.level.isEmpty() ? tr("Without a level") : d.caption(), line, false);
        if (!d.details().isEmpty())
            m_table->item(m_table->rowCount() - 1, 0)->setToolTip(d.details());
    }
    row(tr("Sum of all levels"), stats.total, true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_message->setText(tr("Paid to date: every payment received from the customers. Still owed: what signed, running and completed "
                          "contracts are still owed. Customers you can see only."));
}

QString LevelStatisticsDialog::message() const
{
    return m_message->text();
}

} // namespace Huike
