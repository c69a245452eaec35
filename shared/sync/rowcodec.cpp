#include "rowcodec.h"

#include "tabledef.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Huike::RowCodec {

QJsonArray encode(const TableDef &table, const QStringList &columns, const Row &row)
{
    QJsonArray out;
    for (const QString &name : columns) {
        const QVariant v = row.value(name);
        const ColumnDef *c = table.column(name);
        if (v.isNull() || !c) {
            out.append(QJsonValue::Null);
            continue;
        }
        switch (c->type) {
        case ColumnType::Int:
        case ColumnType::Bool:
            out.append(double(v.toLongLong()));
            break;
        case ColumnType::Money:
        case ColumnType::Decimal:
            out.append(QString::number(v.toLongLong()));
            break;
        default:
            out.append(v.toString());
        }
    }
    return out;
}

bool decode(const TableDef &table, const QStringList &columns, const QJsonArray &values, Row *row)
{
    if (values.size() != columns.size())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnDef *c = table.column(columns[i]);
        if (!c)
            continue; // a newer server's column
        const QJsonValue v = values[i];
        if (v.isNull()) {
            row->insert(c->name, QVariant());
            continue;
        }
        switch (c->type) {
        case ColumnType::Int:
        case ColumnType::Bool:
            if (!v.isDouble())
                return false;
            row->insert(c->name, qint64(v.toDouble()));
            break;
        case ColumnType::Money:
        case ColumnType::Decimal: {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (!v.isString() || !ok)
                return false;
            row->insert(c->name, n);
            break;
        }
        default:
            if (!v.isString())
                return false;
            row->insert(c->name, v.toString());
        }
    }
    return true;
}

} // namespace Huike::RowCodec
