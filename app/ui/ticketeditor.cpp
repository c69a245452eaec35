#include "ui/ticketeditor.h"

#include "models/modelerror.h"
#include "ui/enumitems.h"
#include "ui/globalsearch.h"
#include "ui/statecommand.h"
#include "ui/ticketmovedialog.h"
#include "ui/undokeysfilter.h"
#include "ui/unsavedchanges.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

void fillEnum(QComboBox *box, const QList<QPair<QString, QString>> &items)
{
    for (const auto &[code, label] : items)
        box->addItem(label, code);
}

void select(QComboBox *box, const QString &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

const QColor Overdue(0xc0, 0x39, 0x2b);

} // namespace

TicketEditor::TicketEditor(TicketService &tickets, SearchService *search, QWidget *parent)
    : QDialog(parent), m_service(tickets), m_search(search)
{
    setObjectName(u"ticketEditor"_s);
    m_undo = new QUndoStack(this);
    build();
    resize(860, 720);
}

TicketEditor::~TicketEditor()
{
    // The fields lose focus while the dialog goes (editingFinished): not an edit any more.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void TicketEditor::build()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    auto *customerRow = new QHBoxLayout;
    m_customer = new QLabel(this);
    m_customer->setObjectName(u"customer"_s);
    customerRow->addWidget(m_customer, 1);
    if (m_search) {
        m_customerSearch = new GlobalSearch(*m_search, this);
        m_customerSearch->setObjectName(u"customerSearch"_s);
        m_customerSearch->setPlaceholderText(tr("Find the customer: name, pinyin, phone…"));
        customerRow->addWidget(m_customerSearch, 1);
        connect(m_customerSearch, &GlobalSearch::hitActivated, this, [this](const SearchService::Hit &hit) {
            m_customerSearch->clear();
            TicketService::Ticket after = state();
            after.customerId = hit.customerId.isEmpty() ? hit.id : hit.customerId;
            after.contactId.clear();
            if (after != m_shown)
                m_undo->push(new StateCommand<TicketEditor, TicketService::Ticket>(this, m_shown, after, tr("Choose the customer")));
        });
    }
    form->addRow(tr("Customer:"), customerRow);
    auto *choices = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    fillEnum(m_kind, enumItems<TicketKind>(false));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    fillEnum(m_channel, enumItems<TicketChannel>(false));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priority"_s);
    fillEnum(m_priority, enumItems<TicketPriority>(false));
    for (QComboBox *box : {m_kind, m_channel, m_priority})
        choices->addWidget(box);
    choices->addStretch(1);
    auto *choicesLabel = new QLabel(tr("&Kind, channel, priority:"), this);
    choicesLabel->setBuddy(m_kind);
    form->addRow(choicesLabel, choices);
    auto *related = new QHBoxLayout;
    m_contact = new QComboBox(this);
    m_contact->setObjectName(u"contact"_s);
    m_product = new QComboBox(this);
    m_product->setObjectName(u"product"_s);
    related->addWidget(m_contact, 1);
    related->addWidget(m_product, 1);
    auto *relatedLabel = new QLabel(tr("C&ontact, product:"), this);
    relatedLabel->setBuddy(m_contact);
    form->addRow(relatedLabel, related);
    auto *assetRow = new QHBoxLayout;
    m_asset = new QComboBox(this);
    m_asset->setObjectName(u"asset"_s);
    m_assetCover = new QLabel(this);
    m_assetCover->setObjectName(u"assetCover"_s);
    assetRow->addWidget(m_asset, 1);
    assetRow->addWidget(m_assetCover, 1);
    auto *assetLabel = new QLabel(tr("&Asset (serial number):"), this);
    assetLabel->setBuddy(m_asset);
    form->addRow(assetLabel, assetRow);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subject"_s);
    m_subject->setPlaceholderText(tr("e.g. The compressor is noisy after the last service"));
    form->addRow(tr("&Subject:"), m_subject);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Details:"), m_description);
    m_workflow = new QLabel(this);
    m_workflow->setObjectName(u"workflow"_s);
    m_workflow->setWordWrap(true);
    form->addRow(tr("Handling:"), m_workflow);
    m_response = new QLabel(this);
    m_response->setObjectName(u"responseClock"_s);
    form->addRow(tr("First response:"), m_response);
    m_resolution = new QLabel(this);
    m_resolution->setObjectName(u"resolutionClock"_s);
    form->addRow(tr("Resolution:"), m_resolution);
    auto *surveyRow = new QHBoxLayout;
    m_survey = new QLabel(this);
    m_survey->setObjectName(u"survey"_s);
    m_survey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_survey->setWordWrap(true);
    surveyRow->addWidget(m_survey, 1);
    m_copySurvey = new QPushButton(tr("Copy &link"), this);
    m_copySurvey->setObjectName(u"copySurvey"_s);
    surveyRow->addWidget(m_copySurvey);
    form->addRow(tr("Satisfaction:"), surveyRow);
    layout->addLayout(form);

    m_moves = new QHBoxLayout;
    m_moves->addStretch(1);
    layout->addLayout(m_moves);

    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(u"history"_s);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Step"), tr("By"), tr("Status · handled by"), tr("Note")});
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_history->verticalHeader()->setVisible(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_history, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_redoButton = new QPushButton(tr("Redo"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::cleanChanged, this, &TicketEditor::updateEditButtons);
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, m_undo, &QUndoStack::undo);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, m_undo, &QUndoStack::redo);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &TicketEditor::save);
    auto *keys = new UndoKeysFilter(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_subject, m_description})
        w->installEventFilter(keys);
    connect(m_save, &QPushButton::clicked, this, &TicketEditor::save);
    connect(close, &QPushButton::clicked, this, &TicketEditor::reject);
    connect(m_copySurvey, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_service.surveyLink(m_ticket, m_serverUrl));
        showMessage(tr("The survey link is copied: send it to the customer's contact."), false);
    });
    connect(m_subject, &QLineEdit::editingFinished, this, [this] { edited(tr("Change the subject")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Change the details")); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Change the kind")); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Change the channel")); });
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Change the priority")); });
    connect(m_contact, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Choose the contact")); });
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Choose the product")); });
    connect(m_asset, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Choose the asset")); });
    m_tick = new QTimer(this); // the time left, live
    connect(m_tick, &QTimer::timeout, this, &TicketEditor::updateClocks);
    m_tick->start(30 * 1000);
}

void TicketEditor::setServerUrl(const QString &url)
{
    m_serverUrl = url;
    updateActions();
}

void TicketEditor::load(const TicketService::Ticket &ticket)
{
    m_ticket = ticket;
    m_undo->clear();
    applyState(ticket);
    m_undo->setClean();
    m_status->clear();
    fillHistory();
    updateActions();
}

bool TicketEditor::isModified() const
{
    return !m_undo->isClean();
}

TicketService::Ticket TicketEditor::state() const
{
    TicketService::Ticket t = m_shown;
    t.subject = m_subject->text();
    t.description = m_description->toPlainText();
    t.kind = m_kind->currentData().toString();
    t.channel = m_channel->currentData().toString();
    t.priority = m_priority->currentData().toString();
    t.contactId = m_contact->currentData().toString();
    t.productId = m_product->currentData().toString();
    t.assetId = m_asset->currentData().toString();
    // The asset's product is the ticket's.
    for (const TicketService::AssetChoice &a : m_assets)
        if (a.id == t.assetId && t.assetId != m_shown.assetId)
            t.productId = a.productId;
    return t;
}

void TicketEditor::fillChoices()
{
    m_contact->clear();
    m_contact->addItem(tr("(no contact)"), QString());
    m_product->clear();
    m_product->addItem(tr("(no product)"), QString());
    m_asset->clear();
    m_asset->addItem(tr("(no asset)"), QString());
    m_assets.clear();
    try {
        m_customer->setText(m_shown.customerId.isEmpty() ? tr("(choose a customer)") : m_service.customerName(m_shown.customerId));
        if (!m_shown.customerId.isEmpty())
            for (const TicketService::Person &p : m_service.contactsOf(m_shown.customerId))
                m_contact->addItem(p.name, p.id);
        for (const TicketService::Person &p : m_service.products())
            m_product->addItem(p.name, p.id);
        const QDate logged = m_ticket.createdAt.isValid() ? m_ticket.createdAt.toLocalTime().date() : QDate::currentDate();
        m_assets = m_service.assetsOf(m_shown.customerId, logged);
        for (const TicketService::AssetChoice &a : std::as_const(m_assets))
            m_asset->addItem(a.text, a.id);
    } catch (const ModelError &e) {
        showMessage(e.message());
    }
}

void TicketEditor::applyState(const TicketService::Ticket &s)
{
    m_applying = true;
    const bool customerChanged = s.customerId != m_shown.customerId || m_contact->count() == 0;
    m_shown = s;
    if (customerChanged)
        fillChoices();
    if (m_subject->text() != s.subject)
        m_subject->setText(s.subject);
    if (m_description->toPlainText() != s.description)
        m_description->setPlainText(s.description);
    select(m_kind, s.kind);
    select(m_channel, s.channel);
    select(m_priority, s.priority);
    select(m_contact, s.contactId);
    select(m_product, s.productId);
    select(m_asset, s.assetId);
    QString cover;
    bool covered = true;
    for (const TicketService::AssetChoice &a : std::as_const(m_assets))
        if (a.id == s.assetId) {
            cover = a.cover;
            covered = a.covered;
        }
    m_assetCover->setText(cover);
    m_assetCover->setStyleSheet(covered ? QString() : u"color: #c8102e"_s); // charged: the agent says so
    m_applying = false;
    updateEditButtons(); // the moves and the rest follow the stored ticket (load)
}

void TicketEditor::updateEditButtons()
{
    const bool editable = m_service.mayEdit(m_ticket);
    m_save->setEnabled(editable && (isModified() || m_ticket.id.isEmpty()));
    m_undoButton->setEnabled(editable && m_undo->canUndo());
    m_redoButton->setEnabled(editable && m_undo->canRedo());
}

void TicketEditor::edited(const QString &what)
{
    if (m_applying)
        return;
    const TicketService::Ticket after = state();
    if (after == m_shown)
        return;
    m_undo->push(new StateCommand<TicketEditor, TicketService::Ticket>(this, m_shown, after, what));
}

bool TicketEditor::save()
{
    if (!isModified() && !m_ticket.id.isEmpty())
        return true;
    TicketService::Ticket t = state();
    try {
        if (const ValidationErrors errors = m_service.save(t)) {
            QStringList lines;
            for (const FieldError &e : errors.errors())
                lines << e.message;
            showMessage(lines.join(u'\n'));
            return false;
        }
    } catch (const ModelError &e) {
        showMessage(e.message());
        return false;
    }
    load(t);
    showMessage(tr("Saved. It goes to the server with the next sync."), false);
    emit changed();
    return true;
}

bool TicketEditor::makeMove(const QString &move)
{
    if ((isModified() || m_ticket.id.isEmpty()) && !save())
        return false;
    QList<TicketService::Person> people;
    try {
        if (move == u"assign")
            people = m_service.assignees();
    } catch (const ModelError &e) {
        showMessage(e.message());
        return false;
    }
    QString refused;
    TicketService::Ticket t = m_ticket;
    try {
        if (move == u"start" || move == u"resume" || move == u"close") {
            refused = move == u"start" ? m_service.start(t) : move == u"resume" ? m_service.resume(t) : m_service.close(t);
        } else {
            TicketMoveDialog ask(move, m_ticket, people, this);
            if (ask.exec() != QDialog::Accepted)
                return false;
            if (move == u"assign")
                refused = m_service.assign(t, ask.assigneeId(), ask.note());
            else if (move == u"suspend")
                refused = m_service.suspend(t, ask.reason(), ask.resumeOn(), ask.note());
            else if (move == u"resolve")
                refused = m_service.resolve(t, ask.resolution(), ask.note());
            else if (move == u"reopen")
                refused = m_service.reopen(t, ask.note());
            else if (move == u"escalate")
                refused = m_service.escalate(t, ask.note());
            else if (move == u"rate")
                refused = m_service.rate(t, ask.score(), ask.note());
        }
    } catch (const ModelError &e) {
        refused = e.message();
    }
    if (!refused.isEmpty()) {
        showMessage(refused);
        return false;
    }
    load(t);
    showMessage(tr("%1: done. It goes to the server with the next sync.").arg(TicketMoveDialog::caption(move).remove(u"…"_s)), false);
    emit changed();
    return true;
}

QPushButton *TicketEditor::moveButton(const QString &move) const
{
    for (QPushButton *b : m_moveButtons)
        if (b->property("move").toString() == move)
            return b;
    return nullptr;
}

void TicketEditor::updateClocks()
{
    if (!m_response)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto show = [](QLabel *label, const TicketService::Clock &c) {
        QString text = TicketService::clockText(c);
        if (c.due.isValid())
            text += tr(" (due %1)").arg(QLocale().toString(c.due.toLocalTime(), u"yyyy-MM-dd HH:mm"_s));
        label->setText(text);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, c.overdue() ? Overdue : label->parentWidget()->palette().color(QPalette::WindowText));
        label->setPalette(p);
    };
    try {
        show(m_response, m_service.responseClock(m_ticket, now));
        show(m_resolution, m_service.resolutionClock(m_ticket, now));
    } catch (const ModelError &e) {
        m_response->setText(e.message());
    }
}

void TicketEditor::fillHistory()
{
    QList<TicketService::Event> events;
    try {
        if (!m_ticket.id.isEmpty())
            events = m_service.history(m_ticket.id);
    } catch (const ModelError &e) {
        showMessage(e.message());
    }
    m_history->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const TicketService::Event &e = events[r];
        const QString to = e.toStatus.isEmpty() ? QString() : TicketService::statusText(e.toStatus);
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm"_s), TicketService::actionText(e.action), e.by,
                                e.assignee.isEmpty() ? to : tr("%1 · %2").arg(to, e.assignee), e.note};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

void TicketEditor::updateActions()
{
    const TicketService::Ticket &t = m_ticket;
    const bool isNew = t.id.isEmpty();
    bool editable = true;
    QStringList moves;
    try {
        editable = m_service.mayEdit(t);
        moves = m_service.allowedMoves(t);
    } catch (const ModelError &e) {
        showMessage(e.message());
    }
    setWindowTitle(isNew ? tr("New service ticket") : tr("Service ticket %1").arg(t.number));
    m_heading->setText(isNew ? tr("New service ticket %1").arg(t.number)
                             : tr("%1 · %2 · %3").arg(t.number, TicketService::statusText(t.status), TicketService::kindText(t.kind)));
    if (m_customerSearch)
        m_customerSearch->setVisible(isNew);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_channel, m_priority, m_contact, m_product, m_asset})
        w->setEnabled(editable);
    m_subject->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    updateEditButtons();

    QStringList handling;
    QString assignee;
    try {
        for (const TicketService::Person &p : m_service.assignees())
            if (p.id == t.assigneeId)
                assignee = p.name;
    } catch (const ModelError &) {
    }
    if (!isNew) {
        handling << TicketService::statusText(t.status);
        handling << (t.assigneeId.isEmpty() ? tr("nobody on it yet") : tr("with %1").arg(assignee.isEmpty() ? tr("(unknown)") : assignee));
        if (t.level > 0)
            handling << (t.level == 1 ? tr("escalated to the manager") : tr("escalated to a director"));
        if (t.status == u"suspended")
            handling << tr("waiting: %1, until %2").arg(t.suspendReason, t.resumeOn.toString(Qt::ISODate));
        if (!t.resolution.isEmpty())
            handling << tr("solution: %1").arg(t.resolution);
        try {
            if (m_service.awaitsServer(t.id))
                handling << tr("changes not yet synced");
        } catch (const ModelError &) {
        }
    }
    m_workflow->setText(handling.join(tr("; ")));
    updateClocks();

    if (t.satisfaction > 0)
        m_survey->setText(tr("%1 of 5 — %2").arg(t.satisfaction).arg(t.satisfactionComment.isEmpty() ? tr("no comment") : t.satisfactionComment));
    else if (t.status == u"closed")
        m_survey->setText(t.surveyToken.isEmpty() ? tr("The survey link comes with the next sync.") : m_service.surveyLink(t, m_serverUrl));
    else
        m_survey->setText(tr("Asked once the ticket is closed."));
    m_copySurvey->setVisible(t.satisfaction == 0 && !m_service.surveyLink(t, m_serverUrl).isEmpty());

    // The button that made a move is still in its click: away later, not now.
    for (QPushButton *b : std::as_const(m_moveButtons)) {
        b->hide();
        b->deleteLater();
    }
    m_moveButtons.clear();
    for (const QString &move : std::as_const(moves)) {
        auto *b = new QPushButton(TicketMoveDialog::caption(move), this);
        b->setObjectName(u"move_"_s + move);
        b->setProperty("move", move);
        connect(b, &QPushButton::clicked, this, [this, move] { makeMove(move); });
        m_moves->insertWidget(int(m_moveButtons.size()), b);
        m_moveButtons << b;
    }
}

void TicketEditor::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? Overdue : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void TicketEditor::reject()
{
    if (mayClose(this, isModified(), tr("Save the changes to this ticket?"), [this] { return save(); }))
        QDialog::reject();
}

} // namespace Huike
