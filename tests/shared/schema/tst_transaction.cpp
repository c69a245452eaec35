#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Transaction : public QObject
{
    Q_OBJECT

private slots:
    void commitKeeps_data() { Test::addDialectRows(); }
    void commitKeeps();
    void destructionRollsBack_data() { Test::addDialectRows(); }
    void destructionRollsBack();
    void exceptionRollsBack_data() { Test::addDialectRows(); }
    void exceptionRollsBack();
    void secondWriterWaits();

private:
    QTemporaryDir m_dir;
};

void tst_Transaction::commitKeeps()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    db.exec(u"CREATE TABLE t (v INTEGER)"_s);
    Transaction t(db);
    db.exec(u"INSERT INTO t VALUES (1)"_s);
    t.commit();
    QVERIFY(!t.isActive());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM t"_s).toInt(), 1);
    QVERIFY_THROWS_EXCEPTION(SchemaError, t.commit());
}

void tst_Transaction::destructionRollsBack()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    db.exec(u"CREATE TABLE t (v INTEGER)"_s);
    {
        Transaction t(db);
        db.exec(u"INSERT INTO t VALUES (1)"_s);
    }
    QCOMPARE(db.scalar(u"SELECT count(*) FROM t"_s).toInt(), 0);
}

void tst_Transaction::exceptionRollsBack()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    db.exec(u"CREATE TABLE t (v INTEGER NOT NULL)"_s);
    try {
        Transaction t(db);
        db.exec(u"INSERT INTO t VALUES (1)"_s);
        db.exec(u"INSERT INTO t VALUES (NULL)"_s); // throws
        t.commit();
        QFAIL("the NOT NULL violation should have thrown");
    } catch (const SchemaError &) {
    }
    QCOMPARE(db.scalar(u"SELECT count(*) FROM t"_s).toInt(), 0);
    // And the connection takes a new transaction afterwards.
    Transaction again(db);
    db.exec(u"INSERT INTO t VALUES (2)"_s);
    again.commit();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM t"_s).toInt(), 1);
}

void tst_Transaction::secondWriterWaits()
{
    // SQLite: BEGIN IMMEDIATE takes the write lock; a second connection cannot start a
    // write transaction until the first ends (it times out here because we hold it).
    const QString path = m_dir.path() + u"/lock.sqlite"_s;
    Database a = Database::openSqlite(path);
    a.exec(u"CREATE TABLE t (v INTEGER)"_s);
    Database b = Database::openSqlite(path);
    b.handle().close();
    b.handle().setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
    QVERIFY(b.handle().open());
    Transaction ta(a);
    QVERIFY_THROWS_EXCEPTION(SchemaError, Transaction tb(b));
    ta.commit();
    Transaction tb(b);
    b.exec(u"INSERT INTO t VALUES (1)"_s);
    tb.commit();
    QCOMPARE(a.scalar(u"SELECT count(*) FROM t"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
