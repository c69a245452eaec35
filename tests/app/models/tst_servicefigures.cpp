// ServiceFigures over a replica (issue 20, 服务统计): tickets logged at known instants,
// resolved at known instants against known due instants, rated or not, with and without
// an agent; the counts, the SLA share, the averages to the tenth, the months in the
// company's zone (Asia/Shanghai) and the period's bounds; an empty period; the export
// read back sheet by sheet.
#include "models/servicefigures.h"

#include "core/id.h"
#include "dataio/tablefile.h"
#include "models/ticketservice.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ServiceFigures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }

    void tenths_data();
    void tenths();
    void figures();
    void periodBounds_data();
    void periodBounds();
    void emptyPeriod();
    void defaultPeriod();
    void exportReadBack_data();
    void exportReadBack();

private:
    QString user(const QString &name)
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, 'service', 0)"_s,
                                   {id, id, name});
        return id;
    }
    // A ticket as the server sends it: logged at `created` (UTC), resolved at `resolved`
    // (empty: not yet) against `due`.
    void ticket(const QString &status, const QString &kind, const QString &assignee, const QString &created, const QString &resolved = {},
                const QString &due = {}, bool breached = false, int satisfaction = 0)
    {
        const QString id = Id::generate().toString();
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        m_replica->applyServerRow(
            u"tickets"_s,
            Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"customer_id"_s, m_customer}, {u"number"_s, u"FW-%1"_s.arg(++m_number)},
                {u"kind"_s, kind}, {u"channel"_s, u"phone"_s}, {u"priority"_s, u"normal"_s}, {u"subject"_s, u"故障"_s}, {u"status"_s, status},
                {u"assignee_id"_s, orNull(assignee)}, {u"level"_s, 0}, {u"resolution_due"_s, orNull(due)}, {u"resolved_at"_s, orNull(resolved)},
                {u"response_breached"_s, 0}, {u"resolution_breached"_s, breached ? 1 : 0},
                {u"satisfaction"_s, satisfaction ? QVariant(satisfaction) : QVariant()}, {u"created_at"_s, created}, {u"updated_at"_s, created}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer, m_wu, m_zheng;
    int m_number = 0;
};

void tst_ServiceFigures::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_wu = user(u"吴浩"_s);
    m_zheng = user(u"郑丽"_s);
    m_customer = Id::generate().toString();
    m_replica->applyServerRow(u"customers"_s, Row{{u"id"_s, m_customer}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"name"_s, u"杭州华通"_s},
                                                  {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s},
                                                  {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}});
    // 吴浩, October (Shanghai): three resolved — 2 h within the SLA, 5 h after it (breached),
    // 1 h 30 min within; ratings 5 and 4. One open. 郑丽, November: one resolved in 3 h but
    // flagged breached by the server (working time), rated 2. Nobody's: one new, November.
    ticket(u"closed"_s, u"fault"_s, m_wu, u"2026-10-05T01:00:00.000Z"_s, u"2026-10-05T03:00:00.000Z"_s, u"2026-10-05T09:00:00.000Z"_s, false, 5);
    ticket(u"closed"_s, u"fault"_s, m_wu, u"2026-10-06T01:00:00.000Z"_s, u"2026-10-06T06:00:00.000Z"_s, u"2026-10-06T04:00:00.000Z"_s, true, 4);
    ticket(u"resolved"_s, u"complaint"_s, m_wu, u"2026-10-07T01:00:00.000Z"_s, u"2026-10-07T02:30:00.000Z"_s, u"2026-10-07T09:00:00.000Z"_s);
    ticket(u"in_progress"_s, u"consultation"_s, m_wu, u"2026-10-08T01:00:00.000Z"_s);
    ticket(u"closed"_s, u"fault"_s, m_zheng, u"2026-11-02T01:00:00.000Z"_s, u"2026-11-02T04:00:00.000Z"_s, u"2026-11-02T09:00:00.000Z"_s, true, 2);
    // 2026-10-31 17:00 UTC is 1 November 01:00 in Shanghai: November's.
    ticket(u"new"_s, u"consultation"_s, QString(), u"2026-10-31T17:00:00.000Z"_s);
}

void tst_ServiceFigures::tenths_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(-1) << u"—"_s;
    QTest::newRow("zero") << qint64(0) << u"0.0"_s;
    QTest::newRow("two thirds") << qint64(667) << u"66.7"_s;
    QTest::newRow("all") << qint64(1000) << u"100.0"_s;
}

void tst_ServiceFigures::tenths()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(ServiceFigures::tenthsText(value), text);
    // Rounded half up from integers: 2 of 3 → 66.7 %, 1 of 8 → 12.5 %, 1 of 6 → 16.7 %.
    ServiceFigures::Line l;
    l.resolved = 3;
    l.slaMet = 2;
    QCOMPARE(l.slaMetPermille(), 667);
    l.resolved = 8;
    l.slaMet = 1;
    QCOMPARE(l.slaMetPermille(), 125);
    l.resolved = 6;
    QCOMPARE(l.slaMetPermille(), 167);
}

void tst_ServiceFigures::figures()
{
    ServiceFigures figures(*m_replica);
    const ServiceFigures::Result r = figures.compute(QDate(2026, 10, 1), QDate(2026, 12, 1));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

    QHash<QString, qint64> status, kind;
    for (const auto &c : r.byStatus)
        status.insert(c.code, c.count);
    for (const auto &c : r.byKind)
        kind.insert(c.code, c.count);
    QCOMPARE(r.byStatus.size(), 6); // every status, the empty ones too
    QCOMPARE(status, (QHash<QString, qint64>{{u"new"_s, 1}, {u"assigned"_s, 0}, {u"in_progress"_s, 1}, {u"suspended"_s, 0},
                                              {u"resolved"_s, 1}, {u"closed"_s, 3}}));
    QCOMPARE(kind.value(u"fault"_s), 3);
    QCOMPARE(kind.value(u"complaint"_s), 1);
    QCOMPARE(kind.value(u"consultation"_s), 2);
    QCOMPARE(r.byStatus.first().text, TicketService::statusText(u"new"_s));

    QCOMPARE(r.months.size(), 2);
    const ServiceFigures::Line oct = r.months.at(0), nov = r.months.at(1);
    QCOMPARE(oct.key, u"2026-10"_s);
    QCOMPARE(oct.logged, 4);
    QCOMPARE(oct.resolved, 3);
    QCOMPARE(oct.slaMet, 2);
    QCOMPARE(oct.slaMetPermille(), 667);
    QCOMPARE(oct.resolutionSeconds, (2 + 5) * 3600 + 90 * 60);
    QCOMPARE(oct.resolutionHoursTenths(), 28); // 8.5 h / 3
    QCOMPARE(oct.satisfactionTenths(), 45);
    QCOMPARE(nov.key, u"2026-11"_s);
    QCOMPARE(nov.logged, 2); // the Shanghai-November ticket logged on 31 October UTC too
    QCOMPARE(nov.resolved, 1);
    QCOMPARE(nov.slaMet, 0); // resolved before the due instant, but the server said breached
    QCOMPARE(nov.slaMetPermille(), 0);
    QCOMPARE(nov.resolutionHoursTenths(), 30);
    QCOMPARE(nov.satisfactionTenths(), 20);

    QCOMPARE(r.total.logged, 6);
    QCOMPARE(r.total.resolved, 4);
    QCOMPARE(r.total.slaMetPermille(), 500);
    QCOMPARE(r.total.satisfactionTenths(), 37); // 11 / 3 = 3.67

    QCOMPARE(r.agents.size(), 3);
    QCOMPARE(r.agents.at(0).text, u"吴浩"_s); // wu before zheng in pinyin
    QCOMPARE(r.agents.at(0).logged, 4);
    QCOMPARE(r.agents.at(0).slaMet, 2);
    QCOMPARE(r.agents.at(1).text, u"郑丽"_s);
    QCOMPARE(r.agents.at(1).logged, 1);
    QCOMPARE(r.agents.at(2).key, QString()); // nobody's, last
    QCOMPARE(r.agents.at(2).text, ServiceFigures::tr("Unassigned"));
    QCOMPARE(r.agents.at(2).logged, 1);
    QCOMPARE(r.agents.at(2).resolved, 0);
    QCOMPARE(r.agents.at(2).slaMetPermille(), -1);
    QCOMPARE(r.agents.at(2).resolutionHoursTenths(), -1);
}

void tst_ServiceFigures::periodBounds_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("logged");
    QTest::addColumn<int>("months");
    QTest::newRow("october") << QDate(2026, 10, 1) << QDate(2026, 11, 1) << qint64(4) << 1;
    // [5 Oct, 6 Oct): the ticket at 09:00 Shanghai on the 5th, not the 6th's.
    QTest::newRow("one day") << QDate(2026, 10, 5) << QDate(2026, 10, 6) << qint64(1) << 1;
    QTest::newRow("november") << QDate(2026, 11, 1) << QDate(2026, 12, 1) << qint64(2) << 1;
    QTest::newRow("a year") << QDate(2026, 1, 1) << QDate(2027, 1, 1) << qint64(6) << 12;
}

void tst_ServiceFigures::periodBounds()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, logged);
    QFETCH(int, months);
    const ServiceFigures::Result r = ServiceFigures(*m_replica).compute(from, to);
    QCOMPARE(r.total.logged, logged);
    QCOMPARE(r.months.size(), months);
    qint64 byStatus = 0;
    for (const auto &c : r.byStatus)
        byStatus += c.count;
    QCOMPARE(byStatus, logged);
}

void tst_ServiceFigures::emptyPeriod()
{
    const ServiceFigures::Result r = ServiceFigures(*m_replica).compute(QDate(2025, 1, 1), QDate(2025, 3, 1));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.total.logged, 0);
    QCOMPARE(r.agents.size(), 0);
    QCOMPARE(r.months.size(), 2);
    QCOMPARE(r.months.at(1).key, u"2025-02"_s);
    QCOMPARE(r.months.at(1).slaMetPermille(), -1);
    for (const auto &c : r.byStatus)
        QCOMPARE(c.count, 0);
    // A period backwards: nothing, and no error.
    QCOMPARE(ServiceFigures(*m_replica).compute(QDate(2026, 12, 1), QDate(2026, 10, 1)).months.size(), 0);
}

void tst_ServiceFigures::defaultPeriod()
{
    const auto [from, to] = ServiceFigures::defaultPeriod(QDate(2026, 12, 8));
    QCOMPARE(from, QDate(2026, 7, 1));
    QCOMPARE(to, QDate(2026, 12, 9));
}

void tst_ServiceFigures::exportReadBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xlsx") << u"figures.xlsx"_s;
    QTest::newRow("csv") << u"figures.csv"_s;
}

void tst_ServiceFigures::exportReadBack()
{
    QFETCH(QString, name);
    auto sheet = [](const QString &n) {
        TableReadOptions o;
        o.sheet = n;
        return o;
    };
    const ServiceFigures::Result r = ServiceFigures(*m_replica).compute(QDate(2026, 10, 1), QDate(2026, 12, 1));
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(ServiceFigures::writeTable(path, r, &error), qPrintable(error));
    const QStringList agentRow{u"吴浩"_s, u"4"_s, u"3"_s, u"2"_s, u"66.7"_s, u"2.8"_s, u"4.5"_s};
    const QStringList nobodyRow{ServiceFigures::tr("Unassigned"), u"1"_s, u"0"_s, u"0"_s, u"—"_s, u"—"_s, u"—"_s};
    if (name.endsWith(u".xlsx")) {
        const TableFile status = readTableFile(path);
        QVERIFY2(status.error.isEmpty(), qPrintable(status.error));
        QCOMPARE(status.sheets.size(), 4);
        QCOMPARE(status.rows.size(), 1 + 6 + 1);
        QCOMPARE(status.rows.last(), (QStringList{ServiceFigures::tr("Total of the period"), u"6"_s}));
        const TableFile agents = readTableFile(path, sheet(status.sheets.at(3)));
        QVERIFY2(agents.error.isEmpty(), qPrintable(agents.error));
        QCOMPARE(agents.rows.size(), 1 + 3 + 1);
        QCOMPARE(agents.rows.at(0).size(), 7);
        QCOMPARE(agents.rows.at(0).first(), ServiceFigures::tr("Agent"));
        QCOMPARE(agents.rows.at(1), agentRow);
        QCOMPARE(agents.rows.at(3), nobodyRow);
        const TableFile months = readTableFile(path, sheet(status.sheets.at(2)));
        QCOMPARE(months.rows.at(1).mid(0, 5), (QStringList{u"2026-10"_s, u"4"_s, u"3"_s, u"2"_s, u"66.7"_s}));
    } else {
        const TableFile all = readTableFile(path);
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        // Four tables one after another (blank lines are not rows): 8 + 6 + 4 + 5.
        QCOMPARE(all.rows.size(), 8 + 6 + 4 + 5);
        QVERIFY(all.rows.contains(agentRow));
        QVERIFY(all.rows.contains(nobodyRow));
    }
}

QTEST_GUILESS_MAIN(tst_ServiceFigures)
#include "tst_servicefigures.moc"
