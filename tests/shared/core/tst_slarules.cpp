// Service targets (shared/core/slarules.h): which rule a ticket gets (the kind's, the
// priority's, normal's), due instants with the clock stopped while suspended (and not
// stopped twice where no working time passes anyway), round-the-clock rules, the live count
// going negative once overdue, and a setting read, refused and written back.
#include "core/slarules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Times in Shanghai (UTC+8, the default calendar's zone), "" for an invalid instant.
QDateTime at(const QString &local)
{
    if (local.isEmpty())
        return {};
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate), QTime::fromString(local.mid(11), u"HH:mm:ss"_s),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

QString shown(const QDateTime &utc)
{
    if (!utc.isValid())
        return u"invalid"_s;
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// "from|to" in Shanghai time; an empty "to" is a suspension still open.
SlaRules::Suspensions suspensions(const QStringList &list)
{
    SlaRules::Suspensions out;
    for (const QString &s : list)
        out.append({at(s.section(u'|', 0, 0)), at(s.section(u'|', 1, 1))});
    return out;
}

const QString kCustom = uR"({"rules":[{"priority":"urgent","firstResponse":30,"resolution":240,"calendar":true},
    {"priority":"high","firstResponse":120,"resolution":960},
    {"priority":"high","kind":"fault","firstResponse":60,"resolution":480},
    {"priority":"normal","kind":"complaint","firstResponse":240,"resolution":1440},
    {"priority":"normal","firstResponse":480,"resolution":2880}],"reopenDays":3})"_s;

} // namespace

class tst_SlaRules : public QObject
{
    Q_OBJECT

private slots:
    void readsAndWrites();
    void refuses_data();
    void refuses();
    void targets_data();
    void targets();
    void due_data();
    void due();
    void minutesLeft_data();
    void minutesLeft();
};

void tst_SlaRules::readsAndWrites()
{
    const SlaRules d = SlaRules::defaults();
    QCOMPARE(d.reopenDays(), 7);
    QCOMPARE(d.rules().size(), 5);
    QCOMPARE(SlaRules::fromJson(QString()), d);
    QCOMPARE(SlaRules::fromJson(d.toJson()), d);
    QCOMPARE(d.toJson(), uR"({"reopenDays":7,"rules":[{"calendar":true,"firstResponse":30,"priority":"urgent","resolution":240},)"
                         uR"({"firstResponse":120,"priority":"high","resolution":960},)"
                         uR"({"firstResponse":240,"kind":"complaint","priority":"normal","resolution":1440},)"
                         uR"({"firstResponse":480,"priority":"normal","resolution":2880},)"
                         uR"({"firstResponse":960,"priority":"low","resolution":7200}]})"_s);
    QString error;
    const auto custom = SlaRules::fromJson(kCustom, &error);
    QVERIFY2(custom, qPrintable(error));
    QCOMPARE(custom->reopenDays(), 3);
    QCOMPARE(custom->rules().at(2), (SlaRules::Rule{u"high"_s, u"fault"_s, 60, 480, false}));
    QCOMPARE(SlaRules::fromJson(custom->toJson()), custom);
    const auto bare = SlaRules::fromJson(uR"({"rules":[{"priority":"normal","firstResponse":1,"resolution":1}]})"_s);
    QVERIFY(bare);
    QCOMPARE(bare->reopenDays(), 7);
}

void tst_SlaRules::refuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("reason");

    const QString normal = uR"({"priority":"normal","firstResponse":480,"resolution":2880})"_s;
    const auto with = [&](const QString &rule) { return uR"({"rules":[%1,%2]})"_s.arg(normal, rule); };
    QTest::newRow("not JSON") << u"rules"_s << u"JSON object"_s;
    QTest::newRow("an array") << u"[]"_s << u"JSON object"_s;
    QTest::newRow("unknown key") << uR"({"rules":[%1],"reopen":7})"_s.arg(normal) << u"Unknown key \"reopen\""_s;
    QTest::newRow("no rules") << uR"({"reopenDays":7})"_s << u"\"rules\" lists"_s;
    QTest::newRow("empty rules") << uR"({"rules":[]})"_s << u"\"rules\" lists"_s;
    QTest::newRow("a rule not an object") << with(u"\"urgent\""_s) << u"A rule is a JSON object"_s;
    QTest::newRow("unknown rule key") << with(uR"({"priority":"low","firstResponse":1,"resolution":2,"respond":1})"_s)
                                      << u"Unknown key \"respond\" in a rule"_s;
    QTest::newRow("unknown priority") << with(uR"({"priority":"critical","firstResponse":1,"resolution":2})"_s)
                                      << u"urgent, high, normal or low"_s;
    QTest::newRow("no priority") << with(uR"({"firstResponse":1,"resolution":2})"_s) << u"urgent, high, normal or low"_s;
    QTest::newRow("unknown kind") << with(uR"({"priority":"low","kind":"question","firstResponse":1,"resolution":2})"_s)
                                  << u"consultation, complaint, fault or return"_s;
    QTest::newRow("empty kind") << with(uR"({"priority":"low","kind":"","firstResponse":1,"resolution":2})"_s)
                                << u"consultation, complaint, fault or return"_s;
    QTest::newRow("0 minutes") << with(uR"({"priority":"low","firstResponse":0,"resolution":2})"_s) << u"whole minutes"_s;
    QTest::newRow("negative") << with(uR"({"priority":"low","firstResponse":-5,"resolution":2})"_s) << u"whole minutes"_s;
    QTest::newRow("a fraction") << with(uR"({"priority":"low","firstResponse":1.5,"resolution":2})"_s) << u"whole minutes"_s;
    QTest::newRow("as text") << with(uR"({"priority":"low","firstResponse":"30","resolution":60})"_s) << u"whole minutes"_s;
    QTest::newRow("no resolution") << with(uR"({"priority":"low","firstResponse":30})"_s) << u"whole minutes"_s;
    QTest::newRow("over a year") << with(uR"({"priority":"low","firstResponse":30,"resolution":525601})"_s) << u"whole minutes"_s;
    QTest::newRow("answered after resolved") << with(uR"({"priority":"low","firstResponse":61,"resolution":60})"_s)
                                             << u"at most \"resolution\""_s;
    QTest::newRow("calendar as text") << with(uR"({"priority":"low","firstResponse":1,"resolution":2,"calendar":"yes"})"_s)
                                      << u"\"calendar\" is true"_s;
    QTest::newRow("normal twice") << with(normal) << u"Two rules for normal:"_s;
    QTest::newRow("a kind twice")
        << with(uR"({"priority":"low","kind":"fault","firstResponse":1,"resolution":2},{"priority":"low","kind":"fault","firstResponse":3,"resolution":4})"_s)
        << u"Two rules for low fault"_s;
    QTest::newRow("no normal rule") << uR"({"rules":[{"priority":"low","firstResponse":1,"resolution":2}]})"_s
                                    << u"normal priority without a kind"_s;
    QTest::newRow("only normal with a kind")
        << uR"({"rules":[{"priority":"normal","kind":"fault","firstResponse":1,"resolution":2}]})"_s << u"normal priority without a kind"_s;
    QTest::newRow("reopenDays negative") << uR"({"rules":[%1],"reopenDays":-1})"_s.arg(normal) << u"\"reopenDays\""_s;
    QTest::newRow("reopenDays 366") << uR"({"rules":[%1],"reopenDays":366})"_s.arg(normal) << u"\"reopenDays\""_s;
    QTest::newRow("reopenDays 2.5") << uR"({"rules":[%1],"reopenDays":2.5})"_s.arg(normal) << u"\"reopenDays\""_s;
    QTest::newRow("reopenDays as text") << uR"({"rules":[%1],"reopenDays":"7"})"_s.arg(normal) << u"\"reopenDays\""_s;
}

void tst_SlaRules::refuses()
{
    QFETCH(QString, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!SlaRules::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_SlaRules::targets_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("firstResponse");
    QTest::addColumn<qint64>("resolution");
    QTest::addColumn<bool>("calendar");

    QTest::newRow("defaults: urgent") << QString() << u"urgent"_s << QString() << qint64(30) << qint64(240) << true;
    QTest::newRow("defaults: urgent complaint is urgent's") << QString() << u"urgent"_s << u"complaint"_s << qint64(30) << qint64(240) << true;
    QTest::newRow("defaults: normal complaint") << QString() << u"normal"_s << u"complaint"_s << qint64(240) << qint64(1440) << false;
    QTest::newRow("defaults: normal fault is normal's") << QString() << u"normal"_s << u"fault"_s << qint64(480) << qint64(2880) << false;
    QTest::newRow("defaults: normal") << QString() << u"normal"_s << QString() << qint64(480) << qint64(2880) << false;
    QTest::newRow("defaults: low complaint is low's") << QString() << u"low"_s << u"complaint"_s << qint64(960) << qint64(7200) << false;
    QTest::newRow("defaults: no priority") << QString() << QString() << QString() << qint64(480) << qint64(2880) << false;
    QTest::newRow("defaults: unknown priority, complaint") << QString() << u"p1"_s << u"complaint"_s << qint64(240) << qint64(1440) << false;
    QTest::newRow("custom: high fault") << kCustom << u"high"_s << u"fault"_s << qint64(60) << qint64(480) << false;
    QTest::newRow("custom: high return") << kCustom << u"high"_s << u"return"_s << qint64(120) << qint64(960) << false;
    QTest::newRow("custom: high") << kCustom << u"high"_s << QString() << qint64(120) << qint64(960) << false;
    QTest::newRow("custom: low falls to normal") << kCustom << u"low"_s << QString() << qint64(480) << qint64(2880) << false;
    QTest::newRow("custom: low complaint falls to normal complaint")
        << kCustom << u"low"_s << u"complaint"_s << qint64(240) << qint64(1440) << false;
}

void tst_SlaRules::targets()
{
    QFETCH(QString, json);
    QFETCH(QString, priority);
    QFETCH(QString, kind);
    QFETCH(qint64, firstResponse);
    QFETCH(qint64, resolution);
    QFETCH(bool, calendar);
    const auto rules = SlaRules::fromJson(json);
    QVERIFY(rules);
    QCOMPARE(rules->targetFor(priority, kind), (SlaRules::Target{firstResponse, resolution, calendar}));
}

void tst_SlaRules::due_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("calendar");
    QTest::addColumn<QStringList>("suspended");
    QTest::addColumn<QString>("due");

    // Monday 7 December 2026; working time 09:00–12:00 and 13:30–18:00.
    const QString mon = u"2026-12-07 10:00:00"_s;
    QTest::newRow("none: to noon") << mon << qint64(120) << false << QStringList() << u"2026-12-07 12:00:00"_s;
    QTest::newRow("none: across lunch") << mon << qint64(150) << false << QStringList() << u"2026-12-07 14:00:00"_s;
    QTest::newRow("none: 0 minutes on Saturday") << u"2026-12-12 10:00:00"_s << qint64(0) << false << QStringList()
                                                 << u"2026-12-14 09:00:00"_s;
    QTest::newRow("one in working time") << mon << qint64(150) << false
                                         << QStringList{u"2026-12-07 10:30:00|2026-12-07 11:00:00"_s} << u"2026-12-07 14:30:00"_s;
    QTest::newRow("one inside lunch changes nothing") << mon << qint64(150) << false
                                                      << QStringList{u"2026-12-07 12:10:00|2026-12-07 13:00:00"_s}
                                                      << u"2026-12-07 14:00:00"_s;
    QTest::newRow("one over a night changes nothing") << mon << qint64(600) << false
                                                      << QStringList{u"2026-12-07 18:30:00|2026-12-08 08:00:00"_s}
                                                      << u"2026-12-08 14:00:00"_s;
    QTest::newRow("one from before lunch to after it") << mon << qint64(150) << false
                                                       << QStringList{u"2026-12-07 11:30:00|2026-12-07 14:00:00"_s}
                                                       << u"2026-12-07 15:00:00"_s;
    QTest::newRow("two") << mon << qint64(150) << false
                         << QStringList{u"2026-12-07 14:00:00|2026-12-07 15:00:00"_s, u"2026-12-07 10:15:00|2026-12-07 10:45:00"_s}
                         << u"2026-12-07 15:30:00"_s;
    QTest::newRow("overlapping ones") << mon << qint64(150) << false
                                      << QStringList{u"2026-12-07 11:00:00|2026-12-07 11:30:00"_s, u"2026-12-07 10:15:00|2026-12-07 10:45:00"_s,
                                                     u"2026-12-07 10:30:00|2026-12-07 11:00:00"_s}
                                      << u"2026-12-07 15:15:00"_s;
    QTest::newRow("one from before the creation") << mon << qint64(60) << false
                                                  << QStringList{u"2026-12-07 09:00:00|2026-12-07 10:30:00"_s} << u"2026-12-07 11:30:00"_s;
    QTest::newRow("one after the due") << mon << qint64(60) << false
                                       << QStringList{u"2026-12-07 16:00:00|2026-12-07 17:00:00"_s} << u"2026-12-07 11:00:00"_s;
    QTest::newRow("one from the due on") << mon << qint64(60) << false
                                         << QStringList{u"2026-12-07 11:00:00|2026-12-07 12:00:00"_s} << u"2026-12-07 11:00:00"_s;
    QTest::newRow("one ending before it starts is nothing") << mon << qint64(60) << false
                                                            << QStringList{u"2026-12-07 10:30:00|2026-12-07 10:20:00"_s}
                                                            << u"2026-12-07 11:00:00"_s;
    // Created on Saturday with nothing to wait for: the clock would run from Monday 09:00,
    // but it is stopped until Tuesday 10:00.
    QTest::newRow("0 minutes, suspended over Monday") << u"2026-12-12 10:00:00"_s << qint64(0) << false
                                                       << QStringList{u"2026-12-12 12:00:00|2026-12-15 10:00:00"_s}
                                                       << u"2026-12-15 10:00:00"_s;
    QTest::newRow("still suspended") << mon << qint64(60) << false << QStringList{u"2026-12-07 10:30:00|"_s} << u"invalid"_s;
    QTest::newRow("still suspended after one closed")
        << mon << qint64(60) << false << QStringList{u"2026-12-07 10:10:00|2026-12-07 10:20:00"_s, u"2026-12-07 10:30:00|"_s} << u"invalid"_s;
    QTest::newRow("no creation") << QString() << qint64(60) << false << QStringList() << u"invalid"_s;
    QTest::newRow("negative minutes") << mon << qint64(-1) << false << QStringList() << u"invalid"_s;
    // Round the clock: nights, weekends and lunch count; suspensions still stop it.
    QTest::newRow("calendar: Friday evening") << u"2026-12-11 17:00:00"_s << qint64(240) << true << QStringList()
                                              << u"2026-12-11 21:00:00"_s;
    QTest::newRow("calendar: over the weekend") << u"2026-12-11 17:00:00"_s << qint64(2 * 1440) << true << QStringList()
                                                << u"2026-12-13 17:00:00"_s;
    QTest::newRow("calendar: suspended in the evening") << u"2026-12-11 17:00:00"_s << qint64(240) << true
                                                        << QStringList{u"2026-12-11 18:00:00|2026-12-11 19:00:00"_s}
                                                        << u"2026-12-11 22:00:00"_s;
    QTest::newRow("calendar: still suspended") << u"2026-12-11 17:00:00"_s << qint64(240) << true
                                               << QStringList{u"2026-12-11 18:00:00|"_s} << u"invalid"_s;
}

void tst_SlaRules::due()
{
    QFETCH(QString, created);
    QFETCH(qint64, minutes);
    QFETCH(bool, calendar);
    QFETCH(QStringList, suspended);
    QFETCH(QString, due);
    const QDateTime got = SlaRules::due(WorkCalendar(), at(created), minutes, calendar, suspensions(suspended));
    QCOMPARE(shown(got), due);
}

void tst_SlaRules::minutesLeft_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("calendar");
    QTest::addColumn<qint64>("left");

    QTest::newRow("across lunch") << u"2026-12-07 10:00:00"_s << u"2026-12-07 14:00:00"_s << false << qint64(150);
    QTest::newRow("rounded down") << u"2026-12-07 10:00:30"_s << u"2026-12-07 11:00:00"_s << false << qint64(59);
    QTest::newRow("due now") << u"2026-12-07 11:00:00"_s << u"2026-12-07 11:00:00"_s << false << qint64(0);
    QTest::newRow("overdue") << u"2026-12-07 14:30:00"_s << u"2026-12-07 14:00:00"_s << false << qint64(-30);
    QTest::newRow("overdue by seconds") << u"2026-12-07 14:00:20"_s << u"2026-12-07 14:00:00"_s << false << qint64(-1);
    QTest::newRow("overdue since Friday") << u"2026-12-14 09:30:00"_s << u"2026-12-11 17:00:00"_s << false << qint64(-90);
    QTest::newRow("overdue with no working time since") << u"2026-12-12 10:00:00"_s << u"2026-12-11 18:00:00"_s << false << qint64(-1);
    QTest::newRow("calendar: left") << u"2026-12-11 20:00:00"_s << u"2026-12-11 21:00:00"_s << true << qint64(60);
    QTest::newRow("calendar: a day over") << u"2026-12-12 21:00:00"_s << u"2026-12-11 21:00:00"_s << true << qint64(-1440);
    QTest::newRow("stopped clock") << u"2026-12-07 10:00:00"_s << QString() << false << qint64(0);
}

void tst_SlaRules::minutesLeft()
{
    QFETCH(QString, now);
    QFETCH(QString, due);
    QFETCH(bool, calendar);
    QFETCH(qint64, left);
    QCOMPARE(SlaRules::minutesLeft(WorkCalendar(), at(now), at(due), calendar), left);
}

QTEST_GUILESS_MAIN(tst_SlaRules)
#include "tst_slarules.moc"
