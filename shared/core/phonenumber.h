#pragma once

#include <QString>
#include <QStringView>

namespace Huike {

// A mainland China phone number, parsed from what people type: "+86 138-0013-8000",
// "0086 13800138000", "(010) 6552 9988 转 801", "0755-8888-6666-12", "400-820-8820",
// "95588", full-width digits included.
class PhoneNumber
{
public:
    enum class Kind {
        Invalid,
        Mobile,   // 11 digits, 1[3-9]…
        Landline, // area code 0xx / 0xxx + 7–8 digits, or a local 7–8 digit number
        Service,  // 400/800 numbers and short service numbers (95588, 12315, 10086)
    };

    static PhoneNumber parse(QStringView text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString areaCode() const { return m_areaCode; } // "010", "0755"; empty otherwise
    QString number() const { return m_number; }     // subscriber digits
    QString extension() const { return m_extension; }

    // The stored form: "13800138000", "010-65529988", "010-65529988-801", "400-820-8820",
    // "95588". Empty when invalid.
    QString canonical() const;
    // Digits only, without extension, for duplicate checks: "13800138000", "01065529988".
    QString normalizedKey() const;

    // The same key straight from text; empty when the text is not a valid number.
    static QString normalizedKey(QStringView text) { return parse(text).normalizedKey(); }
    // A translated explanation of why text is not a valid number.
    static QString errorMessage(QStringView text);

private:
    Kind m_kind = Kind::Invalid;
    QString m_areaCode;
    QString m_number;
    QString m_extension;
};

} // namespace Huike
