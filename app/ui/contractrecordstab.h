#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Huike {

struct Contract;
class ContractService;

// A tab of the contract editor listing records of the contract (invoices, deliveries): a
// summary line, the records (read-only, one per row), an "Add…" button.
class ContractRecordsTab : public QWidget
{
    Q_OBJECT

public:
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    // Shows the contract's records; `allowed` once it is signed (else the summary says so).
    virtual void showRecords(const Contract &contract, ContractService &service, bool allowed) = 0;

protected:
    ContractRecordsTab(const QStringList &headers, int stretch, const QString &addText, QWidget *parent);
    static QTableWidgetItem *textItem(const QString &text, bool right = false);

private:
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_add;
};

} // namespace Huike
