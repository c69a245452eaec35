// Merging customer cards (issue 19, C3; server/API.md "Customer merge") on SQLite and
// PostgreSQL: who may merge (roles × owners), bad input, every record moving to the
// survivor with the merged card left as a tombstone pointing to it, the undo within 30
// days, and a push naming a merged card landing on its survivor.
#include "apifixture.h"
#include "core/id.h"
#include "core/timestamp.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_CustomerMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void whoMayMerge_data();
    void whoMayMerge();
    void badInput_data();
    void badInput();
    void mergeMovesEverything();
    void undoPutsBack();
    void undoWithinThirtyDays();
    void pushToAMergedCardGoesToTheSurvivor();
    void oddRequestsNeverFail();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, path, body);
    }
    QString create(const QString &login, const QString &path, const QJsonObject &body) { return f->create(login, path, body); }
    Reply merge(const QString &login, const QString &survivor, const QStringList &merged, const QJsonObject &fields = {})
    {
        return as(login, "POST", u"/api/v1/customers/merge"_s,
                  {{u"survivorId"_s, survivor}, {u"mergedIds"_s, QJsonArray::fromStringList(merged)}, {u"fields"_s, fields}});
    }
    QVariant value(const QString &sql, const QVariantList &values = {}) { return f->store().database().scalar(sql, values); }
    QString fieldCode(const Reply &r, const QString &field) const
    {
        return r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(field).toObject().value(u"code"_s).toString();
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_ids; // login → user id
    QString m_x, m_y, m_z;         // wangfang's X and Y, liqiang's Z
    QString m_contact, m_activity, m_quote; // X's
};

void tst_CustomerMerge::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_CustomerMerge::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    m_ids.clear();
    m_ids.insert(u"admin"_s, f->addUser(u"admin"_s, u"admin"_s, {}));
    m_ids.insert(u"director"_s, f->addUser(u"director"_s, u"director"_s, {}));
    m_ids.insert(u"chenjing"_s, f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s}));
    m_ids.insert(u"zhaolei"_s, f->addUser(u"zhaolei"_s, u"manager"_s, {u"销售部/华南区"_s}));
    m_ids.insert(u"wangfang"_s, f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s));
    m_ids.insert(u"liqiang"_s, f->addUser(u"liqiang"_s, u"sales"_s, {u"销售部/华南区"_s}, u"zhaolei"_s));
    m_ids.insert(u"zhouli"_s, f->addUser(u"zhouli"_s, u"sales"_s, {u"销售部/华东区/宁波组"_s}, u"chenjing"_s));
    m_ids.insert(u"sunli"_s, f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s}));
    m_x = create(u"wangfang"_s, u"customers"_s,
                 {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"phone"_s, u"0571-88880001"_s}, {u"email"_s, u"sales@huatong.cn"_s},
                  {u"creditCode"_s, u"91350100M000100Y43"_s}});
    m_y = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技"_s}, {u"phone"_s, u"0571-88880002"_s}});
    m_z = create(u"liqiang"_s, u"customers"_s, {{u"name"_s, u"广州华通科技有限公司"_s}});
    m_contact = create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_x}, {u"name"_s, u"王伟"_s}});
    m_activity = create(u"wangfang"_s, u"activities"_s,
                        {{u"customerId"_s, m_x}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-12-01T02:00:00.000Z"_s},
                         {u"subject"_s, u"回访"_s}});
    m_quote = create(u"wangfang"_s, u"quotes"_s, {{u"customerId"_s, m_x}, {u"number"_s, u"BJ-2026-0301"_s}, {u"title"_s, u"报价"_s}});
    QVERIFY(!m_x.isEmpty() && !m_y.isEmpty() && !m_z.isEmpty() && !m_contact.isEmpty() && !m_activity.isEmpty()
            && !m_quote.isEmpty());
}

void tst_CustomerMerge::cleanup()
{
    f.reset();
}

void tst_CustomerMerge::whoMayMerge_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("survivorOwner"); // Y is wangfang's; else a new card of this rep
    QTest::addColumn<int>("status");
    const QString same = u"wangfang"_s;
    QTest::newRow("admin") << u"admin"_s << same << 200;
    QTest::newRow("director") << u"director"_s << same << 200;
    QTest::newRow("manager of the owner") << u"chenjing"_s << same << 200;
    QTest::newRow("manager elsewhere") << u"zhaolei"_s << same << 404;
    QTest::newRow("the owner, a rep") << u"wangfang"_s << same << 403;
    QTest::newRow("clerk who sees them") << u"sunli"_s << same << 403;
    QTest::newRow("manager of both owners") << u"chenjing"_s << u"zhouli"_s << 200;
    QTest::newRow("a rep, one card theirs") << u"zhouli"_s << u"zhouli"_s << 404;
    QTest::newRow("admin across teams") << u"admin"_s << u"liqiang"_s << 200;
    QTest::newRow("director across teams") << u"director"_s << u"liqiang"_s << 200;
    QTest::newRow("manager of one owner only") << u"chenjing"_s << u"liqiang"_s << 404;
    QTest::newRow("manager of the other only") << u"zhaolei"_s << u"liqiang"_s << 404;
    QTest::newRow("a pool card, manager") << u"chenjing"_s << QString() << 403;
    QTest::newRow("a pool card, admin") << u"admin"_s << QString() << 200;
}

void tst_CustomerMerge::whoMayMerge()
{
    QFETCH(QString, login);
    QFETCH(QString, survivorOwner);
    QFETCH(int, status);
    QString survivor = m_y;
    if (survivorOwner == u"liqiang")
        survivor = m_z;
    else if (survivorOwner.isEmpty()) { // wangfang's card, released to the pool
        survivor = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技（公海）"_s}});
        QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(survivor), {{u"reason"_s, u"不再跟进"_s}}).status, 200);
    } else if (survivorOwner != u"wangfang")
        survivor = create(survivorOwner, u"customers"_s, {{u"name"_s, u"宁波华通科技有限公司"_s}});
    QVERIFY(!survivor.isEmpty());
    const Reply r = merge(login, survivor, {m_x});
    QCOMPARE(r.status, status);
    const bool merged = status == 200;
    QCOMPARE(value(u"SELECT deleted FROM customers WHERE id = ?"_s, {m_x}).toInt(), merged ? 1 : 0);
    QCOMPARE(value(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {m_contact}).toString(), merged ? survivor : m_x);
    QCOMPARE(value(u"SELECT count(*) FROM customer_merges"_s).toInt(), merged ? 1 : 0);
    if (merged)
        QCOMPARE(value(u"SELECT owner_id FROM contacts WHERE id = ?"_s, {m_contact}).toString(),
                 m_ids.value(survivorOwner));
}

void tst_CustomerMerge::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // the field named in a 422
    QTest::newRow("survivor among the merged") << u"survivorTwice"_s << 422 << u"mergedIds"_s;
    QTest::newRow("a card named twice") << u"mergedTwice"_s << 422 << u"mergedIds"_s;
    QTest::newRow("nothing to merge") << u"empty"_s << 422 << u"mergedIds"_s;
    QTest::newRow("survivor not an id") << u"badSurvivor"_s << 422 << u"survivorId"_s;
    QTest::newRow("unknown field") << u"unknownField"_s << 422 << u"colour"_s;
    QTest::newRow("server-written field") << u"serverField"_s << 422 << u"mergedInto"_s;
    QTest::newRow("the owner") << u"ownerField"_s << 422 << u"ownerId"_s;
    QTest::newRow("value from a third card") << u"thirdCard"_s << 422 << u"phone"_s;
    QTest::newRow("no such card") << u"unknownCard"_s << 404 << QString();
    QTest::newRow("already merged") << u"alreadyMerged"_s << 409 << QString();
    QTest::newRow("deleted") << u"deleted"_s << 409 << QString();
}

void tst_CustomerMerge::badInput()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, field);
    Reply r;
    if (kind == u"survivorTwice")
        r = merge(u"admin"_s, m_y, {m_x, m_y});
    else if (kind == u"mergedTwice")
        r = merge(u"admin"_s, m_y, {m_x, m_x});
    else if (kind == u"empty")
        r = merge(u"admin"_s, m_y, {});
    else if (kind == u"badSurvivor")
        r = merge(u"admin"_s, u"Y"_s, {m_x});
    else if (kind == u"unknownField")
        r = merge(u"admin"_s, m_y, {m_x}, {{u"colour"_s, m_x}});
    else if (kind == u"serverField")
        r = merge(u"admin"_s, m_y, {m_x}, {{u"mergedInto"_s, m_x}});
    else if (kind == u"ownerField")
        r = merge(u"admin"_s, m_y, {m_x}, {{u"ownerId"_s, m_x}});
    else if (kind == u"thirdCard")
        r = merge(u"admin"_s, m_y, {m_x}, {{u"phone"_s, m_z}});
    else if (kind == u"unknownCard")
        r = merge(u"admin"_s, m_y, {Id::generate().toString()});
    else if (kind == u"alreadyMerged") {
        QCOMPARE(merge(u"admin"_s, m_z, {m_x}).status, 200);
        r = merge(u"admin"_s, m_y, {m_x});
        QCOMPARE(r.errorCode(), u"already_merged"_s);
    } else if (kind == u"deleted") {
        QCOMPARE(as(u"admin"_s, "DELETE", u"/api/v1/customers/"_s + m_x).status, 204);
        r = merge(u"admin"_s, m_y, {m_x});
    }
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QVERIFY2(!fieldCode(r, field).isEmpty(), r.body.constData());
    // Nothing moved.
    QCOMPARE(value(u"SELECT count(*) FROM contacts WHERE customer_id = ?"_s, {m_y}).toInt(), 0);
    QCOMPARE(value(u"SELECT phone FROM customers WHERE id = ?"_s, {m_y}).toString(), u"0571-88880002"_s);
}

void tst_CustomerMerge::mergeMovesEverything()
{
    const Reply r = merge(u"chenjing"_s, m_y, {m_x},
                          {{u"phone"_s, m_x}, {u"email"_s, m_x}, {u"creditCode"_s, m_x}, {u"name"_s, m_y}});
    QCOMPARE(r.status, 200);
    const QString mergeId = r.json.value(u"mergeId"_s).toString();
    QVERIFY(Id::fromString(mergeId));
    const QJsonObject survivor = r.json.value(u"survivor"_s).toObject();
    QCOMPARE(survivor.value(u"id"_s).toString(), m_y);
    QCOMPARE(survivor.value(u"phone"_s).toString(), u"0571-88880001"_s);
    QCOMPARE(survivor.value(u"email"_s).toString(), u"sales@huatong.cn"_s);
    QCOMPARE(survivor.value(u"creditCode"_s).toString(), u"91350100M000100Y43"_s);
    QCOMPARE(survivor.value(u"name"_s).toString(), u"杭州华通科技"_s);
    QCOMPARE(r.json.value(u"moved"_s).toObject().value(u"contacts"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"moved"_s).toObject().value(u"quotes"_s).toInt(), 1);
    // The merged card: a tombstone pointing to the survivor; REST answers 404 for it.
    QCOMPARE(value(u"SELECT deleted FROM customers WHERE id = ?"_s, {m_x}).toInt(), 1);
    QCOMPARE(value(u"SELECT merged_into FROM customers WHERE id = ?"_s, {m_x}).toString(), m_y);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_x).status, 404);
    // Every record follows, with a new version the pull carries.
    for (const auto &[table, id] : {std::pair{u"contacts"_s, m_contact}, std::pair{u"activities"_s, m_activity},
                                    std::pair{u"quotes"_s, m_quote}}) {
        QCOMPARE(value(u"SELECT customer_id FROM %1 WHERE id = ?"_s.arg(table), {id}).toString(), m_y);
        QCOMPARE(value(u"SELECT count(*) FROM changes WHERE table_name = ? AND record_id = ? AND customer_id = ?"_s,
                       {table, id, m_y}).toInt(), 1);
    }
    const QJsonArray contacts = as(u"wangfang"_s, "GET", u"/api/v1/contacts?customer_id="_s + m_y).json.value(u"items"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    // Audited on both cards, and listed on the survivor.
    QCOMPARE(value(u"SELECT count(*) FROM audit_log WHERE action = 'merge' AND record_id IN (?, ?)"_s, {m_x, m_y}).toInt(), 2);
    const QJsonArray merges = as(u"chenjing"_s, "GET", u"/api/v1/customers/%1/merges"_s.arg(m_y)).json.value(u"items"_s).toArray();
    QCOMPARE(merges.size(), 1);
    QCOMPARE(merges.first().toObject().value(u"mergeId"_s).toString(), mergeId);
    QCOMPARE(merges.first().toObject().value(u"undoable"_s).toBool(), true);
    QCOMPARE(merges.first().toObject().value(u"merged"_s).toArray().first().toObject().value(u"movedRecords"_s).toInt(), 3);
    // A merged card cannot be merged again, nor be a survivor.
    QCOMPARE(merge(u"admin"_s, m_x, {m_z}).status, 409);
}

void tst_CustomerMerge::undoPutsBack()
{
    const Reply r = merge(u"admin"_s, m_y, {m_x}, {{u"phone"_s, m_x}, {u"email"_s, m_x}, {u"creditCode"_s, m_x}});
    QCOMPARE(r.status, 200);
    const QString mergeId = r.json.value(u"mergeId"_s).toString();
    // Since the merge: the survivor's phone edited, one moved record deleted, a new one added.
    QCOMPARE(f->patch(u"wangfang"_s, u"customers"_s, m_y, {{u"phone"_s, u"0571-88889999"_s}}).status, 200);
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/activities/"_s + m_activity).status, 204);
    const QString later = create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_y}, {u"name"_s, u"李娜"_s}});
    QVERIFY(!later.isEmpty());

    // Not by a rep; by the owner's manager.
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId)).status, 403);
    const Reply u = as(u"chenjing"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId));
    QCOMPARE(u.status, 200);
    QCOMPARE(u.json.value(u"keptFields"_s).toArray(), QJsonArray{u"phone"_s});
    QCOMPARE(u.json.value(u"keptRecords"_s).toArray().size(), 1);
    QCOMPARE(u.json.value(u"movedBack"_s).toObject().value(u"contacts"_s).toInt(), 1);
    // Both cards live again; the survivor's fields back where the merge set them.
    QCOMPARE(value(u"SELECT deleted FROM customers WHERE id = ?"_s, {m_x}).toInt(), 0);
    QVERIFY(value(u"SELECT merged_into FROM customers WHERE id = ?"_s, {m_x}).isNull());
    // Back with its owner, who could not follow it up meanwhile: the pool reclaim's clock
    // starts again at the undo.
    QCOMPARE(value(u"SELECT owner_since FROM customers WHERE id = ?"_s, {m_x}).toString(),
             value(u"SELECT undone_at FROM customer_merges WHERE merged_id = ?"_s, {m_x}).toString());
    QCOMPARE(value(u"SELECT phone FROM customers WHERE id = ?"_s, {m_y}).toString(), u"0571-88889999"_s);
    QVERIFY(value(u"SELECT email FROM customers WHERE id = ?"_s, {m_y}).isNull());
    QVERIFY(value(u"SELECT credit_code FROM customers WHERE id = ?"_s, {m_y}).isNull());
    QCOMPARE(value(u"SELECT credit_code FROM customers WHERE id = ?"_s, {m_x}).toString(), u"91350100M000100Y43"_s);
    // Each record that moved is back; the one added since stays; the deleted one stays deleted.
    QCOMPARE(value(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {m_contact}).toString(), m_x);
    QCOMPARE(value(u"SELECT customer_id FROM quotes WHERE id = ?"_s, {m_quote}).toString(), m_x);
    QCOMPARE(value(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {later}).toString(), m_y);
    QCOMPARE(value(u"SELECT deleted FROM activities WHERE id = ?"_s, {m_activity}).toInt(), 1);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_x).status, 200);
    QCOMPARE(value(u"SELECT count(*) FROM audit_log WHERE action = 'unmerge'"_s).toInt(), 2);
    // Once only.
    const Reply again = as(u"chenjing"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"already_undone"_s);
    const QJsonObject listed = as(u"admin"_s, "GET", u"/api/v1/customers/%1/merges"_s.arg(m_y)).json.value(u"items"_s).toArray().first().toObject();
    QVERIFY(!listed.value(u"undoneAt"_s).toString().isEmpty());
    QCOMPARE(listed.value(u"undoable"_s).toBool(), false);
    QCOMPARE(as(u"admin"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(Id::generate().toString())).status, 404);
}

void tst_CustomerMerge::undoWithinThirtyDays()
{
    const Reply r = merge(u"admin"_s, m_y, {m_x});
    QCOMPARE(r.status, 200);
    const QString mergeId = r.json.value(u"mergeId"_s).toString();
    const QString old = Timestamp::toText(QDateTime::currentDateTimeUtc().addDays(-31));
    f->store().database().exec(u"UPDATE customer_merges SET merged_at = ? WHERE merge_id = ?"_s, {old, mergeId});
    const Reply u = as(u"admin"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId));
    QCOMPARE(u.status, 409);
    QCOMPARE(u.errorCode(), u"undo_expired"_s);
    QCOMPARE(value(u"SELECT deleted FROM customers WHERE id = ?"_s, {m_x}).toInt(), 1);
    QCOMPARE(as(u"admin"_s, "GET", u"/api/v1/customers/%1/merges"_s.arg(m_y)).json.value(u"items"_s).toArray()
                 .first().toObject().value(u"undoable"_s).toBool(),
             false);
    const QString recent = Timestamp::toText(QDateTime::currentDateTimeUtc().addDays(-29));
    f->store().database().exec(u"UPDATE customer_merges SET merged_at = ? WHERE merge_id = ?"_s, {recent, mergeId});
    QCOMPARE(as(u"admin"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId)).status, 200);
}

void tst_CustomerMerge::pushToAMergedCardGoesToTheSurvivor()
{
    QCOMPARE(merge(u"admin"_s, m_y, {m_x}, {{u"email"_s, m_x}}).status, 200);
    const QString clientId = Id::generate().toString();
    const QString contact = Id::generate().toString();
    auto mutation = [](int id, const QString &table, const QString &recordId, const QStringList &columns,
                       const QJsonArray &values, const QJsonValue &base) {
        return QJsonObject{{u"id"_s, id}, {u"table"_s, table}, {u"recordId"_s, recordId}, {u"op"_s, u"upsert"_s},
                           {u"columns"_s, QJsonArray::fromStringList(columns)}, {u"base"_s, base}, {u"values"_s, values}};
    };
    const QJsonArray mutations{
        // An edit of X made offline: its website (empty on both cards) and its e-mail (the survivor took X's).
        mutation(1, u"customers"_s, m_x, {u"website"_s, u"email"_s}, {u"www.huatong.cn"_s, u"info@huatong.cn"_s},
                 QJsonArray{QJsonValue::Null, u"sales@huatong.cn"_s}),
        // A contact added to X offline.
        mutation(2, u"contacts"_s, contact, {u"id"_s, u"customer_id"_s, u"name"_s}, {contact, m_x, u"赵六"_s}, QJsonValue::Null),
    };
    const Reply r = as(u"wangfang"_s, "POST", u"/api/v1/sync/push"_s,
                       {{u"protocol"_s, 1}, {u"clientId"_s, clientId}, {u"mutations"_s, mutations}});
    QCOMPARE(r.status, 200);
    for (const QJsonValue &result : r.json.value(u"results"_s).toArray())
        QCOMPARE(result.toObject().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(value(u"SELECT website FROM customers WHERE id = ?"_s, {m_y}).toString(), u"www.huatong.cn"_s);
    QCOMPARE(value(u"SELECT email FROM customers WHERE id = ?"_s, {m_y}).toString(), u"info@huatong.cn"_s);
    QVERIFY(value(u"SELECT website FROM customers WHERE id = ?"_s, {m_x}).isNull());
    QCOMPARE(value(u"SELECT deleted FROM customers WHERE id = ?"_s, {m_x}).toInt(), 1);
    QCOMPARE(value(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {contact}).toString(), m_y);
}

void tst_CustomerMerge::oddRequestsNeverFail()
{
    // Bad input never crashes: every odd body or id is a 4xx with the error shape, and
    // nothing changes.
    const QString token = f->login(u"admin"_s);
    const QList<QByteArray> bodies{
        "", "[]", "null", "42", "{", "{\"survivorId\": 7}", "{\"survivorId\": null, \"mergedIds\": null}",
        "{\"survivorId\": \"" + m_y.toUtf8() + "\", \"mergedIds\": \"" + m_x.toUtf8() + "\"}",
        "{\"survivorId\": \"" + m_y.toUtf8() + "\", \"mergedIds\": [7, null, {}]}",
        "{\"survivorId\": \"" + m_y.toUtf8() + "\", \"mergedIds\": [\"" + m_x.toUtf8() + "\"], \"fields\": []}",
        "{\"survivorId\": \"" + m_y.toUtf8() + "\", \"mergedIds\": [\"" + m_x.toUtf8() + "\"], \"fields\": {\"phone\": [1]}}",
        "{\"survivorId\": \"" + m_y.toUtf8() + "\", \"mergedIds\": [\"" + m_x.toUtf8() + "\"], \"fields\": {\"\": null}}",
        "{\"survivorId\": \"" + m_y.toUpper().toUtf8() + "\", \"mergedIds\": [\"" + m_y.toUtf8() + "\"]}",
        "{\"survivorId\": \"\xff\xfe\", \"mergedIds\": [\"\xc3\"]}",
    };
    for (const QByteArray &body : bodies) {
        const Reply r = f->callRaw("POST", u"/api/v1/customers/merge"_s, body, token);
        QVERIFY2(r.status >= 400 && r.status < 500, body.constData());
        QVERIFY2(!r.errorCode().isEmpty(), body.constData());
    }
    for (const QString &id : {u"x"_s, u"%00"_s, u"..%2F.."_s, QString(300, u'7'), m_y.toUpper(), Id::generate().toString()}) {
        for (const auto &[method, path] : {std::pair<QByteArray, QString>{"POST", u"/api/v1/customers/merges/%1/undo"_s},
                                           std::pair<QByteArray, QString>{"GET", u"/api/v1/customers/%1/merges"_s}}) {
            const Reply r = f->callRaw(method, path.arg(id), {}, token);
            QVERIFY2(r.status == 404 || (r.status == 200 && id == m_y.toUpper()), qPrintable(path.arg(id) + u' ' + QString::number(r.status)));
        }
    }
    QCOMPARE(value(u"SELECT count(*) FROM customers WHERE deleted = 1"_s).toInt(), 0);
    QCOMPARE(value(u"SELECT count(*) FROM customer_merges"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_CustomerMerge)
#include "tst_customermerge.moc"
