#include "conflictdialog.h"

#include "database.h"
#include "domainschema.h"
#include "replica.h"
#include "rows.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A value as the server recorded it (JSON text of the column value) → for people.
QString display(const QString &json)
{
    if (json.isEmpty() || json == QStringLiteral("null"))
        return QCoreApplication::translate("Huike::ConflictDialog", "(empty)");
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]")).array();
    if (a.isEmpty())
        return json;
    return a.first().isString() ? a.first().toString() : QString::number(qint64(a.first().toDouble()));
}

// A field's caption for people; the API's name for a field without one here.
QString fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {u"name"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Name")},
        {u"short_name"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Short name")},
        {u"address"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Address")},
        {u"phone"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Phone")},
        {u"mobile"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Mobile")},
        {u"email"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Email")},
        {u"website"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Website")},
        {u"industry"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Industry")},
        {u"region"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Region")},
        {u"level"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Level")},
        {u"status"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Status")},
        {u"type"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Type")},
        {u"source"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Source")},
        {u"credit_code"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Unified social credit code")},
        {u"background"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Background")},
        {u"owner_id"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Owner")},
        {u"title"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Title")},
        {u"stage"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Stage")},
        {u"amount_fen"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Amount")},
        {u"expected_close"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Expected close")},
        {u"next_step"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Next step")},
        {u"subject"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Subject")},
        {u"notes"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Notes")},
        {u"note"_s, QT_TRANSLATE_NOOP("Huike::ConflictDialog", "Note")},
    };
    const char *label = labels.value(column);
    return label ? QCoreApplication::translate("Huike::ConflictDialog", label) : Rows::jsonName(column);
}

QVariant columnValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]")).array();
    if (a.isEmpty() || a.first().isNull())
        return {};
    return a.first().isString() ? QVariant(a.first().toString()) : QVariant(qint64(a.first().toDouble()));
}

} // namespace

ConflictDialog::ConflictDialog(Replica &replica, QWidget *parent) : QDialog(parent), m_replica(replica)
{
    setWindowTitle(tr("Conflicts to review"));
    m_table = new QTableWidget(this);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Before"), tr("Mine"), tr("Theirs"), tr("Changed by"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);

    m_mine = new QPushButton(tr("Keep &mine"), this);
    m_theirs = new QPushButton(tr("Take &theirs"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
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
            && !m_table->item(row, 1)->text().isEmpty();
        m_mine->setEnabled(conflict);
        m_edit->setEnabled(conflict);
        m_theirs->setEnabled(any);
        m_theirs->setText(conflict ? tr("Take &theirs") : tr("&Dismiss"));
        m_detail->setText(any ? m_table->item(row, 0)->toolTip() : QString());
    });
    resize(900, 420);
    reload();
}

void ConflictDialog::reload()
{
    const QList<Replica::Conflict> conflicts = m_replica.conflicts();
    m_table->setRowCount(int(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const Replica::Conflict &c = conflicts[i];
        QString record = c.table;
        if (const auto row = m_replica.read(c.table, c.recordId); row && row->contains(QStringLiteral("name")))
            record = row->value(QStringLiteral("name")).toString();
        auto *item = new QTableWidgetItem(record);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.kind);
        item->setData(Qt::UserRole + 2, c.table);
        item->setData(Qt::UserRole + 3, c.recordId);
        item->setData(Qt::UserRole + 4, c.field);
        item->setData(Qt::UserRole + 5, c.mine);
        const QString why = c.kind == QStringLiteral("rejection")
            ? tr("Not accepted by the server (%1): %2").arg(c.code, c.message)
            : (c.code == QStringLiteral("deleted") ? tr("The record was deleted by someone else; your change was kept here.")
                                                  : tr("Someone else changed this field after you last synced."));
        item->setToolTip(why);
        m_table->setItem(i, 0, item);
        auto *field = new QTableWidgetItem(c.field.isEmpty() ? QString() : fieldLabel(c.field));
        field->setData(Qt::UserRole, c.field);
        m_table->setItem(i, 1, field);
        m_table->setItem(i, 2, new QTableWidgetItem(c.kind == QStringLiteral("conflict") ? display(c.base) : QString()));
        m_table->setItem(i, 3, new QTableWidgetItem(c.kind == QStringLiteral("conflict") && !c.field.isEmpty() ? display(c.mine) : QString()));
        m_table->setItem(i, 4, new QTableWidgetItem(c.kind == QStringLiteral("conflict") ? display(c.theirs) : why));
        // Who made the change that won: the server sends their id; the replica knows names.
        const QString by = c.theirsBy.isEmpty() ? QString()
                                                : m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {c.theirsBy}).toString();
        m_table->setItem(i, 5, new QTableWidgetItem(by));
        m_table->setItem(i, 6, new QTableWidgetItem(c.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
    }
    if (!conflicts.isEmpty())
        m_table->setCurrentCell(0, 0);
    else {
        m_mine->setEnabled(false);
        m_theirs->setEnabled(false);
        m_edit->setEnabled(false);
        m_detail->setText(tr("Nothing to review."));
    }
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
    useValue(columnValue(item->data(Qt::UserRole + 5).toString()).toString()); // null → empty → NULL
}

void ConflictDialog::useValue(const QString &text)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem *item = m_table->item(row, 0);
    const QString table = item->data(Qt::UserRole + 2).toString();
    const QString recordId = item->data(Qt::UserRole + 3).toString();
    const QString field = item->data(Qt::UserRole + 4).toString();
    const ColumnDef *column = DomainSchema::table(table).column(field);
    if (!column || !m_replica.read(table, recordId))
        return;
    QVariant value = text.isEmpty() ? QVariant() : QVariant(text);
    if (!text.isEmpty() && (column->type == ColumnType::Int || column->type == ColumnType::Money
                            || column->type == ColumnType::Decimal || column->type == ColumnType::Bool))
        value = text.toLongLong();
    m_replica.update(table, recordId, Row{{field, value}}); // an ordinary edit on top of theirs
    m_replica.resolveConflict(item->data(Qt::UserRole).toString());
    emit resolved();
    reload();
}

void ConflictDialog::takeTheirs()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_replica.resolveConflict(id); // the replica already shows the server's value
    reload();
}

} // namespace Huike
