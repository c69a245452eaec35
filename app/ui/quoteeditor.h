#pragma once

#include "quote.h"
#include "quoteservice.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QUndoStack;

class QPrinter;

namespace Huike {

// The lines of a quote as a table: description, unit, quantity, unit price, discount %,
// VAT rate typed; net, tax and gross computed by shared/core Pricing as you type.
class QuoteLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Unit, Quantity, UnitPrice, Discount, VatRate, Net, Tax, Gross, ColumnCount };

    explicit QuoteLinesModel(QObject *parent = nullptr);
    void setQuote(const Quote &quote); // lines, tax mode, currency
    const QList<LineItem> &lines() const { return m_lines; }
    void setTaxMode(TaxMode mode);
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Edits go through the editor's undo stack (editRequested); applyEdit does the change.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    bool applyEdit(int row, int column, const QString &text);
    // Why the text typed in that cell is refused, translated; empty when it is fine.
    static QString checkCell(int column, const QString &text);

signals:
    void editRequested(int row, int column, const QString &text);

private:
    void compute(LineItem &line) const;
    QList<LineItem> m_lines;
    TaxMode m_mode = TaxMode::Exclusive;
    QString m_currency = QStringLiteral("CNY");
    bool m_editable = true;
};

// The quote editor (报价单, FEATURES.md S3): header, lines from the product catalogue or
// free text, totals and 大写金额 live as you type, undo/redo of every change, save in one
// transaction (Ctrl+S), and the status flow: ask for a manager's approval when a discount
// is above the threshold, mark as sent, accepted or rejected, make a new revision, and
// export the PDF (with or without prices).
class QuoteEditor : public QDialog
{
    Q_OBJECT

public:
    // An empty quoteId opens a new quote for the customer (and opportunity).
    QuoteEditor(QuoteService &service, const QString &quoteId, const QString &customerId,
                const QString &opportunityId = {}, QWidget *parent = nullptr);
    ~QuoteEditor() override;

    const Quote &quote() const { return m_quote; }
    bool isModified() const;
    bool save();
    // Status changes, as the buttons do them; false (with the reason shown) when refused —
    // by the server's own rules (shared/core/pipelinepolicy.h), before anything is saved.
    bool changeStatus(QuoteStatus to);
    // The code of the last refusal of changeStatus (approval_required …); empty if none.
    QString lastRefusal() const { return m_refusalCode; }
    // 标记为已发送 as the button does it: a discount that needs approval offers to ask.
    void send();
    bool requestApproval(const QString &reason);
    void newRevision();
    bool exportPdf(const QString &path, bool withPrices);
    // Print… (Ctrl+P): the print dialog with a "without prices" option; print() itself
    // for a printer already set up (tests print to a PDF file).
    void printWithDialog();
    void print(QPrinter *printer, bool withPrices);

    // For tests and keyboard users.
    QuoteLinesModel *linesModel() const { return m_model; }
    QTableView *linesView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *amountInWords() const { return m_words; }
    QLabel *statusLabel() const { return m_status; }
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

public slots:
    void done(int result) override;
    // A conflict or refusal the server sent back (OutcomeFeed::recorded): when it is about
    // this quote, its lines or its approval, show the stored quote again — asking first
    // when there are unsaved edits — and say what happened.
    void followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code);

private:
    void build();
    void load(const Quote &quote);
    void refresh();
    void updateTotals();
    void updateActions();
    void reloadStored(const QString &what);

    QuoteService &m_service;
    Quote m_quote; // as saved
    Quote m_shown; // header as shown (lines live in the model)
    bool m_applying = false;
    QString m_refusalCode;
    QuoteLinesModel *m_model;
    QTableView *m_view;
    QUndoStack *m_undo;
    QLineEdit *m_title;
    QComboBox *m_taxMode;
    QDateEdit *m_validUntil;
    QPlainTextEdit *m_terms;
    QComboBox *m_product;
    QLabel *m_header;
    QLabel *m_totals;
    QLabel *m_words;
    QLabel *m_approval;
    QLabel *m_status;
    QPushButton *m_addProduct;
    QPushButton *m_addFree;
    QPushButton *m_removeLine;
    QPushButton *m_save;
    QPushButton *m_ask;
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
