// One date form in every list (issue 16): yyyy-MM-dd and yyyy-MM-dd HH:mm in local time,
// whatever the system locale; unreadable stored text shown as it is.
#include "core/dateformat.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_DateFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void values();
    void stored_data();
    void stored();
};

void tst_DateFormat::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    // An English or American system locale must not change the form (2019/6/6, 6/6/19).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DateFormat::values()
{
    QCOMPARE(DateFormat::date(QDate(2019, 6, 6)), u"2019-06-06"_s);
    QCOMPARE(DateFormat::date(QDate()), QString());
    const QDateTime utc(QDate(2026, 11, 12), QTime(8, 42, 31), QTimeZone::utc());
    QCOMPARE(DateFormat::dateTime(utc), u"2026-11-12 16:42"_s);
    QCOMPARE(DateFormat::dateOf(QDateTime(QDate(2026, 11, 12), QTime(17, 0), QTimeZone::utc())), u"2026-11-13"_s);
    QCOMPARE(DateFormat::dateTime(QDateTime()), QString());
}

void tst_DateFormat::stored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::newRow("date") << u"2026-11-15"_s << u"2026-11-15"_s << u"2026-11-15"_s;
    QTest::newRow("timestamp") << u"2026-11-12T08:42:00.000Z"_s << u"2026-11-12"_s << u"2026-11-12 16:42"_s;
    QTest::newRow("next local day") << u"2026-11-12T20:05:00.000Z"_s << u"2026-11-13"_s << u"2026-11-13 04:05"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("garbage") << u"soon"_s << u"soon"_s << u"soon"_s;
}

void tst_DateFormat::stored()
{
    QFETCH(QString, stored);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    QCOMPARE(DateFormat::date(stored), date);
    QCOMPARE(DateFormat::dateOf(stored), date);
    QCOMPARE(DateFormat::dateTime(stored), dateTime);
}

QTEST_GUILESS_MAIN(tst_DateFormat)
#include "tst_dateformat.moc"
