#include "sync/fieldmerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

using Values = QVariantList; // base, mine, theirs

class tst_FieldMerge : public QObject
{
    Q_OBJECT

private slots:
    void oneField_data();
    void oneField();
    void differentFieldsMerge();
    void sameFieldTwoWritersConflictsForTheSecond();
};

void tst_FieldMerge::oneField_data()
{
    QTest::addColumn<QVariant>("base");
    QTest::addColumn<QVariant>("mine");
    QTest::addColumn<QVariant>("theirs");
    QTest::addColumn<QString>("outcome"); // applied | unchanged | conflict

    const QVariant null;
    const QVariant a = u"上海恒信"_s, b = u"上海恒信精密"_s, c = u"恒信机械"_s;
    QTest::newRow("untouched on server: apply") << a << b << a << u"applied"_s;
    QTest::newRow("same edit already there") << a << b << b << u"unchanged"_s;
    QTest::newRow("both changed differently: conflict") << a << b << c << u"conflict"_s;
    QTest::newRow("set from null") << null << a << null << u"applied"_s;
    QTest::newRow("cleared by me") << a << null << a << u"applied"_s;
    QTest::newRow("cleared by them, edited by me") << a << b << null << u"conflict"_s;
    QTest::newRow("cleared by both") << a << null << null << u"unchanged"_s;
    QTest::newRow("money fen apply") << QVariant(qint64(100)) << QVariant(qint64(200))
                                     << QVariant(qint64(100)) << u"applied"_s;
    QTest::newRow("money fen conflict") << QVariant(qint64(100)) << QVariant(qint64(200))
                                        << QVariant(qint64(300)) << u"conflict"_s;
    QTest::newRow("int vs longlong equal") << QVariant(int(5)) << QVariant(qint64(6))
                                           << QVariant(qint64(5)) << u"applied"_s;
    QTest::newRow("0 is not empty string") << QVariant(qint64(0)) << QVariant(qint64(1))
                                           << QVariant(u""_s) << u"conflict"_s;
    QTest::newRow("empty string is not null") << QVariant(u""_s) << a << null << u"conflict"_s;
    QTest::newRow("number text is not number") << QVariant(u"1"_s) << QVariant(u"2"_s)
                                               << QVariant(qint64(1)) << u"conflict"_s;
    QTest::newRow("case differs") << QVariant(u"abc"_s) << QVariant(u"x"_s)
                                  << QVariant(u"ABC"_s) << u"conflict"_s;
    QTest::newRow("full-width differs") << QVariant(u"ABC"_s) << QVariant(u"x"_s)
                                        << QVariant(u"ＡＢＣ"_s) << u"conflict"_s;
}

void tst_FieldMerge::oneField()
{
    QFETCH(QVariant, base);
    QFETCH(QVariant, mine);
    QFETCH(QVariant, theirs);
    QFETCH(QString, outcome);

    const FieldMerge::Result r = FieldMerge::merge(
        {{u"name"_s, base, mine}}, [&](const QString &) { return theirs; });
    QCOMPARE(r.applied.size(), outcome == u"applied" ? 1 : 0);
    QCOMPARE(r.unchanged.size(), outcome == u"unchanged" ? 1 : 0);
    QCOMPARE(r.conflicts.size(), outcome == u"conflict" ? 1 : 0);
    if (outcome == u"conflict") {
        const FieldMerge::Conflict &k = r.conflicts.first();
        QCOMPARE(k.field, u"name"_s);
        QVERIFY(FieldMerge::sameValue(k.base, base));
        QVERIFY(FieldMerge::sameValue(k.mine, mine));
        QVERIFY(FieldMerge::sameValue(k.theirs, theirs));
    }
    if (outcome == u"applied")
        QVERIFY(FieldMerge::sameValue(r.applied.first().mine, mine));
}

void tst_FieldMerge::differentFieldsMerge()
{
    // Server row after someone else changed the phone; I changed the address.
    QVariantMap server{{u"phone"_s, u"021-1111"_s}, {u"address"_s, u"张江路 1 号"_s}};
    const FieldMerge::Result r = FieldMerge::merge(
        {{u"address"_s, u"张江路 1 号"_s, u"张江路 88 号"_s}},
        [&](const QString &f) { return server.value(f); });
    QCOMPARE(r.conflicts.size(), 0);
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied.first().field, u"address"_s);
}

void tst_FieldMerge::sameFieldTwoWritersConflictsForTheSecond()
{
    QVariantMap server{{u"level"_s, u"b"_s}};
    auto lookup = [&](const QString &f) { return server.value(f); };
    // Writer 1 (base b → a) arrives first and applies.
    FieldMerge::Result first = FieldMerge::merge({{u"level"_s, u"b"_s, u"a"_s}}, lookup);
    QCOMPARE(first.applied.size(), 1);
    server[u"level"_s] = first.applied.first().mine;
    // Writer 2 (base b → c) arrives second: conflict, server keeps a.
    FieldMerge::Result second = FieldMerge::merge({{u"level"_s, u"b"_s, u"c"_s}}, lookup);
    QCOMPARE(second.applied.size(), 0);
    QCOMPARE(second.conflicts.size(), 1);
    QCOMPARE(second.conflicts.first().theirs.toString(), u"a"_s);
    QCOMPARE(second.conflicts.first().mine.toString(), u"c"_s);
}

QTEST_GUILESS_MAIN(tst_FieldMerge)
#include "tst_fieldmerge.moc"
