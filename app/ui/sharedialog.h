#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

class OwnershipClient;
class PoolService;

// 共享… on the customer card (FEATURES.md C6): share the customer with a colleague or a
// department (its people and those of the departments below), read-only or editable; the
// current shares with whom and how, and revoke. Everything goes to the server at once
// (OwnershipClient); offline the dialog says it needs the server. The other replicas get
// (or lose) the card with their next pull.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    ShareDialog(OwnershipClient *client, PoolService &directory, const QString &customerId, const QString &customerName,
                const QString &userId, QWidget *parent = nullptr);

    // Reads the current shares from the server (when online).
    void reload();
    // Shares with the target chosen (index in target()) in the mode chosen; revokes the
    // selected share. True when the server did it.
    bool shareChosen();
    bool revokeSelected();

    QComboBox *target() const { return m_target; }
    QComboBox *mode() const { return m_mode; }
    QTableWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *shareButton() const { return m_share; }
    QPushButton *revokeButton() const { return m_revoke; }

private:
    void updateActions();
    void say(bool ok, const QString &text);

    QPointer<OwnershipClient> m_client;
    QString m_customerId;
    QComboBox *m_target;
    QComboBox *m_mode;
    QPushButton *m_share;
    QTableWidget *m_list;
    QPushButton *m_revoke;
    QLabel *m_status;
};

} // namespace Huike
