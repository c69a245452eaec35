#include "core/creditcode.h"

#include <QCoreApplication>

namespace Huike::CreditCode {

namespace {

constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i)
        if (Alphabet[i] == c.unicode())
            return i;
    return -1;
}

} // namespace

QString normalize(QStringView text)
{
    const QString half = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(18);
    for (QChar c : half) {
        if (c.isSpace() || c == u'-')
            continue;
        out += c.toUpper();
    }
    return out;
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return QChar();
    int weight = 1;
    int sum = 0;
    for (QChar c : first17) {
        const int v = valueOf(c);
        if (v < 0)
            return QChar();
        sum += v * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return QChar(Alphabet[check]);
}

Error validate(QStringView text)
{
    const QString code = normalize(text);
    if (code.isEmpty())
        return Error::Empty;
    if (code.size() != 18)
        return Error::WrongLength;
    for (QChar c : code)
        if (valueOf(c) < 0)
            return Error::InvalidCharacter;
    if (checkCharacter(QStringView(code).first(17)) != code[17])
        return Error::WrongCheckCharacter;
    return Error::None;
}

bool isValid(QStringView text)
{
    return validate(text) == Error::None;
}

QString errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("Huike::CreditCode",
                                           "Enter the unified social credit code.");
    case Error::WrongLength:
        return QCoreApplication::translate("Huike::CreditCode",
                                           "A unified social credit code has 18 characters.");
    case Error::InvalidCharacter:
        return QCoreApplication::translate(
            "Huike::CreditCode",
            "Only digits and capital letters except I, O, Z, S and V are allowed.");
    case Error::WrongCheckCharacter:
        return QCoreApplication::translate(
            "Huike::CreditCode",
            "The check character does not match; please check the code for typing errors.");
    }
    return {};
}

} // namespace Huike::CreditCode
