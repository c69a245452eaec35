#include "dataio/voucherexport.h"

#include "dataio/sheetwriter.h"
#include "dataio/tablefile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString numberText(const VoucherTemplate &t, int number)
{
    return t.numberWidth > 0 ? u"%1"_s.arg(number, t.numberWidth, 10, QChar(u'0')) : QString::number(number);
}

// A cell of one entry by the column's field, typed for an .xlsx (text for a text file).
QVariant cell(const VoucherTemplate &t, const VoucherTemplate::Column &c, const Voucher &v, int entryNo, const QString &maker,
              bool typed)
{
    const VoucherEntry &e = v.entries[entryNo];
    const QStringView f = c.field;
    auto amount = [&](const Money &m) -> QVariant {
        if (m.isZero() && t.zeroAmount.isEmpty())
            return {};
        if (typed)
            return m.fen();
        return m.isZero() ? t.zeroAmount : m.toPlainString();
    };
    auto integer = [&](int n) -> QVariant { return typed ? QVariant(qint64(n)) : QVariant(QString::number(n)); };
    if (f == u"date")
        return typed && t.dateFormat == u"yyyy-MM-dd" ? QVariant(v.date) : QVariant(v.date.toString(t.dateFormat));
    if (f == u"period")
        return integer(v.date.month());
    if (f == u"year")
        return integer(v.date.year());
    if (f == u"word")
        return v.word;
    if (f == u"number")
        return t.numberWidth > 0 ? QVariant(numberText(t, v.number)) : integer(v.number);
    if (f == u"attachments")
        return integer(v.attachments);
    if (f == u"entry")
        return integer(entryNo + 1);
    if (f == u"summary")
        return e.summary;
    if (f == u"accountCode")
        return e.accountCode;
    if (f == u"accountName")
        return e.accountName;
    if (f == u"debit")
        return amount(e.debit);
    if (f == u"credit")
        return amount(e.credit);
    if (f == u"maker")
        return maker;
    if (f == u"customerCode")
        return e.customer.code;
    if (f == u"customerName")
        return e.customer.name;
    if (f == u"departmentCode")
        return e.department.code;
    if (f == u"departmentName")
        return e.department.name;
    if (f == u"personCode")
        return e.person.code;
    if (f == u"personName")
        return e.person.name;
    if (f == u"currency" || f == u"rate" || f == u"constant")
        return c.value;
    return {}; // empty
}

// A field of a text file without quoting: its separator and line breaks cannot be in it.
QString plain(const QString &text, const QString &separator)
{
    QString out = text;
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    if (separator == u",")
        out.replace(u',', u'，');
    else
        out.replace(separator, u" "_s);
    return out;
}

SheetWriter::Type typeOf(const VoucherTemplate &t, const QString &field)
{
    if (field == u"debit" || field == u"credit")
        return SheetWriter::Type::Money;
    if (field == u"date" && t.dateFormat == u"yyyy-MM-dd")
        return SheetWriter::Type::Date;
    if ((field == u"number" && t.numberWidth == 0) || field == u"period" || field == u"year" || field == u"attachments"
        || field == u"entry")
        return SheetWriter::Type::Integer;
    return SheetWriter::Type::Text;
}

} // namespace

bool VoucherExport::write(const VoucherTemplate &layout, const QList<Voucher> &vouchers, const QString &maker,
                          const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (const Voucher &v : vouchers)
        if (!v.isBalanced())
            return fail(tr("Voucher %1-%2 does not balance; nothing was written.").arg(v.word).arg(v.number));
    if (layout.file == VoucherTemplate::File::Xlsx) {
        SheetWriter writer(path, SheetWriter::Format::Xlsx, TextEncoding::Encoding::Utf8, layout.sheet);
        QList<SheetWriter::Column> columns;
        for (const auto &c : layout.columns)
            columns << SheetWriter::Column{c.caption, typeOf(layout, c.field)};
        if (!writer.open(columns))
            return fail(writer.errorString());
        for (const Voucher &v : vouchers)
            for (int i = 0; i < v.entries.size(); ++i) {
                QVariantList cells;
                for (const auto &c : layout.columns)
                    cells << cell(layout, c, v, i, maker, true);
                if (!writer.addRow(cells))
                    return fail(writer.errorString());
            }
        if (!writer.finish())
            return fail(writer.errorString());
        return true;
    }
    QString text;
    for (const QString &line : layout.firstLines)
        text += line + layout.lineEnd;
    if (layout.headerRow) {
        QStringList captions;
        for (const auto &c : layout.columns)
            captions << plain(c.caption, layout.separator);
        text += captions.join(layout.separator) + layout.lineEnd;
    }
    for (const Voucher &v : vouchers)
        for (int i = 0; i < v.entries.size(); ++i) {
            QStringList fields;
            for (const auto &c : layout.columns)
                fields << plain(cell(layout, c, v, i, maker, false).toString(), layout.separator);
            text += fields.join(layout.separator) + layout.lineEnd;
        }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    f.write(TextEncoding::encode(text, layout.encoding, false));
    if (!f.commit())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}

bool VoucherExport::writeList(const QList<Voucher> &vouchers, const QString &path, QString *error)
{
    using T = SheetWriter::Type;
    SheetWriter writer(path, SheetWriter::Format::Xlsx, TextEncoding::Encoding::Utf8, tr("Vouchers"));
    const QList<SheetWriter::Column> columns{
        {tr("Date"), T::Date},          {tr("Voucher"), T::Text},       {tr("Attached documents"), T::Integer},
        {tr("Summary"), T::Text},       {tr("Account code"), T::Text},  {tr("Account"), T::Text},
        {tr("Debit"), T::Money},        {tr("Credit"), T::Money},       {tr("Customer"), T::Text},
        {tr("Department"), T::Text},    {tr("Person"), T::Text},        {tr("From record"), T::Text}};
    auto fail = [&] {
        if (error)
            *error = writer.errorString();
        return false;
    };
    if (!writer.open(columns))
        return fail();
    Money debit, credit;
    for (const Voucher &v : vouchers) {
        for (const VoucherEntry &e : v.entries) {
            debit += e.debit;
            credit += e.credit;
            const QVariant dr = e.debit.isZero() ? QVariant() : QVariant(e.debit.fen());
            const QVariant cr = e.credit.isZero() ? QVariant() : QVariant(e.credit.fen());
            if (!writer.addRow({v.date, u"%1-%2"_s.arg(v.word).arg(v.number), qint64(v.attachments), e.summary, e.accountCode,
                                e.accountName, dr, cr, e.customer.name, e.department.name, e.person.name,
                                QString(v.sourceTable + u'/' + v.sourceId)}))
                return fail();
        }
    }
    if (!writer.addRow({QVariant(), tr("Vouchers total"), QVariant(), tr("%n voucher(s)", nullptr, int(vouchers.size())), QVariant(),
                        QVariant(), debit.fen(), credit.fen()}))
        return fail();
    if (!writer.finish())
        return fail();
    return true;
}

VoucherExport::ReadResult VoucherExport::read(const VoucherTemplate &layout, const QString &path)
{
    ReadResult result;
    QList<QStringList> rows;
    QList<qsizetype> lineNumbers;
    if (layout.file == VoucherTemplate::File::Xlsx) {
        TableReadOptions options;
        options.sheet = layout.sheet;
        TableFile table = readTableFile(path, options);
        if (!table.error.isEmpty()) {
            result.error = table.error;
            return result;
        }
        if (table.format != TableFile::Format::Xlsx || table.sheet.compare(layout.sheet, Qt::CaseInsensitive) != 0) {
            result.error = tr("%1 has no sheet “%2”.").arg(QDir::toNativeSeparators(path), layout.sheet);
            return result;
        }
        rows = table.rows;
        lineNumbers = table.lineNumbers;
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return result;
        }
        if (f.size() > 256 * 1024 * 1024) {
            result.error = tr("%1 is too large for a voucher file.").arg(QDir::toNativeSeparators(path));
            return result;
        }
        const QString text = TextEncoding::decode(f.readAll(), layout.encoding);
        const QStringList lines = text.split(u'\n');
        qsizetype skip = layout.firstLines.size();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (i < skip) {
                if (line != layout.firstLines[i]) {
                    result.error = tr("Line %1 of %2 should be “%3”.").arg(i + 1).arg(QDir::toNativeSeparators(path), layout.firstLines[i]);
                    return result;
                }
                continue;
            }
            if (line.isEmpty())
                continue;
            rows << line.split(layout.separator);
            lineNumbers << i + 1;
        }
    }
    qsizetype first = 0;
    if (layout.headerRow) {
        QStringList expected;
        for (const auto &c : layout.columns)
            expected << c.caption;
        QStringList header = rows.value(0);
        for (QString &h : header)
            h = h.trimmed();
        while (header.size() < expected.size())
            header << QString();
        if (header.mid(0, expected.size()) != expected) {
            result.error = tr("The columns of %1 are not those of the template %2.").arg(QDir::toNativeSeparators(path), layout.name);
            return result;
        }
        first = 1;
    }
    const QString zeroFen = Money().toPlainString();
    Voucher *current = nullptr;
    for (qsizetype r = first; r < rows.size(); ++r) {
        const QStringList &row = rows[r];
        auto field = [&](QStringView name) {
            const int c = layout.columnOf(name);
            return c < 0 ? QString() : row.value(c).trimmed();
        };
        auto bad = [&](const QString &what) {
            result.vouchers.clear();
            result.error = tr("Row %1 of %2: %3").arg(lineNumbers.value(r)).arg(QDir::toNativeSeparators(path), what);
            return result;
        };
        const QString dateText = field(u"date");
        QDate date = QDate::fromString(dateText, layout.dateFormat);
        if (!date.isValid())
            date = QDate::fromString(dateText.left(10), Qt::ISODate);
        if (!date.isValid())
            return bad(tr("“%1” is not a date.").arg(dateText));
        bool numberOk = false;
        const int number = field(u"number").toInt(&numberOk);
        if (!numberOk || number <= 0)
            return bad(tr("“%1” is not a voucher number.").arg(field(u"number")));
        const auto debit = Money::parse(field(u"debit").isEmpty() ? zeroFen : field(u"debit"));
        const auto credit = Money::parse(field(u"credit").isEmpty() ? zeroFen : field(u"credit"));
        if (!debit || !credit)
            return bad(tr("“%1” / “%2” are not amounts.").arg(field(u"debit"), field(u"credit")));
        const QString word = field(u"word");
        if (!current || current->date != date || current->word != word || current->number != number) {
            result.vouchers.append(Voucher());
            current = &result.vouchers.last();
            current->date = date;
            current->word = word;
            current->number = number;
            current->attachments = field(u"attachments").toInt();
        }
        VoucherEntry e;
        e.summary = field(u"summary");
        e.accountCode = field(u"accountCode");
        e.accountName = field(u"accountName");
        e.debit = *debit;
        e.credit = *credit;
        e.customer = {field(u"customerCode"), field(u"customerName")};
        e.department = {field(u"departmentCode"), field(u"departmentName")};
        e.person = {field(u"personCode"), field(u"personName")};
        current->entries << e;
        if (result.maker.isEmpty())
            result.maker = field(u"maker");
    }
    return result;
}

} // namespace Huike
