#include "lineitem.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_LineItem : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void priceLine();
};

void tst_LineItem::validate_data()
{
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<int>("vat");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << 1 << u"机架式服务器"_s << u"2"_s << 13 << QStringList{};
    QTest::newRow("no description") << 1 << QString() << u"2"_s << 13 << QStringList{u"description"_s};
    QTest::newRow("line 0") << 0 << u"x"_s << u"2"_s << 13 << QStringList{u"lineNo"_s};
    QTest::newRow("pricing errors are the line's") << 1 << u"x"_s << u"0"_s << 17
                                                   << QStringList{u"quantity"_s, u"vatRatePercent"_s};
}

void tst_LineItem::validate()
{
    QFETCH(int, lineNo);
    QFETCH(QString, description);
    QFETCH(QString, quantity);
    QFETCH(int, vat);
    QFETCH(QStringList, fields);
    LineItem l;
    l.lineNo = lineNo;
    l.description = description;
    l.quantity = *Decimal::parse(quantity);
    l.unitPrice = *Decimal::parse(u"38500");
    l.vatRatePercent = Decimal::fromInteger(vat);
    QCOMPARE(l.validate().fields(), fields);
}

void tst_LineItem::priceLine()
{
    LineItem l;
    l.quantity = Decimal::fromInteger(3);
    l.unitPrice = *Decimal::parse(u"9.995");
    l.discountPercent = *Decimal::parse(u"12.5");
    l.vatRatePercent = Decimal::fromInteger(6);
    const PriceLine p = l.priceLine();
    QCOMPARE(p.quantity, l.quantity);
    QCOMPARE(p.unitPrice, l.unitPrice);
    QCOMPARE(p.discountPercent, l.discountPercent);
    QCOMPARE(p.vatRatePercent, l.vatRatePercent);
}

QTEST_APPLESS_MAIN(tst_LineItem)
#include "tst_lineitem.moc"
