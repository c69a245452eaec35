#pragma once

#include "core/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Huike {

// 记账凭证 (FEATURES.md W3): the bookkeeping entries of the business events the CRM knows,
// for the accounting software (Kingdee, Yonyou) to import. Pure: no SQL, no files; the
// service (app/models/voucherservice) reads the records into VoucherSources, the exports
// (app/dataio/voucherexport) write the Vouchers.

// An auxiliary item (辅助核算) carried on an entry: a customer, a department or a person,
// by its code in the accounting software where there is one and its name.
struct VoucherParty
{
    QString code;
    QString name;
    bool isEmpty() const { return code.isEmpty() && name.isEmpty(); }
    friend bool operator==(const VoucherParty &, const VoucherParty &) = default;
};

// One business event that makes one voucher. New kinds of record (expenses, loans) only
// fill one of these; the builder does not change.
struct VoucherSource
{
    enum class Kind {
        PaymentReceived, // 回款: Dr bank (cash) / Cr receivable
        InvoiceIssued,   // 开票: Dr receivable gross / Cr revenue net, Cr output VAT tax
        ExpensePaid,     // 费用报销付款: Dr each line's category / Cr bank, Cr other receivable (loan offset)
        LoanPaid,        // 借款付款: Dr other receivable / Cr bank
        LoanRepaid,      // 借款还款: Dr bank (cash) / Cr other receivable
    };
    struct ExpenseLine
    {
        QString category; // the category code (the account comes from the settings)
        Money amount;
        QString summary;  // empty: the source's
    };

    Kind kind = Kind::PaymentReceived;
    QDate date;
    QString table; // the record: "payments", "invoices", …
    QString id;
    Money gross;   // payment, invoice 价税合计, expense total, loan, repayment
    Money tax;     // invoices: the VAT (net = gross − tax)
    QList<ExpenseLine> lines; // expenses: debited per category, adding up to gross
    Money loanOffset;         // expenses: the part set against the person's loan
    bool cash = false;        // paid in cash: 库存现金 instead of 银行存款
    int attachments = 1;      // 附单据数
    VoucherParty customer, department, person;
    QString summary; // 摘要 of every entry ("收到上海恒信回款 HT-2026-0001")
};

// One line of a voucher (分录). Exactly one of debit and credit is non-zero.
struct VoucherEntry
{
    QString summary;
    QString accountCode;
    QString accountName;
    Money debit;
    Money credit;
    VoucherParty customer, department, person;
    friend bool operator==(const VoucherEntry &, const VoucherEntry &) = default;
};

struct Voucher
{
    QDate date;
    QString word; // 凭证字: 记, 收, 付
    int number = 0; // per period and word, from 1
    int attachments = 0;
    QList<VoucherEntry> entries;
    QString sourceTable, sourceId;

    Money debitTotal() const;
    Money creditTotal() const;
    bool isBalanced() const { return debitTotal() == creditTotal(); }
    friend bool operator==(const Voucher &, const Voucher &) = default;
};

// An account of the chart (科目): its code and name, as the setting "1002 银行存款" says.
struct VoucherAccount
{
    QString code;
    QString name;
    // "1002 银行存款" → {1002, 银行存款}; the first word is the code.
    static VoucherAccount parse(const QString &text);
    QString toString() const;
    friend bool operator==(const VoucherAccount &, const VoucherAccount &) = default;
};

// The accounts and the voucher words, from the company's settings (app_settings):
//   voucher.account.bank             1002 银行存款
//   voucher.account.cash             1001 库存现金
//   voucher.account.receivable       1122 应收账款
//   voucher.account.revenue          6001 主营业务收入
//   voucher.account.output_vat       22210102 应交税费—应交增值税(销项税额)
//   voucher.account.expense          6602 管理费用 (a category without its own account)
//   voucher.account.expense.<code>   the category's sub-account, e.g. 660202 差旅费
//   voucher.account.other_receivable 1221 其他应收款
//   voucher.words                    split (收/付/记, default) or single (记 for all)
//   voucher.maker                    制单人 written into the files (default: who exports)
// The defaults are the 2007 企业会计准则 codes. Output VAT is 22210102, not 2221: Kingdee and
// Yonyou post only to a leaf account (末级科目), and every chart they ship has 应交增值税 and
// its 销项税额 column below 2221, most often as 222101 / 22210102 — a site whose chart numbers
// it otherwise sets the key.
struct VoucherSettings
{
    enum class Words { Split, Single };

    VoucherAccount bank{QStringLiteral("1002"), QStringLiteral("银行存款")};
    VoucherAccount cash{QStringLiteral("1001"), QStringLiteral("库存现金")};
    VoucherAccount receivable{QStringLiteral("1122"), QStringLiteral("应收账款")};
    VoucherAccount revenue{QStringLiteral("6001"), QStringLiteral("主营业务收入")};
    VoucherAccount outputVat{QStringLiteral("22210102"), QStringLiteral("应交税费—应交增值税(销项税额)")};
    VoucherAccount expense{QStringLiteral("6602"), QStringLiteral("管理费用")};
    VoucherAccount otherReceivable{QStringLiteral("1221"), QStringLiteral("其他应收款")};
    QHash<QString, VoucherAccount> expenseCategories;
    Words words = Words::Split;
    QString maker;

    // From app_settings' key → value; unset or blank keys keep the defaults.
    static VoucherSettings fromValues(const QHash<QString, QString> &values);
    // The keys above (the category accounts: those set), and their values as stored — for
    // a settings page, whose fields show the defaults of a new company this way.
    static QStringList keys();
    QHash<QString, QString> toValues() const;
    VoucherAccount expenseAccount(const QString &category) const;
};

namespace VoucherWords {
inline constexpr QStringView General = u"记";
inline constexpr QStringView Receipt = u"收";
inline constexpr QStringView Payment = u"付";
} // namespace VoucherWords

// Turns the sources of one period into vouchers: one voucher per source, numbered per word
// 1..n in (date, source id) order after the numbers already used for the period (an earlier
// batch). A voucher that would not balance to the fen, an amount not in CNY or a negative
// part is refused: no vouchers at all and the error names the source (table and id).
// A source whose amount is zero makes no voucher.
class VoucherBuilder
{
public:
    explicit VoucherBuilder(VoucherSettings settings);

    // The last number used per word in the period (from the batches already exported).
    void continueAfter(const QMap<QString, int> &lastNumbers);
    // The voucher word a source gets under the settings.
    QString wordFor(const VoucherSource &source) const;

    struct Result
    {
        QList<Voucher> vouchers;
        QString error;     // English, for logs and tests; errorSource says which record
        QString errorSource; // "payments/<id>"
        bool ok() const { return error.isEmpty(); }
    };
    Result build(QList<VoucherSource> sources) const;

    // The entries of one source (unnumbered, no word); error set when it cannot be booked.
    QList<VoucherEntry> entries(const VoucherSource &source, QString *error) const;

private:
    VoucherSettings m_settings;
    QMap<QString, int> m_last;
};

} // namespace Huike
