#include "ui/levelstatisticsdialog.h"

#include "core/money.h"
#include "models/levelstatistics.h"
#include "models/settingsservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LevelStatistics stats = LevelStatistics::compute(db);
    QApplication::restoreOverrideCursor();
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
    for (const LevelDefinition &d : SettingsService::levels(db))
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
    resize(620, 320);
}

QString LevelStatisticsDialog::message() const
{
    return m_message->text();
}

} // namespace Huike
