#include "core/id.h"
#include "core/idgenerator.h"
#include "sync/scopechecksum.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ScopeChecksum : public QObject
{
    Q_OBJECT

private slots:
    void orderIndependent();
    void addThenRemoveIsNeutral();
    void detects_data();
    void detects();
    void knownValueIsStable();
};

namespace {
struct Row
{
    QString table;
    Id id;
    qint64 version;
};

QList<Row> rows(int n)
{
    std::uint64_t t = 1'700'000'000'000;
    IdGenerator gen(99, [&] { return t++; });
    QList<Row> out;
    const QString tables[] = {u"customers"_s, u"contacts"_s, u"activities"_s};
    for (int i = 0; i < n; ++i)
        out.append({tables[i % 3], gen.next(), qint64(i + 1)});
    return out;
}

ScopeChecksum checksumOf(const QList<Row> &list)
{
    ScopeChecksum c;
    for (const Row &r : list)
        c.add(r.table, r.id, r.version);
    return c;
}
} // namespace

void tst_ScopeChecksum::orderIndependent()
{
    QList<Row> list = rows(1000);
    const ScopeChecksum a = checksumOf(list);
    std::mt19937 rng(5);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(list.begin(), list.end(), rng);
        QCOMPARE(checksumOf(list), a);
    }
    QCOMPARE(a.count(), 1000);
}

void tst_ScopeChecksum::addThenRemoveIsNeutral()
{
    const QList<Row> list = rows(100);
    ScopeChecksum c = checksumOf(list);
    const ScopeChecksum before = c;
    const Row extra{u"customers"_s, Id::generate(), 12345};
    c.add(extra.table, extra.id, extra.version);
    QVERIFY(c != before);
    c.remove(extra.table, extra.id, extra.version);
    QCOMPARE(c, before);
}

void tst_ScopeChecksum::detects_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("version bumped") << u"version"_s;
    QTest::newRow("row missing") << u"missing"_s;
    QTest::newRow("row in another table") << u"table"_s;
    QTest::newRow("row duplicated") << u"duplicate"_s;
    QTest::newRow("two versions swapped between rows") << u"swap"_s;
}

void tst_ScopeChecksum::detects()
{
    QFETCH(QString, change);
    const QList<Row> good = rows(500);
    QList<Row> bad = good;
    if (change == u"version")
        bad[17].version += 1;
    else if (change == u"missing")
        bad.removeAt(250);
    else if (change == u"table")
        bad[3].table = u"contacts"_s;
    else if (change == u"duplicate")
        bad.append(bad[9]);
    else if (change == u"swap")
        std::swap(bad[1].version, bad[2].version);
    QVERIFY(checksumOf(good) != checksumOf(bad));
}

void tst_ScopeChecksum::knownValueIsStable()
{
    // The client and the server must agree across builds and platforms: pin one value.
    const Id id = *Id::fromString(u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b");
    const std::uint64_t h = ScopeChecksum::rowHash(u"customers", id, 42);
    QCOMPARE(h, ScopeChecksum::rowHash(u"customers", id, 42));
    QVERIFY(h != ScopeChecksum::rowHash(u"customers", id, 43));
    QVERIFY(h != ScopeChecksum::rowHash(u"customer", id, 42));
    QCOMPARE(QString::number(h, 16), QStringLiteral("ac1f53206936046a"));
}

QTEST_GUILESS_MAIN(tst_ScopeChecksum)
#include "tst_scopechecksum.moc"
