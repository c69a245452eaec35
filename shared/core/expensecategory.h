#pragma once

#include <QList>
#include <QString>

namespace Huike {

// The categories of expense lines (费用类别, FEATURES.md W2): a code the records, budgets and
// voucher accounts (voucher.account.expense.<code>) name, and the label people read. The
// company's list is the setting "expense.categories" (JSON [{"code":"travel","label":"差旅费"}]);
// unset, the defaults below, their labels translated. A code once used stays meaningful: a
// line whose category is no longer listed shows its code.
struct ExpenseCategory
{
    QString code;
    QString label;
    friend bool operator==(const ExpenseCategory &, const ExpenseCategory &) = default;
};

namespace ExpenseCategories {

inline constexpr QStringView SettingKey = u"expense.categories";

// travel 差旅费, transport 交通费, meals 餐费, entertainment 业务招待费, office 办公费,
// communication 通讯费, training 培训费, other 其他 (labels translated, context
// "Huike::ExpenseCategories").
QList<ExpenseCategory> defaults();
// The list a setting value holds; the defaults when it is empty or not such a list.
QList<ExpenseCategory> fromSetting(const QString &value);
QString toSetting(const QList<ExpenseCategory> &categories);
// Why a list cannot be saved, translated; empty when it can: at least one category, codes
// of letters, digits, '_' and '-' (at most 32), unique, every label given.
QString validate(const QList<ExpenseCategory> &categories);
// The label of `code` in `categories`; the code itself when it is not listed.
QString label(const QList<ExpenseCategory> &categories, const QString &code);

} // namespace ExpenseCategories

} // namespace Huike
