#include "ui/conflictdialog.h"

#include "core/dateformat.h"
#include "models/conflictservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ConflictDialog::ConflictDialog(ConflictService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Conflicts to review"));
    m_table = new QTableWidget(this);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Before"), tr("Mine"), tr("Theirs"), tr("Changed by"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The record and the time as wide as they need; the reason (or their value) gets the rest.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);

    m_mine = new QPushButton(tr("Keep &mine"), this);
    m_theirs = new QPushButton(tr("Take &theirs"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setToolTip(tr("Open the customer, quote or contract to look at it"));
    connect(m_open, &QPushButton::clicked, this, &ConflictDialog::openCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConflictDialog::openCurrent);
    connect(m_mine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_theirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Edit"), tr("New value:"), QLineEdit::Normal,
                                                   m_table->item(m_table->currentRow(), 3)->text(), &ok);
        if (ok)
            useValue(text);
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_mine);
    actions->addWidget(m_theirs);
    actions->addWidget(m_edit);
    actions->addWidget(m_open);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(actions);
    layout->addWidget(close);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool any = row >= 0;
        const bool conflict = any && m_table->item(row, 0)->data(Qt::UserRole + 1).toString() == QStringLiteral("conflict")
            && !m_table->item(row, 1)->data(Qt::UserRole).toString().isEmpty();
        m_mine->setEnabled(conflict);
        m_edit->setEnabled(conflict);
        m_theirs->setEnabled(any);
        m_open->setEnabled(any);
        m_theirs->setText(conflict ? tr("Take &theirs") : tr("&Dismiss"));
        m_detail->setText(any ? m_table->item(row, 0)->toolTip() : QString());
    });
    resize(900, 420);
    reload();
}

void ConflictDialog::reload()
{
    m_entries = m_service.entries();
    const QList<ConflictService::Entry> &conflicts = m_entries;
    m_table->setRowCount(int(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const ConflictService::Entry &c = conflicts[i];
        const bool rejection = c.kind == QStringLiteral("rejection");
        auto *item = new QTableWidgetItem(c.caption);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.kind);
        item->setData(Qt::UserRole + 2, c.table);
        item->setData(Qt::UserRole + 3, c.recordId);
        item->setData(Qt::UserRole + 4, c.field);
        item->setData(Qt::UserRole + 5, c.mine);
        item->setData(Qt::UserRole + 6, c.docTable);
        item->setData(Qt::UserRole + 7, c.docId);
        item->setData(Qt::UserRole + 8, c.docCustomerId);
        item->setToolTip(c.why);
        m_table->setItem(i, 0, item);
        auto *fieldItem = new QTableWidgetItem(c.fieldText);
        fieldItem->setData(Qt::UserRole, c.field);
        m_table->setItem(i, 1, fieldItem);
        m_table->setItem(i, 2, new QTableWidgetItem(c.before));
        m_table->setItem(i, 3, new QTableWidgetItem(c.mineText));
        auto *theirs = new QTableWidgetItem(c.theirsText);
        if (rejection)
            theirs->setToolTip(c.theirsTip); // the server's own words, for the administrator
        m_table->setItem(i, 4, theirs);
        m_table->setItem(i, 5, new QTableWidgetItem(c.by));
        m_table->setItem(i, 6, new QTableWidgetItem(DateFormat::dateTime(c.at)));
    }
    if (!conflicts.isEmpty())
        m_table->setCurrentCell(0, 0);
    else {
        m_mine->setEnabled(false);
        m_theirs->setEnabled(false);
        m_edit->setEnabled(false);
        m_open->setEnabled(false);
        m_detail->setText(tr("Nothing to review."));
    }
}

void ConflictDialog::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *item = m_table->item(row, 0);
    const QString table = item->data(Qt::UserRole + 6).toString();
    const QString id = item->data(Qt::UserRole + 7).toString();
    const QString customer = item->data(Qt::UserRole + 8).toString();
    if (id.isEmpty() || customer.isEmpty())
        return;
    emit openRecord(table, id, customer);
}

QString ConflictDialog::currentId() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->data(Qt::UserRole).toString();
}

void ConflictDialog::keepMine()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *item = m_table->item(row, 0);
    useValue(ConflictService::columnValue(item->data(Qt::UserRole + 5).toString()).toString()); // null → empty → NULL
}

void ConflictDialog::useValue(const QString &text)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    if (!m_service.useValue(m_entries.at(row), text))
        return;
    emit resolved();
    reload();
}

void ConflictDialog::takeTheirs()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_service.resolve(id); // the replica already shows the server's value
    reload();
}

} // namespace Huike
