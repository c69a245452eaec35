#include "models/budgetservice.h"

#include "core/budget.h"
#include "core/voucher.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"


#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

const QString AccountPrefix = u"voucher.account.expense."_s;

} // namespace

BudgetService::BudgetService(Replica &replica) : m_replica(replica) { }

QString BudgetService::role()
{
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {orEmpty(m_replica.userId())}).toString();
}

bool BudgetService::mayEdit()
try {
    const QString r = role();
    return r == u"director" || r == u"admin";
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool BudgetService::mayEditCategories()
try {
    return role() == u"admin";
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<BudgetService::Department> BudgetService::departments()
try {
    QList<Department> out;
    for (const Row &r : Rows::select(m_replica.database(), u"departments"_s, u"deleted = 0 ORDER BY path"_s, {}))
        out << Department{r.value(u"id"_s).toString(), r.value(u"name"_s).toString(), r.value(u"path"_s).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<BudgetService::Line> BudgetService::month(const QString &departmentId, const QString &period)
try {
    Database &db = m_replica.database();
    const QList<ExpenseCategory> known = ExpenseCategories::fromSetting(Rows::setting(db, ExpenseCategories::SettingKey.toString()));
    QList<Line> out{Line{QString(), tr("All categories"), std::nullopt, Money::fromFen(0)}};
    for (const ExpenseCategory &c : known)
        out << Line{c.code, c.label, std::nullopt, Money::fromFen(0)};
    auto at = [&](const QString &category) -> Line & {
        for (Line &l : out)
            if (l.category == category)
                return l;
        out << Line{category, category, std::nullopt, Money::fromFen(0)};
        return out.last();
    };
    for (const Budget::Line &b : Rows::budgets(db, orEmpty(departmentId), period))
        at(b.category).budget = b.amount;
    Money all = Money::fromFen(0);
    const QMap<QString, Money> claimed = Rows::claimedByCategory(db, orEmpty(departmentId), period);
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it) {
        at(it.key()).used = it.value();
        all += it.value();
    }
    out.first().used = all;
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString BudgetService::save(const QString &departmentId, const QString &period, const QList<Line> &lines)
try {
    if (!mayEdit())
        return tr("Only directors and administrators set budgets.");
    if (!Budget::isPeriod(period))
        return tr("“%1” is not a month (YYYY-MM).").arg(period);
    if (departmentId.isEmpty())
        return tr("Choose a department.");
    for (const Line &l : lines)
        if (l.budget && (l.budget->isNegative() || l.budget->currency() != u"CNY"))
            return tr("The budget for %1 is not a positive amount in yuan.").arg(l.label);
    Database &db = m_replica.database();
    Replica::Batch batch(m_replica);
    for (const Line &l : lines) {
        const QVariant id = db.scalar(u"SELECT id FROM budgets WHERE department_id = ? AND period = ? AND category = ? AND deleted = 0"_s,
                                      {departmentId, period, orEmpty(l.category)});
        if (!l.budget) {
            if (!id.isNull())
                m_replica.remove(u"budgets"_s, id.toString());
        } else if (id.isNull()) {
            m_replica.create(u"budgets"_s, Row{{u"department_id"_s, departmentId}, {u"period"_s, period},
                                               {u"category"_s, orEmpty(l.category)}, {u"amount_fen"_s, l.budget->fen()}});
        } else if (db.scalar(u"SELECT amount_fen FROM budgets WHERE id = ?"_s, {id}).toLongLong() != l.budget->fen()) {
            m_replica.update(u"budgets"_s, id.toString(), Row{{u"amount_fen"_s, l.budget->fen()}});
        }
    }
    batch.commit();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<BudgetService::Category> BudgetService::categories()
try {
    Database &db = m_replica.database();
    QList<Category> out;
    for (const ExpenseCategory &c : ExpenseCategories::fromSetting(Rows::setting(db, ExpenseCategories::SettingKey.toString())))
        out << Category{c.code, c.label, Rows::setting(db, QString(AccountPrefix + c.code))};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString BudgetService::saveCategories(const QList<Category> &categories)
try {
    if (!mayEditCategories())
        return tr("Only an administrator changes the expense categories.");
    QList<ExpenseCategory> list;
    for (const Category &c : categories)
        list << ExpenseCategory{c.code.trimmed(), c.label.trimmed()};
    if (const QString why = ExpenseCategories::validate(list); !why.isEmpty())
        return why;
    for (const Category &c : categories)
        if (const QString code = VoucherAccount::parse(c.account).code;
            !c.account.trimmed().isEmpty() && (code.isEmpty() || !std::all_of(code.begin(), code.end(), [](QChar ch) { return ch.isDigit(); })))
            return tr("The account “%1” of %2 is not an account code and name (e.g. “660202 差旅费”).").arg(c.account, c.label);
    Replica::Batch batch(m_replica);
    SettingsService::put(m_replica, ExpenseCategories::SettingKey.toString(),
               list == ExpenseCategories::defaults() ? QString() : ExpenseCategories::toSetting(list));
    for (const Category &c : categories)
        SettingsService::put(m_replica, AccountPrefix + c.code.trimmed(), c.account.trimmed());
    batch.commit();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
