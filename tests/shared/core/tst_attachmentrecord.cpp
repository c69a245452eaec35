// The rules of an attachment record (shared/core/attachmentrecord.h), data-driven.
#include "core/attachmentrecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_AttachmentRecord : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void isSha256_data();
    void isSha256();
};

namespace {
AttachmentRecord valid()
{
    AttachmentRecord a;
    a.customerId = Id::generate();
    a.contractId = Id::generate();
    a.fileName = u"合同扫描件.pdf"_s;
    a.mimeType = u"application/pdf"_s;
    a.sizeBytes = 123456;
    a.sha256 = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
    return a;
}
} // namespace

void tst_AttachmentRecord::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("errorField"); // empty: valid
    QTest::newRow("valid") << u""_s << u""_s;
    QTest::newRow("no contract: the customer's own") << u"noContract"_s << u""_s;
    QTest::newRow("empty file") << u"size0"_s << u""_s;
    QTest::newRow("at the limit") << u"sizeMax"_s << u""_s;
    QTest::newRow("over the limit") << u"sizeOver"_s << u"sizeBytes"_s;
    QTest::newRow("negative size") << u"sizeNegative"_s << u"sizeBytes"_s;
    QTest::newRow("no customer") << u"noCustomer"_s << u"customerId"_s;
    QTest::newRow("no name") << u"noName"_s << u"fileName"_s;
    QTest::newRow("a path") << u"path"_s << u"fileName"_s;
    QTest::newRow("a Windows path") << u"winPath"_s << u"fileName"_s;
    QTest::newRow("dot dot") << u"dotdot"_s << u"fileName"_s;
    QTest::newRow("name too long") << u"longName"_s << u"fileName"_s;
    QTest::newRow("upper-case hash") << u"upperSha"_s << u"sha256"_s;
    QTest::newRow("short hash") << u"shortSha"_s << u"sha256"_s;
}

void tst_AttachmentRecord::validate()
{
    QFETCH(QString, change);
    QFETCH(QString, errorField);
    AttachmentRecord a = valid();
    if (change == u"noContract") a.contractId = Id();
    else if (change == u"size0") a.sizeBytes = 0;
    else if (change == u"sizeMax") a.sizeBytes = AttachmentRecord::MaxBytes;
    else if (change == u"sizeOver") a.sizeBytes = AttachmentRecord::MaxBytes + 1;
    else if (change == u"sizeNegative") a.sizeBytes = -1;
    else if (change == u"noCustomer") a.customerId = Id();
    else if (change == u"noName") a.fileName = u"  "_s;
    else if (change == u"path") a.fileName = u"scans/合同.pdf"_s;
    else if (change == u"winPath") a.fileName = u"C:\\scans\\合同.pdf"_s;
    else if (change == u"dotdot") a.fileName = u".."_s;
    else if (change == u"longName") a.fileName = QString(256, u'合');
    else if (change == u"upperSha") a.sha256 = a.sha256.toUpper();
    else if (change == u"shortSha") a.sha256.chop(1);
    const ValidationErrors errors = a.validate();
    if (errorField.isEmpty()) {
        QVERIFY2(!errors, qPrintable(errors.isEmpty() ? QString() : errors.errors().first().message));
    } else {
        QVERIFY(errors);
        QCOMPARE(errors.errors().first().field, errorField);
    }
}

void tst_AttachmentRecord::isSha256_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("lower hex") << QString(64, u'a') << true;
    QTest::newRow("digits") << QString(64, u'0') << true;
    QTest::newRow("63") << QString(63, u'a') << false;
    QTest::newRow("65") << QString(65, u'a') << false;
    QTest::newRow("g") << QString(63, u'a') + u'g' << false;
    QTest::newRow("slash") << QString(63, u'a') + u'/' << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_AttachmentRecord::isSha256()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(AttachmentRecord::isSha256(text), ok);
}

QTEST_GUILESS_MAIN(tst_AttachmentRecord)
#include "tst_attachmentrecord.moc"
