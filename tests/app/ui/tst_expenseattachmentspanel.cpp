// An expense claim's invoices (发票附件) offscreen, as the requester hands them in: a claim not
// saved yet asks to be saved first; photos and PDFs are attached with the button's action
// or dropped, listed with size and the line they are for, each waiting in the outbox;
// other files are refused with the reason; one opens in its program; one is removed. A
// claim that is no longer editable lists its invoices and opens them but adds nothing; an
// invoice someone else's client added says it downloads when opened. The line an invoice
// is for is chosen in its cell with a combo (F2, Enter, double click), and files added while a line is
// the default go to that line.
#include "models/expenseattachments.h"
#include "models/expenseservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "ui/expenseattachmentspanel.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QSqlQuery>
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
    void chooseTheLineInItsCell_data();
    void chooseTheLineInItsCell();
    void lineRefusedShowsWhy();
    void addToTheDefaultLine();

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
        e.lines = {ExpenseService::Line{{}, u"2026-11-20"_s, u"travel"_s, Money::fromFen(86000), u"高铁"_s, {}},
                   ExpenseService::Line{{}, u"2026-11-20"_s, u"meals"_s, Money::fromFen(12000), u"午餐"_s, {}}};
        if (expenses.save(e))
            return {};
        return e.id;
    }
    QStringList lineIds(const QString &claim)
    {
        QStringList ids;
        QSqlQuery q = m_replica->database().exec(u"SELECT id FROM expense_lines WHERE expense_id = ? AND deleted = 0 ORDER BY line_no"_s,
                                                 {claim});
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }
    QVariant lineOf(const QString &attachmentId)
    {
        return m_replica->read(u"expense_attachments"_s, attachmentId)->value(u"line_id"_s);
    }
    // The line cell's editor, open after `trigger` (F2, Enter, a double click) on the cell. The
    // double click as a mouse sends it: QTest::mouseDClick's reaches the view here without
    // its double-click event.
    QComboBox *openLineEditor(ExpenseAttachmentsPanel &panel, int row, const QString &trigger)
    {
        QTableWidget *table = panel.table();
        table->setFocus();
        table->setCurrentCell(row, ExpenseAttachmentsPanel::Line);
        if (trigger == u"double click") {
            const QPoint at = table->visualItemRect(table->item(row, ExpenseAttachmentsPanel::Line)).center();
            QTest::mousePress(table->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, at);
            QMouseEvent twice(QEvent::MouseButtonDblClick, at, table->viewport()->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                              Qt::NoModifier);
            QApplication::sendEvent(table->viewport(), &twice);
            QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, at);
        } else {
            QTest::keyClick(table, trigger == u"F2" ? Qt::Key_F2 : Qt::Key_Return);
        }
        return qobject_cast<QComboBox *>(table->indexWidget(table->model()->index(row, ExpenseAttachmentsPanel::Line)));
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
    const QString lineId = lineIds(claim).first();
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

void tst_ExpenseAttachmentsPanel::chooseTheLineInItsCell_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("F2") << u"F2"_s;
    QTest::newRow("Enter") << u"Enter"_s;
    QTest::newRow("double click") << u"double click"_s;
}

void tst_ExpenseAttachmentsPanel::chooseTheLineInItsCell()
{
    QFETCH(QString, trigger);
    const QString claim = savedClaim();
    const QStringList lines = lineIds(claim);
    QCOMPARE(lines.size(), 2);
    QVERIFY(!m_service->add(claim, writeFile(u"午餐发票.jpg"_s, "\xff\xd8\xff 午餐")));
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, true);
    panel.resize(1000, 400); // every column in sight
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &ExpenseAttachmentsPanel::changed);
    QTableWidget *table = panel.table();
    const QString id = table->item(0, ExpenseAttachmentsPanel::FileName)->data(Qt::UserRole).toString();
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Whole claim"_s);

    // Onto line 2: the whole claim first, then the lines by number, category and amount.
    QComboBox *combo = openLineEditor(panel, 0, trigger);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), u"Whole claim"_s);
    QCOMPARE(combo->itemText(2), u"Line 2 · Meals · %1"_s.arg(Money::fromFen(12000).format(QLocale())));
    combo->setCurrentIndex(2);
    QTest::keyClick(combo, Qt::Key_Return); // commits, once the combo has seen the key
    QTRY_COMPARE(lineOf(id).toString(), lines[1]);
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Expense line 2"_s);
    QCOMPARE(changed.size(), 1);
    QVERIFY2(panel.statusLabel()->text().contains(u"Expense line 2"_s), qPrintable(panel.statusLabel()->text()));
    QTRY_VERIFY(!table->indexWidget(table->model()->index(0, ExpenseAttachmentsPanel::Line))); // closed

    // The arrow keys move through the lines without writing; Escape leaves it as it was.
    combo = openLineEditor(panel, 0, trigger);
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 2);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(lineOf(id).toString(), lines[1]);
    QTest::keyClick(combo, Qt::Key_Escape);
    QCOMPARE(lineOf(id).toString(), lines[1]);
    QCOMPARE(changed.size(), 1);

    // And back to the whole claim, picked from the list with the mouse: no Enter needed.
    combo = openLineEditor(panel, 0, trigger);
    QVERIFY(combo);
    combo->showPopup();
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::qWait(QApplication::doubleClickInterval() + 50); // a release this soon after opening is ignored
    const QRect first = combo->view()->visualRect(combo->model()->index(0, 0));
    QTest::mouseClick(combo->view()->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_VERIFY(lineOf(id).isNull());
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Whole claim"_s);
    QCOMPARE(changed.size(), 2);

    // Not editable: the line is text; F2 opens nothing, Enter opens the invoice.
    panel.setExpense(claim, false);
    QVERIFY(!(table->item(0, ExpenseAttachmentsPanel::Line)->flags() & Qt::ItemIsEditable));
    QVERIFY(!openLineEditor(panel, 0, trigger));
    QCOMPARE(changed.size(), 2);
}

void tst_ExpenseAttachmentsPanel::lineRefusedShowsWhy()
{
    const QString claim = savedClaim();
    const QString other = savedClaim();
    QVERIFY(!m_service->add(claim, writeFile(u"打车票.jpg"_s, "\xff\xd8\xff 打车")));
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, true);
    QSignalSpy changed(&panel, &ExpenseAttachmentsPanel::changed);
    QVERIFY(!panel.setLineAt(0, lineIds(other).first()));
    QVERIFY2(panel.statusLabel()->text().contains(u"stays where it was"_s), qPrintable(panel.statusLabel()->text()));
    // Submitted meanwhile (another window): refused too, with the reason.
    m_replica->database().exec(u"UPDATE expenses SET status = 'pending' WHERE id = ?"_s, {claim});
    QVERIFY(!panel.setLineAt(0, lineIds(claim).first()));
    QVERIFY2(panel.statusLabel()->text().contains(u"drafts or rejected"_s), qPrintable(panel.statusLabel()->text()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(panel.table()->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Whole claim"_s);
}

void tst_ExpenseAttachmentsPanel::addToTheDefaultLine()
{
    const QString claim = savedClaim();
    const QStringList lines = lineIds(claim);
    ExpenseAttachmentsPanel panel(*m_service);
    panel.setExpense(claim, true);
    panel.setDefaultLine(lines[1]);
    QVERIFY(panel.addFiles({writeFile(u"餐费发票.pdf"_s, "%PDF-1.4 餐费")}));
    QTableWidget *table = panel.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(lineOf(table->item(0, ExpenseAttachmentsPanel::FileName)->data(Qt::UserRole).toString()).toString(), lines[1]);
    QCOMPARE(table->item(0, ExpenseAttachmentsPanel::Line)->text(), u"Expense line 2"_s);
    QVERIFY2(panel.statusLabel()->text().contains(u"attached to expense line 2"_s), qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.findChild<QPushButton *>(u"add"_s)->toolTip().contains(u"expense line 2"_s));
    // Back to the whole claim.
    panel.setDefaultLine({});
    QVERIFY(panel.addFiles({writeFile(u"汇总发票.pdf"_s, "%PDF-1.4 汇总")}));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(lineOf(table->item(1, ExpenseAttachmentsPanel::FileName)->data(Qt::UserRole).toString()).isNull());
    QCOMPARE(table->item(1, ExpenseAttachmentsPanel::Line)->text(), u"Whole claim"_s);
}

QTEST_MAIN(tst_ExpenseAttachmentsPanel)
#include "tst_expenseattachmentspanel.moc"
