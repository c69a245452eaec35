#pragma once

#include "core/workcalendar.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Huike {

// 工作日历, the second tab of the service settings: the company's time zone, the working
// periods of a day ("09:00"–"12:00", typed; "24:00" ends a day), the working weekdays
// (Monday first), and two lists of dates — public holidays and 调休 workdays — each with a
// date box and Add / Remove. json() hands what is typed to WorkCalendar to judge.
class WorkCalendarTab : public QWidget
{
    Q_OBJECT

public:
    enum DateList { Holidays, Workdays };

    explicit WorkCalendarTab(QWidget *parent = nullptr);

    void setCalendar(const WorkCalendar &calendar);
    // The calendar as typed, as the setting's JSON ("service.calendar"); rows of the periods
    // left empty are skipped.
    QString json() const;
    void setEditable(bool editable);
    void showError(const QString &message);

    // Adds the date to the list (once, in order) / removes the selected one.
    void addDate(DateList list, QDate date);
    void removeDate(DateList list);
    QList<QDate> dates(DateList list) const;

    QComboBox *timeZoneBox() const { return m_zone; }
    QTableWidget *periodsTable() const { return m_periods; }
    QList<QCheckBox *> weekdayBoxes() const { return m_weekdays; }
    QListWidget *dateList(DateList list) const { return m_lists[list].view; }
    QDateEdit *dateEdit(DateList list) const { return m_lists[list].edit; }
    QLabel *errorLabel() const { return m_error; }

private:
    struct Dates
    {
        QListWidget *view = nullptr;
        QDateEdit *edit = nullptr;
        QPushButton *add = nullptr, *remove = nullptr;
    };
    QWidget *dateBox(DateList list, const QString &title, const QString &hint);
    void setDates(DateList list, const QList<QDate> &dates);

    QComboBox *m_zone = nullptr;
    QTableWidget *m_periods = nullptr;
    QPushButton *m_addPeriod = nullptr, *m_removePeriod = nullptr;
    QList<QCheckBox *> m_weekdays;
    Dates m_lists[2];
    QLabel *m_error = nullptr;
};

} // namespace Huike
