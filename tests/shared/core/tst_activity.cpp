#include "core/activity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Activity : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_Activity::validate_data()
{
    QTest::addColumn<QString>("occurredAt");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("nextStep");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QStringList>("badFields");
    const QString at = u"2026-11-20T02:30:00.000Z"_s;
    QTest::newRow("call logged") << at << u"电话沟通报价"_s << QString() << QString()
                                 << QStringList{};
    QTest::newRow("with next step") << at << u"上门拜访"_s << u"发送方案书"_s << u"2026-11-27"_s
                                    << QStringList{};
    QTest::newRow("no time") << QString() << u"x"_s << QString() << QString()
                             << QStringList{u"occurredAt"_s};
    QTest::newRow("local time without zone") << u"2026-11-20T10:30:00"_s << u"x"_s << QString()
                                             << QString() << QStringList{u"occurredAt"_s};
    QTest::newRow("nothing written") << at << QString() << QString() << QString()
                                     << QStringList{u"subject"_s};
    QTest::newRow("due without step") << at << u"x"_s << QString() << u"2026-11-27"_s
                                      << QStringList{u"nextStep"_s};
    QTest::newRow("bad due date") << at << u"x"_s << u"回访"_s << u"27/11/2026"_s
                                  << QStringList{u"nextStepDue"_s};
}

void tst_Activity::validate()
{
    QFETCH(QString, occurredAt);
    QFETCH(QString, subject);
    QFETCH(QString, nextStep);
    QFETCH(QString, due);
    QFETCH(QStringList, badFields);
    Activity a;
    a.customerId = Id::generate();
    a.kind = ActivityKind::Visit;
    a.occurredAt = occurredAt;
    a.subject = subject;
    a.nextStep = nextStep;
    a.nextStepDue = due;
    QCOMPARE(a.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_Activity)
#include "tst_activity.moc"
