#include "core/activity.h"
#include "core/approval.h"
#include "core/attachmentrecord.h"
#include "core/contact.h"
#include "core/contract.h"
#include "core/customer.h"
#include "core/deliveryrecord.h"
#include "core/invoicerecord.h"
#include "core/opportunity.h"
#include "core/paymentplanline.h"
#include "core/paymentrecord.h"
#include "core/product.h"
#include "core/quote.h"
#include "core/salesstage.h"
#include "dataset/generator.h"
#include "schema/domainschema.h"
#include "schema/entitybindings.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

// The bindings of the entities (shared/schema/entitybindings.h): for every entity, a value
// read from a row is written back and read again unchanged — on rows with every column set
// (maximum and minimum values, negative money, another currency), every column NULL, no
// column at all, unknown codes, and the rows of the dataset generator — and its binding
// covers its table. Binding<T> itself on a table of its own, with every member type.
class tst_Bindings : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void roundTrip_data();
    void roundTrip();
    void memberTypes();
    void problems();

private:
    void roundTrip(const QString &table, const Row &row);
};

namespace {

const QStringList &entityTables()
{
    static const QStringList t{u"customers"_s,     u"contacts"_s,      u"activities"_s,     u"products"_s,
                               u"opportunities"_s, u"sales_stages"_s,  u"stage_changes"_s,  u"approvals"_s,
                               u"quotes"_s,        u"contracts"_s,     u"quote_lines"_s,    u"contract_lines"_s,
                               u"payment_plans"_s, u"payments"_s,      u"invoices"_s,       u"deliveries"_s,
                               u"attachments"_s};
    return t;
}

// Valid codes for the enumeration columns (the text columns the entities read as codes).
QString codeFor(const QString &table, const QString &column)
{
    static const QHash<QString, QString> codes{
        {u"customers.size"_s, u"enterprise"_s},   {u"customers.status"_s, u"lost"_s},
        {u"customers.level"_s, u"d"_s},           {u"customers.type"_s, u"public"_s},
        {u"contacts.decision_role"_s, u"gatekeeper"_s},
        {u"activities.kind"_s, u"visit"_s},       {u"opportunities.status"_s, u"won"_s},
        {u"quotes.status"_s, u"accepted"_s},      {u"quotes.tax_mode"_s, u"inclusive"_s},
        {u"contracts.status"_s, u"terminated"_s}, {u"contracts.tax_mode"_s, u"inclusive"_s},
        {u"payments.method"_s, u"draft"_s},       {u"invoices.kind"_s, u"ordinary"_s},
        {u"approvals.status"_s, u"rejected"_s},   {u"sales_stages.outcome"_s, u"lost"_s},
    };
    return codes.value(table + u'.' + column);
}

bool isCode(const QString &table, const QString &column)
{
    return !codeFor(table, column).isEmpty();
}

enum class Fill { Max, Min, Null, Invalid };

// A row of `table` with every column present.
Row fullRow(const QString &table, Fill fill)
{
    Row row;
    for (const ColumnDef &c : DomainSchema::table(table).columns()) {
        QVariant v;
        switch (c.type) {
        case ColumnType::Id:
            v = fill == Fill::Invalid ? u"not-an-id"_s : Id::generate().toString();
            break;
        case ColumnType::Text:
            if (isCode(table, c.name))
                v = fill == Fill::Invalid ? u"bogus"_s : codeFor(table, c.name);
            else if (c.name == u"currency")
                v = fill == Fill::Invalid ? QString() : u"USD"_s;
            else if (c.name == u"tags")
                v = u"重点客户,年框,,华东"_s;
            else
                v = fill == Fill::Min ? QString() : u"文本 %1 ‘引号’"_s.arg(c.name);
            break;
        case ColumnType::Int:
            v = fill == Fill::Min ? std::numeric_limits<qint64>::min()
                                  : (c.name == u"version" || c.name == u"size_bytes"
                                         ? std::numeric_limits<qint64>::max()
                                         : qint64(std::numeric_limits<int>::max()));
            break;
        case ColumnType::Bool:
            v = fill == Fill::Min ? 0 : (fill == Fill::Invalid ? 7 : 1);
            break;
        case ColumnType::Money:
            v = fill == Fill::Max ? std::numeric_limits<qint64>::max() : qint64(-123456789);
            break;
        case ColumnType::Decimal:
            v = fill == Fill::Max ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
            break;
        case ColumnType::Date:
            v = fill == Fill::Invalid ? u"2026-02-30"_s : u"2026-12-31"_s;
            break;
        case ColumnType::Timestamp:
            v = u"2026-12-31T23:59:59.999Z"_s;
            break;
        }
        row.insert(c.name, fill == Fill::Null ? QVariant() : v);
    }
    return row;
}

// The same keys, values and value types.
QString difference(const Row &expected, const Row &actual)
{
    if (expected.keys() != actual.keys())
        return u"columns %1 vs %2"_s.arg(expected.keys().join(u','), actual.keys().join(u','));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QVariant &a = actual[it.key()];
        if (a != it.value() || a.metaType() != it.value().metaType() || a.isNull() != it.value().isNull())
            return u"%1: %2 (%3) vs %4 (%5)"_s.arg(it.key(), it.value().toString(),
                                                  QString::fromLatin1(it.value().typeName()), a.toString(),
                                                  QString::fromLatin1(a.typeName()));
    }
    return {};
}

// value → row → value is the identity, for the value read from `row` and a default one
// (whose amounts are in CNY).
template<typename T, typename From, typename To>
void checkRoundTrip(const Row &row, From from, To to, bool withDefault = true)
{
    const QList<T> values = withDefault ? QList<T>{from(row), T{}} : QList<T>{from(row)};
    for (const T &value : values) {
        const Row written = to(value);
        QVERIFY2(from(written) == value, qPrintable(u"not the same after a round trip: "_s
                                                     + difference(written, to(from(written)))));
    }
}

template<typename T>
void checkRoundTrip(const Row &row)
{
    checkRoundTrip<T>(row, [](const Row &r) { return Rows::from<T>(r); }, [](const T &v) { return Rows::toRow(v); });
}

// A value type of the test's own with a member of every type a binding converts.
struct Gadget
{
    RecordMeta meta;
    QString text;
    QStringList tags;
    Id ref;
    qint64 big = 0;
    int small = 0;
    bool flag = false;
    Decimal rate;
    Money price;
    QDate day;
    QDateTime at;
    CustomerLevel level = CustomerLevel::C;
    std::optional<CustomerSize> size;
    std::optional<qint64> count;
    std::optional<Decimal> share;
    std::optional<QDate> due;
    QString quiet; // stored upper case ("shout"), a custom pair

    friend bool operator==(const Gadget &, const Gadget &) = default;
};

TableDef gadgetTable()
{
    TableDef t(u"gadgets"_s, TableDef::Kind::Synced);
    t.text(u"text"_s, true)
        .text(u"tags"_s)
        .id(u"ref"_s)
        .integer(u"big"_s)
        .integer(u"small"_s, true, u"5"_s)
        .boolean(u"flag"_s, true)
        .decimal(u"rate_e4"_s)
        .money(u"price_fen"_s)
        .text(u"currency"_s, true, u"'CNY'"_s)
        .date(u"day"_s)
        .timestamp(u"at"_s)
        .text(u"level"_s, true, u"'b'"_s)
        .text(u"size"_s)
        .integer(u"count"_s)
        .decimal(u"share_e4"_s, false)
        .date(u"due"_s)
        .text(u"shout"_s)
        .text(u"key"_s);
    return t;
}

Binding<Gadget> gadgetBinding(const TableDef &table)
{
    Binding<Gadget> b(table);
    b.meta(&Gadget::meta)
        .field(&Gadget::text, u"text"_s)
        .field(&Gadget::tags, u"tags"_s)
        .field(&Gadget::ref, u"ref"_s)
        .field(&Gadget::big, u"big"_s)
        .field(&Gadget::small, u"small"_s)
        .field(&Gadget::flag, u"flag"_s)
        .field(&Gadget::rate, u"rate_e4"_s)
        .field(&Gadget::price, u"price_fen"_s)
        .custom(u"currency"_s, ColumnType::Text, [](const Gadget &g) { return QVariant(g.price.currency()); }, {})
        .field(&Gadget::day, u"day"_s)
        .field(&Gadget::at, u"at"_s)
        .field(&Gadget::level, u"level"_s)
        .field(&Gadget::size, u"size"_s)
        .field(&Gadget::count, u"count"_s)
        .field(&Gadget::share, u"share_e4"_s)
        .field(&Gadget::due, u"due"_s)
        .custom(
            u"shout"_s, ColumnType::Text, [](const Gadget &g) { return QVariant(g.quiet.toUpper()); },
            [](Gadget &g, const QVariant &v) { g.quiet = v.toString().toLower(); })
        .unmapped(u"key"_s);
    return b;
}

} // namespace

void tst_Bindings::roundTrip_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Row>("row");
    for (const QString &table : entityTables()) {
        QTest::addRow("%s max", qPrintable(table)) << table << fullRow(table, Fill::Max);
        QTest::addRow("%s min", qPrintable(table)) << table << fullRow(table, Fill::Min);
        QTest::addRow("%s null", qPrintable(table)) << table << fullRow(table, Fill::Null);
        QTest::addRow("%s invalid", qPrintable(table)) << table << fullRow(table, Fill::Invalid);
        QTest::addRow("%s empty", qPrintable(table)) << table << Row();
    }
    const Dataset::Generator generator(18);
    QList<Dataset::Row> generated = generator.organisation();
    for (qint64 i = 0; i < 40; ++i)
        generated += generator.customer(i);
    QHash<QString, int> seen;
    for (const Dataset::Row &g : generated) {
        if (!entityTables().contains(g.table) || seen[g.table]++ >= 12)
            continue;
        Row row;
        const QStringList columns = Dataset::Generator::columns().value(g.table);
        for (qsizetype c = 0; c < columns.size(); ++c)
            row.insert(columns[c], g.values.value(c));
        QTest::addRow("%s generated %d", qPrintable(g.table), seen[g.table]) << g.table << row;
    }
}

void tst_Bindings::roundTrip()
{
    QFETCH(QString, table);
    QFETCH(Row, row);
    try {
        roundTrip(table, row);
    } catch (const SchemaError &e) { // the binding's check on first use
        QFAIL(qPrintable(e.message()));
    }
}

void tst_Bindings::roundTrip(const QString &table, const Row &row)
{
    if (table == u"customers")
        checkRoundTrip<Customer>(row);
    else if (table == u"contacts")
        checkRoundTrip<Contact>(row);
    else if (table == u"activities")
        checkRoundTrip<Activity>(row);
    else if (table == u"products")
        checkRoundTrip<Product>(row);
    else if (table == u"opportunities")
        checkRoundTrip<Opportunity>(row);
    else if (table == u"sales_stages")
        checkRoundTrip<SalesStage>(row);
    else if (table == u"stage_changes")
        checkRoundTrip<StageChange>(row);
    else if (table == u"approvals")
        checkRoundTrip<Approval>(row);
    else if (table == u"quotes")
        checkRoundTrip<Quote>(row);
    else if (table == u"contracts")
        checkRoundTrip<Contract>(row);
    else if (table == u"quote_lines" || table == u"contract_lines")
        for (const QString &currency : {u"CNY"_s, u"EUR"_s})
            checkRoundTrip<LineItem>(
                row, [&](const Row &r) { return Rows::lineFrom(table, r, currency); },
                [&](const LineItem &l) { return Rows::toRow(table, l); }, currency == u"CNY");
    else if (table == u"payment_plans")
        checkRoundTrip<PaymentPlanLine>(row);
    else if (table == u"payments")
        checkRoundTrip<PaymentRecord>(row);
    else if (table == u"invoices")
        checkRoundTrip<InvoiceRecord>(row);
    else if (table == u"deliveries")
        checkRoundTrip<DeliveryRecord>(row);
    else if (table == u"attachments")
        checkRoundTrip<AttachmentRecord>(row);
    else
        QFAIL(qPrintable(u"no entity for "_s + table));
}

void tst_Bindings::complete_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("problems");
    QStringList tables;
    for (const Bindings::Check &check : Bindings::checkAll()) {
        QTest::addRow("%s (%s)", qPrintable(check.entity), qPrintable(check.table)) << check.table << check.problems;
        tables << check.table;
    }
    // Every table with an entity has its binding.
    QTest::addRow("all entities") << u"-"_s
                                  << (tables == entityTables() ? QStringList() : QStringList{tables.join(u',')});
}

// Every column of the entity's table (the sync columns through the record meta) bound once,
// with a member type that fits its ColumnType, and no column the table lacks.
void tst_Bindings::complete()
{
    QFETCH(QStringList, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Bindings::memberTypes()
{
    const Binding<Gadget> binding = gadgetBinding(gadgetTable());
    QCOMPARE(binding.problems(), QStringList());

    Gadget g;
    g.meta = RecordMeta::created(Id::generate(), Id::generate());
    g.meta.version = std::numeric_limits<qint64>::max();
    g.text = u"机架式服务器"_s;
    g.tags = {u"重点客户"_s, u"年框"_s};
    g.ref = Id::generate();
    g.big = std::numeric_limits<qint64>::min();
    g.small = -7;
    g.flag = true;
    g.rate = Decimal::fromRaw(-1);
    g.price = Money::fromFen(-4200, u"USD");
    g.day = QDate(2026, 12, 31);
    g.at = QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    g.level = CustomerLevel::D;
    g.size = CustomerSize::Micro;
    g.count = 0;
    g.share = Decimal::fromInteger(100);
    g.due = QDate(2027, 1, 1);
    g.quiet = u"leise"_s;

    const Row row = binding.toRow(g);
    QCOMPARE(row.value(u"tags"_s), QVariant(u"重点客户,年框"_s));
    QCOMPARE(row.value(u"ref"_s), QVariant(g.ref.toString()));
    QCOMPARE(row.value(u"big"_s), QVariant(std::numeric_limits<qint64>::min()));
    QCOMPARE(row.value(u"flag"_s), QVariant(1));
    QCOMPARE(row.value(u"price_fen"_s), QVariant(qint64(-4200)));
    QCOMPARE(row.value(u"currency"_s), QVariant(u"USD"_s));
    QCOMPARE(row.value(u"day"_s), QVariant(u"2026-12-31"_s));
    QCOMPARE(row.value(u"at"_s), QVariant(u"2026-12-31T23:59:59.999Z"_s));
    QCOMPARE(row.value(u"level"_s), QVariant(u"d"_s));
    QCOMPARE(row.value(u"size"_s), QVariant(u"micro"_s));
    QCOMPARE(row.value(u"count"_s), QVariant(qint64(0)));
    QCOMPARE(row.value(u"share_e4"_s), QVariant(qint64(1000000)));
    QCOMPARE(row.value(u"shout"_s), QVariant(u"LEISE"_s));
    QVERIFY(!row.contains(u"key"_s)); // unmapped: never written
    QCOMPARE(binding.from(row), g);

    // Nothing set: NULL where the column allows it, the empty text where it does not.
    const Row empty = binding.toRow(Gadget{});
    QCOMPARE(empty.value(u"text"_s), QVariant(QString()));
    QVERIFY(!empty.value(u"text"_s).isNull());
    for (const QString &column : {u"tags"_s, u"ref"_s, u"day"_s, u"at"_s, u"size"_s, u"count"_s, u"share_e4"_s, u"due"_s})
        QVERIFY2(!empty.value(column).isValid(), qPrintable(column));
    QCOMPARE(binding.from(empty), Gadget{});

    // A column the row lacks reads as its SQL default; a NULL one as the member's null.
    const Gadget defaults = binding.from(Row{});
    QCOMPARE(defaults.small, 5);
    QCOMPARE(defaults.flag, true);
    QCOMPARE(defaults.level, CustomerLevel::B);
    QCOMPARE(defaults.price, Money::fromFen(0, u"CNY"));
    const Gadget nulls = binding.from(Row{{u"small"_s, QVariant()}, {u"flag"_s, QVariant()}, {u"level"_s, QVariant()},
                                          {u"count"_s, QVariant()}, {u"currency"_s, QVariant()}});
    QCOMPARE(nulls.small, 0);
    QCOMPARE(nulls.flag, false);
    QCOMPARE(nulls.level, CustomerLevel::C); // an empty code leaves the member's initial value
    QCOMPARE(nulls.count, std::nullopt);
    QCOMPARE(nulls.price.currency(), u"CNY"_s);
    // Unknown codes and bad dates never throw.
    const Gadget bad = binding.from(Row{{u"level"_s, u"z"_s}, {u"size"_s, u"huge"_s}, {u"day"_s, u"2026-02-30"_s},
                                        {u"at"_s, u"yesterday"_s}, {u"ref"_s, u"x"_s}});
    QCOMPARE(bad.level, CustomerLevel::C);
    QCOMPARE(bad.size, std::nullopt);
    QVERIFY(!bad.day.isValid());
    QVERIFY(!bad.at.isValid());
    QVERIFY(bad.ref.isNull());
}

// What the check reports: a dropped column, a column bound twice, a column the table
// lacks, a member type that does not fit.
void tst_Bindings::problems()
{
    TableDef table = gadgetTable();
    table.integer(u"extra"_s);
    Binding<Gadget> b = gadgetBinding(table);
    b.field(&Gadget::small, u"big"_s).field(&Gadget::text, u"nope"_s).field(&Gadget::quiet, u"rate_e4"_s);
    QCOMPARE(b.problems(), (QStringList{u"gadgets.big is bound 2 times."_s,
                                        u"gadgets.rate_e4 is bound 2 times."_s,
                                        u"gadgets.extra is not bound."_s,
                                        u"gadgets.nope is bound but the table has no such column."_s,
                                        u"gadgets.rate_e4 is a Decimal column bound to a member for Text/Date/Timestamp."_s}));
}

QTEST_APPLESS_MAIN(tst_Bindings)
#include "tst_bindings.moc"
