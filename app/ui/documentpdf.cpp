#include "documentpdf.h"

#include "approval.h"
#include "chineseamount.h"
#include "contractservice.h"
#include "quoteservice.h"

#include <QCoreApplication>

#include <functional>
#include <QFile>
#include <QFontDatabase>
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

// The page's start: the body's font and the company's letterhead from the settings.
QString letterhead(const Setting &setting)
{
    QString company = setting(SettingKeys::CompanyName);
    if (company.isEmpty())
        company = QCoreApplication::translate("Huike::DocumentPdf", "(company name: set it in the settings)");
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
    out += u"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:9pt'><tr>"_s;
    QList<std::pair<QString, int>> heads{{QCoreApplication::translate("Huike::DocumentPdf", "No."), 5}, {QCoreApplication::translate("Huike::DocumentPdf", "Item"), withPrices ? 27 : 70}, {QCoreApplication::translate("Huike::DocumentPdf", "Unit"), 6}, {QCoreApplication::translate("Huike::DocumentPdf", "Qty"), withPrices ? 6 : 20}};
    if (withPrices)
        heads << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "Unit price"), 10} << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "Discount"), 6} << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "VAT rate"), 5}
              << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "Net"), 12} << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "Tax"), 11} << std::pair{QCoreApplication::translate("Huike::DocumentPdf", "Total"), 13};
    for (const auto &[h, width] : heads)
        out += u"<th bgcolor='#eeeeee' width='%2%'>%1</th>"_s.arg(h).arg(width);
    out += u"</tr>"_s;
    for (const LineItem &l : q.lines) {
        out += u"<tr><td align='center'>%1</td><td>%2</td><td align='center'>%3</td><td align='right' nowrap>%4</td>"_s
                   .arg(l.lineNo)
                   .arg(esc(l.description), esc(l.unit), l.quantity.toString());
        if (withPrices)
            out += u"<td align='right' nowrap>%1</td><td align='right' nowrap>%2%</td><td align='right' nowrap>%3%</td>"
                   u"<td align='right' nowrap>%4</td><td align='right' nowrap>%5</td><td align='right' nowrap>%6</td>"_s
                       .arg(l.unitPrice.toString(), l.discountPercent.toString(), l.vatRatePercent.toString(),
                            money(l.net), money(l.tax), money(l.gross));
        out += u"</tr>"_s;
    }
    out += u"</table><br>"_s;
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

QString html(ContractService &service, const Contract &c)
{
    QString out = letterhead([&](QStringView key) { return service.setting(key); });
    out += u"<h2 align='center'>%1</h2>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract"));
    out += u"<p align='right'>%1：%2</p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract number"), esc(c.number));
    out += u"<table width='100%'><tr><td>%1：%2</td><td>%3：%4</td></tr><tr><td>%5：%6</td><td>%7：%8 — %9</td></tr></table>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Party A (buyer)"), esc(c.partyA), QCoreApplication::translate("Huike::DocumentPdf", "Party B (seller)"), esc(c.partyB), QCoreApplication::translate("Huike::DocumentPdf", "Subject"), esc(c.title),
                    QCoreApplication::translate("Huike::DocumentPdf", "Term"), esc(c.startDate), esc(c.endDate));
    if (!c.lines.isEmpty()) {
        out += u"<br><table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:9pt'><tr>"_s;
        for (const auto &[h, width] : QList<std::pair<QString, int>>{{QCoreApplication::translate("Huike::DocumentPdf", "No."), 5}, {QCoreApplication::translate("Huike::DocumentPdf", "Item"), 35}, {QCoreApplication::translate("Huike::DocumentPdf", "Unit"), 7}, {QCoreApplication::translate("Huike::DocumentPdf", "Qty"), 7},
                                                                     {QCoreApplication::translate("Huike::DocumentPdf", "Unit price"), 12}, {QCoreApplication::translate("Huike::DocumentPdf", "Discount"), 8}, {QCoreApplication::translate("Huike::DocumentPdf", "VAT rate"), 7}, {QCoreApplication::translate("Huike::DocumentPdf", "Total"), 19}})
            out += u"<th bgcolor='#eeeeee' width='%2%'>%1</th>"_s.arg(h).arg(width);
        out += u"</tr>"_s;
        for (const LineItem &l : c.lines)
            out += u"<tr><td align='center'>%1</td><td>%2</td><td align='center'>%3</td><td align='right' nowrap>%4</td>"
                   u"<td align='right' nowrap>%5</td><td align='right' nowrap>%6%</td><td align='right' nowrap>%7%</td><td align='right' nowrap>%8</td></tr>"_s
                       .arg(l.lineNo)
                       .arg(esc(l.description), esc(l.unit), l.quantity.toString(), l.unitPrice.toString(), l.discountPercent.toString(),
                            l.vatRatePercent.toString(), money(l.gross));
        out += u"</table>"_s;
    }
    out += u"<p>%1：<b>%2</b>（%3 %4，%5 %6）<br>%7：<b>人民币%8</b></p>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Contract amount incl. VAT"), money(c.amount), QCoreApplication::translate("Huike::DocumentPdf", "net"), money(c.net), QCoreApplication::translate("Huike::DocumentPdf", "VAT"), money(c.tax),
                    QCoreApplication::translate("Huike::DocumentPdf", "Amount in words"), esc(ChineseAmount::fromMoney(c.amount)));
    if (!c.paymentPlan.isEmpty()) {
        out += u"<p><b>%1</b></p><table width='70%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:9pt'>"
               u"<tr><th bgcolor='#eeeeee'>%2</th><th bgcolor='#eeeeee'>%3</th><th bgcolor='#eeeeee'>%4</th><th bgcolor='#eeeeee'>%5</th></tr>"_s
                   .arg(QCoreApplication::translate("Huike::DocumentPdf", "Payment plan"), QCoreApplication::translate("Huike::DocumentPdf", "Instalment"), QCoreApplication::translate("Huike::DocumentPdf", "Due"), QCoreApplication::translate("Huike::DocumentPdf", "Amount"), QCoreApplication::translate("Huike::DocumentPdf", "Note"));
        for (const PaymentPlanLine &p : c.paymentPlan)
            out += u"<tr><td align='center'>%1</td><td align='center'>%2</td><td align='right' nowrap>%3</td><td>%4</td></tr>"_s
                       .arg(p.lineNo)
                       .arg(esc(p.dueDate), money(p.amount), esc(p.note));
        out += u"</table>"_s;
    }
    if (!c.notes.isEmpty())
        out += u"<p><b>%1</b><br>%2</p>"_s.arg(QCoreApplication::translate("Huike::DocumentPdf", "Other terms"), esc(c.notes).replace(u"\n"_s, u"<br>"_s));
    out += u"<br><table width='100%'><tr><td>%1：<br><br>%3：</td><td>%2：<br><br>%3：%4</td></tr></table>"_s
               .arg(QCoreApplication::translate("Huike::DocumentPdf", "Party A (seal)"), QCoreApplication::translate("Huike::DocumentPdf", "Party B (seal)"), QCoreApplication::translate("Huike::DocumentPdf", "Date"), esc(c.signDate));
    // What was delivered under it (发货记录) follows the seals: a record of the contract's
    // execution, not part of what was signed.
    const QList<DeliveryRecord> deliveries = c.meta.id.isNull() ? QList<DeliveryRecord>() : service.deliveries(c.meta.id.toString());
    if (!deliveries.isEmpty()) {
        out += u"<p><b>%1</b></p><table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:9pt'><tr>"_s
                   .arg(QCoreApplication::translate("Huike::DocumentPdf", "Deliveries"));
        for (const auto &[h, width] : QList<std::pair<QString, int>>{{QCoreApplication::translate("Huike::DocumentPdf", "Delivered on"), 14}, {QCoreApplication::translate("Huike::DocumentPdf", "Goods"), 36},
                                                                     {QCoreApplication::translate("Huike::DocumentPdf", "Carrier"), 14}, {QCoreApplication::translate("Huike::DocumentPdf", "Tracking number"), 22},
                                                                     {QCoreApplication::translate("Huike::DocumentPdf", "Received by"), 14}})
            out += u"<th bgcolor='#eeeeee' width='%2%'>%1</th>"_s.arg(h).arg(width);
        out += u"</tr>"_s;
        for (const DeliveryRecord &d : deliveries)
            out += u"<tr><td align='center' style='white-space:nowrap'>%1</td><td>%2</td><td>%3</td><td style='white-space:nowrap'>%4</td><td>%5</td></tr>"_s
                       .arg(esc(d.deliveredOn), esc(d.description), esc(d.carrier), esc(d.trackingNumber), esc(d.receiver));
        out += u"</table>"_s;
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
