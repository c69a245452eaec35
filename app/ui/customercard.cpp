#include "ui/contactscommand.h"
#include "ui/customerbasictab.h"
#include "ui/customercard.h"
#include "ui/customerclassificationtab.h"
#include "ui/customercontactstab.h"
#include "ui/customerdocuments.h"
#include "ui/customerduplicatespanel.h"
#include "ui/customerfieldcommand.h"
#include "ui/customerownerrow.h"
#include "ui/shortcutkeys.h"
#include "ui/undokeysfilter.h"

#include "core/timestamp.h"
#include "models/customerfields.h"
#include "models/modelerror.h"
#include "ui/activitydialog.h"
#include "ui/attachmentspanel.h"
#include "ui/contactdialog.h"
#include "ui/contracteditor.h"
#include "ui/assetspanel.h"
#include "ui/customer360page.h"
#include "ui/historytab.h"
#include "ui/unsavedchanges.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerCard::CustomerCard(CustomerService &service, const QString &customerId, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_undo = new QUndoStack(this);
    buildTabs();
    m_duplicates = new CustomerDuplicatesPanel(m_service, this);
    connect(m_duplicates, &CustomerDuplicatesPanel::openCustomer, this, &CustomerCard::openCustomer);

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

    addShortcuts();

    // The pool's clock and 共享… (issue 19).
    m_poolClock = new QLabel(this);
    m_poolClock->setObjectName(u"poolClock"_s);
    m_shareButton = new QPushButton(tr("Share…"), this);
    m_shareButton->setObjectName(u"share"_s);
    m_shareButton->setToolTip(tr("Share this customer with colleagues or a department"));
    connect(m_shareButton, &QPushButton::clicked, this, &CustomerCard::openShares);

    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(u"buttons"_s);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_poolClock);
    buttons->addWidget(m_shareButton);
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addWidget(saveButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_duplicates);
    layout->addLayout(buttons);

    auto *filter = new UndoKeysFilter(this);
    for (QLineEdit *e : std::as_const(m_lines))
        e->installEventFilter(filter);
    m_classification->fieldWidget(u"background"_s)->installEventFilter(filter);

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
    ensureHistory();
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

void CustomerCard::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_basic = new CustomerBasicTab(this);
    m_tabs->addTab(m_basic, tr("&Basic data"));
    m_classification = new CustomerClassificationTab(m_service, this);
    m_tabs->addTab(m_classification, tr("C&lassification"));
    m_contactsTab = new CustomerContactsTab(this);
    m_tabs->addTab(m_contactsTab, tr("C&ontacts"));
    // Alt+M: the word's other letters are taken on the basic data tab (shown first), by
    // Save or by the panel's own buttons.
    m_tabs->addTab(attachmentsTab(), tr("Attach&ments"));
    m_tabs->addTab(assetsTab(), tr("Assets"));
    for (CustomerFieldsTab *tab : {static_cast<CustomerFieldsTab *>(m_basic), static_cast<CustomerFieldsTab *>(m_classification)}) {
        m_lines.insert(tab->lines());
        m_combos.insert(tab->combos());
        m_errors.insert(tab->errors());
        connect(tab, &CustomerFieldsTab::edited, this, &CustomerCard::fieldEdited);
    }
    CustomerOwnerRow *owner = m_classification->ownerRow();
    connect(owner, &CustomerOwnerRow::reported, this, &CustomerCard::ownershipReported);
    connect(owner, &CustomerOwnerRow::ownerChanged, this, &CustomerCard::ownerChangedOnServer);
    connect(m_classification, &CustomerClassificationTab::levelRequestChanged, this, [this](const QString &message) {
        m_status->setText(message);
        emit saved(customerId()); // to the server with the next sync
    });
    connect(m_contactsTab, &CustomerContactsTab::addRequested, this, [this] {
        Contact c;
        c.isPrimary = m_contacts.isEmpty();
        ContactDialog dialog(c, this);
        if (dialog.exec() == QDialog::Accepted)
            addContact(dialog.contact());
    });
    connect(m_contactsTab, &CustomerContactsTab::editRequested, this, &CustomerCard::editContact);
    connect(m_contactsTab, &CustomerContactsTab::removeRequested, this, &CustomerCard::removeContact);
}

void CustomerCard::addShortcuts()
{
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
    addActions(m_classification->ownerRow()->shortcutActions());
}

QWidget *CustomerCard::attachmentsTab()
{
    // The card's contract service serves the attachments and the contract editors alike.
    m_contracts = std::make_unique<ContractService>(m_service.replica());
    m_documents = new CustomerDocuments(*m_contracts, this);
    connect(m_documents, &CustomerDocuments::saved, this, [this](bool contract) {
        if (m_page360)
            m_page360->reload();
        if (contract)
            m_attachments->reload(); // the contract's files are listed here too
        emit documentSaved();
    });
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

void CustomerCard::load(const Customer &c)
{
    m_original = c;
    m_applying = true;
    const QHash<QString, QString> values = CustomerFields::values(c);
    for (auto it = values.begin(); it != values.end(); ++it)
        applyField(it.key(), it.value());
    m_applying = false;
    m_touched.clear();
    m_classification->refreshLevel(customerId(), values.value(u"level"_s));
    updateOwnerRow();
    refreshContacts();
    m_attachments->setCustomer(customerId());
    m_assets->showCustomer(customerId());
    check(false);
    updateTitle();
}

void CustomerCard::fieldEdited(const QString &name, const QString &value)
{
    if (m_applying || m_values.value(name) == value)
        return;
    m_undo->push(new CustomerFieldCommand(this, name, m_values.value(name), value));
}

void CustomerCard::applyField(const QString &name, const QString &value)
{
    const bool wasApplying = m_applying;
    m_applying = true;
    m_values[name] = value;
    if (!m_basic->setValue(name, value))
        m_classification->setValue(name, value);
    m_applying = wasApplying;
    if (m_applying)
        return;
    m_touched.insert(name);
    check(false);
    if (CustomerFields::DuplicateFields.contains(name))
        m_dupTimer->start();
    m_status->clear();
}

Customer CustomerCard::customer() const
{
    return CustomerFields::apply(m_original, m_values);
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
    m_duplicates->find(value(u"name"_s), value(u"phone"_s), value(u"creditCode"_s), customerId());
}

QListWidget *CustomerCard::duplicateList() const { return m_duplicates->list(); }
QTableWidget *CustomerCard::contactTable() const { return m_contactsTab->table(); }

void CustomerCard::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    m_documents->setAttachmentFetcher(fetcher);
    m_attachments->setFetcher(fetcher);
}

void CustomerCard::enableRemoteDuplicates(const QUrl &server, const QString &token)
{
    m_duplicates->enableRemote(server, token);
}

void CustomerCard::refreshContacts()
{
    m_contactsTab->showContacts(m_contacts);
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
    CustomerService::Card card{customer(), m_contacts, {}, false};
    card.levelReason = m_classification->levelReason();
    if (creditCodeTaken(card.customer.creditCode))
        return false;
    ValidationErrors errors;
    try {
        errors = m_service.save(card, m_removed);
    } catch (const ModelError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The customer could not be saved on this computer: %1\nNothing you typed is lost; "
                                "the card stays open.").arg(e.message()));
        return false;
    }
    if (errors) {
        check(true);
        const QString field = errors.errors().first().field;
        if (field == u"level") {
            m_tabs->setCurrentWidget(m_classification);
            m_status->setText(tr("Not saved: %1").arg(errors.errors().first().message));
        } else if (field.startsWith(u"contacts.")) {
            m_tabs->setCurrentIndex(2);
            const int row = field.section(u'.', 1, 1).toInt();
            contactTable()->selectRow(row);
            m_status->setText(tr("Contact %1: %2").arg(row + 1).arg(errors.errors().first().message));
        } else if (QWidget *w = m_lines.value(field) ? static_cast<QWidget *>(m_lines.value(field)) : m_classification->fieldWidget(u"background"_s)) {
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
    const QHash<QString, QString> stored = CustomerFields::values(m_original);
    for (auto it = stored.begin(); it != stored.end(); ++it)
        applyField(it.key(), it.value());
    m_applying = false;
    m_removed.clear();
    refreshContacts();
    m_undo->setClean();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_classification->refreshLevel(customerId(), stored.value(u"level"_s));
    if (card.levelRequested) {
        m_classification->clearLevelReason();
        m_status->setText(tr("Saved at %1; the level change is asked for and waits for your manager's approval.")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
    if (wasNew) {
        m_dupTimer->start(); // exclude itself from now on
        m_attachments->setCustomer(customerId()); // files can be added now
    }
    updateOwnerRow(); // a new customer: its owner's buttons apply now
    ensure360();
    ensureHistory();
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
        m_tabs->insertTab(m_history ? m_tabs->indexOf(m_history) : m_tabs->count(), m_page360, tr("&360° view"));
        connect(m_page360, &Customer360Page::entryActivated, this, &CustomerCard::open360Entry);
        connect(m_page360, &Customer360Page::logActivityRequested, this, &CustomerCard::logActivity);
        connect(m_page360, &Customer360Page::newQuoteRequested, this, [this] { openQuote({}); });
        connect(m_page360, &Customer360Page::newOpportunityRequested, this, [this] { openOpportunity({}); });
    }
    m_page360->load(m_original, owner);
}

void CustomerCard::ensureHistory()
{
    if (m_history || m_original.meta.id.isNull())
        return;
    m_history = new HistoryTab(m_service.replica(), u"customers"_s, [this] { return customerId(); }, m_tabs);
    m_tabs->addTab(m_history, tr("History"));
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
    } catch (const ModelError &e) {
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
                contactTable()->selectRow(row);
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
    if (m_360 && !m_original.meta.id.isNull())
        m_documents->openOpportunity(m_360->replica(), customerId(), opportunityId);
}

QuoteEditor *CustomerCard::openQuote(const QString &quoteId, const QString &opportunityId)
{
    if (!m_360 || m_original.meta.id.isNull())
        return nullptr;
    return m_documents->openQuote(m_360->replica(), customerId(), quoteId, opportunityId);
}

ContractEditor *CustomerCard::openContract(const QString &contractId, const QString &fromQuoteId)
{
    if (!m_360 || m_original.meta.id.isNull())
        return nullptr;
    return m_documents->openContract(customerId(), contractId, fromQuoteId);
}

bool CustomerCard::creditCodeTaken(const QString &creditCode)
{
    const auto taken = m_duplicates->creditCodeTaken(creditCode, m_original);
    if (!taken)
        return false;
    m_status->setText(tr("Not saved: the credit code belongs to %1.").arg(taken->name));
    m_status->setStyleSheet(u"color: #c8102e"_s);
    m_duplicates->explain(*taken); // offers to open the other card
    return true;
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
