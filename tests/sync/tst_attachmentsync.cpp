// Attachments end to end (FEATURES.md S4): a file added to a contract on one laptop is
// uploaded before its record is pushed, its record syncs to the others, and its content is
// downloaded when someone opens it — after which it opens offline. A record whose content
// never reached the server comes back as a rejection and does not hold up later edits.
// SQLite and PostgreSQL stores.
#include "models/contractservice.h"
#include "pgcluster.h"
#include "replica/attachmentstore.h"
#include "schema/database.h"
#include "syncclient/attachmentfetcher.h"
#include "syncfixture.h"
#include "ui/attachmentspanel.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::SyncClient;

// Stands in for the desktop's "open with".
class OpenRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

class tst_AttachmentSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void addedOfflineUploadedThenOpenedElsewhere();
    void missingContentIsARejectionNotAJam();
    void theEditorDownloadsWhenOpened();

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir->path() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    // A saved draft contract of a customer of wangfang's, made on the server.
    QString makeContract(QString *customerId)
    {
        const QString token = f->login(u"wangfang"_s);
        *customerId = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"附件测试有限公司"_s}}, token).json.value(u"id"_s).toString();
        return f->call("POST", u"/api/v1/contracts"_s,
                       {{u"customerId"_s, *customerId}, {u"number"_s, u"HT-2026-0200"_s}, {u"title"_s, u"设备采购合同"_s},
                        {u"amount"_s, u"1000.00"_s}, {u"net"_s, u"1000.00"_s}}, token)
            .json.value(u"id"_s).toString();
    }

};

void tst_AttachmentSync::initTestCase_data()
{
    addDialects();
}

void tst_AttachmentSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s},
                            {u"lina"_s, u"sales"_s, u"销售部/华北区"_s}});
}

void tst_AttachmentSync::cleanup()
{
    stopWorld();
}

void tst_AttachmentSync::addedOfflineUploadedThenOpenedElsewhere()
{
    QString customer;
    const QString contractId = makeContract(&customer);
    QVERIFY(!contractId.isEmpty());
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"chenjing"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    // On the train: the scan is added with no server in reach.
    const QByteArray scan = "%PDF-1.7\n签字盖章的合同扫描件\n" + QByteArray(300000, 'S');
    const QString file = writeFile(u"合同扫描件.pdf"_s, scan);
    ContractService contractsA(*a->replica);
    const Contract contract = *contractsA.load(contractId);
    QVERIFY(contractsA.addAttachment(contract, file, u"甲方已盖章"_s).isEmpty());
    QFile::remove(file); // the original goes; the copy kept with the replica is what counts
    const QList<ContractService::AttachmentState> mine = contractsA.attachments(contractId);
    QCOMPARE(mine.size(), 1);
    QVERIFY(mine.first().available);
    QCOMPARE(mine.first().record.sizeBytes, scan.size());
    QCOMPARE(mine.first().record.fileName, u"合同扫描件.pdf"_s);
    QCOMPARE(mine.first().record.mimeType, u"application/pdf"_s);
    {
        SyncEngine offline(*a->replica, QUrl(u"http://127.0.0.1:1"_s), a->token);
        const SyncEngine::Result r = offline.sync();
        QVERIFY(!r.ok);
        QVERIFY(r.offline);
    }
    QCOMPARE(a->replica->pendingCount(), 1);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs"_s).toInt(), 0);

    // Back online: the content goes up first, then the record.
    SyncEngine::Result r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 0);
    const QString sha = mine.first().record.sha256;
    QCOMPARE(f->store().database().scalar(u"SELECT size_bytes FROM blobs WHERE sha256 = ?"_s, {sha}).toLongLong(), scan.size());

    // The manager's laptop gets the record, not the content.
    r = b->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    ContractService contractsB(*b->replica);
    QList<ContractService::AttachmentState> theirs = contractsB.attachments(contractId);
    QCOMPARE(theirs.size(), 1);
    QCOMPARE(theirs.first().record.note, u"甲方已盖章"_s);
    QVERIFY(!theirs.first().available);

    // Opening it downloads it.
    AttachmentFetcher fetcher(AttachmentStore::forReplica(*b->replica));
    fetcher.setServer(b->server, b->token);
    QSignalSpy fetched(&fetcher, &AttachmentFetcher::fetched);
    QSignalSpy failed(&fetcher, &AttachmentFetcher::failed);
    fetcher.fetch(sha);
    QVERIFY(fetcher.isFetching(sha));
    QVERIFY(fetched.wait(20000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(fetched.first().first().toString(), sha);
    QCOMPARE(AttachmentStore::forReplica(*b->replica).read(sha), scan);
    QVERIFY(contractsB.attachments(contractId).first().available);

    // Later, offline: it still opens (no request is made).
    fetcher.setServer(QUrl(u"http://127.0.0.1:1"_s), b->token);
    fetcher.fetch(sha);
    QVERIFY(fetched.wait(5000));
    QCOMPARE(failed.size(), 0);
    QString error;
    const QString copy = AttachmentStore::forReplica(*b->replica).exportForOpening(sha, u"合同扫描件.pdf"_s, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QVERIFY(copy.endsWith(u"/合同扫描件.pdf"_s));
    QFile opened(copy);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), scan);

    // Someone outside the customer's scope cannot fetch it, and is told so.
    auto c = client(u"lina"_s, u"c"_s);
    AttachmentFetcher outsider(AttachmentStore::forReplica(*c->replica));
    outsider.setServer(c->server, c->token);
    QSignalSpy refused(&outsider, &AttachmentFetcher::failed);
    outsider.fetch(sha);
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.first().at(2).toBool(), false); // not "offline": refused
    QVERIFY(!AttachmentStore::forReplica(*c->replica).has(sha));
}

void tst_AttachmentSync::missingContentIsARejectionNotAJam()
{
    QString customer;
    const QString contractId = makeContract(&customer);
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    ContractService contracts(*a->replica);
    const QString file = writeFile(u"送货单.jpg"_s, QByteArray("\xff\xd8\xff\xe0 送货单照片", 20));
    QVERIFY(contracts.addAttachment(*contracts.load(contractId), file).isEmpty());
    const QString sha = contracts.attachments(contractId).first().record.sha256;
    // The cached copy is lost before the upload (a cleaned disk) …
    const AttachmentStore store = AttachmentStore::forReplica(*a->replica);
    QFile::setPermissions(store.path(sha), QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    QVERIFY(QFile::remove(store.path(sha)));
    // … and an edit made after it must still reach the server.
    a->replica->update(u"customers"_s, customer, Row{{u"industry"_s, u"制造业"_s}});
    const SyncEngine::Result r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 1);
    QCOMPARE(a->replica->conflicts().first().code, u"blob_missing"_s);
    QCOMPARE(f->call("GET", u"/api/v1/customers/"_s + customer, {}, f->login(u"wangfang"_s)).json.value(u"industry"_s).toString(),
             u"制造业"_s);
    // The refused record goes from the replica once settled.
    QCOMPARE(contracts.attachments(contractId).size(), 0);
}

// The contract editor's attachments tab on the manager's laptop: a file 王芳 attached is
// listed as not here yet; opening it shows progress, downloads it and hands it to the
// desktop under its name; offline, a file not downloaded says the server cannot be
// reached, and nothing is opened.
void tst_AttachmentSync::theEditorDownloadsWhenOpened()
{
    OpenRecorder opened;
    QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
    QString customer;
    const QString contractId = makeContract(&customer);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"chenjing"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    ContractService contractsA(*a->replica);
    const QByteArray scan = "%PDF-1.7 验收单 " + QByteArray(200000, 'v');
    const QByteArray photo = "\xff\xd8\xff 现场照片";
    QVERIFY(contractsA.addAttachment(*contractsA.load(contractId), writeFile(u"验收单.pdf"_s, scan)).isEmpty());
    QVERIFY(contractsA.addAttachment(*contractsA.load(contractId), writeFile(u"现场照片.jpg"_s, photo)).isEmpty());
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    ContractService contractsB(*b->replica);
    AttachmentFetcher fetcher(contractsB.attachmentStore());
    fetcher.setServer(b->server, b->token);
    AttachmentsPanel panel(contractsB);
    panel.setFetcher(&fetcher);
    panel.setContract(*contractsB.load(contractId));
    QCOMPARE(panel.table()->rowCount(), 2);
    int pdfRow = -1, photoRow = -1;
    for (int r = 0; r < 2; ++r)
        (panel.table()->item(r, AttachmentsPanel::FileName)->text() == u"验收单.pdf"_s ? pdfRow : photoRow) = r;
    QCOMPARE(panel.table()->item(pdfRow, AttachmentsPanel::Where)->text(), u"No — downloaded when opened"_s);

    QSignalSpy handed(&panel, &AttachmentsPanel::opened);
    QVERIFY(panel.openAt(pdfRow));
    QVERIFY(panel.progressBar()->isVisibleTo(&panel));
    QVERIFY(handed.wait(20000));
    QVERIFY(!panel.progressBar()->isVisibleTo(&panel));
    QCOMPARE(opened.urls.size(), 1);
    QVERIFY(opened.urls.first().toLocalFile().endsWith(u"/验收单.pdf"_s));
    QFile file(opened.urls.first().toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), scan);
    for (int r = 0; r < 2; ++r) // the list was read again: the scan is here now
        if (panel.table()->item(r, AttachmentsPanel::FileName)->text() == u"验收单.pdf"_s)
            QCOMPARE(panel.table()->item(r, AttachmentsPanel::Where)->text(), u"Yes"_s);

    // Offline: the photo was never downloaded.
    fetcher.setServer(QUrl(u"http://127.0.0.1:1"_s), b->token);
    QSignalSpy failed(&fetcher, &AttachmentFetcher::failed);
    for (int r = 0; r < 2; ++r)
        if (panel.table()->item(r, AttachmentsPanel::FileName)->text() == u"现场照片.jpg"_s)
            QVERIFY(panel.openAt(r));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(2).toBool(), true); // offline
    QVERIFY2(panel.statusLabel()->text().contains(u"cannot be reached"_s), qPrintable(panel.statusLabel()->text()));
    QCOMPARE(opened.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(u"file"_s);
}

QTEST_MAIN(tst_AttachmentSync)
#include "tst_attachmentsync.moc"
