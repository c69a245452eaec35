#include "core/customer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Customer : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void pool();
};

namespace {
Customer valid()
{
    Customer c;
    c.meta = RecordMeta::created(Id::generate(), Id::generate());
    c.name = u"上海恒信精密机械有限公司"_s;
    c.shortName = u"恒信精密"_s;
    c.phone = u"021-58881234"_s;
    c.email = u"sales@hengxin.example.cn"_s;
    c.website = u"www.hengxin.example.cn"_s;
    c.postcode = u"201203"_s;
    c.creditCode = u"91350100M000100Y43"_s;
    c.tags = {u"重点"_s, u"华东"_s};
    return c;
}
} // namespace

void tst_Customer::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // expected error code for `field`, empty = valid

    QTest::newRow("valid as is") << QString() << QString() << QString();
    QTest::newRow("name missing") << u"name"_s << QString() << u"required"_s;
    QTest::newRow("name only spaces") << u"name"_s << u"   "_s << u"required"_s;
    QTest::newRow("name too long") << u"name"_s << QString(201, u'名') << u"too_long"_s;
    QTest::newRow("name at the limit") << u"name"_s << QString(200, u'名') << QString();
    QTest::newRow("emoji and quotes in name") << u"name"_s << u"“汇客”😀公司's"_s << QString();
    QTest::newRow("bad phone") << u"phone"_s << u"138001"_s << u"invalid_phone"_s;
    QTest::newRow("mobile as phone") << u"phone"_s << u"+86 138 1234 5678"_s << QString();
    QTest::newRow("400 number") << u"phone"_s << u"400-810-8888"_s << QString();
    QTest::newRow("bad email") << u"email"_s << u"sales@"_s << u"invalid_email"_s;
    QTest::newRow("email with spaces") << u"email"_s << u"a b@c.cn"_s << u"invalid_email"_s;
    QTest::newRow("bad postcode") << u"postcode"_s << u"20120"_s << u"invalid_postcode"_s;
    QTest::newRow("letters in postcode") << u"postcode"_s << u"2012O3"_s << u"invalid_postcode"_s;
    QTest::newRow("bad website") << u"website"_s << u"not a site"_s << u"invalid_website"_s;
    QTest::newRow("https website") << u"website"_s << u"https://huike.example.cn/about"_s
                                   << QString();
    QTest::newRow("credit code check char wrong") << u"creditCode"_s << u"91350100M000100Y44"_s
                                                  << u"invalid_credit_code"_s;
    QTest::newRow("credit code too short") << u"creditCode"_s << u"91350100M000100Y4"_s
                                           << u"invalid_credit_code"_s;
    QTest::newRow("tag with comma") << u"tags"_s << u"a,b"_s << u"invalid_tag"_s;
    QTest::newRow("tag too long") << u"tags"_s << QString(31, u'标') << u"invalid_tag"_s;
    QTest::newRow("empty tag") << u"tags"_s << u" "_s << u"invalid_tag"_s;
    QTest::newRow("too many tags") << u"tags"_s << u"*21"_s << u"too_many"_s;
}

void tst_Customer::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);

    Customer c = valid();
    if (field == u"name")
        c.name = value;
    else if (field == u"phone")
        c.phone = value;
    else if (field == u"email")
        c.email = value;
    else if (field == u"postcode")
        c.postcode = value;
    else if (field == u"website")
        c.website = value;
    else if (field == u"creditCode")
        c.creditCode = value;
    else if (field == u"tags") {
        if (value == u"*21") {
            c.tags.clear();
            for (int i = 0; i < 21; ++i)
                c.tags << u"标签%1"_s.arg(i);
        } else {
            c.tags << value;
        }
    }

    const ValidationErrors errors = c.validate();
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.fields().join(u',')));
    } else {
        QCOMPARE(errors.fields(), QStringList{field});
        QCOMPARE(errors.codeFor(field), code);
        QVERIFY(!errors.messageFor(field).isEmpty());
    }
}

void tst_Customer::pool()
{
    Customer c = valid();
    QVERIFY(!c.isInPool());
    c.meta.ownerId = Id();
    QVERIFY(c.isInPool());
}

QTEST_GUILESS_MAIN(tst_Customer)
#include "tst_customer.moc"
