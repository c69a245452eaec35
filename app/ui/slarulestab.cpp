#include "ui/slarulestab.h"

#include "core/enums.h"
#include "ui/enumitems.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A year, the longest target SlaRules accepts, in hours.
constexpr double kMaxHours = 365 * 24;

bool isFallback(const SlaRules::Rule &rule)
{
    return rule.priority == u"normal" && rule.kind.isEmpty();
}

} // namespace

SlaRulesTab::SlaRulesTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"slaTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("How soon a ticket is answered and resolved, by priority and, where it differs, by kind. "
                               "Hours are working hours of the calendar unless the rule runs round the clock. "
                               "The rule for normal priority and every kind is the fallback for any other ticket: "
                               "it can be changed but not removed."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"slaRules"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Priority"), tr("Ticket kind"), tr("First response within"), tr("Resolved within"), tr("Round the clock")});
    m_table->horizontalHeaderItem(RoundTheClockColumn)
        ->setToolTip(tr("Counts every hour of the day and every day, holidays too, instead of working time."));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoundTheClockColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the cells are widgets and a check box
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add rule"), this);
    m_remove = new QPushButton(tr("&Remove rule"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SlaRulesTab::addRule);
    connect(m_remove, &QPushButton::clicked, this, &SlaRulesTab::removeRule);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reopenDays = new QSpinBox(this);
    m_reopenDays->setObjectName(u"reopenDays"_s);
    m_reopenDays->setRange(0, 365);
    m_reopenDays->setSuffix(tr(" days"));
    m_reopenDays->setToolTip(tr("0: a resolved ticket is never reopened; the customer logs a new one."));
    auto *reopenLabel = new QLabel(tr("A customer may reopen a resolved ticket wit&hin:"), this);
    reopenLabel->setBuddy(m_reopenDays);
    form->addRow(reopenLabel, m_reopenDays);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"slaError"_s);
    m_error->setStyleSheet(u"color: #c8102e"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

void SlaRulesTab::insertRow(int row, const SlaRules::Rule &rule)
{
    m_table->insertRow(row);
    auto *priority = new QComboBox(m_table);
    for (const auto &[code, label] : enumItems<TicketPriority>(false))
        priority->addItem(label, code);
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("Every kind"), QString());
    for (const auto &[code, label] : enumItems<TicketKind>(false))
        kind->addItem(label, code);
    const auto hours = [this] {
        auto *box = new QDoubleSpinBox(m_table);
        box->setDecimals(2);
        box->setRange(0.01, kMaxHours);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" h"));
        box->setToolTip(tr("Hours, e.g. 0.5 for half an hour: working hours unless the rule runs round the clock."));
        return box;
    };
    QDoubleSpinBox *first = hours(), *resolution = hours();
    m_table->setCellWidget(row, PriorityColumn, priority);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, FirstResponseColumn, first);
    m_table->setCellWidget(row, ResolutionColumn, resolution);
    auto *clock = new QTableWidgetItem;
    m_table->setItem(row, RoundTheClockColumn, clock);
    for (QWidget *w : std::initializer_list<QWidget *>{priority, kind, first, resolution}) {
        w->installEventFilter(this); // a click into a cell selects its row, for Remove
        w->setEnabled(m_editable);
    }
    setRule(row, rule);
}

void SlaRulesTab::setRules(const SlaRules &rules)
{
    m_table->setRowCount(0);
    const QList<SlaRules::Rule> list = rules.rules();
    for (int i = 0; i < list.size(); ++i)
        insertRow(i, list[i]);
    m_reopenDays->setValue(rules.reopenDays());
}

void SlaRulesTab::setRule(int row, const SlaRules::Rule &rule)
{
    const auto combo = [&](Column c) { return static_cast<QComboBox *>(m_table->cellWidget(row, c)); };
    const auto spin = [&](Column c) { return static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, c)); };
    combo(PriorityColumn)->setCurrentIndex(std::max(0, combo(PriorityColumn)->findData(rule.priority)));
    combo(KindColumn)->setCurrentIndex(std::max(0, combo(KindColumn)->findData(rule.kind)));
    spin(FirstResponseColumn)->setValue(double(rule.firstResponseMinutes) / 60);
    spin(ResolutionColumn)->setValue(double(rule.resolutionMinutes) / 60);
    QTableWidgetItem *clock = m_table->item(row, RoundTheClockColumn);
    clock->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::ItemIsSelectable);
    clock->setCheckState(rule.calendar ? Qt::Checked : Qt::Unchecked);
}

SlaRules::Rule SlaRulesTab::rule(int row) const
{
    const auto combo = [&](Column c) { return static_cast<QComboBox *>(m_table->cellWidget(row, c)); };
    // Two decimals of an hour round back to the very minute they showed.
    const auto minutes = [&](Column c) {
        return qint64(std::llround(static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, c))->value() * 60));
    };
    return {combo(PriorityColumn)->currentData().toString(), combo(KindColumn)->currentData().toString(),
            minutes(FirstResponseColumn), minutes(ResolutionColumn),
            m_table->item(row, RoundTheClockColumn)->checkState() == Qt::Checked};
}

QString SlaRulesTab::json() const
{
    QJsonArray rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SlaRules::Rule r = rule(row);
        QJsonObject o{{u"priority"_s, r.priority}, {u"firstResponse"_s, r.firstResponseMinutes}, {u"resolution"_s, r.resolutionMinutes}};
        if (!r.kind.isEmpty())
            o[u"kind"_s] = r.kind;
        if (r.calendar)
            o[u"calendar"_s] = true;
        rules.append(o);
    }
    const QJsonObject o{{u"rules"_s, rules}, {u"reopenDays"_s, m_reopenDays->value()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void SlaRulesTab::addRule()
{
    const SlaRules::Target normal = SlaRules::defaults().targetFor(u"normal", {});
    const int row = m_table->rowCount();
    insertRow(row, {u"high"_s, QString(), normal.firstResponseMinutes, normal.resolutionMinutes, false});
    m_table->setCurrentCell(row, PriorityColumn);
    m_table->cellWidget(row, PriorityColumn)->setFocus();
}

void SlaRulesTab::removeRule()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (isFallback(rule(row))) {
        showError(tr("The rule for normal priority and every kind is the fallback: change its hours, it cannot be removed."));
        return;
    }
    m_table->removeRow(row);
    showError({});
}

void SlaRulesTab::setEditable(bool editable)
{
    m_editable = editable;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < ColumnCount; ++c)
            if (QWidget *w = m_table->cellWidget(row, c))
                w->setEnabled(editable);
        setRule(row, rule(row)); // the check box's flags
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_reopenDays})
        w->setEnabled(editable);
}

void SlaRulesTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool SlaRulesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            for (int c = 0; c < ColumnCount; ++c)
                if (m_table->cellWidget(row, c) == watched)
                    m_table->setCurrentCell(row, c);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Huike
