#include "core/validation.h"

#include "core/phonenumber.h"
#include "core/timestamp.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

void ValidationErrors::add(const QString &field, const QString &code, const QString &message)
{
    m_errors.append({field, code, message});
}

void ValidationErrors::merge(const ValidationErrors &other, const QString &prefix)
{
    for (const FieldError &e : other.m_errors)
        m_errors.append({prefix + e.field, e.code, e.message});
}

bool ValidationErrors::has(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

QString ValidationErrors::codeFor(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return e.code;
    }
    return {};
}

QString ValidationErrors::messageFor(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QStringList ValidationErrors::fields() const
{
    QStringList out;
    for (const FieldError &e : m_errors) {
        if (!out.contains(e.field))
            out.append(e.field);
    }
    return out;
}

QJsonObject ValidationErrors::toJson() const
{
    QJsonObject fields;
    for (const FieldError &e : m_errors) {
        if (!fields.contains(e.field))
            fields.insert(e.field, QJsonObject{{u"code"_s, e.code}, {u"message"_s, e.message}});
    }
    return fields;
}

bool ValidationErrors::requireText(const QString &field, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty()) {
        add(field, u"required"_s, QCoreApplication::translate("Huike::Validation", "This field is required."));
        return false;
    }
    return limitText(field, value, maxLength);
}

bool ValidationErrors::limitText(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength) {
        add(field, u"too_long"_s,
            QCoreApplication::translate("Huike::Validation", "At most %n characters.", nullptr,
                                        maxLength));
        return false;
    }
    return true;
}

bool ValidationErrors::checkEmail(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return true;
    static const QRegularExpression email(
        u"^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?"
        u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+$"_s);
    if (value.size() > 254 || !email.match(value).hasMatch()) {
        add(field, u"invalid_email"_s, QCoreApplication::translate("Huike::Validation", "Not a valid email address."));
        return false;
    }
    return true;
}

bool ValidationErrors::checkPhone(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const PhoneNumber phone = PhoneNumber::parse(value);
    if (phone.kind() == PhoneNumber::Kind::Invalid) {
        add(field, u"invalid_phone"_s, PhoneNumber::errorMessage(value));
        return false;
    }
    return true;
}

bool ValidationErrors::checkMobile(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const PhoneNumber phone = PhoneNumber::parse(value);
    if (phone.kind() != PhoneNumber::Kind::Mobile) {
        add(field, u"invalid_mobile"_s,
            QCoreApplication::translate("Huike::Validation", "Not a mainland mobile number (11 digits starting with 1)."));
        return false;
    }
    return true;
}

bool ValidationErrors::checkDate(const QString &field, const QString &value, bool required)
{
    if (value.isEmpty()) {
        if (required)
            add(field, u"required"_s, QCoreApplication::translate("Huike::Validation", "This field is required."));
        return !required;
    }
    if (!Timestamp::parseDate(value)) {
        add(field, u"invalid_date"_s, QCoreApplication::translate("Huike::Validation", "Not a valid date (YYYY-MM-DD)."));
        return false;
    }
    return true;
}

bool ValidationErrors::checkTimestamp(const QString &field, const QString &value, bool required)
{
    if (value.isEmpty()) {
        if (required)
            add(field, u"required"_s, QCoreApplication::translate("Huike::Validation", "This field is required."));
        return !required;
    }
    if (!Timestamp::parse(value)) {
        add(field, u"invalid_timestamp"_s, QCoreApplication::translate("Huike::Validation", "Not a valid point in time."));
        return false;
    }
    return true;
}

} // namespace Huike
