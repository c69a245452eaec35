#include "ui/financemenu.h"

#include "models/budgetservice.h"
#include "models/expenseservice.h"
#include "models/modelerror.h"
#include "models/services.h"
#include "syncclient/synccontroller.h"
#include "ui/budgetdialog.h"
#include "ui/expensespage.h"
#include "ui/voucherdialog.h"

#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace Huike {

FinanceMenu::FinanceMenu(Services &services, ExpensesPage &expenses, SyncController &sync, QMenuBar *bar, QWidget *window)
    : QMenu(tr("Fin&ance"), bar)
{
    setObjectName(u"financeMenu"_s);
    bar->addMenu(this);
    auto show = [this, &expenses](ExpenseService::View view) {
        emit pageWanted(&expenses);
        expenses.setView(view);
    };
    addAction(tr("&Expense claims and loans"), this, [show] { show(ExpenseService::View::Mine); });
    addAction(tr("New expense &claim…"), this, [&expenses] { expenses.open(QString(), u"claim"_s); });
    try {
        if (services.expenses().mayPayAny())
            addAction(tr("Expenses to &pay"), this, [show] { show(ExpenseService::View::ToPay); });
        if (BudgetService(services.replica()).mayEdit()) {
            QAction *a = addAction(tr("&Budgets and expense categories…"), this, [&services, &sync, window] {
                BudgetService budgets(services.replica());
                BudgetDialog dialog(budgets, window);
                connect(&dialog, &BudgetDialog::saved, &sync, &SyncController::localChange);
                dialog.exec();
            });
            a->setObjectName(u"budgets"_s);
        }
    } catch (const ModelError &) {
    }
    VoucherDialog::addMenu(bar, services, window);
}

} // namespace Huike
