#include "core/chineseamount.h"

#include "core/money.h"
#include "core/wideint.h"

using namespace Qt::StringLiterals;

namespace Huike::ChineseAmount {

namespace {

constexpr char16_t Digits[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t SmallUnits[] = u"\0拾佰仟"; // index 0 unused

// The integer part in words (value > 0), with the zero rules described in the header.
QString integerWords(std::uint64_t value)
{
    // Decimal digits, least significant first.
    int digits[20] = {};
    int count = 0;
    for (std::uint64_t v = value; v != 0; v /= 10)
        digits[count++] = int(v % 10);

    QString out;
    bool pendingZero = false;
    for (int pos = count - 1; pos >= 0; --pos) {
        const int d = digits[pos];
        if (d == 0) {
            pendingZero = true;
        } else {
            if (pendingZero)
                out += Digits[0];
            pendingZero = false;
            out += Digits[d];
            if (pos % 4 != 0)
                out += SmallUnits[pos % 4];
        }
        if (pos > 0 && pos % 4 == 0) {
            // The group unit: 万 at 4, 12…; 亿 at 8, 16. 亿 is written whenever anything above
            // it is non-zero; 万 only when its own four digits are.
            bool groupNonZero = false;
            for (int k = pos; k < pos + 4 && k < count; ++k)
                groupNonZero = groupNonZero || digits[k] != 0;
            if (pos % 8 == 0) {
                // Trailing zeros of a non-zero group are absorbed by the unit (壹拾亿); an
                // all-zero group is a gap that still needs its 零 (壹万亿零壹仟万).
                out += u'亿';
                if (groupNonZero)
                    pendingZero = false;
            } else if (groupNonZero) {
                out += u'万';
                pendingZero = false;
            }
        }
    }
    return out;
}

} // namespace

QString fromFen(qint64 fen)
{
    const std::uint64_t m = Detail::magnitude(fen);
    const std::uint64_t yuan = m / 100;
    const int jiao = int(m / 10 % 10);
    const int fenDigit = int(m % 10);

    QString out;
    if (fen < 0)
        out += u'负';
    if (m == 0)
        return u"零元整"_s;

    if (yuan > 0) {
        out += integerWords(yuan);
        out += u'元';
        if (jiao == 0 && fenDigit == 0)
            return out + u'整';
        if (jiao == 0 || yuan % 10 == 0)
            out += Digits[0];
    }
    if (jiao > 0) {
        out += Digits[jiao];
        out += u'角';
    }
    if (fenDigit > 0) {
        out += Digits[fenDigit];
        out += u'分';
    } else {
        out += u'整';
    }
    return out;
}

QString fromMoney(const Money &amount)
{
    return fromFen(amount.fen());
}

} // namespace Huike::ChineseAmount
