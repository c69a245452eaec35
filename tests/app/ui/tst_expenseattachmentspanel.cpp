// An expense claim's invoices (发票附件) offscreen, as the requester hands them in: a claim not
// saved yet asks to be saved first; photos and PDFs are attached with the button's action
// or dropped, listed with size and the line they are for, each waiting in the outbox;
// other files are refused with the reason; one opens in its program; one is removed. A
// claim that is no longer editable lists its invoices and opens them but adds nothing; an
// invoice someone else's client added says it downloads when opened.
#include "models/expenseattachments.h"
#include "models/expenseservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "ui/expenseattachmentspanel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Huike;

// Stands in for the desktop's "open with": records what the panel asked to open.
class InvoiceOpenRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class tst_ExpenseAttachmentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void unsavedClaimAsksToBeSaved();
    void attachListOpenRemove();
    void dropAnInvoice();
    void lockedClaimOnlyLists();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QDir().mkpath(m_dir.path() + u"/in"_s);
        const QString path = m_dir.path() + u"/in/"_s + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    int outboxRows()
    {
        return m_replica->database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'expense_attachments'"_s).toInt();
    }
    QString savedClaim()
    {
        ExpenseService expenses(*m_replica);
        ExpenseService::Expense e = expenses.newClaim();
        e.title = u"杭州出差"_s;
        e.spentOn = u"2026-11-20"_s;
        e.lines = {ExpenseService::Line{{}, u"2026-11-20"_s, u"travel"_s, Money::fromFen(86000), u"高铁"_s, {}}};
        if (expenses.save(e))
            return {};
        return e.id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ExpenseAttachments> m_service;
    InvoiceOpenRecorder m_opened;
    QString m_me = u"0192b6c8-0000-7000-8000-000000000001"_s;
};

void tst_ExpenseAttachmentsPanel::initTestCase()
{
    QDesktopServices::setUrlHandler(u"file"_s, &m_opened, "open");
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(m_me);
    m_service = std::make_unique<ExpenseAttachments>(*m_replica);
}

void tst_ExpenseAttachmentsPanel::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

void tst_ExpenseAttachmentsPanel::unsavedClaimAsksToBeSaved()
{
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense({}, true);
    QVERIFY(panel.statusLabel()->text().contains(u"Save the claim"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"add"_s)->isEnabled());
    QVERIFY(!panel.addFiles({writeFile(u"发票.jpg"_s, "\xff\xd8\xff 发票")}));
    QCOMPARE(outboxRows(), 0);
}

void tst_ExpenseAttachmentsPanel::attachListOpenRemove()
{
    const QString claim = savedClaim();
    QVERIFY(!claim.isEmpty());
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.statusLabel()->text().contains(u"No invoices yet"_s));
    QVERIFY(panel.findChild<QPushButton *>(u"add"_s)->isEnabled());
    QSignalSpy changed(&panel, &ExpenseAttachmentsPanel::changed);
    const int outbox = outboxRows();

    const QByteArray photo = "\xff\xd8\xff\xe0 高铁票 " + QByteArray(20000, 'j');
    const QByteArray pdf = "%PDF-1.4 餐饮发票";
    QVERIFY(panel.addFiles({writeFile(u"高铁票.jpg"_s, photo), writeFile(u"餐饮发票.pdf"_s, pdf)}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(outboxRows(), outbox + 2);
    QTableWidget *table = panel.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::FileName)->text(), u"高铁票.jpg"_s);
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Size)->text(), QLocale().formattedDataSize(photo.size()));
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Whole claim"_s);
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Where)->text(), u"Yes"_s);
    QCOMPARE(table->item(1, ExpenseAttachmentsPanel::FileName)->text(), u"餐饮发票.pdf"_s);
    QVERIFY(panel.statusLabel()->text().contains(u"2 invoice(s) attached"_s));

    // Not an invoice: refused with the reason, nothing recorded.
    QVERIFY(!panel.addFiles({writeFile(u"行程说明.docx"_s, "PK\x03\x04 docx")}));
    QVERIFY2(panel.statusLabel()->text().contains(u"photo, a PDF"_s), qPrintable(panel.statusLabel()->text()));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(outboxRows(), outbox + 2);

    // An invoice of a line says which.
    const QString lineId = m_replica->database().scalar(u"SELECT id FROM expense_lines WHERE expense_id = ?"_s, {claim}).toString();
    QVERIFY(!m_service->add(claim, writeFile(u"酒店发票.png"_s, "\x89PNG\r\n\x1a\n 酒店"), lineId));
    panel.reload();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, ExpenseAttachmentsPanel::Line)->text(), u"Expense line 1"_s);

    // Open: handed to the desktop under its own name, with its content.
    QVERIFY(panel.openAt(0));
    QCOMPARE(m_opened.urls.size(), 1);
    QVERIFY(m_opened.urls.first().toLocalFile().endsWith(u"/高铁票.jpg"_s));
    QFile opened(m_opened.urls.first().toLocalFile());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), photo);

    // Remove: gone from the list and the replica; a delete waits in the outbox.
    const QString id = table->item(1, ExpenseAttachmentsPanel::FileName)->data(Qt::UserRole).toString();
    panel.removeAt(1);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(m_replica->read(u"expense_attachments"_s, id)->value(u"deleted"_s).toInt(), 1);
    QCOMPARE(changed.size(), 2);
}

void tst_ExpenseAttachmentsPanel::dropAnInvoice()
{
    const QString claim = savedClaim();
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, true);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(writeFile(u"出租车票.jpg"_s, "\xff\xd8\xff 出租车")), QUrl::fromLocalFile(m_dir.path())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, ExpenseAttachmentsPanel::FileName)->text(), u"出租车票.jpg"_s);
}

void tst_ExpenseAttachmentsPanel::lockedClaimOnlyLists()
{
    const QString claim = savedClaim();
    QVERIFY(!m_service->add(claim, writeFile(u"住宿发票.pdf"_s, "%PDF-1.4 住宿")));
    // Another client's invoice whose content is not here yet.
    const QString other = Id::generate().toString();
    m_replica->applyServerRow(u"expense_attachments"_s,
                              Row{{u"id"_s, other}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"expense_id"_s, claim},
                                  {u"file_name"_s, u"补充发票.jpg"_s}, {u"mime_type"_s, u"image/jpeg"_s}, {u"size_bytes"_s, 1234},
                                  {u"sha256"_s, QString(64, u'a')}, {u"owner_id"_s, m_me},
                                  {u"created_at"_s, u"2099-01-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2099-01-01T00:00:00.000Z"_s}});
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, false); // submitted, say: the approver's view
    QCOMPARE(panel.table()->rowCount(), 2);
    QVERIFY(!panel.findChild<QPushButton *>(u"add"_s)->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(u"remove"_s)->isEnabled());
    QVERIFY(panel.findChild<QPushButton *>(u"open"_s)->isEnabled());
    QVERIFY(!panel.addFiles({writeFile(u"再来一张.jpg"_s, "\xff\xd8\xff 再来")}));
    panel.removeAt(0);
    QCOMPARE(panel.table()->rowCount(), 2);
    QCOMPARE(panel.table()->item(1, ExpenseAttachmentsPanel::Where)->text(), u"No — downloaded when opened"_s);
    QVERIFY(!panel.openAt(1)); // no fetcher: says so
    QVERIFY(panel.statusLabel()->text().contains(u"not on this computer yet"_s));
    // The service refuses too once the claim is submitted.
    m_replica->database().exec(u"UPDATE expenses SET status = 'pending' WHERE id = ?"_s, {claim});
    QVERIFY(!m_service->editable(claim));
    QVERIFY(m_service->add(claim, writeFile(u"迟到的发票.jpg"_s, "\xff\xd8\xff 迟到")));
}

QTEST_MAIN(tst_ExpenseAttachmentsPanel)
#include "tst_expenseattachmentspanel.moc"
