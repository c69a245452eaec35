#pragma once

#include "core/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

class Replica;
class SlaRules;
class WorkCalendar;

// Service tickets (服务请求 / 投诉, FEATURES.md V1) over the replica: an agent or a rep logs
// a ticket for a customer, service staff hand it to someone, who starts it, suspends it
// with a reason and a date, resolves and closes it, escalates it to the next level, and
// enters the customer's rating — offline too: each move is an edit of its own in the
// outbox, so the server sees them in order and writes each into the history. The flow is
// TicketPolicy's (shared/core/ticketpolicy.h), asked here before writing; the SLA's due
// instants and stamps are the server's, and the time left is counted here from them on the
// company's working calendar. No widgets; every method throws ModelError when the replica
// cannot be read or written.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::TicketService)

public:
    struct Ticket
    {
        QString id; // empty until saved
        QString number;
        QString customerId, contactId, productId;
        QString assetId; // the asset (serial number) it is about; its product is the ticket's
        QString kind = QStringLiteral("consultation");
        QString channel = QStringLiteral("phone");
        QString priority = QStringLiteral("normal");
        QString subject, description;
        QString status = QStringLiteral("new");
        QString assigneeId;
        int level = 0;
        QString suspendReason;
        QDate resumeOn;
        QString resolution;
        QString stepNote; // the note of the latest move (the server files it in the history)
        int satisfaction = 0; // 0: not rated
        QString satisfactionComment;
        QString surveyToken;
        // The server's: when it was logged and its SLA.
        QDateTime createdAt, responseDue, resolutionDue, respondedAt, resolvedAt, closedAt, ratedAt;
        QDateTime suspendedSince; // while suspended: when the clock stopped
        bool responseBreached = false, resolutionBreached = false;
        QString createdBy;
        bool isOpen() const;
        friend bool operator==(const Ticket &, const Ticket &) = default;
    };

    // An SLA clock as shown: the working minutes left until its due instant (negative:
    // overdue), or stopped (answered / resolved, suspended), or not known yet (logged
    // offline: the server sets it when it receives the ticket).
    struct Clock
    {
        enum class State { Unknown, Running, Paused, Met, Missed };
        State state = State::Unknown;
        qint64 minutesLeft = 0;
        // Overdue by more than a week: the calendar days since it was due (the working
        // minutes of weeks are not counted out for a list).
        qint64 overdueDays = 0;
        QDateTime due;
        bool overdue() const { return state == State::Missed || (state == State::Running && minutesLeft < 0); }
    };

    struct Item
    {
        Ticket ticket;
        QString customerName;
        QString assigneeName;
        Clock response, resolution;
        // The clock that matters now: the first response until answered, then resolution.
        const Clock &due() const;
    };

    enum class View {
        Mine,       // assigned to me and open
        Team,       // open, assigned to anyone reporting to me (their managers' too), and me
        Unassigned, // open and nobody on it
        Overdue,    // open and past a due instant
        Open,       // every open ticket the replica holds
        All,        // every ticket, newest first
    };
    struct Filter
    {
        QString text;     // number, subject or customer name contains
        QString kind;     // "" any
        QString priority; // "" any
        QString status;   // "" any of the view's
    };

    struct Person
    {
        QString id;
        QString name;
    };
    struct Event
    {
        QDateTime at;
        QString action; // logged, assigned, started, … (the server's words)
        QString fromStatus, toStatus;
        QString by, assignee; // names
        int level = 0;
        QString note;
    };

    explicit TicketService(Replica &replica);
    // For the services the 服务 page opens beside the tickets (the service settings).
    Replica &replica() { return m_replica; }

    QList<Item> list(View view, const Filter &filter = {}, int limit = 500);
    // Tickets per status (closed ones not counted) and the number overdue, for the board's
    // headings and the status bar; the board shows list(…, {status}) per column.
    QHash<QString, int> countByStatus(View view, const Filter &filter = {});
    int overdueCount();

    std::optional<Ticket> load(const QString &id);
    Ticket newTicket(const QString &customerId);
    // Validates and writes what the ticket says (created with the next number of the
    // ticket series). Errors by field (subject, customerId…); empty when saved.
    ValidationErrors save(Ticket &ticket);

    // Moves, each its own edit; translated refusals, empty when done.
    QString assign(Ticket &ticket, const QString &assigneeId, const QString &note);
    QString start(Ticket &ticket, const QString &note = {});
    QString suspend(Ticket &ticket, const QString &reason, const QDate &resumeOn, const QString &note = {});
    QString resume(Ticket &ticket, const QString &note = {});
    QString resolve(Ticket &ticket, const QString &resolution, const QString &note = {});
    QString close(Ticket &ticket, const QString &note = {});
    QString reopen(Ticket &ticket, const QString &note);
    QString escalate(Ticket &ticket, const QString &note);
    QString rate(Ticket &ticket, int score, const QString &comment);
    QString remove(const QString &id);

    // What the user may do with the ticket now, as the server will judge it: the moves
    // ("assign", "start", "suspend", "resume", "resolve", "close", "reopen", "escalate",
    // "rate") and whether its content may be edited.
    QStringList allowedMoves(const Ticket &ticket);
    bool mayEdit(const Ticket &ticket);
    bool iServe();

    QList<Event> history(const QString &ticketId);
    // Who may be handed a ticket: active agents, managers, directors, administrators.
    QList<Person> assignees();
    QString customerName(const QString &customerId);
    QList<Person> contactsOf(const QString &customerId);
    QList<Person> products();
    // The customer's assets to choose from: "螺杆空压机 37kW · SN KY37-001", with the product
    // and whether each is in warranty on `day` (the day the ticket was logged).
    struct AssetChoice
    {
        QString id;
        QString text;
        QString productId;
        QString cover; // "In warranty until 2027-11-21", "Out of warranty (ended …)"
        bool covered = false;
    };
    QList<AssetChoice> assetsOf(const QString &customerId, const QDate &day);
    // The SLA clocks of a ticket at `nowUtc`, on the company's calendar (settings).
    Clock responseClock(const Ticket &ticket, const QDateTime &nowUtc);
    Clock resolutionClock(const Ticket &ticket, const QDateTime &nowUtc);
    // The customer's survey link (the server's address + the ticket's token), once closed.
    QString surveyLink(const Ticket &ticket, const QString &serverUrl);

    bool awaitsServer(const QString &id);
    QString refusalCode(const QString &id);

    static QString statusText(const QString &status);
    static QString kindText(const QString &kind);
    static QString priorityText(const QString &priority);
    static QString channelText(const QString &channel);
    static QString actionText(const QString &action);
    // "2 h 15 min left", "overdue by 1 h 5 min", "paused", "met"…
    static QString clockText(const Clock &clock);

private:
    Ticket fromRow(const QVariantMap &row);
    QString myRole();
    // Writes `changes` with the note of the move after asking TicketPolicy.
    QString move(Ticket &ticket, Ticket next, const QString &note);
    static Clock clock(const Ticket &t, const QDateTime &due, const QDateTime &stoppedAt, bool breached, const QDateTime &nowUtc,
                       const WorkCalendar &calendar, const SlaRules &rules);
    WorkCalendar calendar();
    SlaRules slaRules();

    Replica &m_replica;
};

} // namespace Huike
