#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Huike {

class DelegationClient;

// 审批代理: while the user is away (from–to, at most 90 days) a colleague decides the
// approval steps named after them. Set or cleared on the server at once (online only:
// offline the dialog says it needs the server); the replicas learn it with their pull.
class DelegationDialog : public QDialog
{
    Q_OBJECT

public:
    // `client` null: no server (a replica of its own) — the dialog says so.
    explicit DelegationDialog(DelegationClient *client, QWidget *parent = nullptr);

    QComboBox *delegateBox() const { return m_delegate; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *clearButton() const { return m_clear; }

    // Sends the delegation shown; false (the reason shown) when it was not set.
    bool apply();
    // Clears the delegation; false (the reason shown) when it was not cleared.
    bool clear();

signals:
    void changed();

private:
    void showCurrent();

    DelegationClient *m_client;
    QComboBox *m_delegate;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_current;
    QLabel *m_status;
    QPushButton *m_set;
    QPushButton *m_clear;
};

} // namespace Huike
