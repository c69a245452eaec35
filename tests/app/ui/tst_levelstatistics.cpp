// 级别统计 (FEATURES.md C4): the customers by level — how many, paid, receivable — as the
// replica holds them, each figure as the 360° view counts it; and the dialog the customer
// list opens, in Chinese.
#include "core/id.h"
#include "models/customerlistmodel.h"
#include "models/levelstatistics.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/customerlistpage.h"
#include "ui/levelstatisticsdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_LevelStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figuresByLevel();
    void dialogFromTheList();
    void closingWhileCountingLeavesNothingRunning();

private:
    QString customer(const QString &name, const QVariant &level, bool deleted = false)
    {
        const QString id = m_replica->create(u"customers"_s, Row{{u"name"_s, name}, {u"level"_s, level}}).value(u"id"_s).toString();
        if (deleted)
            m_replica->database().exec(u"UPDATE customers SET deleted = 1 WHERE id = ?"_s, {id});
        return id;
    }
    QString contract(const QString &customerId, const QString &status, qint64 fen)
    {
        static int n = 0;
        return m_replica->create(u"contracts"_s, Row{{u"customer_id"_s, customerId}, {u"number"_s, u"HT-%1"_s.arg(++n)},
                                                     {u"title"_s, u"合同"_s}, {u"status"_s, status}, {u"amount_fen"_s, fen}})
            .value(u"id"_s).toString();
    }
    void payment(const QString &customerId, const QString &contractId, qint64 fen)
    {
        m_replica->create(u"payments"_s, Row{{u"customer_id"_s, customerId}, {u"contract_id"_s, contractId},
                                             {u"paid_on"_s, u"2026-11-01"_s}, {u"amount_fen"_s, fen}});
    }
    void fill()
    {
        const QString a1 = customer(u"甲一有限公司"_s, u"a"_s), a2 = customer(u"甲二有限公司"_s, u"a"_s);
        const QString b1 = customer(u"乙一有限公司"_s, u"b"_s), none = customer(u"无级有限公司"_s, QVariant());
        customer(u"已删有限公司"_s, u"a"_s, true);
        // A1: ¥10,000 signed, ¥4,000 paid → owes ¥6,000; a draft counts for nothing.
        const QString k1 = contract(a1, u"signed"_s, 1000000);
        contract(a1, u"draft"_s, 99900000);
        payment(a1, k1, 400000);
        // A2 paid more than it owed: it owes nothing, and does not lower A1's debt.
        const QString k2 = contract(a2, u"completed"_s, 100000);
        payment(a2, k2, 150000);
        // B1: ¥2,500.50 running, nothing paid.
        contract(b1, u"executing"_s, 250050);
        Q_UNUSED(none);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_LevelStatistics::init()
{
    static int opened = 0;
    m_replica = Replica::open(m_dir.path() + u"/replica-%1.sqlite"_s.arg(++opened));
    m_replica->setUserId(Id::generate().toString());
}

void tst_LevelStatistics::cleanup()
{
    m_replica.reset();
}

void tst_LevelStatistics::figuresByLevel()
{
    QVERIFY(LevelStatistics::compute(m_replica->database()).lines.isEmpty());
    fill();
    const LevelStatistics s = LevelStatistics::compute(m_replica->database());
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.lines.size(), 3);
    QCOMPARE(s.lines[0].level, u"a"_s);
    QCOMPARE(s.lines[0].customers, 2);
    QCOMPARE(s.lines[0].paidFen, 550000);
    QCOMPARE(s.lines[0].receivablesFen, 600000);
    QCOMPARE(s.lines[1].level, u"b"_s);
    QCOMPARE(s.lines[1].customers, 1);
    QCOMPARE(s.lines[1].paidFen, 0);
    QCOMPARE(s.lines[1].receivablesFen, 250050);
    QCOMPARE(s.lines[2].level, QString()); // without a level, last
    QCOMPARE(s.lines[2].customers, 1);
    QCOMPARE(s.total.customers, 4);
    QCOMPARE(s.total.paidFen, 550000);
    QCOMPARE(s.total.receivablesFen, 850050);
}

void tst_LevelStatistics::dialogFromTheList()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    fill();
    // The company's name for level B (设置 › 客户级别) stands in the table.
    m_replica->create(u"app_settings"_s, Row{{u"key"_s, u"customer.level.b.name"_s}, {u"value"_s, u"成长客户"_s}});
    CustomerListModel model(m_replica->database());
    CustomerListPage page(model);
    QPushButton *button = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>())
        if (b->text().contains(u"级别统计"_s))
            button = b;
    QVERIFY(button);
    QString seen, meanwhile;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<LevelStatisticsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // Counted on the job's thread: the figures come once it is done.
        if (dialog->table()->rowCount() == 0) {
            meanwhile = dialog->message();
            QSignalSpy counted(dialog, &LevelStatisticsDialog::counted);
            QVERIFY(counted.wait(30000));
        }
        QVERIFY(!dialog->isCounting());
        QVERIFY(dialog->findChild<QProgressBar *>()->isHidden());
        QTableWidget *t = dialog->table();
        QStringList rows;
        for (int r = 0; r < t->rowCount(); ++r)
            rows << t->item(r, 0)->text() + u'|' + t->item(r, 1)->text() + u'|' + t->item(r, 2)->text() + u'|' + t->item(r, 3)->text();
        seen = rows.join(u'\n');
        if (const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + u"/level-statistics.png"_s);
        dialog->reject();
    });
    button->click();
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(meanwhile.isEmpty() || meanwhile == u"正在统计…"_s, qPrintable(meanwhile));
    const QStringList lines = seen.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(u"A 级"_s) && lines[0].contains(u"|2|"_s) && lines[0].contains(u"5,500.00"_s)
                 && lines[0].endsWith(u"6,000.00"_s),
             qPrintable(seen));
    QVERIFY2(lines[1].startsWith(u"B 级 · 成长客户|1|"_s), qPrintable(seen));
    QVERIFY2(lines[2].startsWith(u"无级别"_s), qPrintable(seen));
    QVERIFY2(lines[3].startsWith(u"合计|4|"_s) && lines[3].endsWith(u"8,500.50"_s), qPrintable(seen));
}

// The dialog says 正在统计… until its job is done; closed before, it abandons the count:
// nothing is shown, nothing crashes, and the job's thread is gone with the dialog.
void tst_LevelStatistics::closingWhileCountingLeavesNothingRunning()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    fill();
    // The jobs' threads (named ReplicaJob), not all the process's: others come and go
    // (Qt's pools) on a loaded machine.
    auto threads = [] {
        qsizetype n = 0;
        for (const QString &task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(u"/proc/self/task/%1/comm"_s.arg(task));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "ReplicaJob")
                ++n;
        }
        return n;
    };
    const qsizetype before = threads();
    QCOMPARE(before, 0);
    {
        LevelStatisticsDialog probe(m_replica->database());
        QTRY_COMPARE(threads(), 1); // the count sees a job's thread
    }
    // Joined with the dialog; the system lists a thread a moment longer while it exits.
    QTRY_COMPARE(threads(), 0);
    for (int i = 0; i < 3; ++i) {
        auto dialog = std::make_unique<LevelStatisticsDialog>(m_replica->database());
        QSignalSpy counted(dialog.get(), &LevelStatisticsDialog::counted);
        dialog->show();
        QCOMPARE(dialog->message(), u"正在统计…"_s); // before the event loop ran: still counting
        QCOMPARE(dialog->table()->rowCount(), 0);
        QVERIFY(!dialog->findChild<QProgressBar *>()->isHidden());
        dialog->reject(); // 关闭 while it counts
        dialog.reset();
        QCoreApplication::processEvents();
        QCOMPARE(counted.count(), 0);
    }
    QTRY_COMPARE(threads(), before);
    // Left open, the same dialog shows the figures.
    LevelStatisticsDialog dialog(m_replica->database());
    QSignalSpy counted(&dialog, &LevelStatisticsDialog::counted);
    QVERIFY(counted.wait(30000));
    QCOMPARE(dialog.table()->rowCount(), 4);
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_LevelStatistics)
#include "tst_levelstatistics.moc"
