#include "models/quotelinesmodel.h"

#include "core/quote.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Text for a Decimal cell: no trailing zeros beyond what was typed ("2", "12.5").
QString decimalText(Decimal d)
{
    return d.toString();
}

} // namespace

QuoteLinesModel::QuoteLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void QuoteLinesModel::setLines(const QList<LineItem> &lines, TaxMode mode, const QString &currency)
{
    beginResetModel();
    m_lines = lines;
    m_mode = mode;
    m_currency = currency;
    for (LineItem &l : m_lines)
        compute(l);
    endResetModel();
}

void QuoteLinesModel::setQuote(const Quote &quote)
{
    setLines(quote.lines, quote.taxMode, quote.currency);
}

void QuoteLinesModel::setTaxMode(TaxMode mode)
{
    m_mode = mode;
    for (LineItem &l : m_lines)
        compute(l);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Net), index(rowCount() - 1, Gross));
}

void QuoteLinesModel::compute(LineItem &line) const
{
    try {
        const LineAmounts a = Pricing::computeLine(line.priceLine(), m_mode, m_currency);
        line.net = a.net;
        line.tax = a.tax;
        line.gross = a.gross;
    } catch (const ArithmeticError &) {
        line.net = line.tax = line.gross = Money::fromFen(0, m_currency);
    }
}

int QuoteLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LineItem &l = m_lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Discount && !l.discountPercent.isZero())
        return tr("Discount on the list price, in percent");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Description: return l.description;
    case Unit: return l.unit;
    case Quantity: return decimalText(l.quantity);
    case UnitPrice: return decimalText(l.unitPrice);
    case Discount: return role == Qt::EditRole ? decimalText(l.discountPercent) : decimalText(l.discountPercent) + u" %"_s;
    case VatRate: return role == Qt::EditRole ? decimalText(l.vatRatePercent) : decimalText(l.vatRatePercent) + u" %"_s;
    case Net: return l.net.format(locale);
    case Tax: return l.tax.format(locale);
    case Gross: return l.gross.format(locale);
    }
    return {};
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Description: return tr("Product / description");
    case Unit: return tr("Unit");
    case Quantity: return tr("Quantity");
    case UnitPrice: return m_mode == TaxMode::Inclusive ? tr("Unit price (incl. VAT)") : tr("Unit price (excl. VAT)");
    case Discount: return tr("Discount");
    case VatRate: return tr("VAT rate");
    case Net: return tr("Net");
    case Tax: return tr("VAT");
    case Gross: return tr("Total");
    }
    return {};
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() < Net)
        f |= Qt::ItemIsEditable;
    return f;
}

QString QuoteLinesModel::checkCell(int column, const QString &text)
{
    const QString t = text.trimmed();
    switch (column) {
    case Description:
        return t.isEmpty() ? tr("Describe the line.") : QString();
    case Quantity: {
        const auto d = Decimal::parse(t);
        return !d || d->isNegative() || d->isZero() ? tr("The quantity is a number above zero, e.g. 2 or 1.5.") : QString();
    }
    case UnitPrice: {
        const auto d = Decimal::parse(QString(t).remove(u',').remove(u'¥').remove(u'￥'));
        return !d || d->isNegative() ? tr("The unit price is an amount, e.g. 38500 or 1250.50.") : QString();
    }
    case Discount: {
        const auto d = Decimal::parse(QString(t).remove(u'%').trimmed());
        return !d || d->isNegative() || *d > Decimal::fromInteger(100) ? tr("The discount is between 0 and 100 %.") : QString();
    }
    case VatRate: {
        const auto d = Decimal::parse(QString(t).remove(u'%').trimmed());
        return !d || !Pricing::isStandardVatRate(*d) ? tr("Use a VAT rate in force: 13, 9, 6, 5, 3, 1 or 0 %.") : QString();
    }
    }
    return {};
}

bool QuoteLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    emit editRequested(index.row(), index.column(), value.toString());
    return true;
}

bool QuoteLinesModel::applyEdit(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_lines.size() || !checkCell(column, text).isEmpty())
        return false;
    LineItem &l = m_lines[row];
    const QString t = text.trimmed();
    switch (column) {
    case Description: l.description = t; break;
    case Unit: l.unit = t; break;
    case Quantity: l.quantity = *Decimal::parse(t); break;
    case UnitPrice: l.unitPrice = *Decimal::parse(QString(t).remove(u',').remove(u'¥').remove(u'￥')); break;
    case Discount: l.discountPercent = *Decimal::parse(QString(t).remove(u'%').trimmed()); break;
    case VatRate: l.vatRatePercent = *Decimal::parse(QString(t).remove(u'%').trimmed()); break;
    default: return false;
    }
    compute(l);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

} // namespace Huike
