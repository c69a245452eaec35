#include "core/invoicerecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_InvoiceRecord : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_InvoiceRecord::validate_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<QStringList>("badFields");
    QTest::newRow("paper invoice") << u"04512345"_s << qint64(11300) << qint64(1300) << QStringList{};
    QTest::newRow("digital invoice") << u"24312000000012345678"_s << qint64(11300) << qint64(1300)
                                     << QStringList{};
    QTest::newRow("7 digits") << u"0451234"_s << qint64(11300) << qint64(1300)
                              << QStringList{u"number"_s};
    QTest::newRow("letters") << u"0451234A"_s << qint64(11300) << qint64(1300)
                             << QStringList{u"number"_s};
    QTest::newRow("zero amount") << u"04512345"_s << qint64(0) << qint64(0)
                                 << QStringList{u"amount"_s};
    QTest::newRow("tax above amount") << u"04512345"_s << qint64(100) << qint64(101)
                                      << QStringList{u"tax"_s};
    QTest::newRow("negative tax") << u"04512345"_s << qint64(100) << qint64(-1)
                                  << QStringList{u"tax"_s};
    QTest::newRow("tax-free invoice") << u"04512345"_s << qint64(100) << qint64(0)
                                      << QStringList{};
}

void tst_InvoiceRecord::validate()
{
    QFETCH(QString, number);
    QFETCH(qint64, amount);
    QFETCH(qint64, tax);
    QFETCH(QStringList, badFields);
    InvoiceRecord r;
    r.contractId = Id::generate();
    r.number = number;
    r.issuedOn = u"2026-11-24"_s;
    r.amount = Money::fromFen(amount);
    r.tax = Money::fromFen(tax);
    QCOMPARE(r.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_InvoiceRecord)
#include "tst_invoicerecord.moc"
