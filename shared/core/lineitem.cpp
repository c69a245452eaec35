#include "core/lineitem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors LineItem::validate() const
{
    ValidationErrors errors;
    errors.requireText(u"description"_s, description, 500);
    errors.limitText(u"unit"_s, unit, 10);
    if (lineNo < 1)
        errors.add(u"lineNo"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation", "Lines are numbered from 1."));
    errors.merge(Pricing::validateLine(priceLine()));
    return errors;
}

Totals priceLineItems(QList<LineItem> &lines, TaxMode mode, QStringView currency)
{
    QList<PriceLine> priceLines;
    priceLines.reserve(lines.size());
    for (const LineItem &line : lines)
        priceLines.append(line.priceLine());
    Totals totals = Pricing::compute(priceLines, mode, currency);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        lines[i].net = totals.lines[i].net;
        lines[i].tax = totals.lines[i].tax;
        lines[i].gross = totals.lines[i].gross;
    }
    return totals;
}

} // namespace Huike
