#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_DomainSchema : public QObject
{
    Q_OBJECT

private slots:
    void tablesMatchDatabase_data() { Test::addDialectRows(); }
    void tablesMatchDatabase();
    void everyChildCarriesCustomerId();
    void everySyncedTableIsSynced();
    void version1WithDataMigrates_data() { Test::addDialectRows(); }
    void version1WithDataMigrates();
    void constraints_data() { Test::addDialectRows(); }
    void constraints();

private:
    QTemporaryDir m_dir;
};

void tst_DomainSchema::tablesMatchDatabase()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    const Migrator m = DomainSchema::migrator();
    QCOMPARE(m.migrate(db).to, DomainSchema::BuiltInVersion);
    for (const TableDef &t : DomainSchema::tables()) {
        QVERIFY2(db.tableExists(t.name()), qPrintable(t.name()));
        QCOMPARE(db.columns(t.name()), t.columnNames());
    }
}

void tst_DomainSchema::everyChildCarriesCustomerId()
{
    const QStringList children{u"contacts"_s,      u"opportunities"_s, u"quotes"_s,
                               u"quote_lines"_s,   u"contracts"_s,     u"contract_lines"_s,
                               u"payment_plans"_s, u"payments"_s,      u"invoices"_s,
                               u"activities"_s,    u"deliveries"_s};
    for (const QString &name : children) {
        const TableDef &t = DomainSchema::table(name);
        QVERIFY2(t.column(u"customer_id"_s) && t.column(u"customer_id"_s)->notNull, qPrintable(name));
        bool indexed = false;
        for (const IndexDef &i : t.indexes())
            indexed = indexed || i.columns.first() == u"customer_id";
        QVERIFY2(indexed, qPrintable(name));
        QCOMPARE(t.kind(), TableDef::Kind::Synced);
    }
    QVERIFY_THROWS_EXCEPTION(SchemaError, DomainSchema::table(u"nope"_s));
}

void tst_DomainSchema::everySyncedTableIsSynced()
{
    // A built-in table declared Synced is in the sync's list (parents first), or it is
    // neither downloaded nor compared (expense_attachments was left out once).
    const QStringList &synced = DomainSchema::syncedTables();
    for (const TableDef &t : DomainSchema::tables()) {
        if (t.kind() != TableDef::Kind::Synced)
            continue;
        QVERIFY2(synced.contains(t.name()), qPrintable(t.name()));
        if (!t.parentTable().isEmpty())
            QVERIFY2(synced.indexOf(t.parentTable()) < synced.indexOf(t.name()), qPrintable(t.name()));
    }
}

void tst_DomainSchema::version1WithDataMigrates()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    const Migrator m = DomainSchema::migrator();
    m.migrateTo(db, 1);
    const QString ts = u"2026-11-24T05:40:00.000Z"_s;
    db.exec(u"INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
            {u"0190f3a2-7c1e-7b3a-9f00-000000000001"_s, u"北京市华通科技有限公司"_s,
             u"+86 138-0013-8000"_s, ts, ts});
    db.exec(u"INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
            {u"0190f3a2-7c1e-7b3a-9f00-000000000002"_s, u"华通科技（上海）有限公司"_s, ts, ts});
    QCOMPARE(m.migrate(db).to, DomainSchema::BuiltInVersion);
    QSqlQuery q = db.exec(u"SELECT name, phone, name_norm, phone_norm FROM customers ORDER BY id"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"北京市华通科技有限公司"_s);
    QCOMPARE(q.value(1).toString(), u"+86 138-0013-8000"_s); // what the user typed, kept
    QCOMPARE(q.value(2).toString(), u"华通科技"_s);
    QCOMPARE(q.value(3).toString(), u"13800138000"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toString(), u"华通科技"_s);
    QVERIFY(q.value(3).isNull());
}

void tst_DomainSchema::constraints()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    const QString ts = u"2026-11-24T05:40:00.000Z"_s;
    const QString insertProduct =
        u"INSERT INTO products (id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s;
    db.exec(insertProduct, {u"p1"_s, u"A-1"_s, u"服务器"_s, ts, ts});
    // Unique product code.
    QVERIFY_THROWS_EXCEPTION(SchemaError, db.exec(insertProduct, {u"p2"_s, u"A-1"_s, u"x"_s, ts, ts}));
    // Required name.
    QVERIFY_THROWS_EXCEPTION(
        SchemaError,
        db.exec(u"INSERT INTO customers (id, created_at, updated_at) VALUES (?, ?, ?)"_s,
                {u"c1"_s, ts, ts}));
    // Defaults: 13 % VAT, CNY, active, not deleted, version 0.
    QSqlQuery q = db.exec(u"SELECT vat_rate_e4, currency, active, deleted, version FROM products"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 130000);
    QCOMPARE(q.value(1).toString(), u"CNY"_s);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 0);
    QCOMPARE(q.value(4).toInt(), 0);
    // A money column refuses text on both dialects (SQLite: STRICT tables).
    QVERIFY_THROWS_EXCEPTION(
        SchemaError,
        db.exec(u"INSERT INTO payments (id, customer_id, contract_id, paid_on, amount_fen, "
                u"created_at, updated_at) VALUES ('x', 'c', 'k', '2026-01-01', '12.50', ?, ?)"_s,
                {ts, ts}));
}

QTEST_GUILESS_MAIN(tst_DomainSchema)
#include "tst_domainschema.moc"
