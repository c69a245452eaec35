#pragma once

#include "contract.h"
#include "contractservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

class QPrinter;

namespace Huike {

class AttachmentFetcher;
class AttachmentsPanel;
class DeliveryDialog;
class InvoiceDialog;
class PaymentDialog;
class QuoteLinesModel;

// The contract editor (合同, FEATURES.md S4): header and parties, the lines copied from the
// accepted quote (or an amount typed for a contract from scratch), and the payment plan
// (回款计划) — instalments with due dates whose balance line (尾款) takes whatever the
// others leave, so the plan adds up exactly; the editor refuses to save a plan that does
// not. The status flow (submit for approval, approve = signed, execute, complete,
// terminate), payments (回款) against instalments with the balance left and overdue
// state (登记回款 in PaymentDialog), invoices (开票记录, InvoiceDialog) with what is left to
// invoice, deliveries (发货记录, DeliveryDialog) — these three once the contract is signed —
// attachments (附件, AttachmentsPanel), undo/redo, Ctrl+S, and the PDF.
class ContractEditor : public QDialog
{
    Q_OBJECT

public:
    // Opens a saved contract, or a new one made from `contract` (fromQuote / newContract).
    ContractEditor(ContractService &service, const Contract &contract, QWidget *parent = nullptr);
    ~ContractEditor() override;

    const Contract &contract() const { return m_contract; }
    bool isModified() const;
    bool save();
    bool changeStatus(ContractStatus to);

    // The plan, each change an undoable step; the balance line is recomputed after each.
    void setPlanAmount(int row, const QString &amount);
    void setPlanDueDate(int row, const QString &date);
    void addInstalment();
    void removeInstalment(int row);
    // Replaces the plan by parts in proportion ("30/60/10", percentages); false with a
    // message for bad input or when cancelled. Percentages that do not add up to 100 are
    // asked about (Ask): the rest of the amount as a balance line (below 100 only), spread
    // in proportion (Scale), or the plan kept (Cancel).
    enum class SplitRemainder { Ask, BalanceLine, Scale, Cancel };
    bool splitPlan(const QString &proportions, SplitRemainder remainder = SplitRemainder::Ask);
    void setSignDate(const QString &date);
    void setAmount(const QString &amount); // a contract without lines

    bool recordPayment(int planRow, const QString &paidOn, const QString &amount, const QString &reference);
    // The dialogs behind "Record payment…", "Add invoice…" and "Add delivery…", opened
    // window-modal (they delete themselves when closed); null with a message in the status
    // line while the contract is not signed yet.
    PaymentDialog *openPaymentDialog();
    InvoiceDialog *openInvoiceDialog();
    DeliveryDialog *openDeliveryDialog();
    bool exportPdf(const QString &path);
    // Print… (Ctrl+P) through the print dialog; print() for a printer already set up.
    void printWithDialog();
    void print(QPrinter *printer);

    // For tests and keyboard users.
    QTableWidget *planTable() const { return m_plan; }
    QLabel *planSumLabel() const { return m_planSum; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *totalsLabel() const { return m_totals; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *invoiceTable() const { return m_invoices; }
    QTableWidget *deliveryTable() const { return m_deliveries; }
    QLabel *invoicingLabel() const { return m_invoicing; }
    QLabel *deliverySummaryLabel() const { return m_deliverySummary; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *addInvoiceButton() const { return m_addInvoice; }
    QPushButton *addDeliveryButton() const { return m_addDelivery; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    // Downloads attachments not on this computer yet (the main window's; none in tests).
    void setAttachmentFetcher(AttachmentFetcher *fetcher);
    // Brings the attachments tab forward with that attachment selected.
    void showAttachment(const QString &attachmentId);

    // The undo commands' view of the editor.
    Contract state() const;
    void applyState(const Contract &state);

signals:
    void saved(const QString &contractId);

public slots:
    void done(int result) override;
    // A conflict or refusal the server sent back (OutcomeFeed::recorded): when it is about
    // this contract, its lines, instalments, payments, invoices or deliveries, show the stored
    // contract again — asking first when there are unsaved edits — and say what happened.
    void followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code);

private:
    void build();
    void reloadStored(const QString &what);
    void load(const Contract &contract);
    void push(const Contract &after, const QString &text);
    void showPlan();
    SplitRemainder askSplitRemainder(const QString &proportions, qint64 total);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showRecords(); // invoices and deliveries
    bool recordsAllowed() const; // saved and signed or later: payments, invoices, deliveries
    void refresh();
    void updateActions();

    ContractService &m_service;
    Contract m_contract; // as saved
    Contract m_shown;
    bool m_applying = false;
    QUndoStack *m_undo;
    QLabel *m_header;
    QLineEdit *m_title;
    QLineEdit *m_partyA;
    QLineEdit *m_partyB;
    QLineEdit *m_signDate;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_amount;
    QuoteLinesModel *m_linesModel;
    QTableView *m_lines;
    QLabel *m_totals;
    QTableWidget *m_plan;
    QLabel *m_planSum;
    QTableWidget *m_payments;
    QTabWidget *m_tabs;
    QTableWidget *m_invoices;
    QLabel *m_invoicing;
    QPushButton *m_addInvoice;
    QTableWidget *m_deliveries;
    QLabel *m_deliverySummary;
    QPushButton *m_addDelivery;
    AttachmentsPanel *m_attachments;
    QLabel *m_status;
    QList<QPushButton *> m_planButtons;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_execute;
    QPushButton *m_complete;
    QPushButton *m_terminate;
    QPushButton *m_pay;
    QPushButton *m_pdf;
    QPushButton *m_print;
};

} // namespace Huike
