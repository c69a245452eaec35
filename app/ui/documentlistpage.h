#pragma once

#include "models/documentlist.h"
#include "syncclient/attachmentfetcher.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Huike {

class ContractEditor;
class ContractService;
class CustomerListModel;
class Database;
class QuoteEditor;
class QuoteService;
class Services;

// Which customer a new quote or contract is for: the customer list's search (name, short
// name, pinyin, phone digits) in a small dialog; Enter or a double click chooses.
class CustomerPicker : public QDialog
{
    Q_OBJECT

public:
    explicit CustomerPicker(Database &db, QWidget *parent = nullptr);
    ~CustomerPicker() override;

    // The customer chosen (the current row); empty when none.
    QString customerId() const;
    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    CustomerListModel *model() const { return m_model.get(); }

private:
    void search();
    void choose();

    std::unique_ptr<CustomerListModel> m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer *m_debounce;
};

// 报价 or 合同 in the navigation (FEATURES.md S3, S4): every quote or contract of the
// replica, newest first, with a status filter, a text filter (number, customer, title;
// Ctrl+F) and for contracts "due or overdue"; sort by any column. Enter or a double click
// opens the record in its editor, "New quote…" / "New contract…" asks for the customer
// first; the list follows what the editors save.
class DocumentListPage : public QWidget
{
    Q_OBJECT

public:
    DocumentListPage(DocumentList::Kind kind, Services &services, QWidget *parent = nullptr);
    ~DocumentListPage() override;

    DocumentList::Kind kind() const { return m_model->kind(); }
    DocumentList *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    QComboBox *statusBox() const { return m_status; }
    QCheckBox *dueBox() const { return m_due; } // null for quotes
    QPushButton *newButton() const { return m_new; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *countLabel() const { return m_count; }

    // Re-reads the list (after a sync or an edit elsewhere), keeping filter, sort and the
    // current record.
    void reload();
    void applyFilter();
    // 导出: the list as shown — its filter and sort, every row — to `path` (.xlsx, or .csv
    // in UTF-8 or in GB18030), with a progress dialog that can cancel; returns the rows
    // written, -1 when cancelled or failed. The button asks for the file first.
    qint64 exportTo(const QString &path, bool gb18030 = false);
    void exportWithDialog();

    // Opens the record of this page's kind in its editor (an open one comes to the front).
    QDialog *openDocument(const QString &id);
    // A saved quote, or a new one for `customerId` when `quoteId` is empty.
    QuoteEditor *openQuote(const QString &quoteId, const QString &customerId = {});
    // A saved contract, or a new one: from an accepted quote, else for `customerId`.
    ContractEditor *openContract(const QString &contractId, const QString &customerId = {},
                                 const QString &fromQuoteId = {});
    // Asks for the customer, then opens a new quote or contract for them.
    void newDocument();
    // Closes the editors opened here; each asks about unsaved changes first. False when
    // one stays open.
    bool closeEditors();
    // For the contract editors opened here: downloads attachments on demand.
    void setAttachmentFetcher(AttachmentFetcher *fetcher) { m_attachmentFetcher = fetcher; }

signals:
    // A quote or contract was saved in an editor opened here: lists refresh, sync soon.
    void documentSaved(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    template<typename Editor>
    Editor *findEditor(const QString &id) const;
    void editorSaved(const QString &id);
    void updateCount();
    void fitColumns();

    Services &m_services;
    std::unique_ptr<DocumentList> m_model;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<ContractService> m_contracts;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QCheckBox *m_due = nullptr;
    QPushButton *m_new;
    QPushButton *m_export;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_view;
    QTimer *m_debounce;
    bool m_shownOnce = false;
    QPointer<AttachmentFetcher> m_attachmentFetcher;
};

} // namespace Huike
