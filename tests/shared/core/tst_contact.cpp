#include "core/contact.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Contact : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void tst_Contact::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("hasCustomer");
    QTest::addColumn<QStringList>("badFields");
    QTest::newRow("ok") << u"李娜"_s << u"13912345678"_s << u"0571-87654321-802"_s << true
                        << QStringList{};
    QTest::newRow("no name") << QString() << QString() << QString() << true
                             << QStringList{u"name"_s};
    QTest::newRow("landline in mobile") << u"李娜"_s << u"0571-87654321"_s << QString() << true
                                        << QStringList{u"mobile"_s};
    QTest::newRow("orphan") << u"李娜"_s << QString() << QString() << false
                            << QStringList{u"customerId"_s};
    QTest::newRow("garbage phone") << u"李娜"_s << QString() << u"电话"_s << true
                                   << QStringList{u"phone"_s};
}

void tst_Contact::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, mobile);
    QFETCH(QString, phone);
    QFETCH(bool, hasCustomer);
    QFETCH(QStringList, badFields);
    Contact c;
    if (hasCustomer)
        c.customerId = Id::generate();
    c.name = name;
    c.mobile = mobile;
    c.phone = phone;
    QCOMPARE(c.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_Contact)
#include "tst_contact.moc"
