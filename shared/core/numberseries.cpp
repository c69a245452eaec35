#include "core/numberseries.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike::NumberSeries {

namespace {

struct Series
{
    QStringView name;
    QStringView prefix;
    QStringView table;
};
constexpr Series AllSeries[] = {
    {u"quote", u"BJ", u"quotes"},     // 报价
    {u"contract", u"HT", u"contracts"}, // 合同
    {u"ticket", u"FW", u"tickets"},   // 服务工单
};

} // namespace

QStringList names()
{
    QStringList out;
    for (const Series &s : AllSeries)
        out << s.name.toString();
    return out;
}

QString prefix(QStringView series)
{
    for (const Series &s : AllSeries)
        if (s.name == series)
            return s.prefix.toString();
    return {};
}

QString table(QStringView series)
{
    for (const Series &s : AllSeries)
        if (s.name == series)
            return s.table.toString();
    return {};
}

QString format(QStringView series, int year, qint64 sequence)
{
    return u"%1-%2-%3"_s.arg(prefix(series)).arg(year).arg(sequence, SequenceWidth, 10, QChar(u'0'));
}

std::optional<qint64> sequenceOf(QStringView series, int year, QStringView number)
{
    const QString head = u"%1-%2-"_s.arg(prefix(series)).arg(year);
    if (prefix(series).isEmpty() || !number.startsWith(head))
        return std::nullopt;
    const QStringView digits = number.mid(head.size());
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 n = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    if (n < 1)
        return std::nullopt;
    return n;
}

qint64 nextSequence(QStringView series, int year, const QStringList &used)
{
    qint64 last = 0;
    for (const QString &number : used)
        last = std::max(last, sequenceOf(series, year, number).value_or(0));
    return last + 1;
}

QString offline(QStringView series, int year, QStringView deviceCode, int n)
{
    return u"%1-%2-%3-%4"_s.arg(prefix(series)).arg(year).arg(deviceCode).arg(n, 2, 10, QChar(u'0'));
}

QString deviceCode(QStringView clientId)
{
    QString hex;
    for (QChar c : clientId)
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex += c.toUpper();
    return hex.right(6); // the random end of the UUIDv7, not its clock
}

} // namespace Huike::NumberSeries
