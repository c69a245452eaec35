#include "quotepdf.h"

#include "approval.h"
#include "chineseamount.h"
#include "quoteservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Huike::QuotePdf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::QuotePdf", text);
}

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

} // namespace

QString html(QuoteService &service, const Quote &q, bool withPrices)
{
    QString company = service.setting(SettingKeys::CompanyName);
    if (company.isEmpty())
        company = tr("(company name: set it in the settings)");
    QStringList contact;
    for (const auto &[key, label] : {std::pair{SettingKeys::CompanyAddress, "Address"}, std::pair{SettingKeys::CompanyPhone, "Phone"},
                                     std::pair{SettingKeys::CompanyBank, "Bank account"}, std::pair{SettingKeys::CompanyTaxNumber, "Tax number"}}) {
        const QString value = service.setting(key);
        if (!value.isEmpty())
            contact << u"%1：%2"_s.arg(tr(label), esc(value));
    }
    const bool logo = !service.setting(SettingKeys::CompanyLogo).isEmpty();
    QString out;
    out += u"<html><body style=\"font-family:'%1'; font-size:10pt\">"_s.arg(documentFont());
    out += u"<table width='100%'><tr>"_s;
    if (logo)
        out += u"<td width='80'><img src='logo' height='56'></td>"_s;
    out += u"<td><span style='font-size:16pt; font-weight:bold'>%1</span><br>%2</td></tr></table><hr>"_s.arg(
        esc(company), contact.join(u"<br>"_s));
    out += u"<h2 align='center'>%1</h2>"_s.arg(withPrices ? tr("Quotation") : tr("Quotation — delivery copy (no prices)"));
    out += u"<table width='100%'><tr><td>%1：%2</td><td align='right'>%3：%4 V%5</td></tr>"
           u"<tr><td>%6：%7</td><td align='right'>%8：%9</td></tr></table><br>"_s
               .arg(tr("Customer"), esc(service.customerName(q.customerId.toString())), tr("Number"), esc(q.number))
               .arg(q.revision)
               .arg(tr("Subject"), esc(q.title), tr("Valid until"), esc(q.validUntil));
    out += u"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; font-size:9pt'><tr>"_s;
    QList<std::pair<QString, int>> heads{{tr("No."), 5}, {tr("Item"), withPrices ? 27 : 70}, {tr("Unit"), 6}, {tr("Qty"), withPrices ? 6 : 20}};
    if (withPrices)
        heads << std::pair{tr("Unit price"), 10} << std::pair{tr("Discount"), 6} << std::pair{tr("VAT rate"), 5}
              << std::pair{tr("Net"), 12} << std::pair{tr("Tax"), 11} << std::pair{tr("Total"), 13};
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
                   .arg(tr("Net total"), money(q.net), tr("Tax total"), money(q.tax), tr("Total incl. tax"), money(q.gross),
                        tr("Amount in words"), esc(ChineseAmount::fromMoney(q.gross)));
        out += u"<p>%1</p>"_s.arg(q.taxMode == TaxMode::Inclusive ? tr("Unit prices include VAT.") : tr("Unit prices exclude VAT."));
    }
    if (!q.terms.isEmpty())
        out += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Terms"), esc(q.terms).replace(u"\n"_s, u"<br>"_s));
    out += u"<br><table width='100%'><tr><td>%1：</td><td>%2：</td></tr></table>"_s.arg(tr("Supplier (seal)"), tr("Customer (seal)"));
    out += u"</body></html>"_s;
    return out;
}

bool write(QuoteService &service, const Quote &quote, bool withPrices, const QString &path, QString *error)
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
    pdf.setTitle(u"%1 %2 V%3"_s.arg(tr("Quotation"), quote.number).arg(quote.revision));
    pdf.setCreator(u"Huike CRM"_s);
    QTextDocument doc;
    const QString logo = service.setting(SettingKeys::CompanyLogo);
    if (!logo.isEmpty())
        doc.addResource(QTextDocument::ImageResource, QUrl(u"logo"_s), QImage::fromData(QByteArray::fromBase64(logo.toLatin1())));
    doc.setHtml(html(service, quote, withPrices));
    QFont font(documentFont());
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.print(&pdf);
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Huike::QuotePdf
