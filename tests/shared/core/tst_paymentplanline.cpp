#include "core/paymentplanline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PaymentPlanLine : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_PaymentPlanLine::validate_data()
{
    QTest::addColumn<QString>("dueDate");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << u"2026-12-31"_s << qint64(3000000) << 10 << QStringList{};
    QTest::newRow("no due date") << QString() << qint64(100) << 0 << QStringList{u"dueDate"_s};
    QTest::newRow("bad due date") << u"2026-02-30"_s << qint64(100) << 0 << QStringList{u"dueDate"_s};
    QTest::newRow("zero") << u"2026-12-31"_s << qint64(0) << 0 << QStringList{u"amount"_s};
    QTest::newRow("negative") << u"2026-12-31"_s << qint64(-1) << 0 << QStringList{u"amount"_s};
    QTest::newRow("note too long") << u"2026-12-31"_s << qint64(1) << 501 << QStringList{u"note"_s};
}

void tst_PaymentPlanLine::validate()
{
    QFETCH(QString, dueDate);
    QFETCH(qint64, fen);
    QFETCH(int, noteLength);
    QFETCH(QStringList, fields);
    PaymentPlanLine line;
    line.lineNo = 1;
    line.dueDate = dueDate;
    line.amount = Money::fromFen(fen);
    line.note = QString(noteLength, u'款');
    QCOMPARE(line.validate().fields(), fields);
}

QTEST_APPLESS_MAIN(tst_PaymentPlanLine)
#include "tst_paymentplanline.moc"
