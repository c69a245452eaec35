// Attachment content on the server (server/api/blobhandler.h) and the attachment rows'
// rules (server/api/pipelinerules.h), over REST on SQLite and PostgreSQL: content is
// stored once by its SHA-256 after the hash is checked; a row needs its content uploaded
// first; content is readable only through a row the user may read; a row's file is fixed.
#include "apifixture.h"
#include "core/timestamp.h"
#include "jobs/changelogpruner.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace {
QString sha(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}
} // namespace

class tst_Blobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void uploadChecksTheHash();
    void uploadIsRefusedWithoutLoginOrWithABadName();
    void rowNeedsItsContentFirst();
    void contentIsReadThroughTheRowsScope();
    void rowsFileIsFixed();
    void tooLargeIsRefused();
    void orphansArePrunedAfterAGracePeriod();

private:
    QJsonObject attachment(const QByteArray &content, const QString &name) const
    {
        return {{u"customerId"_s, m_customer}, {u"fileName"_s, name}, {u"mimeType"_s, u"application/pdf"_s},
                {u"sizeBytes"_s, double(content.size())}, {u"sha256"_s, sha(content)}};
    }
    Reply put(const QString &login, const QByteArray &content, const QString &name = {})
    {
        return f->callRaw("PUT", u"/api/v1/blobs/"_s + (name.isEmpty() ? sha(content) : name), content, m_tokens.value(login));
    }
    Reply get(const QString &login, const QByteArray &content)
    {
        return f->callRaw("GET", u"/api/v1/blobs/"_s + sha(content), {}, m_tokens.value(login));
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QString m_customer;
};

void tst_Blobs::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_Blobs::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liqiang"_s, u"sales"_s, {u"销售部/华南区"_s});
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    m_tokens.clear();
    for (const QString &l : {u"chenjing"_s, u"wangfang"_s, u"liqiang"_s, u"sunli"_s})
        m_tokens.insert(l, f->login(l));
    const Reply c = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}}, m_tokens.value(u"wangfang"_s));
    QCOMPARE(c.status, 201);
    m_customer = c.json.value(u"id"_s).toString();
}

void tst_Blobs::cleanup()
{
    f.reset();
}

void tst_Blobs::uploadChecksTheHash()
{
    const QByteArray scan = "%PDF-1.4 合同扫描件 " + QByteArray(5000, 'x');
    Reply r = put(u"wangfang"_s, scan, sha("something else"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"hash_mismatch"_s);
    r = put(u"wangfang"_s, scan);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"sizeBytes"_s).toInteger(), scan.size());
    // The same content again (another user, another client): kept once, answered the same
    // (a different answer would tell an outsider that the file exists).
    r = put(u"liqiang"_s, scan);
    QCOMPARE(r.status, 201);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs"_s).toInt(), 1);
    // An empty file is content too.
    QCOMPARE(put(u"wangfang"_s, QByteArray()).status, 201);
}

void tst_Blobs::uploadIsRefusedWithoutLoginOrWithABadName()
{
    const QByteArray scan = "scan";
    QCOMPARE(f->callRaw("PUT", u"/api/v1/blobs/"_s + sha(scan), scan).status, 401);
    QCOMPARE(put(u"wangfang"_s, scan, u"ABC"_s).status, 400);
    QCOMPARE(put(u"wangfang"_s, scan, sha(scan).toUpper()).status, 400);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs"_s).toInt(), 0);
}

void tst_Blobs::rowNeedsItsContentFirst()
{
    const QByteArray scan = "%PDF-1.4 签字盖章版";
    Reply r = f->call("POST", u"/api/v1/attachments"_s, attachment(scan, u"合同扫描件.pdf"_s), m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"blob_missing"_s);
    QCOMPARE(put(u"wangfang"_s, scan).status, 201);
    QJsonObject wrongSize = attachment(scan, u"合同扫描件.pdf"_s);
    wrongSize[u"sizeBytes"_s] = double(scan.size() + 1);
    r = f->call("POST", u"/api/v1/attachments"_s, wrongSize, m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"invalid_size"_s);
    QJsonObject badName = attachment(scan, u"../合同.pdf"_s);
    r = f->call("POST", u"/api/v1/attachments"_s, badName, m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 422);
    r = f->call("POST", u"/api/v1/attachments"_s, attachment(scan, u"合同扫描件.pdf"_s), m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"sha256"_s).toString(), sha(scan));
}

void tst_Blobs::contentIsReadThroughTheRowsScope()
{
    const QByteArray scan = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(70000, '\0') + "送货单";
    QCOMPARE(put(u"wangfang"_s, scan).status, 201);
    // Uploaded but not yet named by a row: nobody reads it.
    QCOMPARE(get(u"wangfang"_s, scan).status, 404);
    const Reply row = f->call("POST", u"/api/v1/attachments"_s, attachment(scan, u"送货单.png"_s), m_tokens.value(u"wangfang"_s));
    QCOMPARE(row.status, 201);
    for (const QString &login : {u"wangfang"_s, u"chenjing"_s, u"sunli"_s}) {
        const Reply r = get(login, scan);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, scan);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
    }
    // Another region's rep: the same answer as for content that does not exist.
    QCOMPARE(get(u"liqiang"_s, scan).status, 404);
    QCOMPARE(f->callRaw("GET", u"/api/v1/blobs/"_s + sha(scan), {}).status, 401);
    // Once the row is deleted, the content is not handed out any more.
    QCOMPARE(f->call("DELETE", u"/api/v1/attachments/"_s + row.json.value(u"id"_s).toString(), {},
                     m_tokens.value(u"wangfang"_s)).status,
             204);
    QCOMPARE(get(u"wangfang"_s, scan).status, 404);
}

void tst_Blobs::rowsFileIsFixed()
{
    const QByteArray v1 = "第一版", v2 = "第二版";
    QCOMPARE(put(u"wangfang"_s, v1).status, 201);
    QCOMPARE(put(u"wangfang"_s, v2).status, 201);
    const Reply row = f->call("POST", u"/api/v1/attachments"_s, attachment(v1, u"合同.pdf"_s), m_tokens.value(u"wangfang"_s));
    QCOMPARE(row.status, 201);
    const QString path = u"/api/v1/attachments/"_s + row.json.value(u"id"_s).toString();
    Reply r = f->call("PATCH", path, {{u"sha256"_s, sha(v2)}, {u"sizeBytes"_s, double(v2.size())}}, m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"document_locked"_s);
    r = f->call("PATCH", path, {{u"note"_s, u"甲方已盖章"_s}, {u"fileName"_s, u"合同-盖章.pdf"_s}}, m_tokens.value(u"wangfang"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"note"_s).toString(), u"甲方已盖章"_s);
}

void tst_Blobs::tooLargeIsRefused()
{
    const QByteArray big(32 * 1024 * 1024 + 1, 'a');
    const Reply r = put(u"wangfang"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs"_s).toInt(), 0);
}

void tst_Blobs::orphansArePrunedAfterAGracePeriod()
{
    const QByteArray named = "有记录的文件", orphan = "上传后记录未到的文件";
    QCOMPARE(put(u"wangfang"_s, named).status, 201);
    QCOMPARE(put(u"wangfang"_s, orphan).status, 201);
    QCOMPARE(f->call("POST", u"/api/v1/attachments"_s, attachment(named, u"a.pdf"_s), m_tokens.value(u"wangfang"_s)).status, 201);
    ChangeLogPruner pruner(f->store().database());
    const QString now = Timestamp::now();
    QCOMPARE(pruner.pruneBlobs(now), 0); // within the grace period: a push may still come
    const QString later = Timestamp::toText(Timestamp::parse(now)->addDays(8));
    QCOMPARE(pruner.pruneBlobs(later), 1);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha(orphan)}).toInt(), 0);
    QCOMPARE(get(u"wangfang"_s, named).body, named);
}

QTEST_GUILESS_MAIN(tst_Blobs)
#include "tst_blobs.moc"
