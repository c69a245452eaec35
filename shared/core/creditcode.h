#pragma once

#include <QString>
#include <QStringView>

namespace Huike {

// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from
// 0-9 and A-Y without I, O, Z, S, V; the last is a check character over the first 17
// with weights 3^i mod 31.
namespace CreditCode {

enum class Error {
    None,
    Empty,
    WrongLength,       // not 18 characters after normalising
    InvalidCharacter,  // a character outside the code's alphabet
    WrongCheckCharacter,
};

// Full width to half width, lower to upper case, spaces and dashes removed.
QString normalize(QStringView text);
// The check character for the first 17 characters of a normalised code, or '\0' when
// they are not 17 valid characters.
QChar checkCharacter(QStringView first17);
// Normalises, then checks.
Error validate(QStringView text);
bool isValid(QStringView text);
// A translated, user-facing explanation.
QString errorMessage(Error error);

} // namespace CreditCode

} // namespace Huike
