#include "core/quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

bool Quote::canChangeStatus(QuoteStatus from, QuoteStatus to)
{
    using S = QuoteStatus;
    switch (from) {
    case S::Draft:
        return to == S::Sent;
    case S::Sent:
        return to == S::Accepted || to == S::Rejected || to == S::Expired;
    case S::Accepted:
    case S::Rejected:
    case S::Expired:
        return false;
    }
    return false;
}

Decimal Quote::maxDiscount() const
{
    Decimal max;
    for (const LineItem &line : lines)
        max = std::max(max, line.discountPercent);
    return max;
}

void Quote::recalculate()
{
    const Totals totals = priceLineItems(lines, taxMode, currency);
    net = totals.net;
    tax = totals.tax;
    gross = totals.gross;
}

bool Quote::totalsAreConsistent() const
{
    Quote copy = *this;
    copy.recalculate();
    return copy == *this;
}

ValidationErrors Quote::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A quote belongs to a customer."));
    errors.requireText(u"number"_s, number, 40);
    errors.limitText(u"title"_s, title, 200);
    if (revision < 1)
        errors.add(u"revision"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "Revisions are numbered from 1."));
    errors.checkDate(u"validUntil"_s, validUntil, false);
    errors.limitText(u"terms"_s, terms, 8000);
    errors.limitText(u"notes"_s, notes, 4000);
    if (status != QuoteStatus::Draft && lines.isEmpty())
        errors.add(u"lines"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A quote that is sent needs at least one line."));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        errors.merge(lines[i].validate(), u"lines[%1]."_s.arg(i));
    }
    if (errors.isEmpty()) {
        try {
            if (!totalsAreConsistent())
                errors.add(u"gross"_s, u"inconsistent_totals"_s,
                           QCoreApplication::translate(
                               "Huike::Validation",
                               "The totals do not match the lines; recalculate the quote."));
        } catch (const ArithmeticError &) {
            errors.add(u"gross"_s, u"overflow"_s,
                       QCoreApplication::translate("Huike::Validation",
                                                   "The amounts are too large."));
        }
    }
    return errors;
}

} // namespace Huike
