#include "ui/importdialog.h"

#include "dataio/tablefile.h"
#include "models/customerimport.h"
#include "models/importpreviewmodel.h"
#include "models/modelerror.h"
#include "models/replicajob.h"
#include "ui/importhistorydialog.h"
#include "ui/jobprogress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QAction>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

using Field = ImportMapping::Field;
using Outcome = CustomerImport::Outcome;

// The preview's colours: the outcome in its colour, a cell with an error on light red.
class PreviewColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && !index.data(ImportPreviewModel::ErrorRole).toString().isEmpty())
            return QColor(0xfd, 0xe2, 0xe2);
        if (role == Qt::ForegroundRole
            && (index.column() == ImportPreviewModel::Outcome || index.column() == ImportPreviewModel::Details)) {
            switch (Outcome(index.data(ImportPreviewModel::OutcomeRole).toInt())) {
            case Outcome::Error: return QColor(0xb0, 0x1c, 0x1c);
            case Outcome::Skip: return QColor(0x66, 0x66, 0x66);
            case Outcome::Update: return QColor(0x1d, 0x4e, 0x89);
            case Outcome::Create: return QColor(0x1b, 0x6e, 0x20);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString settingsKey(const QStringList &headers)
{
    return u"import/mappings/"_s + ImportMapping::headerSetKey(headers);
}

} // namespace

ImportDialog::ImportDialog(Replica &replica, QWidget *parent)
    : QWizard(parent), m_replica(replica), m_import(std::make_unique<CustomerImport>(replica)), m_table(std::make_unique<TableFile>())
{
    setWindowTitle(tr("Import customers"));
    setObjectName(u"importDialog"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_preview = new ImportPreviewModel(*m_import, this);
    m_job = new ReplicaJob(replica, this);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(PreviewPage, buildPreviewPage());
    setPage(ResultPage, buildResultPage());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(960, 620);
}

ImportDialog::~ImportDialog() = default;

std::pair<QAction *, QAction *> ImportDialog::actions(Replica &replica, QWidget *window, const std::function<void()> &imported)
{
    auto *importCustomers = new QAction(tr("&Import customers…"), window);
    importCustomers->setObjectName(u"importCustomers"_s);
    connect(importCustomers, &QAction::triggered, window, [&replica, window, imported] {
        ImportDialog dialog(replica, window);
        connect(&dialog, &ImportDialog::imported, window, imported);
        dialog.exec();
    });
    auto *importHistory = new QAction(tr("Import &history…"), window);
    importHistory->setObjectName(u"importHistory"_s);
    connect(importHistory, &QAction::triggered, window, [&replica, window, imported] {
        ImportHistoryDialog dialog(replica, window);
        connect(&dialog, &ImportHistoryDialog::undone, window, imported);
        dialog.exec();
    });
    return {importCustomers, importHistory};
}

QWizardPage *ImportDialog::buildFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("An Excel or WPS workbook (.xlsx) or a text file (.csv, .txt) with one customer per row and the column names in the first row."));
    auto *form = new QFormLayout(page);
    m_file = new QLineEdit;
    m_file->setObjectName(u"importFile"_s);
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"importBrowse"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    m_sheet = new QComboBox;
    m_sheet->setObjectName(u"importSheet"_s);
    form->addRow(tr("&Sheet:"), m_sheet);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"importEncoding"_s);
    for (const auto e : {TextEncoding::Encoding::Utf8, TextEncoding::Encoding::Gb18030, TextEncoding::Encoding::Utf16LE,
                         TextEncoding::Encoding::Utf16BE})
        m_encoding->addItem(e == TextEncoding::Encoding::Gb18030 ? tr("GB18030 / GBK (Excel on Chinese Windows)") : TextEncoding::name(e),
                            int(e));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(u"importFileInfo"_s);
    m_fileInfo->setWordWrap(true);
    form->addRow(m_fileInfo);
    m_sheet->setEnabled(false);
    m_encoding->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), QString(),
                                                          tr("Spreadsheets and text (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_sheet, &QComboBox::activated, this, [this] { readFile(); });
    connect(m_encoding, &QComboBox::activated, this, [this] { readFile(); });
    return page;
}

QWizardPage *ImportDialog::buildMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What each column fills"));
    page->setSubTitle(tr("Suggested from the column names; change any. The choice is remembered for files with the same columns."));
    auto *layout = new QVBoxLayout(page);
    m_mappingTable = new QTableWidget(0, 3);
    m_mappingTable->setObjectName(u"importMapping"_s);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Import as")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mappingTable);
    m_mappingHint = new QLabel;
    m_mappingHint->setWordWrap(true);
    layout->addWidget(m_mappingHint);
    auto *reset = new QPushButton(tr("&Suggest again"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_import->setMapping(ImportMapping::guess(m_import->headers()));
        fillMapping();
    });
    layout->addWidget(reset, 0, Qt::AlignLeft);
    return page;
}

QWizardPage *ImportDialog::buildPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("Nothing is written yet. Fix the rows with errors in the file and open it again, or import the others: rows with errors are left out."));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_policy = new QComboBox;
    m_policy->setObjectName(u"importPolicy"_s);
    m_policy->addItem(tr("Skip them"), int(CustomerImport::OnDuplicate::Skip));
    m_policy->addItem(tr("Fill their empty fields"), int(CustomerImport::OnDuplicate::Fill));
    m_policy->addItem(tr("Overwrite their fields"), int(CustomerImport::OnDuplicate::Overwrite));
    auto *policyLabel = new QLabel(tr("Customers already &there:"));
    policyLabel->setBuddy(m_policy);
    bar->addWidget(policyLabel);
    bar->addWidget(m_policy);
    m_filter = new QComboBox;
    m_filter->setObjectName(u"importFilter"_s);
    m_filter->addItem(tr("All rows"), -1);
    for (const Outcome o : {Outcome::Create, Outcome::Update, Outcome::Skip, Outcome::Error})
        m_filter->addItem(CustomerImport::outcomeText(o), int(o));
    auto *filterLabel = new QLabel(tr("S&how:"));
    filterLabel->setBuddy(m_filter);
    bar->addSpacing(16);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    auto *report = new QPushButton(tr("Save &error report…"));
    report->setObjectName(u"importReport"_s);
    bar->addWidget(report);
    layout->addLayout(bar);
    m_counts = new QLabel;
    m_counts->setObjectName(u"importCounts"_s);
    layout->addWidget(m_counts);
    m_previewView = new QTableView;
    m_previewView->setObjectName(u"importPreview"_s);
    auto *colours = new PreviewColours(this);
    colours->setSourceModel(m_preview);
    m_previewView->setModel(colours);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_previewView, 1);
    connect(m_policy, &QComboBox::activated, this, [this] {
        m_import->setOnDuplicate(CustomerImport::OnDuplicate(m_policy->currentData().toInt()));
        refreshPreview();
    });
    connect(m_filter, &QComboBox::activated, this, [this] {
        const int v = m_filter->currentData().toInt();
        m_preview->setFilter(v < 0 ? std::nullopt : std::optional<Outcome>(Outcome(v)));
    });
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save error report"),
                                                          QFileInfo(m_path).completeBaseName() + tr("-errors") + u".xlsx"_s,
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveReport(path, &error))
            QMessageBox::warning(this, tr("Save error report"), error);
    });
    // A duplicate's own choice, over the one above.
    connect(m_previewView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_previewView->indexAt(at);
        const qsizetype row = m_preview->dataRow(index.row());
        if (row < 0 || m_preview->plan().rows[row].customerId.isEmpty() || m_preview->plan().rows[row].sameAsRow >= 0)
            return;
        QMenu menu(this);
        auto add = [&](const QString &text, std::optional<CustomerImport::OnDuplicate> policy) {
            connect(menu.addAction(text), &QAction::triggered, this, [this, row, policy] {
                if (policy)
                    m_import->setRowOnDuplicate(row, *policy);
                else
                    m_import->clearRowOnDuplicate(row);
                refreshPreview();
            });
        };
        add(tr("For this row: skip"), CustomerImport::OnDuplicate::Skip);
        add(tr("For this row: fill the empty fields"), CustomerImport::OnDuplicate::Fill);
        add(tr("For this row: overwrite"), CustomerImport::OnDuplicate::Overwrite);
        add(tr("For this row: as chosen above"), std::nullopt);
        menu.exec(m_previewView->viewport()->mapToGlobal(at));
    });
    return page;
}

QWizardPage *ImportDialog::buildResultPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Imported"));
    auto *layout = new QVBoxLayout(page);
    m_result = new QLabel;
    m_result->setObjectName(u"importResult"_s);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_kept = new QPlainTextEdit;
    m_kept->setReadOnly(true);
    m_kept->hide();
    layout->addWidget(m_kept, 1);
    m_undo = new QPushButton(tr("&Undo this import…"));
    m_undo->setObjectName(u"importUndo"_s);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Undo this import"),
                                  tr("Remove the customers and contacts this import created and put back the fields it changed? "
                                     "Records edited since are kept."))
            == QMessageBox::Yes)
            undoImport();
    });
    return page;
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_sheet->clear();
    m_table->sheets.clear();
    return readFile();
}

QString ImportDialog::fileError() const
{
    return m_table->error;
}

bool ImportDialog::readFile()
{
    TableReadOptions options;
    if (m_sheet->isEnabled() && m_sheet->currentIndex() >= 0)
        options.sheet = m_sheet->currentText();
    if (m_encoding->isEnabled() && m_encoding->currentIndex() >= 0)
        options.encoding = TextEncoding::Encoding(m_encoding->currentData().toInt());
    {
        QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0, 1000, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        *m_table = readTableFile(m_path, options, [&](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    }
    const bool xlsx = m_table->format == TableFile::Format::Xlsx;
    m_sheet->setEnabled(xlsx && m_table->error.isEmpty());
    if (xlsx && m_sheet->count() != m_table->sheets.size()) {
        m_sheet->clear();
        m_sheet->addItems(m_table->sheets);
        m_sheet->setCurrentText(m_table->sheet);
    }
    m_encoding->setEnabled(!xlsx && m_table->error.isEmpty());
    if (!xlsx)
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_table->encoding)));
    m_mappingFilled = false;
    if (!m_table->error.isEmpty()) {
        m_fileInfo->setText(u"<span style='color:#b01c1c'>%1</span>"_s.arg(m_table->error.toHtmlEscaped()));
        m_import->setSheet({}, {});
        return false;
    }
    const qsizetype rows = std::max<qsizetype>(0, m_table->rows.size() - 1);
    QString info = tr("%n row(s) of data.", nullptr, int(rows));
    if (!xlsx) {
        info += u' ' + tr("Read as %1 (detected; change it above if the text looks wrong).").arg(TextEncoding::name(m_table->encoding));
        if (m_table->invalidCharacters > 0)
            info += u' ' + tr("%n character(s) could not be read in this encoding.", nullptr, int(m_table->invalidCharacters));
    }
    if (!m_table->rows.isEmpty())
        info += u"\n"_s + tr("Columns: %1").arg(m_table->rows.first().join(u"  |  "_s));
    m_fileInfo->setText(info.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    m_import->setSheet(m_table->rows.value(0), m_table->rows.mid(1), m_table->lineNumbers.mid(1));
    // The mapping the user chose for these columns last time.
    const QString saved = QSettings().value(settingsKey(m_import->headers())).toString();
    if (!saved.isEmpty())
        m_import->setMapping(ImportMapping::fromText(saved, int(m_import->headers().size())));
    return rows > 0;
}

void ImportDialog::fillMapping()
{
    const QStringList &headers = m_import->headers();
    m_mappingTable->setRowCount(int(headers.size()));
    const ImportMapping &mapping = m_import->mapping();
    for (int c = 0; c < headers.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(headers[c]));
        QStringList examples;
        for (const QStringList &row : m_import->rows()) {
            const QString v = row.value(c).trimmed();
            if (!v.isEmpty() && !examples.contains(v))
                examples << v;
            if (examples.size() >= 3)
                break;
        }
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(examples.join(u"  ·  "_s)));
        auto *box = new QComboBox;
        box->setObjectName(u"importAs%1"_s.arg(c));
        box->addItem(ImportMapping::fieldCaption(Field::Ignore), QVariantList{int(Field::Ignore), 0});
        for (const Field f : ImportMapping::fields()) {
            if (ImportMapping().isContactField(f)) {
                // The first contact of a row plainly; the others by their number.
                for (int slot = 0; slot < 3; ++slot)
                    box->addItem(slot == 0 ? ImportMapping::fieldCaption(f)
                                           : tr("%1 (contact %2)").arg(ImportMapping::fieldCaption(f)).arg(slot + 1),
                                 QVariantList{int(f), slot});
            } else {
                box->addItem(ImportMapping::fieldCaption(f), QVariantList{int(f), 0});
            }
        }
        const ImportMapping::Column col = mapping.column(c);
        box->setCurrentIndex(std::max(0, box->findData(QVariantList{int(col.field), col.slot})));
        connect(box, &QComboBox::activated, this, [this] { applyMapping(); });
        m_mappingTable->setCellWidget(c, 2, box);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(2, 260);
    applyMapping();
}

void ImportDialog::applyMapping()
{
    ImportMapping mapping;
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        const auto *box = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(c, 2));
        const QVariantList v = box ? box->currentData().toList() : QVariantList();
        mapping.setColumn(c, {v.size() == 2 ? Field(v[0].toInt()) : Field::Ignore, v.size() == 2 ? v[1].toInt() : 0});
    }
    m_import->setMapping(mapping);
    const bool named = mapping.maps(Field::Name);
    m_mappingHint->setText(named ? QString()
                                 : u"<span style='color:#b01c1c'>%1</span>"_s.arg(
                                       tr("Choose the column that holds the customer names.").toHtmlEscaped()));
}

void ImportDialog::refreshPreview()
{
    CustomerImport::Plan plan;
    const bool done = runWithProgress(*m_job, this, tr("Checking the rows…"), [this, &plan](Replica &replica, ReplicaJob &job) {
        if (!m_jobImport)
            m_jobImport = std::make_unique<CustomerImport>(replica);
        m_jobImport->copySettings(*m_import);
        plan = m_jobImport->dryRun([&job](qint64 done, qint64 total) { return job.progress(done, total); });
    });
    if (!m_job->error().isEmpty())
        QMessageBox::warning(this, tr("Import customers"), m_job->error());
    else if (done && !plan.cancelled)
        m_preview->setPlan(std::move(plan));
    showCounts();
}

void ImportDialog::showCounts()
{
    // The result and its reason first, wide enough to read; the sheet's cells after them.
    m_previewView->setColumnWidth(ImportPreviewModel::Line, m_previewView->fontMetrics().horizontalAdvance(u"000000"_s));
    m_previewView->setColumnWidth(ImportPreviewModel::Outcome, m_previewView->fontMetrics().horizontalAdvance(u"结果结果"_s) + 16);
    m_previewView->setColumnWidth(ImportPreviewModel::Details, m_previewView->fontMetrics().horizontalAdvance(u"M"_s) * 32);
    const CustomerImport::Counts &c = m_preview->plan().counts;
    m_counts->setText(tr("%1 new, %2 to update, %3 skipped, %4 with errors").arg(c.created).arg(c.updated).arg(c.skipped).arg(c.errors));
}

void ImportDialog::initializePage(int id)
{
    if (id == MappingPage && !m_mappingFilled) {
        fillMapping();
        m_mappingFilled = true;
    } else if (id == PreviewPage) {
        m_policy->setCurrentIndex(m_policy->findData(int(m_import->onDuplicate())));
        refreshPreview();
    }
    QWizard::initializePage(id);
}

bool ImportDialog::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_path.isEmpty() || !m_table->error.isEmpty() || m_import->rows().isEmpty()) {
            QMessageBox::information(this, tr("Import customers"),
                                     m_table->error.isEmpty() ? tr("Choose a file with at least one row of data.") : m_table->error);
            return false;
        }
        return true;
    case MappingPage:
        applyMapping();
        if (!m_import->mapping().maps(Field::Name)) {
            QMessageBox::information(this, tr("Import customers"), tr("Choose the column that holds the customer names."));
            return false;
        }
        QSettings().setValue(settingsKey(m_import->headers()), m_import->mapping().toText());
        return true;
    case PreviewPage: {
        const CustomerImport::Counts &c = m_preview->plan().counts;
        if (c.created + c.updated == 0) {
            QMessageBox::information(this, tr("Import customers"), tr("No row would create or change a customer."));
            return false;
        }
        return runImport();
    }
    default:
        return true;
    }
}

bool ImportDialog::runImport()
{
    CustomerImport::Result r;
    const QString fileName = QFileInfo(m_path).fileName();
    runWithProgress(*m_job, this, tr("Importing…"), [this, &r, &fileName](Replica &replica, ReplicaJob &job) {
        if (!m_jobImport)
            m_jobImport = std::make_unique<CustomerImport>(replica);
        m_jobImport->copySettings(*m_import);
        r = m_jobImport->run(fileName, [&job](qint64 done, qint64 total) { return job.progress(done, total); });
    });
    if (r.error.isEmpty())
        r.error = m_job->error();
    m_batchId = r.batchId;
    if (r.rowsDone > 0 || !r.batchId.isEmpty())
        emit imported();
    QString text = tr("%1 customers created, %2 updated, %3 rows skipped, %4 rows with errors left out.")
                       .arg(r.counts.created)
                       .arg(r.counts.updated)
                       .arg(r.counts.skipped)
                       .arg(r.counts.errors);
    if (r.cancelled)
        text = tr("Cancelled: the first %1 of %2 rows were imported.").arg(r.rowsDone).arg(m_import->rows().size()) + u' ' + text;
    if (!r.error.isEmpty())
        text = r.error + u' ' + text;
    text += u' ' + tr("They go to the server with the next sync.");
    m_result->setText(text);
    m_undo->setEnabled(!r.batchId.isEmpty() && r.rowsDone > 0);
    return true;
}

bool ImportDialog::saveReport(const QString &path, QString *error)
{
    return CustomerImport::writeReport(*m_import, m_preview->plan(), path, error);
}

bool ImportDialog::undoImport()
{
    CustomerImport::UndoResult r;
    runWithProgress(
        *m_job, this, tr("Undoing the import…"),
        [this, &r](Replica &replica, ReplicaJob &) { r = CustomerImport::undo(replica, m_batchId); }, false);
    if (r.error.isEmpty())
        r.error = m_job->error();
    if (!r.error.isEmpty()) {
        QMessageBox::warning(this, tr("Undo this import"), r.error);
        return false;
    }
    m_result->setText(tr("Undone: %n record(s) removed or put back.", nullptr, int(r.undone))
                      + (r.kept.isEmpty() ? QString() : u' ' + tr("%n record(s) were kept:", nullptr, int(r.kept.size()))));
    m_kept->setPlainText(r.kept.join(u'\n'));
    m_kept->setVisible(!r.kept.isEmpty());
    m_undo->setEnabled(false);
    emit imported();
    return true;
}

} // namespace Huike
