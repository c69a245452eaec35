// The printed quote and contract (documentpdf) as a customer receives them, read back with
// poppler: long amounts and many-digit quantities stay whole on one line and the table
// stays on the page; the contract names both parties (乙方 = our company from the
// settings) and says 含税 only with the tax the lines carry; an empty company name is
// warned about — by the editors before a PDF or a print (open the settings, go on, or
// cancel) and by `huike export-pdf` on stderr, which still writes the file.
// With HUIKE_SCREENSHOT_DIR set, the first page of each PDF is saved there as a PNG.
#include "core/approval.h"
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "models/quoteservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/companydata.h"
#include "ui/contracteditor.h"
#include "ui/documentpdf.h"
#include "ui/quoteeditor.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Admin = u"0192b6c8-0000-7000-8000-000000000003"_s;

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &file)
{
    return run(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
}

// The right edge of the rightmost word on the first page, and the page's width, in points.
std::pair<double, double> rightmostWord(const QString &file)
{
    const QString html = run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, file, u"-"_s});
    double right = 0;
    static const QRegularExpression word(uR"re(<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)")re"_s);
    for (auto it = word.globalMatch(html); it.hasNext();)
        right = std::max(right, it.next().captured(1).toDouble());
    static const QRegularExpression page(uR"re(<page width="([\d.]+)")re"_s);
    return {right, page.match(html).captured(1).toDouble()};
}

void snapshot(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"110"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf, dir + u'/' + name});
}

LineItem line(const QString &description, const QString &unit, const QString &quantity, const QString &price,
              const QString &discount, const QString &vat)
{
    LineItem l;
    l.description = description;
    l.unit = unit;
    l.quantity = *Decimal::parse(quantity);
    l.unitPrice = *Decimal::parse(price);
    l.discountPercent = *Decimal::parse(discount);
    l.vatRatePercent = *Decimal::parse(vat);
    return l;
}

// Answers the next message box that opens with the button whose text contains `button`;
// `*seen` gets its text (or the class of another dialog that opened instead).
void answer(const QString &button, QString *seen)
{
    QTimer::singleShot(0, [button, seen] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) { // something else opened instead (a file or print dialog): closed, noted
            if (modal) {
                *seen = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
            return;
        }
        *seen = box->text() + u'\n' + box->informativeText();
        if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(dir + u"/company-details-missing.png"_s);
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(u'&').contains(button)) {
                b->click();
                return;
            }
        box->reject();
    });
}
} // namespace

class tst_DocumentPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quoteAmountsStayWhole_data();
    void quoteAmountsStayWhole();
    void contractPartiesAndTax_data();
    void contractPartiesAndTax();
    void exportCommandWarnsWithoutCompany();
    void editorsAskBeforeExportWithoutCompany_data();
    void editorsAskBeforeExportWithoutCompany();
    void openingTheSettingsFillsTheLetterhead();

private:
    void setCompanyName(const QString &name);
    Quote savedQuote(const QList<LineItem> &lines);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

void tst_DocumentPdf::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("HUIKE_KEEP_TEST_FILES"));
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    m_replica = Replica::open(m_path);
    m_replica->setUserId(Admin);
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                               u"VALUES (?, 1, 0, ?, ?, 'admin', '管理员', 'admin', 0)"_s,
                               {Admin, ts, ts});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    setCompanyName(u"汇客演示科技有限公司"_s);
}

void tst_DocumentPdf::setCompanyName(const QString &name)
{
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    m_replica->database().exec(u"INSERT INTO app_settings (id, version, deleted, created_at, updated_at, key, value) "
                               u"VALUES ('0192b6c8-0000-7000-8000-0000000000a2', 10, 0, ?, ?, 'company.name', ?) "
                               u"ON CONFLICT (id) DO UPDATE SET value = excluded.value"_s,
                               {ts, ts, name});
}

Quote tst_DocumentPdf::savedQuote(const QList<LineItem> &lines)
{
    QuoteService service(*m_replica);
    Quote q = service.newQuote(m_customer, {}, u"2026-11-26"_s);
    q.title = u"年度设备采购"_s;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        q.lines << lines[i];
        q.lines.last().lineNo = int(i + 1);
    }
    const ValidationErrors errors = service.save(q);
    if (errors)
        qWarning() << errors.errors().first().field << errors.errors().first().message;
    return q;
}

void tst_DocumentPdf::quoteAmountsStayWhole_data()
{
    QTest::addColumn<QList<LineItem>>("lines");
    QTest::addColumn<bool>("withPrices");
    QTest::addColumn<double>("margin"); // mm on the right the table keeps free
    // Each number has to come back from the PDF whole, on one line: "¥14,864.3 / 8" and
    // "15 / %" were what the fixed column widths did to them. The table stays within the
    // text's width (15 mm page margin + 2 cm of QTextDocument::print); amounts in the
    // billions shrink the font to its smallest and may reach into the margin, never off the page.
    const QList<LineItem> long_{line(u"机架式服务器 2U 双路 至强银牌 4310 ×2 / 64 GB / 4 × 1.2 TB SAS"_s, u"台"_s, u"1250.5"_s, u"14864.38"_s, u"15"_s, u"13"_s),
                                line(u"上门安装服务"_s, u"次"_s, u"12"_s, u"987654.32"_s, u"33.33"_s, u"6"_s),
                                line(u"备份软件 企业版"_s, u"套"_s, u"8"_s, u"12000"_s, u"12.5"_s, u"13"_s)};
    const QList<LineItem> huge{line(u"机架式服务器 2U 双路"_s, u"台"_s, u"1234567.5"_s, u"14864.38"_s, u"15"_s, u"13"_s),
                               line(u"上门安装服务"_s, u"次"_s, u"12"_s, u"98765432.10"_s, u"33.33"_s, u"6"_s)};
    QTest::newRow("long amounts, with prices") << long_ << true << 35.0;
    QTest::newRow("long amounts, warehouse copy") << long_ << false << 35.0;
    QTest::newRow("ordinary amounts") << QList<LineItem>{line(u"交换机"_s, u"台"_s, u"2"_s, u"3850"_s, u"0"_s, u"13"_s)} << true << 35.0;
    QTest::newRow("amounts in the billions") << huge << true << 15.0;
}

void tst_DocumentPdf::quoteAmountsStayWhole()
{
    QFETCH(QList<LineItem>, lines);
    QFETCH(bool, withPrices);
    QFETCH(double, margin);
    const Quote q = savedQuote(lines);
    QVERIFY(!q.meta.id.isNull());
    QuoteService service(*m_replica);
    const QString pdf = m_dir.path() + u"/quote.pdf"_s;
    QString error;
    QVERIFY2(QuotePdf::write(service, q, withPrices, pdf, &error), qPrintable(error));
    snapshot(pdf, u"quote-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QLocale locale;
    QStringList whole;
    for (const LineItem &l : q.lines) {
        whole << l.quantity.toString();
        if (withPrices)
            whole << l.unitPrice.toString() << l.discountPercent.toString() + u'%' << l.vatRatePercent.toString() + u'%'
                  << l.net.format(locale) << l.tax.format(locale) << l.gross.format(locale);
    }
    if (withPrices)
        whole << q.gross.format(locale);
    // Whole = the number between spaces (or line ends) exactly as written.
    for (const QString &n : whole) {
        const QRegularExpression alone(u"(^|[\\s：])"_s + QRegularExpression::escape(n) + u"(\\s|$)"_s, QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(alone), qPrintable(n + u" is broken in:\n"_s + text));
    }
    // And the table keeps its margin on the right.
    const auto [right, width] = rightmostWord(pdf);
    QVERIFY(width > 500);
    QVERIFY2(right <= width - margin / 25.4 * 72 + 1, qPrintable(u"%1 of %2"_s.arg(right).arg(width)));
}

void tst_DocumentPdf::contractPartiesAndTax_data()
{
    QTest::addColumn<QList<LineItem>>("lines");
    QTest::addColumn<QString>("amount"); // without lines
    QTest::addColumn<QString>("partyB");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QStringList>("neverSays");

    QTest::newRow("lines with VAT") << QList<LineItem>{line(u"机架式服务器"_s, u"台"_s, u"2"_s, u"38500"_s, u"0"_s, u"13"_s)} << QString()
                                    << QString() << u"Contract amount incl. VAT：¥87,010.00（net ¥77,000.00，VAT ¥10,010.00）"_s
                                    << QStringList{u"¥0.00"_s, u"no VAT"_s};
    QTest::newRow("lines without VAT") << QList<LineItem>{line(u"技术咨询"_s, u"次"_s, u"1"_s, u"5000"_s, u"0"_s, u"0"_s)} << QString()
                                       << QString() << u"Contract amount (no VAT)：¥5,000.00"_s
                                       << QStringList{u"incl. VAT"_s, u"¥0.00"_s};
    QTest::newRow("an amount, no lines") << QList<LineItem>() << u"120000.00"_s << QString()
                                         << u"Contract amount：¥120,000.00"_s << QStringList{u"incl. VAT"_s, u"¥0.00"_s};
    QTest::newRow("party B typed in") << QList<LineItem>() << u"800.00"_s << u"汇客演示科技有限公司杭州分公司"_s
                                      << u"Contract amount：¥800.00"_s << QStringList{u"incl. VAT"_s};
}

void tst_DocumentPdf::contractPartiesAndTax()
{
    QFETCH(QList<LineItem>, lines);
    QFETCH(QString, amount);
    QFETCH(QString, partyB);
    QFETCH(QString, says);
    QFETCH(QStringList, neverSays);
    ContractService service(*m_replica);
    // Made before the company's name was known: 乙方 empty in the record.
    setCompanyName({});
    Contract c = service.newContract(m_customer, u"2026-11-26"_s);
    QVERIFY(c.partyB.isEmpty());
    setCompanyName(u"汇客演示科技有限公司"_s);
    c.partyB = partyB;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        c.lines << lines[i];
        c.lines.last().lineNo = int(i + 1);
    }
    if (lines.isEmpty())
        c.amount = c.net = *Money::parse(amount);
    c.recalculate();
    c.paymentPlan = Contract::splitPlan(c.amount, {30, 70}, {u"2026-12-26"_s, u"2027-03-31"_s});
    const ValidationErrors errors = service.save(c);
    QVERIFY2(errors.isEmpty(), qPrintable(errors ? errors.errors().first().message : QString()));
    const QString pdf = m_dir.path() + u"/contract.pdf"_s;
    QString error;
    QVERIFY2(ContractPdf::write(service, c, pdf, &error), qPrintable(error));
    snapshot(pdf, u"contract-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','));
    const QString text = pdfText(pdf).simplified().remove(u' ');
    QVERIFY2(text.contains(u"PartyA(buyer)：杭州华通科技有限公司"_s), qPrintable(text));
    const QString seller = partyB.isEmpty() ? u"汇客演示科技有限公司"_s : partyB;
    QVERIFY2(text.contains(u"PartyB(seller)："_s + seller), qPrintable(text));
    QVERIFY2(text.contains(QString(says).remove(u' ')), qPrintable(says + u" not in:\n"_s + text));
    for (const QString &never : neverSays)
        QVERIFY2(!text.contains(QString(never).remove(u' ')), qPrintable(never + u" in:\n"_s + text));
}

void tst_DocumentPdf::exportCommandWarnsWithoutCompany()
{
    const Quote q = savedQuote({line(u"交换机"_s, u"台"_s, u"2"_s, u"3850"_s, u"0"_s, u"13"_s)});
    for (const bool named : {false, true}) {
        setCompanyName(named ? u"汇客演示科技有限公司"_s : QString());
        const QString pdf = m_dir.path() + (named ? u"/named.pdf"_s : u"/unnamed.pdf"_s);
        QProcess p;
        p.start(QStringLiteral(HUIKE_CLIENT_EXE), {u"export-pdf"_s, u"quote"_s, q.number, u"--replica"_s, m_path,
                                                   u"-o"_s, pdf, u"--lang"_s, u"zh_CN"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0); // written all the same
        snapshot(pdf, named ? u"quote-zh_CN-named"_s : u"quote-zh_CN-unnamed"_s);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"¥8,701.00"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"请在设置中填写"_s), qPrintable(text)); // no placeholder on the page
        if (named) {
            QVERIFY2(!err.contains(u"公司"_s), qPrintable(err));
            QVERIFY(text.contains(u"汇客演示科技有限公司"_s));
        } else {
            QVERIFY2(err.contains(u"公司名称"_s) && err.contains(u"设置"_s), qPrintable(err));
        }
    }
}

void tst_DocumentPdf::editorsAskBeforeExportWithoutCompany_data()
{
    QTest::addColumn<QString>("editor"); // quote or contract
    QTest::addColumn<QString>("button");
    QTest::newRow("quote, Export PDF") << u"quote"_s << u"Export PDF"_s;
    QTest::newRow("quote, Print") << u"quote"_s << u"Print"_s;
    QTest::newRow("contract, Export PDF") << u"contract"_s << u"Export PDF"_s;
    QTest::newRow("contract, Print") << u"contract"_s << u"Print"_s;
}

void tst_DocumentPdf::editorsAskBeforeExportWithoutCompany()
{
    QFETCH(QString, editor);
    QFETCH(QString, button);
    setCompanyName({});
    QuoteService quotes(*m_replica);
    ContractService contracts(*m_replica);
    std::unique_ptr<QDialog> dialog;
    if (editor == u"quote") {
        dialog = std::make_unique<QuoteEditor>(quotes, savedQuote({line(u"交换机"_s, u"台"_s, u"2"_s, u"3850"_s, u"0"_s, u"13"_s)}).meta.id.toString(), m_customer);
    } else {
        Contract c = contracts.newContract(m_customer, u"2026-11-26"_s);
        c.amount = c.net = *Money::parse(u"1000"_s);
        c.paymentPlan = Contract::splitPlan(c.amount, {100}, {u"2026-12-26"_s});
        QVERIFY(contracts.save(c).isEmpty());
        dialog = std::make_unique<ContractEditor>(contracts, c);
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QPushButton *action = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(u'&').startsWith(button))
            action = b;
    QVERIFY(action && action->isEnabled());
    // Cancel: the warning names what is missing, and nothing else opens.
    QString seen;
    answer(u"Cancel"_s, &seen);
    action->click();
    QVERIFY2(seen.contains(u"company name"_s) && seen.contains(u"Settings"_s), qPrintable(seen));
    QVERIFY(!QApplication::activeModalWidget());
    // With the name filled in, no question.
    setCompanyName(u"汇客演示科技有限公司"_s);
    QVERIFY(CompanyData::confirmBeforeExport(dialog.get(), *m_replica));
}

void tst_DocumentPdf::openingTheSettingsFillsTheLetterhead()
{
    setCompanyName({});
    QWidget parent;
    QString seen;
    // Go on anyway: true, the name stays empty.
    answer(u"Go on anyway"_s, &seen);
    QVERIFY(CompanyData::confirmBeforeExport(&parent, *m_replica));
    QVERIFY(seen.contains(u"company name"_s));
    QVERIFY(CompanyData::nameMissing(*m_replica));
    // Open settings: the settings dialog on the company's details; saved with a name, the
    // export goes on without asking again.
    bool sawSettings = false;
    answer(u"Open settings"_s, &seen);
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *settings = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!settings)
            return;
        poll.stop();
        sawSettings = true;
        settings->field(SettingKeys::CompanyName.toString())->setText(u"杭州汇客软件有限公司"_s);
        if (settings->save())
            settings->accept();
        else
            settings->reject();
    });
    poll.start(20);
    QVERIFY(CompanyData::confirmBeforeExport(&parent, *m_replica));
    QVERIFY(sawSettings);
    QVERIFY(!CompanyData::nameMissing(*m_replica));
    QVERIFY(!CompanyData::missing(*m_replica).contains(u"company name"_s));
}

QTEST_MAIN(tst_DocumentPdf)
#include "tst_documentpdf.moc"
