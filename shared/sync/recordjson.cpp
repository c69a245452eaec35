#include "sync/recordjson.h"

#include "core/id.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "schema/domainschema.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Huike::RecordJson {

namespace {

} // namespace

QJsonObject toJson(const QString &table, const Row &row)
{
    QJsonObject out;
    const QString currency = row.value(u"currency"_s).toString();
    for (const ColumnDef &c : DomainSchema::table(table).columns()) {
        if (!row.contains(c.name))
            continue;
        const QVariant v = row.value(c.name);
        const QString key = Rows::jsonName(c.name);
        if (v.isNull()) {
            out.insert(key, QJsonValue::Null);
            continue;
        }
        switch (c.type) {
        case ColumnType::Money:
            out.insert(key, Money::fromFen(v.toLongLong(), currency.isEmpty() ? u"CNY"_s : currency)
                                .toPlainString());
            break;
        case ColumnType::Decimal:
            out.insert(key, Decimal::fromRaw(v.toLongLong()).toString());
            break;
        case ColumnType::Bool:
            out.insert(key, v.toLongLong() != 0);
            break;
        case ColumnType::Int:
            out.insert(key, double(v.toLongLong()));
            break;
        default:
            out.insert(key, v.toString());
        }
    }
    return out;
}

Row fromJson(const QString &table, const QJsonObject &object, ValidationErrors *errors,
             const QSet<QString> &readOnly, int maxTextLength)
{
    Row row;
    const TableDef &def = DomainSchema::table(table);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString column = Rows::columnFor(table, key);
        const ColumnDef *c = column.isEmpty() ? nullptr : def.column(column);
        if (!c) {
            errors->add(key, u"unknown_field"_s, QCoreApplication::translate("Huike::RecordJson", "There is no such field."));
            continue;
        }
        if (readOnly.contains(key)) {
            errors->add(key, u"read_only"_s, QCoreApplication::translate("Huike::RecordJson", "This field is set by the server."));
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isNull()) {
            // A NOT NULL column takes no null, with or without a default (the store would
            // refuse it); leaving the field out is how to get the default.
            if (c->notNull)
                errors->add(key, u"required"_s, QCoreApplication::translate("Huike::RecordJson", "This field cannot be empty."));
            else
                row.insert(column, QVariant());
            continue;
        }
        switch (c->type) {
        case ColumnType::Money: {
            const auto m = v.isString() ? Money::parse(v.toString()) : std::nullopt;
            if (!m)
                errors->add(key, u"invalid_money"_s,
                            QCoreApplication::translate("Huike::RecordJson", "Write the amount as a string with at most two decimals, e.g. \"12345.67\"."));
            else
                row.insert(column, m->fen());
            break;
        }
        case ColumnType::Decimal: {
            const auto d = v.isString() ? Decimal::parse(v.toString()) : std::nullopt;
            if (!d)
                errors->add(key, u"invalid_decimal"_s,
                            QCoreApplication::translate("Huike::RecordJson", "Write the number as a string with at most four decimals, e.g. \"0.3333\"."));
            else
                row.insert(column, d->raw());
            break;
        }
        case ColumnType::Bool:
            if (!v.isBool())
                errors->add(key, u"invalid_type"_s, QCoreApplication::translate("Huike::RecordJson", "Expected true or false."));
            else
                row.insert(column, v.toBool() ? 1 : 0);
            break;
        case ColumnType::Int: {
            const double d = v.toDouble();
            if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740991.0)
                errors->add(key, u"invalid_type"_s, QCoreApplication::translate("Huike::RecordJson", "Expected a whole number."));
            else
                row.insert(column, qint64(d));
            break;
        }
        case ColumnType::Id: {
            const auto id = v.isString() ? Id::fromString(v.toString()) : std::nullopt;
            if (!id)
                errors->add(key, u"invalid_id"_s, QCoreApplication::translate("Huike::RecordJson", "Expected an id."));
            else
                row.insert(column, id->toString());
            break;
        }
        case ColumnType::Date:
            if (!v.isString() || !Timestamp::parseDate(v.toString()))
                errors->add(key, u"invalid_date"_s, QCoreApplication::translate("Huike::RecordJson", "Expected a date (YYYY-MM-DD)."));
            else
                row.insert(column, v.toString());
            break;
        case ColumnType::Timestamp: {
            const auto t = v.isString() ? Timestamp::parse(v.toString()) : std::nullopt;
            if (!t)
                errors->add(key, u"invalid_timestamp"_s,
                            QCoreApplication::translate("Huike::RecordJson", "Expected a time with an offset, e.g. 2026-11-24T09:30:00+08:00."));
            else
                row.insert(column, Timestamp::toText(*t));
            break;
        }
        case ColumnType::Text:
            if (!v.isString())
                errors->add(key, u"invalid_type"_s, QCoreApplication::translate("Huike::RecordJson", "Expected text."));
            else if (v.toString().size() > maxTextLength)
                errors->add(key, u"too_long"_s, QCoreApplication::translate("Huike::RecordJson", "The text is too long."));
            else
                row.insert(column, v.toString().isEmpty() && !c->notNull ? QVariant() : QVariant(v.toString()));
            break;
        }
    }
    return row;
}

} // namespace Huike::RecordJson
