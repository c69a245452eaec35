#pragma once

#include "core/contract.h"
#include "models/contractservice.h"
#include "models/paymentplanedits.h"
#include "ui/documenteditor.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

class QPrinter;

namespace Huike {

class AttachmentFetcher;
class AttachmentsPanel;
class DeliveriesTab;
class DeliveryDialog;
class InvoiceDialog;
class InvoicesTab;
class PaymentDialog;
class PaymentPlanTab;
class PaymentsTab;
class QuoteLinesModel;

// The contract editor (合同, FEATURES.md S4): header and parties, the lines copied from the
// accepted quote (or an amount typed for a contract from scratch), and the payment plan
// (回款计划) — instalments with due dates whose balance line (尾款) takes whatever the
// others leave, so the plan adds up exactly; the editor refuses to save a plan that does
// not. The status flow (submit for approval, approve = signed, execute, complete,
// terminate), payments (回款) against instalments with the balance left and overdue
// state (登记回款 in PaymentDialog), invoices (开票记录, InvoiceDialog) with what is left to
// invoice, deliveries (发货记录, DeliveryDialog) — these three once the contract is signed —
// attachments (附件, AttachmentsPanel), undo/redo, Ctrl+S, and the PDF. One widget per tab
// (PaymentPlanTab, the lines, PaymentsTab, InvoicesTab, DeliveriesTab, AttachmentsPanel);
// the shell (header, totals, undo, closing, the server's outcomes) is DocumentEditor's.
class ContractEditor : public DocumentEditor
{
    Q_OBJECT

public:
    // Opens a saved contract, or a new one made from `contract` (fromQuote / newContract).
    ContractEditor(ContractService &service, const Contract &contract, QWidget *parent = nullptr);

    const Contract &contract() const { return m_contract; }
    bool save() override;
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
    using SplitRemainder = PaymentPlanEdits::SplitRemainder;
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
    QTableView *planTable() const;
    QLabel *planSumLabel() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *invoiceTable() const;
    QTableWidget *deliveryTable() const;
    QLabel *invoicingLabel() const;
    QLabel *deliverySummaryLabel() const;
    QPushButton *payButton() const { return m_pay; }
    QPushButton *addInvoiceButton() const;
    QPushButton *addDeliveryButton() const;
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

protected:
    Texts texts() const override;
    QString documentId() const override { return m_contract.meta.id.toString(); }
    // The contract, its lines, instalments, payments, invoices or deliveries.
    bool isOwnRecord(const QString &table, const QString &recordId) override;
    bool reloadStored() override;
    QString reloadedText(bool stored) const override;

private:
    void build();
    void buildTabs();
    void connectFields();
    void load(const Contract &contract);
    void push(const Contract &after, const QString &text);
    void apply(const PaymentPlanEdits::Edit &edit);
    void showPlan();
    void showRecords(); // invoices and deliveries
    // Opens a payment, invoice or delivery dialog window-modal; `recorded` when it saved.
    void openRecordDialog(QDialog *dialog, const std::function<void()> &recorded);
    bool recordsAllowed() const; // saved and signed or later: payments, invoices, deliveries
    void refresh();
    void updateActions();

    ContractService &m_service;
    Contract m_contract; // as saved
    Contract m_shown;
    QLineEdit *m_title;
    QLineEdit *m_partyA;
    QLineEdit *m_partyB;
    QLineEdit *m_signDate;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_amount;
    QuoteLinesModel *m_linesModel;
    PaymentPlanTab *m_plan;
    PaymentsTab *m_payments;
    InvoicesTab *m_invoices;
    DeliveriesTab *m_deliveries;
    QTabWidget *m_tabs;
    AttachmentsPanel *m_attachments;
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
