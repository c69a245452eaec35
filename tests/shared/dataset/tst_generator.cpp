#include "core/companyname.h"
#include "core/creditcode.h"
#include "core/phonenumber.h"
#include "dataset/generator.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using namespace Huike::Dataset;

namespace {
QVariant value(const Row &row, const QString &column)
{
    return row.values.value(Generator::columns().value(row.table).indexOf(column));
}
} // namespace

class tst_Generator : public QObject
{
    Q_OBJECT

private slots:
    void reproducible();
    void slicesAreIndependent();
    void rowsMatchColumns();
    void valuesAreValid();
    void documentsAddUp();
    void distribution();
    void organisation();
};

void tst_Generator::reproducible()
{
    const Generator a(42), b(42), c(43);
    for (qint64 i : {0, 1, 999, 123456}) {
        const QList<Row> ra = a.customer(i), rb = b.customer(i), rc = c.customer(i);
        QCOMPARE(ra.size(), rb.size());
        for (qsizetype k = 0; k < ra.size(); ++k)
            QCOMPARE(ra[k].values, rb[k].values);
        QVERIFY(value(ra[0], u"name"_s) != value(rc[0], u"name"_s)
                || value(ra[0], u"id"_s) != value(rc[0], u"id"_s));
    }
    // Pinned: a change to the generator changes the demo and the benchmarks, so it must
    // be deliberate.
    QCOMPARE(value(Generator(2026).customer(0)[0], u"id"_s).toString().size(), 36);
}

void tst_Generator::slicesAreIndependent()
{
    const Generator g(7);
    const QList<Row> alone = g.customer(500);
    for (qint64 i = 0; i < 500; ++i)
        g.customer(i);
    const QList<Row> after = g.customer(500);
    QCOMPARE(alone.size(), after.size());
    for (qsizetype k = 0; k < alone.size(); ++k)
        QCOMPARE(alone[k].values, after[k].values);
}

void tst_Generator::rowsMatchColumns()
{
    const Generator g(1);
    QSet<QString> ids;
    QList<Row> rows = g.organisation();
    for (qint64 i = 0; i < 500; ++i)
        rows += g.customer(i);
    QSet<QString> tables;
    for (const Row &r : rows) {
        QVERIFY2(Generator::columns().contains(r.table), qPrintable(r.table));
        QCOMPARE(r.values.size(), Generator::columns().value(r.table).size());
        const QString id = r.values[0].toString();
        QVERIFY2(!ids.contains(id), qPrintable(u"duplicate id "_s + id));
        ids.insert(id);
        tables.insert(r.table);
    }
    for (const QString &t : Generator::tableOrder())
        QVERIFY2(tables.contains(t), qPrintable(u"no rows for "_s + t));
}

void tst_Generator::valuesAreValid()
{
    const Generator g(3);
    int codes = 0;
    for (qint64 i = 0; i < 1000; ++i) {
        const QList<Row> rows = g.customer(i);
        const Row &c = rows[0];
        QCOMPARE(c.table, u"customers"_s);
        const QString name = value(c, u"name"_s).toString();
        QVERIFY(name.endsWith(u"公司"_s));
        QCOMPARE(value(c, u"name_norm"_s).toString(), CompanyName::normalizedKey(name));
        const QString phone = value(c, u"phone"_s).toString();
        QCOMPARE(PhoneNumber::parse(phone).kind(), PhoneNumber::Kind::Landline);
        QCOMPARE(value(c, u"phone_norm"_s).toString(), PhoneNumber::normalizedKey(phone));
        const QVariant code = value(c, u"credit_code"_s);
        if (!code.isNull()) {
            QVERIFY2(CreditCode::isValid(code.toString()), qPrintable(code.toString()));
            ++codes;
        }
        for (const Row &r : rows) {
            if (r.table == u"contacts") {
                QCOMPARE(PhoneNumber::parse(value(r, u"mobile"_s).toString()).kind(),
                         PhoneNumber::Kind::Mobile);
                QCOMPARE(value(r, u"customer_id"_s), value(c, u"id"_s));
            }
            QVERIFY(value(r, u"created_at"_s).toString() >= u"2019-01-01"_s);
            QVERIFY(value(r, u"created_at"_s).toString() < u"2027-01-01"_s);
        }
    }
    QVERIFY(codes > 700);
}

void tst_Generator::documentsAddUp()
{
    const Generator g(5);
    int contracts = 0;
    for (qint64 i = 0; i < 2000; ++i) {
        const QList<Row> rows = g.customer(i);
        QHash<QString, qint64> lineGross, planSum, docGross;
        for (const Row &r : rows) {
            if (r.table == u"quote_lines")
                lineGross[value(r, u"quote_id"_s).toString()] += value(r, u"gross_fen"_s).toLongLong();
            else if (r.table == u"contract_lines")
                lineGross[value(r, u"contract_id"_s).toString()] += value(r, u"gross_fen"_s).toLongLong();
            else if (r.table == u"payment_plans")
                planSum[value(r, u"contract_id"_s).toString()] += value(r, u"amount_fen"_s).toLongLong();
            else if (r.table == u"quotes")
                docGross[value(r, u"id"_s).toString()] = value(r, u"gross_fen"_s).toLongLong();
            else if (r.table == u"contracts") {
                docGross[value(r, u"id"_s).toString()] = value(r, u"amount_fen"_s).toLongLong();
                ++contracts;
            }
        }
        for (auto it = docGross.begin(); it != docGross.end(); ++it) {
            QCOMPARE(lineGross.value(it.key()), it.value());
            if (planSum.contains(it.key()))
                QCOMPARE(planSum.value(it.key()), it.value());
        }
    }
    QVERIFY(contracts > 50);
}

void tst_Generator::distribution()
{
    const Generator g(2026);
    int pool = 0;
    QSet<QString> provinces, owners;
    for (qint64 i = 0; i < 2000; ++i) {
        const Row c = g.customer(i)[0];
        if (value(c, u"owner_id"_s).isNull())
            ++pool;
        else
            owners.insert(value(c, u"owner_id"_s).toString());
        provinces.insert(value(c, u"province"_s).toString());
    }
    QVERIFY2(pool >= 100 && pool <= 200, qPrintable(QString::number(pool))); // 5 to 10 %: a realistic pool
    QVERIFY(provinces.size() >= 25);
    QCOMPARE(owners.size(), g.salesLogins().size());
}

void tst_Generator::organisation()
{
    const Generator g(9);
    const QList<Row> rows = g.organisation();
    QStringList logins;
    for (const Row &r : rows)
        if (r.table == u"users")
            logins << value(r, u"login"_s).toString();
    QVERIFY(logins.contains(u"admin"_s));
    QVERIFY(logins.contains(u"wangfang"_s));
    QCOMPARE(logins.size(), g.users().size());
    QCOMPARE(g.salesLogins().size(), 16);
}

QTEST_APPLESS_MAIN(tst_Generator)
#include "tst_generator.moc"
