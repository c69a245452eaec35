#pragma once

#include "models/ticketservice.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;

namespace Huike {

class GlobalSearch;
class SearchService;

// A service ticket (服务请求 / 投诉, FEATURES.md V1): the agent logs what the customer asks or
// reports (kind, channel, priority, contact, product, subject, details), sees the SLA's time
// left live (red when overdue, paused while suspended), moves it on with the buttons the flow
// allows now (assign, start, suspend, resume, resolve, close, reopen, escalate, rating) —
// each asking what it needs and a note for the history — and reads its history. The
// customer's survey link is shown, to copy, once it is closed. Works offline: every save and
// move is an edit the next sync sends. Ctrl+Z / Ctrl+Shift+Z undo and redo field edits, Ctrl+S
// saves, Escape asks before unsaved changes are lost.
class TicketEditor : public QDialog
{
    Q_OBJECT

public:
    TicketEditor(TicketService &tickets, SearchService *search, QWidget *parent = nullptr);
    ~TicketEditor() override;

    void load(const TicketService::Ticket &ticket);
    const TicketService::Ticket &ticket() const { return m_ticket; }
    // The server's address, for the survey link.
    void setServerUrl(const QString &url);
    bool isModified() const;
    TicketService::Ticket state() const;
    void applyState(const TicketService::Ticket &state);

    bool save();
    // One of TicketService::allowedMoves(): saves unsaved edits, asks what the move needs
    // (TicketMoveDialog), then makes it. True when made.
    bool makeMove(const QString &move);
    QPushButton *moveButton(const QString &move) const;
    QLabel *statusLabel() const { return m_status; }
    QLabel *responseLabel() const { return m_response; }
    QLabel *resolutionLabel() const { return m_resolution; }
    QTableWidget *historyTable() const { return m_history; }

signals:
    void changed();

protected:
    void reject() override;

private:
    void build();
    void edited(const QString &what);
    void fillChoices();
    void updateClocks();
    void updateActions();
    void updateEditButtons();
    void fillHistory();
    void showMessage(const QString &text, bool error = true);

    TicketService &m_service;
    SearchService *m_search;
    TicketService::Ticket m_ticket; // as stored
    TicketService::Ticket m_shown;  // as the fields show it
    QString m_serverUrl;
    bool m_applying = false;
    QUndoStack *m_undo;
    QLabel *m_heading = nullptr;
    QLabel *m_customer = nullptr;
    GlobalSearch *m_customerSearch = nullptr;
    QComboBox *m_contact = nullptr, *m_product = nullptr, *m_kind = nullptr, *m_channel = nullptr, *m_priority = nullptr;
    QComboBox *m_asset = nullptr;
    QLabel *m_assetCover = nullptr; // in or out of warranty on the day the ticket was logged
    QList<TicketService::AssetChoice> m_assets;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_response = nullptr, *m_resolution = nullptr, *m_workflow = nullptr, *m_survey = nullptr;
    QPushButton *m_copySurvey = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QList<QPushButton *> m_moveButtons;
    QTableWidget *m_history = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr, *m_undoButton = nullptr, *m_redoButton = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Huike
