// 审批代理 from the client against a live server (issue 21, W2): the main window sets up the
// client the approval dialog's "审批代理…" finds; the dialog offers the active colleagues
// (not oneself), sets the delegation on the server (the users list shows it) and writes
// the answer into the replica at once; a refusal is said in words; clearing works; offline
// it says it needs the server. The approval dialog of the delegate says whom they decide for.
#include "apifixture.h"
#include "models/approvalservice.h"
#include "models/customerlistmodel.h"
#include "replica/replica.h"
#include "syncclient/delegationclient.h"
#include "syncclient/synccontroller.h"
#include "ui/approvaldialog.h"
#include "ui/delegationdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_DelegationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setShowAndClear();
    void offline();

private:
    QJsonObject listed(const QString &login)
    {
        for (const QJsonValue &v : f->as(u"wangfang"_s, "GET", u"/api/v1/users"_s).json.value(u"items"_s).toArray())
            if (v.toObject().value(u"login"_s).toString() == login)
                return v.toObject();
        return {};
    }

    std::unique_ptr<Test::ApiFixture> f;
    QString m_chenjing, m_zhouqiang, m_wangfang;
};

void tst_DelegationDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    m_chenjing = f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    m_zhouqiang = f->addUser(u"zhouqiang"_s, u"manager"_s, {u"销售部/华东区"_s});
    m_wangfang = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
}

void tst_DelegationDialog::setShowAndClear()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/chenjing.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(m_chenjing);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"chenjing"_s));
    MainWindow window(model, sync, u"chenjing"_s, replica.get());
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"users"_s, m_zhouqiang).has_value(), 15000);
    DelegationClient *client = DelegationClient::nearest(&window);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(client->isOnline(), 10000);

    {
        DelegationDialog dialog(client, &window);
        QCOMPARE(dialog.delegateBox()->count(), 2); // zhouqiang and wangfang, not himself
        QCOMPARE(dialog.delegateBox()->findData(m_chenjing), -1);
        QVERIFY(!dialog.clearButton()->isEnabled()); // nothing set yet
        dialog.delegateBox()->setCurrentIndex(dialog.delegateBox()->findData(m_zhouqiang));
        dialog.fromEdit()->setDate(QDate::currentDate());
        // Too long: the server's reason, in words.
        dialog.toEdit()->setDate(QDate::currentDate().addDays(100));
        QVERIFY(!dialog.apply());
        QCOMPARE(dialog.statusLabel()->text(), u"A delegation covers at most 90 days."_s);
        dialog.toEdit()->setDate(QDate::currentDate().addDays(4));
        QVERIFY2(dialog.apply(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.clearButton()->isEnabled());
    }
    QCOMPARE(listed(u"chenjing"_s).value(u"delegateId"_s).toString(), m_zhouqiang);
    // In the replica at once, as the pull would write it.
    std::optional<Row> me = replica->read(u"users"_s, m_chenjing);
    QVERIFY(me);
    QCOMPARE(me->value(u"delegate_id"_s).toString(), m_zhouqiang);
    QCOMPARE(me->value(u"away_to"_s).toString(), QDate::currentDate().addDays(4).toString(Qt::ISODate));
    QCOMPARE(client->current().delegateId, m_zhouqiang);

    // zhouqiang's approval dialog says whom he decides for today.
    replica->setUserId(m_zhouqiang);
    {
        ApprovalService approvals(*replica);
        const QList<ApprovalService::Absence> absent = approvals.delegatedToMe();
        QCOMPARE(absent.size(), 1);
        QCOMPARE(absent.first().userId, m_chenjing);
        ApprovalDialog dialog(approvals, &window);
        QVERIFY(!dialog.delegationLabel()->isHidden());
        const QString line = dialog.delegationLabel()->text();
        QVERIFY2(line.contains(u"is away"_s) && line.contains(QDate::currentDate().addDays(4).toString(u"MM-dd"_s)), qPrintable(line));
        QVERIFY(dialog.delegationButton()->isEnabled());
        // In Chinese, as the brief words it.
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
        QCoreApplication::installTranslator(&zh);
        ApprovalDialog chinese(approvals, &window);
        const QString from = QDate::currentDate().toString(u"MM-dd"_s), to = QDate::currentDate().addDays(4).toString(u"MM-dd"_s);
        QCOMPARE(chinese.delegationLabel()->text(), u"chenjing 休假中（%1 至 %2），其审批由 zhouqiang 代理。"_s.arg(from, to));
        QCOMPARE(chinese.delegationButton()->text(), u"审批代理(&G)…"_s);
        const QString shots = qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS", dir.path());
        chinese.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chinese));
        QVERIFY(chinese.grab().save(shots + u"/approvals-delegate.png"_s));
        DelegationDialog delegation(client, &window);
        delegation.show();
        QVERIFY(QTest::qWaitForWindowExposed(&delegation));
        QVERIFY(delegation.grab().save(shots + u"/delegation.png"_s));
        QCoreApplication::removeTranslator(&zh);
    }
    replica->setUserId(m_wangfang);
    {
        ApprovalService approvals(*replica);
        QVERIFY(approvals.delegatedToMe().isEmpty());
        ApprovalDialog dialog(approvals, &window);
        QVERIFY(dialog.delegationLabel()->isHidden());
    }
    replica->setUserId(m_chenjing);

    QSignalSpy synced(&sync, &SyncController::synced);
    {
        DelegationDialog dialog(client, &window);
        QCOMPARE(dialog.delegateBox()->currentData().toString(), m_zhouqiang); // shows what is set
        QVERIFY(dialog.clear());
    }
    QVERIFY(listed(u"chenjing"_s).value(u"delegateId"_s).isUndefined());
    QVERIFY(replica->read(u"users"_s, m_chenjing)->value(u"delegate_id"_s).isNull());
    // The server pokes the replica about the change: the pull it makes brings the same row.
    // (Waited for here: the server answers on this thread, which the sync's end blocks.)
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sync.state() != SyncController::State::Syncing, 10000);
    QVERIFY(replica->read(u"users"_s, m_chenjing)->value(u"delegate_id"_s).isNull());
}

void tst_DelegationDialog::offline()
{
    DelegationDialog none(nullptr);
    QVERIFY(!none.setButton()->isEnabled());
    QCOMPARE(none.statusLabel()->text(), DelegationClient::offlineMessage());
    QVERIFY(!none.apply());

    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    DelegationClient client(*replica);
    client.setServer(f->url(), f->login(u"chenjing"_s));
    client.setOnline(false);
    const DelegationClient::Result r = client.set(m_zhouqiang, QDate::currentDate(), QDate::currentDate());
    QVERIFY(!r.ok);
    QCOMPARE(r.message, DelegationClient::offlineMessage());
    QVERIFY(listed(u"chenjing"_s).value(u"delegateId"_s).isUndefined());
}

QTEST_MAIN(tst_DelegationDialog)
#include "tst_delegationdialog.moc"
