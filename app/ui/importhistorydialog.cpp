#include "ui/importhistorydialog.h"

#include "models/customerimport.h"
#include "models/modelerror.h"
#include "models/replicajob.h"
#include "ui/jobprogress.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ImportHistoryDialog::ImportHistoryDialog(Replica &replica, QWidget *parent) : QDialog(parent), m_replica(replica)
{
    setWindowTitle(tr("Import history"));
    m_job = new ReplicaJob(replica, this);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(u"importHistory"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("File"), tr("Status"), tr("Created"), tr("Updated"), tr("Skipped"),
                                        tr("Errors")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    m_undo->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_undo->setEnabled(row >= 0 && m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toBool());
    });
    resize(820, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    QList<CustomerImport::BatchInfo> batches;
    try {
        batches = CustomerImport::batches(m_replica);
    } catch (const ModelError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    m_ids.clear();
    m_table->setRowCount(int(batches.size()));
    for (int i = 0; i < batches.size(); ++i) {
        const CustomerImport::BatchInfo &b = batches[i];
        m_ids << b.id;
        const QDateTime at = QDateTime::fromString(b.createdAt, Qt::ISODateWithMs).toLocalTime();
        auto *when = new QTableWidgetItem(QLocale().toString(at, QLocale::ShortFormat));
        when->setData(Qt::UserRole, b.undoable);
        m_table->setItem(i, 0, when);
        m_table->setItem(i, 1, new QTableWidgetItem(b.createdBy));
        m_table->setItem(i, 2, new QTableWidgetItem(b.fileName));
        QString status = CustomerImport::statusText(b.status);
        if (b.status == u"partly_undone")
            status += u' ' + tr("(%1 kept)").arg(b.kept);
        m_table->setItem(i, 3, new QTableWidgetItem(status));
        const qint64 numbers[] = {b.counts.created, b.counts.updated, b.counts.skipped, b.counts.errors};
        for (int k = 0; k < 4; ++k) {
            auto *item = new QTableWidgetItem(QString::number(numbers[k]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, 4 + k, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_undo->setEnabled(false);
}

bool ImportHistoryDialog::undoSelected(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_ids.size())
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Undo import"),
                                 tr("Remove the customers and contacts this import created and put back the fields it changed? "
                                    "Records edited since are kept."))
            != QMessageBox::Yes)
        return false;
    CustomerImport::UndoResult r;
    const QString batchId = m_ids[row];
    runWithProgress(
        *m_job, this, tr("Undoing the import…"),
        [&r, &batchId](Replica &replica, ReplicaJob &) { r = CustomerImport::undo(replica, batchId); }, false);
    if (r.error.isEmpty())
        r.error = m_job->error();
    if (!r.error.isEmpty()) {
        QMessageBox::warning(this, tr("Undo import"), r.error);
        return false;
    }
    if (confirm)
        QMessageBox::information(this, tr("Undo import"),
                                 tr("Undone: %n record(s) removed or put back.", nullptr, int(r.undone))
                                     + (r.kept.isEmpty() ? QString() : u"\n\n"_s + r.kept.join(u'\n')));
    emit undone();
    reload();
    return true;
}

} // namespace Huike
