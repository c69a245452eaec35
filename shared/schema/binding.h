#pragma once

#include "schema/row.h"
#include "schema/tabledef.h"

#include "core/decimal.h"
#include "core/enums.h"
#include "core/id.h"
#include "core/money.h"
#include "core/recordmeta.h"
#include "core/timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>
#include <type_traits>

namespace Huike {

// How a member type is held in a column (DATAMODEL.md "Binding instead of row pairs"):
// the column types it fits, the value read from a row (`row` for what lies in another
// column, a Money's currency) and the value written (NULL for an empty text in a nullable
// column). A member type without a ColumnValue does not compile as a field.
template<typename M, typename = void>
struct ColumnValue;

template<>
struct ColumnValue<QString>
{
    // Dates and timestamps are text members in the value types (Timestamp, dateformat.h).
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Text, ColumnType::Date,
                                                            ColumnType::Timestamp};
    static void read(QString &m, const QVariant &v, const Row &) { m = v.toString(); }
    static QVariant write(const QString &m, bool nullable)
    {
        return nullable && m.isEmpty() ? QVariant() : QVariant(m);
    }
};

// Comma-separated text ("重点客户,年框"); an empty list is an empty text.
template<>
struct ColumnValue<QStringList>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Text};
    static void read(QStringList &m, const QVariant &v, const Row &)
    {
        const QString s = v.toString();
        m = s.isEmpty() ? QStringList() : s.split(u',');
    }
    static QVariant write(const QStringList &m, bool nullable)
    {
        return ColumnValue<QString>::write(m.join(u','), nullable);
    }
};

template<>
struct ColumnValue<Id>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Id};
    static void read(Id &m, const QVariant &v, const Row &) { m = Id::fromString(v.toString()).value_or(Id()); }
    static QVariant write(const Id &m, bool) { return m.isNull() ? QVariant() : QVariant(m.toString()); }
};

template<>
struct ColumnValue<qint64>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Int};
    static void read(qint64 &m, const QVariant &v, const Row &) { m = v.toLongLong(); }
    static QVariant write(qint64 m, bool) { return m; }
};

template<>
struct ColumnValue<int>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Int};
    static void read(int &m, const QVariant &v, const Row &) { m = int(v.toLongLong()); }
    static QVariant write(int m, bool) { return m; }
};

template<>
struct ColumnValue<bool>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Bool};
    static void read(bool &m, const QVariant &v, const Row &) { m = v.toLongLong() != 0; }
    static QVariant write(bool m, bool) { return m ? 1 : 0; }
};

template<>
struct ColumnValue<Decimal>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Decimal};
    static void read(Decimal &m, const QVariant &v, const Row &) { m = Decimal::fromRaw(v.toLongLong()); }
    static QVariant write(Decimal m, bool) { return m.raw(); }
};

// 分 in the column; the currency is the row's `currency` column (the record's or its
// document's, see Rows::lineFrom), CNY when there is none. Writing the currency is the
// binding's business (a field of its own), since several amounts share it.
template<>
struct ColumnValue<Money>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Money};
    static QString currency(const Row &row)
    {
        const QString c = row.value(QStringLiteral("currency")).toString();
        return c.isEmpty() ? QStringLiteral("CNY") : c;
    }
    static void read(Money &m, const QVariant &v, const Row &row) { m = Money::fromFen(v.toLongLong(), currency(row)); }
    static QVariant write(const Money &m, bool) { return m.fen(); }
};

// "YYYY-MM-DD"; an invalid date is NULL.
template<>
struct ColumnValue<QDate>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Date};
    static void read(QDate &m, const QVariant &v, const Row &)
    {
        m = Timestamp::parseDate(v.toString()).value_or(QDate());
    }
    static QVariant write(QDate m, bool) { return m.isValid() ? QVariant(Timestamp::dateToText(m)) : QVariant(); }
};

// The storage form of Timestamp (UTC, ms, 'Z'); an invalid time is NULL.
template<>
struct ColumnValue<QDateTime>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Timestamp};
    static void read(QDateTime &m, const QVariant &v, const Row &)
    {
        m = Timestamp::parse(v.toString()).value_or(QDateTime());
    }
    static QVariant write(const QDateTime &m, bool)
    {
        return m.isValid() ? QVariant(Timestamp::toText(m.toUTC())) : QVariant();
    }
};

// An enumeration through its code table (enums.h). An empty or unknown code leaves the
// member as the value type initialises it (Customer::status = Potential, …); the checks
// of Rows::validate reject such codes before they get here.
template<typename E>
struct ColumnValue<E, std::enable_if_t<std::is_enum_v<E>>>
{
    static constexpr std::initializer_list<ColumnType> types{ColumnType::Text};
    static void read(E &m, const QVariant &v, const Row &)
    {
        if (const std::optional<E> e = enumFromCode<E>(v.toString()))
            m = *e;
    }
    static QVariant write(E m, bool) { return enumCode(m); }
};

// NULL ↔ nullopt. An optional enumeration is nullopt for an empty or unknown code too.
template<typename M>
struct ColumnValue<std::optional<M>>
{
    static constexpr std::initializer_list<ColumnType> types = ColumnValue<M>::types;
    static void read(std::optional<M> &m, const QVariant &v, const Row &row)
    {
        if constexpr (std::is_enum_v<M>) {
            const QString code = v.toString();
            m = code.isEmpty() ? std::nullopt : enumFromCode<M>(code);
        } else if (!v.isValid() || v.isNull()) {
            m.reset();
        } else {
            M value{};
            ColumnValue<M>::read(value, v, row);
            m = std::move(value);
        }
    }
    static QVariant write(const std::optional<M> &m, bool nullable)
    {
        return m ? ColumnValue<M>::write(*m, nullable) : QVariant();
    }
};

// What a binding knows of its columns, apart from the value type: the table it binds, each
// bound column with the column types its member fits, and the check against the table.
class BindingBase
{
public:
    QString table() const { return m_table.name(); }
    // Every column bound, in the binding's order (unmapped ones included).
    QStringList columns() const;
    // What is wrong with the binding against its TableDef, one sentence each: a column of
    // the table bound twice or not at all, a bound column the table lacks, a member whose
    // type does not fit the column's ColumnType. Empty when the binding is complete.
    QStringList problems() const;

protected:
    explicit BindingBase(const TableDef &table) : m_table(table) {}

    struct Column
    {
        QString name;
        QList<ColumnType> fits; // empty: any (a custom field declares its own type)
        bool nullable = true;
        QVariant absent;        // the value of a row that lacks the column: its SQL default
    };
    // Registers a bound column (its nullability and default from the table, when it has it).
    const Column &addColumn(const QString &name, std::initializer_list<ColumnType> fits);
    const QVariant &cell(const Row &row, qsizetype index) const
    {
        const auto it = row.constFind(m_columns[index].name);
        return it == row.cend() ? m_columns[index].absent : *it;
    }

    TableDef m_table;
    QList<Column> m_columns;
};

// The binding of a value type T to the rows of one table: one entry per column, each a
// typed member (field(&T::member, "column")) converted by its ColumnValue, or a custom
// pair kept here when the column is not a plain member (a derived value, a code outside
// the enumeration tables). A column the row lacks reads as its SQL default, so a partial
// row (a REST patch, a test) converts as the database would store it.
//
//   Binding<Contact>(DomainSchema::table(u"contacts"_s))
//       .meta(&Contact::meta)
//       .field(&Contact::customerId, u"customer_id"_s)
//       .field(&Contact::decisionRole, u"decision_role"_s) // std::optional<DecisionRole>
template<typename T>
class Binding : public BindingBase
{
public:
    using Getter = std::function<QVariant(const T &)>;
    using Setter = std::function<void(T &, const QVariant &)>;

    explicit Binding(const TableDef &table) : BindingBase(table) {}

    template<typename M>
    Binding &field(M T::*member, const QString &column)
    {
        const Column &c = addColumn(column, ColumnValue<M>::types);
        m_access.append({[member](T &value, const QVariant &v, const Row &row) {
                             ColumnValue<M>::read(value.*member, v, row);
                         },
                         [member, nullable = c.nullable](const T &value) {
                             return ColumnValue<M>::write(value.*member, nullable);
                         }});
        return *this;
    }

    // A member of a member (the record meta's columns).
    template<typename S, typename M>
    Binding &field(S T::*outer, M S::*inner, const QString &column)
    {
        const Column &c = addColumn(column, ColumnValue<M>::types);
        m_access.append({[outer, inner](T &value, const QVariant &v, const Row &row) {
                             ColumnValue<M>::read(value.*outer.*inner, v, row);
                         },
                         [outer, inner, nullable = c.nullable](const T &value) {
                             return ColumnValue<M>::write(value.*outer.*inner, nullable);
                         }});
        return *this;
    }

    // The sync columns of DESIGN.md §2.
    Binding &meta(RecordMeta T::*member)
    {
        return field(member, &RecordMeta::id, QStringLiteral("id"))
            .field(member, &RecordMeta::version, QStringLiteral("version"))
            .field(member, &RecordMeta::deleted, QStringLiteral("deleted"))
            .field(member, &RecordMeta::ownerId, QStringLiteral("owner_id"))
            .field(member, &RecordMeta::createdAt, QStringLiteral("created_at"))
            .field(member, &RecordMeta::createdBy, QStringLiteral("created_by"))
            .field(member, &RecordMeta::updatedAt, QStringLiteral("updated_at"))
            .field(member, &RecordMeta::updatedBy, QStringLiteral("updated_by"));
    }

    // A column that is not one plain member, of the given ColumnType: `get` gives its row
    // value (null: not written), `set` takes it (null: the column is only written).
    Binding &custom(const QString &column, ColumnType type, Getter get, Setter set)
    {
        addColumn(column, {type});
        m_access.append({set ? Reader([set](T &value, const QVariant &v, const Row &) { set(value, v); })
                             : Reader(),
                         std::move(get)});
        return *this;
    }

    // A column of the table no member holds (a key the server derives and writes itself):
    // counted as bound, never read nor written.
    Binding &unmapped(const QString &column)
    {
        addColumn(column, {});
        m_access.append(Access());
        return *this;
    }

    T from(const Row &row) const
    {
        T value{};
        for (qsizetype i = 0; i < m_access.size(); ++i)
            if (m_access[i].read)
                m_access[i].read(value, cell(row, i), row);
        return value;
    }

    Row toRow(const T &value) const
    {
        Row row;
        for (qsizetype i = 0; i < m_access.size(); ++i)
            if (m_access[i].write)
                row.insert(m_columns[i].name, m_access[i].write(value));
        return row;
    }

private:
    using Reader = std::function<void(T &, const QVariant &, const Row &)>;
    struct Access
    {
        Reader read;
        Getter write;
    };
    QList<Access> m_access; // parallel to m_columns
};

// The binding of an entity with one table, defined with the entity's binding table
// (entitybindings.h); Rows::from / Rows::toRow go through it.
template<typename T>
const Binding<T> &binding();

namespace Rows {

template<typename T>
T from(const Row &row)
{
    return binding<T>().from(row);
}

template<typename T>
Row toRow(const T &value)
{
    return binding<T>().toRow(value);
}

} // namespace Rows

} // namespace Huike
