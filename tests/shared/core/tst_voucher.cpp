// 记账凭证 (W3): every voucher balances to the fen — VAT at 13/9/6/3/0 %, partial payments,
// several payments on a day, cash or bank, an expense of two categories set against a loan,
// a loan paid out and repaid in cash or by bank — and the numbering per period and word continues after an earlier batch.
#include "core/voucher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

Q_DECLARE_METATYPE(Huike::VoucherSource)

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromUtf8(text));
}

VoucherSource payment(const QString &id, QDate date, const char *amount, bool cash = false)
{
    VoucherSource s;
    s.kind = VoucherSource::Kind::PaymentReceived;
    s.table = u"payments"_s;
    s.id = id;
    s.date = date;
    s.gross = yuan(amount);
    s.cash = cash;
    s.customer = {u"91310000MA1FL0XX0X"_s, u"上海恒信精密机械有限公司"_s};
    s.summary = u"收到回款"_s;
    return s;
}

VoucherSource invoice(const QString &id, QDate date, const char *gross, const char *tax)
{
    VoucherSource s;
    s.kind = VoucherSource::Kind::InvoiceIssued;
    s.table = u"invoices"_s;
    s.id = id;
    s.date = date;
    s.gross = yuan(gross);
    s.tax = yuan(tax);
    s.customer = {u"C001"_s, u"杭州西湖软件有限公司"_s};
    s.summary = u"开具发票"_s;
    return s;
}

const QDate Nov3(2026, 11, 3);

} // namespace

class tst_Voucher : public QObject
{
    Q_OBJECT
private slots:
    void balances_data();
    void balances();
    void invoiceLines_data();
    void invoiceLines();
    void paymentAccounts();
    void expenseWithLoanOffset();
    void loanPaidOut();
    void loanRepaid_data();
    void loanRepaid();
    void refusesWhatDoesNotBalance_data();
    void refusesWhatDoesNotBalance();
    void numbering();
    void continuesAfterEarlierBatch();
    void singleWord();
    void settingsFromValues();
};

void tst_Voucher::balances_data()
{
    QTest::addColumn<QList<VoucherSource>>("sources");
    QTest::addColumn<int>("vouchers");
    // Invoices at every VAT rate: the tax as the invoice says (rounded by the tax system).
    QTest::newRow("VAT 13%") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "113000.00", "13000.00")} << 1;
    QTest::newRow("VAT 9%") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "10900.01", "900.00")} << 1;
    QTest::newRow("VAT 6%") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "1060.03", "60.00")} << 1;
    QTest::newRow("VAT 3%") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "0.03", "0.00")} << 1;
    QTest::newRow("VAT 3% odd fen") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "99999.99", "2912.62")} << 1;
    QTest::newRow("VAT 0%") << QList<VoucherSource>{invoice(u"i1"_s, Nov3, "5000.00", "0.00")} << 1;
    QTest::newRow("partial payments") << QList<VoucherSource>{payment(u"p1"_s, Nov3, "30000.00"),
                                                             payment(u"p2"_s, Nov3.addDays(10), "50000.00"),
                                                             payment(u"p3"_s, Nov3.addDays(20), "33000.01")}
                                      << 3;
    QTest::newRow("several payments one day") << QList<VoucherSource>{payment(u"p2"_s, Nov3, "0.01"), payment(u"p1"_s, Nov3, "1.99"),
                                                                     payment(u"p3"_s, Nov3, "123456789.12", true)}
                                              << 3;
    QTest::newRow("zero payment makes none") << QList<VoucherSource>{payment(u"p1"_s, Nov3, "0.00")} << 0;
}

void tst_Voucher::balances()
{
    QFETCH(QList<VoucherSource>, sources);
    QFETCH(int, vouchers);
    const VoucherBuilder::Result r = VoucherBuilder({}).build(sources);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.vouchers.size(), vouchers);
    for (const Voucher &v : r.vouchers) {
        QVERIFY(v.isBalanced());
        QVERIFY(v.entries.size() >= 2);
        for (const VoucherEntry &e : v.entries)
            QVERIFY2(e.debit.isZero() != e.credit.isZero(), qPrintable(e.accountCode)); // one side per line, never a zero line
    }
}

void tst_Voucher::invoiceLines_data()
{
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QStringList>("amounts"); // debit positive, credit negative
    QTest::newRow("13%") << u"113000.00"_s << u"13000.00"_s << QStringList{u"1122"_s, u"6001"_s, u"22210102"_s}
                         << QStringList{u"113000.00"_s, u"-100000.00"_s, u"-13000.00"_s};
    QTest::newRow("9%") << u"10900.01"_s << u"900.00"_s << QStringList{u"1122"_s, u"6001"_s, u"22210102"_s}
                        << QStringList{u"10900.01"_s, u"-10000.01"_s, u"-900.00"_s};
    QTest::newRow("6%") << u"1060.03"_s << u"60.00"_s << QStringList{u"1122"_s, u"6001"_s, u"22210102"_s}
                        << QStringList{u"1060.03"_s, u"-1000.03"_s, u"-60.00"_s};
    QTest::newRow("3%") << u"10300.00"_s << u"300.00"_s << QStringList{u"1122"_s, u"6001"_s, u"22210102"_s}
                        << QStringList{u"10300.00"_s, u"-10000.00"_s, u"-300.00"_s};
    QTest::newRow("0%: no tax line") << u"5000.00"_s << u"0.00"_s << QStringList{u"1122"_s, u"6001"_s}
                                     << QStringList{u"5000.00"_s, u"-5000.00"_s};
}

void tst_Voucher::invoiceLines()
{
    QFETCH(QString, gross);
    QFETCH(QString, tax);
    QFETCH(QStringList, accounts);
    QFETCH(QStringList, amounts);
    VoucherSource s = invoice(u"i1"_s, Nov3, "0", "0");
    s.gross = *Money::parse(gross);
    s.tax = *Money::parse(tax);
    const auto r = VoucherBuilder({}).build({s});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.vouchers.size(), 1);
    const Voucher &v = r.vouchers.first();
    QCOMPARE(v.word, u"记"_s);
    QStringList gotAccounts, gotAmounts;
    for (const VoucherEntry &e : v.entries) {
        gotAccounts << e.accountCode;
        gotAmounts << (e.debit.isZero() ? (-e.credit).toPlainString() : e.debit.toPlainString());
    }
    QCOMPARE(gotAccounts, accounts);
    QCOMPARE(gotAmounts, amounts);
    QCOMPARE(v.entries.first().customer.name, u"杭州西湖软件有限公司"_s); // the receivable carries the customer
    QCOMPARE(v.entries.first().accountName, u"应收账款"_s);
}

void tst_Voucher::paymentAccounts()
{
    const auto r = VoucherBuilder({}).build({payment(u"p1"_s, Nov3, "100.00"), payment(u"p2"_s, Nov3, "50.00", true)});
    QVERIFY(r.ok());
    QCOMPARE(r.vouchers.size(), 2);
    QCOMPARE(r.vouchers[0].entries[0].accountCode, u"1002"_s); // bank
    QCOMPARE(r.vouchers[1].entries[0].accountCode, u"1001"_s); // cash
    for (const Voucher &v : r.vouchers) {
        QCOMPARE(v.word, u"收"_s);
        QCOMPARE(v.entries[1].accountCode, u"1122"_s);
        QCOMPARE(v.entries[1].customer.code, u"91310000MA1FL0XX0X"_s);
        QVERIFY(v.entries[0].customer.isEmpty()); // the bank line has no customer
    }
}

void tst_Voucher::expenseWithLoanOffset()
{
    VoucherSource s;
    s.kind = VoucherSource::Kind::ExpensePaid;
    s.table = u"expenses"_s;
    s.id = u"e1"_s;
    s.date = Nov3;
    s.gross = yuan("3580.50");
    s.lines = {{u"travel"_s, yuan("2800.00"), u"差旅费"_s}, {u"meals"_s, yuan("780.50"), {}}};
    s.loanOffset = yuan("2000.00");
    s.person = {u"wangfang"_s, u"王芳"_s};
    s.department = {u"01"_s, u"销售部"_s};
    s.summary = u"王芳报销"_s;
    s.customer = {u"C001"_s, u"杭州西湖软件有限公司"_s}; // the claim was for a customer
    s.attachments = 2;
    VoucherSettings settings;
    settings.expenseCategories.insert(u"travel"_s, {u"660202"_s, u"管理费用—差旅费"_s});
    const auto r = VoucherBuilder(settings).build({s});
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Voucher &v = r.vouchers.first();
    QCOMPARE(v.word, u"付"_s);
    QCOMPARE(v.attachments, 2);
    QCOMPARE(v.entries.size(), 4);
    QCOMPARE(v.entries[0].accountCode, u"660202"_s);
    QCOMPARE(v.entries[0].summary, u"差旅费"_s);
    QCOMPARE(v.entries[0].customer.name, u"杭州西湖软件有限公司"_s);
    QCOMPARE(v.entries[0].person.name, u"王芳"_s);
    QCOMPARE(v.entries[0].department.name, u"销售部"_s);
    QCOMPARE(v.entries[1].accountCode, u"6602"_s); // a category without its own account
    QCOMPARE(v.entries[1].summary, u"王芳报销"_s);
    QCOMPARE(v.entries[2].accountCode, u"1002"_s);
    QCOMPARE(v.entries[2].credit, yuan("1580.50"));
    QCOMPARE(v.entries[3].accountCode, u"1221"_s);
    QCOMPARE(v.entries[3].credit, yuan("2000.00"));
    QCOMPARE(v.entries[3].person.name, u"王芳"_s);
    QVERIFY(v.isBalanced());

    // The loan covers it all: no money goes out, no bank line, a 记 voucher.
    s.loanOffset = s.gross;
    const auto all = VoucherBuilder(settings).build({s});
    QVERIFY(all.ok());
    QCOMPARE(all.vouchers.first().word, u"记"_s);
    QCOMPARE(all.vouchers.first().entries.size(), 3);
    QVERIFY(all.vouchers.first().isBalanced());
}

void tst_Voucher::loanPaidOut()
{
    VoucherSource s;
    s.kind = VoucherSource::Kind::LoanPaid;
    s.table = u"loans"_s;
    s.id = u"l1"_s;
    s.date = Nov3;
    s.gross = yuan("5000.00");
    s.person = {u"lina"_s, u"李娜"_s};
    s.cash = true;
    const auto r = VoucherBuilder({}).build({s});
    QVERIFY(r.ok());
    const Voucher &v = r.vouchers.first();
    QCOMPARE(v.word, u"付"_s);
    QCOMPARE(v.entries[0].accountCode, u"1221"_s);
    QCOMPARE(v.entries[0].person.name, u"李娜"_s);
    QCOMPARE(v.entries[1].accountCode, u"1001"_s);
    QVERIFY(v.isBalanced());
}

void tst_Voucher::loanRepaid_data()
{
    QTest::addColumn<bool>("cash");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("debitAccount");
    QTest::newRow("cash") << true << u"800.00"_s << u"1001"_s;
    QTest::newRow("bank, a fen") << false << u"0.01"_s << u"1002"_s;
    QTest::newRow("bank, large") << false << u"123456789.99"_s << u"1002"_s;
}

void tst_Voucher::loanRepaid()
{
    QFETCH(bool, cash);
    QFETCH(QString, amount);
    QFETCH(QString, debitAccount);
    VoucherSource s;
    s.kind = VoucherSource::Kind::LoanRepaid;
    s.table = u"loan_repayments"_s;
    s.id = u"r1"_s;
    s.date = Nov3;
    s.gross = *Money::parse(amount);
    s.person = {u"lina"_s, u"李娜"_s};
    s.department = {QString(), u"销售部"_s};
    s.cash = cash;
    const auto r = VoucherBuilder({}).build({s});
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Voucher &v = r.vouchers.first();
    QCOMPARE(v.word, u"收"_s);
    QCOMPARE(v.entries.size(), 2);
    QCOMPARE(v.entries[0].accountCode, debitAccount);
    QCOMPARE(v.entries[0].debit, s.gross);
    QCOMPARE(v.entries[1].accountCode, u"1221"_s);
    QCOMPARE(v.entries[1].credit, s.gross);
    QCOMPARE(v.entries[1].person.name, u"李娜"_s);
    QCOMPARE(v.entries[1].department.name, u"销售部"_s);
    QVERIFY(v.isBalanced());
}

void tst_Voucher::refusesWhatDoesNotBalance_data()
{
    QTest::addColumn<VoucherSource>("bad");
    QTest::addColumn<QString>("why");
    VoucherSource lines;
    lines.kind = VoucherSource::Kind::ExpensePaid;
    lines.table = u"expenses"_s;
    lines.id = u"e9"_s;
    lines.date = Nov3;
    lines.gross = yuan("100.00");
    lines.lines = {{u"travel"_s, yuan("60.00"), {}}, {u"meals"_s, yuan("39.99"), {}}};
    QTest::newRow("lines short of the total") << lines << u"do not balance"_s;
    VoucherSource offset = lines;
    offset.lines[1].amount = yuan("40.00");
    offset.loanOffset = yuan("100.01");
    QTest::newRow("offset above the expense") << offset << u"loan offset"_s;
    QTest::newRow("tax above the gross") << invoice(u"e9"_s, Nov3, "100.00", "100.01") << u"tax"_s;
    VoucherSource usd = payment(u"e9"_s, Nov3, "1.00");
    usd.gross = Money::fromFen(100, u"USD");
    QTest::newRow("not CNY") << usd << u"CNY"_s;
    QTest::newRow("negative") << payment(u"e9"_s, Nov3, "-1.00") << u"negative"_s;
    QTest::newRow("no date") << payment(u"e9"_s, QDate(), "1.00") << u"no date"_s;
}

void tst_Voucher::refusesWhatDoesNotBalance()
{
    QFETCH(VoucherSource, bad);
    QFETCH(QString, why);
    const auto r = VoucherBuilder({}).build({payment(u"p1"_s, Nov3, "10.00"), bad});
    QVERIFY(!r.ok());
    QVERIFY(r.vouchers.isEmpty()); // nothing half done
    QCOMPARE(r.errorSource, bad.table + u"/e9"_s);
    QVERIFY2(r.error.contains(why) && r.error.contains(u"e9"_s), qPrintable(r.error));
}

void tst_Voucher::numbering()
{
    // Out of order on purpose: numbered by date, then source id ("i2" before "p1"), per word.
    const QList<VoucherSource> sources{payment(u"p3"_s, Nov3.addDays(1), "1.00"), invoice(u"i2"_s, Nov3, "2.00", "0.00"),
                                       payment(u"p2"_s, Nov3, "1.00"), invoice(u"i1"_s, Nov3.addDays(2), "2.00", "0.00"),
                                       payment(u"p1"_s, Nov3, "1.00")};
    const auto r = VoucherBuilder({}).build(sources);
    QVERIFY(r.ok());
    QStringList got;
    for (const Voucher &v : r.vouchers)
        got << u"%1-%2 %3"_s.arg(v.word).arg(v.number).arg(v.sourceId);
    QCOMPARE(got, (QStringList{u"记-1 i2"_s, u"收-1 p1"_s, u"收-2 p2"_s, u"收-3 p3"_s, u"记-2 i1"_s}));
}

void tst_Voucher::continuesAfterEarlierBatch()
{
    VoucherBuilder builder({});
    builder.continueAfter({{u"收"_s, 7}, {u"付"_s, 2}});
    const auto r = builder.build({payment(u"p9"_s, Nov3, "1.00"), invoice(u"i9"_s, Nov3, "1.00", "0.00")});
    QVERIFY(r.ok());
    QCOMPARE(r.vouchers[0].word, u"记"_s);
    QCOMPARE(r.vouchers[0].number, 1); // no 记 exported yet
    QCOMPARE(r.vouchers[1].word, u"收"_s);
    QCOMPARE(r.vouchers[1].number, 8);
}

void tst_Voucher::singleWord()
{
    VoucherSettings settings;
    settings.words = VoucherSettings::Words::Single;
    VoucherBuilder builder(settings);
    builder.continueAfter({{u"记"_s, 3}});
    const auto r = builder.build({payment(u"p1"_s, Nov3, "1.00"), invoice(u"i1"_s, Nov3, "1.00", "0.00"),
                                  payment(u"p2"_s, Nov3.addDays(1), "1.00")});
    QVERIFY(r.ok());
    QStringList got;
    for (const Voucher &v : r.vouchers)
        got << v.word + QString::number(v.number);
    QCOMPARE(got, (QStringList{u"记4"_s, u"记5"_s, u"记6"_s}));
}

void tst_Voucher::settingsFromValues()
{
    const VoucherSettings s = VoucherSettings::fromValues({{u"voucher.account.bank"_s, u"100201  工商银行 基本户"_s},
                                                           {u"voucher.account.output_vat"_s, u"  "_s},
                                                           {u"voucher.account.expense.travel"_s, u"660202 差旅费"_s},
                                                           {u"voucher.words"_s, u"single"_s},
                                                           {u"voucher.maker"_s, u"张会计"_s}});
    QCOMPARE(s.bank, (VoucherAccount{u"100201"_s, u"工商银行 基本户"_s}));
    QCOMPARE(s.outputVat.code, u"22210102"_s); // blank keeps the default
    QCOMPARE(s.cash.code, u"1001"_s);
    QCOMPARE(s.expenseAccount(u"travel"_s).code, u"660202"_s);
    QCOMPARE(s.expenseAccount(u"office"_s).code, u"6602"_s);
    QCOMPARE(s.words, VoucherSettings::Words::Single);
    QCOMPARE(s.maker, u"张会计"_s);
    QCOMPARE(VoucherSettings::fromValues({}).words, VoucherSettings::Words::Split);
    // Stored and read back, the same settings.
    const VoucherSettings again = VoucherSettings::fromValues(s.toValues());
    QCOMPARE(again.bank, s.bank);
    QCOMPARE(again.outputVat, s.outputVat);
    QCOMPARE(again.expenseAccount(u"travel"_s), s.expenseAccount(u"travel"_s));
    QCOMPARE(again.words, s.words);
    QCOMPARE(again.maker, s.maker);
    for (const QString &key : VoucherSettings::keys())
        QVERIFY2(VoucherSettings().toValues().contains(key), qPrintable(key));
    QCOMPARE(VoucherSettings().toValues().value(u"voucher.account.output_vat"_s), u"22210102 应交税费—应交增值税(销项税额)"_s);
}

QTEST_GUILESS_MAIN(tst_Voucher)
#include "tst_voucher.moc"
