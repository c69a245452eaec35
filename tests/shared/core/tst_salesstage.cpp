#include "core/approval.h"
#include "core/salesstage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SalesStage : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSixStages();
    void codeAndProbabilityAreChecked();
    void timeInStages();
    void approvalValidates();
};

void tst_SalesStage::defaultsAreTheSixStages()
{
    const QList<SalesStage> stages = SalesStage::defaults();
    QStringList seen;
    for (const SalesStage &s : stages) {
        QVERIFY(s.validate().isEmpty());
        seen << u"%1 %2"_s.arg(s.name, s.probabilityPercent.toString());
    }
    QCOMPARE(seen, (QStringList{u"初步接洽 10"_s, u"需求确认 30"_s, u"方案报价 50"_s, u"谈判审核 70"_s, u"赢单 100"_s, u"输单 0"_s}));
    QCOMPARE(stages[4].outcome, StageOutcome::Won);
    QCOMPARE(stages[5].outcome, StageOutcome::Lost);
}

void tst_SalesStage::codeAndProbabilityAreChecked()
{
    SalesStage s = SalesStage::defaults().first();
    s.code = u"阶段一"_s;
    QVERIFY(s.validate().has(u"code"_s));
    s.code = u"stage_1"_s;
    s.probabilityPercent = Decimal::fromInteger(101);
    QCOMPARE(s.validate().fields(), QStringList{u"probabilityPercent"_s});
}

void tst_SalesStage::timeInStages()
{
    auto change = [](const char *to, const char *at) {
        StageChange c;
        c.toStage = QString::fromLatin1(to);
        c.changedAt = QString::fromLatin1(at);
        return c;
    };
    // initial 2 days, needs 1 day, back to initial 1 hour, proposal until now (3 hours).
    const QList<StageChange> history{change("initial", "2026-11-01T00:00:00.000Z"), change("needs", "2026-11-03T00:00:00.000Z"),
                                     change("initial", "2026-11-04T00:00:00.000Z"), change("proposal", "2026-11-04T01:00:00.000Z")};
    const auto spent = Huike::timeInStages(history, u"2026-11-04T04:00:00.000Z"_s);
    QCOMPARE(spent.size(), 3);
    QCOMPARE(spent[0].first, u"initial"_s);
    QCOMPARE(spent[0].second, (2 * 24 + 1) * 3600000LL);
    QCOMPARE(spent[1].second, 24 * 3600000LL);
    QCOMPARE(spent[2].first, u"proposal"_s);
    QCOMPARE(spent[2].second, 3 * 3600000LL);
    QVERIFY(Huike::timeInStages({}, u"2026-11-04T04:00:00.000Z"_s).isEmpty());
}

void tst_SalesStage::approvalValidates()
{
    Approval a;
    QVERIFY(a.validate().has(u"customerId"_s));
    QVERIFY(a.validate().has(u"recordId"_s));
    a.customerId = Id::generate();
    a.recordId = Id::generate();
    a.discountPercent = Decimal::fromInteger(15);
    QVERIFY(a.validate().isEmpty());
    a.tableName = u"contracts"_s;
    QVERIFY(a.validate().has(u"tableName"_s));
}

QTEST_GUILESS_MAIN(tst_SalesStage)
#include "tst_salesstage.moc"
