// The contract editor's attachments (附件) offscreen, as a contract clerk uses them: a new
// contract asks to be saved first; files are attached with the button or by dropping
// them, listed with size and whether they are on this computer, opened in their program
// under their own name, saved as a copy and removed; a file too large is refused with the
// reason; a file someone else attached that is not here yet says it downloads when opened.
// Bound to a customer (the customer card's tab): all of its files, its own and its
// contracts', each saying where it belongs; added files are the customer's own.
// With HUIKE_SCREENSHOT_DIR set, the tab is saved there as a PNG.
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "replica/attachmentstore.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/attachmentspanel.h"
#include "ui/contracteditor.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;

void snapshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}
} // namespace

// Stands in for the desktop's "open with": records what the panel asked to open.
class OpenRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class tst_AttachmentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newContractMustBeSavedFirst();
    void attachOpenCopyRemove();
    void dropFiles();
    void tooLargeIsRefused();
    void notHereYetSaysSo();
    void customerMustBeSavedFirst_data();
    void customerMustBeSavedFirst();
    void customerModeListsAllAndAddsItsOwn();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.path() + u"/in/"_s + name;
        QDir().mkpath(m_dir.path() + u"/in"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    int outboxRows()
    {
        return m_replica->database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'attachments'"_s).toInt();
    }
    // The value the outbox sends for `column` of the record's mutations (last one wins);
    // an invalid QVariant when no mutation carries it.
    QVariant outboxValue(const QString &id, const QString &column)
    {
        QVariant value;
        QSqlQuery q = m_replica->database().exec(
            u"SELECT columns, vals FROM outbox WHERE table_name = 'attachments' AND record_id = ? ORDER BY mutation_id"_s, {id});
        while (q.next()) {
            const QJsonArray columns = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            const QJsonArray values = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (columns[i].toString() == column)
                    value = values[i].isNull() ? QVariant::fromValue(nullptr) : values[i].toVariant();
        }
        return value;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContractService> m_service;
    QString m_customer;
    Contract m_contract;
    OpenRecorder m_opened;
};

void tst_AttachmentsPanel::initTestCase()
{
    QDesktopServices::setUrlHandler(u"file"_s, &m_opened, "open");
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
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
    m_contract.paymentPlan = Contract::splitPlan(m_contract.amount, {100}, {u"2026-12-26"_s});
    QVERIFY(m_service->save(m_contract).isEmpty());
}

void tst_AttachmentsPanel::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

void tst_AttachmentsPanel::newContractMustBeSavedFirst()
{
    ContractEditor editor(*m_service, m_service->newContract(m_customer, u"2026-11-26"_s));
    AttachmentsPanel *panel = editor.attachmentsPanel();
    QCOMPARE(editor.tabs()->tabText(editor.tabs()->indexOf(panel)), u"Attac&hments (附件)"_s);
    QVERIFY(panel->statusLabel()->text().contains(u"Save the contract"_s));
    const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    QVERIFY(!panel->addFiles({writeFile(u"a.pdf"_s, "x")}));
    QCOMPARE(outboxRows(), 0);
}

void tst_AttachmentsPanel::attachOpenCopyRemove()
{
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    AttachmentsPanel *panel = editor.attachmentsPanel();
    editor.tabs()->setCurrentWidget(panel);
    QVERIFY(panel->statusLabel()->text().contains(u"No attachments yet"_s));
    QSignalSpy saved(&editor, &ContractEditor::saved);

    const QByteArray pdf = "%PDF-1.4 合同正本扫描 " + QByteArray(150000, 'p');
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + "签收单";
    QVERIFY(panel->addFiles({writeFile(u"合同正本.pdf"_s, pdf), writeFile(u"签收单.png"_s, photo)}));
    QCOMPARE(saved.size(), 1); // sync soon
    QCOMPARE(outboxRows(), 2);
    QTableWidget *table = panel->table();
    QCOMPARE(table->rowCount(), 2);
    QStringList names{table->item(0, AttachmentsPanel::FileName)->text(), table->item(1, AttachmentsPanel::FileName)->text()};
    names.sort();
    QCOMPARE(names, (QStringList{u"合同正本.pdf"_s, u"签收单.png"_s}));
    const int pdfRow = table->item(0, AttachmentsPanel::FileName)->text() == u"合同正本.pdf"_s ? 0 : 1;
    QCOMPARE(table->item(pdfRow, AttachmentsPanel::Size)->text(), QLocale().formattedDataSize(pdf.size()));
    QCOMPARE(table->item(pdfRow, AttachmentsPanel::Where)->text(), u"Yes"_s);
    QVERIFY(panel->statusLabel()->text().contains(u"2 file(s) attached"_s));
    snapshot(&editor, u"contract-attachments"_s);

    // Open: handed to the desktop under its own name, with its content.
    table->setCurrentCell(pdfRow, 0);
    QTest::mouseClick(panel->findChildren<QPushButton *>().at(1), Qt::LeftButton); // &Open
    QCOMPARE(m_opened.urls.size(), 1);
    QVERIFY(m_opened.urls.first().toLocalFile().endsWith(u"/合同正本.pdf"_s));
    QFile opened(m_opened.urls.first().toLocalFile());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), pdf);
    // Enter on the list opens too.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_opened.urls.size(), 2);

    // Save a copy.
    const QString copy = m_dir.path() + u"/copy.pdf"_s;
    QVERIFY(panel->saveCopy(pdfRow, copy));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), pdf);

    // Remove: gone from the list and the replica, a delete waits in the outbox.
    panel->removeAt(pdfRow);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, AttachmentsPanel::FileName)->text(), u"签收单.png"_s);
    QCOMPARE(m_service->attachments(m_contract.meta.id.toString()).size(), 1);
    QCOMPARE(saved.size(), 2);

    // A new editor on the same contract shows what is left.
    ContractEditor again(*m_service, *m_service->load(m_contract.meta.id.toString()));
    QCOMPARE(again.attachmentsPanel()->table()->rowCount(), 1);
    // From the 360° view an attachment opens its contract on this tab, the file selected.
    const QString photoId = m_service->attachments(m_contract.meta.id.toString()).first().record.meta.id.toString();
    again.tabs()->setCurrentIndex(0);
    again.showAttachment(photoId);
    QCOMPARE(again.tabs()->currentWidget(), again.attachmentsPanel());
    QCOMPARE(again.attachmentsPanel()->table()->currentRow(), 0);
    QCOMPARE(again.attachmentsPanel()->table()->item(0, AttachmentsPanel::FileName)->text(), u"签收单.png"_s);
}

void tst_AttachmentsPanel::dropFiles()
{
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    AttachmentsPanel *panel = editor.attachmentsPanel();
    editor.tabs()->setCurrentWidget(panel);
    const int before = panel->table()->rowCount();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(writeFile(u"发货照片.jpg"_s, "\xff\xd8\xff 照片")),
                  QUrl::fromLocalFile(m_dir.path())}); // a folder is skipped
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    QCOMPARE(panel->table()->rowCount(), before + 1);
}

void tst_AttachmentsPanel::tooLargeIsRefused()
{
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    AttachmentsPanel *panel = editor.attachmentsPanel();
    const int before = panel->table()->rowCount();
    const int outbox = outboxRows();
    const QString big = m_dir.path() + u"/in/扫描-高清.tif"_s;
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(AttachmentRecord::MaxBytes) + 1)); // sparse
    file.close();
    QVERIFY(!panel->addFiles({big}));
    QVERIFY2(panel->statusLabel()->text().contains(u"larger than 32 MB"_s), qPrintable(panel->statusLabel()->text()));
    QCOMPARE(panel->table()->rowCount(), before);
    QCOMPARE(outboxRows(), outbox);
    // Nor does an unreadable path add anything.
    QVERIFY(!panel->addFiles({m_dir.path() + u"/in/没有这个文件.pdf"_s}));
    QVERIFY(panel->statusLabel()->text().contains(u"cannot be read"_s));
}

void tst_AttachmentsPanel::notHereYetSaysSo()
{
    // A record synced from a colleague's laptop; its content is still only on the server.
    const QString sha = QString(64, u'a');
    m_replica->create(u"attachments"_s, Row{{u"customer_id"_s, m_customer}, {u"contract_id"_s, m_contract.meta.id.toString()},
                                            {u"file_name"_s, u"验收报告.pdf"_s}, {u"size_bytes"_s, 2048}, {u"sha256"_s, sha}});
    ContractEditor editor(*m_service, *m_service->load(m_contract.meta.id.toString()));
    AttachmentsPanel *panel = editor.attachmentsPanel();
    int row = -1;
    for (int r = 0; r < panel->table()->rowCount(); ++r)
        if (panel->shaAt(r) == sha)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(panel->table()->item(row, AttachmentsPanel::Where)->text(), u"No — downloaded when opened"_s);
    const qsizetype opened = m_opened.urls.size();
    QVERIFY(!panel->openAt(row)); // no server in this test
    QVERIFY(panel->statusLabel()->text().contains(u"not on this computer yet"_s));
    QVERIFY(!panel->saveCopy(row, m_dir.path() + u"/x.pdf"_s));
    QCOMPARE(m_opened.urls.size(), opened);
    QVERIFY(!panel->progressBar()->isVisible());
}

void tst_AttachmentsPanel::customerMustBeSavedFirst_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::newRow("new card") << QString();
    QTest::newRow("not in this replica") << u"0192b6c8-0000-7000-8000-0000000000ff"_s;
}

void tst_AttachmentsPanel::customerMustBeSavedFirst()
{
    QFETCH(QString, customerId);
    AttachmentsPanel panel(*m_service);
    panel.setCustomer(customerId);
    const int outbox = outboxRows();
    if (customerId.isEmpty()) { // the panel knows: nothing to add to yet
        QVERIFY2(panel.statusLabel()->text().contains(u"Save the customer"_s), qPrintable(panel.statusLabel()->text()));
        QVERIFY(!panel.findChild<QPushButton *>(u"add"_s)->isEnabled());
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(writeFile(u"营业执照.jpg"_s, "x"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&panel, &enter);
        QVERIFY(!enter.isAccepted());
    }
    // Either way the service refuses it, with the same words.
    QVERIFY(!panel.addFiles({writeFile(u"营业执照.jpg"_s, "x")}));
    QVERIFY2(panel.statusLabel()->text().contains(u"Save the customer before adding attachments."_s),
             qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.table()->rowCount(), 0);
    QCOMPARE(outboxRows(), outbox);
}

void tst_AttachmentsPanel::customerModeListsAllAndAddsItsOwn()
{
    // A customer of its own, with a contract whose scan a colleague attached long ago (its
    // content not here), and a file of another customer that must not show.
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"苏州远航物流有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    const QString customer = card.customer.meta.id.toString();
    const QString contract = m_replica->create(u"contracts"_s, {{u"customer_id"_s, customer}, {u"number"_s, u"HT-2026-0042"_s},
                                                               {u"title"_s, u"仓储服务"_s}, {u"status"_s, u"signed"_s},
                                                               {u"amount_fen"_s, 500000}})
                                 .value(u"id"_s).toString();
    m_replica->create(u"attachments"_s, Row{{u"customer_id"_s, customer}, {u"contract_id"_s, contract},
                                            {u"created_at"_s, u"2020-01-02T08:00:00.000Z"_s}, {u"file_name"_s, u"仓储合同.pdf"_s},
                                            {u"size_bytes"_s, 4096}, {u"sha256"_s, QString(64, u'b')}});
    m_replica->create(u"attachments"_s, Row{{u"customer_id"_s, m_customer}, {u"file_name"_s, u"别家的执照.jpg"_s},
                                            {u"size_bytes"_s, 10}, {u"sha256"_s, QString(64, u'c')}});

    AttachmentsPanel panel(*m_service);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCustomer(customer);
    QTableWidget *table = panel.table();
    QVERIFY(!table->isColumnHidden(AttachmentsPanel::AttachedTo));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, AttachmentsPanel::FileName)->text(), u"仓储合同.pdf"_s);
    QCOMPARE(table->item(0, AttachmentsPanel::AttachedTo)->text(), u"HT-2026-0042"_s);

    // Added here: the customer's own (contract_id NULL in the replica and in the outbox),
    // newest first, and the card is told to sync.
    QSignalSpy changed(&panel, &AttachmentsPanel::changed);
    const int outbox = outboxRows();
    const QByteArray licence = "\xff\xd8\xff 营业执照扫描件";
    QVERIFY(panel.addFiles({writeFile(u"营业执照.jpg"_s, licence)}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(panel.statusLabel()->text().contains(u"1 file(s) attached"_s));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, AttachmentsPanel::FileName)->text(), u"营业执照.jpg"_s);
    QCOMPARE(table->item(0, AttachmentsPanel::AttachedTo)->text(), u"This customer"_s);
    QCOMPARE(table->item(0, AttachmentsPanel::Where)->text(), u"Yes"_s);
    QCOMPARE(table->item(1, AttachmentsPanel::AttachedTo)->text(), u"HT-2026-0042"_s);
    QCOMPARE(table->item(1, AttachmentsPanel::Where)->text(), u"No — downloaded when opened"_s);
    const QString id = table->item(0, AttachmentsPanel::FileName)->data(Qt::UserRole).toString();
    const auto row = m_replica->read(u"attachments"_s, id);
    QVERIFY(row);
    QCOMPARE(row->value(u"customer_id"_s).toString(), customer);
    QVERIFY(row->value(u"contract_id"_s).isNull());
    QCOMPARE(row->value(u"owner_id"_s).toString(), Me); // the customer's owner
    QCOMPARE(outboxRows(), outbox + 1);
    QCOMPARE(outboxValue(id, u"customer_id"_s).toString(), customer);
    const QVariant sentContract = outboxValue(id, u"contract_id"_s);
    QVERIFY2(!sentContract.isValid() || sentContract.isNull(), qPrintable(sentContract.toString()));
    // The contract's own list does not show the customer's file.
    QCOMPARE(m_service->attachments(contract).size(), 1);

    // Open and save a copy work as for a contract.
    table->setCurrentCell(0, 0);
    const qsizetype opened = m_opened.urls.size();
    QVERIFY(panel.openAt(0));
    QCOMPARE(m_opened.urls.size(), opened + 1);
    QVERIFY(m_opened.urls.last().toLocalFile().endsWith(u"/营业执照.jpg"_s));
    const QString copy = m_dir.path() + u"/licence-copy.jpg"_s;
    QVERIFY(panel.saveCopy(0, copy));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), licence);

    // Dropped files are the customer's own too.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(writeFile(u"保密协议.pdf"_s, "%PDF-1.4 NDA"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM attachments WHERE customer_id = ? AND contract_id IS NULL "
                                          u"AND deleted = 0"_s, {customer}).toInt(), 2);
    snapshot(&panel, u"customer-attachments-panel"_s);

    // Remove: gone, a delete waits in the outbox, sync soon.
    int licenceRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, AttachmentsPanel::FileName)->text() == u"营业执照.jpg"_s)
            licenceRow = r;
    QVERIFY(licenceRow >= 0);
    panel.removeAt(licenceRow);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(m_replica->read(u"attachments"_s, id)->value(u"deleted"_s).toInt(), 1);
    QCOMPARE(changed.size(), 3);

    // Bound to a contract again, the column goes and only the contract's file shows.
    panel.setContract(*m_service->load(contract));
    QVERIFY(table->isColumnHidden(AttachmentsPanel::AttachedTo));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(panel.addFiles({writeFile(u"补充协议.pdf"_s, "%PDF-1.4 补充")}));
    QCOMPARE(m_service->attachments(contract).size(), 2);
}

QTEST_MAIN(tst_AttachmentsPanel)
#include "tst_attachmentspanel.moc"
