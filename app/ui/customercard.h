#pragma once

#include "models/customer360.h"
#include "models/customerservice.h"
#include "syncclient/attachmentfetcher.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;
class QUndoStack;
class QUrl;

namespace Huike {

class AssetService;
class AssetsPanel;
class AttachmentsPanel;
class CustomerBasicTab;
class CustomerClassificationTab;
class CustomerContactsTab;
class CustomerDocuments;
class CustomerDuplicatesPanel;
class MergeClient;
class HistoryTab;
class OwnershipClient;
class Customer360Page;
class QuoteEditor;
class ContractEditor;
class ContractService;

// The customer card (客户卡片, FEATURES.md C1, C3): every field of a customer on two tabs
// (CustomerBasicTab, CustomerClassificationTab with the owner row), its contacts on a third
// (CustomerContactsTab), its attachments (附件) on a fourth (AttachmentsPanel), the 360° view
// on a fifth and its history (历史, HistoryTab) last, once saved; the likely duplicates
// below (CustomerDuplicatesPanel); what opens from here in CustomerDocuments; the owner,
// public pool and sharing part in customercardowner.cpp. This class is the shell: the undo stack, loading,
// checking and saving. Errors appear next to a field as it is typed (credit-code check
// character, phone, email, …); likely duplicates appear below while the name, phone or
// credit code is typed, and a visible one can be opened instead. Every change is on an
// undo stack (Ctrl+Z / Ctrl+Shift+Z). Save (Ctrl+S) writes the replica and the outbox in
// one transaction and says "saved" only after the commit; closing with unsaved changes
// asks first.
class CustomerCard : public QDialog
{
    Q_OBJECT

public:
    // An empty id opens a new card.
    CustomerCard(CustomerService &service, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerCard() override;

    QString customerId() const;
    bool isModified() const;
    bool save();

    // For tests and keyboard users: the widgets by field name ("name", "creditCode", …).
    QLineEdit *field(const QString &name) const { return m_lines.value(name); }
    QComboBox *combo(const QString &name) const { return m_combos.value(name); }
    QLabel *errorLabel(const QString &name) const { return m_errors.value(name); }
    QListWidget *duplicateList() const;
    QTableWidget *contactTable() const;
    QTabWidget *tabs() const { return m_tabs; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    AssetsPanel *assetsPanel() const { return m_assets; }
    // Brings the attachments tab forward with that attachment selected.
    void showAttachment(const QString &attachmentId);
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }

    // 负责人: claim (in the pool), release (own, or for those who assign), change owner
    // (managers, directors, administrators) — through the server, asking first; the
    // buttons show only when they apply. Without a client (or offline) they say the
    // server is needed.
    void setOwnership(OwnershipClient *ownership);
    // 撤销合并… on a saved card, for who may merge (MergeDialog::undoMergeInto).
    void setMergeClient(MergeClient *client);
    bool claim();
    bool release();
    void chooseOwner();                        // asks whom, then changeOwner()
    bool changeOwner(const QString &ownerId);  // asks first
    // 共享…: the ShareDialog for this customer (through the same client; modal).
    void openShares();
    // "N days left before it goes back to the pool" (owned), or why it is in the pool.
    QLabel *poolClockLabel() const { return m_poolClock; }

    // The 360° view and activities: a tab for a saved customer.
    void setCustomer360(Customer360 *service);
    // Online: the server's matches too, the ones this user cannot see masked.
    void enableRemoteDuplicates(const QUrl &server, const QString &token);
    // For the attachments tab and the contract editors opened from here: downloads
    // attachments on demand.
    void setAttachmentFetcher(AttachmentFetcher *fetcher);
    Customer360Page *page360() const { return m_page360; }
    // 历史: the customer's and its records' changes, once saved.
    HistoryTab *historyTab() const { return m_history; }
    void show360();
    void logActivity();
    // Opens the quote editor (a new quote for this customer when quoteId is empty).
    QuoteEditor *openQuote(const QString &quoteId, const QString &opportunityId = {});
    // Opens an opportunity (a new one for this customer when the id is empty); modal.
    void openOpportunity(const QString &opportunityId);
    // Opens a saved contract, or a new one made from an accepted quote (fromQuoteId).
    ContractEditor *openContract(const QString &contractId, const QString &fromQuoteId = {});

    // Contacts (each an undoable step).
    void addContact(const Contact &contact);
    void replaceContact(int row, const Contact &contact);
    void removeContact(int row);

    // Used by the undo commands.
    void applyField(const QString &name, const QString &value);
    void applyContacts(const QList<Contact> &contacts, const QList<Id> &removed);
    const QList<Contact> &contacts() const { return m_contacts; }
    const QList<Id> &removedContacts() const { return m_removed; }

signals:
    void saved(const QString &customerId);
    void openCustomer(const QString &customerId);
    void activityLogged();
    // An opportunity, quote or contract opened from here was saved (or an attachment added).
    void documentSaved();

public slots:
    void done(int result) override;

private:
    void buildTabs();
    QWidget *attachmentsTab();
    QWidget *assetsTab();
    void addShortcuts();
    void fieldEdited(const QString &name, const QString &value);
    void load(const Customer &c);
    bool creditCodeTaken(const QString &creditCode); // says so, offering the other card
    void updateOwnerRow();
    void ownerChangedOnServer();
    void ownershipReported(bool ok, const QString &text);
    QString value(const QString &name) const { return m_values.value(name); }
    Customer customer() const;
    void check(bool showAll);
    void findDuplicates();
    void refreshContacts();
    void editContact(int row);
    void updateTitle();
    void ensure360();
    void ensureHistory();
    void open360Entry(const Customer360::Entry &entry);
    bool writeActivity(Activity &activity); // says why when it cannot

    CustomerService &m_service;
    Customer m_original;
    QHash<QString, QString> m_values; // field → current text (combos: the code)
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_errors;
    QSet<QString> m_touched;
    QTabWidget *m_tabs = nullptr;
    CustomerBasicTab *m_basic = nullptr;
    CustomerClassificationTab *m_classification = nullptr;
    CustomerContactsTab *m_contactsTab = nullptr;
    CustomerDuplicatesPanel *m_duplicates = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_dupTimer = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<Contact> m_contacts;
    QList<Id> m_removed;
    bool m_applying = false;
    Customer360 *m_360 = nullptr;
    Customer360Page *m_page360 = nullptr;
    HistoryTab *m_history = nullptr;
    std::unique_ptr<ContractService> m_contracts;
    std::unique_ptr<AssetService> m_assetService;
    AssetsPanel *m_assets = nullptr;
    CustomerDocuments *m_documents = nullptr;
    QPointer<OwnershipClient> m_ownership;
    QLabel *m_poolClock = nullptr;
    QPushButton *m_shareButton = nullptr;
};

} // namespace Huike
