#include "screenshottour.h"

#include "models/approvalservice.h"
#include "models/customerlistmodel.h"
#include "models/customermerge.h"
#include "models/expenseservice.h"
#include "models/loanrepayments.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/mergeclient.h"
#include "syncclient/synccontroller.h"
#include "ui/approvaldialog.h"
#include "models/ticketservice.h"
#include "ui/contactspage.h"
#include "ui/contracteditor.h"
#include "ui/assetspanel.h"
#include "ui/customercard.h"
#include "ui/documentlistpage.h"
#include "ui/expenseeditor.h"
#include "ui/expensespage.h"
#include "ui/globalsearch.h"
#include "ui/helpdialogs.h"
#include "ui/importdialog.h"
#include "ui/mergedialog.h"
#include "ui/poolpage.h"
#include "ui/servicepage.h"
#include "ui/ticketeditor.h"
#include "ui/historytab.h"
#include "ui/mainwindow.h"
#include "ui/quoteeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Huike::ScreenshotTour {

void arm(QApplication &app, MainWindow &window, CustomerListModel &customers, Replica &replica, SyncController &sync,
         const QString &shot)
{
    QObject::connect(&sync, &SyncController::synced, &window, [&window, &customers, &replica, &sync, shot] {
        QTimer::singleShot(1500, &window, [&window, &customers, &replica, &sync, shot] {
            // The quote and contract lists first (…-quotes.png, …-contracts.png), then back
            // to the customers for the main picture.
            for (const auto &[page, suffix] : {std::pair<QWidget *, QString>{window.quotesPage(), u"-quotes.png"_s},
                                               std::pair<QWidget *, QString>{window.contractsPage(), u"-contracts.png"_s}}) {
                for (int row = 0; page && row < window.navigation()->count() && !page->isVisible(); ++row) {
                    window.navigation()->setCurrentRow(row);
                    QApplication::processEvents();
                }
                if (page && page->isVisible())
                    window.grab().save(QString(shot).replace(u".png"_s, suffix));
            }
            window.navigation()->setCurrentRow(0);
            QApplication::processEvents();
            const QString query = qEnvironmentVariable("HUIKE_SCREENSHOT_SEARCH");
            if (!query.isEmpty() && window.globalSearch()) {
                window.globalSearch()->setFocus();
                window.globalSearch()->setText(query);
                window.globalSearch()->searchNow();
            }
            window.grab().save(shot);
            if (window.funnelPage()) { // …and the sales funnel (…-funnel.png)
                window.showFunnel();
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-funnel.png"_s));
            }
            if (window.contactsPage()) { // …the contacts (…-contacts.png)
                window.showPage(window.contactsPage());
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-contacts.png"_s));
            }
            { // …and 帮助 › 快捷键 (…-shortcuts.png)
                ShortcutsDialog keys(&window, &window);
                keys.show();
                QApplication::processEvents();
                keys.grab().save(QString(shot).replace(u".png"_s, u"-shortcuts.png"_s));
            }
            { // …and 帮助 › 关于汇客 (…-about.png)
                QMessageBox about(QMessageBox::NoIcon, QCoreApplication::translate("Huike::MainWindow", "About Huike"),
                                  aboutText(sync.server()), QMessageBox::Ok, &window);
                about.show();
                QApplication::processEvents();
                about.grab().save(QString(shot).replace(u".png"_s, u"-about.png"_s));
            }
            if (auto *pool = window.findChild<PoolPage *>()) { // …the public pool (…-pool.png)
                window.showPage(pool);
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-pool.png"_s));
                window.navigation()->setCurrentRow(0);
            }
            { // …审批 as the user sees it (…-approvals.png)
                ApprovalService approvals(replica);
                ApprovalDialog dialog(approvals, &window);
                dialog.show();
                QApplication::processEvents();
                dialog.grab().save(QString(shot).replace(u".png"_s, u"-approvals.png"_s));
            }
            if (ExpensesPage *expenses = window.expensesPage()) {
                // 费用报销 (…-expenses.png) and its first claim in the editor (…-expense.png)
                window.showPage(expenses);
                expenses->reload();
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-expenses.png"_s));
                ExpenseService service(replica);
                ApprovalService approvals(replica);
                const QList<ExpenseService::Item> mine = service.list(ExpenseService::View::Visible);
                // A submitted claim shows its lines, budget and steps; else the newest.
                const auto shown = std::find_if(mine.begin(), mine.end(), [](const ExpenseService::Item &i) {
                    return i.expense.status != u"draft" && i.expense.isClaim();
                });
                if (!mine.isEmpty()) {
                    ExpenseEditor editor(service, &approvals, nullptr, &window);
                    if (const auto e = service.load(shown != mine.end() ? shown->expense.id : mine.first().expense.id))
                        editor.load(*e);
                    editor.show();
                    QApplication::processEvents();
                    editor.grab().save(QString(shot).replace(u".png"_s, u"-expense.png"_s));
                }
                // A loan paid out, with what came back of it (…-loan.png).
                const auto loan = std::find_if(mine.begin(), mine.end(), [](const ExpenseService::Item &i) {
                    return !i.expense.isClaim() && i.expense.status == u"paid";
                });
                if (loan != mine.end()) {
                    LoanRepayments repayments(replica);
                    ExpenseEditor editor(service, &approvals, nullptr, &window);
                    editor.setRepayments(repayments);
                    editor.load(loan->expense);
                    editor.show();
                    QApplication::processEvents();
                    editor.grab().save(QString(shot).replace(u".png"_s, u"-loan.png"_s));
                }
                window.navigation()->setCurrentRow(0);
            }
            if (ServicePage *service = window.servicePage()) {
                // 服务: the list (…-service.png), the board (…-board.png), the most urgent
                // ticket in its editor (…-ticket.png).
                window.showPage(service);
                service->setView(TicketService::View::Open);
                service->setBoard(false);
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-service.png"_s));
                service->setBoard(true);
                QApplication::processEvents();
                window.grab().save(QString(shot).replace(u".png"_s, u"-board.png"_s));
                service->setBoard(false);
                TicketService tickets(replica);
                const QList<TicketService::Item> open = tickets.list(TicketService::View::All, {}, 50);
                // A closed one, about an asset when there is one.
                auto closed = std::find_if(open.begin(), open.end(), [](const TicketService::Item &i) {
                    return i.ticket.status == u"closed" && !i.ticket.assetId.isEmpty();
                });
                if (closed == open.end())
                    closed = std::find_if(open.begin(), open.end(), [](const TicketService::Item &i) { return i.ticket.status == u"closed"; });
                if (closed != open.end()) {
                    TicketEditor editor(tickets, nullptr, &window);
                    editor.setServerUrl(sync.server().toString());
                    editor.load(closed->ticket);
                    editor.show();
                    QApplication::processEvents();
                    editor.grab().save(QString(shot).replace(u".png"_s, u"-ticket.png"_s));
                }
                window.navigation()->setCurrentRow(0);
            }
            if (customers.rowCount() >= 2) { // …the merge of the list's first two cards (…-merge.png; not merged)
                MergeClient client(replica);
                client.follow(sync);
                MergeDialog merge(CustomerMergePreview::read(replica, {customers.idAt(0), customers.idAt(1)}), client, &window);
                merge.show();
                QApplication::processEvents();
                merge.grab().save(QString(shot).replace(u".png"_s, u"-merge.png"_s));
            }
            if (const QString file = qEnvironmentVariable("HUIKE_SCREENSHOT_IMPORT"); !file.isEmpty()) {
                // 客户导入 with that file: its columns (…-import-mapping.png) and the dry run
                // (…-import-preview.png); nothing is imported.
                ImportDialog dialog(replica, &window);
                dialog.show();
                if (dialog.openFile(file)) {
                    QApplication::processEvents();
                    dialog.grab().save(QString(shot).replace(u".png"_s, u"-import-file.png"_s));
                    dialog.next();
                    QApplication::processEvents();
                    dialog.grab().save(QString(shot).replace(u".png"_s, u"-import-mapping.png"_s));
                    dialog.next();
                    QApplication::processEvents();
                    dialog.grab().save(QString(shot).replace(u".png"_s, u"-import-preview.png"_s));
                }
            }
            if (qEnvironmentVariableIsSet("HUIKE_SCREENSHOT_CARD")) {
                // The first customer whose name contains the variable's text.
                CustomerListModel::Filter filter;
                filter.text = qEnvironmentVariable("HUIKE_SCREENSHOT_CARD");
                customers.setFilter(filter);
                if (CustomerCard *card = window.openCustomer(customers.idAt(0))) {
                    QApplication::processEvents();
                    card->grab().save(QString(shot).replace(u".png"_s, u"-card.png"_s));
                    card->showAttachment(QString()); // the customer's attachments (…-customer-attachments.png)
                    QApplication::processEvents();
                    card->grab().save(QString(shot).replace(u".png"_s, u"-customer-attachments.png"_s));
                    card->tabs()->setCurrentWidget(card->assetsPanel()); // …its assets (…-assets.png)
                    QApplication::processEvents();
                    card->grab().save(QString(shot).replace(u".png"_s, u"-assets.png"_s));
                    card->show360();
                    QApplication::processEvents();
                    card->grab().save(QString(shot).replace(u".png"_s, u"-360.png"_s));
                    if (HistoryTab *history = card->historyTab()) { // …its 历史 as fetched (…-history.png)
                        card->tabs()->setCurrentWidget(history);
                        QElapsedTimer waited;
                        waited.start();
                        QApplication::processEvents(); // shown: the fetch starts
                        while (history->isFetching() && waited.elapsed() < 10000)
                            QApplication::processEvents(QEventLoop::AllEvents, 50);
                        card->grab().save(QString(shot).replace(u".png"_s, u"-history.png"_s));
                    }
                    // …and the customer's latest quote in the quote editor (…-quote.png).
                    const QString quoteId = replica.database().scalar(
                        u"SELECT id FROM quotes WHERE customer_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1"_s,
                        {customers.idAt(0)}).toString();
                    if (QuoteEditor *editor = quoteId.isEmpty() ? nullptr : card->openQuote(quoteId)) {
                        QApplication::processEvents();
                        editor->grab().save(QString(shot).replace(u".png"_s, u"-quote.png"_s));
                    }
                    const QString contractId = replica.database().scalar(
                        u"SELECT id FROM contracts WHERE customer_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1"_s,
                        {customers.idAt(0)}).toString();
                    if (ContractEditor *editor = contractId.isEmpty() ? nullptr : card->openContract(contractId)) {
                        QApplication::processEvents();
                        editor->grab().save(QString(shot).replace(u".png"_s, u"-contract.png"_s));
                        editor->showAttachment(QString()); // …and its attachments tab (…-attachments.png)
                        QApplication::processEvents();
                        editor->grab().save(QString(shot).replace(u".png"_s, u"-attachments.png"_s));
                    }
                }
            }
            QApplication::quit();
        });
    }, Qt::SingleShotConnection); // once: a later round's pictures would interleave with these
    QTimer::singleShot(60000, &app, &QApplication::quit);
}

} // namespace Huike::ScreenshotTour
