#include "models/funnel.h"

#include "core/approval.h"
#include "core/textnormalizer.h"
#include "schema/database.h"
#include "schema/rows.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

Funnel::Funnel(Database &db) : m_db(db) { }

QList<SalesStage> Funnel::stages()
{
    return Rows::salesStages(m_db);
}

QList<QPair<QString, QString>> Funnel::owners()
{
    QSqlQuery q = m_db.exec(u"SELECT id, display_name FROM users WHERE deleted = 0 AND disabled = 0 ORDER BY display_name"_s);
    QList<QPair<QString, QString>> users;
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString()});
    std::stable_sort(users.begin(), users.end(), [](const auto &a, const auto &b) { return TextNormalizer::compare(a.second, b.second) < 0; });
    return users;
}

QList<QPair<QString, QString>> Funnel::departments()
{
    QSqlQuery q = m_db.exec(u"SELECT id, path FROM departments WHERE deleted = 0 ORDER BY path"_s);
    QList<QPair<QString, QString>> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QString Funnel::where(const Filter &f, QVariantList &values) const
{
    QStringList terms{u"o.deleted = 0"_s};
    if (!f.ownerId.isEmpty()) {
        terms << u"o.owner_id = ?"_s;
        values << f.ownerId;
    }
    if (!f.departmentId.isEmpty()) {
        terms << u"o.customer_id IN (SELECT id FROM customers WHERE department_id = ?)"_s;
        values << f.departmentId;
    }
    if (!f.from.isEmpty()) {
        terms << u"o.expected_close >= ?"_s;
        values << f.from;
    }
    if (!f.to.isEmpty()) {
        terms << u"o.expected_close <= ?"_s;
        values << f.to;
    }
    return terms.join(u" AND "_s);
}

Funnel::Result Funnel::compute(const Filter &filter)
{
    Result result;
    result.openAmount = result.weightedForecast = result.won = result.target = result.gap = Money::fromFen(0);
    const QList<SalesStage> all = stages();
    QHash<QString, qsizetype> index;
    for (const SalesStage &s : all) {
        index.insert(s.code, result.stages.size());
        Stage st;
        st.stage = s;
        st.amount = st.weighted = Money::fromFen(0);
        result.stages << st;
    }
    QVariantList values;
    // Weighted per opportunity (its own probability), summed exactly in fen.
    QSqlQuery q = m_db.exec(u"SELECT o.stage, o.status, o.amount_fen, o.probability_e4 FROM opportunities o WHERE "_s
                                + where(filter, values),
                            values);
    while (q.next()) {
        const QString code = q.value(0).toString();
        auto it = index.constFind(code);
        if (it == index.constEnd())
            continue; // a stage no longer configured
        Stage &st = result.stages[*it];
        const Money amount = Money::fromFen(q.value(2).toLongLong());
        ++st.count;
        st.amount += amount;
        const Money weighted = amount.percent(Decimal::fromRaw(q.value(3).toLongLong()));
        st.weighted += weighted;
        const QString status = q.value(1).toString();
        if (st.stage.outcome == StageOutcome::Won || status == u"won")
            result.won += amount;
        else if (st.stage.outcome == StageOutcome::Open && status == u"open") {
            result.openAmount += amount;
            result.weightedForecast += weighted;
        }
    }
    // Conversion along the open stages and into won: reached(k) counts what is at stage k
    // or beyond (lost opportunities left the path and are not counted past where they are).
    QList<qsizetype> path;
    for (qsizetype i = 0; i < result.stages.size(); ++i)
        if (result.stages[i].stage.outcome != StageOutcome::Lost)
            path << i;
    QList<int> reached(path.size(), 0);
    for (qsizetype k = path.size() - 1; k >= 0; --k)
        reached[k] = result.stages[path[k]].count + (k + 1 < path.size() ? reached[k + 1] : 0);
    for (qsizetype k = 1; k < path.size(); ++k)
        result.stages[path[k]].conversionPercent = reached[k - 1] == 0 ? 0 : int((qint64(reached[k]) * 100 + reached[k - 1] / 2) / reached[k - 1]);

    const QString target = Rows::setting(m_db, SettingKeys::SalesTarget);
    if (const auto t = Money::parse(target.trimmed())) {
        result.target = *t;
        const Money reachable = result.won + result.weightedForecast;
        if (result.target > reachable) {
            result.gap = result.target - reachable;
            result.rollerCoaster = true;
        }
    }
    return result;
}

QList<Opportunity> Funnel::opportunities(const Filter &filter, const QString &stageCode, int limit)
{
    QVariantList values;
    const QString w = where(filter, values) + u" AND o.stage = ? ORDER BY o.amount_fen DESC, o.id LIMIT ?"_s;
    values << stageCode << limit;
    QList<Opportunity> out;
    for (const Row &r : Rows::select(m_db, u"opportunities"_s, w, values, u"o"_s))
        out << Rows::from<Opportunity>(r);
    return out;
}

} // namespace Huike
