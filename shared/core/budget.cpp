#include "core/budget.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Huike::Budget {

QList<Use> check(const QList<Line> &budgets, const QMap<QString, Money> &used, const QMap<QString, Money> &asked)
{
    auto total = [](const QMap<QString, Money> &m) {
        Money sum;
        for (const Money &v : m)
            sum += v;
        return sum;
    };
    QList<Use> out;
    for (const Line &b : budgets) {
        Use u;
        u.category = b.category;
        u.budget = b.amount;
        if (b.category.isEmpty()) {
            u.used = total(used);
            u.asked = total(asked);
        } else {
            if (!asked.contains(b.category))
                continue; // a budget this claim does not touch
            u.used = used.value(b.category, Money::fromFen(0, b.amount.currency()));
            u.asked = asked.value(b.category);
        }
        out << u;
    }
    return out;
}

bool over(const QList<Use> &uses)
{
    for (const Use &u : uses)
        if (u.over())
            return true;
    return false;
}

QString periodOf(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? d.toString(u"yyyy-MM"_s) : QString();
}

bool isPeriod(const QString &text)
{
    return text.size() == 7 && QDate::fromString(text + u"-01"_s, Qt::ISODate).isValid();
}

} // namespace Huike::Budget
