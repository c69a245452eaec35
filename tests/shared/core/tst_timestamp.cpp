#include "core/timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Timestamp : public QObject
{
    Q_OBJECT

private slots:
    void toText_data();
    void toText();
    void parse_data();
    void parse();
    void textSortsInTimeOrder();
    void dates_data();
    void dates();
};

void tst_Timestamp::toText_data()
{
    QTest::addColumn<QDateTime>("dt");
    QTest::addColumn<QString>("text");
    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 24), QTime(5, 40, 0, 7), QTimeZone::utc())
                         << u"2026-11-24T05:40:00.007Z"_s;
    QTest::newRow("beijing +8 becomes utc")
        << QDateTime(QDate(2026, 1, 1), QTime(7, 59, 59, 999), QTimeZone(8 * 3600))
        << u"2025-12-31T23:59:59.999Z"_s;
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())
                           << u"1970-01-01T00:00:00.000Z"_s;
}

void tst_Timestamp::toText()
{
    QFETCH(QDateTime, dt);
    QFETCH(QString, text);
    QCOMPARE(Timestamp::toText(dt), text);
}

void tst_Timestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("storage form") << u"2026-11-24T05:40:00.007Z"_s << true << qint64(1795498800007);
    QTest::newRow("offset") << u"2026-11-24T13:40:00.007+08:00"_s << true << qint64(1795498800007);
    QTest::newRow("no millis") << u"2026-11-24T05:40:00Z"_s << true << qint64(1795498800000);
    QTest::newRow("no zone is ambiguous") << u"2026-11-24T05:40:00.007"_s << false << qint64(0);
    QTest::newRow("garbage") << u"yesterday"_s << false << qint64(0);
    QTest::newRow("bad month") << u"2026-13-24T05:40:00.000Z"_s << false << qint64(0);
    QTest::newRow("bad day") << u"2026-02-30T05:40:00.000Z"_s << false << qint64(0);
    QTest::newRow("bad hour") << u"2026-02-03T24:40:00.000Z"_s << false << qint64(0);
    QTest::newRow("a letter for a digit") << u"2026-02-03T05:4x:00.000Z"_s << false << qint64(0);
    QTest::newRow("leap day") << u"2028-02-29T23:59:59.999Z"_s << true << qint64(1835481599999);
    QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_s << true << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
}

void tst_Timestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, msecs);
    const auto dt = Timestamp::parse(text);
    QCOMPARE(dt.has_value(), valid);
    if (valid)
        QCOMPARE(dt->toMSecsSinceEpoch(), msecs);
}

void tst_Timestamp::textSortsInTimeOrder()
{
    const QDateTime base(QDate(1999, 12, 31), QTime(23, 59, 59, 998), QTimeZone::utc());
    QString previous = Timestamp::toText(base);
    for (qint64 step : {1, 1, 1000, 86'400'000, 1, 999}) {
        const QString next = Timestamp::toText(base.addMSecs(step));
        QVERIFY(previous < next || step == 1);
        previous = next;
    }
    QVERIFY(Timestamp::toText(base) < Timestamp::toText(base.addMSecs(1)));
    QVERIFY(Timestamp::toText(base.addMSecs(1)) < Timestamp::toText(base.addMSecs(2)));
}

void tst_Timestamp::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("plain") << u"2026-02-28"_s << QDate(2026, 2, 28);
    QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29);
    QTest::newRow("not a leap year") << u"2026-02-29"_s << QDate();
    QTest::newRow("slashes") << u"2026/02/28"_s << QDate();
    QTest::newRow("short") << u"2026-2-28"_s << QDate();
}

void tst_Timestamp::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = Timestamp::parseDate(text);
    QCOMPARE(parsed.has_value(), date.isValid());
    if (date.isValid()) {
        QCOMPARE(*parsed, date);
        QCOMPARE(Timestamp::dateToText(date), text);
    }
}

QTEST_GUILESS_MAIN(tst_Timestamp)
#include "tst_timestamp.moc"
