#include "core/enums.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Enums : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void everyValueRoundTrips();
    void unknownCodesAreRejected_data();
    void unknownCodesAreRejected();
};

void tst_Enums::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status") << enumCode(CustomerStatus::Potential) << u"potential"_s;
    QTest::newRow("level") << enumCode(CustomerLevel::A) << u"a"_s;
    QTest::newRow("type reseller") << enumCode(CustomerType::Reseller) << u"reseller"_s;
    QTest::newRow("type public") << enumCode(CustomerType::Public) << u"public"_s;
    QTest::newRow("decision maker") << enumCode(DecisionRole::DecisionMaker) << u"decision_maker"_s;
    QTest::newRow("role clerk") << enumCode(UserRole::Clerk) << u"clerk"_s;
    QTest::newRow("contract in approval") << enumCode(ContractStatus::InApproval) << u"in_approval"_s;
    QTest::newRow("invoice special") << enumCode(InvoiceKind::Special) << u"special"_s;
    QTest::newRow("activity visit") << enumCode(ActivityKind::Visit) << u"visit"_s;
    QTest::newRow("payment draft") << enumCode(PaymentMethod::Draft) << u"draft"_s;
    QTest::newRow("quote expired") << enumCode(QuoteStatus::Expired) << u"expired"_s;
    QTest::newRow("opportunity won") << enumCode(OpportunityStatus::Won) << u"won"_s;
    QTest::newRow("size enterprise") << enumCode(CustomerSize::Enterprise) << u"enterprise"_s;
}

void tst_Enums::codes()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(code, expected);
}

template<typename E>
static bool roundTrips(int expectedCount)
{
    const QList<E> values = enumValues<E>();
    QSet<QString> codes;
    for (E v : values) {
        const QString code = enumCode(v);
        if (code.isEmpty() || enumFromCode<E>(code) != v || enumLabel(v).isEmpty())
            return false;
        codes.insert(code);
    }
    return values.size() == expectedCount && codes.size() == expectedCount;
}

void tst_Enums::everyValueRoundTrips()
{
    QVERIFY(roundTrips<CustomerStatus>(4));
    QVERIFY(roundTrips<CustomerLevel>(4));
    QVERIFY(roundTrips<CustomerType>(3));
    QVERIFY(roundTrips<CustomerSize>(5));
    QVERIFY(roundTrips<DecisionRole>(5));
    QVERIFY(roundTrips<UserRole>(6));
    QVERIFY(roundTrips<OpportunityStatus>(3));
    QVERIFY(roundTrips<QuoteStatus>(5));
    QVERIFY(roundTrips<ContractStatus>(6));
    QVERIFY(roundTrips<PaymentMethod>(4));
    QVERIFY(roundTrips<InvoiceKind>(2));
    QVERIFY(roundTrips<ActivityKind>(4));
}

void tst_Enums::unknownCodesAreRejected_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"ACTIVE"_s;
    QTest::newRow("label instead of code") << u"Active"_s;
    QTest::newRow("chinese") << u"活跃"_s;
    QTest::newRow("trailing space") << u"active "_s;
}

void tst_Enums::unknownCodesAreRejected()
{
    QFETCH(QString, code);
    QVERIFY(!enumFromCode<CustomerStatus>(code).has_value());
}

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_enums.moc"
