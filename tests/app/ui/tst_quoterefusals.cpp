// What the server would refuse, met in the quote editor and in 待我审批 (issue 16): a
// discount above the limit is refused before anything is saved (the shared pipeline
// rules) and offers the approval instead; an open editor follows a refusal the sync
// brings back (reloads the stored quote and says why, asking first over unsaved edits);
// a manager's decision shows as submitted until the server confirms it, a refused one
// comes back with the reason, a request whose quote expired says so instead of offering
// approve, and double-click opens the quote.
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "models/quoteservice.h"
#include "replica/outcomefeed.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "models/approvalservice.h"
#include "serverstandin.h"
#include "ui/approvaldialog.h"
#include "ui/contracteditor.h"
#include "ui/quoteeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;
} // namespace

class tst_QuoteRefusals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void discountAboveTheLimitIsRefusedBeforeSaving();
    void openEditorFollowsARefusal();
    void unsavedEditsAreNotDroppedWithoutAsking();
    void contractEditorFollowsARefusal();
    void decisionWaitsForTheServer();
    void refusedDecisionComesBackWithTheReason();
    void expiredQuoteIsNotOfferedForApproval();
    void doubleClickOpensTheQuote();
    void aPendingRequestKeepsTheLines();
    void inChinese();

private:
    // A quote of one line (¥1,000 with `discount` %), saved and confirmed by the server.
    Quote confirmedQuote(const QString &discount);
    // The server confirmed everything in the outbox (each row one version newer).
    void confirmAll();
    // The server's answer to the outbox: these outcomes, then a pull at the head.
    void serverAnswers(const QJsonArray &outcomes);
    static QJsonObject rejection(const QString &id, const QString &table, const QString &recordId, const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<QuoteService> m_service;
    QString m_customer;
};

void tst_QuoteRefusals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    for (const auto &[id, login, name, role] : {std::tuple{Me, "wangfang", "王芳", "sales"}, std::tuple{Manager, "chenjing", "陈静", "manager"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                u"VALUES (?, 1, 0, ?, ?, ?, ?, ?, 0)"_s,
                {id, ts, ts, QString::fromLatin1(login), QString::fromUtf8(name), QString::fromLatin1(role)});
    db.exec(u"INSERT INTO app_settings (id, version, deleted, created_at, updated_at, key, value) VALUES "
            u"('0192b6c8-0000-7000-8000-0000000000a1', 9, 0, ?, ?, 'quote.discount_approval_pct', '10')"_s,
            {ts, ts});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    m_service = std::make_unique<QuoteService>(*m_replica);
    confirmAll();
}

void tst_QuoteRefusals::cleanup()
{
    m_service.reset();
    m_replica.reset();
    m_dir.reset();
}

Quote tst_QuoteRefusals::confirmedQuote(const QString &discount)
{
    Quote q = m_service->newQuote(m_customer, {}, QDate::currentDate().toString(Qt::ISODate));
    LineItem line;
    line.description = u"机架式服务器"_s;
    line.unit = u"台"_s;
    line.quantity = Decimal::fromInteger(1);
    line.unitPrice = Decimal::fromInteger(1000);
    line.discountPercent = *Decimal::parse(discount);
    line.vatRatePercent = Decimal::fromInteger(13);
    q.lines << line;
    if (!m_service->save(q).isEmpty())
        qFatal("the quote was not saved");
    confirmAll();
    return *m_service->load(q.meta.id.toString());
}

void tst_QuoteRefusals::confirmAll()
{
    Test::confirmOutbox(*m_replica);
}

void tst_QuoteRefusals::serverAnswers(const QJsonArray &outcomes)
{
    Test::answerPull(*m_replica, outcomes);
}

QJsonObject tst_QuoteRefusals::rejection(const QString &id, const QString &table, const QString &recordId, const QString &code)
{
    return QJsonObject{{u"id"_s, id}, {u"kind"_s, u"rejection"_s}, {u"table"_s, table}, {u"recordId"_s, recordId},
                       {u"code"_s, code}, {u"message"_s, u"refused"_s}, {u"at"_s, u"2026-11-24T08:00:00.000Z"_s}};
}

void tst_QuoteRefusals::discountAboveTheLimitIsRefusedBeforeSaving()
{
    const Quote quote = confirmedQuote(u"5"_s);
    QuoteEditor editor(*m_service, quote.meta.id.toString(), m_customer);
    QuoteLinesModel *m = editor.linesModel();
    QVERIFY(m->setData(m->index(0, QuoteLinesModel::Discount), u"20"_s, Qt::EditRole));
    QVERIFY(editor.isModified());

    // 标记为已发送 with 20 %: refused here, as the server would, and nothing is saved.
    QVERIFY(!editor.changeStatus(QuoteStatus::Sent));
    QCOMPARE(editor.lastRefusal(), u"approval_required"_s);
    QVERIFY2(editor.statusLabel()->text().contains(u"20 % is above 10 %"_s), qPrintable(editor.statusLabel()->text()));
    QVERIFY(editor.isModified());
    QCOMPARE(m_replica->pendingCount(), 0);
    QCOMPARE(m_replica->database().scalar(u"SELECT discount_pct_e4 FROM quote_lines WHERE quote_id = ?"_s, {quote.meta.id.toString()}).toLongLong(),
             50000);

    // The button offers the approval instead; declined, still nothing is saved.
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QString asked;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    editor.send();
    QVERIFY2(asked.contains(u"approval"_s), qPrintable(asked));
    QCOMPARE(m_replica->pendingCount(), 0);

    // Within the limit it goes.
    QVERIFY(m->setData(m->index(0, QuoteLinesModel::Discount), u"10"_s, Qt::EditRole));
    QVERIFY(editor.changeStatus(QuoteStatus::Sent));
    QVERIFY(editor.lastRefusal().isEmpty());
    editor.undoStack()->setClean();
}

void tst_QuoteRefusals::openEditorFollowsARefusal()
{
    // An edit made earlier (offline, by a version without the check): 20 % and sent.
    Quote quote = confirmedQuote(u"15"_s);
    const QString id = quote.meta.id.toString();
    quote.lines[0].discountPercent = Decimal::fromInteger(20);
    QVERIFY(m_service->save(quote).isEmpty());
    m_service->changeStatus(quote, QuoteStatus::Sent);

    QuoteEditor editor(*m_service, id, m_customer);
    QuoteLinesModel *m = editor.linesModel();
    QCOMPARE(m->data(m->index(0, QuoteLinesModel::Discount), Qt::DisplayRole).toString(), u"20 %"_s);
    QCOMPARE(editor.quote().status, QuoteStatus::Sent);

    // The server refuses both; the replica goes back to the stored quote, and the editor
    // follows as soon as the sync round is announced.
    serverAnswers({rejection(u"o1"_s, u"quotes"_s, id, u"approval_required"_s),
                   rejection(u"o2"_s, u"quote_lines"_s, quote.lines[0].meta.id.toString(), u"approval_required"_s)});
    m_replica->outcomes().poll();
    QCOMPARE(m->data(m->index(0, QuoteLinesModel::Discount), Qt::DisplayRole).toString(), u"15 %"_s);
    QCOMPARE(editor.quote().status, QuoteStatus::Draft);
    QVERIFY(!editor.isModified());
    const QString said = editor.statusLabel()->text();
    QVERIFY2(said.contains(u"did not accept"_s) && said.contains(u"a manager must approve it"_s), qPrintable(said));
    QVERIFY(said.contains(u"stored now"_s));

    // A refusal of another quote leaves this one alone.
    const QString before = editor.statusLabel()->text();
    serverAnswers({rejection(u"o3"_s, u"quotes"_s, u"0192b6c8-0000-7000-8000-0000000000ff"_s, u"forbidden"_s)});
    m_replica->outcomes().poll();
    QCOMPARE(editor.statusLabel()->text(), before);
}

void tst_QuoteRefusals::unsavedEditsAreNotDroppedWithoutAsking()
{
    const Quote quote = confirmedQuote(u"5"_s);
    const QString id = quote.meta.id.toString();
    QuoteEditor editor(*m_service, id, m_customer);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QuoteLinesModel *m = editor.linesModel();
    QVERIFY(m->setData(m->index(0, QuoteLinesModel::Quantity), u"3"_s, Qt::EditRole));

    serverAnswers({rejection(u"o1"_s, u"quotes"_s, id, u"document_locked"_s)});
    m_replica->outcomes().poll();
    auto *box = editor.findChild<QMessageBox *>(u"outcomeQuestion"_s);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(editor.isModified()); // nothing dropped until the user says so
    QVERIFY2(box->text().contains(u"unsaved"_s), qPrintable(box->text()));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!editor.isModified());
    QCOMPARE(m->data(m->index(0, QuoteLinesModel::Quantity), Qt::DisplayRole).toString(), u"1"_s);
}

void tst_QuoteRefusals::contractEditorFollowsARefusal()
{
    // The contract editor follows a refusal of its contract as the quote editor does.
    ContractService contracts(*m_replica);
    Contract c = contracts.newContract(m_customer, QDate::currentDate().toString(Qt::ISODate));
    c.title = u"年度维保合同"_s;
    QVERIFY(contracts.save(c).isEmpty());
    confirmAll();
    const QString id = c.meta.id.toString();
    c.title = u"年度维保合同（改）"_s;
    QVERIFY(contracts.save(c).isEmpty());

    ContractEditor editor(contracts, *contracts.load(id));
    QCOMPARE(editor.contract().title, u"年度维保合同（改）"_s);
    serverAnswers({rejection(u"o1"_s, u"contracts"_s, id, u"forbidden"_s)});
    m_replica->outcomes().poll();
    QCOMPARE(editor.contract().title, u"年度维保合同"_s);
    QVERIFY(!editor.isModified());
    const QString said = editor.statusLabel()->text();
    QVERIFY2(said.contains(u"did not accept"_s) && said.contains(u"stored now"_s), qPrintable(said));

    // Another contract's refusal leaves it alone.
    serverAnswers({rejection(u"o2"_s, u"contracts"_s, u"0192b6c8-0000-7000-8000-0000000000fe"_s, u"forbidden"_s)});
    m_replica->outcomes().poll();
    QCOMPARE(editor.statusLabel()->text(), said);
}

void tst_QuoteRefusals::decisionWaitsForTheServer()
{
    const Quote quote = confirmedQuote(u"15"_s);
    m_service->requestApproval(quote, u"年度框架客户"_s);
    confirmAll();
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    QCOMPARE(dialog.list()->count(), 1);
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.decide(true, u"同意"_s));
    // Not "approved" yet: the server has not seen it.
    QVERIFY2(dialog.statusLabel()->text().contains(u"waiting for the server"_s), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.submitted()->count(), 1);
    QVERIFY2(dialog.submitted()->item(0)->text().contains(u"waiting for the server"_s), qPrintable(dialog.submitted()->item(0)->text()));

    confirmAll();
    m_replica->outcomes().poll(); // the round's end reloads the dialog
    QVERIFY2(dialog.submitted()->item(0)->text().contains(u"Approved"_s), qPrintable(dialog.submitted()->item(0)->text()));
    QCOMPARE(dialog.list()->count(), 0);
    m_replica->setUserId(Me);
}

void tst_QuoteRefusals::refusedDecisionComesBackWithTheReason()
{
    const Quote quote = confirmedQuote(u"15"_s);
    const Approval asked = m_service->requestApproval(quote, {});
    confirmAll();
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.decide(true, {}));
    serverAnswers({rejection(u"o1"_s, u"approvals"_s, asked.meta.id.toString(), u"forbidden"_s)});
    m_replica->outcomes().poll();
    const QString state = dialog.submitted()->item(0)->text();
    QVERIFY2(state.contains(u"Not accepted by the server"_s) && state.contains(u"not allowed"_s), qPrintable(state));
    QVERIFY(!state.contains(u"forbidden"_s));
    // The request waits again, saying what happened.
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.list()->item(0)->text().contains(u"not accepted"_s));
    m_replica->setUserId(Me);
}

void tst_QuoteRefusals::expiredQuoteIsNotOfferedForApproval()
{
    const Quote quote = confirmedQuote(u"15"_s);
    m_service->requestApproval(quote, {});
    confirmAll();
    const QString expired = QDate::currentDate().addDays(-80).toString(Qt::ISODate);
    m_replica->database().exec(u"UPDATE quotes SET valid_until = ? WHERE id = ?"_s, {expired, quote.meta.id.toString()});
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY2(dialog.list()->item(0)->text().contains(u"expired on "_s + expired), qPrintable(dialog.list()->item(0)->text()));
    dialog.list()->setCurrentRow(0);
    QVERIFY(!dialog.decide(true, {}));
    QVERIFY(dialog.statusLabel()->text().contains(u"expired"_s));
    QCOMPARE(m_replica->pendingCount(), 0);
    QVERIFY(dialog.decide(false, u"已过期，请重新报价"_s)); // rejecting it is fine
    m_replica->setUserId(Me);
}

void tst_QuoteRefusals::doubleClickOpensTheQuote()
{
    const Quote quote = confirmedQuote(u"15"_s);
    m_service->requestApproval(quote, {});
    confirmAll();
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy open(&dialog, &ApprovalDialog::openRecord);
    const QRect rect = dialog.list()->visualItemRect(dialog.list()->item(0));
    QTest::mouseClick(dialog.list()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(dialog.list()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), u"quotes"_s);
    QCOMPARE(open.first().at(1).toString(), quote.meta.id.toString());
    QCOMPARE(open.first().at(2).toString(), m_customer);
    m_replica->setUserId(Me);
}

// W2: while the discount request waits, the lines, the tax mode and the products stay as
// asked (the title and terms do not); the requester withdraws it and edits again.
void tst_QuoteRefusals::aPendingRequestKeepsTheLines()
{
    const Quote quote = confirmedQuote(u"15"_s);
    QuoteEditor editor(*m_service, quote.meta.id.toString(), m_customer);
    QuoteLinesModel *m = editor.linesModel();
    const auto editable = [m] { return bool(m->flags(m->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable); };
    QVERIFY(editable());
    QVERIFY(editor.withdrawButton()->isHidden());
    QVERIFY(editor.requestApproval(u"年度框架客户"_s));
    QVERIFY(!editable());
    QVERIFY(!editor.taxModeCombo()->isEnabled());
    QVERIFY(!editor.productCombo()->isEnabled());
    QVERIFY(!editor.withdrawButton()->isHidden());
    QVERIFY2(editor.approvalLabel()->text().contains(u"stay as asked"_s), qPrintable(editor.approvalLabel()->text()));
    // Synced and waiting: the same after opening it again.
    confirmAll();
    {
        QuoteEditor again(*m_service, quote.meta.id.toString(), m_customer);
        QVERIFY(!(again.linesModel()->flags(again.linesModel()->index(0, QuoteLinesModel::Quantity)) & Qt::ItemIsEditable));
    }
    QVERIFY(editor.withdrawApproval());
    QVERIFY(editable());
    QVERIFY(editor.taxModeCombo()->isEnabled());
    QVERIFY(editor.withdrawButton()->isHidden());
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM approvals WHERE deleted = 0"_s).toInt(), 0);
    // Asked and withdrawn before a sync: the same.
    QVERIFY(editor.requestApproval({}));
    QVERIFY(!editable());
    QVERIFY(editor.withdrawApproval());
    QVERIFY(editable());
}

void tst_QuoteRefusals::inChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    const Quote quote = confirmedQuote(u"5"_s);
    {
        QuoteEditor editor(*m_service, quote.meta.id.toString(), m_customer);
        QuoteLinesModel *m = editor.linesModel();
        QVERIFY(m->setData(m->index(0, QuoteLinesModel::Discount), u"20"_s, Qt::EditRole));
        QVERIFY(!editor.changeStatus(QuoteStatus::Sent));
        QCOMPARE(editor.statusLabel()->text(), u"折扣 20% 超过 10%：须经经理审批后才能发送报价单。"_s);
        editor.undoStack()->setClean();
        serverAnswers({rejection(u"o1"_s, u"quotes"_s, quote.meta.id.toString(), u"approval_required"_s)});
        m_replica->outcomes().poll();
        QCOMPARE(editor.statusLabel()->text(), u"服务器未接受您对本报价单的修改：折扣超出限额：报价单发出前须经经理审批。 已重新载入当前保存的报价单。"_s);
    }
    m_service->requestApproval(quote, {});
    confirmAll();
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.decide(true, {}));
    QCOMPARE(dialog.statusLabel()->text(), u"已提交，等待服务器确认。"_s);
    QCOMPARE(dialog.submitted()->item(0)->text(), u"报价折扣 · 杭州华通科技有限公司 — 报价单 %1 V1：折扣 5%，合计 ¥1,073.50：已提交，等待服务器确认。"_s.arg(quote.number));
    if (qEnvironmentVariableIsSet("HUIKE_SCREENSHOTS")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("HUIKE_SCREENSHOTS") + u"/approvaldialog.png"_s);
    }
    confirmAll();
    m_replica->outcomes().poll();
    QVERIFY(dialog.submitted()->item(0)->text().endsWith(u"✔ 已批准。"_s));
    m_replica->setUserId(Me);
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_QuoteRefusals)
#include "tst_quoterefusals.moc"
