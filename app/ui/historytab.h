#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Huike {

class HistoryClient;
class HistoryService;
class Replica;

// The 历史 tab of the customer card and of the quote and contract editors (FEATURES.md
// P4): who changed which field when, from what to what — newest first, this user's
// changes not yet synced on top. What the replica holds shows at once (also offline);
// online, the newest page comes from the server each time the tab is shown and on
// Refresh, older ones with Load more. For a customer the list holds its records too, and
// can be filtered by kind of record. A line says what is shown (fetched at …, offline).
// The server is reached through the HistoryClient the main window set up
// (HistoryClient::nearest), or the one given; without one the tab reads the replica only.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    // `recordId` is asked each time the tab loads (a new record gets its id when saved).
    HistoryTab(Replica &replica, const QString &table, std::function<QString()> recordId, QWidget *parent = nullptr);
    ~HistoryTab() override;

    void setClient(HistoryClient *client);
    // Reads the replica again and, online, fetches the newest page.
    void refresh();
    void loadMore();
    // Waiting for the server's answer.
    bool isFetching() const { return m_fetching; }

    // For tests and keyboard users.
    QTreeWidget *list() const { return m_list; }
    QComboBox *kindFilter() const { return m_kinds; }
    QPushButton *loadMoreButton() const { return m_more; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *stateLabel() const { return m_state; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEntries();
    void fetched(const QString &table, const QString &recordId, int count, const QString &nextCursor);
    void failed(const QString &table, const QString &recordId, const QString &message, bool offline);
    HistoryClient *client();

    std::unique_ptr<HistoryService> m_service;
    QString m_table;
    std::function<QString()> m_recordId;
    QString m_shownId;
    QPointer<HistoryClient> m_client;
    bool m_clientSet = false;
    bool m_fetching = false;
    QString m_nextCursor;
    QString m_problem; // the last fetch's failure, for the state line
    bool m_offline = false;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_kinds = nullptr;
    QLabel *m_kindsLabel = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace Huike
