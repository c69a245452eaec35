#include "ui/workcalendartab.h"

#include "core/timestamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString weekdayName(int day)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Monday"),   QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Tuesday"),
        QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Wednesday"), QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Thursday"),
        QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Friday"),   QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Saturday"),
        QT_TRANSLATE_NOOP("Huike::WorkCalendarTab", "Sunday")};
    return WorkCalendarTab::tr(names[day - 1]);
}

// "2026-10-10 Saturday": a 调休 workday is a weekend date, the weekday says so at a glance.
QString dateText(QDate date)
{
    return Timestamp::dateToText(date) + u"  "_s + weekdayName(date.dayOfWeek());
}

QString timeText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkCalendarTab::WorkCalendarTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"calendarTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The working time service targets count in. Public holidays are days off whatever "
                               "their weekday; 调休 workdays are weekend days worked."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"timeZone"_s);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/') && !id.startsWith("Etc/"))
            zones << QString::fromLatin1(id);
    std::sort(zones.begin(), zones.end());
    m_zone->addItems(zones);
    m_zone->setToolTip(tr("The company's time zone, whatever this computer's is."));
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);

    m_periods = new QTableWidget(0, 2, this);
    m_periods->setObjectName(u"periods"_s);
    m_periods->setHorizontalHeaderLabels({tr("From"), tr("To")});
    m_periods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_periods->verticalHeader()->hide();
    m_periods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periods->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periods->setToolTip(tr("Times such as 09:00, in order; 24:00 ends the day."));
    m_periods->setMaximumHeight(m_periods->verticalHeader()->defaultSectionSize() * 5);
    m_addPeriod = new QPushButton(tr("Add &period"), this);
    m_removePeriod = new QPushButton(tr("Remove p&eriod"), this);
    connect(m_addPeriod, &QPushButton::clicked, this, [this] {
        const int row = m_periods->rowCount();
        m_periods->insertRow(row);
        m_periods->setItem(row, 0, new QTableWidgetItem);
        m_periods->setItem(row, 1, new QTableWidgetItem);
        m_periods->setCurrentCell(row, 0);
        m_periods->setFocus();
        m_periods->editItem(m_periods->item(row, 0));
    });
    connect(m_removePeriod, &QPushButton::clicked, this, [this] {
        if (const int row = m_periods->currentRow(); row >= 0)
            m_periods->removeRow(row);
    });
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periods, 1);
    auto *periodButtons = new QVBoxLayout;
    periodButtons->addWidget(m_addPeriod);
    periodButtons->addWidget(m_removePeriod);
    periodButtons->addStretch();
    periodRow->addLayout(periodButtons);
    auto *periodsLabel = new QLabel(tr("Working &hours:"), this);
    periodsLabel->setBuddy(m_periods);
    form->addRow(periodsLabel, periodRow);

    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(weekdayName(day), this);
        box->setObjectName(u"weekday%1"_s.arg(day));
        m_weekdays << box;
        days->addWidget(box);
    }
    days->addStretch();
    form->addRow(tr("Working days:"), days);
    layout->addLayout(form);

    auto *lists = new QHBoxLayout;
    lists->addWidget(dateBox(Holidays, tr("Public h&olidays (days off)"), tr("Dates off, e.g. 2026-10-01")));
    lists->addWidget(dateBox(Workdays, tr("调休 wor&kdays (weekend days worked)"), tr("Weekend dates worked, e.g. 2026-10-10")));
    layout->addLayout(lists, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"calendarError"_s);
    m_error->setStyleSheet(u"color: #c8102e"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

QWidget *WorkCalendarTab::dateBox(DateList list, const QString &title, const QString &hint)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    Dates &d = m_lists[list];
    d.view = new QListWidget(box);
    d.view->setObjectName(list == Holidays ? u"holidays"_s : u"workdays"_s);
    d.view->setToolTip(hint);
    d.edit = new QDateEdit(QDate::currentDate(), box);
    d.edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    d.edit->setCalendarPopup(true);
    d.add = new QPushButton(tr("Add"), box);
    d.remove = new QPushButton(tr("Remove"), box);
    connect(d.add, &QPushButton::clicked, this, [this, list] { addDate(list, m_lists[list].edit->date()); });
    connect(d.remove, &QPushButton::clicked, this, [this, list] { removeDate(list); });
    auto *row = new QHBoxLayout;
    row->addWidget(d.edit, 1);
    row->addWidget(d.add);
    row->addWidget(d.remove);
    layout->addWidget(d.view, 1);
    layout->addLayout(row);
    return box;
}

void WorkCalendarTab::setCalendar(const WorkCalendar &calendar)
{
    if (m_zone->findText(calendar.timeZoneId()) < 0)
        m_zone->addItem(calendar.timeZoneId());
    m_zone->setCurrentIndex(m_zone->findText(calendar.timeZoneId()));
    m_periods->setRowCount(0);
    for (const WorkCalendar::Period &p : calendar.periods()) {
        const int row = m_periods->rowCount();
        m_periods->insertRow(row);
        m_periods->setItem(row, 0, new QTableWidgetItem(timeText(p.startMinute)));
        m_periods->setItem(row, 1, new QTableWidgetItem(timeText(p.endMinute)));
    }
    const QList<int> weekdays = calendar.weekdays();
    for (int day = 1; day <= 7; ++day)
        m_weekdays[day - 1]->setChecked(weekdays.contains(day));
    setDates(Holidays, calendar.holidays());
    setDates(Workdays, calendar.workdays());
}

void WorkCalendarTab::setDates(DateList list, const QList<QDate> &dates)
{
    QListWidget *view = m_lists[list].view;
    view->clear();
    for (QDate date : dates) {
        auto *item = new QListWidgetItem(dateText(date), view);
        item->setData(Qt::UserRole, date);
    }
}

QList<QDate> WorkCalendarTab::dates(DateList list) const
{
    QList<QDate> out;
    const QListWidget *view = m_lists[list].view;
    for (int i = 0; i < view->count(); ++i)
        out << view->item(i)->data(Qt::UserRole).toDate();
    return out;
}

void WorkCalendarTab::addDate(DateList list, QDate date)
{
    if (!date.isValid())
        return;
    QList<QDate> all = dates(list);
    if (!all.contains(date)) {
        all << date;
        std::sort(all.begin(), all.end());
        setDates(list, all);
    }
    m_lists[list].view->setCurrentRow(int(all.indexOf(date)));
}

void WorkCalendarTab::removeDate(DateList list)
{
    QListWidget *view = m_lists[list].view;
    if (const int row = view->currentRow(); row >= 0)
        delete view->takeItem(row);
}

QString WorkCalendarTab::json() const
{
    QJsonArray periods;
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        const auto cell = [&](int c) { return m_periods->item(row, c) ? m_periods->item(row, c)->text().trimmed() : QString(); };
        if (!cell(0).isEmpty() || !cell(1).isEmpty())
            periods.append(QJsonArray{cell(0), cell(1)});
    }
    QJsonArray weekdays;
    for (int day = 1; day <= 7; ++day)
        if (m_weekdays[day - 1]->isChecked())
            weekdays.append(day);
    const auto dateArray = [this](DateList list) {
        QJsonArray a;
        for (QDate d : dates(list))
            a.append(Timestamp::dateToText(d));
        return a;
    };
    const QJsonObject o{{u"timeZone"_s, m_zone->currentText()},
                        {u"periods"_s, periods},
                        {u"weekdays"_s, weekdays},
                        {u"holidays"_s, dateArray(Holidays)},
                        {u"workdays"_s, dateArray(Workdays)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void WorkCalendarTab::setEditable(bool editable)
{
    m_periods->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                              | QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    QList<QWidget *> inputs{m_zone, m_addPeriod, m_removePeriod};
    for (QCheckBox *box : std::as_const(m_weekdays))
        inputs << box;
    for (const Dates &d : m_lists)
        inputs << d.edit << d.add << d.remove;
    for (QWidget *w : std::as_const(inputs))
        w->setEnabled(editable);
}

void WorkCalendarTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Huike
