#include "models/customerfields.h"

#include "core/enums.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike::CustomerFields {

const QStringList DuplicateFields{u"name"_s, u"phone"_s, u"creditCode"_s};

QHash<QString, QString> values(const Customer &c)
{
    return {
        {u"name"_s, c.name},
        {u"shortName"_s, c.shortName},
        {u"creditCode"_s, c.creditCode},
        {u"phone"_s, c.phone},
        {u"email"_s, c.email},
        {u"website"_s, c.website},
        {u"address"_s, c.address},
        {u"province"_s, c.province},
        {u"city"_s, c.city},
        {u"postcode"_s, c.postcode},
        {u"industry"_s, c.industry},
        {u"region"_s, c.region},
        {u"size"_s, c.size ? enumCode(*c.size) : QString()},
        {u"status"_s, enumCode(c.status)},
        {u"level"_s, c.level ? enumCode(*c.level) : QString()},
        {u"type"_s, enumCode(c.type)},
        {u"source"_s, c.source},
        {u"creditRating"_s, c.creditRating},
        {u"securityLevel"_s, c.securityLevel},
        {u"tags"_s, c.tags.join(u", "_s)},
        {u"background"_s, c.background},
    };
}

Customer apply(const Customer &original, const QHash<QString, QString> &values)
{
    const auto value = [&values](const QString &name) { return values.value(name); };
    Customer c = original;
    c.name = value(u"name"_s).trimmed();
    c.shortName = value(u"shortName"_s).trimmed();
    c.creditCode = value(u"creditCode"_s).trimmed();
    c.phone = value(u"phone"_s).trimmed();
    c.email = value(u"email"_s).trimmed();
    c.website = value(u"website"_s).trimmed();
    c.address = value(u"address"_s).trimmed();
    c.province = value(u"province"_s).trimmed();
    c.city = value(u"city"_s).trimmed();
    c.postcode = value(u"postcode"_s).trimmed();
    c.industry = value(u"industry"_s).trimmed();
    c.region = value(u"region"_s).trimmed();
    c.size = enumFromCode<CustomerSize>(value(u"size"_s));
    c.status = enumFromCode<CustomerStatus>(value(u"status"_s)).value_or(CustomerStatus::Potential);
    c.level = enumFromCode<CustomerLevel>(value(u"level"_s));
    c.type = enumFromCode<CustomerType>(value(u"type"_s)).value_or(CustomerType::End);
    c.source = value(u"source"_s).trimmed();
    c.creditRating = value(u"creditRating"_s).trimmed();
    c.securityLevel = value(u"securityLevel"_s).trimmed();
    c.tags.clear();
    static const QRegularExpression separators(u"[,，、;；]"_s);
    for (const QString &tag : value(u"tags"_s).split(separators, Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            c.tags << tag.trimmed();
    c.background = value(u"background"_s);
    return c;
}

} // namespace Huike::CustomerFields
