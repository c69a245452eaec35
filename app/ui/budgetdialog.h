#pragma once

#include "models/budgetservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Huike {

// 财务 → 部门预算与费用类别… (FEATURES.md W2): a department's budget for a month, for all
// categories and per category, beside what its claims already hold and what is left (over
// in red); copy last month's; save. Administrators also keep the expense categories and
// each one's voucher sub-account. Directors and administrators only (the menu is not there
// for others).
class BudgetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BudgetDialog(BudgetService &budgets, QWidget *parent = nullptr);

    void setDepartment(const QString &departmentId);
    void setPeriod(const QString &period); // "2026-11"
    QString period() const;
    QTableWidget *budgetTable() const { return m_budgets; }
    QTableWidget *categoryTable() const { return m_categories; }
    QLabel *statusLabel() const { return m_status; }
    bool saveBudgets();
    bool saveCategories();
    void copyPreviousMonth();

signals:
    void saved();

protected:
    void reject() override;

private:
    void reload();
    void fill(const QList<BudgetService::Line> &lines);
    void loadCategories();
    void updateLeft();
    bool budgetsModified() const;
    bool saveTyped(const QString &departmentId, const QString &month);

    BudgetService &m_service;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_department = nullptr;
    QDateEdit *m_month = nullptr;
    QTableWidget *m_budgets = nullptr;
    QTableWidget *m_categories = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_saveBudgets = nullptr;
    QLabel *m_status = nullptr;
    QList<BudgetService::Line> m_lines; // as stored
    bool m_filling = false;
    QString m_loadedDepartment, m_loadedPeriod; // what the table shows
};

} // namespace Huike
