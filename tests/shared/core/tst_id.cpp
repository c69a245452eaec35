#include "core/id.h"

#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Id : public QObject
{
    Q_OBJECT

private slots:
    void textRoundTrip_data();
    void textRoundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void layoutIsVersion7();
    void generatedIdsAreUniqueAndIncreasing();
    void generatedIdsFromThreadsAreUnique();
    void nullId();
};

void tst_Id::textRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("lower") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s
                           << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    QTest::newRow("upper") << u"0190F3A2-7C1E-7B3A-9F00-1C2D3E4F5A6B"_s
                           << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    QTest::newRow("zeros") << u"00000000-0000-0000-0000-000000000000"_s
                           << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("max") << u"ffffffff-ffff-ffff-ffff-ffffffffffff"_s
                         << u"ffffffff-ffff-ffff-ffff-ffffffffffff"_s;
}

void tst_Id::textRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto id = Id::fromString(text);
    QVERIFY(id.has_value());
    QCOMPARE(id->toString(), canonical);
    QCOMPARE(Id::fromString(id->toString()), id);
    QCOMPARE(Id::fromUtf8(text.toUtf8()), id); // the bytes SQLite and sync pages hold
}

void tst_Id::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6"_s;
    QTest::newRow("long") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6bb"_s;
    QTest::newRow("no dashes") << u"0190f3a27c1e7b3a9f001c2d3e4f5a6b0000"_s;
    QTest::newRow("dash moved") << u"0190f3a-27c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    QTest::newRow("non hex") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6g"_s;
    QTest::newRow("braces") << u"{190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b}"_s;
    QTest::newRow("full-width digit") << u"０190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    QTest::newRow("non hex first") << u"x190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    QTest::newRow("non hex in a high digit") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5aZb"_s;
    QTest::newRow("dash for a digit") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a-b"_s;
    QTest::newRow("NUL for a digit") << QString(u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6"_s + QChar(0));
    QTest::newRow("letter past f") << u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6G"_s;
}

void tst_Id::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!Id::fromString(text).has_value());
    QVERIFY(!Id::fromUtf8(text.toUtf8()).has_value());
}

void tst_Id::layoutIsVersion7()
{
    const Id id = Id::fromParts(0x0190f3a27c1eULL, 0xabc, 0x3fffffffffffffffULL);
    QCOMPARE(id.toString(), u"0190f3a2-7c1e-7abc-bfff-ffffffffffff"_s);
    QCOMPARE(id.version(), 7);
    QCOMPARE(id.unixMs(), 0x0190f3a27c1eULL);

    const Id now = Id::generate();
    QCOMPARE(now.version(), 7);
    QCOMPARE(now.toString()[14], u'7');
    const QChar variant = now.toString()[19];
    QVERIFY(QStringView(u"89ab").contains(variant));
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(qint64(now.unixMs()) - ms) < 5000);
}

void tst_Id::generatedIdsAreUniqueAndIncreasing()
{
    // Far more ids than fit in one millisecond's counter: order must hold anyway.
    Id previous = Id::generate();
    QSet<Id> seen;
    for (int i = 0; i < 200000; ++i) {
        const Id id = Id::generate();
        QVERIFY2(previous < id, qPrintable(previous.toString() + u" !< "_s + id.toString()));
        QVERIFY2(previous.toString() < id.toString(), "text order must equal id order");
        previous = id;
        if (i % 10 == 0)
            seen.insert(id);
    }
    QCOMPARE(seen.size(), 20000);
}

void tst_Id::generatedIdsFromThreadsAreUnique()
{
    constexpr int perThread = 20000;
    QList<QList<Id>> results(4);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&results, t] {
            results[t].reserve(perThread);
            for (int i = 0; i < perThread; ++i)
                results[t] << Id::generate();
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    QSet<Id> all;
    for (const auto &list : results) {
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list[i - 1] < list[i]);
        for (const Id &id : list)
            all.insert(id);
    }
    QCOMPARE(all.size(), 4 * perThread);
}

void tst_Id::nullId()
{
    QVERIFY(Id().isNull());
    QVERIFY(!Id::generate().isNull());
    QCOMPARE(Id().toString(), u"00000000-0000-0000-0000-000000000000"_s);
}

QTEST_GUILESS_MAIN(tst_Id)
#include "tst_id.moc"
