#include "models/opportunityservice.h"

#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

OpportunityService::OpportunityService(Replica &replica) : m_replica(replica) { }

QList<SalesStage> OpportunityService::stages()
{
    return Rows::salesStages(m_replica.database());
}

std::optional<SalesStage> OpportunityService::stage(const QString &code)
{
    for (const SalesStage &s : stages())
        if (s.code == code)
            return s;
    return std::nullopt;
}

std::optional<Opportunity> OpportunityService::load(const QString &id)
{
    const auto row = m_replica.read(u"opportunities"_s, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    return Rows::from<Opportunity>(*row);
}

Opportunity OpportunityService::newOpportunity(const QString &customerId)
{
    Opportunity o;
    o.customerId = Id::fromString(customerId).value_or(Id());
    const SalesStage first = stages().first();
    o.stage = first.code;
    o.probabilityPercent = first.probabilityPercent;
    o.amount = Money::fromFen(0);
    return o;
}

ValidationErrors OpportunityService::save(Opportunity &o)
{
    const auto s = stage(o.stage);
    ValidationErrors errors;
    if (!s) {
        errors.add(u"stage"_s, u"invalid"_s, QCoreApplication::translate("Huike::OpportunityService", "Choose one of the pipeline's stages."));
        return errors;
    }
    o.status = s->outcome == StageOutcome::Won ? OpportunityStatus::Won
             : s->outcome == StageOutcome::Lost ? OpportunityStatus::Lost
                                                : OpportunityStatus::Open;
    errors = o.validate();
    if (errors)
        return errors;
    const bool isNew = o.meta.id.isNull();
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    QString previous;
    if (!isNew)
        if (const auto old = load(o.meta.id.toString()))
            previous = old->stage;
    Replica::Batch batch(m_replica);
    if (isNew) {
        o.meta = RecordMeta::created(me, me);
        Row row = Rows::toRow(o);
        const auto customer = m_replica.read(u"customers"_s, o.customerId.toString());
        row[u"owner_id"_s] = customer ? customer->value(u"owner_id"_s) : QVariant();
        m_replica.create(u"opportunities"_s, row);
    } else {
        m_replica.update(u"opportunities"_s, o.meta.id.toString(), Rows::toRow(o));
    }
    if (isNew || previous != o.stage) {
        StageChange c;
        c.meta = RecordMeta::created(me, me);
        c.customerId = o.customerId;
        c.opportunityId = o.meta.id;
        c.fromStage = previous;
        c.toStage = o.stage;
        c.changedAt = Timestamp::now();
        Row row = Rows::toRow(c);
        row[u"owner_id"_s] = m_replica.read(u"opportunities"_s, o.meta.id.toString())->value(u"owner_id"_s);
        m_replica.create(u"stage_changes"_s, row);
    }
    batch.commit();
    if (const auto saved = load(o.meta.id.toString()))
        o = *saved;
    return {};
}

ValidationErrors OpportunityService::moveToStage(const QString &id, const QString &stageCode)
{
    auto o = load(id);
    const auto s = stage(stageCode);
    ValidationErrors errors;
    if (!o || !s) {
        errors.add(u"stage"_s, u"invalid"_s, QCoreApplication::translate("Huike::OpportunityService", "Choose one of the pipeline's stages."));
        return errors;
    }
    if (o->stage == stageCode)
        return {};
    o->stage = stageCode;
    o->probabilityPercent = s->probabilityPercent;
    return save(*o);
}

QList<StageChange> OpportunityService::history(const QString &opportunityId)
{
    QList<StageChange> out;
    for (const Row &r : Rows::select(m_replica.database(), u"stage_changes"_s,
                                     u"opportunity_id = ? AND deleted = 0 ORDER BY changed_at, id"_s, {opportunityId}))
        out << Rows::from<StageChange>(r);
    return out;
}

QList<OpportunityService::Item> OpportunityService::list(const QString &stageCode, const QString &text, int limit)
{
    const QStringList cols = DomainSchema::table(u"opportunities"_s).columnNames();
    QStringList qualified;
    for (const QString &c : cols)
        qualified << u"o."_s + c;
    QString sql = u"SELECT %1, c.name FROM opportunities o JOIN customers c ON c.id = o.customer_id WHERE o.deleted = 0"_s.arg(qualified.join(u", "_s));
    QVariantList values;
    if (!stageCode.isEmpty()) {
        sql += u" AND o.stage = ?"_s;
        values << stageCode;
    }
    if (!text.trimmed().isEmpty()) {
        sql += u" AND (o.name LIKE ? OR c.name LIKE ?)"_s;
        const QString like = u"%"_s + text.trimmed() + u"%"_s;
        values << like << like;
    }
    sql += u" ORDER BY o.updated_at DESC, o.id LIMIT ?"_s;
    values << limit;
    QList<Item> out;
    QSqlQuery q = m_replica.database().exec(sql, values);
    while (q.next()) {
        Row r;
        for (qsizetype c = 0; c < cols.size(); ++c)
            r.insert(cols[c], q.value(int(c)));
        out << Item{Rows::from<Opportunity>(r), q.value(int(cols.size())).toString()};
    }
    return out;
}

} // namespace Huike
