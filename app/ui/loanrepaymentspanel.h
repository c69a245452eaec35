#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

class LoanRepayments;
class Money;

// A loan's repayments (借款还款): what came back in cash or by bank, beside what claims set
// against it and what is left. Finance records a repayment (the amount left offered, today,
// bank or cash, a note) and removes a wrong one; the borrower and approvers read them.
class LoanRepaymentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Date, Amount, Method, Note, RecordedBy, ColumnCount };

    explicit LoanRepaymentsPanel(LoanRepayments &service, QWidget *parent = nullptr);

    // An empty id (a loan not saved yet) shows nothing.
    void setLoan(const QString &loanId);
    void reload();

    // The actions behind the buttons, for tests and scripts: false with the refusal shown.
    bool record(const Money &amount, const QString &receivedOn, const QString &method, const QString &note);
    bool removeAt(int row);

    QTableWidget *table() const { return m_table; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // A local edit: sync soon.
    void changed();

private:
    // Runs a write (a translated refusal, empty when done): the list read again and `done`
    // said, or the refusal shown.
    bool apply(const std::function<QString()> &write, const QString &done);
    void askAndRecord();
    void askAndRemove();

    LoanRepayments &m_service;
    QString m_loanId;
    QLabel *m_figures;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_record;
    QPushButton *m_remove;
};

} // namespace Huike
