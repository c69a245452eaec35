#pragma once

#include "core/quote.h"
#include "models/quotelinesmodel.h"
#include "models/quoteservice.h"
#include "ui/documenteditor.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

class QPrinter;

namespace Huike {

// The quote editor (报价单, FEATURES.md S3): header, lines from the product catalogue or
// free text, totals and 大写金额 live as you type, undo/redo of every change, save in one
// transaction (Ctrl+S), and the status flow: ask for a manager's approval when a discount
// is above the threshold, mark as sent, accepted or rejected, make a new revision, and
// export the PDF (with or without prices). The shell (header, totals, undo, closing,
// the server's outcomes) is DocumentEditor's.
class QuoteEditor : public DocumentEditor
{
    Q_OBJECT

public:
    // An empty quoteId opens a new quote for the customer (and opportunity).
    QuoteEditor(QuoteService &service, const QString &quoteId, const QString &customerId,
                const QString &opportunityId = {}, QWidget *parent = nullptr);

    const Quote &quote() const { return m_quote; }
    bool save() override;
    // Status changes, as the buttons do them; false (with the reason shown) when refused —
    // by the server's own rules (shared/core/pipelinepolicy.h), before anything is saved.
    bool changeStatus(QuoteStatus to);
    // The code of the last refusal of changeStatus (approval_required …); empty if none.
    QString lastRefusal() const { return m_refusalCode; }
    // 标记为已发送 as the button does it: a discount that needs approval offers to ask.
    void send();
    bool requestApproval(const QString &reason);
    // Withdraws the pending discount request (the user's): the lines can change again.
    bool withdrawApproval();
    QPushButton *withdrawButton() const { return m_withdraw; }
    void newRevision();
    bool exportPdf(const QString &path, bool withPrices);
    // Print… (Ctrl+P): the print dialog with a "without prices" option; print() itself
    // for a printer already set up (tests print to a PDF file).
    void printWithDialog();
    void print(QPrinter *printer, bool withPrices);

    // For tests and keyboard users.
    QuoteLinesModel *linesModel() const { return m_model; }
    QTableView *linesView() const { return m_view; }
    QLabel *amountInWords() const { return m_words; }
    QLabel *approvalLabel() const { return m_approval; }
    QComboBox *taxModeCombo() const { return m_taxMode; }
    QComboBox *productCombo() const { return m_product; }
    void addProductLine(int productIndex);
    void addFreeLine();
    void removeLine(int row);
    void setQuantity(int row, const QString &text) { m_model->setData(m_model->index(row, QuoteLinesModel::Quantity), text, Qt::EditRole); }

    // Used by the undo commands: the whole editable state.
    Quote state() const;
    void applyState(const Quote &state);

signals:
    void saved(const QString &quoteId);
    // "Make the contract" on an accepted quote.
    void contractRequested(const QString &quoteId);

protected:
    Texts texts() const override;
    QString documentId() const override { return m_quote.meta.id.toString(); }
    // The quote, its lines or its approval.
    bool isOwnRecord(const QString &table, const QString &recordId) override;
    bool reloadStored() override;
    QString reloadedText(bool stored) const override;

private:
    std::optional<Approval> askedApproval(); // the pending discount request of this quote
    void build();
    void connectFields();
    void load(const Quote &quote);
    void refresh();
    void updateTotals();
    void updateActions();
    void push(const Quote &before, const Quote &after, const QString &text);

    QuoteService &m_service;
    Quote m_quote; // as saved
    Quote m_shown; // header as shown (lines live in the model)
    QString m_refusalCode;
    QuoteLinesModel *m_model;
    QTableView *m_view;
    QLineEdit *m_title;
    QComboBox *m_taxMode;
    QDateEdit *m_validUntil;
    QPlainTextEdit *m_terms;
    QComboBox *m_product;
    QLabel *m_words;
    QLabel *m_approval;
    QPushButton *m_addProduct;
    QPushButton *m_addFree;
    QPushButton *m_removeLine;
    QPushButton *m_save;
    QPushButton *m_ask;
    QPushButton *m_withdraw;
    QPushButton *m_send;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_revise;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QPushButton *m_contract;
    QList<Product> m_products;
};

} // namespace Huike
