#include "core/paymentrecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PaymentRecord : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_PaymentRecord::validate_data()
{
    QTest::addColumn<bool>("hasContract");
    QTest::addColumn<QString>("paidOn");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << true << u"2026-11-20"_s << qint64(1500000) << u"网银 123456"_s << QStringList{};
    QTest::newRow("no contract") << false << u"2026-11-20"_s << qint64(1) << QString() << QStringList{u"contractId"_s};
    QTest::newRow("no date") << true << QString() << qint64(1) << QString() << QStringList{u"paidOn"_s};
    QTest::newRow("zero") << true << u"2026-11-20"_s << qint64(0) << QString() << QStringList{u"amount"_s};
    QTest::newRow("refund is not a payment") << true << u"2026-11-20"_s << qint64(-500) << QString() << QStringList{u"amount"_s};
    QTest::newRow("reference too long") << true << u"2026-11-20"_s << qint64(1) << QString(61, u'9') << QStringList{u"reference"_s};
}

void tst_PaymentRecord::validate()
{
    QFETCH(bool, hasContract);
    QFETCH(QString, paidOn);
    QFETCH(qint64, fen);
    QFETCH(QString, reference);
    QFETCH(QStringList, fields);
    PaymentRecord p;
    p.customerId = Id::generate();
    if (hasContract)
        p.contractId = Id::generate();
    p.paidOn = paidOn;
    p.amount = Money::fromFen(fen);
    p.method = PaymentMethod::Bank;
    p.reference = reference;
    QCOMPARE(p.validate().fields(), fields);
}

QTEST_APPLESS_MAIN(tst_PaymentRecord)
#include "tst_paymentrecord.moc"
