#include "ui/mergedialog.h"

#include "syncclient/mergeclient.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QInputDialog>
#include <QLocale>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

MergeDialog::MergeDialog(const CustomerMergePreview &preview, MergeClient &client, QWidget *parent)
    : QDialog(parent), m_preview(preview), m_client(client)
{
    setWindowTitle(tr("Merge customers"));
    const QList<CustomerMergePreview::Card> &cards = m_preview.cards();
    auto *intro = new QLabel(tr("Choose the card that stays and, for each field that differs, the value it keeps. "
                                "Every record of the other cards moves to the card that stays; the other cards "
                                "point to it. A merge can be undone within 30 days."),
                             this);
    intro->setWordWrap(true);

    QStringList kinds; // the kinds of records any card has
    for (const QString &table : CustomerMergePreview::countedTables())
        for (const CustomerMergePreview::Card &card : cards)
            if (card.counts.value(table) > 0 && !kinds.contains(table))
                kinds << table;
    const QList<CustomerMergePreview::Field> &fields = m_preview.differingFields();
    m_table = new QTableWidget(int(2 + fields.size() + kinds.size()), int(cards.size()), this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList columns, rows{tr("Card that stays"), tr("Owner")};
    for (const CustomerMergePreview::Card &card : cards)
        columns << card.name;
    m_table->setHorizontalHeaderLabels(columns);

    m_survivor = new QButtonGroup(this);
    for (int c = 0; c < cards.size(); ++c) {
        auto *keep = new QRadioButton(tr("Keep this card"), m_table);
        m_survivor->addButton(keep, c);
        m_table->setCellWidget(0, c, keep);
        m_table->setItem(1, c, new QTableWidgetItem(cards.at(c).ownerName.isEmpty() ? tr("Public pool") : cards.at(c).ownerName));
    }
    int row = 2;
    for (const CustomerMergePreview::Field &field : fields) {
        rows << field.caption;
        auto *group = new QButtonGroup(this);
        for (int c = 0; c < cards.size(); ++c) {
            auto *value = new QRadioButton(field.texts.value(c), m_table);
            value->setToolTip(field.texts.value(c));
            group->addButton(value, c);
            m_table->setCellWidget(row, c, value);
        }
        m_fields.insert(field.column, group);
        ++row;
    }
    for (const QString &table : std::as_const(kinds)) {
        rows << CustomerMergePreview::kindCaption(table);
        for (int c = 0; c < cards.size(); ++c) {
            auto *item = new QTableWidgetItem(QString::number(cards.at(c).counts.value(table)));
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->resizeRowsToContents();

    m_following = new QLabel(this);
    m_following->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_undo = buttons->addButton(tr("&Undo merge"), QDialogButtonBox::ActionRole);
    m_undo->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const QString survivorName = m_preview.cards().value(survivor()).name;
        if (QMessageBox::question(this, tr("Merge customers"),
                                  tr("Merge %n other card(s) into “%1”? Their records move to it.", nullptr,
                                     int(m_preview.cards().size()) - 1)
                                      .arg(survivorName))
            == QMessageBox::Yes)
            mergeNow();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Undo merge"), tr("Undo this merge? The cards and the records that moved come back."))
            == QMessageBox::Yes)
            undoNow();
    });
    connect(m_survivor, &QButtonGroup::idClicked, this, &MergeDialog::setSurvivor);
    connect(&m_client, &MergeClient::onlineChanged, this, &MergeDialog::updateOnline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_following);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(260 + 220 * int(cards.size()), 520);

    setSurvivor(0);
    updateOnline();
}

int MergeDialog::survivor() const
{
    return std::max(0, m_survivor->checkedId());
}

void MergeDialog::setSurvivor(int card)
{
    if (card < 0 || card >= m_preview.cards().size())
        return;
    if (QAbstractButton *b = m_survivor->button(card))
        b->setChecked(true);
    // Each field keeps the survivor's value, or when it has none the first other card's.
    for (const CustomerMergePreview::Field &field : m_preview.differingFields()) {
        int chosen = card;
        if (field.texts.value(card) == CustomerMergePreview::emptyText())
            for (int c = 0; c < field.texts.size(); ++c)
                if (field.texts.at(c) != CustomerMergePreview::emptyText()) {
                    chosen = c;
                    break;
                }
        choose(field.column, chosen);
    }
    updateFollowing();
}

int MergeDialog::choiceFor(const QString &column) const
{
    const QButtonGroup *group = m_fields.value(column);
    return group ? group->checkedId() : -1;
}

void MergeDialog::choose(const QString &column, int card)
{
    if (QButtonGroup *group = m_fields.value(column))
        if (QAbstractButton *b = group->button(card))
            b->setChecked(true);
}

QString MergeDialog::followingText() const
{
    return m_following->text();
}

QString MergeDialog::message() const
{
    return m_message->text();
}

void MergeDialog::updateFollowing()
{
    const QHash<QString, int> counts = m_preview.followingCounts(survivor());
    QStringList parts;
    for (const QString &table : CustomerMergePreview::countedTables())
        if (counts.value(table) > 0)
            parts << tr("%1 %2").arg(CustomerMergePreview::kindCaption(table)).arg(counts.value(table));
    m_following->setText(parts.isEmpty() ? tr("No records move: the other cards have none.")
                                         : tr("Records that move to the card that stays: %1").arg(parts.join(tr(", "))));
}

void MergeDialog::updateOnline()
{
    const bool online = m_client.isOnline();
    m_merge->setEnabled(online && m_mergeId.isEmpty() && m_preview.cards().size() >= 2);
    m_undo->setEnabled(online);
    if (!online)
        showMessage(MergeClient::offlineMessage(), true);
    else if (m_message->text() == MergeClient::offlineMessage())
        m_message->hide();
}

void MergeDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->show();
}

bool MergeDialog::mergeNow()
{
    const QList<CustomerMergePreview::Card> &cards = m_preview.cards();
    const int keep = survivor();
    QStringList merged;
    for (int c = 0; c < cards.size(); ++c)
        if (c != keep)
            merged << cards.at(c).id;
    QHash<QString, int> choices;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        choices.insert(it.key(), it.value()->checkedId());
    const MergeClient::Result r = m_client.merge(cards.at(keep).id, merged, m_preview.fieldChoices(choices));
    if (!r.ok) {
        showMessage(r.message, true);
        return false;
    }
    m_mergeId = r.mergeId;
    m_table->setEnabled(false);
    m_merge->setEnabled(false);
    m_undo->show();
    m_undo->setEnabled(m_client.isOnline());
    showMessage(tr("Merged into “%1”. The records follow with the next sync.").arg(cards.at(keep).name), false);
    emit customersChanged();
    return true;
}

bool MergeDialog::undoMergeInto(QWidget *parent, MergeClient &client, const QString &customerId)
{
    if (!client.isOnline()) {
        QMessageBox::information(parent, tr("Undo merge"), MergeClient::offlineMessage());
        return false;
    }
    QStringList labels;
    QStringList mergeIds;
    for (const MergeClient::Entry &e : client.merges(customerId)) {
        if (!e.undoable)
            continue;
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        labels << tr("%1: %2").arg(QLocale().toString(at, QLocale::ShortFormat), e.mergedNames.join(tr(", ")));
        mergeIds << e.mergeId;
    }
    if (mergeIds.isEmpty()) {
        QMessageBox::information(parent, tr("Undo merge"), tr("No merge into this customer can be undone (only within 30 days)."));
        return false;
    }
    int chosen = 0;
    if (mergeIds.size() == 1) {
        if (QMessageBox::question(parent, tr("Undo merge"),
                                  tr("Undo the merge of %1? The cards and the records that moved come back.").arg(labels.first()))
            != QMessageBox::Yes)
            return false;
    } else {
        bool ok = false;
        const QString label = QInputDialog::getItem(parent, tr("Undo merge"), tr("Undo the merge of:"), labels, 0, false, &ok);
        if (!ok)
            return false;
        chosen = int(labels.indexOf(label));
    }
    const MergeClient::Result r = client.undo(mergeIds.value(chosen));
    if (!r.ok) {
        QMessageBox::warning(parent, tr("Merge not undone"), r.message);
        return false;
    }
    return true;
}

bool MergeDialog::undoNow()
{
    if (m_mergeId.isEmpty())
        return false;
    const MergeClient::Result r = m_client.undo(m_mergeId);
    if (!r.ok) {
        showMessage(r.message, true);
        return false;
    }
    m_undo->setEnabled(false);
    QString text = tr("The merge was undone: the cards and the records that moved are back.");
    if (!r.keptFields.isEmpty() || r.keptRecords > 0)
        text += u' ' + tr("Left as they are, since they changed after the merge: %n field(s) and %1 record(s).", nullptr,
                          int(r.keptFields.size()))
                           .arg(r.keptRecords);
    showMessage(text, false);
    emit customersChanged();
    return true;
}

} // namespace Huike
