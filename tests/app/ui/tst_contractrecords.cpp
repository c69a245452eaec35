// The contract editor's records offscreen, as a contract clerk uses them: on a draft the
// invoice, delivery and payment buttons are off with a clear message; once signed, an
// invoice (开票记录) and a delivery (发货记录) are added through their dialogs — errors next
// to the field, nothing saved until they are fixed — and listed in their tabs with what
// is left to invoice; a payment through the payment dialog, prefilled with the balance.
// With HUIKE_SCREENSHOT_DIR set, the tabs and dialogs are saved there as PNGs.
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "typing.h"
#include "ui/contracteditor.h"
#include "ui/deliverydialog.h"
#include "ui/invoicedialog.h"
#include "ui/paymentdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;

void snapshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // pending layout requests, as a user would see it
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}

// Every label with a buddy and every button has an Alt+letter, and no two share one.
QString mnemonicProblems(QWidget *w)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    auto check = [&](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size()) {
            problems << u"no mnemonic: "_s + text;
            return;
        }
        const QChar key = text.at(at + 1).toLower();
        if (seen.contains(key))
            problems << u"%1 and %2 share Alt+%3"_s.arg(seen.value(key), text, key);
        seen.insert(key, text);
    };
    for (QLabel *l : w->findChildren<QLabel *>())
        if (l->buddy())
            check(l->text());
    for (QPushButton *b : w->findChildren<QPushButton *>())
        check(b->text());
    return problems.join(u"; "_s);
}

QPushButton *saveButton(QDialog *d)
{
    return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

// Types as a user does: Latin text key by key, Chinese as an input method commits it.
void type(QLineEdit *edit, const QString &text, bool replace = false)
{
    if (replace) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    Huike::Test::typeText(edit, text);
}
} // namespace

class tst_ContractRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftContractOffersNoRecords();
    void invoiceAndDeliveryOnASignedContract();
    void paymentThroughTheDialog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContractService> m_service;
    QString m_customer;
    Contract m_contract;
};

void tst_ContractRecords::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    for (const auto &[id, login, name, role] : {std::tuple{Me, "wangfang", "王芳", "sales"}, std::tuple{Manager, "chenjing", "陈静", "manager"}})
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, ?, ?, ?, ?, ?, 0)"_s,
                                   {id, ts, ts, QString::fromLatin1(login), QString::fromUtf8(name), QString::fromLatin1(role)});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    m_service = std::make_unique<ContractService>(*m_replica);
    m_contract = m_service->newContract(m_customer, u"2026-11-26"_s);
    m_contract.amount = *Money::parse(u"11300.00"_s);
    m_contract.tax = *Money::parse(u"1300.00"_s);
    m_contract.net = *Money::parse(u"10000.00"_s);
    m_contract.paymentPlan = Contract::splitPlan(m_contract.amount, {30, 70}, {u"2026-12-26"_s, u"2027-03-31"_s});
    QVERIFY(m_service->save(m_contract).isEmpty());
}

void tst_ContractRecords::draftContractOffersNoRecords()
{
    ContractEditor editor(*m_service, m_contract);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.tabs()->tabText(3), u"I&nvoices (开票记录)"_s);
    QCOMPARE(editor.tabs()->tabText(4), u"D&eliveries (发货记录)"_s);
    for (QPushButton *b : {editor.addInvoiceButton(), editor.addDeliveryButton(), editor.payButton()}) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QVERIFY(b->toolTip().contains(u"signed"_s));
    }
    QVERIFY(editor.invoicingLabel()->text().contains(u"once the contract is signed"_s));
    QVERIFY(editor.deliverySummaryLabel()->text().contains(u"once the contract is signed"_s));
    QVERIFY(!editor.openInvoiceDialog());
    QVERIFY(editor.statusLabel()->text().contains(u"signed"_s));
    QVERIFY(!editor.openDeliveryDialog());
    QVERIFY(!editor.openPaymentDialog());
    QVERIFY(editor.findChildren<QDialog *>().isEmpty());
    editor.tabs()->setCurrentIndex(3);
    snapshot(&editor, u"contract-invoices-draft"_s);
}

void tst_ContractRecords::invoiceAndDeliveryOnASignedContract()
{
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.changeStatus(ContractStatus::InApproval));
    editor.setSignDate(u"2026-11-27"_s);
    m_replica->setUserId(Manager);
    QVERIFY(editor.changeStatus(ContractStatus::Signed));
    m_replica->setUserId(Me);
    QVERIFY(editor.addInvoiceButton()->isEnabled());
    QVERIFY(editor.addDeliveryButton()->isEnabled());
    QVERIFY(editor.addInvoiceButton()->toolTip().isEmpty());
    QVERIFY2(editor.invoicingLabel()->text().contains(u"¥11,300.00 left to invoice"_s), qPrintable(editor.invoicingLabel()->text()));

    // The invoice: prefilled with what is left to invoice and its VAT.
    editor.tabs()->setCurrentIndex(3);
    QTest::mouseClick(editor.addInvoiceButton(), Qt::LeftButton);
    QPointer<InvoiceDialog> invoice = editor.findChild<InvoiceDialog *>();
    QVERIFY(invoice);
    QVERIFY(QTest::qWaitForWindowExposed(invoice));
    QVERIFY2(mnemonicProblems(invoice).isEmpty(), qPrintable(mnemonicProblems(invoice)));
    QCOMPARE(invoice->field(u"amount"_s)->text(), u"11300.00"_s);
    QCOMPARE(invoice->field(u"tax"_s)->text(), u"1300.00"_s);
    QCOMPARE(invoice->dateEdit()->date(), QDate::currentDate());
    QCOMPARE(invoice->kindBox()->count(), 2);
    QCOMPARE(invoice->kindBox()->currentData().toString(), u"special"_s);
    // A wrong number shows under the field as it is typed; Save keeps the dialog open.
    type(invoice->field(u"number"_s), u"0451"_s);
    QVERIFY(invoice->errorLabel(u"number"_s)->isVisible());
    QVERIFY(invoice->errorLabel(u"number"_s)->text().contains(u"8 or 20 digits"_s));
    QVERIFY(!invoice->errorLabel(u"amount"_s)->isVisible()); // untouched fields stay quiet
    type(invoice->field(u"amount"_s), u"5650.0x"_s, true);
    QVERIFY(invoice->errorLabel(u"amount"_s)->isVisible());
    QTest::mouseClick(saveButton(invoice), Qt::LeftButton);
    QVERIFY(invoice && invoice->isVisible());
    snapshot(invoice, u"invoice-dialog-errors"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM invoices"_s).toInt(), 0);
    // Fixed: a part invoice, 普通发票, with grouping commas.
    type(invoice->field(u"number"_s), u"04512345"_s, true);
    type(invoice->field(u"amount"_s), u"5,650.00"_s, true);
    type(invoice->field(u"tax"_s), u"650.00"_s, true);
    invoice->kindBox()->setCurrentIndex(invoice->kindBox()->findData(u"ordinary"_s));
    invoice->dateEdit()->setDate(QDate(2026, 12, 3));
    QVERIFY(!invoice->errorLabel(u"number"_s)->isVisible());
    QVERIFY(!invoice->errorLabel(u"amount"_s)->isVisible());
    QTest::mouseClick(saveButton(invoice), Qt::LeftButton);
    QTRY_VERIFY(!invoice);
    QTableWidget *invoices = editor.invoiceTable();
    QCOMPARE(invoices->rowCount(), 1);
    QCOMPARE(invoices->item(0, 0)->text(), u"2026-12-03"_s);
    QCOMPARE(invoices->item(0, 1)->text(), u"04512345"_s);
    QCOMPARE(invoices->item(0, 2)->text(), u"Ordinary VAT invoice"_s);
    QCOMPARE(invoices->item(0, 3)->text(), u"¥5,650.00"_s);
    QCOMPARE(invoices->item(0, 4)->text(), u"¥650.00"_s);
    QVERIFY2(editor.invoicingLabel()->text().contains(u"¥5,650.00 left to invoice"_s), qPrintable(editor.invoicingLabel()->text()));
    QVERIFY(editor.statusLabel()->text().contains(u"04512345"_s));
    QCOMPARE(m_replica->database().scalar(u"SELECT amount_fen FROM invoices WHERE contract_id = ?"_s, {m_contract.meta.id.toString()}).toLongLong(), 565000);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'invoices'"_s).toInt(), 1);
    snapshot(&editor, u"contract-invoices"_s);
    // The next one suggests the rest, with the rest of the VAT.
    QTest::mouseClick(editor.addInvoiceButton(), Qt::LeftButton);
    invoice = editor.findChild<InvoiceDialog *>();
    QVERIFY(invoice);
    QCOMPARE(invoice->field(u"amount"_s)->text(), u"5650.00"_s);
    QCOMPARE(invoice->field(u"tax"_s)->text(), u"650.00"_s);
    snapshot(invoice, u"invoice-dialog"_s);
    invoice->reject();
    QTRY_VERIFY(!invoice);
    QCOMPARE(invoices->rowCount(), 1);

    // The delivery: the description is required, the tracking number checked.
    editor.tabs()->setCurrentIndex(4);
    QTest::mouseClick(editor.addDeliveryButton(), Qt::LeftButton);
    QPointer<DeliveryDialog> delivery = editor.findChild<DeliveryDialog *>();
    QVERIFY(delivery);
    QVERIFY(QTest::qWaitForWindowExposed(delivery));
    QVERIFY2(mnemonicProblems(delivery).isEmpty(), qPrintable(mnemonicProblems(delivery)));
    QCOMPARE(delivery->dateEdit()->date(), QDate::currentDate());
    type(delivery->field(u"trackingNumber"_s), u"顺丰 12"_s);
    QTest::mouseClick(saveButton(delivery), Qt::LeftButton);
    QVERIFY(delivery && delivery->isVisible());
    QVERIFY(delivery->errorLabel(u"description"_s)->isVisible());
    QVERIFY(delivery->errorLabel(u"trackingNumber"_s)->isVisible());
    QVERIFY(delivery->field(u"description"_s)->hasFocus()); // the first error
    snapshot(delivery, u"delivery-dialog-errors"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM deliveries"_s).toInt(), 0);
    delivery->dateEdit()->setDate(QDate(2026, 12, 5));
    type(delivery->field(u"description"_s), u"机架式服务器 2 台"_s);
    type(delivery->field(u"carrier"_s), u"顺丰速运"_s);
    type(delivery->field(u"trackingNumber"_s), u"SF1234567890123"_s, true);
    type(delivery->field(u"receiver"_s), u"王伟"_s);
    QVERIFY(!delivery->errorLabel(u"trackingNumber"_s)->isVisible());
    snapshot(delivery, u"delivery-dialog"_s);
    QTest::mouseClick(saveButton(delivery), Qt::LeftButton);
    QTRY_VERIFY(!delivery);
    QTableWidget *deliveries = editor.deliveryTable();
    QCOMPARE(deliveries->rowCount(), 1);
    QCOMPARE(deliveries->item(0, 0)->text(), u"2026-12-05"_s);
    QCOMPARE(deliveries->item(0, 1)->text(), u"机架式服务器 2 台"_s);
    QCOMPARE(deliveries->item(0, 2)->text(), u"顺丰速运"_s);
    QCOMPARE(deliveries->item(0, 3)->text(), u"SF1234567890123"_s);
    QCOMPARE(deliveries->item(0, 4)->text(), u"王伟"_s);
    QVERIFY(editor.deliverySummaryLabel()->text().contains(u"2026-12-05"_s));
    QCOMPARE(editor.tabs()->currentIndex(), 4);
    QCOMPARE(m_replica->database().scalar(u"SELECT customer_id FROM deliveries"_s).toString(), m_customer);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'deliveries'"_s).toInt(), 1);
    snapshot(&editor, u"contract-deliveries"_s);

    // Reopened, the editor lists both from the replica.
    ContractEditor again(*m_service, *m_service->load(m_contract.meta.id.toString()));
    QCOMPARE(again.invoiceTable()->rowCount(), 1);
    QCOMPARE(again.deliveryTable()->rowCount(), 1);
}

void tst_ContractRecords::paymentThroughTheDialog()
{
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.payButton()->isEnabled());
    editor.planTable()->setCurrentIndex(editor.planTable()->model()->index(1, 0));
    QTest::mouseClick(editor.payButton(), Qt::LeftButton);
    QPointer<PaymentDialog> payment = editor.findChild<PaymentDialog *>();
    QVERIFY(payment);
    QVERIFY(QTest::qWaitForWindowExposed(payment));
    QVERIFY2(mnemonicProblems(payment).isEmpty(), qPrintable(mnemonicProblems(payment)));
    // The instalment selected in the plan, its outstanding balance prefilled.
    QCOMPARE(payment->instalmentBox()->count(), 2);
    QCOMPARE(payment->instalmentBox()->currentIndex(), 1);
    QCOMPARE(payment->field(u"amount"_s)->text(), u"7910.00"_s);
    payment->instalmentBox()->setCurrentIndex(0);
    QCOMPARE(payment->field(u"amount"_s)->text(), u"3390.00"_s);
    QCOMPARE(payment->methodBox()->count(), 4);
    QCOMPARE(payment->methodBox()->currentData().toString(), u"bank"_s);
    type(payment->field(u"amount"_s), u"abc"_s, true);
    QVERIFY(payment->errorLabel(u"amount"_s)->isVisible());
    QTest::mouseClick(saveButton(payment), Qt::LeftButton);
    QVERIFY(payment && payment->isVisible());
    type(payment->field(u"amount"_s), u"3000.00"_s, true);
    payment->methodBox()->setCurrentIndex(payment->methodBox()->findData(u"draft"_s));
    payment->dateEdit()->setDate(QDate(2026, 12, 20));
    type(payment->field(u"reference"_s), u"承兑 0042"_s);
    snapshot(payment, u"payment-dialog"_s);
    QTest::mouseClick(saveButton(payment), Qt::LeftButton);
    QTRY_VERIFY(!payment);
    QCOMPARE(editor.planTable()->model()->index(0, 4).data().toString(), u"¥3,000.00"_s);
    QCOMPARE(editor.planTable()->model()->index(0, 5).data().toString(), u"¥390.00"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT method FROM payments"_s).toString(), u"draft"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT paid_on FROM payments"_s).toString(), u"2026-12-20"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT reference FROM payments"_s).toString(), u"承兑 0042"_s);
    QVERIFY(editor.statusLabel()->text().contains(u"¥3,000.00"_s));
}

QTEST_MAIN(tst_ContractRecords)
#include "tst_contractrecords.moc"
