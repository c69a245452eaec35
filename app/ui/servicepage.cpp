#include "ui/servicepage.h"

#include "core/ticketpolicy.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"
#include "ui/assetimportdialog.h"
#include "ui/enumitems.h"
#include "ui/servicefiguresdialog.h"
#include "ui/servicesettingsdialog.h"
#include "ui/ticketeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

enum Column { NumberColumn, SubjectColumn, CustomerColumn, KindColumn, PriorityColumn, StatusColumn, AssigneeColumn, DueColumn, ColumnCount };

const QColor Overdue(0xc0, 0x39, 0x2b);

// The board's columns: the open statuses and resolved (closed ones are in the list).
const QStringList BoardStatuses{u"new"_s, u"assigned"_s, u"in_progress"_s, u"suspended"_s, u"resolved"_s};
constexpr int BoardCards = 100;

} // namespace

ServicePage::ServicePage(TicketService &tickets, SearchService *search, QWidget *parent)
    : QWidget(parent), m_service(tickets), m_search(search)
{
    setObjectName(u"servicePage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_view = new QComboBox(this);
    m_view->setObjectName(u"view"_s);
    m_view->addItem(tr("My tickets"), int(TicketService::View::Mine));
    m_view->addItem(tr("My team's"), int(TicketService::View::Team));
    m_view->addItem(tr("Unassigned"), int(TicketService::View::Unassigned));
    m_view->addItem(tr("Overdue"), int(TicketService::View::Overdue));
    m_view->addItem(tr("All open"), int(TicketService::View::Open));
    m_view->addItem(tr("All tickets"), int(TicketService::View::All));
    bool serving = false;
    try {
        serving = m_service.iServe();
    } catch (const ModelError &) {
    }
    if (!serving) // a rep follows her customers' tickets: every open one she can see
        m_view->setCurrentIndex(m_view->findData(int(TicketService::View::Open)));
    bar->addWidget(m_view);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"filter"_s);
    m_text->setPlaceholderText(tr("Number, subject or customer…"));
    m_text->setClearButtonEnabled(true);
    bar->addWidget(m_text, 1);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem(tr("Every kind"), QString());
    for (const auto &[code, label] : enumItems<TicketKind>(false))
        m_kind->addItem(label, code);
    bar->addWidget(m_kind);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priorityFilter"_s);
    m_priority->addItem(tr("Every priority"), QString());
    for (const auto &[code, label] : enumItems<TicketPriority>(false))
        m_priority->addItem(label, code);
    bar->addWidget(m_priority);
    m_listButton = new QPushButton(tr("&List"), this);
    m_boardButton = new QPushButton(tr("&Board"), this);
    m_boardButton->setObjectName(u"boardButton"_s);
    for (QPushButton *b : {m_listButton, m_boardButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        bar->addWidget(b);
    }
    m_listButton->setChecked(true);
    auto *create = new QPushButton(tr("&New ticket"), this);
    create->setObjectName(u"newTicket"_s);
    m_open = new QPushButton(tr("&Open"), this);
    bar->addWidget(create);
    bar->addWidget(m_open);
    // A register of serial numbers (设备导入), for the customers it names.
    auto *importAssets = new QPushButton(tr("&Import assets…"), this);
    importAssets->setObjectName(u"importAssets"_s);
    bar->addWidget(importAssets);
    connect(importAssets, &QPushButton::clicked, this, [this] {
        AssetImportDialog dialog(m_service.replica(), this);
        connect(&dialog, &AssetImportDialog::imported, this, &ServicePage::changed);
        dialog.exec();
    });
    // The targets, calendar and warranty periods the tickets follow: everyone may look,
    // an administrator may change them.
    auto *settings = new QPushButton(tr("Service se&ttings…"), this);
    settings->setObjectName(u"serviceSettings"_s);
    bar->addWidget(settings);
    auto *figures = new QPushButton(tr("Fi&gures…"), this);
    figures->setObjectName(u"serviceFigures"_s);
    bar->addWidget(figures);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"tickets"_s);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Subject"), tr("Customer"), tr("Kind"), tr("Priority"), tr("Status"),
                                        tr("Handled by"), tr("Time left")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack->addWidget(m_table);
    auto *board = new QWidget(this);
    board->setObjectName(u"board"_s);
    auto *columns = new QHBoxLayout(board);
    columns->setContentsMargins(0, 0, 0, 0);
    for (const QString &status : BoardStatuses) {
        auto *box = new QWidget(board);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        auto *heading = new QLabel(box);
        heading->setAlignment(Qt::AlignCenter);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *list = new QListWidget(box);
        list->setObjectName(u"column_"_s + status);
        list->setWordWrap(true);
        list->setSpacing(3);
        list->setTextElideMode(Qt::ElideRight);
        column->addWidget(heading);
        column->addWidget(list, 1);
        columns->addWidget(box, 1);
        m_columns << list;
        m_columnHeadings << heading;
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { open(item->data(Qt::UserRole).toString()); });
    }
    m_stack->addWidget(board);
    layout->addWidget(m_stack, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ServicePage::reload);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_view, m_kind, m_priority})
        connect(box, &QComboBox::currentIndexChanged, this, &ServicePage::reload);
    connect(m_boardButton, &QPushButton::toggled, this, &ServicePage::setBoard);
    connect(create, &QPushButton::clicked, this, [this] { newTicket(); });
    connect(settings, &QPushButton::clicked, this, &ServicePage::openSettings);
    connect(figures, &QPushButton::clicked, this, [this] {
        ServiceFiguresDialog dialog(m_service.replica(), this);
        dialog.exec();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            open(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, m_open, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_open->setEnabled(!selectedId().isEmpty()); });
    auto *minute = new QTimer(this); // the time left, live
    connect(minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    minute->start(60 * 1000);
    m_open->setEnabled(false);
}

void ServicePage::setView(TicketService::View view)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(view))));
}

void ServicePage::setBoard(bool on)
{
    if (on != m_boardButton->isChecked())
        (on ? m_boardButton : m_listButton)->setChecked(true);
    m_stack->setCurrentIndex(on ? 1 : 0);
    reload();
}

TicketService::Filter ServicePage::filter() const
{
    return {m_text->text(), m_kind->currentData().toString(), m_priority->currentData().toString(), {}};
}

void ServicePage::reload()
{
    const QString keep = selectedId();
    const auto view = TicketService::View(m_view->currentData().toInt());
    if (m_stack->currentIndex() == 1)
        return fillBoard();
    int overdue = 0;
    try {
        m_items = m_service.list(view, filter());
    } catch (const ModelError &e) {
        m_items.clear();
        m_status->setText(tr("Could not read the tickets: %1").arg(e.message()));
    }
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const TicketService::Item &i = m_items[r];
        const TicketService::Ticket &t = i.ticket;
        const bool late = t.isOpen() && (i.response.overdue() || i.resolution.overdue());
        overdue += late;
        const QStringList cells{t.number,
                                t.subject,
                                i.customerName,
                                TicketService::kindText(t.kind),
                                TicketService::priorityText(t.priority),
                                TicketService::statusText(t.status),
                                i.assigneeName,
                                t.isOpen() ? TicketService::clockText(i.due()) : TicketService::clockText(i.resolution)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, t.id);
            if (late)
                item->setForeground(Overdue);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == keep)
            m_table->selectRow(r);
    m_open->setEnabled(!selectedId().isEmpty());
    if (m_items.isEmpty())
        m_status->setText(tr("No tickets here. “New ticket” logs what a customer asks or reports."));
    else
        m_status->setText(tr("%n ticket(s)", nullptr, int(m_items.size()))
                          + (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()));
}

void ServicePage::fillBoard()
{
    const auto view = TicketService::View(m_view->currentData().toInt());
    try {
        const QHash<QString, int> counts = m_service.countByStatus(view, filter());
        for (int c = 0; c < BoardStatuses.size(); ++c) {
            const QString &status = BoardStatuses[c];
            m_columnHeadings[c]->setText(tr("%1 (%2)").arg(TicketService::statusText(status)).arg(counts.value(status)));
            QListWidget *list = m_columns[c];
            list->clear();
            // Resolved tickets are not open: their column is in the view of all tickets.
            const bool shown = status != u"resolved" || view == TicketService::View::All;
            list->parentWidget()->setVisible(shown);
            if (!shown)
                continue;
            TicketService::Filter f = filter();
            f.status = status;
            for (const TicketService::Item &i : m_service.list(view, f, BoardCards)) {
                const TicketService::Ticket &t = i.ticket;
                // Number and time left, the subject, who it is for and who has it.
                const QString first = t.isOpen() ? tr("%1 · %2").arg(t.number, TicketService::clockText(i.due())) : t.number;
                auto *item = new QListWidgetItem(first + u'\n' + t.subject + u'\n'
                                                 + tr("%1 · %2").arg(i.customerName, i.assigneeName.isEmpty() ? tr("nobody") : i.assigneeName));
                item->setToolTip(item->text());
                item->setData(Qt::UserRole, t.id);
                if (t.isOpen() && (i.response.overdue() || i.resolution.overdue()))
                    item->setForeground(Overdue);
                list->addItem(item);
            }
        }
        m_status->setText(tr("The board shows up to %1 tickets per column, the most urgent first.").arg(BoardCards));
    } catch (const ModelError &e) {
        m_status->setText(tr("Could not read the tickets: %1").arg(e.message()));
    }
}

QString ServicePage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
}

void ServicePage::open(const QString &id)
{
    TicketEditor editor(m_service, m_search, this);
    editor.setServerUrl(m_serverUrl);
    try {
        const auto t = m_service.load(id);
        if (!t) {
            m_status->setText(tr("The ticket no longer exists."));
            return reload();
        }
        editor.load(*t);
    } catch (const ModelError &e) {
        m_status->setText(e.message());
        return;
    }
    connect(&editor, &TicketEditor::changed, this, &ServicePage::changed);
    editor.exec();
    reload();
}

void ServicePage::openSettings()
{
    SettingsService settings(m_service.replica());
    ServiceSettingsDialog dialog(settings, this);
    connect(&dialog, &ServiceSettingsDialog::saved, this, &ServicePage::changed);
    dialog.exec();
    reload(); // the time left counts to the targets now stored
}

void ServicePage::newTicket(const QString &customerId)
{
    TicketEditor editor(m_service, m_search, this);
    editor.setServerUrl(m_serverUrl);
    try {
        editor.load(m_service.newTicket(customerId));
    } catch (const ModelError &e) {
        m_status->setText(e.message());
        return;
    }
    connect(&editor, &TicketEditor::changed, this, &ServicePage::changed);
    editor.exec();
    reload();
}

} // namespace Huike
