// The pace of a large search-index build (SearchIndex::deferMerges, mergeStep): FTS5's
// automatic merges off while a large backlog goes in, then the segments merged a bounded
// step at a time into one; search finds every row before, during and after, and a build
// interrupted (the program closed) in either phase resumes where it was.
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SearchMerge : public QObject
{
    Q_OBJECT

private slots:
    void smallBacklogKeepsAutomaticMerges();
    void buildThenMergeToOneSegment();
    void interruptedBuildResumes();
    void editsWhileMerging();

private:
    static std::unique_ptr<Replica> replicaWith(const QString &path, int customers);
    static void addCustomers(Database &db, int from, int count);
    static void verifyAllFound(SearchIndex &index, int customers);
    static QString integrity(Database &db);
};

// `count` customers 苏州明辉<n>号电子有限公司 with the phone 0512-6<n>, written as a first
// download writes them (the triggers note each for the index).
void tst_SearchMerge::addCustomers(Database &db, int from, int count)
{
    db.exec(u"WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            u"INSERT INTO customers (id, created_at, updated_at, name, phone) "
            u"SELECT printf('00000000-0000-4000-8000-%012d', i), '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z', "
            u"'苏州明辉' || i || '号电子有限公司', '0512-6' || (1000000 + i) FROM n"_s,
            {from, from + count - 1});
}

std::unique_ptr<Replica> tst_SearchMerge::replicaWith(const QString &path, int customers)
{
    auto replica = Replica::open(path);
    addCustomers(replica->database(), 1, customers);
    return replica;
}

void tst_SearchMerge::verifyAllFound(SearchIndex &index, int customers)
{
    QCOMPARE(index.search(u"明辉"_s, customers + 10).size(), customers);
    for (int i : {1, customers / 3, customers / 2, customers}) {
        const QString title = u"苏州明辉%1号电子有限公司"_s.arg(i);
        QCOMPARE(index.search(u"明辉%1号"_s.arg(i)).value(0).title, title);
        QCOMPARE(index.search(u"6%1"_s.arg(1000000 + i)).value(0).title, title);
    }
}

QString tst_SearchMerge::integrity(Database &db)
{
    db.exec(u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s);
    return u"ok"_s; // exec throws when FTS5 finds the index inconsistent
}

// An edit's backlog is indexed as always: FTS5 merges as it goes, nothing is left to do.
void tst_SearchMerge::smallBacklogKeepsAutomaticMerges()
{
    QTemporaryDir dir;
    auto replica = replicaWith(dir.path() + u"/replica.sqlite"_s, 40);
    SearchIndex index(replica->database());
    index.deferMerges(index.backlog());
    QVERIFY(!index.mergesDeferred());
    while (index.catchUp(5) > 0) { }
    QVERIFY(!index.mergeStep());
    QVERIFY(!index.mergesDeferred());
    verifyAllFound(index, 40);
}

// A first download's backlog: many segments while it goes in (searchable all along), one
// after the merge steps, every row still found.
void tst_SearchMerge::buildThenMergeToOneSegment()
{
    QTemporaryDir dir;
    const int customers = 600;
    auto replica = replicaWith(dir.path() + u"/replica.sqlite"_s, customers);
    SearchIndex index(replica->database());
    index.deferMerges(SearchIndex::LargeBacklog); // as the worker counts a first download's
    QVERIFY(index.mergesDeferred());
    // Each step commits a segment of its own; FTS5 merges a level only at 16.
    int done = 0;
    for (int n; (n = index.catchUp(10)) > 0;) {
        done += n;
        if (done == 300) // searchable while it builds: what is in so far
            QCOMPARE(index.search(u"明辉"_s, customers).size(), 300);
        QVERIFY(index.segments() <= 30);
    }
    QCOMPARE(done, customers);
    QVERIFY(index.segments() > 4);
    verifyAllFound(index, customers); // before the merges too
    int steps = 0;
    while (index.mergeStep(4)) {
        if (++steps == 3) // while merging
            verifyAllFound(index, customers);
        QVERIFY(steps < 10000);
    }
    QVERIFY(steps > 1); // bounded steps, not one
    QCOMPARE(index.segments(), 1);
    QVERIFY(!index.mergesDeferred()); // automatic merges again
    QVERIFY(!index.mergeStep());
    QCOMPARE(integrity(replica->database()), u"ok"_s);
    verifyAllFound(index, customers);
}

// The program closed halfway through the rows, then halfway through the merges: each run
// carries on from where the last stopped.
void tst_SearchMerge::interruptedBuildResumes()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/replica.sqlite"_s;
    const int customers = 400;
    {
        auto replica = replicaWith(path, customers);
        SearchIndex index(replica->database());
        index.deferMerges(SearchIndex::LargeBacklog);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(index.catchUp(10), 10);
    }
    {
        auto replica = Replica::open(path);
        SearchIndex index(replica->database());
        QCOMPARE(index.backlog(), customers - 200);
        QVERIFY(index.mergesDeferred()); // kept in the index
        index.deferMerges(index.backlog()); // the next run counts a smaller backlog: no change
        while (index.catchUp(10) > 0) { }
        QVERIFY(index.segments() > 4);
        verifyAllFound(index, customers); // before the merges too
        QVERIFY(index.mergeStep(2));
        QVERIFY(index.mergeStep(2));
    }
    auto replica = Replica::open(path);
    SearchIndex index(replica->database());
    QVERIFY(index.mergesDeferred());
    int steps = 0;
    while (index.mergeStep(2))
        QVERIFY(++steps < 10000);
    QCOMPARE(index.segments(), 1);
    QVERIFY(!index.mergesDeferred());
    QCOMPARE(integrity(replica->database()), u"ok"_s);
    verifyAllFound(index, customers);
}

// Rows that arrive while the segments are merged (a pull) are indexed between the merge
// steps and found; the merge under way is carried on, not started over.
void tst_SearchMerge::editsWhileMerging()
{
    QTemporaryDir dir;
    const int customers = 400;
    auto replica = replicaWith(dir.path() + u"/replica.sqlite"_s, customers);
    SearchIndex index(replica->database());
    index.deferMerges(SearchIndex::LargeBacklog);
    while (index.catchUp(10) > 0) { }
    QVERIFY(index.mergeStep(2));
    addCustomers(replica->database(), customers + 1, 5);
    int steps = 0;
    for (;;) {
        const int done = index.catchUp(2);
        if (done == 0 && !index.mergeStep(2))
            break;
        QVERIFY(++steps < 10000);
    }
    QVERIFY(index.segments() <= 4);
    QVERIFY(!index.mergesDeferred());
    QCOMPARE(integrity(replica->database()), u"ok"_s);
    verifyAllFound(index, customers + 5);
}

QTEST_GUILESS_MAIN(tst_SearchMerge)
#include "tst_searchmerge.moc"
