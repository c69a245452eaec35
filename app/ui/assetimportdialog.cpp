#include "ui/assetimportdialog.h"

#include "dataio/tablefile.h"
#include "models/modelerror.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Progress on a dialog that keeps the window alive; false once cancelled.
AssetImport::Progress progressOn(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        dialog.setValue(int(std::min<qint64>(done, INT_MAX)));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace

AssetImportDialog::AssetImportDialog(Replica &replica, QWidget *parent)
    : QDialog(parent), m_replica(replica), m_file(new QLineEdit(this)), m_table(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_import(new QPushButton(tr("&Import the rows that are right"), this))
{
    setWindowTitle(tr("Import assets"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A register of serial numbers: .xlsx or .csv"));
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *hint = new QLabel(tr("Columns are recognised by their headers: 客户名称 or 统一社会信用代码, 产品编码 or 产品名称, 序列号, "
                               "and if there are: 合同编号, 交付日期, 开票日期, 安装地点, 状态, 备注."),
                            this);
    hint->setWordWrap(true);
    m_table->setObjectName(u"rows"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Customer"), tr("Product"), tr("Serial number"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_import->setObjectName(u"import"_s);
    m_import->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 80, fontMetrics().height() * 32);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import assets"), QString(),
                                                          tr("Tables (*.xlsx *.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const int n = importRows();
        if (n > 0)
            QMessageBox::information(this, tr("Import assets"),
                                     tr("%n asset(s) imported; they go to the server with the next sync.", nullptr, n));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AssetImportDialog::~AssetImportDialog() = default;

bool AssetImportDialog::openFile(const QString &path)
{
    m_file->setText(path);
    m_plan = {};
    m_import->setEnabled(false);
    m_table->setRowCount(0);
    const TableFile file = readTableFile(path);
    if (!file.error.isEmpty() || file.rows.isEmpty()) {
        m_summary->setText(file.error.isEmpty() ? tr("The file has no rows.") : file.error);
        return false;
    }
    m_importer = std::make_unique<AssetImport>(m_replica);
    m_importer->setSheet(file.rows.first(), file.rows.mid(1), file.lineNumbers.mid(1));
    if (const QStringList missing = m_importer->missingColumns(); !missing.isEmpty()) {
        m_summary->setText(tr("The sheet has no column for %1.").arg(missing.join(tr("; "))));
        return false;
    }
    QProgressDialog progress(tr("Checking the rows…"), tr("Cancel"), 0, int(file.rows.size()), this);
    progress.setMinimumDuration(500);
    try {
        m_plan = m_importer->dryRun(progressOn(progress));
    } catch (const ModelError &e) {
        m_summary->setText(e.message());
        return false;
    }
    showPlan();
    return true;
}

void AssetImportDialog::showPlan()
{
    m_table->setRowCount(int(m_plan.rows.size()));
    const auto cell = [](const QString &text) { return new QTableWidgetItem(text); };
    const auto column = [&](AssetImport::Field f) { return int(m_importer->columns().indexOf(f)); };
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const AssetImport::RowPlan &rp = m_plan.rows.at(r);
        const QStringList &row = m_importer->rows().at(r);
        const auto text = [&](AssetImport::Field a, AssetImport::Field b) {
            const int c = column(a) >= 0 ? column(a) : column(b);
            return c >= 0 ? row.value(c).trimmed() : QString();
        };
        m_table->setItem(r, 0, cell(QString::number(m_importer->lineNumber(r))));
        m_table->setItem(r, 1, cell(text(AssetImport::Field::Customer, AssetImport::Field::CreditCode)));
        m_table->setItem(r, 2, cell(text(AssetImport::Field::ProductCode, AssetImport::Field::ProductName)));
        m_table->setItem(r, 3, cell(rp.asset.serialNumber));
        auto *result = cell(rp.errors.isEmpty() ? tr("ready") : rp.errors.join(tr("; ")));
        if (!rp.errors.isEmpty())
            result->setForeground(QColor(0xc8, 0x10, 0x2e));
        m_table->setItem(r, 4, result);
    }
    m_summary->setText(tr("%1 row(s) ready to import, %2 with errors (left out).").arg(m_plan.ready).arg(m_plan.errors));
    m_import->setEnabled(m_plan.ready > 0);
}

int AssetImportDialog::importRows()
{
    if (!m_importer || m_plan.ready == 0)
        return 0;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(m_plan.rows.size()), this);
    progress.setMinimumDuration(500);
    const AssetImport::Result result = m_importer->run(m_plan, progressOn(progress));
    m_import->setEnabled(false);
    m_plan = {};
    m_summary->setText(result.error.isEmpty() ? tr("%n asset(s) imported.", nullptr, result.created)
                                              : tr("%1 (%2 imported before it stopped)").arg(result.error).arg(result.created));
    if (result.created > 0)
        emit imported(result.created);
    return result.created;
}

} // namespace Huike
