#include "core/approval.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Approval::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "An approval belongs to a customer."));
    const ApprovalKindDef *def = approvalKind(kind);
    if (!def)
        errors.add(u"kind"_s, u"invalid"_s,
                   QCoreApplication::translate("Huike::Validation", "Unknown kind of approval."));
    else if (tableName != def->table)
        errors.add(u"tableName"_s, u"invalid"_s,
                   QCoreApplication::translate("Huike::Validation", "This kind of approval is not for that kind of record."));
    if (recordId.isNull())
        errors.add(u"recordId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "An approval names the record it is for."));
    if (kind == u"level") {
        // Asked for the customer itself (the server checks it when asked: a merge moves the
        // request to the card that stays and leaves it naming the merged one).
        for (const auto &[field, value] : {std::pair{u"newValue"_s, newValue}, std::pair{u"oldValue"_s, oldValue}})
            if (!value.isEmpty() && !enumFromCode<CustomerLevel>(value))
                errors.add(field, u"invalid"_s, QCoreApplication::translate("Huike::Validation", "Not a customer level."));
        if (oldValue == newValue)
            errors.add(u"newValue"_s, u"unchanged"_s,
                       QCoreApplication::translate("Huike::Validation", "The level asked for is the one the customer has."));
    }
    if (discountPercent.isNegative() || discountPercent > Decimal::fromInteger(100))
        errors.add(u"discountPercent"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation", "The discount is between 0 and 100 %."));
    errors.limitText(u"reason"_s, reason, 1000);
    errors.limitText(u"summary"_s, summary, 500);
    errors.limitText(u"comment"_s, comment, 1000);
    errors.checkTimestamp(u"decidedAt"_s, decidedAt, false);
    return errors;
}

const QList<ApprovalKindDef> &approvalKinds()
{
    static const QList<ApprovalKindDef> kinds{
        {u"discount", u"quotes", u"", QT_TRANSLATE_NOOP("Huike::Enums", "Quote discount")},
        {u"level", u"customers", u"level", QT_TRANSLATE_NOOP("Huike::Enums", "Customer level change")},
        {u"contract", u"contracts", u"", QT_TRANSLATE_NOOP("Huike::Enums", "Contract approval")},
        // An expense or a loan is its own request (expenses, its steps in expense_steps).
        {u"expense", u"expenses", u"", QT_TRANSLATE_NOOP("Huike::Enums", "Expense claim")},
        {u"loan", u"expenses", u"", QT_TRANSLATE_NOOP("Huike::Enums", "Loan")},
    };
    return kinds;
}

const ApprovalKindDef *approvalKind(QStringView kind)
{
    for (const ApprovalKindDef &k : approvalKinds())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QString approvalKindCaption(QStringView kind)
{
    const ApprovalKindDef *k = approvalKind(kind);
    return k ? QCoreApplication::translate("Huike::Enums", k->caption) : kind.toString();
}

Decimal discountApprovalThreshold(const QString &settingValue)
{
    const std::optional<Decimal> parsed = Decimal::parse(settingValue.trimmed());
    if (!parsed || parsed->isNegative() || *parsed > Decimal::fromInteger(100))
        return Decimal::fromInteger(10);
    return *parsed;
}

} // namespace Huike
