#include "schema/migrator.h"
#include "schema/schemaerror.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
QList<Migration> threeSteps(int *applied = nullptr)
{
    auto count = [applied] {
        if (applied)
            ++*applied;
    };
    return {
        {1, u"create"_s,
         [count](Database &db) {
             count();
             db.exec(u"CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)"_s);
         }},
        {2, u"add column"_s,
         [count](Database &db) {
             count();
             db.exec(u"ALTER TABLE notes ADD COLUMN length INTEGER"_s);
             db.exec(u"UPDATE notes SET length = LENGTH(body)"_s);
         }},
        {3, u"index"_s,
         [count](Database &db) {
             count();
             db.exec(u"CREATE INDEX ix_notes_length ON notes (length)"_s);
         }},
    };
}
} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void emptyToHead_data() { Test::addDialectRows(); }
    void emptyToHead();
    void secondRunIsNoOp_data() { Test::addDialectRows(); }
    void secondRunIsNoOp();
    void previousVersionKeepsData_data() { Test::addDialectRows(); }
    void previousVersionKeepsData();
    void failedMigrationLeavesWholeVersion_data() { Test::addDialectRows(); }
    void failedMigrationLeavesWholeVersion();
    void newerDatabaseIsRefused_data() { Test::addDialectRows(); }
    void newerDatabaseIsRefused();
    void componentsAreIndependent_data() { Test::addDialectRows(); }
    void componentsAreIndependent();
    void gapsAreRefused();

private:
    QTemporaryDir m_dir;
};

void tst_Migrator::emptyToHead()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    const Migrator m(u"test"_s, threeSteps());
    QCOMPARE(m.currentVersion(db), 0);
    const auto r = m.migrate(db);
    QCOMPARE(r.from, 0);
    QCOMPARE(r.to, 3);
    QCOMPARE(m.currentVersion(db), 3);
    QCOMPARE(db.columns(u"notes"_s), (QStringList{u"id"_s, u"body"_s, u"length"_s}));
}

void tst_Migrator::secondRunIsNoOp()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    int applied = 0;
    const Migrator m(u"test"_s, threeSteps(&applied));
    m.migrate(db);
    QCOMPARE(applied, 3);
    const auto r = m.migrate(db);
    QCOMPARE(applied, 3);
    QCOMPARE(r.from, 3);
    QCOMPARE(r.to, 3);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM schema_migrations"_s).toInt(), 3);
}

void tst_Migrator::previousVersionKeepsData()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    const Migrator m(u"test"_s, threeSteps());
    m.migrateTo(db, 1);
    db.exec(u"INSERT INTO notes (id, body) VALUES (?, ?), (?, ?)"_s,
            {u"a"_s, u"你好"_s, u"b"_s, u"hello"_s});
    const auto r = m.migrate(db);
    QCOMPARE(r.from, 1);
    QCOMPARE(r.to, 3);
    QSqlQuery q = db.exec(u"SELECT id, body, length FROM notes ORDER BY id"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), u"你好"_s);
    QCOMPARE(q.value(2).toInt(), 2); // characters, on both dialects
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toInt(), 5);
    QVERIFY(!q.next());
}

void tst_Migrator::failedMigrationLeavesWholeVersion()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    QList<Migration> steps = threeSteps();
    steps[1].apply = [](Database &db) {
        db.exec(u"ALTER TABLE notes ADD COLUMN length INTEGER"_s);
        db.exec(u"THIS IS NOT SQL"_s);
    };
    const Migrator broken(u"test"_s, steps);
    QVERIFY_THROWS_EXCEPTION(SchemaError, broken.migrate(db));
    QCOMPARE(broken.currentVersion(db), 1);
    QCOMPARE(db.columns(u"notes"_s), (QStringList{u"id"_s, u"body"_s})); // step 2 rolled back
    const Migrator fixed(u"test"_s, threeSteps());
    QCOMPARE(fixed.migrate(db).to, 3);
}

void tst_Migrator::newerDatabaseIsRefused()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    Migrator(u"test"_s, threeSteps()).migrate(db);
    QList<Migration> older = threeSteps();
    older.removeLast();
    const Migrator old(u"test"_s, older);
    try {
        old.migrate(db);
        QFAIL("an older program must refuse a newer database");
    } catch (const SchemaError &e) {
        QVERIFY(e.message().contains(u"newer"_s));
    }
    QCOMPARE(old.currentVersion(db), 3);
}

void tst_Migrator::componentsAreIndependent()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    Migrator(u"test"_s, threeSteps()).migrate(db);
    const Migrator other(u"other"_s,
                         {{1, u"other table"_s,
                           [](Database &db) { db.exec(u"CREATE TABLE other (x INTEGER)"_s); }}});
    QCOMPARE(other.currentVersion(db), 0);
    QCOMPARE(other.migrate(db).to, 1);
    QCOMPARE(Migrator(u"test"_s, threeSteps()).currentVersion(db), 3);
}

void tst_Migrator::gapsAreRefused()
{
    QList<Migration> steps = threeSteps();
    steps.removeAt(1);
    QVERIFY_THROWS_EXCEPTION(SchemaError, Migrator(u"test"_s, steps));
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
