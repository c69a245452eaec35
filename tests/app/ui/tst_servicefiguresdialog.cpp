// The 服务统计 dialog (issue 20) offscreen: opened over tickets with known figures, it shows
// a row per agent (nobody's last, then the total) and draws its charts; the table exports
// to an .xlsx read back sheet by sheet and the charts to a .png and a .pdf; a period with no
// tickets shows no agents. In Chinese when the .qm is there (the screenshot is taken so).
#include "ui/servicefiguresdialog.h"

#include "core/id.h"
#include "dataio/tablefile.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ServiceFiguresDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_replica.reset(); }

    void showsAgents();
    void exports_data();
    void exports();
    void emptyPeriod();

private:
    QString user(const QString &name)
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, 'service', 0)"_s,
                                   {id, id, name});
        return id;
    }
    void ticket(const QString &status, const QString &kind, const QString &assignee, const QString &created, const QString &resolved = {},
                const QString &due = {}, int satisfaction = 0)
    {
        auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        m_replica->applyServerRow(
            u"tickets"_s,
            Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"customer_id"_s, m_customer},
                {u"number"_s, u"FW-%1"_s.arg(++m_number)}, {u"kind"_s, kind}, {u"channel"_s, u"phone"_s}, {u"priority"_s, u"normal"_s},
                {u"subject"_s, u"故障"_s}, {u"status"_s, status}, {u"assignee_id"_s, orNull(assignee)}, {u"level"_s, 0},
                {u"resolution_due"_s, orNull(due)}, {u"resolved_at"_s, orNull(resolved)}, {u"response_breached"_s, 0},
                {u"resolution_breached"_s, 0}, {u"satisfaction"_s, satisfaction ? QVariant(satisfaction) : QVariant()},
                {u"created_at"_s, created}, {u"updated_at"_s, created}});
    }

    QTemporaryDir m_dir;
    QTranslator m_translator;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
    int m_number = 0;
};

void tst_ServiceFiguresDialog::initTestCase()
{
#ifdef HUIKE_QM_FILE
    // Chinese, as the users see it (the screenshot too); the checks below do not depend on it.
    for (const QString &qm : QStringLiteral(HUIKE_QM_FILE).split(u';'))
        if (qm.contains(u"zh_CN") && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
#endif
}

void tst_ServiceFiguresDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    const QString wu = user(u"吴浩"_s), zheng = user(u"郑丽"_s), guo = user(u"郭强"_s);
    m_customer = Id::generate().toString();
    m_replica->applyServerRow(u"customers"_s, Row{{u"id"_s, m_customer}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"name"_s, u"杭州华通"_s},
                                                  {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s},
                                                  {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}});
    // Six months of tickets: each month a few per agent, some resolved late.
    const QStringList kinds{u"fault"_s, u"consultation"_s, u"complaint"_s, u"return"_s};
    const QStringList statuses{u"closed"_s, u"closed"_s, u"resolved"_s, u"in_progress"_s, u"new"_s};
    int n = 0;
    for (int month = 6; month <= 11; ++month)
        for (const QString &agent : {wu, zheng, guo})
            for (int i = 0; i < 3 + month % 3; ++i, ++n) {
                const QDateTime created(QDate(2026, month, 3 + i), QTime(2, 0), Qt::UTC);
                const QString status = statuses.at(n % statuses.size());
                const bool done = status == u"closed" || status == u"resolved";
                ticket(status, kinds.at(n % kinds.size()), agent, created.toString(Qt::ISODateWithMs),
                       done ? created.addSecs(3600 * (1 + n % 7)).toString(Qt::ISODateWithMs) : QString(),
                       created.addSecs(3600 * 4).toString(Qt::ISODateWithMs), status == u"closed" ? 3 + n % 3 : 0);
            }
    ticket(u"new"_s, u"consultation"_s, QString(), u"2026-11-20T02:00:00.000Z"_s);
}

void tst_ServiceFiguresDialog::showsAgents()
{
    ServiceFiguresDialog dialog(*m_replica);
    dialog.setPeriod(QDate(2026, 6, 1), QDate(2026, 11, 30));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isCounting(); }, 20000));
    QTableWidget *agents = dialog.agentTable();
    QCOMPARE(agents->rowCount(), 3 + 1 + 1); // three agents, nobody's, the total
    QCOMPARE(agents->item(0, 0)->text(), u"郭强"_s); // guo, wu, zheng
    QCOMPARE(agents->item(1, 0)->text(), u"吴浩"_s);
    QCOMPARE(agents->item(2, 0)->text(), u"郑丽"_s);
    QCOMPARE(agents->item(3, 0)->text(), ServiceFigures::tr("Unassigned"));
    QCOMPARE(agents->item(3, 1)->text(), u"1"_s);
    QCOMPARE(agents->item(3, 3)->text(), u"—"_s);
    QCOMPARE(agents->item(4, 1)->text(), QString::number(dialog.figures().total.logged));
    QCOMPARE(dialog.figures().months.size(), 6);
    QCOMPARE(dialog.figures().total.logged, 3 * (4 + 5 + 3 + 4 + 5 + 3) + 1);
    for (QChartView *view : dialog.charts())
        QVERIFY(!view->chart()->series().isEmpty());
    const QString shots = qEnvironmentVariable("HUIKE_SCREENSHOTS");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(u"service-figures.png"_s)));
}

void tst_ServiceFiguresDialog::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xlsx") << u"figures.xlsx"_s;
    QTest::newRow("png") << u"figures.png"_s;
    QTest::newRow("pdf") << u"figures.pdf"_s;
}

void tst_ServiceFiguresDialog::exports()
{
    QFETCH(QString, name);
    ServiceFiguresDialog dialog(*m_replica);
    dialog.setPeriod(QDate(2026, 6, 1), QDate(2026, 11, 30));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isCounting(); }, 20000));
    const QString path = m_dir.filePath(name);
    if (name.endsWith(u".xlsx")) {
        QString error;
        QVERIFY2(dialog.exportTable(path, &error), qPrintable(error));
        const TableFile first = readTableFile(path);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.sheets.size(), 4);
        TableReadOptions options;
        options.sheet = first.sheets.at(3);
        const TableFile agents = readTableFile(path, options);
        QVERIFY2(agents.error.isEmpty(), qPrintable(agents.error));
        QCOMPARE(agents.rows.at(0), (QStringList{ServiceFigures::tr("Agent"), ServiceFigures::tr("Tickets"), ServiceFigures::tr("Resolved"),
                                                  ServiceFigures::tr("Resolved within SLA"), ServiceFigures::tr("SLA met %"),
                                                  ServiceFigures::tr("Avg. resolution (h)"), ServiceFigures::tr("Avg. satisfaction")}));
        QCOMPARE(agents.rows.size(), 1 + 4 + 1);
        // The same rows as the dialog's table, in its order.
        for (int r = 0; r < dialog.agentTable()->rowCount(); ++r) {
            QCOMPARE(agents.rows.at(r + 1).at(0), dialog.agentTable()->item(r, 0)->text());
            QCOMPARE(agents.rows.at(r + 1).at(1), dialog.agentTable()->item(r, 1)->text());
        }
    } else {
        QVERIFY(dialog.exportChart(path));
        const QString shots = qEnvironmentVariable("HUIKE_SCREENSHOTS");
        if (!shots.isEmpty())
            QFile::copy(path, QDir(shots).filePath(u"service-figures-export."_s + QFileInfo(path).suffix()));
        QVERIFY(QFileInfo(path).size() > 1000);
        if (name.endsWith(u".png")) {
            const QImage image(path);
            QVERIFY(image.width() >= 600);
        }
    }
}

void tst_ServiceFiguresDialog::emptyPeriod()
{
    ServiceFiguresDialog dialog(*m_replica);
    // Changed twice while counting: the last period's figures, once.
    dialog.setPeriod(QDate(2026, 6, 1), QDate(2026, 11, 30));
    dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isCounting(); }, 20000));
    QCOMPARE(dialog.figures().from, QDate(2025, 1, 1));
    QCOMPARE(dialog.agentTable()->rowCount(), 0);
    QCOMPARE(dialog.figures().months.size(), 3);
    QCOMPARE(dialog.figures().total.logged, 0);
    dialog.setPeriod(QDate(2025, 3, 1), QDate(2025, 2, 1));
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isCounting(); }, 20000));
    QCOMPARE(dialog.message(), ServiceFiguresDialog::tr("The period ends before it starts."));
}

QTEST_MAIN(tst_ServiceFiguresDialog)
#include "tst_servicefiguresdialog.moc"
