#include "core/contract.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Contract : public QObject
{
    Q_OBJECT

private slots:
    void statusFlow_data();
    void statusFlow();
    void paymentPlan_data();
    void paymentPlan();
    void linesDriveTheAmount();
    void datesInOrder();
    void rebalanceAndSplit();
};

void tst_Contract::statusFlow_data()
{
    using S = ContractStatus;
    QTest::addColumn<ContractStatus>("from");
    QTest::addColumn<ContractStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<S> all = enumValues<S>();
    const QList<QPair<S, S>> legal = {
        {S::Draft, S::InApproval},     {S::InApproval, S::Signed}, {S::InApproval, S::Draft},
        {S::Signed, S::Executing},     {S::Signed, S::Terminated}, {S::Executing, S::Completed},
        {S::Executing, S::Terminated},
    };
    // Every pair of statuses: exactly the legal ones are allowed.
    for (S from : all) {
        for (S to : all) {
            const QByteArray name = (enumCode(from) + u" → "_s + enumCode(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << legal.contains({from, to});
        }
    }
}

void tst_Contract::statusFlow()
{
    QFETCH(ContractStatus, from);
    QFETCH(ContractStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(Contract::canChangeStatus(from, to), allowed);
}

namespace {
Contract contractOf(qint64 amountFen, const QList<qint64> &instalments, int balanceLines = 1)
{
    Contract c;
    c.meta = RecordMeta::created(Id::generate(), Id::generate());
    c.customerId = Id::generate();
    c.number = u"HT-2026-0001"_s;
    c.title = u"数控机床采购合同"_s;
    c.amount = Money::fromFen(amountFen);
    int n = 0;
    for (qint64 fen : instalments) {
        PaymentPlanLine line;
        line.contractId = c.meta.id;
        line.customerId = c.customerId;
        line.lineNo = ++n;
        line.dueDate = u"2027-0%1-15"_s.arg(n);
        line.amount = Money::fromFen(fen);
        line.isBalance = n > instalments.size() - balanceLines;
        c.paymentPlan << line;
    }
    return c;
}
} // namespace

void tst_Contract::paymentPlan_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("instalments");
    QTest::addColumn<int>("balanceLines");
    QTest::addColumn<QString>("code");

    QTest::newRow("30/60/10 exact") << qint64(10000000) << QList<qint64>{3000000, 6000000, 1000000}
                                    << 1 << QString();
    QTest::newRow("thirds with balance") << qint64(10000000)
                                         << QList<qint64>{3333333, 3333333, 3333334} << 1
                                         << QString();
    QTest::newRow("one fen short") << qint64(10000000) << QList<qint64>{3333333, 3333333, 3333333}
                                   << 1 << u"plan_does_not_add_up"_s;
    QTest::newRow("one fen over") << qint64(10000000) << QList<qint64>{5000000, 5000001} << 1
                                  << u"plan_does_not_add_up"_s;
    QTest::newRow("single instalment") << qint64(1) << QList<qint64>{1} << 1 << QString();
    QTest::newRow("zero instalment") << qint64(100) << QList<qint64>{100, 0} << 1
                                     << u"not_positive"_s;
    QTest::newRow("negative instalment") << qint64(100) << QList<qint64>{200, -100} << 1
                                         << u"not_positive"_s;
    QTest::newRow("two balance lines") << qint64(200) << QList<qint64>{100, 100} << 2
                                       << u"several_balance_lines"_s;
    QTest::newRow("no plan yet") << qint64(5000) << QList<qint64>{} << 0 << QString();
}

void tst_Contract::paymentPlan()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, instalments);
    QFETCH(int, balanceLines);
    QFETCH(QString, code);
    const Contract c = contractOf(amount, instalments, balanceLines);
    const ValidationErrors errors = c.validatePaymentPlan();
    if (code.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.fields().join(u',')));
        QVERIFY(c.validate().isEmpty());
    } else {
        QVERIFY(!errors.isEmpty());
        bool found = false;
        for (const FieldError &e : errors.errors())
            found = found || e.code == code;
        QVERIFY2(found, qPrintable(errors.errors().first().code));
        QVERIFY(!c.validate().isEmpty()); // the contract as a whole is refused too
        if (code == u"not_positive") // the message says which instalment (第 N 期)
            QVERIFY2(errors.messageFor(u"paymentPlan[1].amount"_s).startsWith(u"Instalment 2: "_s),
                     qPrintable(errors.messageFor(u"paymentPlan[1].amount"_s)));
    }
}

void tst_Contract::linesDriveTheAmount()
{
    Contract c = contractOf(0, {});
    LineItem line;
    line.lineNo = 1;
    line.description = u"立式加工中心 VMC850"_s;
    line.quantity = *Decimal::parse(u"3");
    line.unitPrice = *Decimal::parse(u"0.333");
    line.vatRatePercent = Decimal::fromInteger(13);
    c.lines << line;
    c.recalculate();
    // 3 × 0.333 = 0.999 → 1.00 net; tax 0.13; gross 1.13
    QCOMPARE(c.net, Money::fromFen(100));
    QCOMPARE(c.tax, Money::fromFen(13));
    QCOMPARE(c.amount, Money::fromFen(113));
    QVERIFY(c.validate().isEmpty());

    c.amount = Money::fromFen(114); // tampered total
    QCOMPARE(c.validate().codeFor(u"amount"_s), u"inconsistent_totals"_s);
}

void tst_Contract::datesInOrder()
{
    Contract c = contractOf(100, {100});
    c.startDate = u"2027-01-01"_s;
    c.endDate = u"2026-12-31"_s;
    QCOMPARE(c.validate().codeFor(u"endDate"_s), u"before_start"_s);
    c.endDate = u"2027-12-31"_s;
    QVERIFY(c.validate().isEmpty());
    c.status = ContractStatus::Signed; // a signed contract needs its sign date
    QCOMPARE(c.validate().codeFor(u"signDate"_s), u"required"_s);
    c.signDate = u"2026-12-20"_s;
    QVERIFY(c.validate().isEmpty());
}

void tst_Contract::rebalanceAndSplit()
{
    Contract c;
    c.customerId = Id::generate();
    c.number = u"HT-2026-0001"_s;
    c.title = u"合同"_s;
    c.amount = Money::fromFen(9288815);
    // 30 / 60 / 10 % of ¥92,888.15: the parts add up exactly, the last is the balance.
    c.paymentPlan = Contract::splitPlan(c.amount, {30, 60, 10}, {u"2027-01-15"_s, u"2027-02-15"_s, u"2027-03-15"_s});
    QCOMPARE(c.paymentPlan.size(), 3);
    QCOMPARE(c.paymentPlan[0].amount.toPlainString(), u"27866.45"_s);
    QCOMPARE(c.paymentPlan[1].amount.toPlainString(), u"55732.89"_s);
    QCOMPARE(c.paymentPlan[2].amount.toPlainString(), u"9288.81"_s);
    QVERIFY(c.paymentPlan[2].isBalance && !c.paymentPlan[0].isBalance);
    QCOMPARE(c.paymentPlan[1].dueDate, u"2027-02-15"_s);
    QVERIFY(c.validatePaymentPlan().isEmpty());
    // Typing another first instalment: the balance line takes up the difference.
    c.paymentPlan[0].amount = Money::fromFen(3000000);
    QVERIFY(!c.validatePaymentPlan().isEmpty());
    c.rebalancePlan();
    QCOMPARE(c.paymentPlan[2].amount.toPlainString(), u"7155.26"_s);
    QVERIFY(c.validatePaymentPlan().isEmpty());
    // A marked balance line in the middle is the one that moves.
    c.paymentPlan[1].isBalance = true;
    c.paymentPlan[2].amount = Money::fromFen(100);
    c.rebalancePlan();
    QVERIFY(c.paymentPlan[1].isBalance && !c.paymentPlan[2].isBalance);
    QCOMPARE(c.paymentPlan[1].amount.toPlainString(), u"62887.15"_s);
    QVERIFY(c.validatePaymentPlan().isEmpty());
    // More than the amount in the other lines: the balance goes negative and is refused.
    c.paymentPlan[0].amount = Money::fromFen(10000000);
    c.rebalancePlan();
    QVERIFY(c.paymentPlan[1].amount.isNegative());
    QVERIFY(c.validatePaymentPlan().has(u"paymentPlan[1].amount"_s));
    QVERIFY(Contract::amountsLocked(ContractStatus::Signed));
    QVERIFY(!Contract::amountsLocked(ContractStatus::Draft));
}

QTEST_GUILESS_MAIN(tst_Contract)
#include "tst_contract.moc"
