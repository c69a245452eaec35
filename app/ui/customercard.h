#pragma once

#include "attachmentfetcher.h"
#include "customer360.h"
#include "customerservice.h"
#include "remoteduplicates.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QComboBox;
class QPushButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Huike {

class AttachmentsPanel;
class OwnershipClient;
class Customer360Page;
class QuoteEditor;
class ContractEditor;
class ContractService;
class OpportunityService;
class QuoteService;

// The customer card (客户卡片, FEATURES.md C1, C3): every field of a customer on two tabs,
// its contacts on a third, its attachments (附件) on a fourth. Errors appear next to a
// field as it is typed (credit-code check character, phone, email, …); likely duplicates
// appear below while the name, phone or credit code is typed, and a visible one can be
// opened instead. Every change is on an
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
    QListWidget *duplicateList() const { return m_duplicates; }
    QTableWidget *contactTable() const { return m_contactTable; }
    QTabWidget *tabs() const { return m_tabs; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }
    // Brings the attachments tab forward with that attachment selected.
    void showAttachment(const QString &attachmentId);
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }

    // 负责人: claim (in the pool), release (own, or for those who assign), change owner
    // (managers, directors, administrators) — through the server, asking first; the
    // buttons show only when they apply. Without a client (or offline) they say the
    // server is needed.
    void setOwnership(OwnershipClient *ownership);
    bool claim();
    bool release();
    void chooseOwner();                        // asks whom, then changeOwner()
    bool changeOwner(const QString &ownerId);  // asks first

    // The 360° view and activities: a tab for a saved customer.
    void setCustomer360(Customer360 *service);
    // Online: the server's matches too, the ones this user cannot see masked.
    void enableRemoteDuplicates(const QUrl &server, const QString &token);
    // For the attachments tab and the contract editors opened from here: downloads
    // attachments on demand.
    void setAttachmentFetcher(AttachmentFetcher *fetcher);
    Customer360Page *page360() const { return m_page360; }
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
    QWidget *basicTab();
    QWidget *classificationTab();
    QWidget *contactsTab();
    QWidget *attachmentsTab();
    void addLine(QFormLayout *form, const QString &name, const QString &label, const QString &placeholder = {});
    void addCombo(QFormLayout *form, const QString &name, const QString &label,
                  const QList<QPair<QString, QString>> &items);
    void fieldEdited(const QString &name, const QString &value);
    void load(const Customer &c);
    static QHash<QString, QString> fieldValues(const Customer &c);
    bool creditCodeTaken(const QString &creditCode); // says so, offering the other card
    void updateOwnerRow();
    void ownerChangedOnServer();
    bool ownershipOnline();
    bool reportOwnership(bool ok, const QString &message, const QString &done);
    QString value(const QString &name) const { return m_values.value(name); }
    Customer customer() const;
    void check(bool showAll);
    void findDuplicates();
    void refreshContacts();
    void editContact(int row);
    void updateTitle();
    void ensure360();
    void open360Entry(const Customer360::Entry &entry);
    bool writeActivity(Activity &activity); // says why when it cannot
    void mergeRemoteDuplicates(const QList<RemoteDuplicates::Match> &matches);

    CustomerService &m_service;
    Customer m_original;
    QHash<QString, QString> m_values; // field → current text (combos: the code)
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_errors;
    QSet<QString> m_touched;
    QPlainTextEdit *m_background = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLabel *m_duplicateTitle = nullptr;
    QTableWidget *m_contactTable = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_dupTimer = nullptr;
    QUndoStack *m_undo = nullptr;
    QList<Contact> m_contacts;
    QList<Id> m_removed;
    bool m_applying = false;
    Customer360 *m_360 = nullptr;
    Customer360Page *m_page360 = nullptr;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<ContractService> m_contracts;
    std::unique_ptr<OpportunityService> m_opportunities;
    RemoteDuplicates *m_remote = nullptr;
    QString m_remoteCode; // the credit code the server's last matches were for
    QList<RemoteDuplicates::Match> m_remoteCodeMatches;
    QPointer<OwnershipClient> m_ownership;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_changeOwner = nullptr;
    QAction *m_claimAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_changeOwnerAction = nullptr;
    QPointer<AttachmentFetcher> m_attachmentFetcher;
};

} // namespace Huike
