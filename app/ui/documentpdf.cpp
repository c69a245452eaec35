#include "ui/documentpdf.h"

#include "core/approval.h"
#include "core/chineseamount.h"
#include "models/contractservice.h"
#include "models/quoteservice.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {


QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The face documents are set in. Qt's PDF writer builds the text layer (what search and
// copy see) by reversing the font's character map; Noto Sans CJK shares one glyph between
// 示 and the radical ⽰ (and 行/⾏, 门/⻔ …) and gives its digits alternate forms, so a PDF
// set in it reads back wrong. WenQuanYi Zen Hei (fonts-wqy-zenhei) has neither problem;
// Noto stays the fallback where it is missing.
QString documentFont()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &f : {u"WenQuanYi Zen Hei"_s, u"Noto Sans CJK SC"_s})
            if (families.contains(f))
                return f;
        return QString();
    }();
    return family;
}

QString money(const Money &m)
{
    return esc(m.format(QLocale()));
}


using Setting = std::function<QString(QStringView)>;

// A column of a bordered table: text wraps and shares the width left over; a number (right
// aligned) or a short code (centred) stays on one line in a column sized to its widest cell.
enum class Cell { Text, Number, Code };
struct Column
{
    QString header;
    Cell kind;
};

// The width of `text` in points, set in the document font at `pointSize`: measured at
// 300 dpi, as the PDF is laid out, so hinting does not make it narrower than printed.
qreal textWidth(const QString &text, qreal pointSize, bool bold = false)
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        return image;
    }();
    QFont font(documentFont());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return QFontMetricsF(font, &device).horizontalAdvance(text) * 72.0 / 300.0;
}

// A table over `percent` % of the page: every number and code column as wide as its
// widest value (or heading word), the text columns sharing the rest. When the numbers
// would leave the text columns less than a quarter (or, without text columns, would not
// fit), the table's font shrinks from 9 pt, down to 6 pt; a number never breaks.
QString table(const QList<Column> &columns, const QList<QStringList> &rows, int percent = 100)
{
    // A4 within the page margins (15 mm) and those QTextDocument::print adds (2 cm), in points.
    constexpr qreal PageWidth = (210.0 - 30.0 - 40.0) / 25.4 * 72.0;
    constexpr qreal CellExtra = 8.0; // padding 3 px on each side, the borders and some slack
    const qreal available = PageWidth * percent / 100.0;
    qsizetype textColumns = 0;
    for (const Column &c : columns)
        textColumns += c.kind == Cell::Text ? 1 : 0;
    qreal size = 9.0;
    QList<qreal> widths;
    for (;; size -= 0.5) {
        widths.clear();
        qreal sum = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            qreal w = 0;
            if (columns[i].kind != Cell::Text) {
                // A heading may wrap between its words ("Unit / price"), a long Chinese one
                // between any two characters (here: into two lines); headings are bold.
                for (const QString &word : columns[i].header.split(u' ', Qt::SkipEmptyParts)) {
                    const bool chinese = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
                    w = std::max(w, textWidth(chinese && word.size() > 4 ? word.left((word.size() + 1) / 2) : word, size, true));
                }
                for (const QStringList &row : rows)
                    w = std::max(w, textWidth(row.value(i), size));
                w = w * 1.03 + CellExtra;
            }
            widths << w;
            sum += w;
        }
        if (sum <= available * (textColumns ? 0.75 : 1.0) || size <= 6.0)
            break;
    }
    qreal sum = 0;
    for (const qreal w : widths)
        sum += w;
    QString out = u"<table width='%1%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:%2pt'><tr>"_s
                      .arg(percent)
                      .arg(size);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        // Percentages of the table; the text columns share what the others leave.
        const qreal share = columns[i].kind == Cell::Text ? std::max<qreal>(0, available - sum) / qreal(textColumns)
                                                          : widths[i];
        out += u"<th bgcolor='#eeeeee' width='%2%'>%1</th>"_s.arg(esc(columns[i].header)).arg(std::max(1, qRound(share / available * 100.0)));
    }
    out += u"</tr>"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            switch (columns[i].kind) {
            case Cell::Text:
                out += u"<td>%1</td>"_s.arg(esc(row.value(i)).replace(u"\n"_s, u"<br>"_s));
                break;
            case Cell::Number:
                out += u"<td align='right' style='white-space:nowrap'>%1</td>"_s.arg(esc(row.value(i)));
                break;
            case Cell::Code:
                out += u"<td align='center' style='white-space:nowrap'>%1</td>"_s.arg(esc(row.value(i)));
                break;
            }
        }
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;
    return out;
}

// The page's start: the body's font and the company's letterhead from the settings. Without
// a name the letterhead has none (the editors and `huike export-pdf` warn first): no
// placeholder on a page that goes to the customer.
QString letterhead(const Setting &setting)
{
    const QString company = setting(SettingKeys::CompanyName).trimmed();
    QStringList contact;
    for (const auto &[key, label] : {std::pair{SettingKeys::CompanyAddress, QT_TRANSLATE_NOOP("Huike::DocumentPdf", "Address")},
                                     std::pair{SettingKeys::CompanyPhone, QT_TRANSLATE_NOOP("Huike::DocumentPdf", "Phone")},
                                     std::pair{SettingKeys::CompanyBank, QT_TRANSLATE_NOOP("Huike::DocumentPdf", "Bank account")},
                                     std::pair{SettingKeys::CompanyTaxNumber, QT_TRANSLATE_NOOP("Huike::DocumentPdf", "Tax number")}}) {
        const QString value = setting(key);
        if (!value.isEmpty())
            contact << u"%1：%2"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", label), esc(value));
    }
    const bool logo = !setting(SettingKeys::CompanyLogo).isEmpty();
    QString out;
    out += u"<html><body style=\"font-family:'%1'; font-size:10pt\">"_s.arg(documentFont());
    out += u"<table width='100%'><tr>"_s;
    if (logo)
        out += u"<td width='80'><img src='logo' height='56'></td>"_s;
    out += u"<td><span style='font-size:16pt; font-weight:bold'>%1</span><br>%2</td></tr></table><hr>"_s.arg(
        esc(company), contact.join(u"<br>"_s));
    return out;
}

// Lays the document out on `device` (a PDF writer or a printer) and prints it.
void render(const Setting &setting, const QString &html, QPagedPaintDevice *device)
{
    QTextDocument doc;
    const QString logo = setting(SettingKeys::CompanyLogo);
    if (!logo.isEmpty())
        doc.addResource(QTextDocument::ImageResource, QUrl(u"logo"_s), QImage::fromData(QByteArray::fromBase64(logo.toLatin1())));
    doc.setHtml(html);
    QFont font(documentFont());
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.print(device);
}

bool writePdf(const Setting &setting, const QString &html, const QString &title, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(title);
    pdf.setCreator(u"Huike CRM"_s);
    render(setting, html, &pdf);
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void toPrinter(const Setting &setting, const QString &html, const QString &title, QPrinter *printer)
{
    printer->setDocName(title);
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    render(setting, html, printer);
}

} // namespace

namespace QuotePdf {

QString html(QuoteService &service, const Quote &q, bool withPrices)
{
    QString out = letterhead([&](QStringView key) { return service.setting(key); });
    out += u"<h2 align='center'>%1</h2>"_s.arg(withPrices ? QCoreApplication::translate("Huike::DocumentPdf", "Quotation") : QCoreApplication::translate("Huike::DocumentPdf", "Quotation — delivery copy (no prices)"));
    out += u"<table width='100%'><tr><td>%1：%2</td><td align='right'>%3：%4 V%5</td></tr>"
           u"<tr><td>%6：%7</td><td align='right'>%8：%9</td></tr></table><br>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Customer"), esc(service.customerName(q.customerId.toString())), QCoreApplication::translate("Huike::DocumentPdf", "Number"), esc(q.number))
               .arg(q.revision)
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Subject"), esc(q.title), QCoreApplication::translate("Huike::DocumentPdf", "Valid until"), esc(q.validUntil));
    QList<Column> columns{{QCoreApplication::translate("Huike::DocumentPdf", "No."), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Item"), Cell::Text}, {QCoreApplication::translate("Huike::DocumentPdf", "Unit"), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Qty"), Cell::Number}};
    if (withPrices)
        columns << Column{QCoreApplication::translate("Huike::DocumentPdf", "Unit price"), Cell::Number} << Column{QCoreApplication::translate("Huike::DocumentPdf", "Discount"), Cell::Number} << Column{QCoreApplication::translate("Huike::DocumentPdf", "VAT rate"), Cell::Number}
                << Column{QCoreApplication::translate("Huike::DocumentPdf", "Net"), Cell::Number} << Column{QCoreApplication::translate("Huike::DocumentPdf", "Tax"), Cell::Number} << Column{QCoreApplication::translate("Huike::DocumentPdf", "Total"), Cell::Number};
    QList<QStringList> rows;
    for (const LineItem &l : q.lines) {
        QStringList row{QString::number(l.lineNo), l.description, l.unit, l.quantity.toString()};
        if (withPrices)
            row << l.unitPrice.toString() << l.discountPercent.toString() + u'%' << l.vatRatePercent.toString() + u'%'
                << l.net.format(QLocale()) << l.tax.format(QLocale()) << l.gross.format(QLocale());
        rows << row;
    }
    out += table(columns, rows);
    out += u"<br>"_s;
    if (withPrices) {
        out += u"<table width='100%'><tr><td>%1：%2</td><td>%3：%4</td><td>%5：<b>%6</b></td></tr>"
               u"<tr><td colspan='3'>%7：<b>人民币%8</b></td></tr></table>"_s
                   .arg(QCoreApplication::translate("Huike::DocumentPdf", "Net total"), money(q.net), QCoreApplication::translate("Huike::DocumentPdf", "Tax total"), money(q.tax), QCoreApplication::translate("Huike::DocumentPdf", "Total incl. tax"), money(q.gross),
                        QCoreApplication::translate("Huike::DocumentPdf", "Amount in words"), esc(ChineseAmount::fromMoney(q.gross)));
        out += u"<p>%1</p>"_s.arg(q.taxMode == TaxMode::Inclusive ? QCoreApplication::translate("Huike::DocumentPdf", "Unit prices include VAT.") : QCoreApplication::translate("Huike::DocumentPdf", "Unit prices exclude VAT."));
    }
    if (!q.terms.isEmpty())
        out += u"<p><b>%1</b><br>%2</p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Terms"), esc(q.terms).replace(u"\n"_s, u"<br>"_s));
    out += u"<br><table width='100%'><tr><td>%1：</td><td>%2：</td></tr></table>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Supplier (seal)"), QCoreApplication::translate("Huike::DocumentPdf", "Customer (seal)"));
    out += u"</body></html>"_s;
    return out;
}

void print(QuoteService &service, const Quote &quote, bool withPrices, QPrinter *printer)
{
    toPrinter([&](QStringView key) { return service.setting(key); }, html(service, quote, withPrices),
              u"%1 %2"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Quote"), quote.number), printer);
}

bool write(QuoteService &service, const Quote &quote, bool withPrices, const QString &path, QString *error)
{
    return writePdf([&](QStringView key) { return service.setting(key); }, html(service, quote, withPrices),
                    u"%1 %2 V%3"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Quotation"), quote.number).arg(quote.revision), path, error);
}

} // namespace QuotePdf

namespace ContractPdf {

QString html(ContractService &service, const Contract &contract)
{
    const Setting setting = [&](QStringView key) { return service.setting(key); };
    // The tax as the lines give it (each line's rate), whatever was stored with the header.
    Contract c = contract;
    try {
        c.recalculate();
    } catch (const ArithmeticError &) {
        c = contract;
    }
    // 乙方 is our company: the contract's own text, else the company's name from the settings.
    const QString partyB = c.partyB.isEmpty() ? setting(SettingKeys::CompanyName) : c.partyB;
    QString out = letterhead(setting);
    out += u"<h2 align='center'>%1</h2>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract"));
    out += u"<p align='right'>%1：%2</p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract number"), esc(c.number));
    out += u"<table width='100%'><tr><td>%1：%2</td><td>%3：%4</td></tr><tr><td>%5：%6</td><td>%7：%8 — %9</td></tr></table>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Party A (buyer)"), esc(c.partyA), QCoreApplication::translate("Huike::DocumentPdf", "Party B (seller)"), esc(partyB), QCoreApplication::translate("Huike::DocumentPdf", "Subject"), esc(c.title),
                    QCoreApplication::translate("Huike::DocumentPdf", "Term"), esc(c.startDate), esc(c.endDate));
    if (!c.lines.isEmpty()) {
        QList<QStringList> rows;
        for (const LineItem &l : c.lines)
            rows << QStringList{QString::number(l.lineNo), l.description, l.unit, l.quantity.toString(), l.unitPrice.toString(),
                                l.discountPercent.toString() + u'%', l.vatRatePercent.toString() + u'%', l.gross.format(QLocale())};
        out += u"<br>"_s;
        out += table({{QCoreApplication::translate("Huike::DocumentPdf", "No."), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Item"), Cell::Text},
                      {QCoreApplication::translate("Huike::DocumentPdf", "Unit"), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Qty"), Cell::Number},
                      {QCoreApplication::translate("Huike::DocumentPdf", "Unit price"), Cell::Number}, {QCoreApplication::translate("Huike::DocumentPdf", "Discount"), Cell::Number},
                      {QCoreApplication::translate("Huike::DocumentPdf", "VAT rate"), Cell::Number}, {QCoreApplication::translate("Huike::DocumentPdf", "Total"), Cell::Number}},
                     rows);
    }
    // 含税 only with the tax in it; without tax (no lines, or lines at 0 %) it says so.
    if (!c.tax.isZero())
        out += u"<p>%1：<b>%2</b>（%3 %4，%5 %6）"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract amount incl. VAT"), money(c.amount),
                                                      QCoreApplication::translate("Huike::DocumentPdf", "net"), money(c.net),
                                                      QCoreApplication::translate("Huike::DocumentPdf", "VAT"), money(c.tax));
    else if (!c.lines.isEmpty())
        out += u"<p>%1：<b>%2</b>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract amount (no VAT)"), money(c.amount));
    else
        out += u"<p>%1：<b>%2</b>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract amount"), money(c.amount));
    out += u"<br>%1：<b>人民币%2</b></p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Amount in words"), esc(ChineseAmount::fromMoney(c.amount)));
    if (!c.paymentPlan.isEmpty()) {
        QList<QStringList> rows;
        for (const PaymentPlanLine &p : c.paymentPlan)
            rows << QStringList{QString::number(p.lineNo), p.dueDate, p.amount.format(QLocale()), p.note};
        out += u"<p><b>%1</b></p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Payment plan"));
        out += table({{QCoreApplication::translate("Huike::DocumentPdf", "Instalment"), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Due"), Cell::Code},
                      {QCoreApplication::translate("Huike::DocumentPdf", "Amount"), Cell::Number}, {QCoreApplication::translate("Huike::DocumentPdf", "Note"), Cell::Text}},
                     rows, 70);
    }
    if (!c.notes.isEmpty())
        out += u"<p><b>%1</b><br>%2</p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Other terms"), esc(c.notes).replace(u"\n"_s, u"<br>"_s));
    out += u"<br><table width='100%'><tr><td>%1：<br><br>%3：</td><td>%2：<br><br>%3：%4</td></tr></table>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Party A (seal)"), QCoreApplication::translate("Huike::DocumentPdf", "Party B (seal)"), QCoreApplication::translate("Huike::DocumentPdf", "Date"), esc(c.signDate));
    // What was delivered under it (发货记录) follows the seals: a record of the contract's
    // execution, not part of what was signed.
    const QList<DeliveryRecord> deliveries = c.meta.id.isNull() ? QList<DeliveryRecord>() : service.deliveries(c.meta.id.toString());
    if (!deliveries.isEmpty()) {
        QList<QStringList> rows;
        for (const DeliveryRecord &d : deliveries)
            rows << QStringList{d.deliveredOn, d.description, d.carrier, d.trackingNumber, d.receiver};
        out += u"<p><b>%1</b></p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Deliveries"));
        out += table({{QCoreApplication::translate("Huike::DocumentPdf", "Delivered on"), Cell::Code}, {QCoreApplication::translate("Huike::DocumentPdf", "Goods"), Cell::Text},
                      {QCoreApplication::translate("Huike::DocumentPdf", "Carrier"), Cell::Text}, {QCoreApplication::translate("Huike::DocumentPdf", "Tracking number"), Cell::Code},
                      {QCoreApplication::translate("Huike::DocumentPdf", "Received by"), Cell::Text}},
                     rows);
    }
    out += u"</body></html>"_s;
    return out;
}

void print(ContractService &service, const Contract &contract, QPrinter *printer)
{
    toPrinter([&](QStringView key) { return service.setting(key); }, html(service, contract),
              u"%1 %2"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract"), contract.number), printer);
}

bool write(ContractService &service, const Contract &contract, const QString &path, QString *error)
{
    return writePdf([&](QStringView key) { return service.setting(key); }, html(service, contract),
                    u"%1 %2"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract"), contract.number), path, error);
}

} // namespace ContractPdf

} // namespace Huike
