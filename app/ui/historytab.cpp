#include "ui/historytab.h"

#include "models/historyservice.h"
#include "syncclient/historyclient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

enum Column { When, Who, What, ColumnCount };

} // namespace

HistoryTab::HistoryTab(Replica &replica, const QString &table, std::function<QString()> recordId, QWidget *parent)
    : QWidget(parent), m_service(std::make_unique<HistoryService>(replica)), m_table(table), m_recordId(std::move(recordId))
{
    m_kindsLabel = new QLabel(tr("Show:"), this);
    m_kinds = new QComboBox(this);
    m_kinds->setObjectName(u"historyKinds"_s);
    m_kinds->addItem(tr("All records"), QString());
    for (const auto &[kindTable, name] : HistoryService::kinds())
        m_kinds->addItem(name, kindTable);
    m_kindsLabel->setBuddy(m_kinds);
    const bool customer = table == u"customers";
    m_kindsLabel->setVisible(customer);
    m_kinds->setVisible(customer);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &HistoryTab::showEntries);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(u"historyRefresh"_s);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryTab::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindsLabel);
    bar->addWidget(m_kinds);
    bar->addStretch(1);
    bar->addWidget(m_refresh);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"historyList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true); // one entry from the next
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnWidth(When, fontMetrics().horizontalAdvance(u"2026-12-06 23:59"_s) + 24);
    m_list->setColumnWidth(Who, fontMetrics().horizontalAdvance(u"M"_s) * 8);
    m_list->header()->setStretchLastSection(true);

    m_state = new QLabel(this);
    m_state->setObjectName(u"historyState"_s);
    m_state->setWordWrap(true);
    m_more = new QPushButton(tr("Load more"), this);
    m_more->setObjectName(u"historyMore"_s);
    m_more->setVisible(false);
    connect(m_more, &QPushButton::clicked, this, &HistoryTab::loadMore);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
}

HistoryTab::~HistoryTab() = default;

void HistoryTab::setClient(HistoryClient *client)
{
    m_clientSet = true;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &HistoryClient::fetched, this, &HistoryTab::fetched);
        connect(client, &HistoryClient::failed, this, &HistoryTab::failed);
    }
}

HistoryClient *HistoryTab::client()
{
    if (!m_clientSet)
        setClient(HistoryClient::nearest(this));
    return m_client;
}

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each time it comes forward: edits made meanwhile, and once synced, the server's
    // entries for them (which replace the "not yet synced" ones).
    refresh();
}

void HistoryTab::refresh()
{
    const QString id = m_recordId();
    if (id != m_shownId)
        m_nextCursor.clear();
    m_shownId = id;
    m_problem.clear();
    m_offline = false;
    m_fetching = false;
    if (!id.isEmpty()) {
        if (HistoryClient *c = client()) {
            m_fetching = true;
            c->fetch(m_table, id); // fetched or failed follows
        } else {
            m_offline = true;
        }
    }
    showEntries();
}

void HistoryTab::loadMore()
{
    HistoryClient *c = client();
    if (!c || m_nextCursor.isEmpty() || m_shownId.isEmpty())
        return;
    m_fetching = true;
    m_problem.clear();
    c->fetch(m_table, m_shownId, m_nextCursor);
    showEntries();
}

void HistoryTab::fetched(const QString &table, const QString &recordId, int, const QString &nextCursor)
{
    if (table != m_table || recordId != m_shownId)
        return;
    m_fetching = false;
    m_offline = false;
    m_nextCursor = nextCursor;
    showEntries();
}

void HistoryTab::failed(const QString &table, const QString &recordId, const QString &message, bool offline)
{
    if (table != m_table || recordId != m_shownId)
        return;
    m_fetching = false;
    m_offline = offline;
    m_problem = offline ? QString() : message;
    showEntries();
}

void HistoryTab::showEntries()
{
    m_list->clear();
    if (m_shownId.isEmpty()) {
        m_more->setVisible(false);
        m_state->setText(tr("The history starts once the record is saved."));
        return;
    }
    const QString kind = m_kinds->currentData().toString();
    HistoryService::History history;
    try {
        history = m_service->history(m_table, m_shownId, kind.isEmpty() ? QStringList() : QStringList{kind});
    } catch (const std::exception &) {
        m_state->setText(tr("The history kept on this computer could not be read."));
        return;
    }
    QFont italic = m_list->font();
    italic.setItalic(true);
    QList<QTreeWidgetItem *> items;
    for (const HistoryService::Entry &e : std::as_const(history.entries)) {
        auto *item = new QTreeWidgetItem;
        item->setText(When, e.pending ? tr("Not yet synced") : e.when);
        item->setToolTip(When, e.pending ? tr("Changed here at %1; it goes to the server with the next sync.").arg(e.when) : QString());
        item->setText(Who, e.who);
        QString what = e.title();
        if (!e.changes.isEmpty())
            what += u'\n' + e.details();
        item->setText(What, what);
        item->setTextAlignment(When, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(Who, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(What, Qt::AlignLeft | Qt::AlignTop);
        if (e.pending)
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, italic);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_more->setVisible(!m_nextCursor.isEmpty() && !m_offline);
    m_more->setEnabled(!m_fetching);

    QString state;
    if (m_fetching)
        state = tr("Fetching the history from the server…");
    else if (m_offline)
        state = history.fetchedAt.isEmpty()
            ? tr("Offline: this record's history has not been fetched on this computer yet; only changes not yet synced are shown.")
            : tr("Offline: showing the history as fetched at %1.").arg(history.fetchedAt);
    else if (!m_problem.isEmpty())
        state = history.fetchedAt.isEmpty() ? m_problem
                                            : tr("%1 Showing the history as fetched at %2.").arg(m_problem, history.fetchedAt);
    else if (!history.fetchedAt.isEmpty())
        state = tr("Fetched from the server at %1.").arg(history.fetchedAt);
    if (history.entries.isEmpty() && !m_fetching)
        state = state.isEmpty() ? tr("No changes recorded.") : tr("No changes recorded. %1").arg(state);
    m_state->setText(state);
}

} // namespace Huike
