#include "schema/database.h"
#include "schema/schemaerror.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void textRoundTrips_data() { Test::addDialectRows(); }
    void textRoundTrips();
    void integersAreExact_data() { Test::addDialectRows(); }
    void integersAreExact();
    void badSqlThrows_data() { Test::addDialectRows(); }
    void badSqlThrows();
    void introspection_data() { Test::addDialectRows(); }
    void introspection();
    void sqliteIsWal();
    void badLocations();

private:
    QTemporaryDir m_dir;
};

void tst_Database::textRoundTrips()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    db.exec(u"CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)"_s);
    const QStringList values{u"北京华通科技有限公司"_s, u"😀 emoji 𠀀"_s, u"O'Brien \"quoted\" \\ ;--"_s,
                             u"'); DROP TABLE t; --"_s, QString(u"tab\tnewline\n"_s), u"繁體字"_s};
    for (qsizetype i = 0; i < values.size(); ++i)
        db.exec(u"INSERT INTO t (k, v) VALUES (?, ?)"_s, {i, values[i]});
    QSqlQuery q = db.exec(u"SELECT v FROM t ORDER BY k"_s);
    QStringList got;
    while (q.next())
        got << q.value(0).toString();
    QCOMPARE(got, values);
    QVERIFY(db.tableExists(u"t"_s));
}

void tst_Database::integersAreExact()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    db.exec(dialect == Dialect::Sqlite ? u"CREATE TABLE m (fen INTEGER)"_s
                                       : u"CREATE TABLE m (fen BIGINT)"_s);
    const QList<qint64> values{0, 1, -1, 9007199254740993LL /* not a double */,
                               std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min()};
    for (qint64 v : values)
        db.exec(u"INSERT INTO m (fen) VALUES (?)"_s, {v});
    QSqlQuery q = db.exec(u"SELECT fen FROM m"_s);
    QList<qint64> got;
    while (q.next())
        got << q.value(0).toLongLong();
    QCOMPARE(got, values);
}

void tst_Database::badSqlThrows()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    QVERIFY_THROWS_EXCEPTION(SchemaError, db.exec(u"SELEKT 1"_s));
    QVERIFY_THROWS_EXCEPTION(SchemaError, db.exec(u"SELECT * FROM no_such_table"_s));
    QCOMPARE(db.scalar(u"SELECT 1 + 1"_s).toInt(), 2); // the connection is still usable
}

void tst_Database::introspection()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    QVERIFY(!db.tableExists(u"x"_s));
    db.exec(u"CREATE TABLE x (a TEXT, b INTEGER, c TEXT)"_s);
    QVERIFY(db.tableExists(u"x"_s));
    QCOMPARE(db.columns(u"x"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void tst_Database::sqliteIsWal()
{
    Database db = Database::openSqlite(m_dir.path() + u"/wal.sqlite"_s);
    QCOMPARE(db.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(db.scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(db.scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    // Moving the handle keeps one connection; the moved-from object is empty.
    Database moved = std::move(db);
    QCOMPARE(moved.scalar(u"SELECT 7"_s).toInt(), 7);
}

void tst_Database::badLocations()
{
    QVERIFY_THROWS_EXCEPTION(SchemaError, Database::openPostgres(u"mysql://x@y/z"_s));
    QVERIFY_THROWS_EXCEPTION(SchemaError,
                             Database::openPostgres(u"postgresql://nobody@127.0.0.1:1/none"_s));
    QVERIFY_THROWS_EXCEPTION(SchemaError, Database::openSqlite(u"/proc/huike/cannot.sqlite"_s));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
