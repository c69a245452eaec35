#pragma once

#include <QWizard>

#include <functional>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Huike {

class CustomerImport;
class ImportPreviewModel;
class Replica;
class ReplicaJob;
struct TableFile;

// 客户导入 (FEATURES.md C5): a customer list from Excel, WPS or a .csv file into the
// replica, in four steps — the file (its sheet, or its encoding with the guess shown),
// what each column fills (suggested from the headers, remembered for the same headers),
// the dry run (what every row will do, filters by outcome, a row's own choice for a
// duplicate, the error report), then the import with progress and cancel, and its undo.
// The dry run, the import and the undo work on a thread of their own (ReplicaJob): the
// window paints and answers, behind a window-modal progress dialog.
// The records sync like any edit; the batch is in Customers › Import history.
class ImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, ResultPage };

    explicit ImportDialog(Replica &replica, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // 导入客户… and 导入历史… for the window's menu: each opens its dialog over `window`;
    // `imported` runs after an import or an undo (what they wrote syncs like any edit).
    static std::pair<QAction *, QAction *> actions(Replica &replica, QWidget *window, const std::function<void()> &imported);

    // Reads a file as the Browse button would (tests, a file dropped on the window).
    bool openFile(const QString &path);
    QString fileError() const;

    CustomerImport &import() { return *m_import; }
    ImportPreviewModel *preview() const { return m_preview; }
    QComboBox *sheetBox() const { return m_sheet; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *policyBox() const { return m_policy; }
    QComboBox *filterBox() const { return m_filter; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableView *previewView() const { return m_previewView; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *undoButton() const { return m_undo; }
    QString batchId() const { return m_batchId; }
    ReplicaJob *job() const { return m_job; }
    // Writes the error report of the dry run (the button asks for the file).
    bool saveReport(const QString &path, QString *error);
    // Undoes the batch just imported (the button asks first).
    bool undoImport();

signals:
    // Records were written or taken back: the lists re-read.
    void imported();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildPreviewPage();
    QWizardPage *buildResultPage();
    bool readFile(); // with the sheet and encoding chosen
    void fillMapping();
    void applyMapping();
    void refreshPreview();
    void showCounts();
    bool runImport();

    Replica &m_replica;
    std::unique_ptr<CustomerImport> m_import;
    // The dry run, the import and the undo run on the job's thread and connection, on
    // m_jobImport (made there, given m_import's sheet and choices each time).
    ReplicaJob *m_job = nullptr;
    std::unique_ptr<CustomerImport> m_jobImport;
    std::unique_ptr<TableFile> m_table;
    ImportPreviewModel *m_preview = nullptr;
    QString m_path;
    QString m_batchId;
    bool m_mappingFilled = false;
    // File page
    QLineEdit *m_file = nullptr;
    QComboBox *m_sheet = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_fileInfo = nullptr;
    // Mapping page
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingHint = nullptr;
    // Preview page
    QComboBox *m_policy = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_previewView = nullptr;
    // Result page
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_kept = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace Huike
