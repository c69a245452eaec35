#include "ui/mainwindow.h"

#include "syncclient/attachmentfetcher.h"
#include "syncclient/delegationclient.h"
#include "syncclient/historyclient.h"
#include "ui/approvaldialog.h"
#include "ui/approvalflowdialog.h"
#include "ui/documentlistpage.h"
#include "ui/expensespage.h"
#include "ui/financemenu.h"
#include "ui/funnelpage.h"
#include "ui/importdialog.h"
#include "ui/opportunitiespage.h"
#include "ui/poolpage.h"
#include "ui/reloadwhenshown.h"
#include "ui/servicepage.h"

#include "models/approvalflowservice.h"
#include "models/contactlistmodel.h"
#include "models/contractservice.h"
#include "models/customer360.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/modelerror.h"
#include "models/poolservice.h"
#include "models/searchservice.h"
#include "models/services.h"
#include "models/settingsservice.h"
#include "syncclient/mergeclient.h"
#include "syncclient/ownershipclient.h"
#include "syncclient/synccontroller.h"
#include "ui/conflictdialog.h"
#include "ui/contactspage.h"
#include "ui/customercard.h"
#include "ui/customerlistpage.h"
#include "ui/globalsearch.h"
#include "ui/helpdialogs.h"
#include "ui/language.h"
#include "ui/reminderdialog.h"
#include "ui/statuscounter.h"
#include "ui/settingsdialog.h"
#include "ui/syncstatuswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// An area that is not built yet says what will come there — no fake screens.
QWidget *comingPage(const QString &what, QWidget *parent)
{
    auto *label = new QLabel(what, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(40);
    return label;
}

} // namespace

MainWindow::MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
                       Services &services, QWidget *parent)
    : MainWindow(customers, sync, userName, nullptr, &services, parent)
{
}

MainWindow::MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
                       Replica *replica, QWidget *parent)
    : MainWindow(customers, sync, userName, replica ? std::make_unique<Services>(*replica) : nullptr, nullptr, parent)
{
}

MainWindow::MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
                       std::unique_ptr<Services> own, Services *services, QWidget *parent)
    : QMainWindow(parent), m_ownServices(std::move(own)), m_services(services ? services : m_ownServices.get()),
      m_customerModel(customers), m_sync(sync)
{
    if (m_services) {
        m_customerService = &m_services->customers();
        m_customer360 = &m_services->customer360();
        auto *bar = new QToolBar(tr("Search"), this);
        bar->setObjectName(u"searchBar"_s);
        bar->setMovable(false);
        m_search = new GlobalSearch(m_services->search(), bar);
        m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 40);
        bar->addWidget(m_search);
        addToolBar(Qt::TopToolBarArea, bar);
        connect(m_search, &GlobalSearch::hitActivated, this, [this](const SearchService::Hit &hit) {
            openCustomer(hit.customerId.isEmpty() ? hit.id : hit.customerId);
        });
        connect(&sync, &SyncController::searchIndexUpdated, m_search, &GlobalSearch::setBacklog);
    }
    setWindowTitle(tr("Huike CRM — %1").arg(userName));
    m_nav = new QListWidget(this);
    m_pages = new QStackedWidget(this);
    m_customers = new CustomerListPage(customers, m_pages);

    QWidget *opportunities = nullptr;
    QWidget *quotes = nullptr;
    QWidget *contracts = nullptr;
    QWidget *contacts = nullptr;
    if (m_services) {
        // Read when first shown, and after a sync round only if shown (or when shown next):
        // every contact at start-up cost a director's client most of a second.
        m_contactModel = std::make_unique<ContactListModel>(m_services->database(), m_services->userId(),
                                                            ContactListModel::Deferred());
        contacts = m_contactsPage = new ContactsPage(*m_contactModel, m_pages);
        connect(m_contactsPage, &ContactsPage::customerActivated, this, &MainWindow::openCustomer);
        reloadWhenShown(m_contactsPage, &sync, &SyncController::dataChanged);
        m_opportunityService = &m_services->opportunities();
        opportunities = m_opportunitiesPage = new OpportunitiesPage(*m_opportunityService, m_pages, OpportunitiesPage::Load::WhenShown);
        quotes = m_quotesPage = new DocumentListPage(DocumentList::Kind::Quotes, *m_services, m_pages);
        contracts = m_contractsPage = new DocumentListPage(DocumentList::Kind::Contracts, *m_services, m_pages);
        m_attachmentFetcher = new AttachmentFetcher(m_services->contracts().attachmentStore(), this);
        m_attachmentFetcher->setServer(sync.server(), sync.token());
        m_quotesPage->setAttachmentFetcher(m_attachmentFetcher);
        m_contractsPage->setAttachmentFetcher(m_attachmentFetcher);
    } else {
        opportunities = comingPage(tr("The opportunity list and board (by stage) will be here."), m_pages);
        quotes = comingPage(tr("Quotes with the quote editor will be here."), m_pages);
        contracts = comingPage(tr("Contracts, payment plans and invoices will be here."), m_pages);
        contacts = comingPage(tr("The contacts of all your customers will be listed here."), m_pages);
    }
    struct Area
    {
        QString name;
        QWidget *page;
    };
    const QList<Area> areas{
        {tr("Customers"), m_customers},
        {tr("Contacts"), contacts},
        {tr("Opportunities"), opportunities},
        {tr("Quotes"), quotes},
        {tr("Contracts"), contracts},
        {tr("Sales funnel"), m_services ? static_cast<QWidget *>(m_funnel = new FunnelPage(m_services->database(), m_pages, FunnelPage::Load::WhenShown))
                                        : comingPage(tr("The sales funnel and reports will be here."), m_pages)},
    };
    for (const Area &a : areas) {
        m_nav->addItem(a.name);
        m_pages->addWidget(a.page);
    }
    if (m_services) { // 费用: claims and loans, read when shown
        m_expensesPage = new ExpensesPage(m_services->expenses(), &m_services->approvals(), &m_services->search(), m_pages);
        m_expensesPage->setAttachments(&m_services->expenseAttachments(), m_attachmentFetcher, &m_services->loanRepayments());
        m_nav->addItem(tr("Expenses"));
        m_pages->addWidget(m_expensesPage);
        reloadWhenShown(m_expensesPage, &sync, &SyncController::dataChanged);
        connect(m_expensesPage, &ExpensesPage::changed, &sync, &SyncController::localChange);
    }
    if (m_services) { // 服务: service tickets, read when shown
        m_servicePage = new ServicePage(m_services->tickets(), &m_services->search(), m_pages);
        m_servicePage->setServerUrl(sync.server().toString());
        m_nav->addItem(tr("Service"));
        m_pages->addWidget(m_servicePage);
        reloadWhenShown(m_servicePage, &sync, &SyncController::dataChanged);
        connect(m_servicePage, &ServicePage::changed, &sync, &SyncController::localChange);
    }
    PoolPage *pool = nullptr;
    ReloadWhenShown *poolReload = nullptr;
    if (m_services) { // 公海: after the others, read when shown (as the contacts)
        pool = new PoolPage(*new PoolService(m_services->replica(), this), *m_customerService, m_pages);
        m_nav->addItem(tr("Public pool"));
        m_pages->addWidget(pool);
        poolReload = reloadWhenShown(pool, &sync, &SyncController::dataChanged);
        connect(pool, &PoolPage::customerActivated, this, &MainWindow::openCustomer);
    }
    const int navWidth = fontMetrics().horizontalAdvance(QStringLiteral("客户管理中心")) + 40;
    m_nav->setMinimumWidth(navWidth);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({navWidth, 100000});
    setCentralWidget(split);

    m_status = new SyncStatusWidget(sync, this);
    if (m_customer360) {
        m_remindersButton = new StatusCounter(
            this, {tr("Reminders"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                   tr("Next steps, instalments and contract ends due (Ctrl+Shift+D)"),
                   [this] { return m_customer360->reminders(QDate::currentDate()).size(); },
                   [](int n) { return tr("%n reminder(s) due", nullptr, n); }, [this] { showReminders(); }});
        m_menuActions.insert(u"reminders"_s, m_remindersButton->action());
        connect(&sync, &SyncController::dataChanged, m_remindersButton, &StatusCounter::refresh);
        auto *timer = new QTimer(this); // a new day brings new reminders
        connect(timer, &QTimer::timeout, m_remindersButton, &StatusCounter::refresh);
        timer->start(5 * 60 * 1000);
        m_remindersButton->refresh();

        m_approvalService = &m_services->approvals();
        m_approvalsButton = new StatusCounter(
            this, {tr("Approvals waiting for me"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                   tr("Requests waiting for your approval (Ctrl+Shift+A)"), [this] { return qsizetype(m_approvalService->countToDecide()); },
                   [](int n) { return tr("%n approval(s) waiting", nullptr, n); }, [this] { showApprovals(); }});
        m_menuActions.insert(u"approvals"_s, m_approvalsButton->action());
        connect(&sync, &SyncController::dataChanged, m_approvalsButton, &StatusCounter::refresh);
        m_approvalsButton->refresh();

        auto *open360 = new QAction(tr("360° view"), this);
        open360->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        connect(open360, &QAction::triggered, this, [this] {
            const QModelIndex current = m_customers->view()->currentIndex();
            if (!current.isValid())
                return;
            if (CustomerCard *card = openCustomer(m_customerModel.idAt(current.row())))
                card->show360();
        });
        addAction(open360);
        m_menuActions.insert(u"open360"_s, open360);
    }
    statusBar()->addPermanentWidget(m_status);
    // Only when a round changed something: a million-row list is not re-counted per poke.
    connect(&sync, &SyncController::dataChanged, &customers, &CustomerListModel::reload);
    // After a first download the list shows names in stored order until the search index has
    // given every customer its pinyin key: then once more, in pinyin order.
    connect(&sync, &SyncController::searchIndexUpdated, &customers, [&customers](int backlog) {
        if (backlog == 0 && !customers.pinyinOrder())
            customers.reload();
    });
    if (m_funnel) // its figures, like the contacts, when shown
        reloadWhenShown(m_funnel, &sync, &SyncController::dataChanged);
    if (m_opportunitiesPage) { // read when first shown, as the contacts
        reloadWhenShown(m_opportunitiesPage, &sync, &SyncController::dataChanged);
        connect(m_opportunitiesPage, &OpportunitiesPage::openOpportunity, this, [this](const QString &id) {
            const auto o = m_opportunityService->load(id);
            if (!o)
                return;
            OpportunityDialog dialog(*m_opportunityService, *o, this);
            connect(&dialog, &OpportunityDialog::saved, this, [this] {
                m_opportunitiesPage->reload();
                m_sync.localChange();
            });
            QString quoteFor;
            connect(&dialog, &OpportunityDialog::quoteRequested, this, [&quoteFor](const QString &, const QString &oid) { quoteFor = oid; });
            dialog.exec();
            if (!quoteFor.isEmpty())
                if (CustomerCard *card = openCustomer(o->customerId.toString()))
                    card->openQuote({}, quoteFor);
        });
    }
    // Quotes and contracts: the editors open from the lists; what one saves shows in both.
    for (DocumentListPage *page : {m_quotesPage, m_contractsPage}) {
        if (!page)
            continue;
        connect(&sync, &SyncController::dataChanged, page, &DocumentListPage::reload);
        connect(page, &DocumentListPage::documentSaved, this, [this, page] {
            (page == m_quotesPage ? m_contractsPage : m_quotesPage)->reload();
            m_sync.localChange();
        });
    }
    connect(m_status, &SyncStatusWidget::clicked, this, &MainWindow::reviewConflicts);
    // Conflicts and refusals for the open editors (OutcomeFeed), after each round.
    if (m_services)
        connect(&sync, &SyncController::dataChanged, this, [this] { m_services->pollOutcomes(); });
    auto *review = new QAction(tr("Review conflicts"), this);
    review->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(review, &QAction::triggered, this, &MainWindow::reviewConflicts);
    addAction(review);
    m_menuActions.insert(u"review"_s, review);

    // Ctrl+K: the global search (the customer list's search without a replica).
    auto *search = new QAction(tr("Search"), this);
    search->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(search, &QAction::triggered, this, [this] {
        QLineEdit *box = m_search ? static_cast<QLineEdit *>(m_search) : m_customers->searchBox();
        if (!m_search)
            m_nav->setCurrentRow(0);
        box->setFocus();
        box->selectAll();
    });
    addAction(search);
    m_menuActions.insert(u"search"_s, search);
    auto *newCustomer = new QAction(tr("New customer"), this);
    newCustomer->setShortcut(QKeySequence::New);
    connect(newCustomer, &QAction::triggered, this, [this] { openCustomer(QString()); });
    addAction(newCustomer);
    m_menuActions.insert(u"newCustomer"_s, newCustomer);
    connect(m_customers, &CustomerListPage::customerActivated, this, &MainWindow::openCustomer);
    m_customers->setService(m_customerService);
    if (m_services) { // claims, releases and reassignments go to the server (owner's)
        auto *ownership = new OwnershipClient(m_services->replica(), this);
        ownership->follow(sync);
        m_customers->setOwnership(ownership);
        auto *merges = new MergeClient(m_services->replica(), this); // 合并客户: the server's too
        merges->follow(sync);
        m_customers->setMergeClient(merges);
        // The 历史 tabs of the windows below find it (HistoryClient::nearest).
        (new HistoryClient(m_services->replica(), this))->follow(sync);
        (new DelegationClient(m_services->replica(), this))->follow(sync); // 审批代理 (ApprovalDialog)
        if (pool) {
            pool->setOwnership(ownership);
            connect(ownership, &OwnershipClient::ownerChanged, poolReload, [poolReload] { poolReload->changed(); });
            connect(pool, &PoolPage::claimed, this, [this] {
                m_customerModel.reload();
                m_sync.localChange();
            });
        }
    }
    connect(m_customers, &CustomerListPage::customersChanged, &sync, &SyncController::localChange);
    connect(&sync, &SyncController::dataChanged, m_customers, &CustomerListPage::fillChoices);
    connect(m_customers, &CustomerListPage::newCustomerRequested, this, [this] { openCustomer(QString()); });
    if (m_services) {
        // 客户导入 and its history; what an import writes syncs like any edit.
        const auto [importCustomers, importHistory] = ImportDialog::actions(m_services->replica(), this, [this, &sync] {
            m_customerModel.reload();
            sync.localChange();
        });
        m_menuActions.insert(u"importCustomers"_s, importCustomers);
        m_menuActions.insert(u"importHistory"_s, importHistory);
    }

    auto *syncNow = new QAction(tr("Sync now"), this);
    syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(syncNow, &QAction::triggered, &sync, &SyncController::syncNow);
    addAction(syncNow);
    m_menuActions.insert(u"syncNow"_s, syncNow);
    buildMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::reviewConflicts()
{
    if (!m_services)
        return;
    ConflictDialog dialog(m_services->conflicts(), this);
    connect(&dialog, &ConflictDialog::resolved, &m_sync, &SyncController::localChange);
    connect(&dialog, &ConflictDialog::openRecord, this, [this, &dialog](const QString &table, const QString &id, const QString &customerId) {
        dialog.accept();
        openDocument(table, id, customerId);
    });
    dialog.exec();
    m_sync.syncNow(); // refreshes the counts in the status bar
}

CustomerCard *MainWindow::openCustomer(const QString &customerId)
{
    if (!m_customerService)
        return nullptr;
    // One card per customer: bring an open one to the front.
    if (!customerId.isEmpty()) {
        for (CustomerCard *card : findChildren<CustomerCard *>()) {
            if (card->customerId() == customerId) {
                card->raise();
                card->activateWindow();
                return card;
            }
        }
    }
    auto *card = new CustomerCard(*m_customerService, customerId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->setCustomer360(m_customer360);
    card->enableRemoteDuplicates(m_sync.server(), m_sync.token());
    card->setAttachmentFetcher(m_attachmentFetcher);
    card->setOwnership(m_customers->ownership());
    card->setMergeClient(m_customers->mergeClient());
    connect(card, &CustomerCard::documentSaved, &m_sync, &SyncController::localChange);
    connect(card, &CustomerCard::activityLogged, this, [this] {
        m_remindersButton->refresh();
        m_sync.localChange();
    });
    connect(card, &CustomerCard::saved, this, [this] {
        m_customerModel.reload();
        m_sync.localChange();
    });
    connect(card, &CustomerCard::openCustomer, this, &MainWindow::openCustomer);
    card->show();
    return card;
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &name) {
        if (QAction *a = m_menuActions.value(name))
            menu->addAction(a);
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, u"newCustomer"_s);
    add(file, u"syncNow"_s);
    add(file, u"review"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *customers = menuBar()->addMenu(tr("&Customers"));
    add(customers, u"search"_s);
    add(customers, u"open360"_s);
    add(customers, u"reminders"_s);
    add(customers, u"approvals"_s);
    customers->addSeparator();
    add(customers, u"importCustomers"_s);
    add(customers, u"importHistory"_s);

    if (m_services) // 财务: expenses, what is to pay, budgets, vouchers
        connect(new FinanceMenu(*m_services, *m_expensesPage, m_sync, menuBar(), this), &FinanceMenu::pageWanted, this,
                &MainWindow::showPage);

    // The language: Chinese unless English is chosen here (or in the settings dialog); it
    // applies from the next start.
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    if (m_services) {
        // The company's settings: letterhead, approval threshold, target, stages (only an
        // administrator can change them; everyone can look).
        QAction *company = settings->addAction(tr("&Company settings…"), this, &MainWindow::showSettings);
        company->setObjectName(u"companySettings"_s);
        m_menuActions.insert(u"companySettings"_s, company);
        QAction *flows = settings->addAction(tr("&Approval flows…"), this, &MainWindow::showApprovalFlows);
        flows->setObjectName(u"approvalFlows"_s);
        m_menuActions.insert(u"approvalFlows"_s, flows);
        settings->addSeparator();
    }
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = Language::chosen();
    for (const auto &[code, label] : Language::choices()) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            Language::choose(code);
            statusBar()->showMessage(tr("The language changes when Huike starts next."), 8000);
        });
    }
    m_languageMenu = language;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(u"shortcuts"_s);
    QAction *about = help->addAction(tr("&About Huike"), this, &MainWindow::showAbout);
    about->setObjectName(u"about"_s);
    about->setMenuRole(QAction::AboutRole);
    m_helpMenu = help;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Huike"), aboutText(m_sync.server()));
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

void MainWindow::showFunnel()
{
    if (m_funnel)
        m_nav->setCurrentRow(m_pages->indexOf(m_funnel));
}

void MainWindow::openDocument(const QString &table, const QString &id, const QString &customerId)
{
    CustomerCard *card = openCustomer(customerId);
    if (!card)
        return;
    if (table == u"quotes")
        card->openQuote(id);
    else if (table == u"contracts")
        card->openContract(id);
}

void MainWindow::showApprovals()
{
    if (!m_approvalService)
        return;
    ApprovalDialog dialog(*m_approvalService, this);
    connect(&dialog, &ApprovalDialog::openRecord, this, [this, &dialog](const QString &table, const QString &id, const QString &customerId) {
        dialog.accept();
        if (table == u"customers") {
            openCustomer(id);
        } else if (table == u"expenses" && m_expensesPage) {
            showPage(m_expensesPage);
            m_expensesPage->open(id);
        } else
            openDocument(table, id, customerId);
    });
    connect(&dialog, &ApprovalDialog::decided, this, [this] {
        m_approvalsButton->refresh();
        m_sync.localChange();
    });
    dialog.exec();
}

void MainWindow::showSettings()
{
    if (!m_services)
        return;
    SettingsDialog dialog(m_services->settings(), this);
    connect(&dialog, &SettingsDialog::saved, this, [this] {
        m_sync.localChange();
        m_remindersButton->refresh();
    });
    dialog.exec();
}

void MainWindow::showApprovalFlows()
{
    if (!m_services)
        return;
    ApprovalFlowService service(m_services->replica());
    ApprovalFlowDialog dialog(service, this);
    connect(&dialog, &ApprovalFlowDialog::saved, &m_sync, &SyncController::localChange);
    dialog.exec();
}

void MainWindow::showReminders()
{
    if (!m_customer360)
        return;
    ReminderDialog dialog(*m_customer360, this);
    connect(&dialog, &ReminderDialog::openCustomer, this, [this, &dialog](const QString &id) {
        dialog.accept();
        openCustomer(id);
    });
    connect(&dialog, &ReminderDialog::openTicket, this, [this, &dialog](const QString &id) {
        dialog.accept();
        if (m_servicePage) {
            showPage(m_servicePage);
            m_servicePage->open(id);
        }
    });
    connect(&dialog, &ReminderDialog::openContract, this, [this, &dialog](const QString &customerId, const QString &contractId) {
        dialog.accept();
        if (CustomerCard *card = openCustomer(customerId))
            card->openContract(contractId);
    });
    connect(&dialog, &ReminderDialog::changed, this, [this] {
        m_remindersButton->refresh();
        m_sync.localChange();
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open cards ask about unsaved changes first; a card kept open keeps the window.
    for (CustomerCard *card : findChildren<CustomerCard *>()) {
        if (card->isVisible() && !card->close()) {
            event->ignore();
            return;
        }
    }
    for (DocumentListPage *page : {m_quotesPage, m_contractsPage}) {
        if (page && !page->closeEditors()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Huike
