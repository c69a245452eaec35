#pragma once

#include "core/activity.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Huike {

// A record's columns by name: the same type as shared/schema/rows.h's Row (models link the
// schema privately; their headers do not include it).
using Row = QVariantMap;

class Replica;

// The customer's 360° view (FEATURES.md C2) and its activities (W1) over the replica:
// headline figures, a timeline of every related record newest first, activities with
// next steps, and the reminders those next steps make on their due day.
class Customer360
{
public:
    explicit Customer360(Replica &replica);
    Replica &replica() { return m_replica; }

    struct Figures
    {
        qint64 lifetimeRevenueFen = 0; // all payments received
        qint64 receivablesFen = 0;     // signed and running contracts less what was paid on them
        qint64 openPipelineFen = 0;    // open opportunities
        QString lastContact;           // the latest activity's time (timestamp text), or empty
        int contracts = 0;
        int openOpportunities = 0;
        int openTickets = 0;    // service tickets not resolved or closed
        int overdueTickets = 0; // of those, past a due instant of their SLA (not suspended)
        int assets = 0;           // in use (设备)
        int assetsInWarranty = 0; // of those, in warranty today
    };

    struct Entry
    {
        QString table; // "activities", "contacts", "opportunities", "quotes", "contracts", "payments", "invoices",
                       // "deliveries"
        QString id;
        QString when;  // date or timestamp text; entries sort by it, newest first
        QString title;
        QString detail;
        std::optional<qint64> amountFen;
    };

    struct Reminder
    {
        enum class Kind {
            NextStep,    // an activity's next step, due on the day or overdue
            Instalment,  // an instalment of a signed contract not paid in full, due soon
            ContractEnd, // a signed or running contract ending soon (or ended, not completed)
            Ticket,      // a service ticket of this user's past its SLA's due instant
        };
        Kind kind = Kind::NextStep;
        QString activityId; // next step
        QString customerId;
        QString customerName;
        QString nextStep;   // next step: its text
        QString due;        // date text: the next step's, the instalment's, the contract's end
        QString contractId; // instalment, contract end
        QString contractNumber;
        int instalment = 0;   // the plan line's number
        qint64 outstandingFen = 0; // instalment: its amount less what was paid against it
        QString ticketId;          // ticket (its number in contractNumber's place: ticketNumber)
        QString ticketNumber;
    };

    Figures figures(const QString &customerId);
    QList<Entry> timeline(const QString &customerId);
    std::optional<Row> record(const QString &table, const QString &id);
    // An activity's record (record("activities", id)) as its value.
    static Activity activityOf(const Row &record);

    // The kinds of the timeline in display order, and their translated names.
    static QStringList kinds();
    static QString kindLabel(const QString &table);
    static QString stageLabel(const QString &stage);

    // Writes a new or changed activity (one transaction with its outbox entry). Returns
    // the errors; empty when saved.
    ValidationErrors saveActivity(Activity &activity); // throws ModelError
    // This user's next steps (the ones they wrote) due on `day` or before and not done,
    // oldest first (at most 500).
    // What is due on `day`, earliest first: this user's next steps due then or before;
    // instalments of their signed or running contracts not paid in full and due within
    // the lead time (setting reminders.instalment_days, 7) or overdue; their contracts
    // ending within reminders.contract_end_days (30) or ended and not yet completed. A
    // clerk's are all the contracts in the replica (those of the departments they serve).
    // The open service tickets assigned to this user and past a due instant of their SLA
    // (not while suspended): the date is the due instant's (nextStep: the subject).
    // Those due on `day` or before (a few days ahead for instalments and contract ends),
    // without the ones set aside on this machine.
    QList<Reminder> reminders(const QDate &day); // throws ModelError
    void markDone(const QString &activityId); // throws ModelError
    // Setting a reminder aside, on this machine only (the replica's local state; nothing
    // is synced, the next step, instalment or contract stays as it is): dismissed for good
    // (已处理), or snoozed until a day. A reminder whose date moves comes back.
    void dismissReminder(const Reminder &reminder); // throws ModelError
    void snoozeReminder(const Reminder &reminder, const QDate &until); // throws ModelError
    static QString reminderKey(const Reminder &reminder);

private:
    Replica &m_replica;
};

// The timeline as a table for the view: date, kind, title, detail, amount; filterable by
// kind.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Title, Detail, Amount, ColumnCount };
    enum Role { TableRole = Qt::UserRole + 1, IdRole };

    explicit TimelineModel(QObject *parent = nullptr);
    void setEntries(QList<Customer360::Entry> entries);
    // Only these kinds (tables); empty = all.
    void setKinds(const QSet<QString> &kinds);
    const Customer360::Entry &entry(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<Customer360::Entry> m_all;
    QList<Customer360::Entry> m_shown;
    QSet<QString> m_kinds;
};

} // namespace Huike
