#include "models/voucherservice.h"

#include "core/expensecategory.h"
#include "dataio/voucherexport.h"
#include "dataio/vouchertemplate.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// 摘要: Yonyou takes 60 characters.
constexpr int SummaryChars = 60;

QString cutSummary(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > SummaryChars)
        t.truncate(t.at(SummaryChars - 1).isHighSurrogate() ? SummaryChars - 1 : SummaryChars);
    return t;
}

// The contracts whose records are booked: signed and after (not drafts, not in approval).
const QString BookedContracts = u"ct.status IN ('signed', 'executing', 'completed', 'terminated')"_s;

struct Exported
{
    QString word;
    int number = 0;
};

QString sourceKey(const QString &table, const QString &id)
{
    return table + u'/' + id;
}

} // namespace

VoucherService::VoucherService(Replica &replica) : m_replica(replica) { }

QString VoucherService::code(Format format)
{
    switch (format) {
    case Format::Kingdee: return u"kingdee"_s;
    case Format::Yonyou: return u"yonyou"_s;
    case Format::List: return u"list"_s;
    }
    return {};
}

std::optional<VoucherService::Format> VoucherService::formatFromCode(const QString &code)
{
    for (Format f : {Format::Kingdee, Format::Yonyou, Format::List})
        if (VoucherService::code(f) == code)
            return f;
    return std::nullopt;
}

QString VoucherService::caption(Format format)
{
    switch (format) {
    case Format::Kingdee: return tr("Kingdee (Excel voucher import)");
    case Format::Yonyou: return tr("Yonyou U8 / T3 (text voucher import)");
    case Format::List: return tr("Voucher list for the accountant (Excel)");
    }
    return {};
}

std::optional<QDate> VoucherService::parsePeriod(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{4})-(\\d{2})$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid() || first.year() < 2000)
        return std::nullopt;
    return first;
}

QString VoucherService::periodOf(QDate date)
{
    return date.toString(u"yyyy-MM"_s);
}

bool VoucherService::mayExport()
try {
    const QString me = m_replica.userId();
    if (me.isEmpty())
        return false;
    const QString role = m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString();
    return role == u"admin" || role == u"director" || role == u"clerk";
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

VoucherSettings VoucherService::settings()
try {
    QHash<QString, QString> values;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT key, value FROM app_settings WHERE deleted = 0 AND key LIKE 'voucher.%'"_s);
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    VoucherSettings s = VoucherSettings::fromValues(values);
    if (s.maker.isEmpty() && !m_replica.userId().isEmpty())
        s.maker = m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {m_replica.userId()}).toString();
    return s;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<VoucherSource> VoucherService::sources(const QString &period)
try {
    QList<VoucherSource> out;
    const auto first = parsePeriod(period);
    if (!first)
        return out;
    const QString from = first->toString(Qt::ISODate);
    const QString to = first->addMonths(1).toString(Qt::ISODate);
    // The customer's name and credit code for the aux item, its department, its owner.
    const QString parties = u"c.name, c.short_name, c.credit_code, d.name, u.login, u.display_name, ct.number, ct.currency "_s;
    const QString joins = u"JOIN customers c ON c.id = r.customer_id AND c.deleted = 0 "
                          u"JOIN contracts ct ON ct.id = r.contract_id AND ct.deleted = 0 "
                          u"LEFT JOIN departments d ON d.id = c.department_id "
                          u"LEFT JOIN users u ON u.id = c.owner_id "_s;
    auto fill = [](VoucherSource &s, const QSqlQuery &q, int at) {
        s.customer = {q.value(at + 2).toString(), q.value(at).toString()};
        s.department = {QString(), q.value(at + 3).toString()};
        s.person = {q.value(at + 4).toString(), q.value(at + 5).toString()};
    };
    auto shortName = [](const QSqlQuery &q, int at) {
        const QString s = q.value(at + 1).toString().trimmed();
        return s.isEmpty() ? q.value(at).toString() : s;
    };
    {
        QSqlQuery q = m_replica.database().exec(
            u"SELECT r.id, r.paid_on, r.amount_fen, r.method, r.reference, "_s + parties + u"FROM payments r "_s + joins
                + u"WHERE r.deleted = 0 AND r.paid_on >= ? AND r.paid_on < ? AND "_s + BookedContracts,
            {from, to});
        while (q.next()) {
            VoucherSource s;
            s.kind = VoucherSource::Kind::PaymentReceived;
            s.table = u"payments"_s;
            s.id = q.value(0).toString();
            s.date = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
            const QString currency = q.value(12).toString().isEmpty() ? u"CNY"_s : q.value(12).toString();
            s.gross = Money::fromFen(q.value(2).toLongLong(), currency);
            s.cash = q.value(3).toString() == u"cash";
            fill(s, q, 5);
            const QString reference = q.value(4).toString().trimmed();
            s.summary = cutSummary(reference.isEmpty()
                                       ? tr("Payment received from %1, contract %2").arg(shortName(q, 5), q.value(11).toString())
                                       : tr("Payment received from %1, contract %2, %3")
                                             .arg(shortName(q, 5), q.value(11).toString(), reference));
            out << s;
        }
    }
    {
        QSqlQuery q = m_replica.database().exec(
            u"SELECT r.id, r.issued_on, r.amount_fen, r.tax_fen, r.number, "_s + parties + u"FROM invoices r "_s + joins
                + u"WHERE r.deleted = 0 AND r.issued_on >= ? AND r.issued_on < ? AND "_s + BookedContracts,
            {from, to});
        while (q.next()) {
            VoucherSource s;
            s.kind = VoucherSource::Kind::InvoiceIssued;
            s.table = u"invoices"_s;
            s.id = q.value(0).toString();
            s.date = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
            const QString currency = q.value(12).toString().isEmpty() ? u"CNY"_s : q.value(12).toString();
            s.gross = Money::fromFen(q.value(2).toLongLong(), currency);
            s.tax = Money::fromFen(q.value(3).toLongLong(), currency);
            fill(s, q, 5);
            s.summary = cutSummary(tr("Invoice %1 issued to %2, contract %3").arg(q.value(4).toString(), shortName(q, 5),
                                                                                  q.value(11).toString()));
            out << s;
        }
    }
    out << expenseSources(from, to);
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

// Paid claims and loans, on the day finance paid them, and loans repaid; the requester (the record's owner)
// and their department as the aux items. A claim's lines are debited per category, in the
// order the requester wrote them; each line is a receipt (附单据). Their total is not
// checked here: a claim whose lines do not add up does not balance, and the builder
// refuses it by name.
QList<VoucherSource> VoucherService::expenseSources(const QString &from, const QString &to)
{
    Database &db = m_replica.database();
    const QList<ExpenseCategory> categories = ExpenseCategories::fromSetting(
        db.scalar(u"SELECT value FROM app_settings WHERE deleted = 0 AND key = ?"_s, {ExpenseCategories::SettingKey.toString()})
            .toString());
    const QString paid = u"e.deleted = 0 AND e.status = 'paid' AND e.paid_on >= ? AND e.paid_on < ? "_s;
    struct Line
    {
        QString category;
        qint64 fen;
    };
    QHash<QString, QList<Line>> lines;
    {
        QSqlQuery q = db.exec(u"SELECT l.expense_id, l.category, l.amount_fen FROM expense_lines l "
                              u"JOIN expenses e ON e.id = l.expense_id AND e.kind = 'claim' AND "_s
                                  + paid + u"WHERE l.deleted = 0 ORDER BY l.expense_id, l.line_no"_s,
                              {from, to});
        while (q.next())
            lines[q.value(0).toString()] << Line{q.value(1).toString(), q.value(2).toLongLong()};
    }
    QList<VoucherSource> out;
    QSqlQuery q = db.exec(u"SELECT e.id, e.kind, e.paid_on, e.amount_fen, e.currency, e.offset_fen, e.title, "
                          u"d.name, u.login, u.display_name, c.name, c.credit_code FROM expenses e "
                          u"LEFT JOIN departments d ON d.id = e.department_id "
                          u"LEFT JOIN users u ON u.id = e.owner_id "
                          u"LEFT JOIN customers c ON c.id = e.for_customer_id AND c.deleted = 0 "
                          u"WHERE e.kind IN ('claim', 'loan') AND "_s + paid,
                          {from, to});
    while (q.next()) {
        VoucherSource s;
        s.table = u"expenses"_s;
        s.id = q.value(0).toString();
        s.date = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        const QString currency = q.value(4).toString().isEmpty() ? u"CNY"_s : q.value(4).toString();
        s.gross = Money::fromFen(q.value(3).toLongLong(), currency);
        const QString title = q.value(6).toString().simplified();
        s.department = {QString(), q.value(7).toString()};
        s.person = {q.value(8).toString(), q.value(9).toString()};
        const QString requester = s.person.name.isEmpty() ? s.person.code : s.person.name;
        if (q.value(1).toString() == u"loan") {
            s.kind = VoucherSource::Kind::LoanPaid;
            s.summary = cutSummary(tr("Loan paid to %1: %2").arg(requester, title));
            out << s;
            continue;
        }
        s.kind = VoucherSource::Kind::ExpensePaid;
        s.loanOffset = Money::fromFen(q.value(5).toLongLong(), currency);
        if (!q.value(10).isNull())
            s.customer = {q.value(11).toString(), q.value(10).toString()};
        s.summary = cutSummary(tr("Expense claim of %1: %2").arg(requester, title));
        const QList<Line> own = lines.value(s.id);
        s.attachments = int(own.size());
        for (const Line &line : own) {
            auto it = std::find_if(s.lines.begin(), s.lines.end(),
                                   [&](const VoucherSource::ExpenseLine &l) { return l.category == line.category; });
            if (it != s.lines.end()) {
                it->amount += Money::fromFen(line.fen, currency);
                continue;
            }
            const QString label = ExpenseCategories::label(categories, line.category);
            s.lines << VoucherSource::ExpenseLine{
                line.category, Money::fromFen(line.fen, currency),
                cutSummary(tr("%1 — %2", "voucher entry: expense category — claim title").arg(label, title))};
        }
        out << s;
    }
    // Cash and transfers back from borrowers, on the day received: the borrower and their
    // department as the aux items of 其他应收款, as when the loan went out.
    QSqlQuery r = db.exec(u"SELECT r.id, r.received_on, r.amount_fen, r.currency, r.method, e.title, d.name, u.login, u.display_name "
                          u"FROM loan_repayments r JOIN expenses e ON e.id = r.loan_id AND e.deleted = 0 "
                          u"LEFT JOIN departments d ON d.id = e.department_id "
                          u"LEFT JOIN users u ON u.id = e.owner_id "
                          u"WHERE r.deleted = 0 AND r.received_on >= ? AND r.received_on < ?"_s,
                          {from, to});
    while (r.next()) {
        VoucherSource s;
        s.kind = VoucherSource::Kind::LoanRepaid;
        s.table = u"loan_repayments"_s;
        s.id = r.value(0).toString();
        s.date = QDate::fromString(r.value(1).toString().left(10), Qt::ISODate);
        s.gross = Money::fromFen(r.value(2).toLongLong(), r.value(3).toString().isEmpty() ? u"CNY"_s : r.value(3).toString());
        s.cash = r.value(4).toString() == u"cash";
        s.department = {QString(), r.value(6).toString()};
        s.person = {r.value(7).toString(), r.value(8).toString()};
        const QString borrower = s.person.name.isEmpty() ? s.person.code : s.person.name;
        s.summary = cutSummary(tr("Loan repaid by %1: %2").arg(borrower, r.value(5).toString().simplified()));
        out << s;
    }
    return out;
}

VoucherService::Preview VoucherService::preview(const QString &period, Again again)
try {
    Preview p;
    p.period = period;
    if (!parsePeriod(period)) {
        p.error = tr("“%1” is not a month (YYYY-MM).").arg(period);
        return p;
    }
    // What earlier batches of the month exported, and the last number per word.
    QHash<QString, Exported> exported;
    QMap<QString, int> last;
    {
        QSqlQuery q = m_replica.database().exec(
            u"SELECT sources FROM voucher_batches WHERE deleted = 0 AND period = ? ORDER BY created_at"_s, {period});
        while (q.next()) {
            ++p.batchesBefore;
            const QJsonArray list = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                const Exported e{o.value(u"word"_s).toString(), o.value(u"number"_s).toInt()};
                if (e.word.isEmpty() || e.number <= 0)
                    continue;
                exported.insert(sourceKey(o.value(u"table"_s).toString(), o.value(u"id"_s).toString()), e);
                last[e.word] = std::max(last.value(e.word), e.number);
            }
        }
    }
    QList<VoucherSource> fresh;
    QList<VoucherSource> again_;
    for (const VoucherSource &s : sources(period)) {
        if (!exported.contains(sourceKey(s.table, s.id)))
            fresh << s;
        else
            again_ << s;
    }
    p.exportedBefore = int(again_.size());
    VoucherBuilder builder(settings());
    builder.continueAfter(last);
    // The record named as a clerk finds it, by its summary ("Expense claim of 李娜: 北京出差"),
    // rather than by the "table/id" the builder's error starts with.
    auto refuse = [&](const QString &source, QString why) {
        if (why.startsWith(source + u": "_s))
            why.remove(0, source.size() + 2);
        QString name = source;
        for (const QList<VoucherSource> *list : {&fresh, &again_})
            for (const VoucherSource &s : *list)
                if (sourceKey(s.table, s.id) == source && !s.summary.isEmpty())
                    name = s.summary;
        p.vouchers.clear();
        p.fresh = 0;
        p.error = tr("The vouchers cannot be made: %1 (%2). Nothing was exported.").arg(why, name);
        return p;
    };
    const VoucherBuilder::Result built = builder.build(fresh);
    if (!built.ok())
        return refuse(built.errorSource, built.error);
    p.fresh = int(built.vouchers.size());
    p.vouchers = built.vouchers;
    if (again == Again::Yes) {
        for (const VoucherSource &s : std::as_const(again_)) {
            QString error;
            Voucher v;
            v.entries = builder.entries(s, &error);
            if (!error.isEmpty())
                return refuse(sourceKey(s.table, s.id), error);
            if (v.entries.isEmpty())
                continue;
            const Exported &e = exported[sourceKey(s.table, s.id)];
            v.date = s.date;
            v.word = e.word;
            v.number = e.number;
            v.attachments = s.attachments;
            v.sourceTable = s.table;
            v.sourceId = s.id;
            p.vouchers << v;
        }
    }
    std::stable_sort(p.vouchers.begin(), p.vouchers.end(), [](const Voucher &a, const Voucher &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.word != b.word)
            return a.word < b.word;
        return a.number < b.number;
    });
    for (const Voucher &v : std::as_const(p.vouchers)) {
        p.debit += v.debitTotal();
        p.credit += v.creditTotal();
    }
    return p;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
} catch (const ArithmeticError &e) {
    Preview p;
    p.period = period;
    p.error = tr("The vouchers cannot be made: %1. Nothing was exported.").arg(QString::fromUtf8(e.what()));
    return p;
}

bool VoucherService::exportTo(const Preview &preview, Format format, const QString &path, QString *error,
                              const QString &templateFolder)
try {
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!preview.error.isEmpty())
        return fail(preview.error);
    if (preview.vouchers.isEmpty())
        return fail(tr("There are no vouchers to export for %1.").arg(preview.period));
    if (!mayExport())
        return fail(tr("Only administrators, directors and contract clerks export vouchers."));
    QString why;
    if (format == Format::List) // for reading: the vouchers stay to be exported
        return VoucherExport::writeList(preview.vouchers, path, &why) || fail(why);
    const auto layout = VoucherTemplate::load(code(format), &why,
                                              templateFolder.isNull() ? VoucherTemplate::overrideFolder() : templateFolder);
    if (!layout)
        return fail(why);
    if (!VoucherExport::write(*layout, preview.vouchers, settings().maker, path, &why))
        return fail(why);
    // The batch: which source became which voucher; first and last number per word.
    QJsonArray list;
    QMap<QString, std::pair<int, int>> range;
    for (const Voucher &v : preview.vouchers) {
        list.append(QJsonObject{{u"table"_s, v.sourceTable}, {u"id"_s, v.sourceId}, {u"word"_s, v.word}, {u"number"_s, v.number}});
        auto it = range.find(v.word);
        if (it == range.end())
            range.insert(v.word, {v.number, v.number});
        else
            *it = {std::min(it->first, v.number), std::max(it->second, v.number)};
    }
    QStringList firsts, lasts;
    for (auto it = range.begin(); it != range.end(); ++it) {
        firsts << it.key() + QString::number(it->first);
        lasts << it.key() + QString::number(it->second);
    }
    m_replica.create(u"voucher_batches"_s,
                     Row{{u"period"_s, preview.period},
                         {u"format"_s, code(format)},
                         {u"file_name"_s, QFileInfo(path).fileName()},
                         {u"voucher_count"_s, qint64(preview.vouchers.size())},
                         {u"first_numbers"_s, firsts.join(u' ')},
                         {u"last_numbers"_s, lasts.join(u' ')},
                         {u"sources"_s, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}});
    return true;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
