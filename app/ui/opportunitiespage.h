#pragma once

#include "models/opportunityservice.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableWidget;

namespace Huike {

// One opportunity (商机): name, stage (its probability follows, editable), amount, expected
// close, competitors, next step, the reason when lost, and the stage history with the
// time spent in each stage. "New quote" hands over to the quote editor.
class OpportunityDialog : public QDialog
{
    Q_OBJECT

public:
    OpportunityDialog(OpportunityService &service, const Opportunity &opportunity, QWidget *parent = nullptr);

    const Opportunity &opportunity() const { return m_opportunity; }
    bool save();
    QComboBox *stageCombo() const { return m_stage; }
    QLineEdit *field(const QString &name) const;
    QTableWidget *historyTable() const { return m_history; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void saved(const QString &opportunityId);
    void quoteRequested(const QString &customerId, const QString &opportunityId);

private:
    void showHistory();

    OpportunityService &m_service;
    Opportunity m_opportunity;
    QLineEdit *m_name, *m_probability, *m_amount, *m_competitors, *m_nextStep, *m_lostReason;
    QComboBox *m_stage;
    QDateEdit *m_close;
    QTableWidget *m_history;
    QLabel *m_status;
};

// 商机 in the navigation: every opportunity this user sees, as a list or as a board with a
// column per stage. On the board an opportunity moves by dragging it to another column, or
// with Ctrl+→ / Ctrl+← to the next or previous stage; Enter or a double click opens it.
// Each card (framed) shows the name and "customer · ¥amount" on one line each: the names
// are elided to fit, the amount never; each column's heading counts its cards and adds
// their amounts (exact, in fen).
class OpportunitiesPage : public QWidget
{
    Q_OBJECT

public:
    // Load::WhenShown leaves the list to the first reload() (the main window's, when the
    // page is first shown).
    enum class Load { Now, WhenShown };
    explicit OpportunitiesPage(OpportunityService &service, QWidget *parent = nullptr, Load load = Load::Now);

    void reload();
    void showBoard(bool board);
    // Moves the board's current opportunity by `steps` stages (±1); false at either end.
    bool moveCurrent(int steps);
    QTableWidget *table() const { return m_table; }
    QList<QListWidget *> columns() const { return m_columns; }
    // Each column's heading: the stage, how many opportunities and their total.
    QList<QLabel *> columnTitles() const { return m_titles; }

signals:
    void openOpportunity(const QString &opportunityId);

private:
    void fillBoard();
    void fitCards(QListWidget *column);
    void dropped(QListWidget *column);
    bool eventFilter(QObject *watched, QEvent *event) override;

    OpportunityService &m_service;
    QList<SalesStage> m_stages;
    QList<OpportunityService::Item> m_items;
    QLineEdit *m_search;
    QComboBox *m_mode;
    QStackedWidget *m_views;
    QTableWidget *m_table;
    QList<QListWidget *> m_columns;
    QList<QLabel *> m_titles;
    bool m_filling = false;
};

} // namespace Huike
