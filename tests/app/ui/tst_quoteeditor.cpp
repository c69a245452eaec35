// The quote editor offscreen, as a salesperson uses it: products and a free line, typing
// quantities and a discount, totals and 大写金额 live, undo/redo, Ctrl+S, the approval a
// discount above the threshold needs (decided by the manager), sent → accepted, a new
// revision, and the PDF — from the editor and from `huike export-pdf` — read back with
// pdftotext; then the contract made from it, whose PDF lists its deliveries.
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "models/quoteservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "models/approvalservice.h"
#include "ui/approvaldialog.h"
#include "ui/contracteditor.h"
#include "ui/quoteeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPrinter>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;

QString pdfText(const QString &file)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, file, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class tst_QuoteEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quoteWithThreeLinesThroughApproval();
    void badCellIsRefusedNextToTheLine();
    void exportPdfCommand();
    void contractFromTheAcceptedQuote();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_customer;
    QString m_number;
    QString m_acceptedQuote;
};

void tst_QuoteEditor::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("HUIKE_KEEP_TEST_FILES"));
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    replica->setUserId(Me);
    Database &db = replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    for (const auto &[id, login, name, role] : {std::tuple{Me, "wangfang", "王芳", "sales"}, std::tuple{Manager, "chenjing", "陈静", "manager"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                u"VALUES (?, 1, 0, ?, ?, ?, ?, ?, 0)"_s,
                {id, ts, ts, QString::fromLatin1(login), QString::fromUtf8(name), QString::fromLatin1(role)});
    int n = 0;
    for (const auto &[code, name, spec, unit, price, vat] :
         {std::tuple{"SRV-01", "机架式服务器", "2U 双路", "台", "38500", "13"}, std::tuple{"SW-01", "备份软件", "企业版", "套", "12000", "13"},
          std::tuple{"SVC-01", "上门安装服务", "", "次", "1250.50", "6"}}) {
        Product p;
        p.meta = RecordMeta::created(Id(), Id());
        p.code = QString::fromLatin1(code);
        p.name = QString::fromUtf8(name);
        p.specification = QString::fromUtf8(spec);
        p.unit = QString::fromUtf8(unit);
        p.listPrice = *Decimal::parse(QString::fromLatin1(price));
        p.vatRatePercent = *Decimal::parse(QString::fromLatin1(vat));
        Row row = Rows::toRow(p);
        row[u"version"_s] = ++n;
        db.exec(u"INSERT INTO products (id, version, deleted, created_at, updated_at, code, name, specification, unit, list_price_e4, vat_rate_e4, currency, active) "
                u"VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', 1)"_s,
                {row[u"id"_s], n, ts, ts, row[u"code"_s], row[u"name"_s], row[u"specification"_s], row[u"unit"_s],
                 row[u"list_price_e4"_s], row[u"vat_rate_e4"_s]});
    }
    db.exec(u"INSERT INTO app_settings (id, version, deleted, created_at, updated_at, key, value) VALUES "
            u"('0192b6c8-0000-7000-8000-0000000000a1', 9, 0, ?, ?, 'quote.discount_approval_pct', '10'), "
            u"('0192b6c8-0000-7000-8000-0000000000a2', 10, 0, ?, ?, 'company.name', '汇客演示科技有限公司'), "
            u"('0192b6c8-0000-7000-8000-0000000000a3', 11, 0, ?, ?, 'company.bank', '招商银行杭州分行 5719 0000 0000 001')"_s,
            {ts, ts, ts, ts, ts, ts});
    CustomerService customers(*replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
}

void tst_QuoteEditor::quoteWithThreeLinesThroughApproval()
{
    auto replica = Replica::open(m_path);
    QuoteService service(*replica);
    QuoteEditor editor(service, {}, m_customer);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.quote().number.startsWith(u"BJ-"_s));
    QCOMPARE(editor.productCombo()->count(), 3);

    // Two products from the catalogue and the installation service; quantities and a
    // discount typed into the table.
    editor.addProductLine(0); // the catalogue by code: SRV-01, SVC-01, SW-01
    editor.addProductLine(2);
    editor.addProductLine(1);
    QuoteLinesModel *m = editor.linesModel();
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(m->setData(m->index(0, QuoteLinesModel::Quantity), u"2"_s, Qt::EditRole));
    QVERIFY(m->setData(m->index(0, QuoteLinesModel::Discount), u"15"_s, Qt::EditRole));
    QVERIFY(m->setData(m->index(2, QuoteLinesModel::Quantity), u"4"_s, Qt::EditRole));
    QVERIFY(m->setData(m->index(2, QuoteLinesModel::Discount), u"5%"_s, Qt::EditRole));
    QVERIFY(m->setData(m->index(2, QuoteLinesModel::VatRate), u"13"_s, Qt::EditRole));
    QCOMPARE(m->data(m->index(0, QuoteLinesModel::Net), Qt::DisplayRole).toString(), u"¥65,450.00"_s);
    QVERIFY2(editor.totalsLabel()->text().contains(u"¥92,888.15"_s), qPrintable(editor.totalsLabel()->text()));
    QVERIFY(editor.amountInWords()->text().contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));

    // Undo the last edit (VAT 13 → 6 again), redo it.
    editor.undoStack()->undo();
    QVERIFY(!editor.totalsLabel()->text().contains(u"¥92,888.15"_s));
    editor.undoStack()->redo();
    QVERIFY(editor.totalsLabel()->text().contains(u"¥92,888.15"_s));

    // 含税: the same prices now include VAT, the total is their sum.
    editor.taxModeCombo()->setCurrentIndex(1);
    QVERIFY2(editor.totalsLabel()->text().contains(u"¥82,201.90"_s), qPrintable(editor.totalsLabel()->text()));
    editor.undoStack()->undo();
    QCOMPARE(editor.taxModeCombo()->currentIndex(), 0);
    QVERIFY(editor.totalsLabel()->text().contains(u"¥92,888.15"_s));

    QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor.statusLabel()->text().contains(u"Saved"_s), qPrintable(editor.statusLabel()->text()));
    QVERIFY(!editor.isModified());
    const QString quoteId = editor.quote().meta.id.toString();
    QCOMPARE(replica->database().scalar(u"SELECT gross_fen FROM quotes WHERE id = ?"_s, {quoteId}).toLongLong(), 9288815);
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM quote_lines WHERE quote_id = ? AND deleted = 0"_s, {quoteId}).toInt(), 3);
    QVERIFY(replica->pendingCount() >= 4); // the quote and its lines are in the outbox

    // 15 % is above 10 %: sending is refused until a manager approves.
    QVERIFY(editor.approvalLabel()->text().contains(u"15"_s));
    QVERIFY(!editor.changeStatus(QuoteStatus::Sent));
    QVERIFY(editor.statusLabel()->text().contains(u"approves"_s));
    QVERIFY(editor.requestApproval(u"年度框架客户"_s));
    QVERIFY(editor.approvalLabel()->text().contains(u"Waiting"_s));
    QVERIFY(ApprovalService(*replica).toDecide().isEmpty()); // not by the requester
    {
        replica->setUserId(Manager);
        ApprovalService managerSide(*replica);
        ApprovalDialog dialog(managerSide);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(dialog.list()->item(0)->text().contains(u"杭州华通科技有限公司"_s));
        QVERIFY(dialog.list()->item(0)->text().contains(u"15"_s));
        QVERIFY(dialog.list()->item(0)->text().contains(u"王芳"_s));
        dialog.list()->setCurrentRow(0);
        dialog.decide(true, u"同意，限本单"_s);
        QCOMPARE(dialog.list()->count(), 0);
        replica->setUserId(Me);
    }
    QVERIFY(editor.changeStatus(QuoteStatus::Sent));
    QCOMPARE(replica->database().scalar(u"SELECT status FROM quotes WHERE id = ?"_s, {quoteId}).toString(), u"sent"_s);
    // A sent quote's lines are no longer editable.
    QVERIFY(!(m->flags(m->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable));
    QVERIFY(!editor.changeStatus(QuoteStatus::Draft));
    QVERIFY(editor.changeStatus(QuoteStatus::Accepted));
    m_acceptedQuote = quoteId;

    // The PDF: totals and the amount in words are text in it.
    const QString pdf = m_dir.path() + u"/quote.pdf"_s;
    QVERIFY(editor.exportPdf(pdf, true));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"92,888.15"_s), qPrintable(text));
    QVERIFY(text.contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));
    QVERIFY(text.contains(u"汇客演示科技有限公司"_s));
    QVERIFY(text.contains(u"机架式服务器"_s));
    QVERIFY(editor.exportPdf(pdf, false));
    const QString warehouse = pdfText(pdf);
    QVERIFY(warehouse.contains(u"机架式服务器"_s));
    QVERIFY(!warehouse.contains(u"92,888.15"_s));
    // Printing lays out the same page: printed to a PDF file here.
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.path() + u"/printed.pdf"_s;
        printer.setOutputFileName(printed);
        editor.print(&printer, true);
        const QString out = pdfText(printed);
        QVERIFY2(out.contains(u"92,888.15"_s), qPrintable(out));
        QVERIFY(out.contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));
    }

    // A new revision: V2, a draft with the same number and lines.
    const QString number = editor.quote().number;
    editor.newRevision();
    QCOMPARE(editor.quote().revision, 2);
    QCOMPARE(editor.quote().number, number);
    QCOMPARE(editor.quote().status, QuoteStatus::Draft);
    QCOMPARE(editor.linesModel()->rowCount(), 3);
    m_number = number;
}

void tst_QuoteEditor::badCellIsRefusedNextToTheLine()
{
    auto replica = Replica::open(m_path);
    QuoteService service(*replica);
    QuoteEditor editor(service, {}, m_customer);
    editor.addFreeLine();
    QuoteLinesModel *m = editor.linesModel();
    const int undoBefore = editor.undoStack()->count();
    m->setData(m->index(0, QuoteLinesModel::Quantity), u"两台"_s, Qt::EditRole);
    QVERIFY(editor.statusLabel()->text().contains(u"Line 1"_s));
    m->setData(m->index(0, QuoteLinesModel::VatRate), u"17"_s, Qt::EditRole);
    QVERIFY(editor.statusLabel()->text().contains(u"13, 9, 6"_s));
    QCOMPARE(editor.undoStack()->count(), undoBefore); // nothing changed
    // A line without a price is valid (¥0.00); a missing description is not saved.
    m->setData(m->index(0, QuoteLinesModel::Description), u"  "_s, Qt::EditRole);
    QCOMPARE(editor.undoStack()->count(), undoBefore);

    // Escape with unsaved changes asks first: Cancel keeps the editor, Discard closes it.
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(editor.isVisible());
    answer(QMessageBox::Discard);
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(!editor.isVisible());
}

void tst_QuoteEditor::exportPdfCommand()
{
    QVERIFY(!m_number.isEmpty());
    const QString pdf = m_dir.path() + u"/cli.pdf"_s;
    QProcess p;
    p.start(QStringLiteral(HUIKE_CLIENT_EXE), {u"export-pdf"_s, u"quote"_s, m_number, u"--revision"_s, u"1"_s,
                                               u"--replica"_s, m_path, u"-o"_s, pdf, u"--lang"_s, u"zh_CN"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"报价单"_s), qPrintable(text));
    QVERIFY(text.contains(u"¥92,888.15"_s));
    QVERIFY(text.contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));
    // An unknown number fails with a message, no file.
    QProcess missing;
    missing.start(QStringLiteral(HUIKE_CLIENT_EXE), {u"export-pdf"_s, u"quote"_s, u"BJ-1999-0001"_s, u"--replica"_s, m_path,
                                                     u"-o"_s, m_dir.path() + u"/none.pdf"_s});
    QVERIFY(missing.waitForFinished(60000));
    QCOMPARE(missing.exitCode(), 1);
    QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(u"no quote"_s));
    QVERIFY(!QFile::exists(m_dir.path() + u"/none.pdf"_s));
}

void tst_QuoteEditor::contractFromTheAcceptedQuote()
{
    QVERIFY(!m_acceptedQuote.isEmpty());
    auto replica = Replica::open(m_path);
    ContractService service(*replica);
    const auto draft = service.fromQuote(m_acceptedQuote, u"2026-11-26"_s);
    QVERIFY(draft);
    ContractEditor editor(service, *draft);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.totalsLabel()->text().contains(u"¥92,888.15"_s));
    QVERIFY(editor.totalsLabel()->text().contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));
    QTableView *plan = editor.planTable();
    QCOMPARE(plan->model()->rowCount(), 1); // one balance instalment to start with

    // Three instalments 30/60/10: they add up exactly, the last is the balance.
    QVERIFY(editor.splitPlan(u"30/60/10"_s));
    QCOMPARE(plan->model()->rowCount(), 3);
    QCOMPARE(plan->model()->index(0, 2).data().toString(), u"27866.45"_s);
    QCOMPARE(plan->model()->index(1, 2).data().toString(), u"55732.89"_s);
    QCOMPARE(plan->model()->index(2, 2).data().toString(), u"9288.81"_s);
    QVERIFY(editor.planSumLabel()->text().startsWith(u"✔"_s));
    // A rounder first instalment: the balance line takes the difference.
    editor.setPlanAmount(0, u"30000"_s);
    QCOMPARE(plan->model()->index(2, 2).data().toString(), u"7155.26"_s);
    // Too much in the second: the balance goes below zero and the plan is refused.
    editor.setPlanAmount(1, u"70000.00"_s);
    QVERIFY(editor.planSumLabel()->text().startsWith(u"✘"_s) || plan->model()->index(2, 2).data().toString().startsWith(u'-'));
    QVERIFY(!editor.save());
    QVERIFY(editor.statusLabel()->text().contains(u"Not saved"_s));
    QVERIFY(replica->database().scalar(u"SELECT count(*) FROM contracts"_s).toInt() == 0);
    editor.undoStack()->undo();
    QCOMPARE(plan->model()->index(2, 2).data().toString(), u"7155.26"_s);
    QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor.statusLabel()->text().contains(u"Saved"_s), qPrintable(editor.statusLabel()->text()));
    const QString id = editor.contract().meta.id.toString();
    QCOMPARE(replica->database().scalar(u"SELECT amount_fen FROM contracts WHERE id = ?"_s, {id}).toLongLong(), 9288815);
    QCOMPARE(replica->database().scalar(u"SELECT sum(amount_fen) FROM payment_plans WHERE contract_id = ? AND deleted = 0"_s, {id}).toLongLong(), 9288815);
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM contract_lines WHERE contract_id = ? AND deleted = 0"_s, {id}).toInt(), 3);
    QCOMPARE(replica->database().scalar(u"SELECT quote_id FROM contracts WHERE id = ?"_s, {id}).toString(), m_acceptedQuote);

    // Payments wait for the signature; the owner does not approve their own contract.
    QVERIFY(!editor.recordPayment(0, u"2026-11-26"_s, u"30000"_s, {}));
    QVERIFY(editor.changeStatus(ContractStatus::InApproval));
    editor.setSignDate(u"2026-11-26"_s);
    QVERIFY(!editor.changeStatus(ContractStatus::Signed));
    QVERIFY(editor.statusLabel()->text().contains(u"not their owner"_s));
    replica->setUserId(Manager);
    QVERIFY(editor.changeStatus(ContractStatus::Signed));
    replica->setUserId(Me);
    QCOMPARE(replica->database().scalar(u"SELECT sign_date FROM contracts WHERE id = ?"_s, {id}).toString(), u"2026-11-26"_s);
    // Signed: the amounts are fixed, the first instalment is paid.
    QVERIFY(!(plan->model()->index(0, 2).flags() & Qt::ItemIsEditable));
    QVERIFY(editor.recordPayment(0, u"2026-11-26"_s, u"30000.00"_s, u"网银 123456"_s));
    QCOMPARE(plan->model()->index(0, 6).data().toString(), u"Paid"_s);
    QCOMPARE(plan->model()->index(1, 5).data().toString(), u"¥55,732.89"_s);
    const auto states = service.planState(editor.contract(), u"2027-06-01"_s);
    QVERIFY(!states[0].overdue && states[1].overdue); // the second was due before June

    // The PDF: amount, 大写 and the plan as text; no delivery section before anything was
    // delivered.
    const QString pdf = m_dir.path() + u"/contract.pdf"_s;
    QVERIFY(editor.exportPdf(pdf));
    QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"92,888.15"_s), qPrintable(text));
    QVERIFY(text.contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s));
    QVERIFY(text.contains(u"7,155.26"_s));
    QVERIFY(!text.contains(u"Deliveries"_s));

    // Two deliveries (发货记录): each with its date, goods, carrier, waybill and receiver,
    // listed in the PDF and on paper.
    for (const auto &[on, goods, carrier, waybill, receiver] :
         {std::tuple{u"2026-11-28"_s, u"机架式服务器 2 台"_s, u"顺丰速运"_s, u"SF1234567890123"_s, u"李明"_s},
          std::tuple{u"2026-12-03"_s, u"备份软件 1 套"_s, u"京东物流"_s, u"JDX000123456789"_s, u"张伟"_s}}) {
        DeliveryRecord d;
        d.deliveredOn = on;
        d.description = goods;
        d.carrier = carrier;
        d.trackingNumber = waybill;
        d.receiver = receiver;
        QVERIFY(service.addDelivery(editor.contract(), d).isEmpty());
    }
    QVERIFY(editor.exportPdf(pdf));
    text = pdfText(pdf);
    QVERIFY2(text.contains(u"Deliveries"_s), qPrintable(text));
    for (const QString &s : {u"2026-11-28"_s, u"机架式服务器 2 台"_s, u"顺丰速运"_s, u"SF1234567890123"_s, u"李明"_s,
                             u"2026-12-03"_s, u"备份软件 1 套"_s, u"京东物流"_s, u"JDX000123456789"_s, u"张伟"_s})
        QVERIFY2(text.contains(s), qPrintable(s + u" missing in:\n"_s + text));
    QVERIFY(text.indexOf(u"SF1234567890123"_s) < text.indexOf(u"JDX000123456789"_s)); // in the order delivered
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.path() + u"/contract-printed.pdf"_s;
        printer.setOutputFileName(printed);
        editor.print(&printer);
        const QString out = pdfText(printed);
        QVERIFY2(out.contains(u"人民币玖万贰仟捌佰捌拾捌元壹角伍分"_s), qPrintable(out));
        QVERIFY(out.contains(u"7,155.26"_s));
        QVERIFY2(out.contains(u"JDX000123456789"_s) && out.contains(u"京东物流"_s), qPrintable(out));
    }
    QProcess p;
    p.start(QStringLiteral(HUIKE_CLIENT_EXE), {u"export-pdf"_s, u"contract"_s, editor.contract().number, u"--replica"_s, m_path,
                                               u"-o"_s, pdf, u"--lang"_s, u"zh_CN"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    text = pdfText(pdf);
    QVERIFY2(text.contains(u"合同"_s), qPrintable(text));
    QVERIFY(text.contains(editor.contract().number));
    QVERIFY(text.contains(u"¥27,866.45"_s) || text.contains(u"¥30,000.00"_s));
    QVERIFY2(text.contains(u"SF1234567890123"_s) && text.contains(u"机架式服务器 2 台"_s), qPrintable(text));
}

QTEST_MAIN(tst_QuoteEditor)
#include "tst_quoteeditor.moc"
