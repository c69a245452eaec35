#pragma once

#include "models/ticketservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Huike {

// What one move of a service ticket asks before it is made (FEATURES.md V1): who takes it
// (分派), why it waits and until when (挂起), how it was solved (解决), the customer's rating
// (满意度), and for every move the note that goes into the ticket's history. Only the fields
// the move needs are shown; OK stays off until the required ones are filled in.
class TicketMoveDialog : public QDialog
{
    Q_OBJECT

public:
    // `move` is one of TicketService::allowedMoves().
    TicketMoveDialog(const QString &move, const TicketService::Ticket &ticket, const QList<TicketService::Person> &assignees,
                     QWidget *parent = nullptr);

    QString assigneeId() const;
    QString reason() const;
    QDate resumeOn() const;
    QString resolution() const;
    int score() const;
    QString note() const;
    // The move's caption ("Assign…", "Suspend…") for buttons and titles.
    static QString caption(const QString &move);

private:
    void updateOk();

    QString m_move;
    QComboBox *m_assignee = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_resumeOn = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QSpinBox *m_score = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Huike
