// An expense claim's invoice end to end (issue 21 W2): a rep photographs the invoice on the
// road and attaches it to her claim with no server in reach; back online the photo goes up
// before its record; her manager's client lists the invoice and downloads it when opened
// (after which it opens offline); a rep of another region cannot fetch it. SQLite and
// PostgreSQL stores.
#include "models/expenseattachments.h"
#include "models/expenseservice.h"
#include "pgcluster.h"
#include "replica/attachmentstore.h"
#include "schema/database.h"
#include "syncclient/attachmentfetcher.h"
#include "syncfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::SyncClient;

class tst_ExpenseAttachmentSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void photoAddedOfflineThenOpenedByTheManager();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir->path() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
};

void tst_ExpenseAttachmentSync::initTestCase_data()
{
    addDialects();
}

void tst_ExpenseAttachmentSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s},
                            {u"lina"_s, u"sales"_s, u"销售部/华北区"_s}});
}

void tst_ExpenseAttachmentSync::cleanup()
{
    stopWorld();
}

void tst_ExpenseAttachmentSync::photoAddedOfflineThenOpenedByTheManager()
{
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"chenjing"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    // On the road: the claim and the photo of its invoice, with no server in reach.
    ExpenseService expenses(*a->replica);
    ExpenseService::Expense claim = expenses.newClaim();
    claim.title = u"杭州出差"_s;
    claim.spentOn = u"2026-11-20"_s;
    claim.lines = {ExpenseService::Line{{}, u"2026-11-20"_s, u"travel"_s, Money::fromFen(86000), u"高铁"_s, {}}};
    QVERIFY(!expenses.save(claim));
    const QByteArray photo = "\xff\xd8\xff\xe0 高铁票照片 " + QByteArray(200000, 'J');
    const QString file = writeFile(u"高铁票.jpg"_s, photo);
    ExpenseAttachments invoicesA(*a->replica);
    QVERIFY(!invoicesA.add(claim.id, file));
    QFile::remove(file); // the copy kept with the replica is what counts
    const QList<ExpenseAttachments::Item> mine = invoicesA.list(claim.id);
    QCOMPARE(mine.size(), 1);
    QVERIFY(mine.first().available);
    QCOMPARE(mine.first().mimeType, u"image/jpeg"_s);
    const QString sha = mine.first().sha256;
    {
        SyncEngine offline(*a->replica, QUrl(u"http://127.0.0.1:1"_s), a->token);
        const SyncEngine::Result r = offline.sync();
        QVERIFY(!r.ok);
        QVERIFY(r.offline);
    }
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs"_s).toInt(), 0);

    // Back online: the photo goes up first, then the claim and its invoice.
    SyncEngine::Result r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 0);
    QCOMPARE(f->store().database().scalar(u"SELECT size_bytes FROM blobs WHERE sha256 = ?"_s, {sha}).toLongLong(), photo.size());
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM expense_attachments WHERE sha256 = ? AND deleted = 0"_s, {sha}).toInt(), 1);

    // Her manager's client lists it, without the content.
    r = b->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    ExpenseAttachments invoicesB(*b->replica);
    const QList<ExpenseAttachments::Item> theirs = invoicesB.list(claim.id);
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs.first().fileName, u"高铁票.jpg"_s);
    QVERIFY(!theirs.first().available);
    QVERIFY(!invoicesB.editable(claim.id)); // hers to change, not his

    // Opening it downloads it; afterwards it opens offline.
    AttachmentFetcher fetcher(invoicesB.store());
    fetcher.setServer(b->server, b->token);
    QSignalSpy fetched(&fetcher, &AttachmentFetcher::fetched);
    QSignalSpy failed(&fetcher, &AttachmentFetcher::failed);
    fetcher.fetch(sha);
    QVERIFY(fetched.wait(20000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(invoicesB.store().read(sha), photo);
    QVERIFY(invoicesB.list(claim.id).first().available);

    // A rep of another region cannot fetch it.
    auto c = client(u"lina"_s, u"c"_s);
    AttachmentFetcher outsider(AttachmentStore::forReplica(*c->replica));
    outsider.setServer(c->server, c->token);
    QSignalSpy refused(&outsider, &AttachmentFetcher::failed);
    outsider.fetch(sha);
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.first().at(2).toBool(), false); // refused, not offline
    QVERIFY(!AttachmentStore::forReplica(*c->replica).has(sha));
}

QTEST_GUILESS_MAIN(tst_ExpenseAttachmentSync)
#include "tst_expenseattachmentsync.moc"
