#include "schema/binding.h"

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Id: return u"Id"_s;
    case ColumnType::Text: return u"Text"_s;
    case ColumnType::Int: return u"Int"_s;
    case ColumnType::Bool: return u"Bool"_s;
    case ColumnType::Money: return u"Money"_s;
    case ColumnType::Decimal: return u"Decimal"_s;
    case ColumnType::Timestamp: return u"Timestamp"_s;
    case ColumnType::Date: return u"Date"_s;
    }
    return {};
}

// The value of a SQL default literal as a row holds it ("0" → 0, "'draft'" → "draft").
QVariant defaultValue(const QString &sql)
{
    if (sql.isEmpty())
        return {};
    if (sql.size() >= 2 && sql.startsWith(u'\'') && sql.endsWith(u'\''))
        return sql.mid(1, sql.size() - 2).replace(u"''"_s, u"'"_s);
    bool ok = false;
    const qint64 n = sql.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant();
}

} // namespace

const BindingBase::Column &BindingBase::addColumn(const QString &name, std::initializer_list<ColumnType> fits)
{
    Column c{name, QList<ColumnType>(fits), true, {}};
    if (const ColumnDef *def = m_table.column(name)) {
        c.nullable = !def->notNull;
        c.absent = defaultValue(def->defaultSql);
    }
    m_columns.append(std::move(c));
    return m_columns.constLast();
}

QStringList BindingBase::columns() const
{
    QStringList out;
    for (const Column &c : m_columns)
        out << c.name;
    return out;
}

QStringList BindingBase::problems() const
{
    QStringList out;
    const QString table = m_table.name();
    for (const ColumnDef &def : m_table.columns()) {
        qsizetype bound = 0;
        for (const Column &c : m_columns)
            bound += c.name == def.name ? 1 : 0;
        if (bound == 0)
            out << u"%1.%2 is not bound."_s.arg(table, def.name);
        else if (bound > 1)
            out << u"%1.%2 is bound %3 times."_s.arg(table, def.name).arg(bound);
    }
    for (const Column &c : m_columns) {
        const ColumnDef *def = m_table.column(c.name);
        if (!def) {
            out << u"%1.%2 is bound but the table has no such column."_s.arg(table, c.name);
            continue;
        }
        if (!c.fits.isEmpty() && !c.fits.contains(def->type)) {
            QStringList fits;
            for (ColumnType t : c.fits)
                fits << typeName(t);
            out << u"%1.%2 is a %3 column bound to a member for %4."_s.arg(table, c.name, typeName(def->type),
                                                                          fits.join(u'/'));
        }
    }
    return out;
}

} // namespace Huike
