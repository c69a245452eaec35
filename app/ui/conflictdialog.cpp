#include "conflictdialog.h"

#include "database.h"
#include "dateformat.h"
#include "domainschema.h"
#include "outcometext.h"
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

// A field's caption for people; the API's name for a field without one.
QString fieldLabel(const QString &table, const QString &column)
{
    const QString caption = OutcomeText::fieldCaption(table, column);
    return caption.isEmpty() ? Rows::jsonName(column) : caption;
}

// Columns a write carries that are not the user's typing: ids, stamps, keys, links.
bool technical(const QString &table, const QString &column)
{
    static const QStringList t{u"version"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s, u"name_norm"_s,
                               u"phone_norm"_s, u"line_no"_s, u"table_name"_s, u"kind"_s};
    const TableDef *def = DomainSchema::find(table);
    const ColumnDef *c = def ? def->column(column) : nullptr;
    return !c || (c->type == ColumnType::Id && column != u"owner_id") || t.contains(column);
}

// The document a record belongs to: (table, id) of the customer, quote or contract.
QPair<QString, QString> documentOf(Replica &replica, const QString &table, const QString &id, const Row &typed)
{
    std::optional<Row> row = replica.read(table, id);
    const Row r = row ? *row : typed;
    if (table == u"customers" || table == u"quotes" || table == u"contracts")
        return {table, id};
    if (table == u"quote_lines")
        return {u"quotes"_s, r.value(u"quote_id"_s).toString()};
    if (table == u"approvals")
        return {u"quotes"_s, r.value(u"record_id"_s).toString()};
    if (!r.value(u"contract_id"_s).toString().isEmpty())
        return {u"contracts"_s, r.value(u"contract_id"_s).toString()};
    return {u"customers"_s, r.value(u"customer_id"_s).toString()};
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
    const QList<Replica::Conflict> conflicts = m_replica.conflicts();
    m_table->setRowCount(int(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const Replica::Conflict &c = conflicts[i];
        const bool rejection = c.kind == QStringLiteral("rejection");
        // A refused write keeps what was typed (columns and values as sent).
        const Row typed = rejection ? OutcomeText::typedValues(c.table, c.mine) : Row();
        auto *item = new QTableWidgetItem(OutcomeText::recordCaption(m_replica, c.table, c.recordId, typed));
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.kind);
        item->setData(Qt::UserRole + 2, c.table);
        item->setData(Qt::UserRole + 3, c.recordId);
        item->setData(Qt::UserRole + 4, c.field);
        item->setData(Qt::UserRole + 5, c.mine);
        const auto [docTable, docId] = documentOf(m_replica, c.table, c.recordId, typed);
        const auto doc = docTable == u"customers" ? std::optional<Row>(Row{{u"customer_id"_s, docId}}) : m_replica.read(docTable, docId);
        item->setData(Qt::UserRole + 6, docTable);
        item->setData(Qt::UserRole + 7, docId);
        item->setData(Qt::UserRole + 8, doc ? doc->value(u"customer_id"_s).toString() : QString());
        const QString why = rejection ? tr("Not accepted by the server: %1").arg(OutcomeText::reason(c.code))
            : (c.code == QStringLiteral("deleted") ? tr("The record was deleted by someone else; your change was kept here.")
                                                   : tr("Someone else changed this field after you last synced."));
        item->setToolTip(why);
        m_table->setItem(i, 0, item);
        QString field, before, mine;
        if (rejection) {
            // What was typed against what is stored now, field by field.
            const std::optional<Row> stored = m_replica.read(c.table, c.recordId);
            QStringList fields, befores, mines;
            for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
                if (technical(c.table, it.key()))
                    continue;
                const QVariant now = stored ? stored->value(it.key()) : QVariant();
                if (stored && now == it.value())
                    continue;
                // A person (the owner) by name.
                auto text = [&](const QVariant &value) {
                    if (it.key() != u"owner_id" || value.toString().isEmpty())
                        return OutcomeText::valueText(c.table, it.key(), value);
                    return m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {value}).toString();
                };
                fields << fieldLabel(c.table, it.key());
                befores << (stored ? text(now) : tr("(new record)"));
                mines << text(it.value());
            }
            if (typed.isEmpty() && !c.field.isEmpty())
                fields << fieldLabel(c.table, c.field);
            field = fields.join(u"、"_s);
            before = befores.join(u"；"_s);
            mine = mines.join(u"；"_s);
        } else {
            field = c.field.isEmpty() ? QString() : fieldLabel(c.table, c.field);
            before = display(c.base);
            mine = c.field.isEmpty() ? QString() : display(c.mine);
        }
        auto *fieldItem = new QTableWidgetItem(field);
        fieldItem->setData(Qt::UserRole, c.field);
        m_table->setItem(i, 1, fieldItem);
        m_table->setItem(i, 2, new QTableWidgetItem(before));
        m_table->setItem(i, 3, new QTableWidgetItem(mine));
        auto *theirs = new QTableWidgetItem(rejection ? OutcomeText::reason(c.code) : display(c.theirs));
        if (rejection)
            theirs->setToolTip(c.message); // the server's own words, for the administrator
        m_table->setItem(i, 4, theirs);
        // Who made the change that won: the server sends their id; the replica knows names.
        const QString by = c.theirsBy.isEmpty() ? QString()
                                                : m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {c.theirsBy}).toString();
        m_table->setItem(i, 5, new QTableWidgetItem(by));
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
