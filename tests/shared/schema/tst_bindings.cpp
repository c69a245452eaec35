#include "domainschema.h"
#include "entitybindings.h"
#include "generator.h"
#include "rows.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

// The bindings (shared/schema/entitybindings.h) against the hand-written pairs they
// replace: for every entity, row → value and value → row give the same, on rows with every
// column set (maximum values, negative money, another currency), every column NULL, no
// column at all, unknown codes, and the rows of the dataset generator.
class tst_Bindings : public QObject
{
    Q_OBJECT

private slots:
    void sameAsPairs_data();
    void sameAsPairs();
    void complete_data();
    void complete();
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

QString describe(const Row &row)
{
    QStringList out;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        out << u"%1=%2(%3)"_s.arg(it.key(), it.value().toString(), QString::fromLatin1(it.value().typeName()));
    return out.join(u", ");
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

template<typename T, typename OldFrom, typename OldTo, typename NewFrom, typename NewTo>
void compare(const Row &row, OldFrom oldFrom, OldTo oldTo, NewFrom newFrom, NewTo newTo)
{
    const T before = oldFrom(row);
    const T after = newFrom(row);
    QVERIFY2(before == after, qPrintable(u"row → value differs: %1\nrow: %2"_s.arg(difference(oldTo(before), oldTo(after)),
                                                                                  describe(row))));
    for (const T &value : {before, T{}}) {
        const QString diff = difference(oldTo(value), newTo(value));
        QVERIFY2(diff.isEmpty(), qPrintable(u"value → row differs: "_s + diff));
    }
}

template<typename T, typename OldFrom, typename OldTo>
void compareEntity(const Row &row, OldFrom oldFrom, OldTo oldTo)
{
    compare<T>(row, oldFrom, oldTo, [](const Row &r) { return Rows::from<T>(r); },
               [](const T &v) { return Rows::toRow<T>(v); });
}

void compareLines(const QString &table, const Row &row)
{
    for (const QString &currency : {u"CNY"_s, u"EUR"_s})
        compare<LineItem>(
            row, [&](const Row &r) { return Rows::lineItemFromRow(table, r, currency); },
            [&](const LineItem &l) { return Rows::toRow(table, l); },
            [&](const Row &r) { return Rows::lineFrom(table, r, currency); },
            [&](const LineItem &l) { return Bindings::lineItem(table).toRow(l); });
}

} // namespace

void tst_Bindings::sameAsPairs_data()
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

void tst_Bindings::sameAsPairs()
{
    QFETCH(QString, table);
    QFETCH(Row, row);
    const auto to = [](const auto &v) { return Rows::toRow(v); };
    if (table == u"customers")
        compareEntity<Customer>(row, Rows::customerFromRow, to);
    else if (table == u"contacts")
        compareEntity<Contact>(row, Rows::contactFromRow, to);
    else if (table == u"activities")
        compareEntity<Activity>(row, Rows::activityFromRow, to);
    else if (table == u"products")
        compareEntity<Product>(row, Rows::productFromRow, to);
    else if (table == u"opportunities")
        compareEntity<Opportunity>(row, Rows::opportunityFromRow, to);
    else if (table == u"sales_stages")
        compareEntity<SalesStage>(row, Rows::salesStageFromRow, to);
    else if (table == u"stage_changes")
        compareEntity<StageChange>(row, Rows::stageChangeFromRow, to);
    else if (table == u"approvals")
        compareEntity<Approval>(row, Rows::approvalFromRow, to);
    else if (table == u"quotes")
        compareEntity<Quote>(row, Rows::quoteFromRow, to);
    else if (table == u"contracts")
        compareEntity<Contract>(row, Rows::contractFromRow, to);
    else if (table == u"quote_lines" || table == u"contract_lines")
        compareLines(table, row);
    else if (table == u"payment_plans")
        compareEntity<PaymentPlanLine>(row, Rows::paymentPlanFromRow, to);
    else if (table == u"payments")
        compareEntity<PaymentRecord>(row, Rows::paymentFromRow, to);
    else if (table == u"invoices")
        compareEntity<InvoiceRecord>(row, Rows::invoiceFromRow, to);
    else if (table == u"deliveries")
        compareEntity<DeliveryRecord>(row, Rows::deliveryFromRow, to);
    else if (table == u"attachments")
        compareEntity<AttachmentRecord>(row, Rows::attachmentFromRow, to);
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

QTEST_APPLESS_MAIN(tst_Bindings)
#include "tst_bindings.moc"
