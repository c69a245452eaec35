// The working calendar (shared/core/workcalendar.h): a setting read, refused and written back;
// which dates are worked (holidays, 调休 weekends, plain weekends); working minutes added
// across lunch, nights, weekends and the 国庆 week; the count between two instants as the
// inverse of adding; other time zones, across a daylight-saving change too.
#include "core/workcalendar.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Shanghai is UTC+8 all year: local "2026-10-09 09:00" is 01:00 UTC.
QDateTime shanghai(const QString &local)
{
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate), QTime::fromString(local.mid(11), u"HH:mm"_s),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toUTC();
}

QString inShanghai(const QDateTime &utc)
{
    if (!utc.isValid())
        return u"invalid"_s;
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class tst_WorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void readsAndWrites();
    void refuses_data();
    void refuses();
    void workingDays_data();
    void workingDays();
    void addsWorkingMinutes_data();
    void addsWorkingMinutes();
    void refusesAbsurdSpans();
    void countsBetween_data();
    void countsBetween();
    void countIsTheInverseOfAdding();
    void otherTimeZones_data();
    void otherTimeZones();
    void thirtyWorkingDaysAreQuick();
};

void tst_WorkCalendar::defaults()
{
    const WorkCalendar c = WorkCalendar::defaultCalendar();
    QCOMPARE(c.timeZoneId(), u"Asia/Shanghai"_s);
    QCOMPARE(c.periods(), (QList<WorkCalendar::Period>{{540, 720}, {810, 1080}}));
    QCOMPARE(c.weekdays(), (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(c.holidays().size(), 33);
    QCOMPARE(c.workdays(), (QList<QDate>{{2026, 1, 4}, {2026, 2, 14}, {2026, 2, 28}, {2026, 5, 9}, {2026, 9, 20}, {2026, 10, 10}}));
    // "" is the default, and so is an object that leaves every key out.
    QCOMPARE(WorkCalendar::fromJson(QString()), c);
    QCOMPARE(WorkCalendar::fromJson(u"  "_s), c);
    QCOMPARE(WorkCalendar::fromJson(u"{}"_s), c);
}

void tst_WorkCalendar::readsAndWrites()
{
    QString error;
    const auto c = WorkCalendar::fromJson(
        uR"({"timeZone":"Asia/Urumqi","periods":[["10:00","14:00"],["14:00","24:00"]],"weekdays":[6,1,1],
             "holidays":["2027-01-01","2026-12-31"],"workdays":[]})"_s,
        &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->timeZoneId(), u"Asia/Urumqi"_s);
    QCOMPARE(c->periods(), (QList<WorkCalendar::Period>{{600, 840}, {840, 1440}}));
    QCOMPARE(c->weekdays(), (QList<int>{1, 6}));
    QCOMPARE(c->holidays(), (QList<QDate>{{2026, 12, 31}, {2027, 1, 1}}));
    QVERIFY(c->workdays().isEmpty());
    QCOMPARE(c->toJson(), uR"({"holidays":["2026-12-31","2027-01-01"],"periods":[["10:00","14:00"],["14:00","24:00"]],)"
                          uR"("timeZone":"Asia/Urumqi","weekdays":[1,6],"workdays":[]})"_s);
    QCOMPARE(WorkCalendar::fromJson(c->toJson()), c);
    QCOMPARE(WorkCalendar::fromJson(WorkCalendar().toJson()), WorkCalendar());
}

void tst_WorkCalendar::refuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("reason"); // a word of the reason

    QTest::newRow("not JSON") << u"{periods"_s << u"JSON object"_s;
    QTest::newRow("an array") << u"[]"_s << u"JSON object"_s;
    QTest::newRow("unknown key") << uR"({"timezone":"Asia/Shanghai"})"_s << u"Unknown key \"timezone\""_s;
    QTest::newRow("unknown zone") << uR"({"timeZone":"Asia/Beijing"})"_s << u"Unknown time zone"_s;
    QTest::newRow("empty zone") << uR"({"timeZone":""})"_s << u"Unknown time zone"_s;
    QTest::newRow("zone not text") << uR"({"timeZone":8})"_s << u"Unknown time zone"_s;
    QTest::newRow("no periods") << uR"({"periods":[]})"_s << u"at least one working period"_s;
    QTest::newRow("periods not a list") << uR"({"periods":"09:00-18:00"})"_s << u"at least one working period"_s;
    QTest::newRow("a period of one time") << uR"({"periods":[["09:00"]]})"_s << u"pair of times"_s;
    QTest::newRow("a period of three") << uR"({"periods":[["09:00","12:00","13:00"]]})"_s << u"pair of times"_s;
    QTest::newRow("hour 25") << uR"({"periods":[["09:00","25:00"]]})"_s << u"HH:mm"_s;
    QTest::newRow("minute 60") << uR"({"periods":[["09:60","12:00"]]})"_s << u"HH:mm"_s;
    QTest::newRow("one digit") << uR"({"periods":[["9:00","12:00"]]})"_s << u"HH:mm"_s;
    QTest::newRow("seconds") << uR"({"periods":[["09:00:00","12:00"]]})"_s << u"HH:mm"_s;
    QTest::newRow("full-width digits") << uR"({"periods":[["０9:00","12:00"]]})"_s << u"HH:mm"_s;
    QTest::newRow("24:00 as a start") << uR"({"periods":[["24:00","24:00"]]})"_s << u"24:00 only as an end"_s;
    QTest::newRow("24:30") << uR"({"periods":[["09:00","24:30"]]})"_s << u"HH:mm"_s;
    QTest::newRow("a time as a number") << uR"({"periods":[[900,1200]]})"_s << u"HH:mm"_s;
    QTest::newRow("empty period") << uR"({"periods":[["09:00","09:00"]]})"_s << u"ends before it starts"_s;
    QTest::newRow("backwards period") << uR"({"periods":[["18:00","09:00"]]})"_s << u"ends before it starts"_s;
    QTest::newRow("overlapping") << uR"({"periods":[["09:00","12:00"],["11:00","18:00"]]})"_s << u"overlaps"_s;
    QTest::newRow("unordered") << uR"({"periods":[["13:30","18:00"],["09:00","12:00"]]})"_s << u"in order"_s;
    QTest::newRow("no weekdays") << uR"({"weekdays":[]})"_s << u"at least one working weekday"_s;
    QTest::newRow("weekday 0") << uR"({"weekdays":[0,1,2]})"_s << u"from 1 (Monday) to 7"_s;
    QTest::newRow("weekday 8") << uR"({"weekdays":[1,8]})"_s << u"from 1 (Monday) to 7"_s;
    QTest::newRow("weekday 1.5") << uR"({"weekdays":[1.5]})"_s << u"from 1 (Monday) to 7"_s;
    QTest::newRow("weekday as text") << uR"({"weekdays":["1"]})"_s << u"from 1 (Monday) to 7"_s;
    QTest::newRow("holidays not a list") << uR"({"holidays":"2026-10-01"})"_s << u"list of dates"_s;
    QTest::newRow("30 February") << uR"({"holidays":["2026-02-30"]})"_s << u"2026-02-30 is not a date"_s;
    QTest::newRow("slashes") << uR"({"workdays":["2026/10/10"]})"_s << u"is not a date"_s;
    QTest::newRow("short date") << uR"({"workdays":["2026-1-4"]})"_s << u"is not a date"_s;
    QTest::newRow("date as a number") << uR"({"holidays":[20261001]})"_s << u"is not a date"_s;
    QTest::newRow("holiday and workday") << uR"({"holidays":["2026-10-01"],"workdays":["2026-10-01"]})"_s
                                         << u"2026-10-01 is both a holiday and a workday"_s;
    // Given alone, the workdays meet the default holidays.
    QTest::newRow("workday on a default holiday") << uR"({"workdays":["2026-10-02"]})"_s << u"2026-10-02 is both"_s;
}

void tst_WorkCalendar::refuses()
{
    QFETCH(QString, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!WorkCalendar::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!WorkCalendar::fromJson(json)); // no error wanted: still refused
}

void tst_WorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");

    QTest::newRow("plain Monday") << QDate(2026, 12, 7) << true;
    QTest::newRow("plain Friday") << QDate(2026, 12, 11) << true;
    QTest::newRow("plain Saturday") << QDate(2026, 12, 12) << false;
    QTest::newRow("plain Sunday") << QDate(2026, 12, 13) << false;
    QTest::newRow("元旦 Thursday") << QDate(2026, 1, 1) << false;
    QTest::newRow("元旦 调休 Friday") << QDate(2026, 1, 2) << false;
    QTest::newRow("元旦 调休 Sunday worked") << QDate(2026, 1, 4) << true;
    QTest::newRow("春节 Saturday worked before") << QDate(2026, 2, 14) << true;
    QTest::newRow("除夕 Monday") << QDate(2026, 2, 16) << false;
    QTest::newRow("正月初七 Monday") << QDate(2026, 2, 23) << false;
    QTest::newRow("春节 Saturday worked after") << QDate(2026, 2, 28) << true;
    QTest::newRow("清明 Monday") << QDate(2026, 4, 6) << false;
    QTest::newRow("劳动节 Tuesday") << QDate(2026, 5, 5) << false;
    QTest::newRow("劳动节 调休 Saturday") << QDate(2026, 5, 9) << true;
    QTest::newRow("端午 Friday") << QDate(2026, 6, 19) << false;
    QTest::newRow("中秋 Friday") << QDate(2026, 9, 25) << false;
    QTest::newRow("国庆 调休 Sunday") << QDate(2026, 9, 20) << true;
    QTest::newRow("国庆 Wednesday") << QDate(2026, 10, 7) << false;
    QTest::newRow("the Thursday after 国庆") << QDate(2026, 10, 8) << true;
    QTest::newRow("国庆 调休 Saturday") << QDate(2026, 10, 10) << true;
    QTest::newRow("Sunday after it") << QDate(2026, 10, 11) << false;
    QTest::newRow("a 2025 holiday is not in the table") << QDate(2025, 10, 1) << true;
}

void tst_WorkCalendar::workingDays()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(WorkCalendar().isWorkingDay(day), working);
}

void tst_WorkCalendar::addsWorkingMinutes_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("due"); // Shanghai time

    QTest::newRow("inside the morning") << shanghai(u"2026-12-07 09:30"_s) << qint64(60) << u"2026-12-07 10:30:00"_s;
    QTest::newRow("to the end of the morning") << shanghai(u"2026-12-07 11:00"_s) << qint64(60) << u"2026-12-07 12:00:00"_s;
    QTest::newRow("across lunch") << shanghai(u"2026-12-07 11:30"_s) << qint64(60) << u"2026-12-07 14:00:00"_s;
    QTest::newRow("a start inside lunch") << shanghai(u"2026-12-07 12:40"_s) << qint64(30) << u"2026-12-07 14:00:00"_s;
    QTest::newRow("0 minutes inside lunch") << shanghai(u"2026-12-07 12:40"_s) << qint64(0) << u"2026-12-07 13:30:00"_s;
    QTest::newRow("0 minutes at noon") << shanghai(u"2026-12-07 12:00"_s) << qint64(0) << u"2026-12-07 13:30:00"_s;
    QTest::newRow("0 minutes at work") << shanghai(u"2026-12-07 10:15"_s) << qint64(0) << u"2026-12-07 10:15:00"_s;
    QTest::newRow("overnight") << shanghai(u"2026-12-07 17:00"_s) << qint64(120) << u"2026-12-08 10:00:00"_s;
    QTest::newRow("a start in the evening") << shanghai(u"2026-12-07 20:00"_s) << qint64(30) << u"2026-12-08 09:30:00"_s;
    QTest::newRow("over the weekend") << shanghai(u"2026-12-11 17:30"_s) << qint64(60) << u"2026-12-14 09:30:00"_s;
    QTest::newRow("a start on Saturday") << shanghai(u"2026-12-12 10:00"_s) << qint64(0) << u"2026-12-14 09:00:00"_s;
    QTest::newRow("a whole day (450 minutes)") << shanghai(u"2026-12-07 09:00"_s) << qint64(450) << u"2026-12-07 18:00:00"_s;
    QTest::newRow("a day and a minute") << shanghai(u"2026-12-07 09:00"_s) << qint64(451) << u"2026-12-08 09:01:00"_s;
    QTest::newRow("a week") << shanghai(u"2026-12-07 09:00"_s) << qint64(5 * 450) << u"2026-12-11 18:00:00"_s;
    // 23:00 UTC is 07:00 in Shanghai the next day: the clock starts at 09:00.
    QTest::newRow("23:00 UTC") << utc(u"2026-12-07T23:00:00Z"_s) << qint64(30) << u"2026-12-08 09:30:00"_s;
    // Tuesday 29 September, then 国庆 from Thursday 1 to Wednesday 7 October: Wednesday 30
    // September, then Thursday 8, Friday 9 and the 调休 Saturday 10 October are worked.
    QTest::newRow("国庆: the last day before") << shanghai(u"2026-09-30 17:30"_s) << qint64(60) << u"2026-10-08 09:30:00"_s;
    QTest::newRow("国庆: to the 调休 Saturday") << shanghai(u"2026-09-30 17:30"_s) << qint64(30 + 2 * 450 + 60)
                                                 << u"2026-10-10 10:00:00"_s;
    QTest::newRow("国庆: past it to Monday") << shanghai(u"2026-09-30 17:30"_s) << qint64(30 + 3 * 450 + 60)
                                               << u"2026-10-12 10:00:00"_s;
    QTest::newRow("a start on a holiday") << shanghai(u"2026-10-03 10:00"_s) << qint64(0) << u"2026-10-08 09:00:00"_s;
    QTest::newRow("a start on the 调休 Sunday") << shanghai(u"2026-09-20 10:00"_s) << qint64(60) << u"2026-09-20 11:00:00"_s;
    QTest::newRow("seconds kept") << shanghai(u"2026-12-07 09:00"_s).addSecs(25) << qint64(1) << u"2026-12-07 09:01:25"_s;
    QTest::newRow("30 working days") << shanghai(u"2026-11-02 09:00"_s) << qint64(30 * 450) << u"2026-12-11 18:00:00"_s;
}

void tst_WorkCalendar::addsWorkingMinutes()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, minutes);
    QFETCH(QString, due);
    const QDateTime got = WorkCalendar().addWorkingMinutes(start, minutes);
    QCOMPARE(inShanghai(got), due);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void tst_WorkCalendar::refusesAbsurdSpans()
{
    const WorkCalendar c;
    const QDateTime start = shanghai(u"2026-12-07 09:00"_s);
    QVERIFY(!c.addWorkingMinutes(start, -1).isValid());
    QVERIFY(!c.addWorkingMinutes(QDateTime(), 10).isValid());
    // Ten years of work is about 2,500 days of 450 minutes; more is refused, not looped.
    QVERIFY(c.addWorkingMinutes(start, 2400LL * 450).isValid());
    QVERIFY(!c.addWorkingMinutes(start, 2700LL * 450).isValid());
    QVERIFY(!c.addWorkingMinutes(start, std::numeric_limits<qint64>::max()).isValid());
    QCOMPARE(c.workingMinutesBetween(start, start.addYears(100)), c.workingMinutesBetween(start, start.addDays(WorkCalendar::kMaxDays)));
}

void tst_WorkCalendar::countsBetween_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("minutes");

    QTest::newRow("backwards") << shanghai(u"2026-12-07 11:00"_s) << shanghai(u"2026-12-07 10:00"_s) << qint64(0);
    QTest::newRow("equal") << shanghai(u"2026-12-07 11:00"_s) << shanghai(u"2026-12-07 11:00"_s) << qint64(0);
    QTest::newRow("lunch only") << shanghai(u"2026-12-07 12:00"_s) << shanghai(u"2026-12-07 13:30"_s) << qint64(0);
    QTest::newRow("across lunch") << shanghai(u"2026-12-07 11:00"_s) << shanghai(u"2026-12-07 14:00"_s) << qint64(90);
    QTest::newRow("a day") << shanghai(u"2026-12-07 00:00"_s) << shanghai(u"2026-12-08 00:00"_s) << qint64(450);
    QTest::newRow("weekend") << shanghai(u"2026-12-11 18:00"_s) << shanghai(u"2026-12-14 09:00"_s) << qint64(0);
    QTest::newRow("floor") << shanghai(u"2026-12-07 09:00"_s) << shanghai(u"2026-12-07 09:00"_s).addSecs(119) << qint64(1);
    QTest::newRow("国庆 week") << shanghai(u"2026-10-01 00:00"_s) << shanghai(u"2026-10-12 00:00"_s) << qint64(3 * 450);
    QTest::newRow("invalid") << QDateTime() << shanghai(u"2026-10-12 00:00"_s) << qint64(0);
}

void tst_WorkCalendar::countsBetween()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, minutes);
    QCOMPARE(WorkCalendar().workingMinutesBetween(from, to), minutes);
}

// Adding then counting gives the minutes back; and a working instant is the sum of its parts.
void tst_WorkCalendar::countIsTheInverseOfAdding()
{
    QRandomGenerator random(20); // fixed: a failure is reproducible
    const WorkCalendar calendars[] = {
        WorkCalendar(),
        *WorkCalendar::fromJson(uR"({"timeZone":"Europe/Berlin","periods":[["08:00","12:30"],["13:00","17:00"]],"weekdays":[1,2,3,4,5,6]})"_s),
    };
    const QDateTime base = utc(u"2026-01-01T00:00:00Z"_s);
    for (const WorkCalendar &c : calendars) {
        for (int i = 0; i < 300; ++i) {
            const QDateTime start = base.addSecs(qint64(random.bounded(365 * 24 * 60)) * 60 + random.bounded(60));
            const qint64 minutes = random.bounded(i % 3 == 0 ? 60 : 20 * 450);
            const QDateTime due = c.addWorkingMinutes(start, minutes);
            QVERIFY(due.isValid());
            QVERIFY(due >= start);
            QCOMPARE(c.workingMinutesBetween(start, due), minutes);
            // One more working minute lies beyond the due instant (it is the earliest one).
            QCOMPARE(c.workingMinutesBetween(start, due.addSecs(-60)), qMax<qint64>(0, minutes - 1));
            const qint64 split = minutes / 3;
            QCOMPARE(c.addWorkingMinutes(c.addWorkingMinutes(start, split), minutes - split), due);
        }
    }
}

void tst_WorkCalendar::otherTimeZones_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QDateTime>("due");

    const QString urumqi = uR"({"timeZone":"Asia/Urumqi","holidays":[],"workdays":[]})"_s; // UTC+6
    QTest::newRow("Urumqi: 03:00 UTC is 09:00") << urumqi << utc(u"2026-12-07T02:00:00Z"_s) << qint64(30)
                                                << utc(u"2026-12-07T03:30:00Z"_s);
    QTest::newRow("Urumqi: lunch") << urumqi << utc(u"2026-12-07T05:30:00Z"_s) << qint64(60) << utc(u"2026-12-07T08:00:00Z"_s);
    // Berlin goes from UTC+1 to UTC+2 on Sunday 29 March 2026 and back on Sunday 25 October.
    const QString berlin = uR"({"timeZone":"Europe/Berlin","periods":[["09:00","17:00"]],"holidays":[],"workdays":[]})"_s;
    QTest::newRow("Berlin: Friday before summer time") << berlin << utc(u"2026-03-27T15:00:00Z"_s) << qint64(120)
                                                       << utc(u"2026-03-30T08:00:00Z"_s);
    QTest::newRow("Berlin: winter time again") << berlin << utc(u"2026-10-23T14:00:00Z"_s) << qint64(120)
                                               << utc(u"2026-10-26T09:00:00Z"_s);
    // A Sunday shift across the change at 02:00 (clocks on to 03:00): 00:00–06:00 is five hours.
    const QString night = uR"({"timeZone":"Europe/Berlin","periods":[["00:00","06:00"]],"weekdays":[7],"holidays":[],"workdays":[]})"_s;
    QTest::newRow("Berlin: a night shift an hour short") << night << utc(u"2026-03-28T23:00:00Z"_s) << qint64(5 * 60)
                                                         << utc(u"2026-03-29T04:00:00Z"_s);
    QTest::newRow("Berlin: the next week's is six hours") << night << utc(u"2026-03-29T04:00:00Z"_s) << qint64(60)
                                                          << utc(u"2026-04-04T23:00:00Z"_s);
    // A period ending in the missing hour (02:30 does not exist that night) is worked until the
    // clocks go on; the next one from 03:00 is not counted twice: 01:00–02:00 and 03:00–04:00.
    const QString gap = uR"({"timeZone":"Europe/Berlin","periods":[["01:00","02:30"],["03:00","04:00"]],"weekdays":[7],"holidays":[],"workdays":[]})"_s;
    QTest::newRow("Berlin: a period ending in the gap") << gap << utc(u"2026-03-29T00:00:00Z"_s) << qint64(120)
                                                        << utc(u"2026-03-29T02:00:00Z"_s);
    const QString gapStart = uR"({"timeZone":"Europe/Berlin","periods":[["02:30","05:00"]],"weekdays":[7],"holidays":[],"workdays":[]})"_s;
    QTest::newRow("Berlin: a period starting in the gap") << gapStart << utc(u"2026-03-28T12:00:00Z"_s) << qint64(120)
                                                          << utc(u"2026-03-29T03:00:00Z"_s);
    QTest::newRow("Berlin: a night shift an hour long") << night << utc(u"2026-10-24T22:00:00Z"_s) << qint64(7 * 60)
                                                        << utc(u"2026-10-25T05:00:00Z"_s);
}

void tst_WorkCalendar::otherTimeZones()
{
    QFETCH(QString, json);
    QFETCH(QDateTime, start);
    QFETCH(qint64, minutes);
    QFETCH(QDateTime, due);
    QString error;
    const auto c = WorkCalendar::fromJson(json, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->addWorkingMinutes(start, minutes), due);
    QCOMPARE(c->workingMinutesBetween(start, due), minutes);
}

void tst_WorkCalendar::thirtyWorkingDaysAreQuick()
{
    const WorkCalendar c;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        QVERIFY(c.addWorkingMinutes(shanghai(u"2026-11-02 09:00"_s).addSecs(i * 60), 30 * 450).isValid());
    // Minute by minute this would be 200 × 60,000 steps; day by day it is a few milliseconds.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_WorkCalendar)
#include "tst_workcalendar.moc"
