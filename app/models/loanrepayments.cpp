#include "models/loanrepayments.h"

#include "core/enums.h"
#include "core/expensepolicy.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

LoanRepayments::LoanRepayments(Replica &replica) : m_replica(replica) { }

QString LoanRepayments::methodText(const QString &method)
{
    return method == u"cash" ? tr("Cash") : tr("Bank transfer");
}

QList<LoanRepayments::Repayment> LoanRepayments::list(const QString &loanId)
try {
    QList<Repayment> out;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT r.id, r.received_on, r.amount_fen, r.currency, r.method, r.note, u.display_name FROM loan_repayments r "
        u"LEFT JOIN users u ON u.id = r.recorded_by WHERE r.loan_id = ? AND r.deleted = 0 ORDER BY r.received_on, r.id"_s,
        {orEmpty(loanId)});
    while (q.next())
        out << Repayment{q.value(0).toString(), q.value(1).toString(), Money::fromFen(q.value(2).toLongLong(), q.value(3).toString()),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

LoanRepayments::Figures LoanRepayments::figures(const QString &loanId)
try {
    Database &db = m_replica.database();
    Figures f;
    f.amount = Money::fromFen(db.scalar(u"SELECT amount_fen FROM expenses WHERE id = ?"_s, {orEmpty(loanId)}).toLongLong());
    f.repaid = Rows::loanRepayments(db, orEmpty(loanId));
    f.offset = Rows::loanOffsets(db, orEmpty(loanId));
    return f;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool LoanRepayments::finance(const QString &ownerId)
{
    const QString me = orEmpty(m_replica.userId());
    const auto role = enumFromCode<UserRole>(m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString());
    return role && ExpensePolicy::mayPay({me, *role}, ownerId);
}

bool LoanRepayments::mayRemove(const QString &loanId)
try {
    const std::optional<Row> loan = m_replica.read(u"expenses"_s, orEmpty(loanId));
    return loan && loan->value(u"kind"_s) == u"loan"_s && finance(loan->value(u"owner_id"_s).toString());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool LoanRepayments::mayRecord(const QString &loanId)
try {
    const std::optional<Row> loan = m_replica.read(u"expenses"_s, orEmpty(loanId));
    return loan && loan->value(u"deleted"_s).toInt() == 0 && loan->value(u"kind"_s) == u"loan"_s
        && loan->value(u"status"_s) == u"paid"_s && finance(loan->value(u"owner_id"_s).toString())
        && figures(loanId).left() > Money::fromFen(0);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString LoanRepayments::record(const QString &loanId, const Money &amount, const QString &receivedOn, const QString &method,
                               const QString &note)
try {
    const std::optional<Row> loan = m_replica.read(u"expenses"_s, orEmpty(loanId));
    if (!loan || loan->value(u"deleted"_s).toInt() != 0 || loan->value(u"kind"_s) != u"loan"_s)
        return tr("The loan no longer exists.");
    if (!finance(loan->value(u"owner_id"_s).toString()))
        return tr("Finance (a clerk, director or administrator other than the borrower) records a repayment.");
    if (receivedOn.size() != 10 || !QDate::fromString(receivedOn, Qt::ISODate).isValid())
        return tr("Enter the date received as YYYY-MM-DD.");
    const Money left = figures(loanId).left();
    if (const PipelineVerdict refused = ExpensePolicy::repayment(loan->value(u"status"_s).toString(), amount, left, method)) {
        if (refused->field == u"loanId")
            return tr("Only a loan paid out is repaid.");
        if (amount > left)
            return tr("Only %1 of the loan is left to repay.").arg(left.format(QLocale()));
        return tr("The amount must be more than nothing.");
    }
    Row row{{u"loan_id"_s, loanId},
            {u"received_on"_s, receivedOn},
            {u"amount_fen"_s, amount.fen()},
            {u"currency"_s, loan->value(u"currency"_s)},
            {u"method"_s, method}};
    if (!note.trimmed().isEmpty())
        row[u"note"_s] = note.trimmed();
    m_replica.create(u"loan_repayments"_s, row);
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString LoanRepayments::remove(const QString &repaymentId)
try {
    const std::optional<Row> r = m_replica.read(u"loan_repayments"_s, orEmpty(repaymentId));
    if (!r || r->value(u"deleted"_s).toInt() != 0)
        return tr("The repayment no longer exists.");
    if (!mayRemove(r->value(u"loan_id"_s).toString()))
        return tr("Finance (a clerk, director or administrator other than the borrower) records a repayment.");
    m_replica.remove(u"loan_repayments"_s, repaymentId);
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
