// The assets (设备, issue 20 V2) as a clerk and an agent use them: a signed contract's
// serial numbers pasted into the register dialog — its warranty shown before saving, a
// number in use refused with the dialog left open and nothing typed lost — listed with
// their warranty; an asset set to scrapped leaves the warranty; a draft contract's panel
// registers nothing; the ticket editor offers the customer's assets, says whether the one
// chosen is in warranty and takes its product.
// HUIKE_SCREENSHOT_DIR set: the panel, the dialog and the ticket editor are saved there.
#include "models/assetservice.h"
#include "models/ticketservice.h"

#include "core/companyname.h"
#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/assetdialog.h"
#include "ui/assetimportdialog.h"
#include "ui/assetspanel.h"
#include "ui/ticketeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_AssetsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }
    void registerADeliverysSerialNumbers();
    void scrappedLeavesTheWarranty();
    void aDraftContractRegistersNothing();
    void theTicketEditorOffersTheAssets();
    void importARegister();

private:
    QString serverRow(const QString &table, const Row &values)
    {
        const QString id = Id::generate().toString();
        Row row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            row.insert(it.key(), it.value());
        m_replica->applyServerRow(table, row);
        return id;
    }
    static void shot(QWidget *w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }
    // Runs `fill` on the dialog `open` shows, then clicks Save; the dialog's text of the
    // serials error after that, if it stayed open.
    template<typename Fill>
    void withDialog(Fill fill)
    {
        QTimer::singleShot(0, this, [this, fill] {
            auto *d = qobject_cast<AssetDialog *>(QApplication::activeModalWidget());
            if (!d) {
                m_failure = u"no asset dialog"_s;
                return;
            }
            fill(d);
        });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<AssetService> m_service;
    QString m_customer, m_compressor, m_signed, m_draft, m_failure;
};

void tst_AssetsPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_failure.clear();
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_customer = serverRow(u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s}});
    m_compressor = serverRow(u"products"_s, {{u"code"_s, u"KY-37"_s}, {u"name"_s, u"螺杆空压机 37kW"_s}, {u"category"_s, u"空压机"_s},
                                             {u"is_part"_s, 0}, {u"active"_s, 1}, {u"list_price_e4"_s, 0}, {u"vat_rate_e4"_s, 130000},
                                             {u"currency"_s, u"CNY"_s}});
    const Row contract{{u"customer_id"_s, m_customer}, {u"title"_s, u"空压机采购合同"_s}, {u"tax_mode"_s, u"exclusive"_s},
                       {u"currency"_s, u"CNY"_s}, {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"amount_fen"_s, 0}};
    Row signedOne = contract;
    signedOne.insert(u"number"_s, u"HT-2026-0001"_s);
    signedOne.insert(u"status"_s, u"signed"_s);
    m_signed = serverRow(u"contracts"_s, signedOne);
    Row draft = contract;
    draft.insert(u"number"_s, u"HT-2026-0002"_s);
    draft.insert(u"status"_s, u"draft"_s);
    m_draft = serverRow(u"contracts"_s, draft);
    serverRow(u"deliveries"_s, {{u"customer_id"_s, m_customer}, {u"contract_id"_s, m_signed},
                                {u"delivered_on"_s, QDate::currentDate().addDays(-10).toString(Qt::ISODate)}, {u"description"_s, u"空压机 2 台"_s}});
    serverRow(u"contract_lines"_s, {{u"customer_id"_s, m_customer}, {u"contract_id"_s, m_signed}, {u"line_no"_s, 1},
                                    {u"product_id"_s, m_compressor}, {u"description"_s, u"螺杆空压机"_s}, {u"quantity_e4"_s, 20000},
                                    {u"unit_price_e4"_s, 0}, {u"discount_pct_e4"_s, 0}, {u"vat_rate_e4"_s, 130000},
                                    {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"gross_fen"_s, 0}});
    m_service = std::make_unique<AssetService>(*m_replica);
}

void tst_AssetsPanel::registerADeliverysSerialNumbers()
{
    // One number is in use already (registered on another customer's card by someone else).
    AssetService::Asset taken = m_service->newAsset(m_customer);
    taken.productId = m_compressor;
    taken.serialNumber = u"KY37-0099"_s;
    QVERIFY(m_service->save(taken).isEmpty());

    AssetsPanel panel(*m_service);
    panel.resize(900, 400);
    panel.showContract(m_customer, m_signed, true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.table()->rowCount(), 0);
    QVERIFY(panel.addButton()->isEnabled());

    QString coverShown, errorShown;
    bool stayedOpen = false;
    withDialog([&](AssetDialog *d) {
        // The contract's product and delivery date are filled in; its warranty is shown.
        if (d->productBox()->currentData().toString() != m_compressor)
            m_failure = u"the contract's product is not chosen"_s;
        if (d->deliveredEdit()->date() != QDate::currentDate().addDays(-10))
            m_failure = u"the delivery date is not the contract's"_s;
        coverShown = d->coverLabel()->text();
        d->serialsEdit()->setPlainText(u"KY37-0001\nKY37-0099\n"_s);
        shot(d, u"asset-dialog"_s);
        d->accept(); // refused: stays open with the reason under the field
        errorShown = d->findChild<QLabel *>(u"serialsError"_s)->text();
        stayedOpen = d->isVisible() && d->serialsEdit()->toPlainText().contains(u"KY37-0099"_s);
        d->serialsEdit()->setPlainText(u"KY37-0001\nKY37-0002"_s);
        d->accept();
    });
    panel.addAssets();
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    QVERIFY2(coverShown.startsWith(u"In warranty until"_s), qPrintable(coverShown));
    QVERIFY2(errorShown.contains(u"KY37-0099"_s), qPrintable(errorShown));
    QVERIFY(stayedOpen);
    QCOMPARE(panel.table()->rowCount(), 2);
    QCOMPARE(panel.table()->item(0, 1)->text(), u"KY37-0001"_s);
    QCOMPARE(panel.table()->item(0, 2)->text(), u"HT-2026-0001"_s);
    QVERIFY(panel.table()->item(0, 4)->text().startsWith(u"In warranty until"_s));
    QVERIFY2(panel.summaryLabel()->text().contains(u"2 in warranty"_s), qPrintable(panel.summaryLabel()->text()));
    shot(&panel, u"assets-panel"_s);
}

void tst_AssetsPanel::scrappedLeavesTheWarranty()
{
    AssetService::Asset a = m_service->newAsset(m_customer, m_signed);
    a.serialNumber = u"KY37-0003"_s;
    QVERIFY(m_service->save(a).isEmpty());
    AssetsPanel panel(*m_service);
    panel.showCustomer(m_customer);
    panel.show();
    QCOMPARE(panel.table()->rowCount(), 1);
    withDialog([&](AssetDialog *d) {
        if (d->serialsEdit())
            m_failure = u"an asset's dialog asks for several numbers"_s;
        d->statusBox()->setCurrentIndex(d->statusBox()->findData(u"scrapped"_s));
        d->field(u"location"_s)->setText(u"已拆除"_s);
        d->accept();
    });
    panel.editAsset(0);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    QCOMPARE(panel.table()->item(0, 5)->text(), u"Scrapped"_s);
    QVERIFY(panel.table()->item(0, 4)->text().startsWith(u"No cover"_s));
    const auto item = m_service->item(a.id);
    QCOMPARE(item->asset.location, u"已拆除"_s);
    QVERIFY(!item->cover.covered);
}

void tst_AssetsPanel::aDraftContractRegistersNothing()
{
    AssetsPanel panel(*m_service);
    panel.showContract(m_customer, m_draft, false);
    QVERIFY(!panel.addButton()->isEnabled());
    QVERIFY(panel.summaryLabel()->text().contains(u"signed"_s));
    panel.showCustomer(QString()); // a card not saved yet
    QVERIFY(!panel.addButton()->isEnabled());
    QVERIFY(panel.summaryLabel()->text().contains(u"Save the customer first"_s));
}

void tst_AssetsPanel::theTicketEditorOffersTheAssets()
{
    AssetService::Asset a = m_service->newAsset(m_customer, m_signed);
    a.serialNumber = u"KY37-0005"_s;
    QVERIFY(m_service->save(a).isEmpty());
    TicketService tickets(*m_replica);
    TicketEditor editor(tickets, nullptr);
    editor.load(tickets.newTicket(m_customer));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *asset = editor.findChild<QComboBox *>(u"asset"_s);
    auto *product = editor.findChild<QComboBox *>(u"product"_s);
    QCOMPARE(asset->count(), 2); // none, and the one asset
    QVERIFY(asset->itemText(1).contains(u"KY37-0005"_s));
    asset->setCurrentIndex(1);
    QCOMPARE(product->currentData().toString(), m_compressor);
    QVERIFY(editor.findChild<QLabel *>(u"assetCover"_s)->text().startsWith(u"In warranty until"_s));
    editor.findChild<QLineEdit *>(u"subject"_s)->setText(u"空压机排气温度高"_s);
    QVERIFY(editor.save());
    const auto stored = tickets.list(TicketService::View::All);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().ticket.assetId, a.id);
    QCOMPARE(stored.first().ticket.productId, m_compressor);
    shot(&editor, u"ticket-asset"_s);
}

// 导入设备 from the 服务 page: the rows checked and shown, the wrong one red with its reason,
// the right one imported.
void tst_AssetsPanel::importARegister()
{
    const QString path = m_dir.filePath(u"设备登记.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"客户名称,产品编码,序列号,交付日期\n杭州华通科技有限公司,KY-37,KY37-0900,2026-12-01\n杭州华通科技有限公司,KY-99,KY99-0001,2026-12-01\n"_s.toUtf8());
    f.close();
    // The customer as the server has it, with its duplicate-check key.
    m_replica->database().exec(u"UPDATE customers SET name_norm = ? WHERE id = ?"_s, {CompanyName::normalizedKey(u"杭州华通科技有限公司"), m_customer});
    AssetImportDialog dialog(*m_replica);
    QVERIFY(dialog.openFile(path));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 4)->text(), u"ready"_s);
    QVERIFY(dialog.table()->item(1, 4)->text().contains(u"KY-99"_s));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"1 row(s) ready"_s), qPrintable(dialog.summaryLabel()->text()));
    shot(&dialog, u"asset-import"_s);
    QCOMPARE(dialog.importRows(), 1);
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(m_service->assetsOf(m_customer).size(), 1);
    QCOMPARE(m_service->assetsOf(m_customer).first().asset.serialNumber, u"KY37-0900"_s);
    // A file that is none is refused with the reason, nothing lost.
    QFile bad(m_dir.filePath(u"old.xls"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
    bad.close();
    QVERIFY(!dialog.openFile(bad.fileName()));
    QVERIFY(!dialog.summaryLabel()->text().isEmpty());
}

QTEST_MAIN(tst_AssetsPanel)
#include "tst_assetspanel.moc"
