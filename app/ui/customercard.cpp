#include "customercard.h"
#include "shortcutkeys.h"

#include "activitydialog.h"
#include "attachmentspanel.h"
#include "contactdialog.h"
#include "customer360page.h"
#include "remoteduplicates.h"
#include "enums.h"
#include "fieldrow.h"
#include "contracteditor.h"
#include "creditcode.h"
#include "ownershipclient.h"
#include "opportunitiespage.h"
#include "quoteeditor.h"
#include "schemaerror.h"
#include "unsavedchanges.h"
#include "timestamp.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QStringList DuplicateFields{u"name"_s, u"phone"_s, u"creditCode"_s};

// One field's change; consecutive typing in the same field merges into one step.
class FieldCommand : public QUndoCommand
{
public:
    FieldCommand(CustomerCard *card, QString field, QString before, QString after)
        : m_card(card), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("Huike::CustomerCard", "edit %1").arg(m_field));
    }
    void undo() override { m_card->applyField(m_field, m_before); }
    void redo() override { m_card->applyField(m_field, m_after); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const FieldCommand *>(other);
        if (o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    CustomerCard *m_card;
    QString m_field, m_before, m_after;
};

// A change to the contact list (add, edit, remove): the list before and after.
class ContactsCommand : public QUndoCommand
{
public:
    ContactsCommand(CustomerCard *card, const QString &text, QList<Contact> after, QList<Id> afterRemoved)
        : m_card(card), m_before(card->contacts()), m_beforeRemoved(card->removedContacts()),
          m_after(std::move(after)), m_afterRemoved(std::move(afterRemoved))
    {
        setText(text);
    }
    void undo() override { m_card->applyContacts(m_before, m_beforeRemoved); }
    void redo() override { m_card->applyContacts(m_after, m_afterRemoved); }

private:
    CustomerCard *m_card;
    QList<Contact> m_before;
    QList<Id> m_beforeRemoved;
    QList<Contact> m_after;
    QList<Id> m_afterRemoved;
};

// The card's undo stack handles Ctrl+Z in every field: line edits do not keep their own.
class UndoKeysFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true; // not accepted: the card's shortcut fires
        }
        return QObject::eventFilter(watched, event);
    }
};

template<typename E>
QList<QPair<QString, QString>> enumItems(bool withNone)
{
    QList<QPair<QString, QString>> items;
    if (withNone)
        items.append({QString(), QCoreApplication::translate("Huike::CustomerCard", "(not set)")});
    for (E e : enumValues<E>())
        items.append({enumCode(e), enumLabel(e)});
    return items;
}

} // namespace

CustomerCard::CustomerCard(CustomerService &service, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_undo = new QUndoStack(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(basicTab(), tr("&Basic data"));
    m_tabs->addTab(classificationTab(), tr("C&lassification"));
    m_tabs->addTab(contactsTab(), tr("C&ontacts"));
    // Alt+M: the word's other letters are taken on the basic data tab (shown first), by
    // Save or by the panel's own buttons.
    m_tabs->addTab(attachmentsTab(), tr("Attach&ments"));

    m_duplicateTitle = new QLabel(tr("Possible duplicates — double-click to open instead:"), this);
    m_duplicateTitle->setStyleSheet(u"color: #b35900; font-weight: bold"_s);
    m_duplicates = new QListWidget(this);
    m_duplicates->setMaximumHeight(fontMetrics().height() * 6);
    m_duplicateTitle->hide();
    m_duplicates->hide();
    connect(m_duplicates, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (id.isEmpty()) // masked: another rep's
            QMessageBox::information(this, tr("Customer exists"), item->toolTip());
        else
            emit openCustomer(id);
    });

    m_status = new QLabel(this);
    auto *undo = new QPushButton(tr("&Undo"), this);
    auto *redo = new QPushButton(tr("Redo"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(saveButton, &QPushButton::clicked, this, &CustomerCard::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_undo, &QUndoStack::cleanChanged, this, &CustomerCard::updateTitle);

    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcuts(redoKeys());
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &CustomerCard::save);
    auto *logAction = new QAction(tr("Log activity"), this);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logAction, &QAction::triggered, this, &CustomerCard::logActivity);
    addActions({undoAction, redoAction, saveAction, logAction});
    m_claimAction = new QAction(tr("Claim"), this);
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_claimAction, &QAction::triggered, this, &CustomerCard::claim);
    m_releaseAction = new QAction(tr("Release to the public pool"), this);
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_releaseAction, &QAction::triggered, this, &CustomerCard::release);
    m_changeOwnerAction = new QAction(tr("Change owner…"), this);
    m_changeOwnerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_changeOwnerAction, &QAction::triggered, this, &CustomerCard::chooseOwner);
    addActions({m_claimAction, m_releaseAction, m_changeOwnerAction});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addWidget(saveButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_duplicateTitle);
    layout->addWidget(m_duplicates);
    layout->addLayout(buttons);

    auto *filter = new UndoKeysFilter(this);
    for (QLineEdit *e : std::as_const(m_lines))
        e->installEventFilter(filter);
    m_background->installEventFilter(filter);

    m_dupTimer = new QTimer(this);
    m_dupTimer->setSingleShot(true);
    m_dupTimer->setInterval(120);
    connect(m_dupTimer, &QTimer::timeout, this, &CustomerCard::findDuplicates);

    Customer c;
    if (!customerId.isEmpty()) {
        if (const auto card = m_service.load(customerId)) {
            c = card->customer;
            m_contacts = card->contacts;
        } else {
            m_status->setText(tr("This customer is no longer in your data."));
        }
    }
    load(c);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 90, fontMetrics().height() * 38);
}

CustomerCard::~CustomerCard() = default;

QString CustomerCard::customerId() const
{
    return m_original.meta.id.isNull() ? QString() : m_original.meta.id.toString();
}

bool CustomerCard::isModified() const
{
    return !m_undo->isClean();
}

void CustomerCard::addLine(QFormLayout *form, const QString &name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(name, edit);
    m_errors.insert(name, addFieldRow(form, label, edit));
    connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) { fieldEdited(name, text); });
}

void CustomerCard::addCombo(QFormLayout *form, const QString &name, const QString &label,
                            const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    for (const auto &[code, text] : items)
        box->addItem(text, code);
    form->addRow(label, box);
    m_combos.insert(name, box);
    connect(box, &QComboBox::activated, this, [this, name, box](int index) {
        fieldEdited(name, box->itemData(index).toString());
    });
}

QWidget *CustomerCard::basicTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    addLine(form, u"name"_s, tr("Customer &name"), tr("Full registered name, e.g. 上海恒信精密机械有限公司"));
    addLine(form, u"shortName"_s, tr("S&hort name"));
    addLine(form, u"creditCode"_s, tr("&Credit code"), tr("18 characters (统一社会信用代码)"));
    addLine(form, u"phone"_s, tr("&Phone"), u"010-6552 9988"_s);
    addLine(form, u"email"_s, tr("&Email"));
    addLine(form, u"website"_s, tr("&Website"));
    addLine(form, u"address"_s, tr("&Address"));
    addLine(form, u"province"_s, tr("Pro&vince"));
    addLine(form, u"city"_s, tr("C&ity"));
    addLine(form, u"postcode"_s, tr("Pos&tcode"));
    addLine(form, u"industry"_s, tr("In&dustry"));
    addLine(form, u"region"_s, tr("&Region"));
    addCombo(form, u"size"_s, tr("Si&ze"), enumItems<CustomerSize>(true));
    return page;
}

QWidget *CustomerCard::classificationTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    // Alt+letters: unique on this page with the tabs and the card's buttons (B, L, O, M, 3,
    // U, S are always on screen).
    addCombo(form, u"status"_s, tr("Sta&tus"), enumItems<CustomerStatus>(false));
    addCombo(form, u"level"_s, tr("Le&vel"), enumItems<CustomerLevel>(true));
    addCombo(form, u"type"_s, tr("Ty&pe"), enumItems<CustomerType>(false));
    addLine(form, u"source"_s, tr("Sou&rce"), tr("e.g. trade fair, referral, website"));
    addLine(form, u"creditRating"_s, tr("Cre&dit rating"));
    addLine(form, u"securityLevel"_s, tr("Securit&y level"));
    addLine(form, u"tags"_s, tr("Ta&gs"), tr("separated by commas"));
    // 负责人 with what the user may do about it (OwnershipClient; online).
    auto *owner = new QLabel(page);
    owner->setObjectName(u"owner"_s);
    m_claim = new QPushButton(tr("Cla&im"), page);
    m_claim->setObjectName(u"claim"_s);
    m_claim->setToolTip(tr("Claim this customer from the public pool (Ctrl+Shift+C)"));
    m_release = new QPushButton(tr("R&elease to pool"), page);
    m_release->setObjectName(u"release"_s);
    m_release->setToolTip(tr("Release this customer to the public pool (Ctrl+Shift+P)"));
    m_changeOwner = new QPushButton(tr("Change o&wner…"), page);
    m_changeOwner->setObjectName(u"changeOwner"_s);
    m_changeOwner->setToolTip(tr("Give this customer to another sales rep (Ctrl+Shift+O)"));
    connect(m_claim, &QPushButton::clicked, this, &CustomerCard::claim);
    connect(m_release, &QPushButton::clicked, this, &CustomerCard::release);
    connect(m_changeOwner, &QPushButton::clicked, this, &CustomerCard::chooseOwner);
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(owner, 1);
    ownerRow->addWidget(m_claim);
    ownerRow->addWidget(m_release);
    ownerRow->addWidget(m_changeOwner);
    form->addRow(tr("Owner"), ownerRow);
    m_background = new QPlainTextEdit(page);
    m_background->setObjectName(u"background"_s);
    m_background->setTabChangesFocus(true);
    m_background->setUndoRedoEnabled(false);
    auto *error = new QLabel(page);
    reserveErrorLine(error);
    m_errors.insert(u"background"_s, error);
    form->addRow(tr("Bac&kground"), m_background);
    form->addRow(QString(), error);
    connect(m_background, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(u"background"_s, m_background->toPlainText()); });
    return page;
}

QWidget *CustomerCard::attachmentsTab()
{
    // The card's contract service serves the attachments and the contract editors alike.
    m_contracts = std::make_unique<ContractService>(m_service.replica());
    m_attachments = new AttachmentsPanel(*m_contracts, this);
    // The panel's &Open would share Alt+O with the C&ontacts tab, always on screen.
    if (auto *open = m_attachments->findChild<QPushButton *>(u"open"_s))
        open->setText(tr("Op&en"));
    connect(m_attachments, &AttachmentsPanel::changed, this, [this] {
        if (m_page360)
            m_page360->reload();
        emit documentSaved(); // the main window syncs soon, as for the contract editor's files
    });
    return m_attachments;
}

void CustomerCard::showAttachment(const QString &attachmentId)
{
    m_attachments->reload(); // it may have come with a sync since the card opened
    m_tabs->setCurrentWidget(m_attachments);
    m_attachments->select(attachmentId);
}

QWidget *CustomerCard::contactsTab()
{
    auto *page = new QWidget(this);
    m_contactTable = new QTableWidget(0, 6, page);
    m_contactTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("Email"), tr("Decision role")});
    m_contactTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactTable->verticalHeader()->hide();
    m_contactTable->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add contact…"), page);
    auto *edit = new QPushButton(tr("&Edit…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page); // Alt+M is the attachments tab
    connect(add, &QPushButton::clicked, this, [this] {
        Contact c;
        c.isPrimary = m_contacts.isEmpty();
        ContactDialog dialog(c, this);
        if (dialog.exec() == QDialog::Accepted)
            addContact(dialog.contact());
    });
    connect(edit, &QPushButton::clicked, this, [this] { editContact(m_contactTable->currentRow()); });
    connect(m_contactTable, &QTableWidget::cellActivated, this, [this](int row, int) { editContact(row); });
    connect(remove, &QPushButton::clicked, this, [this] { removeContact(m_contactTable->currentRow()); });
    auto *del = new QAction(m_contactTable);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, [this] { removeContact(m_contactTable->currentRow()); });
    m_contactTable->addAction(del);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_contactTable, 1);
    layout->addLayout(buttons);
    return page;
}

QHash<QString, QString> CustomerCard::fieldValues(const Customer &c)
{
    return {
        {u"name"_s, c.name},
        {u"shortName"_s, c.shortName},
        {u"creditCode"_s, c.creditCode},
        {u"phone"_s, c.phone},
        {u"email"_s, c.email},
        {u"website"_s, c.website},
        {u"address"_s, c.address},
        {u"province"_s, c.province},
        {u"city"_s, c.city},
        {u"postcode"_s, c.postcode},
        {u"industry"_s, c.industry},
        {u"region"_s, c.region},
        {u"size"_s, c.size ? enumCode(*c.size) : QString()},
        {u"status"_s, enumCode(c.status)},
        {u"level"_s, c.level ? enumCode(*c.level) : QString()},
        {u"type"_s, enumCode(c.type)},
        {u"source"_s, c.source},
        {u"creditRating"_s, c.creditRating},
        {u"securityLevel"_s, c.securityLevel},
        {u"tags"_s, c.tags.join(u", "_s)},
        {u"background"_s, c.background},
    };
}

void CustomerCard::load(const Customer &c)
{
    m_original = c;
    m_applying = true;
    const QHash<QString, QString> values = fieldValues(c);
    for (auto it = values.begin(); it != values.end(); ++it)
        applyField(it.key(), it.value());
    m_applying = false;
    m_touched.clear();
    updateOwnerRow();
    refreshContacts();
    m_attachments->setCustomer(customerId());
    check(false);
    updateTitle();
}

void CustomerCard::fieldEdited(const QString &name, const QString &value)
{
    if (m_applying || m_values.value(name) == value)
        return;
    m_undo->push(new FieldCommand(this, name, m_values.value(name), value));
}

void CustomerCard::applyField(const QString &name, const QString &value)
{
    const bool wasApplying = m_applying;
    m_applying = true;
    m_values[name] = value;
    if (QLineEdit *e = m_lines.value(name)) {
        if (e->text() != value)
            e->setText(value);
    } else if (QComboBox *box = m_combos.value(name)) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    } else if (name == u"background") {
        if (m_background->toPlainText() != value)
            m_background->setPlainText(value);
    }
    m_applying = wasApplying;
    if (m_applying)
        return;
    m_touched.insert(name);
    check(false);
    if (DuplicateFields.contains(name))
        m_dupTimer->start();
    m_status->clear();
}

Customer CustomerCard::customer() const
{
    Customer c = m_original;
    c.name = value(u"name"_s).trimmed();
    c.shortName = value(u"shortName"_s).trimmed();
    c.creditCode = value(u"creditCode"_s).trimmed();
    c.phone = value(u"phone"_s).trimmed();
    c.email = value(u"email"_s).trimmed();
    c.website = value(u"website"_s).trimmed();
    c.address = value(u"address"_s).trimmed();
    c.province = value(u"province"_s).trimmed();
    c.city = value(u"city"_s).trimmed();
    c.postcode = value(u"postcode"_s).trimmed();
    c.industry = value(u"industry"_s).trimmed();
    c.region = value(u"region"_s).trimmed();
    c.size = enumFromCode<CustomerSize>(value(u"size"_s));
    c.status = enumFromCode<CustomerStatus>(value(u"status"_s)).value_or(CustomerStatus::Potential);
    c.level = enumFromCode<CustomerLevel>(value(u"level"_s));
    c.type = enumFromCode<CustomerType>(value(u"type"_s)).value_or(CustomerType::End);
    c.source = value(u"source"_s).trimmed();
    c.creditRating = value(u"creditRating"_s).trimmed();
    c.securityLevel = value(u"securityLevel"_s).trimmed();
    c.tags.clear();
    static const QRegularExpression separators(u"[,，、;；]"_s);
    for (const QString &tag : value(u"tags"_s).split(separators, Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    c.background = value(u"background"_s);
    return c;
}

void CustomerCard::check(bool showAll)
{
    const ValidationErrors errors = customer().validate();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const bool show = (showAll || m_touched.contains(it.key())) && errors.has(it.key());
        it.value()->setText(show ? errors.messageFor(it.key()) : QString());
        it.value()->setToolTip(it.value()->text()); // the whole message if the line cuts it
        it.value()->setVisible(show);
    }
}

void CustomerCard::findDuplicates()
{
    const QList<CustomerService::Match> matches =
        m_service.duplicates(value(u"name"_s), value(u"phone"_s), value(u"creditCode"_s), customerId());
    m_duplicates->clear();
    for (const CustomerService::Match &m : matches) {
        const QString owner = m.ownerName.isEmpty() ? tr("public pool") : m.ownerName;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(m.name, owner, m.reason), m_duplicates);
        item->setData(Qt::UserRole, m.id);
    }
    m_duplicateTitle->setVisible(!matches.isEmpty());
    m_duplicates->setVisible(!matches.isEmpty());
    if (m_remote)
        m_remote->check(value(u"name"_s), value(u"phone"_s), value(u"creditCode"_s), customerId());
}

void CustomerCard::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    m_attachmentFetcher = fetcher;
    m_attachments->setFetcher(fetcher);
}

void CustomerCard::enableRemoteDuplicates(const QUrl &server, const QString &token)
{
    if (!m_remote) {
        m_remote = new RemoteDuplicates(this); // this card's own: results never cross cards
        connect(m_remote, &RemoteDuplicates::found, this, &CustomerCard::mergeRemoteDuplicates);
    }
    m_remote->setServer(server, token);
}

void CustomerCard::mergeRemoteDuplicates(const QList<RemoteDuplicates::Match> &matches)
{
    // Those already listed from the replica stay as they are; the server adds the
    // customers this user cannot see, masked, and any not synced here yet.
    QSet<QString> listed;
    for (int i = 0; i < m_duplicates->count(); ++i)
        listed.insert(m_duplicates->item(i)->data(Qt::UserRole).toString());
    m_remoteCodeMatches.clear();
    m_remoteCode = CreditCode::isValid(value(u"creditCode"_s)) ? CreditCode::normalize(value(u"creditCode"_s)) : QString();
    for (const RemoteDuplicates::Match &m : matches) {
        if (m.reason == u"credit_code")
            m_remoteCodeMatches << m;
        if (m.visible && listed.contains(m.id))
            continue;
        const QString reason = m.reason == u"credit_code" ? tr("same credit code")
                             : m.reason == u"phone"       ? tr("same phone number")
                             : m.score >= 100             ? tr("same name")
                                                          : tr("similar name (%1 %)").arg(m.score);
        const QString owner = m.ownerName.isEmpty() ? tr("public pool") : m.ownerName;
        auto *item = new QListWidgetItem(m_duplicates);
        if (m.visible) {
            item->setText(tr("%1 — %2 (%3)").arg(m.name, owner, reason));
            item->setData(Qt::UserRole, m.id);
        } else {
            item->setText(tr("%1 — %2 (%3; not shared with you)").arg(m.name, owner, reason));
            item->setForeground(palette().placeholderText());
            item->setToolTip(tr("This customer exists and belongs to %1. Ask them or your manager to share it "
                                "instead of creating it again.").arg(owner));
        }
    }
    const bool any = m_duplicates->count() > 0;
    m_duplicateTitle->setVisible(any);
    m_duplicates->setVisible(any);
}

void CustomerCard::refreshContacts()
{
    m_contactTable->setRowCount(int(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const Contact &c = m_contacts[row];
        const QStringList cells{c.isPrimary ? tr("%1 (primary)").arg(c.name) : c.name, c.title, c.mobile, c.phone, c.email,
                                c.decisionRole ? enumLabel(*c.decisionRole) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_contactTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_tabs->setTabText(2, tr("C&ontacts (%1)").arg(m_contacts.size()));
}

void CustomerCard::addContact(const Contact &contact)
{
    QList<Contact> after = m_contacts;
    Contact c = contact;
    if (c.meta.id.isNull())
        c.meta.id = Id::generate();
    if (c.isPrimary)
        for (Contact &other : after)
            other.isPrimary = false;
    after << c;
    m_undo->push(new ContactsCommand(this, tr("add contact %1").arg(c.name), after, m_removed));
}

void CustomerCard::replaceContact(int row, const Contact &contact)
{
    if (row < 0 || row >= m_contacts.size())
        return;
    QList<Contact> after = m_contacts;
    if (contact.isPrimary)
        for (Contact &other : after)
            other.isPrimary = false;
    after[row] = contact;
    m_undo->push(new ContactsCommand(this, tr("edit contact %1").arg(contact.name), after, m_removed));
}

void CustomerCard::removeContact(int row)
{
    if (row < 0 || row >= m_contacts.size())
        return;
    QList<Contact> after = m_contacts;
    QList<Id> removed = m_removed;
    const Contact gone = after.takeAt(row);
    if (gone.meta.version > 0 || !gone.meta.createdAt.isEmpty())
        removed << gone.meta.id; // stored before: delete it on save
    m_undo->push(new ContactsCommand(this, tr("remove contact %1").arg(gone.name), after, removed));
}

void CustomerCard::editContact(int row)
{
    if (row < 0 || row >= m_contacts.size())
        return;
    ContactDialog dialog(m_contacts[row], this);
    if (dialog.exec() == QDialog::Accepted && !(dialog.contact() == m_contacts[row]))
        replaceContact(row, dialog.contact());
}

void CustomerCard::applyContacts(const QList<Contact> &contacts, const QList<Id> &removed)
{
    m_contacts = contacts;
    m_removed = removed;
    refreshContacts();
    m_status->clear();
}

bool CustomerCard::save()
{
    CustomerService::Card card{customer(), m_contacts};
    if (creditCodeTaken(card.customer.creditCode))
        return false;
    ValidationErrors errors;
    try {
        errors = m_service.save(card, m_removed);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The customer could not be saved on this computer: %1\nNothing you typed is lost; "
                                "the card stays open.").arg(e.message()));
        return false;
    }
    if (errors) {
        check(true);
        const QString field = errors.errors().first().field;
        if (field.startsWith(u"contacts.")) {
            m_tabs->setCurrentIndex(2);
            const int row = field.section(u'.', 1, 1).toInt();
            m_contactTable->selectRow(row);
            m_status->setText(tr("Contact %1: %2").arg(row + 1).arg(errors.errors().first().message));
        } else if (QWidget *w = m_lines.value(field) ? static_cast<QWidget *>(m_lines.value(field)) : m_background) {
            for (int i = 0; i < m_tabs->count(); ++i)
                if (m_tabs->widget(i)->isAncestorOf(w))
                    m_tabs->setCurrentIndex(i);
            w->setFocus();
            m_status->setText(tr("Not saved: please correct the fields marked in red."));
        }
        m_status->setStyleSheet(u"color: #c8102e"_s);
        return false;
    }
    const bool wasNew = m_original.meta.id.isNull();
    m_original = card.customer;
    m_contacts = card.contacts;
    // The fields show what was stored: the normalised credit code and phone, trimmed text.
    m_applying = true;
    const QHash<QString, QString> stored = fieldValues(m_original);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        applyField(it.key(), it.value());
    m_applying = false;
    m_removed.clear();
    refreshContacts();
    m_undo->setClean();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (wasNew) {
        m_dupTimer->start(); // exclude itself from now on
        m_attachments->setCustomer(customerId()); // files can be added now
    }
    updateOwnerRow(); // a new customer: its owner's buttons apply now
    ensure360();
    updateTitle();
    emit saved(customerId());
    return true;
}

void CustomerCard::setCustomer360(Customer360 *service)
{
    m_360 = service;
    ensure360();
}

void CustomerCard::ensure360()
{
    if (!m_360 || m_original.meta.id.isNull())
        return;
    const QString owner = m_original.meta.ownerId.isNull() ? tr("Public pool")
                                                          : m_service.userName(m_original.meta.ownerId.toString());
    if (!m_page360) {
        m_page360 = new Customer360Page(*m_360, m_tabs);
        m_tabs->addTab(m_page360, tr("&360° view"));
        connect(m_page360, &Customer360Page::entryActivated, this, &CustomerCard::open360Entry);
        connect(m_page360, &Customer360Page::logActivityRequested, this, &CustomerCard::logActivity);
        connect(m_page360, &Customer360Page::newQuoteRequested, this, [this] { openQuote({}); });
        connect(m_page360, &Customer360Page::newOpportunityRequested, this, [this] { openOpportunity({}); });
    }
    m_page360->load(m_original, owner);
}

void CustomerCard::show360()
{
    ensure360();
    if (m_page360)
        m_tabs->setCurrentWidget(m_page360);
}

void CustomerCard::logActivity()
{
    if (!m_360)
        return;
    if (m_original.meta.id.isNull()) {
        m_status->setText(tr("Save the new customer first, then log activities."));
        return;
    }
    Activity a;
    a.customerId = m_original.meta.id;
    a.occurredAt = Timestamp::now();
    ActivityDialog dialog(a, m_contacts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Activity saved = dialog.activity();
    writeActivity(saved);
}

bool CustomerCard::writeActivity(Activity &activity)
{
    try {
        if (const ValidationErrors errors = m_360->saveActivity(activity)) {
            m_status->setText(errors.errors().first().message);
            return false;
        }
    } catch (const SchemaError &e) {
        QMessageBox::warning(this, tr("Not saved"), tr("The activity could not be saved: %1").arg(e.message()));
        return false;
    }
    m_status->setText(tr("Activity saved"));
    ensure360();
    emit activityLogged();
    return true;
}

void CustomerCard::open360Entry(const Customer360::Entry &entry)
{
    if (entry.table == u"contacts") {
        for (int row = 0; row < m_contacts.size(); ++row) {
            if (m_contacts[row].meta.id.toString() == entry.id) {
                m_tabs->setCurrentIndex(2);
                m_contactTable->selectRow(row);
                editContact(row);
                return;
            }
        }
        return;
    }
    const auto row = m_360->record(entry.table, entry.id);
    if (!row)
        return;
    if (entry.table == u"activities") {
        Activity original = Customer360::activityOf(*row);
        ActivityDialog dialog(original, m_contacts, this);
        if (dialog.exec() != QDialog::Accepted || dialog.activity() == original)
            return;
        Activity changed = dialog.activity();
        writeActivity(changed);
        return;
    }
    if (entry.table == u"quotes") {
        openQuote(entry.id);
        return;
    }
    if (entry.table == u"contracts") {
        openContract(entry.id);
        return;
    }
    if (entry.table == u"opportunities") {
        openOpportunity(entry.id);
        return;
    }
    if (entry.table == u"attachments") {
        // A contract's file in its contract's attachments tab, the customer's own in this
        // card's; the file selected either way: open or save it from there.
        const QString contractId = row->value(u"contract_id"_s).toString();
        if (contractId.isEmpty())
            showAttachment(entry.id);
        else if (ContractEditor *editor = openContract(contractId))
            editor->showAttachment(entry.id);
        return;
    }
    RecordDialog(entry.table, *row, this).exec();
}

void CustomerCard::openOpportunity(const QString &opportunityId)
{
    if (!m_360 || m_original.meta.id.isNull())
        return;
    if (!m_opportunities)
        m_opportunities = std::make_unique<OpportunityService>(m_360->replica());
    const auto existing = opportunityId.isEmpty() ? std::nullopt : m_opportunities->load(opportunityId);
    OpportunityDialog dialog(*m_opportunities, existing ? *existing : m_opportunities->newOpportunity(m_original.meta.id.toString()), this);
    connect(&dialog, &OpportunityDialog::saved, this, [this] {
        if (m_page360)
            m_page360->reload();
        emit documentSaved();
    });
    QString quoteFor;
    connect(&dialog, &OpportunityDialog::quoteRequested, this, [&quoteFor](const QString &, const QString &id) { quoteFor = id; });
    dialog.exec();
    if (!quoteFor.isEmpty())
        openQuote({}, quoteFor);
}

QuoteEditor *CustomerCard::openQuote(const QString &quoteId, const QString &opportunityId)
{
    if (!m_360 || m_original.meta.id.isNull())
        return nullptr;
    if (!m_quotes)
        m_quotes = std::make_unique<QuoteService>(m_360->replica());
    auto *editor = new QuoteEditor(*m_quotes, quoteId, m_original.meta.id.toString(), opportunityId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuoteEditor::saved, this, [this] {
        if (m_page360)
            m_page360->reload();
        emit documentSaved();
    });
    connect(editor, &QuoteEditor::contractRequested, this, [this](const QString &quoteId) { openContract({}, quoteId); });
    editor->show();
    return editor;
}

ContractEditor *CustomerCard::openContract(const QString &contractId, const QString &fromQuoteId)
{
    if (!m_360 || m_original.meta.id.isNull())
        return nullptr;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    std::optional<Contract> contract = !contractId.isEmpty() ? m_contracts->load(contractId)
                                     : !fromQuoteId.isEmpty() ? m_contracts->fromQuote(fromQuoteId, today)
                                                              : std::optional<Contract>(m_contracts->newContract(m_original.meta.id.toString(), today));
    if (!contract)
        return nullptr;
    auto *editor = new ContractEditor(*m_contracts, *contract, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setAttachmentFetcher(m_attachmentFetcher);
    connect(editor, &ContractEditor::saved, this, [this] {
        if (m_page360)
            m_page360->reload();
        m_attachments->reload(); // the contract's files are listed here too
        emit documentSaved();
    });
    editor->show();
    return editor;
}

bool CustomerCard::creditCodeTaken(const QString &creditCode)
{
    // A credit code names one company: another live customer with it is this one. Asked
    // only when the code is new on this card (old data may hold a pair already).
    if (!CreditCode::isValid(creditCode))
        return false;
    const QString code = CreditCode::normalize(creditCode);
    if (!m_original.meta.id.isNull() && CreditCode::isValid(m_original.creditCode)
        && CreditCode::normalize(m_original.creditCode) == code)
        return false;
    QString id, name, owner;
    if (const auto match = m_service.creditCodeTaken(code, customerId())) {
        id = match->id;
        name = match->name;
        owner = match->ownerName;
    } else if (m_remoteCode == code) {
        // The server's check (while typing) knows the customers not in this replica.
        for (const RemoteDuplicates::Match &m : std::as_const(m_remoteCodeMatches)) {
            if (m.id == customerId() && m.visible)
                continue;
            id = m.visible ? m.id : QString();
            name = m.name;
            owner = m.ownerName;
            break;
        }
        if (name.isEmpty())
            return false;
    } else {
        return false;
    }
    const QString ownerText = owner.isEmpty() ? tr("the public pool") : owner;
    m_status->setText(tr("Not saved: the credit code belongs to %1.").arg(name));
    m_status->setStyleSheet(u"color: #c8102e"_s);
    QMessageBox box(QMessageBox::Warning, tr("Credit code already in use"),
                    tr("The unified social credit code %1 already belongs to %2 (%3). A credit code names one "
                       "company, so this card cannot be saved with it.").arg(code, name, ownerText),
                    QMessageBox::Cancel, this);
    QPushButton *open = nullptr;
    if (!id.isEmpty())
        open = box.addButton(tr("Open the existing customer"), QMessageBox::AcceptRole);
    else
        box.setInformativeText(tr("That customer is not shared with you; ask its owner or your manager."));
    if (open)
        box.setDefaultButton(open);
    box.exec();
    if (open && box.clickedButton() == open)
        emit openCustomer(id);
    return true;
}

void CustomerCard::setOwnership(OwnershipClient *ownership)
{
    if (m_ownership)
        disconnect(m_ownership, nullptr, this, nullptr);
    m_ownership = ownership;
    if (m_ownership)
        connect(m_ownership, &OwnershipClient::ownerChanged, this, [this](const QString &id) {
            if (id == customerId())
                ownerChangedOnServer();
        });
    updateOwnerRow();
}

void CustomerCard::updateOwnerRow()
{
    const Customer &c = m_original;
    const QString owner = c.meta.id.isNull() ? m_service.userName(m_service.currentUserId())
                          : c.meta.ownerId.isNull() ? tr("Public pool")
                                                    : m_service.userName(c.meta.ownerId.toString());
    if (auto *label = findChild<QLabel *>(u"owner"_s))
        label->setText(owner);
    const QString role = m_service.currentRole();
    const bool saved = !c.meta.id.isNull() && m_ownership;
    const bool claim = saved && c.meta.ownerId.isNull() && CustomerService::mayClaim(role);
    const bool release = saved && m_service.mayRelease(c.meta.ownerId.isNull() ? QString() : c.meta.ownerId.toString());
    const bool assign = saved && CustomerService::mayAssign(role);
    m_claim->setVisible(claim);
    m_claimAction->setEnabled(claim);
    m_release->setVisible(release);
    m_releaseAction->setEnabled(release);
    m_changeOwner->setVisible(assign);
    m_changeOwnerAction->setEnabled(assign);
}

void CustomerCard::ownerChangedOnServer()
{
    // Only the owner's part: what is being typed on the card stays.
    if (const auto stored = m_service.load(customerId())) {
        m_original.meta = stored->customer.meta;
        m_original.departmentId = stored->customer.departmentId;
    }
    updateOwnerRow();
    ensure360();
}

bool CustomerCard::ownershipOnline()
{
    if (m_ownership && m_ownership->isOnline())
        return true;
    QMessageBox::information(this, tr("Needs the server"), OwnershipClient::offlineMessage());
    return false;
}

bool CustomerCard::reportOwnership(bool ok, const QString &message, const QString &done)
{
    if (!ok) {
        m_status->setStyleSheet(u"color: #c8102e"_s);
        m_status->setText(message);
        QMessageBox::warning(this, tr("Owner not changed"), message);
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(done);
    emit documentSaved(); // the main window syncs soon: the customer's records follow
    return true;
}

bool CustomerCard::claim()
{
    if (!m_claimAction->isEnabled() || !ownershipOnline())
        return false;
    if (QMessageBox::question(this, tr("Claim"), tr("Claim %1 from the public pool? It becomes yours.").arg(m_original.name))
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->claim(customerId());
    QApplication::restoreOverrideCursor();
    return reportOwnership(r.ok, r.message, tr("Claimed: this customer is yours now."));
}

bool CustomerCard::release()
{
    if (!m_releaseAction->isEnabled() || !ownershipOnline())
        return false;
    if (QMessageBox::question(this, tr("Release to the public pool"),
                              tr("Release %1 to the public pool? Any sales rep can then claim it.").arg(m_original.name))
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->release(customerId());
    QApplication::restoreOverrideCursor();
    return reportOwnership(r.ok, r.message, tr("Released to the public pool."));
}

void CustomerCard::chooseOwner()
{
    if (!m_changeOwnerAction->isEnabled() || !ownershipOnline())
        return;
    QStringList names;
    QStringList ids;
    for (const auto &[id, name] : m_service.assignableUsers()) {
        if (id == m_original.meta.ownerId.toString())
            continue;
        names << name;
        ids << id;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Change owner"), tr("There is nobody you may give this customer to."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change owner"), tr("Give %1 to:").arg(m_original.name), names, 0,
                                                 false, &ok);
    if (ok && names.contains(chosen))
        changeOwner(ids.value(names.indexOf(chosen)));
}

bool CustomerCard::changeOwner(const QString &ownerId)
{
    if (!m_changeOwnerAction->isEnabled() || ownerId.isEmpty() || !ownershipOnline())
        return false;
    const QString whom = m_service.userName(ownerId);
    if (QMessageBox::question(this, tr("Change owner"),
                              tr("Give %1 to %2? Its contacts, opportunities, quotes and contracts go along.")
                                  .arg(m_original.name, whom))
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->assign(customerId(), ownerId);
    QApplication::restoreOverrideCursor();
    return reportOwnership(r.ok, r.message, tr("The customer now belongs to %1.").arg(whom));
}

void CustomerCard::updateTitle()
{
    const QString name = m_original.meta.id.isNull() ? tr("New customer") : m_original.name;
    setWindowTitle(tr("Customer card — %1").arg(name) + (isModified() ? u" *"_s : QString()));
}

void CustomerCard::done(int result)
{
    if (result == QDialog::Rejected
        && !mayClose(this, isModified(), tr("Save the changes to this customer before closing?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
