#include "core/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Two-digit area codes after the 0: 10 (北京) and 20–29; all others have three digits.
int areaCodeLength(QStringView digitsAfterZero)
{
    if (digitsAfterZero.size() < 2)
        return 0;
    if (digitsAfterZero[0] == u'1' && digitsAfterZero[1] == u'0')
        return 2;
    if (digitsAfterZero[0] == u'2')
        return 2;
    return 3;
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

PhoneNumber PhoneNumber::parse(QStringView text)
{
    PhoneNumber p;
    QString s = text.toString().normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (s.isEmpty() || s.size() > 40)
        return p;

    // Extension written out: 转 801, 分机 801, ext. 801, x801, #801.
    static const QRegularExpression extWord(
        u"\\s*(?:转|分机|ext\\.?|x|#)\\s*(\\d{1,6})\\s*$"_s);
    if (const auto m = extWord.match(s); m.hasMatch()) {
        p.m_extension = m.captured(1);
        s.truncate(m.capturedStart());
    }

    // Country code.
    s = s.trimmed();
    bool hadCountryCode = false;
    for (const QStringView prefix : {u"+86", u"0086", u"(+86)", u"(86)"}) {
        if (s.startsWith(prefix)) {
            s = s.mid(prefix.size());
            hadCountryCode = true;
            break;
        }
    }

    // Separators people type; keep dashes to spot a dashed extension.
    QString digits;
    QList<QString> groups{QString()};
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9') {
            digits += c;
            groups.last() += c;
        } else if (c == u'-') {
            if (!groups.last().isEmpty())
                groups.append(QString());
        } else if (c == u' ' || c == u'(' || c == u')' || c == u'.' || c == u'/') {
            continue;
        } else {
            return p; // letters or other symbols
        }
    }
    if (!allDigits(digits))
        return p;
    if (!hadCountryCode && digits.size() == 13 && digits.startsWith(u"86")
        && digits[2] == u'1') {
        digits = digits.mid(2); // 8613800138000
        hadCountryCode = true;
    }
    // After +86 a landline drops its leading 0: +86 10 6552 9988.
    if (hadCountryCode && !digits.startsWith(u'1') && !digits.startsWith(u'0')
        && !digits.startsWith(u"400") && !digits.startsWith(u"800"))
        digits.prepend(u'0');
    if (hadCountryCode && digits.startsWith(u"10") && digits.size() >= 9)
        digits.prepend(u'0'); // +86 10 … is 北京's 010

    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression service400(u"^[48]00\\d{7}$"_s);
    static const QRegularExpression shortService(u"^(?:9[56]\\d{3,6}|1[0-2]\\d{3})$"_s);

    if (mobile.match(digits).hasMatch()) {
        if (!p.m_extension.isEmpty())
            return PhoneNumber();
        p.m_kind = Kind::Mobile;
        p.m_number = digits;
        return p;
    }
    if (service400.match(digits).hasMatch()) {
        p.m_kind = Kind::Service;
        p.m_number = digits;
        return p;
    }
    if (shortService.match(digits).hasMatch() && p.m_extension.isEmpty()) {
        p.m_kind = Kind::Service;
        p.m_number = digits;
        return p;
    }
    if (digits.startsWith(u'0')) {
        const int areaLen = areaCodeLength(QStringView(digits).mid(1));
        if (areaLen == 0)
            return PhoneNumber();
        QString area = digits.left(1 + areaLen);
        QString rest = digits.mid(1 + areaLen);
        // A dashed extension: 0755-8888-6666-12 or 010-65529988-801.
        if (p.m_extension.isEmpty() && groups.size() >= 3 && groups.first() == area) {
            const QString last = groups.last();
            const QString subscriber = rest.left(rest.size() - last.size());
            if (subscriber.size() >= 7 && subscriber.size() <= 8 && last.size() <= 6) {
                p.m_extension = last;
                rest = subscriber;
            }
        }
        if (rest.size() < 7 || rest.size() > 8 || rest[0] == u'0' || rest[0] == u'1')
            return PhoneNumber();
        p.m_kind = Kind::Landline;
        p.m_areaCode = area;
        p.m_number = rest;
        return p;
    }
    if ((digits.size() == 7 || digits.size() == 8) && digits[0] >= u'2') {
        p.m_kind = Kind::Landline;
        p.m_number = digits;
        return p;
    }
    return PhoneNumber();
}

QString PhoneNumber::canonical() const
{
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::Mobile:
        return m_number;
    case Kind::Service:
        if (m_number.size() == 10)
            return m_number.left(3) + u'-' + m_number.mid(3, 3) + u'-' + m_number.mid(6);
        return m_number;
    case Kind::Landline: {
        QString out = m_areaCode.isEmpty() ? m_number : m_areaCode + u'-' + m_number;
        if (!m_extension.isEmpty())
            out += u'-' + m_extension;
        return out;
    }
    }
    return {};
}

QString PhoneNumber::normalizedKey() const
{
    if (m_kind == Kind::Invalid)
        return {};
    return m_areaCode + m_number;
}

QString PhoneNumber::errorMessage(QStringView text)
{
    const QString s = text.toString().normalized(QString::NormalizationForm_KC);
    static const QRegularExpression letters(u"[^0-9+\\-\\s().#/转分机extEXT]"_s);
    if (letters.match(s).hasMatch())
        return QCoreApplication::translate("Huike::PhoneNumber",
                                           "A phone number contains only digits, spaces and dashes.");
    QString digits;
    for (QChar c : s)
        if (c.isDigit())
            digits += c;
    if (digits.startsWith(u'1') && digits.size() != 11)
        return QCoreApplication::translate("Huike::PhoneNumber",
                                           "A mobile number has 11 digits.");
    return QCoreApplication::translate(
        "Huike::PhoneNumber",
        "Not a mainland phone number: use a mobile number (11 digits), an area code and "
        "number (010-65529988), or a 400/800 number.");
}

} // namespace Huike
