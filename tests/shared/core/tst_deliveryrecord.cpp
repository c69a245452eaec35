#include "core/deliveryrecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_DeliveryRecord : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void errorsAreCodedAndTranslatedMessages();
};

void tst_DeliveryRecord::validate_data()
{
    QTest::addColumn<QString>("deliveredOn");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("trackingNumber");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QStringList>("badFields");

    const QString items = u"机架式服务器 2 台"_s;
    QTest::newRow("express") << u"2026-11-24"_s << items << u"顺丰速运"_s << u"SF1234567890123"_s << u"王伟"_s << QString()
                             << QStringList{};
    QTest::newRow("own truck, nothing but the goods") << u"2026-11-24"_s << items << QString() << QString() << QString()
                                                      << QString() << QStringList{};
    QTest::newRow("freight waybill with hyphens") << u"2026-11-24"_s << items << u"德邦物流"_s << u"DPK-2026-000123"_s
                                                  << QString() << QString() << QStringList{};
    QTest::newRow("leap day") << u"2028-02-29"_s << items << QString() << QString() << QString() << QString()
                              << QStringList{};
    QTest::newRow("no date") << QString() << items << QString() << QString() << QString() << QString()
                             << QStringList{u"deliveredOn"_s};
    QTest::newRow("not a date") << u"2026-02-30"_s << items << QString() << QString() << QString() << QString()
                                << QStringList{u"deliveredOn"_s};
    QTest::newRow("slashes") << u"2026/11/24"_s << items << QString() << QString() << QString() << QString()
                             << QStringList{u"deliveredOn"_s};
    QTest::newRow("no description") << u"2026-11-24"_s << QString() << QString() << QString() << QString() << QString()
                                    << QStringList{u"description"_s};
    QTest::newRow("blank description") << u"2026-11-24"_s << u"   "_s << QString() << QString() << QString()
                                       << QString() << QStringList{u"description"_s};
    QTest::newRow("description at the limit") << u"2026-11-24"_s << QString(500, u'货') << QString() << QString()
                                              << QString() << QString() << QStringList{};
    QTest::newRow("description too long") << u"2026-11-24"_s << QString(501, u'货') << QString() << QString()
                                          << QString() << QString() << QStringList{u"description"_s};
    QTest::newRow("carrier too long") << u"2026-11-24"_s << items << QString(61, u'运') << QString() << QString()
                                      << QString() << QStringList{u"carrier"_s};
    QTest::newRow("tracking number in Chinese") << u"2026-11-24"_s << items << u"顺丰速运"_s << u"顺丰单号123"_s
                                                << QString() << QString() << QStringList{u"trackingNumber"_s};
    QTest::newRow("tracking number with spaces") << u"2026-11-24"_s << items << u"顺丰速运"_s << u"SF 1234 5678"_s
                                                 << QString() << QString() << QStringList{u"trackingNumber"_s};
    QTest::newRow("tracking number too short") << u"2026-11-24"_s << items << QString() << u"SF1"_s << QString()
                                               << QString() << QStringList{u"trackingNumber"_s};
    QTest::newRow("tracking number too long") << u"2026-11-24"_s << items << QString() << QString(41, u'7')
                                              << QString() << QString() << QStringList{u"trackingNumber"_s};
    QTest::newRow("receiver too long") << u"2026-11-24"_s << items << QString() << QString() << QString(41, u'王')
                                       << QString() << QStringList{u"receiver"_s};
    QTest::newRow("note too long") << u"2026-11-24"_s << items << QString() << QString() << QString()
                                   << QString(501, u'注') << QStringList{u"note"_s};
    QTest::newRow("several at once") << QString() << QString() << QString() << u"单号"_s << QString() << QString()
                                     << QStringList{u"deliveredOn"_s, u"description"_s, u"trackingNumber"_s};
}

void tst_DeliveryRecord::validate()
{
    QFETCH(QString, deliveredOn);
    QFETCH(QString, description);
    QFETCH(QString, carrier);
    QFETCH(QString, trackingNumber);
    QFETCH(QString, receiver);
    QFETCH(QString, note);
    QFETCH(QStringList, badFields);
    DeliveryRecord r;
    r.contractId = Id::generate();
    r.deliveredOn = deliveredOn;
    r.description = description;
    r.carrier = carrier;
    r.trackingNumber = trackingNumber;
    r.receiver = receiver;
    r.note = note;
    QCOMPARE(r.validate().fields(), badFields);
}

void tst_DeliveryRecord::errorsAreCodedAndTranslatedMessages()
{
    DeliveryRecord r;
    r.deliveredOn = u"2026-13-01"_s;
    r.description = u"备份软件 1 套"_s;
    r.trackingNumber = u"SF 123"_s;
    const ValidationErrors e = r.validate();
    QCOMPARE(e.fields(), (QStringList{u"contractId"_s, u"deliveredOn"_s, u"trackingNumber"_s}));
    QCOMPARE(e.codeFor(u"contractId"_s), u"required"_s);
    QCOMPARE(e.codeFor(u"deliveredOn"_s), u"invalid_date"_s);
    QCOMPARE(e.codeFor(u"trackingNumber"_s), u"invalid_tracking_number"_s);
    QVERIFY(!e.messageFor(u"trackingNumber"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeliveryRecord)
#include "tst_deliveryrecord.moc"
