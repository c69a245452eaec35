#include "sync/messages.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Messages : public QObject
{
    Q_OBJECT

private slots:
    void goldenRoundTrip_data();
    void goldenRoundTrip();
    void malformedIsRefused_data();
    void malformedIsRefused();
    void wrongTypesNeverCrash_data();
    void wrongTypesNeverCrash();
    void unknownKeysAreIgnored();
    void malformedMutationIsKeptForARejection_data();
    void malformedMutationIsKeptForARejection();
    void tooManyMutations();
    void protocolIsReadFirst();
    void pullQuery_data();
    void pullQuery();
    void snapshotQuery();
    void checkpointMatchesScopeChecksums();
};

namespace {

// The message types by name: read a JSON object, write it back.
using RoundTrip = std::function<std::optional<QJsonObject>(const QJsonObject &, Sync::Error *)>;

template<typename T>
RoundTrip through()
{
    return [](const QJsonObject &json, Sync::Error *error) -> std::optional<QJsonObject> {
        const std::optional<T> m = T::fromJson(json, error);
        return m ? std::optional<QJsonObject>(m->toJson()) : std::nullopt;
    };
}

const QHash<QString, RoundTrip> &messages()
{
    static const QHash<QString, RoundTrip> all{
        {u"PushRequest"_s, through<Sync::PushRequest>()}, {u"PushReply"_s, through<Sync::PushReply>()},
        {u"PushResult"_s, through<Sync::PushResult>()},   {u"Mutation"_s, through<Sync::Mutation>()},
        {u"Outcome"_s, through<Sync::Outcome>()},         {u"PullPage"_s, through<Sync::PullPage>()},
        {u"Checkpoint"_s, through<Sync::Checkpoint>()},   {u"Head"_s, through<Sync::Head>()},
        {u"UpsertGroup"_s, through<Sync::UpsertGroup>()}, {u"Remove"_s, through<Sync::Remove>()},
    };
    return all;
}

QJsonObject object(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data is not a JSON object: %s", text.constData());
    return doc.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray Outcome =
    R"({"id":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a01","clientId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a02","mutationId":7,)"
    R"("kind":"conflict","table":"customers","recordId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a03","field":"name",)"
    R"("base":"\"华通\"","mine":"\"华通科技\"","theirs":"\"华通软件\"","theirsBy":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a04",)"
    R"("code":"conflict","message":"Someone else changed this field since you last synced.","at":"2026-12-06T08:00:00.000Z"})";

} // namespace


void tst_Messages::goldenRoundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("golden");
    // As the client sends them: a create (base null), an update, a delete.
    QTest::newRow("push request") << u"PushRequest"_s << QByteArray(
        R"({"protocol":1,"clientId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b","mutations":[)"
        R"({"id":1,"table":"customers","recordId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6c","op":"upsert","columns":["name","level"],"base":null,"values":["华通","A"]},)"
        R"({"id":2,"table":"customers","recordId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6c","op":"upsert","columns":["level"],"base":["A"],"values":["B"]},)"
        R"({"id":3,"table":"contacts","recordId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6d","op":"delete","columns":[],"base":null,"values":[]}]})");
    QTest::newRow("push request, nothing to push") << u"PushRequest"_s
                                                   << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[]})");
    QTest::newRow("mutation with money and an empty base")
        << u"Mutation"_s
        << QByteArray(R"({"id":9007199254740992,"table":"opportunities","recordId":"r","op":"upsert","columns":[],"base":[],"values":[]})");
    QTest::newRow("push reply") << u"PushReply"_s << QByteArray(
        R"({"results":[{"id":1,"status":"applied","version":3},{"id":2,"status":"rejected","code":"out_of_scope"},)"
        R"({"id":3,"status":"rejected","code":"duplicate_credit_code","existingId":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6e"},)"
        R"({"id":4,"status":"duplicate"},{"id":5,"status":"conflict","version":12}],"lastMutationId":5})");
    QTest::newRow("outcome") << u"Outcome"_s << Outcome;
    QTest::newRow("pull page") << u"PullPage"_s << QByteArray(
        R"({"cursor":42,"hasMore":false,"upserts":[{"table":"customers","columns":["id","name","version","amount_fen"],)"
        R"("rows":[["0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b","华通 \"R740\" 😀",3,"123456789012"],["0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6c",null,1,null]]},)"
        R"({"table":"a_table_from_the_future","columns":["id","x"],"rows":[["0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6f",1]]}],)"
        R"("removes":[{"table":"contacts","id":"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6d"}],)"
        R"("removeCustomers":["0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a70"],"outcomes":[)" + Outcome + R"(],"lastMutationId":7,)"
        R"("checkpoint":{"seq":42,"tables":{"customers":{"count":2,"checksum":"9f3a00c1d2e3f4a5"},"contacts":{"count":0,"checksum":"0"}}}})");
    QTest::newRow("pull page, more to come") << u"PullPage"_s << QByteArray(
        R"({"cursor":5000,"hasMore":true,"upserts":[],"removes":[],"removeCustomers":[],"outcomes":[],"lastMutationId":0})");
    QTest::newRow("checkpoint, largest checksum") << u"Checkpoint"_s
                                                  << QByteArray(R"({"seq":1,"tables":{"t":{"count":1,"checksum":"ffffffffffffffff"}}})");
    QTest::newRow("head") << u"Head"_s << QByteArray(R"({"seq":123456})");
}

void tst_Messages::goldenRoundTrip()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, golden);
    const QJsonObject in = object(golden);
    Sync::Error error;
    const std::optional<QJsonObject> out = messages().value(type)(in, &error);
    QVERIFY2(out, qPrintable(error.message));
    QCOMPARE(compact(*out), compact(in));
}

void tst_Messages::malformedIsRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // a part of the reason
    QTest::newRow("push: protocol a string") << u"PushRequest"_s
                                             << QByteArray(R"({"protocol":"1","clientId":"c","mutations":[]})") << u"protocol"_s;
    QTest::newRow("push: clientId a number") << u"PushRequest"_s
                                             << QByteArray(R"({"protocol":1,"clientId":7,"mutations":[]})") << u"clientId"_s;
    QTest::newRow("push: no clientId") << u"PushRequest"_s << QByteArray(R"({"protocol":1,"mutations":[]})") << u"clientId"_s;
    QTest::newRow("push: no mutations") << u"PushRequest"_s << QByteArray(R"({"protocol":1,"clientId":"c"})") << u"mutations"_s;
    QTest::newRow("push: mutations an object") << u"PushRequest"_s
                                               << QByteArray(R"({"protocol":1,"clientId":"c","mutations":{}})") << u"mutations"_s;
    QTest::newRow("push: a mutation a number") << u"PushRequest"_s
                                               << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[1]})") << u"mutations[0]"_s;
    QTest::newRow("push: mutation id a string")
        << u"PushRequest"_s << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[{"id":"1","table":"customers"}]})") << u"id"_s;
    QTest::newRow("push: mutation id a fraction")
        << u"PushRequest"_s << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[{"id":1.5}]})") << u"id"_s;
    QTest::newRow("push: mutation id beyond 2^53")
        << u"PushRequest"_s << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[{"id":1e300}]})") << u"id"_s;
    QTest::newRow("push: no mutation id") << u"PushRequest"_s
                                          << QByteArray(R"({"protocol":1,"clientId":"c","mutations":[{"table":"x"}]})") << u"id"_s;
    QTest::newRow("push reply: no lastMutationId") << u"PushReply"_s << QByteArray(R"({"results":[]})") << u"lastMutationId"_s;
    QTest::newRow("push reply: result without status")
        << u"PushReply"_s << QByteArray(R"({"results":[{"id":1}],"lastMutationId":1})") << u"status"_s;
    QTest::newRow("push result: version a string") << u"PushResult"_s
                                                   << QByteArray(R"({"id":1,"status":"applied","version":"3"})") << u"version"_s;
    QTest::newRow("pull: no cursor") << u"PullPage"_s << QByteArray(R"({"hasMore":false})") << u"cursor"_s;
    QTest::newRow("pull: cursor a string") << u"PullPage"_s << QByteArray(R"({"cursor":"42"})") << u"cursor"_s;
    QTest::newRow("pull: hasMore a string") << u"PullPage"_s << QByteArray(R"({"cursor":1,"hasMore":"false"})") << u"hasMore"_s;
    QTest::newRow("pull: upserts an object") << u"PullPage"_s << QByteArray(R"({"cursor":1,"upserts":{}})") << u"upserts"_s;
    QTest::newRow("pull: a group without a table")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"upserts":[{"columns":["id"],"rows":[]}]})") << u"table"_s;
    QTest::newRow("pull: a row not an array")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"upserts":[{"table":"t","columns":["id"],"rows":["x"]}]})") << u"row 0"_s;
    QTest::newRow("pull: a row too short")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"upserts":[{"table":"t","columns":["id","name"],"rows":[["x"]]}]})") << u"row 0"_s;
    QTest::newRow("pull: a column a number")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"upserts":[{"table":"t","columns":[1],"rows":[]}]})") << u"columns"_s;
    QTest::newRow("pull: a remove without an id") << u"PullPage"_s
                                                  << QByteArray(R"({"cursor":1,"removes":[{"table":"t"}]})") << u"id"_s;
    QTest::newRow("pull: removeCustomers with a number") << u"PullPage"_s
                                                         << QByteArray(R"({"cursor":1,"removeCustomers":[1]})") << u"removeCustomers"_s;
    QTest::newRow("pull: an outcome without a kind")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"outcomes":[{"id":"o","table":"t","recordId":"r"}]})") << u"kind"_s;
    QTest::newRow("pull: an outcome's mine a number")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"outcomes":[{"id":"o","kind":"conflict","table":"t","recordId":"r","mine":5}]})")
        << u"mine"_s;
    QTest::newRow("pull: lastMutationId a string") << u"PullPage"_s
                                                   << QByteArray(R"({"cursor":1,"lastMutationId":"7"})") << u"lastMutationId"_s;
    QTest::newRow("pull: checkpoint an array") << u"PullPage"_s << QByteArray(R"({"cursor":1,"checkpoint":[]})") << u"checkpoint"_s;
    QTest::newRow("pull: checksum not hexadecimal")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"checkpoint":{"seq":1,"tables":{"t":{"count":1,"checksum":"xyz"}}}})")
        << u"checksum"_s;
    QTest::newRow("pull: checksum a number")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"checkpoint":{"seq":1,"tables":{"t":{"count":1,"checksum":12}}}})") << u"checksum"_s;
    QTest::newRow("pull: count a string")
        << u"PullPage"_s << QByteArray(R"({"cursor":1,"checkpoint":{"seq":1,"tables":{"t":{"count":"1","checksum":"a"}}}})") << u"count"_s;
    QTest::newRow("pull: checkpoint without tables") << u"PullPage"_s
                                                     << QByteArray(R"({"cursor":1,"checkpoint":{"seq":1}})") << u"tables"_s;
    QTest::newRow("head: no seq") << u"Head"_s << QByteArray(R"({})") << u"seq"_s;
    QTest::newRow("head: seq a fraction") << u"Head"_s << QByteArray(R"({"seq":0.25})") << u"seq"_s;
}

void tst_Messages::malformedIsRefused()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Sync::Error error;
    const std::optional<QJsonObject> out = messages().value(type)(object(json), &error);
    QVERIFY2(!out, out ? compact(*out).constData() : "");
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(!error.tooLarge);
}

// Every key of every golden message, replaced by a value of each JSON type (and left
// out): refused with a reason or read, never a crash.
void tst_Messages::wrongTypesNeverCrash_data()
{
    goldenRoundTrip_data();
}

void tst_Messages::wrongTypesNeverCrash()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, golden);
    const QList<QJsonValue> odd{QJsonValue::Null, QJsonValue::Undefined, true, 0, -1, 1e300, u""_s, u"x"_s, QJsonArray(),
                                QJsonArray{1, u"x"_s}, QJsonObject(), QJsonObject{{u"a"_s, 1}}};
    const RoundTrip read = messages().value(type);
    // Each path to a value: keys at the top and inside the first item of each array.
    std::function<void(const QJsonObject &, const std::function<QJsonObject(const QJsonObject &)> &)> walk;
    int tries = 0;
    walk = [&](const QJsonObject &o, const std::function<QJsonObject(const QJsonObject &)> &wrap) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            for (const QJsonValue &v : odd) {
                QJsonObject changed = o;
                if (v.isUndefined())
                    changed.remove(it.key());
                else
                    changed.insert(it.key(), v);
                Sync::Error error;
                if (!read(wrap(changed), &error))
                    QVERIFY2(!error.message.isEmpty(), qPrintable(it.key()));
                ++tries;
            }
            QJsonValue inner = it.value();
            if (inner.isArray() && !inner.toArray().isEmpty())
                inner = inner.toArray().first();
            if (inner.isObject()) {
                const QString key = it.key();
                const bool inArray = it.value().isArray();
                walk(inner.toObject(), [&, key, inArray, o](const QJsonObject &x) {
                    QJsonObject outer = o;
                    if (inArray) {
                        QJsonArray a = o.value(key).toArray();
                        a[0] = x;
                        outer.insert(key, a);
                    } else {
                        outer.insert(key, x);
                    }
                    return wrap(outer);
                });
            }
        }
    };
    walk(object(golden), [](const QJsonObject &x) { return x; });
    QVERIFY(tries > 0);
}

void tst_Messages::unknownKeysAreIgnored()
{
    QJsonObject in = object(R"({"protocol":1,"clientId":"c","future":[1,2],"mutations":[{"id":1,"table":"t","recordId":"r",)"
                            R"("op":"delete","columns":[],"values":[],"signedBy":"x"}]})");
    Sync::Error error;
    const std::optional<Sync::PushRequest> push = Sync::PushRequest::fromJson(in, &error);
    QVERIFY2(push, qPrintable(error.message));
    QVERIFY(push->mutations.first().problem.isEmpty());
    QVERIFY(!push->toJson().contains(u"future"_s));
    QVERIFY(!push->mutations.first().toJson().contains(u"signedBy"_s));

    const std::optional<Sync::PullPage> page = Sync::PullPage::fromJson(
        object(R"({"cursor":3,"newsFeed":{},"outcomes":[{"id":"o","kind":"rejection","table":"t","recordId":"r","mood":"sad"}]})"), &error);
    QVERIFY2(page, qPrintable(error.message));
    QCOMPARE(page->cursor, 3);
    QCOMPARE(page->outcomes.size(), 1);
    // Left out: empty lists, no more pages, no mutation acknowledged, no checkpoint.
    QVERIFY(!page->hasMore);
    QVERIFY(!page->changesRows());
    QCOMPARE(page->lastMutationId, 0);
    QVERIFY(!page->checkpoint);
}

// A mutation whose fields are wrong is still read (with its id), so that the server
// records it as a rejection and the client's queue moves on; what was sent stays
// visible in the rejection.
void tst_Messages::malformedMutationIsKeptForARejection_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("recordId");
    QTest::newRow("recordId true") << QByteArray(R"({"id":1,"table":"customers","recordId":true,"op":"upsert","columns":[],"values":[]})")
                                   << u"customers"_s << u"true"_s;
    QTest::newRow("no recordId") << QByteArray(R"({"id":1,"table":"customers","op":"upsert","columns":[],"values":[]})")
                                 << u"customers"_s << u"null"_s;
    QTest::newRow("table a number") << QByteArray(R"({"id":1,"table":7,"recordId":"r","op":"delete","columns":[],"values":[]})")
                                    << u"7"_s << u"r"_s;
    QTest::newRow("op an array") << QByteArray(R"({"id":1,"table":"t","recordId":"r","op":[],"columns":[],"values":[]})") << u"t"_s
                                 << u"r"_s;
    QTest::newRow("a column a number") << QByteArray(R"({"id":1,"table":"t","recordId":"r","op":"upsert","columns":[1],"values":[1]})")
                                       << u"t"_s << u"r"_s;
    QTest::newRow("values an object") << QByteArray(R"({"id":1,"table":"t","recordId":"r","op":"upsert","columns":["a"],"values":{}})")
                                      << u"t"_s << u"r"_s;
    QTest::newRow("base a string")
        << QByteArray(R"({"id":1,"table":"t","recordId":"r","op":"upsert","columns":["a"],"values":[1],"base":"1"})") << u"t"_s << u"r"_s;
}

void tst_Messages::malformedMutationIsKeptForARejection()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, table);
    QFETCH(QString, recordId);
    Sync::Error error;
    const std::optional<Sync::Mutation> m = Sync::Mutation::fromJson(object(json), &error);
    QVERIFY2(m, qPrintable(error.message));
    QCOMPARE(m->id, 1);
    QVERIFY(!m->problem.isEmpty());
    QCOMPARE(m->table, table);
    QCOMPARE(m->recordId, recordId);
}

void tst_Messages::tooManyMutations()
{
    QJsonArray mutations;
    for (int i = 1; i <= Sync::PushRequest::MaxMutations + 1; ++i)
        mutations.append(QJsonObject{{u"id"_s, i}});
    Sync::Error error;
    QVERIFY(!Sync::PushRequest::fromJson(QJsonObject{{u"protocol"_s, 1}, {u"clientId"_s, u"c"_s}, {u"mutations"_s, mutations}}, &error));
    QVERIFY(error.tooLarge);
    QVERIFY2(error.message.contains(u"1000"_s), qPrintable(error.message));
    mutations.removeLast();
    QVERIFY(Sync::PushRequest::fromJson(QJsonObject{{u"protocol"_s, 1}, {u"clientId"_s, u"c"_s}, {u"mutations"_s, mutations}}, &error));
}

void tst_Messages::protocolIsReadFirst()
{
    QCOMPARE(Sync::PushRequest::protocolOf(object(R"({"protocol":2,"mutations":"whatever a newer client sends"})")), 2);
    QCOMPARE(Sync::PushRequest::protocolOf(object(R"({"protocol":"1"})")), -1);
    QCOMPARE(Sync::PushRequest::protocolOf(object(R"({"protocol":1.5})")), -1);
    QCOMPARE(Sync::PushRequest::protocolOf(object(R"({})")), -1);
}

void tst_Messages::pullQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cursor");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("checkpoint");
    QTest::newRow("as the client asks") << u"clientId=c&cursor=42&limit=5000&checkpoint=1&protocol=1"_s << true << qint64(42) << 5000
                                        << true;
    QTest::newRow("defaults") << u"cursor=0"_s << true << qint64(0) << 5000 << false;
    QTest::newRow("no cursor") << u"limit=5"_s << false << qint64(0) << 0 << false;
    QTest::newRow("cursor a word") << u"cursor=abc"_s << false << qint64(0) << 0 << false;
    QTest::newRow("cursor negative") << u"cursor=-1"_s << false << qint64(0) << 0 << false;
    QTest::newRow("limit zero") << u"cursor=1&limit=0"_s << false << qint64(0) << 0 << false;
    QTest::newRow("limit too large") << u"cursor=1&limit=20001"_s << false << qint64(0) << 0 << false;
    QTest::newRow("limit a word") << u"cursor=1&limit=many"_s << false << qint64(0) << 0 << false;
    QTest::newRow("protocol a word") << u"cursor=1&protocol=one"_s << false << qint64(0) << 0 << false;
}

void tst_Messages::pullQuery()
{
    QFETCH(QString, query);
    QFETCH(bool, ok);
    QFETCH(qint64, cursor);
    QFETCH(int, limit);
    QFETCH(bool, checkpoint);
    Sync::Error error;
    const std::optional<Sync::PullQuery> q = Sync::PullQuery::fromUrlQuery(QUrlQuery(query), &error);
    QCOMPARE(bool(q), ok);
    if (!ok) {
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QCOMPARE(q->cursor, cursor);
    QCOMPARE(q->limit, limit);
    QCOMPARE(q->checkpoint, checkpoint);
    const std::optional<Sync::PullQuery> again = Sync::PullQuery::fromUrlQuery(q->toUrlQuery(), &error);
    QVERIFY(again);
    QCOMPARE(again->toUrlQuery().toString(), q->toUrlQuery().toString());
}

void tst_Messages::snapshotQuery()
{
    Sync::Error error;
    const Sync::SnapshotQuery q{u"customers"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s, 10000};
    QCOMPARE(q.toUrlQuery().toString(), u"table=customers&after=0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b&limit=10000"_s);
    const std::optional<Sync::SnapshotQuery> back = Sync::SnapshotQuery::fromUrlQuery(q.toUrlQuery(), &error);
    QVERIFY(back);
    QCOMPARE(back->table, q.table);
    QCOMPARE(back->after, q.after);
    QCOMPARE(back->limit, q.limit);
    QCOMPARE(Sync::SnapshotQuery::fromUrlQuery(QUrlQuery(u"table=customers"_s), &error)->limit, Sync::SnapshotQuery::DefaultLimit);
    QVERIFY(!Sync::SnapshotQuery::fromUrlQuery(QUrlQuery(u"table=customers&limit=0"_s), &error));
    QVERIFY(error.message.contains(u"limit"_s));
    QVERIFY(!Sync::SnapshotQuery::fromUrlQuery(QUrlQuery(u"table=customers&limit=x"_s), &error));
}

// The per-table checksum as the server writes it (QString::number(sum, 16)) reads back
// as the same number, at both ends of the range.
void tst_Messages::checkpointMatchesScopeChecksums()
{
    for (const quint64 sum : {quint64(0), quint64(1), quint64(0x8000000000000000ull), ~quint64(0)}) {
        const QMap<QString, Sync::Checkpoint::Table> tables{{u"customers"_s, {3, sum}}};
        const QJsonObject json = Sync::Checkpoint::tablesToJson(tables);
        QCOMPARE(json.value(u"customers"_s).toObject().value(u"checksum"_s).toString(), QString::number(sum, 16));
        Sync::Error error;
        const auto back = Sync::Checkpoint::tablesFromJson(json, &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->value(u"customers"_s), tables.value(u"customers"_s));
    }
}

QTEST_GUILESS_MAIN(tst_Messages)
#include "tst_messages.moc"
