// Invoices attached to expense claims (报销附件, issue 21 W2) on the server, over REST, on
// SQLite and PostgreSQL: the requester uploads the photo and names it on her draft claim;
// whoever reads the claim downloads it — the approver once it is submitted, who pays it once
// it is approved — and nobody else (404); while the claim waits nothing is added or removed;
// a row names only content its writer holds; its file never changes; the content of an
// expense's invoice is not pruned as an orphan.
#include "apifixture.h"
#include "core/timestamp.h"
#include "jobs/changelogpruner.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
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

class tst_ExpenseAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void theInvoiceFollowsTheClaim();
    void refusals();
    void editableAgainWhenRejected();
    void notPrunedAsAnOrphan();
    void aRemovedLinesInvoiceStaysWithTheClaim();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, u"/api/v1/"_s + path, body);
    }
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }
    QString token(const QString &login)
    {
        if (!m_tokens.contains(login))
            m_tokens.insert(login, f->login(login));
        return m_tokens.value(login);
    }
    Reply put(const QString &login, const QByteArray &content)
    {
        return f->callRaw("PUT", u"/api/v1/blobs/"_s + sha(content), content, token(login));
    }
    int get(const QString &login, const QByteArray &content)
    {
        const Reply r = f->callRaw("GET", u"/api/v1/blobs/"_s + sha(content), {}, token(login));
        if (r.status == 200 && r.body != content)
            return -1;
        return r.status;
    }
    QString claim(const QString &login)
    {
        const QString id = f->create(login, u"expenses"_s,
                                     {{u"kind"_s, u"claim"_s}, {u"title"_s, u"杭州出差"_s}, {u"spentOn"_s, u"2026-11-20"_s}, {u"amount"_s, u"860.00"_s}});
        m_line = f->create(login, u"expense-lines"_s,
                           {{u"expenseId"_s, id}, {u"lineNo"_s, 1}, {u"spentOn"_s, u"2026-11-20"_s}, {u"category"_s, u"travel"_s}, {u"amount"_s, u"860.00"_s}});
        return id;
    }
    QJsonObject invoice(const QString &expense, const QByteArray &content, const QString &name = u"高铁票.jpg"_s) const
    {
        return {{u"expenseId"_s, expense}, {u"fileName"_s, name}, {u"mimeType"_s, u"image/jpeg"_s},
                {u"sizeBytes"_s, double(content.size())}, {u"sha256"_s, sha(content)}};
    }
    // The expense's one pending step decided by `login`.
    int decide(const QString &login, const QString &expense, const QString &status)
    {
        const QString step = f->store().database()
                                 .scalar(u"SELECT id FROM expense_steps WHERE expense_id = ? AND status = 'pending'"_s, {expense})
                                 .toString();
        return as(login, "PATCH", u"expense-steps/"_s + step, {{u"status"_s, status}}).status;
    }
    int listed(const QString &login, const QString &expense)
    {
        const Reply r = as(login, "GET", u"expense-attachments?limit=100&expense_id="_s + expense);
        return r.status == 200 ? int(r.json.value(u"items"_s).toArray().size()) : -r.status;
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QString m_line;
};

void tst_ExpenseAttachments::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_ExpenseAttachments::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"zhaomin"_s, u"director"_s, {u"销售部"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s}, u"zhaomin"_s);
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liming"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"wuhao"_s, u"manager"_s, {u"销售部/华南区"_s}, u"zhaomin"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    // The approver is a manager of another region, who sees the claim only through its list.
    QJsonObject flow;
    flow.insert(u"key"_s, u"approval.flow.expense"_s);
    flow.insert(u"value"_s, u"{\"steps\": [{\"by\": \"users\", \"mode\": \"all\", \"users\": [\"%1\"]}]}"_s.arg(userId(u"wuhao"_s)));
    QVERIFY(!f->create(u"admin"_s, u"settings"_s, flow).isEmpty());
}

void tst_ExpenseAttachments::cleanup()
{
    m_tokens.clear();
    f.reset();
}

void tst_ExpenseAttachments::theInvoiceFollowsTheClaim()
{
    const QString id = claim(u"wangfang"_s);
    const QByteArray photo = "\xff\xd8\xff\xe0 高铁票照片 " + QByteArray(3000, 'j');
    QCOMPARE(put(u"wangfang"_s, photo).status, 201);
    QJsonObject body = invoice(id, photo);
    body.insert(u"lineId"_s, m_line);
    const Reply created = as(u"wangfang"_s, "POST", u"expense-attachments"_s, body);
    QCOMPARE(created.status, 201);
    const QString attachment = created.json.value(u"id"_s).toString();
    QCOMPARE(created.json.value(u"lineId"_s).toString(), m_line);
    // A draft's invoice is the requester's (and her chain's) alone.
    QCOMPARE(get(u"wangfang"_s, photo), 200);
    QCOMPARE(get(u"wuhao"_s, photo), 404);
    QCOMPARE(get(u"sunli"_s, photo), 404);
    QCOMPARE(get(u"liming"_s, photo), 404);
    QCOMPARE(as(u"wuhao"_s, "GET", u"expense-attachments/"_s + attachment).status, 404);

    // Submitted: the approver reads the claim, its invoice and the photo.
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"expenses/"_s + id, {{u"status"_s, u"pending"_s}}).status, 200);
    QCOMPARE(get(u"wuhao"_s, photo), 200);
    QCOMPARE(listed(u"wuhao"_s, id), 1);
    QCOMPARE(get(u"sunli"_s, photo), 404);
    QCOMPARE(get(u"liming"_s, photo), 404);
    QCOMPARE(listed(u"liming"_s, id), 0);
    // While it waits nothing is added or removed.
    const QByteArray receipt = "%PDF-1.4 餐饮发票";
    QCOMPARE(put(u"wangfang"_s, receipt).status, 201);
    Reply r = as(u"wangfang"_s, "POST", u"expense-attachments"_s, invoice(id, receipt, u"餐饮发票.pdf"_s));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"document_locked"_s);
    r = as(u"wangfang"_s, "DELETE", u"expense-attachments/"_s + attachment);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"document_locked"_s);

    // Approved: who pays it reads it too; a colleague still does not.
    QCOMPARE(decide(u"wuhao"_s, id, u"approved"_s), 200);
    QCOMPARE(as(u"admin"_s, "GET", u"expenses/"_s + id).json.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(get(u"sunli"_s, photo), 200);
    QCOMPARE(listed(u"sunli"_s, id), 1);
    QCOMPARE(get(u"liming"_s, photo), 404);
    QCOMPARE(get(u"wangfang"_s, photo), 200);
}

void tst_ExpenseAttachments::aRemovedLinesInvoiceStaysWithTheClaim()
{
    const QString id = claim(u"wangfang"_s);
    const QByteArray photo = "\xff\xd8\xff\xe0 出租车票 " + QByteArray(500, 't');
    QCOMPARE(put(u"wangfang"_s, photo).status, 201);
    QJsonObject body = invoice(id, photo);
    body.insert(u"lineId"_s, m_line);
    const Reply created = as(u"wangfang"_s, "POST", u"expense-attachments"_s, body);
    QCOMPARE(created.status, 201);
    const QString attachment = created.json.value(u"id"_s).toString();
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"expense-lines/"_s + m_line).status, 204);
    const QJsonObject after = as(u"wangfang"_s, "GET", u"expense-attachments/"_s + attachment).json;
    QVERIFY2(after.value(u"lineId"_s).isNull(), qPrintable(after.value(u"lineId"_s).toString()));
    // Still a change its requester may make (a note) without naming the removed line.
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"expense-attachments/"_s + attachment, {{u"note"_s, u"出租车"_s}}).status, 200);
}

void tst_ExpenseAttachments::refusals()
{
    const QString id = claim(u"wangfang"_s);
    const QByteArray photo = "发票照片", his = "李明的发票", never = "从未上传";
    QJsonObject body;
    QCOMPARE(put(u"wangfang"_s, photo).status, 201);
    QCOMPARE(put(u"liming"_s, his).status, 201);
    // Naming content the writer does not hold: not uploaded by anyone, or by someone else.
    Reply r = as(u"wangfang"_s, "POST", u"expense-attachments"_s, invoice(id, never));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"blob_missing"_s);
    r = as(u"wangfang"_s, "POST", u"expense-attachments"_s, invoice(id, his));
    QCOMPARE(r.errorCode(), u"blob_missing"_s);
    QCOMPARE(get(u"wangfang"_s, his), 404);
    // A name with folders.
    body = invoice(id, photo, u"../发票.jpg"_s);
    r = as(u"wangfang"_s, "POST", u"expense-attachments"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"fileName"_s).toObject().value(u"code"_s).toString(),
             u"invalid_file_name"_s);
    // Another size than the content's.
    body = invoice(id, photo);
    body.insert(u"sizeBytes"_s, 1);
    QCOMPARE(as(u"wangfang"_s, "POST", u"expense-attachments"_s, body).errorCode(), u"invalid_size"_s);
    // Her manager sees the draft but does not write its invoices; a colleague does not see it.
    QCOMPARE(put(u"chenjing"_s, photo).status, 201);
    QCOMPARE(as(u"chenjing"_s, "POST", u"expense-attachments"_s, invoice(id, photo)).status, 403);
    QCOMPARE(put(u"liming"_s, photo).status, 201);
    const int colleague = as(u"liming"_s, "POST", u"expense-attachments"_s, invoice(id, photo)).status;
    QVERIFY2(colleague == 403 || colleague == 404, qPrintable(QString::number(colleague)));
    // The line must be the claim's.
    const QString other = claim(u"wangfang"_s);
    body = invoice(id, photo);
    body.insert(u"lineId"_s, m_line); // the other claim's line
    QCOMPARE(as(u"wangfang"_s, "POST", u"expense-attachments"_s, body).errorCode(), u"not_found"_s);
    QVERIFY(!other.isEmpty());
    // Created; its file never changes, its name and note may.
    const QString attachment = f->create(u"wangfang"_s, u"expense-attachments"_s, invoice(id, photo));
    QVERIFY(!attachment.isEmpty());
    QCOMPARE(put(u"wangfang"_s, never).status, 201);
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"expense-attachments/"_s + attachment,
                {{u"sha256"_s, sha(never)}, {u"sizeBytes"_s, double(never.size())}})
                 .status,
             422);
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"expense-attachments/"_s + attachment, {{u"note"_s, u"往返车票"_s}}).status, 200);
    QCOMPARE(as(u"chenjing"_s, "PATCH", u"expense-attachments/"_s + attachment, {{u"note"_s, u"经理改的"_s}}).status, 403);
    QCOMPARE(as(u"chenjing"_s, "DELETE", u"expense-attachments/"_s + attachment).status, 403);
    // Removed by its requester: the content is no longer readable through it.
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"expense-attachments/"_s + attachment).status, 204);
    QCOMPARE(get(u"wangfang"_s, photo), 404);
}

void tst_ExpenseAttachments::editableAgainWhenRejected()
{
    const QString id = claim(u"wangfang"_s);
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"expenses/"_s + id, {{u"status"_s, u"pending"_s}}).status, 200);
    QCOMPARE(decide(u"wuhao"_s, id, u"rejected"_s), 200);
    QCOMPARE(as(u"admin"_s, "GET", u"expenses/"_s + id).json.value(u"status"_s).toString(), u"rejected"_s);
    // The approver asked for the invoice: she adds it to the rejected claim.
    const QByteArray photo = "补交的发票";
    QCOMPARE(put(u"wangfang"_s, photo).status, 201);
    QCOMPARE(as(u"wangfang"_s, "POST", u"expense-attachments"_s, invoice(id, photo)).status, 201);
    QCOMPARE(get(u"wuhao"_s, photo), 200);
    QCOMPARE(get(u"liming"_s, photo), 404);
}

void tst_ExpenseAttachments::notPrunedAsAnOrphan()
{
    const QString id = claim(u"wangfang"_s);
    const QByteArray photo = "留存的发票", orphan = "上传后记录未到";
    QCOMPARE(put(u"wangfang"_s, photo).status, 201);
    QCOMPARE(put(u"wangfang"_s, orphan).status, 201);
    QVERIFY(!f->create(u"wangfang"_s, u"expense-attachments"_s, invoice(id, photo)).isEmpty());
    ChangeLogPruner pruner(f->store().database());
    const QString later = Timestamp::toText(Timestamp::parse(Timestamp::now())->addDays(8));
    QCOMPARE(pruner.pruneBlobs(later), 1);
    QCOMPARE(get(u"wangfang"_s, photo), 200);
    QCOMPARE(get(u"wangfang"_s, orphan), 404);
}

QTEST_GUILESS_MAIN(tst_ExpenseAttachments)
#include "tst_expenseattachments.moc"
