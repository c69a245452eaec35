// The zh_CN catalogue reaches the messages at run time: the contexts the code translates
// with are the ones lupdate extracted (a mismatch leaves English on a Chinese screen).
#include "core/contract.h"
#include "core/creditcode.h"
#include "core/customer.h"
#include "core/enums.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messagesAreChinese();

private:
    QTranslator m_translator;
};

void tst_Translations::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(HUIKE_QM_FILE)), HUIKE_QM_FILE);
    QCoreApplication::installTranslator(&m_translator);
}

void tst_Translations::messagesAreChinese()
{
    Customer c;
    c.creditCode = u"91350100M000100Y44"_s;
    const ValidationErrors e = c.validate();
    QCOMPARE(e.messageFor(u"name"_s), u"此项必填。"_s);
    QCOMPARE(e.messageFor(u"creditCode"_s), u"校验码不符，请检查是否输错。"_s);
    QCOMPARE(enumLabel(CustomerLevel::A), u"A 级（重点客户）"_s);
    QCOMPARE(enumLabel(OpportunityStatus::Lost), u"输单"_s);
    QCOMPARE(enumLabel(CustomerStatus::Lost), u"已流失"_s);
    Contract k;
    k.amount = Money::fromFen(-1);
    QCOMPARE(k.validate().messageFor(u"amount"_s), u"金额不能为负数。"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
