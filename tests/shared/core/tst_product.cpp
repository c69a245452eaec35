#include "core/product.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Product : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_Product::validate_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QStringList>("badFields");
    for (const char *rate : {"13", "9", "6", "5", "3", "1", "0"})
        QTest::newRow(rate) << u"199.9900"_s << QString::fromLatin1(rate) << QStringList{};
    QTest::newRow("17 % is gone since 2018") << u"1"_s << u"17"_s
                                             << QStringList{u"vatRatePercent"_s};
    QTest::newRow("16 % is gone since 2019") << u"1"_s << u"16"_s
                                             << QStringList{u"vatRatePercent"_s};
    QTest::newRow("negative price") << u"-0.01"_s << u"13"_s << QStringList{u"listPrice"_s};
}

void tst_Product::validate()
{
    QFETCH(QString, price);
    QFETCH(QString, vat);
    QFETCH(QStringList, badFields);
    Product p;
    p.code = u"P-0001"_s;
    p.name = u"立式加工中心"_s;
    p.listPrice = *Decimal::parse(price);
    p.vatRatePercent = *Decimal::parse(vat);
    QCOMPARE(p.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_Product)
#include "tst_product.moc"
