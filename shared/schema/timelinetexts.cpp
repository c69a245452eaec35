#include "schema/timelinetexts.h"

#include "core/enums.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Huike::TimelineTexts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::Customer360", text);
}

template<typename E>
QString label(const QString &code)
{
    const auto e = enumFromCode<E>(code);
    return e ? enumLabel(*e) : code;
}

} // namespace

QString activityKind(const QString &code)
{
    return label<ActivityKind>(code);
}

QString ticketKind(const QString &code)
{
    return label<TicketKind>(code);
}

QString ticketStatus(const QString &code)
{
    return label<TicketStatus>(code);
}

QString assetStatus(const QString &code)
{
    return label<AssetStatus>(code);
}

QString quoteStatus(const QString &code)
{
    return label<QuoteStatus>(code);
}

QString contractStatus(const QString &code)
{
    return label<ContractStatus>(code);
}

QString paymentMethod(const QString &code)
{
    return label<PaymentMethod>(code);
}

QString invoiceKind(const QString &code)
{
    return label<InvoiceKind>(code);
}

QString expenseStatus(const QString &code)
{
    static const QHash<QString, const char *> statuses{
        {u"draft"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Draft")},
        {u"pending"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Waiting for approval")},
        {u"approved"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Approved, to be paid")},
        {u"rejected"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Rejected")},
        {u"paid"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Paid out")},
    };
    const auto it = statuses.constFind(code);
    return it == statuses.cend() ? code : tr(*it);
}

QString expenseKind(const QString &code)
{
    // In the context the words are extracted into (tr here is a function lupdate does not see).
    return tr(code == u"loan" ? QT_TRANSLATE_NOOP("Huike::Customer360", "Loan") : QT_TRANSLATE_NOOP("Huike::Customer360", "Expense claim"));
}

QString stage(const QString &code)
{
    static const QHash<QString, const char *> stages{
        {u"initial"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Initial contact")},
        {u"needs"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Needs confirmed")},
        {u"proposal"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Proposal and quote")},
        {u"negotiation"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Negotiation")},
        {u"won"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Won")},
        {u"lost"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "Lost")},
    };
    const char *text = stages.value(code);
    return text ? tr(text) : code;
}

QString activitySubject(const Row &row)
{
    const QString subject = row.value(u"subject"_s).toString();
    return subject.isEmpty() ? row.value(u"body"_s).toString().left(80) : subject;
}

QString activityNextStep(const Row &row)
{
    const QString next = row.value(u"next_step"_s).toString();
    if (next.isEmpty())
        return {};
    const QString due = row.value(u"next_step_due"_s).toString();
    return QCoreApplication::translate("Huike::Customer360", "next: %1").arg(next)
        + (due.isEmpty() ? QString() : u" (%1)"_s.arg(due))
        + (row.value(u"done"_s).toInt() ? QCoreApplication::translate("Huike::Customer360", ", done") : QString());
}

} // namespace Huike::TimelineTexts
