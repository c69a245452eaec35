#pragma once

#include <QList>
#include <QString>

class QJsonObject;

namespace Huike {

// One problem with one field of a record, as the UI shows it next to the field and the
// API returns it under "fields": a stable machine code ("required", "invalid_phone", …)
// and a translated, human message.
struct FieldError
{
    QString field;
    QString code;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// The result of validating a record: empty when the record may be saved.
class ValidationErrors
{
public:
    bool isEmpty() const { return m_errors.isEmpty(); }
    explicit operator bool() const { return !m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }
    const QList<FieldError> &errors() const { return m_errors; }

    void add(const QString &field, const QString &code, const QString &message);
    void merge(const ValidationErrors &other, const QString &prefix = {});

    bool has(const QString &field) const;
    QString codeFor(const QString &field) const;    // first code for the field, or empty
    QString messageFor(const QString &field) const; // first message for the field, or empty
    QStringList fields() const;

    // {"name": {"code": "required", "message": "…"}, …} — the "fields" of an API error.
    QJsonObject toJson() const;

    // Common checks; each adds an error and returns false when the rule is broken.
    bool requireText(const QString &field, const QString &value, int maxLength);
    bool limitText(const QString &field, const QString &value, int maxLength);
    bool checkEmail(const QString &field, const QString &value);
    bool checkPhone(const QString &field, const QString &value);
    bool checkMobile(const QString &field, const QString &value);
    bool checkDate(const QString &field, const QString &value, bool required);
    bool checkTimestamp(const QString &field, const QString &value, bool required);

private:
    QList<FieldError> m_errors;
};

} // namespace Huike
