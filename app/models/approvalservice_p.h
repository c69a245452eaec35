#pragma once

// Internal to ApprovalService (approvalservice.cpp, approvalrequests.cpp).

#include "core/approval.h"
#include "core/expensecategory.h"
#include "models/approvalservice.h"
#include "schema/row.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace Huike::ApprovalServiceDetail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ApprovalService", text);
}

inline QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Where a request and its steps are kept (as the server's ApprovalSteps::Home): an approvals
// row, its steps in approval_steps by approval_id, or an expense or loan, its own request,
// its steps in expense_steps by expense_id.
struct StepHome
{
    QString requests;
    QString steps;
    QString link;
};
const StepHome &homeOf(const Approval &request);

inline bool isExpense(const Approval &request)
{
    return request.tableName == u"expenses";
}

// An expense or a loan as the request it is: its own record, asked by its owner. nullopt
// for a draft (not asked yet, or withdrawn) and a removed one.
std::optional<Approval> expenseRequest(const Row &row);

} // namespace Huike::ApprovalServiceDetail

namespace Huike {

struct ApprovalService::Memo
{
    QHash<QString, QString> names;     // user id → display name
    QHash<QString, QString> delegates; // approver id → delegate today, "" for none
    QHash<QString, QList<Row>> steps;  // request id → its step rows in order
    QSet<QString> remembered;          // the expenses whose lines and over_budget were read
    QHash<QString, QList<std::pair<QString, qint64>>> lines; // expense id → (category, fen) in line order
    QSet<QString> overBudget;
    std::optional<QList<ExpenseCategory>> categories;
};

} // namespace Huike
