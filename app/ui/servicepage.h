#pragma once

#include "models/ticketservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace Huike {

class SearchService;

// 服务 (FEATURES.md V1): the service tickets a person works — mine, my team's, unassigned,
// overdue, every open one, all — filtered by text (number, subject, customer), kind and
// priority, as a list (the most urgent first, the SLA's time left live, overdue in red) or
// as a board by status with each column's count. New ticket, open (double-click or Enter).
// Read when shown and after a sync; the time left is counted again every minute.
class ServicePage : public QWidget
{
    Q_OBJECT

public:
    ServicePage(TicketService &tickets, SearchService *search, QWidget *parent = nullptr);

    void reload();
    void setView(TicketService::View view);
    void setBoard(bool board);
    void setServerUrl(const QString &url) { m_serverUrl = url; }
    // Opens the editor on a stored ticket, or on a new one (for the customer, when given).
    void open(const QString &id);
    void newTicket(const QString &customerId = {});
    // 服务设置: the SLA targets, working calendar and warranty periods (read-only unless an
    // administrator).
    void openSettings();

    QTableWidget *table() const { return m_table; }
    QList<QListWidget *> boardColumns() const { return m_columns; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *filterBox() const { return m_text; }

signals:
    // Something was written: the main window syncs soon.
    void changed();

private:
    QString selectedId() const;
    TicketService::Filter filter() const;
    void fillBoard();

    TicketService &m_service;
    SearchService *m_search;
    QString m_serverUrl;
    QList<TicketService::Item> m_items;
    QComboBox *m_view = nullptr, *m_kind = nullptr, *m_priority = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_listButton = nullptr, *m_boardButton = nullptr, *m_open = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QListWidget *> m_columns;
    QList<QLabel *> m_columnHeadings;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Huike
