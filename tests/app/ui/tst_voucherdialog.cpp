// 导出记账凭证 (W3): the dialog in Chinese — the previous month at first, the preview of the
// vouchers with their entries and 借贷平衡, the export recorded, the month then shown as
// exported and exported again only when asked — and its menu entry only for those who export.
#include "core/id.h"
#include "models/services.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/voucherdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_VoucherDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewThenExport();
    void previousMonthAtFirst();
    void menuOnlyForThoseWhoExport_data();
    void menuOnlyForThoseWhoExport();

private:
    void user(const QString &id, const QString &role)
    {
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0)"_s,
                                   {id, id, u"张会计"_s, role});
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_VoucherDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    const QString me = Id::generate().toString();
    user(me, u"clerk"_s);
    m_replica->setUserId(me);
    const QString customer = m_replica->create(u"customers"_s, Row{{u"name"_s, u"上海恒信精密机械有限公司"_s},
                                                                   {u"short_name"_s, u"上海恒信"_s},
                                                                   {u"credit_code"_s, u"91310000MA1FL0XX0X"_s}})
                                 .value(u"id"_s)
                                 .toString();
    const QString contract = m_replica->create(u"contracts"_s, Row{{u"customer_id"_s, customer}, {u"number"_s, u"HT-2026-0001"_s},
                                                                   {u"title"_s, u"数控机床"_s}, {u"status"_s, u"signed"_s},
                                                                   {u"amount_fen"_s, 11300000}})
                                 .value(u"id"_s)
                                 .toString();
    m_replica->create(u"payments"_s, Row{{u"customer_id"_s, customer}, {u"contract_id"_s, contract}, {u"paid_on"_s, u"2026-11-03"_s},
                                         {u"amount_fen"_s, 3000000}, {u"method"_s, u"bank"_s}, {u"reference"_s, u"工行回单 0087"_s}});
    m_replica->create(u"payments"_s, Row{{u"customer_id"_s, customer}, {u"contract_id"_s, contract}, {u"paid_on"_s, u"2026-11-20"_s},
                                         {u"amount_fen"_s, 8300000}, {u"method"_s, u"cash"_s}});
    m_replica->create(u"invoices"_s, Row{{u"customer_id"_s, customer}, {u"contract_id"_s, contract}, {u"issued_on"_s, u"2026-11-05"_s},
                                         {u"number"_s, u"04412345"_s}, {u"kind"_s, u"special"_s}, {u"amount_fen"_s, 11300000},
                                         {u"tax_fen"_s, 1300000}});
}

void tst_VoucherDialog::cleanup()
{
    m_replica.reset();
}

void tst_VoucherDialog::previewThenExport()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    VoucherDialog dialog(*m_replica);
    dialog.setPeriod(QDate(2026, 11, 1));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(u"vouchers"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 3); // the invoice: receivable, revenue, VAT
    QVERIFY2(tree->topLevelItem(0)->text(0).startsWith(u"收-1"_s), qPrintable(tree->topLevelItem(0)->text(0)));
    QCOMPARE(tree->topLevelItem(1)->child(2)->text(1), u"22210102 应交税费—应交增值税(销项税额)"_s);
    QVERIFY2(dialog.status().contains(u"借贷平衡"_s), qPrintable(dialog.status()));
    QVERIFY2(dialog.status().contains(u"¥226,000.00"_s), qPrintable(dialog.status()));
    QCOMPARE(dialog.windowTitle(), u"导出记账凭证"_s);
    const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS", m_dir.path());
    QVERIFY(dialog.grab().save(shots + u"/voucher-preview.png"_s));

    // Keyboard: the fields have their mnemonics, Export is the default button.
    auto *month = dialog.findChild<QDateEdit *>(u"month"_s);
    QCOMPARE(month->displayFormat(), u"yyyy-MM"_s);
    bool monthHasBuddy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        monthHasBuddy = monthHasBuddy || (label->buddy() == month && label->text().contains(u'&'));
    QVERIFY(monthHasBuddy);
    auto *exportButton = dialog.findChild<QPushButton *>(u"export"_s);
    QVERIFY(exportButton->isDefault() && exportButton->isEnabled());

    const QString path = m_dir.filePath(u"凭证.xlsx"_s);
    QVERIFY(dialog.exportTo(path, VoucherService::Again::No, true));
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM voucher_batches"_s).toInt(), 1);
    // Now the month is exported: nothing new, said so; exporting again is possible when asked.
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(dialog.preview().needsAgain());
    QVERIFY2(dialog.status().contains(u"已导出"_s), qPrintable(dialog.status()));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!dialog.exportTo(m_dir.filePath(u"none.xlsx"_s), VoucherService::Again::No, true));
    QVERIFY(dialog.exportTo(m_dir.filePath(u"again.xlsx"_s), VoucherService::Again::Yes, true));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM voucher_batches"_s).toInt(), 2);
    QCOMPARE(m_replica->database().scalar(u"SELECT first_numbers || ' ' || last_numbers FROM voucher_batches ORDER BY created_at DESC, rowid DESC LIMIT 1"_s)
                 .toString(),
             u"收1 记1 收2 记1"_s);

    // The list shows the whole month.
    auto *format = dialog.findChild<QComboBox *>(u"format"_s);
    dialog.setFormat(VoucherService::Format::List);
    QCOMPARE(format->currentData().toInt(), int(VoucherService::Format::List));
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCoreApplication::removeTranslator(&zh);
}

void tst_VoucherDialog::previousMonthAtFirst()
{
    VoucherDialog dialog(*m_replica);
    const QDate shown = dialog.findChild<QDateEdit *>(u"month"_s)->date();
    const QDate previous = QDate::currentDate().addMonths(-1);
    QCOMPARE(shown.year(), previous.year());
    QCOMPARE(shown.month(), previous.month());
}

void tst_VoucherDialog::menuOnlyForThoseWhoExport_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("menu");
    QTest::newRow("clerk") << u"clerk"_s << true;
    QTest::newRow("director") << u"director"_s << true;
    QTest::newRow("admin") << u"admin"_s << true;
    QTest::newRow("sales") << u"sales"_s << false;
    QTest::newRow("manager") << u"manager"_s << false;
}

void tst_VoucherDialog::menuOnlyForThoseWhoExport()
{
    QFETCH(QString, role);
    QFETCH(bool, menu);
    const QString id = Id::generate().toString();
    user(id, role);
    m_replica->setUserId(id);
    Services services(*m_replica);
    QMainWindow window;
    VoucherDialog::addMenu(window.menuBar(), services, &window);
    QCOMPARE(window.findChild<QAction *>(u"exportVouchers"_s) != nullptr, menu);
}

QTEST_MAIN(tst_VoucherDialog)
#include "tst_voucherdialog.moc"
