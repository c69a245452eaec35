#include "rowcodec.h"

#include "tabledef.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Huike::RowCodec {

QList<ColumnType> types(const TableDef &table, const QStringList &columns)
{
    QList<ColumnType> out;
    out.reserve(columns.size());
    for (const QString &c : columns) {
        const ColumnDef *def = table.column(c);
        out.append(def ? def->type : ColumnType::Text);
    }
    return out;
}

QJsonValue encodeValue(ColumnType type, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        return double(v.toLongLong());
    case ColumnType::Money:
    case ColumnType::Decimal:
        return QString::number(v.toLongLong());
    default:
        return v.toString();
    }
}

void appendJsonString(QStringView text, QByteArray &out)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

void appendJson(ColumnType type, const QVariant &v, QByteArray &out)
{
    if (v.isNull()) {
        out.append("null");
        return;
    }
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case ColumnType::Money:
    case ColumnType::Decimal:
        out.append('"');
        out.append(QByteArray::number(v.toLongLong()));
        out.append('"');
        return;
    default:
        appendJsonString(v.toString(), out);
    }
}

bool decodeValue(ColumnType type, const QJsonValue &v, QVariant *out)
{
    if (v.isNull()) {
        *out = QVariant();
        return true;
    }
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        if (!v.isDouble())
            return false;
        *out = qint64(v.toDouble());
        return true;
    case ColumnType::Money:
    case ColumnType::Decimal: {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (!v.isString() || !ok)
            return false;
        *out = n;
        return true;
    }
    default:
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    }
}

QJsonArray encode(const TableDef &table, const QStringList &columns, const Row &row)
{
    QJsonArray out;
    for (const QString &name : columns) {
        const ColumnDef *c = table.column(name);
        out.append(c ? encodeValue(c->type, row.value(name)) : QJsonValue(QJsonValue::Null));
    }
    return out;
}

bool decode(const TableDef &table, const QStringList &columns, const QJsonArray &values, Row *row)
{
    if (values.size() != columns.size())
        return false;
    QVariant v;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnDef *c = table.column(columns[i]);
        if (!c)
            continue; // a newer server's column
        if (!decodeValue(c->type, values[i], &v))
            return false;
        row->insert(c->name, v);
    }
    return true;
}

} // namespace Huike::RowCodec
