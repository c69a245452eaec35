#include "core/voucher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

Money Voucher::debitTotal() const
{
    Money sum;
    for (const VoucherEntry &e : entries)
        sum += e.debit;
    return sum;
}

Money Voucher::creditTotal() const
{
    Money sum;
    for (const VoucherEntry &e : entries)
        sum += e.credit;
    return sum;
}

VoucherAccount VoucherAccount::parse(const QString &text)
{
    const QString t = text.simplified();
    const qsizetype space = t.indexOf(u' ');
    if (space < 0)
        return {t, QString()};
    return {t.left(space), t.mid(space + 1)};
}

QString VoucherAccount::toString() const
{
    return name.isEmpty() ? code : code + u' ' + name;
}

VoucherSettings VoucherSettings::fromValues(const QHash<QString, QString> &values)
{
    VoucherSettings s;
    auto account = [&](QStringView key, VoucherAccount &into) {
        const VoucherAccount a = VoucherAccount::parse(values.value(key.toString()));
        if (!a.code.isEmpty())
            into = a;
    };
    account(u"voucher.account.bank", s.bank);
    account(u"voucher.account.cash", s.cash);
    account(u"voucher.account.receivable", s.receivable);
    account(u"voucher.account.revenue", s.revenue);
    account(u"voucher.account.output_vat", s.outputVat);
    account(u"voucher.account.expense", s.expense);
    account(u"voucher.account.other_receivable", s.otherReceivable);
    const QString prefix = u"voucher.account.expense."_s;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!it.key().startsWith(prefix) || it.key().size() == prefix.size())
            continue;
        const VoucherAccount a = VoucherAccount::parse(it.value());
        if (!a.code.isEmpty())
            s.expenseCategories.insert(it.key().mid(prefix.size()), a);
    }
    s.words = values.value(u"voucher.words"_s).trimmed() == u"single" ? Words::Single : Words::Split;
    s.maker = values.value(u"voucher.maker"_s).trimmed();
    return s;
}

QStringList VoucherSettings::keys()
{
    return {u"voucher.account.bank"_s,      u"voucher.account.cash"_s,    u"voucher.account.receivable"_s,
            u"voucher.account.revenue"_s,   u"voucher.account.output_vat"_s, u"voucher.account.expense"_s,
            u"voucher.account.other_receivable"_s, u"voucher.words"_s,      u"voucher.maker"_s};
}

QHash<QString, QString> VoucherSettings::toValues() const
{
    QHash<QString, QString> v{{u"voucher.account.bank"_s, bank.toString()},
                              {u"voucher.account.cash"_s, cash.toString()},
                              {u"voucher.account.receivable"_s, receivable.toString()},
                              {u"voucher.account.revenue"_s, revenue.toString()},
                              {u"voucher.account.output_vat"_s, outputVat.toString()},
                              {u"voucher.account.expense"_s, expense.toString()},
                              {u"voucher.account.other_receivable"_s, otherReceivable.toString()},
                              {u"voucher.words"_s, words == Words::Single ? u"single"_s : u"split"_s},
                              {u"voucher.maker"_s, maker}};
    for (auto it = expenseCategories.begin(); it != expenseCategories.end(); ++it)
        v.insert(u"voucher.account.expense."_s + it.key(), it->toString());
    return v;
}

VoucherAccount VoucherSettings::expenseAccount(const QString &category) const
{
    return expenseCategories.value(category, expense);
}

VoucherBuilder::VoucherBuilder(VoucherSettings settings) : m_settings(std::move(settings)) { }

void VoucherBuilder::continueAfter(const QMap<QString, int> &lastNumbers)
{
    m_last = lastNumbers;
}

QString VoucherBuilder::wordFor(const VoucherSource &source) const
{
    if (m_settings.words == VoucherSettings::Words::Single)
        return VoucherWords::General.toString();
    switch (source.kind) {
    case VoucherSource::Kind::PaymentReceived:
    case VoucherSource::Kind::LoanRepaid:
        return VoucherWords::Receipt.toString();
    case VoucherSource::Kind::LoanPaid:
        return VoucherWords::Payment.toString();
    case VoucherSource::Kind::ExpensePaid:
        // Money goes out unless the loan covers all of it.
        return source.loanOffset < source.gross ? VoucherWords::Payment.toString() : VoucherWords::General.toString();
    case VoucherSource::Kind::InvoiceIssued:
        break;
    }
    return VoucherWords::General.toString();
}

namespace {

VoucherEntry entry(const VoucherSource &s, const VoucherAccount &account, const Money &debit, const Money &credit)
{
    VoucherEntry e;
    e.summary = s.summary;
    e.accountCode = account.code;
    e.accountName = account.name;
    e.debit = debit;
    e.credit = credit;
    return e;
}

QString sourceName(const VoucherSource &s)
{
    return s.table + u'/' + s.id;
}

} // namespace

QList<VoucherEntry> VoucherBuilder::entries(const VoucherSource &s, QString *error) const
{
    QList<VoucherEntry> out;
    const Money zero = Money::fromFen(0);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QList<VoucherEntry>();
    };
    if (s.gross.currency() != u"CNY")
        return fail(u"%1: the amount is in %2; vouchers are made in CNY only"_s.arg(sourceName(s), s.gross.currency()));
    if (s.gross.isNegative() || s.tax.isNegative() || s.loanOffset.isNegative())
        return fail(u"%1: a negative amount cannot be booked"_s.arg(sourceName(s)));
    if (!s.date.isValid())
        return fail(u"%1: no date"_s.arg(sourceName(s)));
    try {
        const VoucherAccount &bank = s.cash ? m_settings.cash : m_settings.bank;
        switch (s.kind) {
        case VoucherSource::Kind::PaymentReceived: {
            out << entry(s, bank, s.gross, zero);
            VoucherEntry cr = entry(s, m_settings.receivable, zero, s.gross);
            cr.customer = s.customer;
            cr.department = s.department;
            cr.person = s.person;
            out << cr;
            break;
        }
        case VoucherSource::Kind::InvoiceIssued: {
            if (s.tax > s.gross)
                return fail(u"%1: the tax %2 is more than the invoice's %3"_s.arg(sourceName(s), s.tax.toPlainString(),
                                                                                   s.gross.toPlainString()));
            VoucherEntry dr = entry(s, m_settings.receivable, s.gross, zero);
            dr.customer = s.customer;
            dr.department = s.department;
            dr.person = s.person;
            out << dr;
            const Money net = s.gross - s.tax;
            if (!net.isZero()) {
                VoucherEntry revenue = entry(s, m_settings.revenue, zero, net);
                revenue.department = s.department;
                out << revenue;
            }
            if (!s.tax.isZero()) // 0 % VAT (免税, 零税率): no zero line
                out << entry(s, m_settings.outputVat, zero, s.tax);
            break;
        }
        case VoucherSource::Kind::ExpensePaid: {
            if (s.lines.isEmpty())
                return fail(u"%1: an expense without lines"_s.arg(sourceName(s)));
            for (const VoucherSource::ExpenseLine &line : s.lines) {
                if (line.amount.isNegative())
                    return fail(u"%1: a negative amount cannot be booked"_s.arg(sourceName(s)));
                if (line.amount.isZero())
                    continue;
                VoucherEntry dr = entry(s, m_settings.expenseAccount(line.category), line.amount, zero);
                if (!line.summary.isEmpty())
                    dr.summary = line.summary;
                dr.customer = s.customer;
                dr.department = s.department;
                dr.person = s.person;
                out << dr;
            }
            if (s.loanOffset > s.gross)
                return fail(u"%1: the loan offset %2 is more than the expense's %3"_s.arg(
                    sourceName(s), s.loanOffset.toPlainString(), s.gross.toPlainString()));
            const Money paid = s.gross - s.loanOffset;
            if (!paid.isZero())
                out << entry(s, bank, zero, paid);
            if (!s.loanOffset.isZero()) {
                VoucherEntry offset = entry(s, m_settings.otherReceivable, zero, s.loanOffset);
                offset.person = s.person;
                offset.department = s.department;
                out << offset;
            }
            break;
        }
        case VoucherSource::Kind::LoanPaid: {
            VoucherEntry dr = entry(s, m_settings.otherReceivable, s.gross, zero);
            dr.person = s.person;
            dr.department = s.department;
            out << dr << entry(s, bank, zero, s.gross);
            break;
        }
        case VoucherSource::Kind::LoanRepaid: {
            VoucherEntry cr = entry(s, m_settings.otherReceivable, zero, s.gross);
            cr.person = s.person;
            cr.department = s.department;
            out << entry(s, bank, s.gross, zero) << cr;
            break;
        }
        }
        Voucher check;
        check.entries = out;
        if (!check.isBalanced())
            return fail(u"%1: debits %2 and credits %3 do not balance"_s.arg(sourceName(s), check.debitTotal().toPlainString(),
                                                                            check.creditTotal().toPlainString()));
    } catch (const ArithmeticError &e) {
        return fail(u"%1: %2"_s.arg(sourceName(s), QString::fromUtf8(e.what())));
    }
    return out;
}

VoucherBuilder::Result VoucherBuilder::build(QList<VoucherSource> sources) const
{
    std::stable_sort(sources.begin(), sources.end(), [](const VoucherSource &a, const VoucherSource &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.id != b.id)
            return a.id < b.id;
        return a.table < b.table;
    });
    Result result;
    QMap<QString, int> last = m_last;
    for (const VoucherSource &s : std::as_const(sources)) {
        if (s.gross.isZero() && s.tax.isZero())
            continue;
        QString error;
        Voucher v;
        v.entries = entries(s, &error);
        if (!error.isEmpty() || v.entries.isEmpty()) {
            result.vouchers.clear();
            result.error = error.isEmpty() ? u"%1: nothing to book"_s.arg(sourceName(s)) : error;
            result.errorSource = sourceName(s);
            return result;
        }
        v.date = s.date;
        v.word = wordFor(s);
        v.number = ++last[v.word];
        v.attachments = std::max(0, s.attachments);
        v.sourceTable = s.table;
        v.sourceId = s.id;
        result.vouchers << v;
    }
    return result;
}

} // namespace Huike
