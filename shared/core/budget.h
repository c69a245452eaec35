#pragma once

#include "core/money.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Huike {

// Department budgets (预算, FEATURES.md W2): per department, month and expense category, and
// one for all categories (category ""). What an expense claim asks is set against what the
// department's claims of that month already hold (asked, approved or paid); a claim over any
// budget that applies says 超预算 and takes the flow's over-budget steps. The server decides
// with this when a claim is submitted; the client shows the same figures while it is typed.
namespace Budget {

struct Line
{
    QString category; // "" for all categories
    Money amount;
};

// One budget that applies: its amount, what is used without this claim, what this claim
// asks of it, and what is left after it (negative when over).
struct Use
{
    QString category;
    Money budget;
    Money used;
    Money asked;
    Money left() const { return budget - used - asked; }
    bool over() const { return left().isNegative(); }
};

// The budgets of the month that apply to a claim asking `asked` (category → amount) when
// the department's other claims hold `used` (category → amount): a category's own budget,
// and the all-categories one against the totals. Categories without a budget are free.
QList<Use> check(const QList<Line> &budgets, const QMap<QString, Money> &used, const QMap<QString, Money> &asked);
bool over(const QList<Use> &uses);

// "2026-11" of a date "2026-11-24"; empty when it is not one.
QString periodOf(const QString &isoDate);
bool isPeriod(const QString &text);

} // namespace Budget

} // namespace Huike
