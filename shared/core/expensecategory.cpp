#include "core/expensecategory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike::ExpenseCategories {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ExpenseCategories", text);
}

} // namespace

QList<ExpenseCategory> defaults()
{
    static const struct
    {
        const char *code;
        const char *label;
    } list[] = {
        {"travel", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Travel")},
        {"transport", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Local transport")},
        {"meals", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Meals")},
        {"entertainment", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Business entertainment")},
        {"office", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Office supplies")},
        {"communication", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Telephone and internet")},
        {"training", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Training")},
        {"other", QT_TRANSLATE_NOOP("Huike::ExpenseCategories", "Other expenses")},
    };
    QList<ExpenseCategory> out;
    for (const auto &c : list)
        out << ExpenseCategory{QString::fromLatin1(c.code), tr(c.label)};
    return out;
}

QList<ExpenseCategory> fromSetting(const QString &value)
{
    QList<ExpenseCategory> out;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        ExpenseCategory c{o.value(u"code"_s).toString().trimmed(), o.value(u"label"_s).toString().trimmed()};
        if (!c.code.isEmpty())
            out << (c.label.isEmpty() ? ExpenseCategory{c.code, c.code} : c);
    }
    return out.isEmpty() ? defaults() : out;
}

QString toSetting(const QList<ExpenseCategory> &categories)
{
    QJsonArray list;
    for (const ExpenseCategory &c : categories)
        list.append(QJsonObject{{u"code"_s, c.code}, {u"label"_s, c.label}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString validate(const QList<ExpenseCategory> &categories)
{
    if (categories.isEmpty())
        return tr("List at least one expense category.");
    static const QRegularExpression codeRule(u"^[A-Za-z0-9_-]{1,32}$"_s);
    QStringList seen;
    for (const ExpenseCategory &c : categories) {
        if (!codeRule.match(c.code).hasMatch())
            return tr("The category code “%1” is not valid: use up to 32 letters, digits, “_” or “-”.").arg(c.code);
        if (seen.contains(c.code))
            return tr("The category code “%1” is listed twice.").arg(c.code);
        if (c.label.trimmed().isEmpty())
            return tr("The category “%1” needs a name.").arg(c.code);
        seen << c.code;
    }
    return {};
}

QString label(const QList<ExpenseCategory> &categories, const QString &code)
{
    for (const ExpenseCategory &c : categories)
        if (c.code == code)
            return c.label;
    return code;
}

} // namespace Huike::ExpenseCategories
