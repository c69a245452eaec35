#pragma once

#include "core/expensecategory.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Huike {

class Replica;

// 部门预算 and 费用类别 over the replica (FEATURES.md W2): directors and administrators set each
// department's budget per month — for all categories and per category — beside what the
// department's claims of the month already hold; administrators keep the list of expense
// categories and the voucher sub-account of each (voucher.account.expense.<code>). Budgets
// are catalogue rows (every client holds them, so a claim shows its budget offline); writes
// sync like any edit and the server lets only directors and administrators make them.
// Throws ModelError when the replica cannot be read or written.
class BudgetService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::BudgetService)

public:
    explicit BudgetService(Replica &replica);

    bool mayEdit();           // directors, administrators
    bool mayEditCategories(); // administrators

    struct Department
    {
        QString id;
        QString name;
        QString path; // "销售部/华东区/杭州组"
    };
    QList<Department> departments();

    // One row of a department's month: the budget for a category ("" for all categories),
    // if one is set, and what the department's claims of the month hold of it (asked,
    // approved or paid — as far as this replica sees them).
    struct Line
    {
        QString category;
        QString label;
        std::optional<Money> budget;
        Money used;
    };
    // All categories first, then the company's categories, then any other category that has
    // a budget or use this month.
    QList<Line> month(const QString &departmentId, const QString &period);
    // Writes the budgets of the month: a line without a budget removes one set before.
    // Translated refusal; empty when saved.
    QString save(const QString &departmentId, const QString &period, const QList<Line> &lines);

    struct Category
    {
        QString code;
        QString label;
        QString account; // "660202 差旅费", or empty for the general expense account
    };
    QList<Category> categories();
    // Translated refusal; empty when saved.
    QString saveCategories(const QList<Category> &categories);

private:
    QString role();

    Replica &m_replica;
};

} // namespace Huike
