// The service page and the ticket editor (issue 20, V1), as an agent uses them: a complaint
// logged for a customer (typed, undone, saved with Ctrl+S), started, suspended through the
// move dialog (OK off until the reason is given), resumed, resolved; the page's views with
// the overdue ticket in red and the board's counts by status; a rep sees no move buttons
// on a ticket she did not take.
// HUIKE_SCREENSHOT_DIR set: the page, the board and the editor are saved there as pictures.
#include "models/ticketservice.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/servicepage.h"
#include "ui/ticketeditor.h"
#include "ui/ticketmovedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ServicePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }
    void logAndWorkAComplaint();
    void viewsOverdueAndBoard();
    void aRepSeesNoMoves();

private:
    QString user(const QString &login, const QString &role, const QString &name)
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0)"_s,
                                   {id, login, name, role});
        return id;
    }
    QString serverTicket(const QString &number, const QString &status, const QString &assignee, const QDateTime &due)
    {
        const QString id = Id::generate().toString();
        m_replica->applyServerRow(u"tickets"_s,
                                  Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"customer_id"_s, m_customer}, {u"number"_s, number},
                                      {u"kind"_s, u"complaint"_s}, {u"channel"_s, u"phone"_s}, {u"priority"_s, u"high"_s},
                                      {u"subject"_s, QString(u"投诉 "_s + number)}, {u"status"_s, status},
                                      {u"assignee_id"_s, assignee.isEmpty() ? QVariant() : QVariant(assignee)}, {u"level"_s, 0},
                                      {u"response_due"_s, Timestamp::toText(due)}, {u"resolution_due"_s, Timestamp::toText(due.addSecs(8 * 3600))},
                                      {u"response_breached"_s, 0}, {u"resolution_breached"_s, 0},
                                      {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
        return id;
    }
    // Fills the next move dialog with `fill` and presses OK (or reports OK's state in `okEnabled`).
    void answerMove(const std::function<void(TicketMoveDialog *)> &fill, bool *okBeforeFilling = nullptr)
    {
        QTimer::singleShot(0, this, [fill, okBeforeFilling] {
            auto *d = qobject_cast<TicketMoveDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (okBeforeFilling)
                *okBeforeFilling = ok->isEnabled();
            fill(d);
            if (ok->isEnabled())
                ok->click();
            else
                d->reject();
        });
    }
    static void shoot(QWidget *w, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<TicketService> m_service;
    QString m_customer, m_agent, m_rep;
};

void tst_ServicePage::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_agent = user(u"wuhao"_s, u"service"_s, u"吴浩"_s);
    m_rep = user(u"wangfang"_s, u"sales"_s, u"王芳"_s);
    m_customer = Id::generate().toString();
    m_replica->applyServerRow(u"customers"_s, Row{{u"id"_s, m_customer}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"name"_s, u"杭州华通科技有限公司"_s},
                                                {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s},
                                                {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                                                {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}});
    m_replica->setUserId(m_agent);
    m_service = std::make_unique<TicketService>(*m_replica);
}

void tst_ServicePage::logAndWorkAComplaint()
{
    TicketEditor editor(*m_service, nullptr);
    editor.load(m_service->newTicket(m_customer));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.findChild<QLabel *>(u"customer"_s)->text(), u"杭州华通科技有限公司"_s);
    QVERIFY(!editor.moveButton(u"start"_s)); // nothing to move before it is saved

    auto *subject = editor.findChild<QLineEdit *>(u"subject"_s);
    auto *kind = editor.findChild<QComboBox *>(u"kind"_s);
    subject->setFocus();
    subject->insert(u"空压机异响"_s); // what an input method commits
    QTest::keyClick(subject, Qt::Key_Tab);
    kind->setCurrentIndex(kind->findData(u"complaint"_s));
    QVERIFY(editor.isModified());
    // Undo takes the kind back, then the subject.
    QTest::keySequence(&editor, QKeySequence::Undo);
    QCOMPARE(kind->currentData().toString(), u"consultation"_s);
    QTest::keySequence(&editor, QKeySequence::Undo);
    QCOMPARE(subject->text(), QString());
    QTest::keySequence(&editor, QKeySequence::Redo);
    QTest::keySequence(&editor, QKeySequence::Redo);
    QCOMPARE(subject->text(), u"空压机异响"_s);
    QCOMPARE(kind->currentData().toString(), u"complaint"_s);

    QTest::keySequence(&editor, QKeySequence::Save);
    QVERIFY(!editor.ticket().id.isEmpty());
    QVERIFY(!editor.isModified());
    QCOMPARE(m_service->load(editor.ticket().id)->kind, u"complaint"_s);
    QVERIFY(editor.findChild<QLabel *>(u"responseClock"_s)->text().contains(TicketService::tr("set when synced")));

    // Start: one click, no questions.
    QVERIFY(editor.moveButton(u"start"_s));
    editor.moveButton(u"start"_s)->click();
    QCOMPARE(editor.ticket().status, u"in_progress"_s);
    QCOMPARE(editor.ticket().assigneeId, m_agent);
    // Suspend: OK waits for the reason.
    bool okAtFirst = true;
    answerMove([](TicketMoveDialog *d) { d->findChild<QLineEdit *>(u"reason"_s)->setText(u"等待备件"_s); }, &okAtFirst);
    QTRY_VERIFY(editor.moveButton(u"suspend"_s));
    editor.moveButton(u"suspend"_s)->click();
    QVERIFY(!okAtFirst);
    QCOMPARE(editor.ticket().status, u"suspended"_s);
    QCOMPARE(editor.ticket().suspendReason, u"等待备件"_s);
    QVERIFY(editor.findChild<QLabel *>(u"workflow"_s)->text().contains(u"等待备件"_s));
    QTRY_VERIFY(editor.moveButton(u"resume"_s));
    editor.moveButton(u"resume"_s)->click();
    // Resolve: a dialog cancelled changes nothing.
    answerMove([](TicketMoveDialog *) {});
    QTRY_VERIFY(editor.moveButton(u"resolve"_s));
    editor.moveButton(u"resolve"_s)->click();
    QCOMPARE(editor.ticket().status, u"in_progress"_s);
    answerMove([](TicketMoveDialog *d) {
        d->findChild<QPlainTextEdit *>(u"resolution"_s)->setPlainText(u"更换轴承，试机正常"_s);
        d->findChild<QPlainTextEdit *>(u"note"_s)->setPlainText(u"客户已确认"_s);
    });
    QTRY_VERIFY(editor.moveButton(u"resolve"_s));
    editor.moveButton(u"resolve"_s)->click();
    QCOMPARE(editor.ticket().status, u"resolved"_s);
    QCOMPARE(m_service->load(editor.ticket().id)->stepNote, u"客户已确认"_s);
    QVERIFY(editor.moveButton(u"close"_s));
    QVERIFY(!editor.moveButton(u"suspend"_s));
    shoot(&editor, u"ticket-editor"_s);
}

void tst_ServicePage::viewsOverdueAndBoard()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    serverTicket(u"FW-2026-000101"_s, u"assigned"_s, m_agent, now.addSecs(-3600));   // overdue
    serverTicket(u"FW-2026-000102"_s, u"in_progress"_s, m_agent, now.addSecs(7200));
    serverTicket(u"FW-2026-000103"_s, u"new"_s, {}, now.addSecs(7200));
    ServicePage page(*m_service, nullptr);
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setView(TicketService::View::Mine);
    page.reload();
    QTableWidget *table = page.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"FW-2026-000101"_s); // the most urgent first
    QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xc0, 0x39, 0x2b));
    QVERIFY(table->item(1, 0)->foreground().color() != QColor(0xc0, 0x39, 0x2b));
    QVERIFY(table->item(0, 7)->text().startsWith(TicketService::tr("overdue by %1").section(u'%', 0, 0)));
    QVERIFY(page.statusLabel()->text().contains(u'1'));
    shoot(&page, u"service-list"_s);

    page.setView(TicketService::View::Unassigned);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"FW-2026-000103"_s);
    page.setView(TicketService::View::Open);
    page.filterBox()->setText(u"000102"_s);
    QTRY_COMPARE(table->rowCount(), 1);
    page.filterBox()->clear();
    QTRY_COMPARE(table->rowCount(), 3);

    page.setBoard(true);
    const QList<QListWidget *> columns = page.boardColumns();
    QCOMPARE(columns.size(), 5);
    QCOMPARE(columns[0]->count(), 1); // new
    QCOMPARE(columns[1]->count(), 1); // assigned
    QCOMPARE(columns[2]->count(), 1); // in progress
    QVERIFY(columns[1]->item(0)->text().contains(u"FW-2026-000101"_s));
    QCOMPARE(columns[1]->item(0)->foreground().color(), QColor(0xc0, 0x39, 0x2b));
    QVERIFY(!columns[4]->isVisible()); // resolved: in the view of all tickets
    shoot(&page, u"service-board"_s);
}

void tst_ServicePage::aRepSeesNoMoves()
{
    const QString id = serverTicket(u"FW-2026-000201"_s, u"in_progress"_s, m_agent, QDateTime::currentDateTimeUtc().addSecs(3600));
    m_replica->setUserId(m_rep);
    TicketEditor editor(*m_service, nullptr);
    editor.load(*m_service->load(id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const QString &move : {u"assign"_s, u"suspend"_s, u"resolve"_s, u"escalate"_s})
        QVERIFY2(!editor.moveButton(move), qPrintable(move));
    // She may still add to what the customer reported while it is open.
    QVERIFY(!editor.findChild<QLineEdit *>(u"subject"_s)->isReadOnly());
}

QTEST_MAIN(tst_ServicePage)
#include "tst_servicepage.moc"
