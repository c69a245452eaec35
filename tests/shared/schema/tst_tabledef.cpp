#include "schema/tabledef.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

Q_DECLARE_METATYPE(Huike::ColumnType)
Q_DECLARE_METATYPE(Huike::Dialect)

class tst_TableDef : public QObject
{
    Q_OBJECT

private slots:
    void sqlType_data();
    void sqlType();
    void syncedTablesStartWithSyncColumns();
    void createSql();
    void indexes();
};

void tst_TableDef::sqlType_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    QTest::newRow("id") << ColumnType::Id << u"TEXT"_s << u"TEXT"_s;
    QTest::newRow("text") << ColumnType::Text << u"TEXT"_s << u"TEXT"_s;
    QTest::newRow("int") << ColumnType::Int << u"INTEGER"_s << u"BIGINT"_s;
    QTest::newRow("bool") << ColumnType::Bool << u"INTEGER"_s << u"SMALLINT"_s;
    QTest::newRow("money") << ColumnType::Money << u"INTEGER"_s << u"BIGINT"_s;
    QTest::newRow("decimal") << ColumnType::Decimal << u"INTEGER"_s << u"BIGINT"_s;
    QTest::newRow("timestamp") << ColumnType::Timestamp << u"TEXT"_s << u"TEXT"_s;
    QTest::newRow("date") << ColumnType::Date << u"TEXT"_s << u"TEXT"_s;
}

void tst_TableDef::sqlType()
{
    QFETCH(ColumnType, type);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    QCOMPARE(TableDef::sqlType(type, Dialect::Sqlite), sqlite);
    QCOMPARE(TableDef::sqlType(type, Dialect::Postgres), postgres);
}

void tst_TableDef::syncedTablesStartWithSyncColumns()
{
    const TableDef t(u"things"_s, TableDef::Kind::Synced);
    QCOMPARE(t.columnNames(), (QStringList{u"id"_s, u"version"_s, u"deleted"_s, u"owner_id"_s,
                                          u"created_at"_s, u"created_by"_s, u"updated_at"_s,
                                          u"updated_by"_s}));
    QVERIFY(t.column(u"id"_s)->primaryKey);
    QCOMPARE(t.indexes().size(), 1);
    QCOMPARE(t.indexes().first().columns, QStringList{u"version"_s});
    QVERIFY(TableDef(u"local"_s, TableDef::Kind::Local).columns().isEmpty());
}

void tst_TableDef::createSql()
{
    TableDef t(u"t"_s, TableDef::Kind::Local);
    t.add({u"id"_s, ColumnType::Id, true, {}, false, true})
        .text(u"status"_s, true, u"'draft'"_s)
        .money(u"amount_fen"_s)
        .add({u"code"_s, ColumnType::Text, true, {}, true});
    QCOMPARE(t.createSql(Dialect::Sqlite),
             u"CREATE TABLE t (\n    id TEXT PRIMARY KEY,\n    status TEXT NOT NULL DEFAULT "
             u"'draft',\n    amount_fen INTEGER NOT NULL DEFAULT 0,\n    code TEXT NOT NULL "
             u"UNIQUE\n) STRICT"_s);
    QCOMPARE(t.createSql(Dialect::Postgres),
             u"CREATE TABLE t (\n    id TEXT PRIMARY KEY,\n    status TEXT NOT NULL DEFAULT "
             u"'draft',\n    amount_fen BIGINT NOT NULL DEFAULT 0,\n    code TEXT NOT NULL "
             u"UNIQUE\n)"_s);
}

void tst_TableDef::indexes()
{
    TableDef t(u"q"_s, TableDef::Kind::Local);
    t.text(u"number"_s).integer(u"revision"_s).index({u"number"_s, u"revision"_s}, true);
    QCOMPARE(t.createIndexSql(Dialect::Sqlite),
             QStringList{u"CREATE UNIQUE INDEX IF NOT EXISTS ux_q_number_revision ON q (number, revision)"_s});
}

QTEST_APPLESS_MAIN(tst_TableDef)
#include "tst_tabledef.moc"
