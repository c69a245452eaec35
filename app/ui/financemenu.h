#pragma once

#include <QMenu>

class QMenuBar;

namespace Huike {

class ExpensesPage;
class Services;
class SyncController;

// 财务 in the menu bar: one's expense claims and loans and a new claim (everyone), the
// expenses waiting to be paid (clerks, directors, administrators), department budgets and
// expense categories (directors, administrators), and 导出记账凭证… (VoucherDialog, for those
// who export vouchers). Made as a child of the menu bar, so that VoucherDialog finds it.
class FinanceMenu : public QMenu
{
    Q_OBJECT

public:
    FinanceMenu(Services &services, ExpensesPage &expenses, SyncController &sync, QMenuBar *bar, QWidget *window);

signals:
    // The expenses page is to be shown (the main window selects it in the navigation).
    void pageWanted(QWidget *page);
};

} // namespace Huike
