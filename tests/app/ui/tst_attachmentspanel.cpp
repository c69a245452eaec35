// The contract editor's attachments (附件) offscreen, as a contract clerk uses them: a new
// contract asks to be saved first; files are attached with the button or by dropping
// them, listed with size and whether they are on this computer, opened in their program
// under their own name, saved as a copy and removed; a file too large is refused with the
// reason; a file someone else attached that is not here yet says it downloads when opened.
// With HUIKE_SCREENSHOT_DIR set, the tab is saved there as a PNG.
#include "attachmentspanel.h"
#include "attachmentstore.h"
#include "contracteditor.h"
#include "contractservice.h"
#include "customerservice.h"
#include "database.h"
#include "replica.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

QTEST_MAIN(tst_AttachmentsPanel)
#include "tst_attachmentspanel.moc"
