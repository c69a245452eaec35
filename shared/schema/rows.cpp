#include "schema/rows.h"

#include "core/pricing.h"
#include "core/salesstage.h"
#include "schema/database.h"
#include "schema/domainschema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike::Rows {

QString jsonName(const QString &column)
{
    if (column == u"probability_e4")
        return u"probabilityPercent"_s;
    if (column == u"discount_pct_e4")
        return u"discountPercent"_s;
    if (column == u"vat_rate_e4")
        return u"vatRatePercent"_s;
    QString base = column;
    if (base.endsWith(u"_fen") || base.endsWith(u"_e4"))
        base.truncate(base.lastIndexOf(u'_'));
    QString out;
    out.reserve(base.size());
    bool upper = false;
    for (QChar c : base) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString columnFor(const QString &table, const QString &name)
{
    for (const ColumnDef &c : DomainSchema::table(table).columns())
        if (jsonName(c.name) == name)
            return c.name;
    return {};
}

QString taxModeCode(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? u"inclusive"_s : u"exclusive"_s;
}

std::optional<TaxMode> taxModeFromCode(const QString &code)
{
    if (code == u"inclusive")
        return TaxMode::Inclusive;
    if (code == u"exclusive")
        return TaxMode::Exclusive;
    return std::nullopt;
}

QList<Row> select(Database &db, const QString &table, const QString &where, const QVariantList &values,
                  const QString &alias)
{
    const QStringList cols = DomainSchema::table(table).columnNames();
    QStringList selected;
    for (const QString &c : cols)
        selected << (alias.isEmpty() ? c : alias + u'.' + c);
    const QString from = alias.isEmpty() ? table : table + u' ' + alias;
    QSqlQuery q = db.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(selected.join(u", "), from, where), values);
    QList<Row> out;
    while (q.next()) {
        Row r;
        for (qsizetype c = 0; c < cols.size(); ++c)
            r.insert(cols[c], q.value(int(c)));
        out << r;
    }
    return out;
}

QString setting(Database &db, QStringView key)
{
    return db.scalar(u"SELECT value FROM app_settings WHERE key = ? AND deleted = 0"_s, {key.toString()}).toString();
}

ApprovalSlot approvalSlot(const Row &row)
{
    ApprovalSlot s;
    s.stepNo = row.value(u"step_no"_s).toInt();
    s.name = row.value(u"name"_s).toString();
    s.approverIds = row.value(u"approver_ids"_s).toString().split(u',', Qt::SkipEmptyParts);
    s.approverRoles = row.value(u"approver_roles"_s).toString().split(u',', Qt::SkipEmptyParts);
    s.status = row.value(u"status"_s).toString();
    s.note = row.value(u"note"_s).toString();
    s.timeoutHours = row.value(u"timeout_hours"_s).toInt();
    s.decidedBy = row.value(u"decided_by"_s).toString();
    s.onBehalfOf = row.value(u"on_behalf_of"_s).toString();
    return s;
}

QString delegateOf(Database &db, const QString &approverId, QDate day)
{
    QSqlQuery q = db.exec(u"SELECT a.delegate_id, a.away_from, a.away_to FROM users a JOIN users d ON d.id = a.delegate_id "
                          u"WHERE a.id = ? AND d.disabled = 0 AND d.deleted = 0"_s,
                          {approverId.isNull() ? u""_s : approverId});
    if (!q.next())
        return {};
    const QString delegate = q.value(0).toString();
    return ApprovalEngine::delegationInForce(delegate, q.value(1).toString(), q.value(2).toString(), day) ? delegate : QString();
}

QList<Budget::Line> budgets(Database &db, const QVariant &departmentId, const QString &period)
{
    QList<Budget::Line> out;
    for (const Row &b : select(db, u"budgets"_s, u"department_id = ? AND period = ? AND deleted = 0"_s, {departmentId, period}))
        out << Budget::Line{b.value(u"category"_s).toString(), Money::fromFen(b.value(u"amount_fen"_s).toLongLong())};
    return out;
}

QMap<QString, Money> claimedByCategory(Database &db, const QVariant &departmentId, const QString &period, const QString &exceptId)
{
    QMap<QString, Money> used;
    QSqlQuery q = db.exec(u"SELECT l.category, SUM(l.amount_fen) FROM expense_lines l JOIN expenses e ON e.id = l.expense_id "
                          u"WHERE e.deleted = 0 AND l.deleted = 0 AND e.kind = 'claim' AND e.status IN ('pending', 'approved', 'paid') "
                          u"AND e.department_id = ? AND substr(e.spent_on, 1, 7) = ? AND e.id <> ? GROUP BY l.category"_s,
                          {departmentId, period, exceptId.isNull() ? u""_s : exceptId});
    while (q.next())
        used[q.value(0).toString()] = Money::fromFen(q.value(1).toLongLong());
    return used;
}

namespace {

// What the loan's claims of these statuses set against it, without the claim `exceptId`.
Money offsets(Database &db, const QVariant &loanId, const QString &statuses, const QString &exceptId)
{
    return Money::fromFen(db.scalar(u"SELECT COALESCE(SUM(offset_fen), 0) FROM expenses WHERE loan_id = ? AND deleted = 0 "
                                    u"AND status IN (%1) AND id <> ?"_s.arg(statuses),
                                    {loanId, exceptId.isNull() ? u""_s : exceptId})
                              .toLongLong());
}

} // namespace

Money loanOffsets(Database &db, const QVariant &loanId, const QString &exceptClaimId)
{
    return offsets(db, loanId, u"'pending', 'approved', 'paid'"_s, exceptClaimId);
}

Money loanRepayments(Database &db, const QVariant &loanId)
{
    return Money::fromFen(
        db.scalar(u"SELECT COALESCE(SUM(amount_fen), 0) FROM loan_repayments WHERE loan_id = ? AND deleted = 0"_s, {loanId})
            .toLongLong());
}

Money loanSettled(Database &db, const QVariant &loanId, const QString &exceptClaimId)
{
    return loanOffsets(db, loanId, exceptClaimId) + loanRepayments(db, loanId);
}

Money loanRepaid(Database &db, const QVariant &loanId)
{
    return offsets(db, loanId, u"'paid'"_s, QString()) + loanRepayments(db, loanId);
}

QList<SalesStage> salesStages(Database &db)
{
    QList<SalesStage> out;
    for (const Row &r : select(db, u"sales_stages"_s, u"deleted = 0 AND active = 1 ORDER BY sort_order, code"_s, {}))
        out << from<SalesStage>(r);
    return out.isEmpty() ? SalesStage::defaults() : out;
}

} // namespace Huike::Rows
