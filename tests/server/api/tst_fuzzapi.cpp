// Issue 15 "Bad input never crashes": every route of the REST and sync API on seeded
// random and mutated bodies, paths and query strings, on SQLite. After each request the
// answer is below 500, a 4xx has the error shape of server/API.md, and the server still
// answers /api/v1/health. HUIKE_FUZZ_CASES / HUIKE_FUZZ_SEED / HUIKE_FUZZ_FIRST: see
// tests/support/fuzzgen.h; tests/fuzz/run runs many more cases under ASan.
//
// A 5xx is a finding: the run collects them all (with the handler's exception from the
// log) and fails listing one reproducer per route and error; the ones found so far are
// also checked one by one in knownFindings().
#include "apifixture.h"
#include "fuzzgen.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;
using Huike::Test::Fuzz::Gen;

namespace {

struct Request
{
    QByteArray method;
    QString path;
    QByteArray body;
    QString login; // empty: no token
};

struct Finding
{
    Request request;
    int status = 0;
    QByteArray answer;
    QString log; // what the handler logged (the exception)
    int count = 0;
};

QStringList g_log; // critical/warning lines of the server while a request runs
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        g_log << message;
    // The server's own warnings about refused input are expected by the thousand.
    const bool expected = type == QtCriticalMsg || (type == QtWarningMsg && QByteArrayView(context.category).startsWith("huike."));
    if (g_previous && !expected)
        g_previous(type, context, message);
}

// JSON names the server sets (422 read_only when sent).
const QStringList serverFields{u"id"_s,        u"version"_s,   u"deleted"_s,  u"createdAt"_s,      u"createdBy"_s,
                               u"updatedAt"_s, u"updatedBy"_s, u"nameNorm"_s, u"phoneNorm"_s, u"lastActivityAt"_s};

QString printable(const QByteArray &b)
{
    const QByteArray cut = b.size() > 400 ? b.left(400) + "…(" + QByteArray::number(b.size()) + " bytes)" : b;
    return QString::fromUtf8(cut.toPercentEncoding(" {}[]\":,.-_/\\+=?&@*!'()$;|<>^`~#"));
}

} // namespace

class tst_FuzzApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void randomRequestsNeverFail();
    void knownFindings_data();
    void knownFindings();

private:
    Reply send(const Request &r)
    {
        return f->callRaw(r.method, r.path, r.body, r.login.isEmpty() ? QString() : m_tokens.value(r.login, r.login));
    }
    QString create(const QString &path, const QJsonObject &body)
    {
        const Reply r = f->call("POST", u"/api/v1/"_s + path, body, m_tokens.value(u"wangfang"_s));
        if (r.status != 201)
            qWarning() << "create" << path << r.status << r.body;
        return r.json.value(u"id"_s).toString();
    }
    // A valid-looking body of a resource: its writable fields with plausible values (the
    // ids of the records made in initTestCase), some left out.
    QJsonObject plausibleBody(Gen &g, const QString &table);
    QJsonValue plausibleValue(Gen &g, const ColumnDef &c);
    // The value a field is mutated to.
    QJsonValue badValue(Gen &g);
    QString someId(Gen &g);
    QString query(Gen &g, const QStringList &keys);

    Request resourceRequest(Gen &g);
    Request syncPushRequest(Gen &g);
    Request otherRequest(Gen &g);
    void check(const Request &request, const Reply &reply);

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_ids; // table → a record of it
    QList<QPair<QString, QString>> m_resources; // path, table
    QMap<QString, Finding> m_findings; // by method, route, status and logged error
    quint64 m_seed = 0;
};

void tst_FuzzApi::initTestCase()
{
    m_seed = Test::Fuzz::seed();
    QString error;
    f = ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    for (const QString &l : {u"admin"_s, u"chenjing"_s, u"wangfang"_s, u"sunli"_s}) {
        m_tokens.insert(l, f->login(l));
        QVERIFY(!m_tokens.value(l).isEmpty());
    }
    m_tokens.insert(u"garbage"_s, u"dlxc8tXrNy-not-a-token"_s);
    for (const auto &spec : ResourceHandler::standardResources())
        m_resources.append({spec.path, spec.table});

    // A few real records, for valid ids in bodies and paths.
    const QString customer = create(u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"phone"_s, u"0571-88886666"_s}});
    QVERIFY(!customer.isEmpty());
    m_ids.insert(u"customers"_s, customer);
    m_ids.insert(u"contacts"_s, create(u"contacts"_s, {{u"customerId"_s, customer}, {u"name"_s, u"王伟"_s}}));
    m_ids.insert(u"opportunities"_s, create(u"opportunities"_s, {{u"customerId"_s, customer}, {u"name"_s, u"服务器采购"_s},
                                                                  {u"stage"_s, u"proposal"_s}, {u"amount"_s, u"120000.00"_s},
                                                                  {u"probabilityPercent"_s, u"50"_s}}));
    m_ids.insert(u"quotes"_s, create(u"quotes"_s, {{u"customerId"_s, customer}, {u"number"_s, u"BJ-2026-0001"_s},
                                                   {u"title"_s, u"服务器报价"_s}, {u"net"_s, u"100.00"_s},
                                                   {u"tax"_s, u"13.00"_s}, {u"gross"_s, u"113.00"_s}}));
    m_ids.insert(u"quote_lines"_s, create(u"quote-lines"_s, {{u"customerId"_s, customer}, {u"quoteId"_s, m_ids.value(u"quotes"_s)},
                                                             {u"lineNo"_s, 1}, {u"description"_s, u"行 1"_s},
                                                             {u"quantity"_s, u"1"_s}, {u"unitPrice"_s, u"100"_s},
                                                             {u"discountPercent"_s, u"0"_s}, {u"vatRatePercent"_s, u"13"_s},
                                                             {u"net"_s, u"100.00"_s}, {u"tax"_s, u"13.00"_s}, {u"gross"_s, u"113.00"_s}}));
    m_ids.insert(u"contracts"_s, create(u"contracts"_s, {{u"customerId"_s, customer}, {u"number"_s, u"HT-2026-0001"_s},
                                                         {u"title"_s, u"服务器采购合同"_s}}));
    m_ids.insert(u"activities"_s, create(u"activities"_s, {{u"customerId"_s, customer}, {u"kind"_s, u"call"_s},
                                                           {u"occurredAt"_s, u"2026-11-24T11:00:00Z"_s}, {u"subject"_s, u"回访"_s}}));
    for (const QString &t : m_ids.keys())
        QVERIFY2(!m_ids.value(t).isEmpty(), qPrintable(t));
    m_ids.insert(u"users"_s, f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s));
    g_previous = qInstallMessageHandler(captureLog);
}

void tst_FuzzApi::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    f.reset();
}

QString tst_FuzzApi::someId(Gen &g)
{
    if (g.chance(60) && !m_ids.isEmpty()) {
        const QString id = m_ids.value(g.pick(m_ids.keys()));
        switch (g.below(6)) {
        case 0: return id.toUpper();
        case 1: return u'{' + id + u'}';
        default: return id;
        }
    }
    return g.id(g.chance(50));
}

QJsonValue tst_FuzzApi::plausibleValue(Gen &g, const ColumnDef &c)
{
    if (c.type == ColumnType::Id) {
        const QString target = c.name == u"customer_id" ? u"customers"_s
                               : c.name == u"quote_id"   ? u"quotes"_s
                               : c.name == u"contract_id" ? u"contracts"_s
                               : c.name == u"opportunity_id" ? u"opportunities"_s
                               : c.name == u"contact_id" ? u"contacts"_s
                               : c.name == u"owner_id" || c.name.endsWith(u"_by") ? u"users"_s
                                                                                  : QString();
        return m_ids.contains(target) ? m_ids.value(target) : g.id(true);
    }
    switch (c.type) {
    case ColumnType::Money: return g.pick(QList<QString>{u"100.00"_s, u"0"_s, u"12345.67"_s, u"-1.00"_s});
    case ColumnType::Decimal: return g.pick(QList<QString>{u"1"_s, u"0.3333"_s, u"13"_s, u"100"_s});
    case ColumnType::Int: return double(g.below(5));
    case ColumnType::Bool: return g.chance(50);
    case ColumnType::Date: return u"2026-11-24"_s;
    case ColumnType::Timestamp: return u"2026-11-24T05:40:00.000Z"_s;
    default:
        if (c.name == u"status")
            return g.pick(QList<QString>{u"draft"_s, u"sent"_s, u"pending"_s, u"approved"_s, u"signed"_s, u"in_approval"_s,
                                         u"accepted"_s, u"potential"_s, u"executing"_s});
        if (c.name == u"table_name")
            return g.pick(QList<QString>{u"quotes"_s, u"contracts"_s, u"customers"_s, u"nope"_s});
        if (c.name == u"sha256")
            return QString::fromLatin1(QCryptographicHash::hash(g.bytes(8), QCryptographicHash::Sha256).toHex());
        return g.chance(80) ? u"杭州 %1"_s.arg(g.below(100000)) : g.text(20);
    }
}

QJsonObject tst_FuzzApi::plausibleBody(Gen &g, const QString &table)
{
    QJsonObject body;
    for (const ColumnDef &c : DomainSchema::table(table).columns()) {
        const QString key = Rows::jsonName(c.name);
        if (serverFields.contains(key) || key.isEmpty() || !g.chance(c.notNull ? 90 : 50))
            continue;
        body.insert(key, plausibleValue(g, c));
    }
    return body;
}

QJsonValue tst_FuzzApi::badValue(Gen &g)
{
    switch (g.below(14)) {
    case 0: return QJsonValue::Null;
    case 1: return QString(100000 + g.below(100000), QChar(u'字'));
    case 2: return 9007199254740993.0;
    case 3: return g.chance(50) ? 1e300 : -1e300;
    case 4: return g.pick(QList<QString>{u"NaN"_s, u"Infinity"_s, u"-Infinity"_s, u"1e999"_s, u"-0"_s, u"0x10"_s});
    case 5: return QJsonObject{{u"$ne"_s, 1}, {u"nested"_s, QJsonArray{1, 2}}};
    case 6: return QJsonArray{g.id(true), g.value(1)};
    case 7: return someId(g).toUpper();
    case 8: return QString(u'{' + someId(g) + u'}');
    case 9: return g.chance(50);
    case 10: return g.numericText();
    case 11: return g.timestampText();
    case 12: return g.nested(g.below(600) + 1);
    default: return g.value(2);
    }
}

QString tst_FuzzApi::query(Gen &g, const QStringList &keys)
{
    QStringList items;
    for (const QString &k : keys) {
        if (!g.chance(70))
            continue;
        QString v;
        switch (g.below(8)) {
        case 0: v = QString::number(g.integer()); break;
        case 1: v = g.pick(QList<QString>{u"0"_s, u"-1"_s, u"1e12"_s, u"999999999999999999999"_s, u""_s, u"abc"_s, u"1.5"_s,
                                          u"20001"_s, u"5000"_s, u"1"_s}); break;
        case 2: v = g.pick(DomainSchema::tables()).name(); break;
        case 3: v = g.text(20); break;
        case 4: v = someId(g); break;
        case 5: v = g.timestampText(); break;
        default: v = QString::number(g.below(100));
        }
        items << QString::fromLatin1(QUrl::toPercentEncoding(g.chance(90) ? k : g.text(5))) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(v));
    }
    if (g.chance(10))
        items << u"%zz&&=&a=%00"_s;
    return items.isEmpty() ? QString() : u'?' + items.join(u'&');
}

Request tst_FuzzApi::resourceRequest(Gen &g)
{
    const auto &[path, table] = g.pick(m_resources);
    Request r;
    r.login = g.chance(90) ? g.pick(QList<QString>{u"admin"_s, u"wangfang"_s, u"wangfang"_s, u"sunli"_s, u"chenjing"_s})
                           : g.pick(QList<QString>{QString(), u"garbage"_s});
    QJsonObject body = plausibleBody(g, table);
    const int edits = g.chance(15) ? 0 : 1 + (g.chance(20) ? g.below(3) : 0);
    for (int i = 0; i < edits; ++i) {
        const QStringList keys = body.keys();
        if (keys.isEmpty() || g.chance(15))
            body.insert(g.chance(50) ? g.pick(serverFields) : g.text(8), badValue(g)); // read-only or unknown
        else
            body.insert(g.pick(keys), badValue(g));
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    switch (g.below(10)) {
    case 0: r.body = g.mutate(r.body, 1 + g.below(3)); break; // broken JSON
    case 1: { // invalid UTF-8 inside a string
        const qsizetype quote = r.body.indexOf(":\"");
        r.body.insert(quote < 0 ? 0 : quote + 2, g.pick(QList<QByteArray>{"\xff\xfe", "\xc3", "\xed\xa0\x80", "\xf8\x88\x80\x80\x80",
                                                                              "\xc0\xaf", QByteArray("a\0b", 3)}));
        break;
    }
    case 2: r.body = g.pick(QList<QByteArray>{"[]", "null", "1", "\"x\"", "", "{}", "{\"a\":1}{", "\xef\xbb\xbf{}"}); break;
    default: break;
    }
    const QString base = u"/api/v1/"_s + path;
    if (g.chance(55)) {
        r.method = "POST";
        r.path = base;
    } else {
        r.method = "PATCH";
        const QString id = m_ids.contains(table) && g.chance(70) ? m_ids.value(table) : someId(g);
        r.path = base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(g.chance(20) ? id.toUpper() : id));
    }
    return r;
}

Request tst_FuzzApi::syncPushRequest(Gen &g)
{
    Request r{"POST", u"/api/v1/sync/push"_s, {}, g.pick(QList<QString>{u"wangfang"_s, u"admin"_s, u"sunli"_s})};
    QJsonArray mutations;
    const int n = g.chance(10) ? 0 : 1 + g.below(3);
    const qint64 first = g.chance(85) ? 1 : g.integer();
    const QStringList synced = DomainSchema::syncedTables();
    for (int i = 0; i < n; ++i) {
        QJsonObject m;
        const QString table = g.chance(85) ? g.pick(synced) : g.text(10);
        const TableDef *def = nullptr;
        for (const TableDef &t : DomainSchema::tables())
            if (t.name() == table)
                def = &t;
        const bool existing = m_ids.contains(table) && g.chance(40);
        m.insert(u"id"_s, g.chance(90) ? QJsonValue(double(qint64(quint64(first) + quint64(i)))) : badValue(g));
        m.insert(u"table"_s, g.chance(95) ? QJsonValue(table) : badValue(g));
        m.insert(u"recordId"_s, existing ? QJsonValue(m_ids.value(table)) : g.chance(85) ? QJsonValue(g.id(true)) : badValue(g));
        m.insert(u"op"_s, g.chance(80) ? u"upsert"_s : g.chance(60) ? u"delete"_s : g.text(6));
        QJsonArray columns, values, base;
        if (def) {
            for (const ColumnDef &c : def->columns()) {
                if (!g.chance(c.notNull ? 80 : 40))
                    continue;
                columns.append(c.name);
                // Values as the wire has them: money and decimals as integer strings.
                QJsonValue v;
                switch (c.type) {
                case ColumnType::Money:
                case ColumnType::Decimal: v = QString::number(g.chance(80) ? g.below(1000000) : g.integer()); break;
                case ColumnType::Int:
                case ColumnType::Bool: v = double(g.chance(80) ? g.below(3) : g.integer()); break;
                case ColumnType::Id: {
                    const QJsonValue p = plausibleValue(g, c);
                    v = g.chance(85) ? p : QJsonValue(g.id(false));
                    break;
                }
                default: v = plausibleValue(g, c);
                }
                if (g.chance(8))
                    v = badValue(g);
                values.append(v);
                base.append(g.chance(70) ? QJsonValue::Null : v);
            }
        }
        if (g.chance(10)) {
            columns.append(g.chance(50) ? g.text(8) : u"from_the_future"_s);
            values.append(g.value(1));
        }
        if (g.chance(5))
            values.append(1); // one too many
        m.insert(u"columns"_s, columns);
        m.insert(u"values"_s, values);
        m.insert(u"base"_s, g.chance(50) ? QJsonValue(QJsonValue::Null) : g.chance(90) ? QJsonValue(base) : badValue(g));
        if (g.chance(10))
            m.remove(g.pick(m.keys()));
        mutations.append(m);
    }
    QJsonObject body{{u"protocol"_s, g.chance(90) ? QJsonValue(1) : badValue(g)},
                     {u"clientId"_s, g.chance(90) ? QJsonValue(g.id(true)) : badValue(g)},
                     {u"mutations"_s, g.chance(95) ? QJsonValue(mutations) : badValue(g)}};
    if (g.chance(5))
        body.remove(g.pick(body.keys()));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (g.chance(10))
        r.body = g.mutate(r.body, 1 + g.below(2));
    return r;
}

Request tst_FuzzApi::otherRequest(Gen &g)
{
    Request r;
    r.login = g.chance(90) ? g.pick(QList<QString>{u"admin"_s, u"wangfang"_s, u"sunli"_s}) : QString();
    switch (g.below(10)) {
    case 0:
        r = {"GET", u"/api/v1/sync/pull"_s + query(g, {u"cursor"_s, u"limit"_s, u"clientId"_s, u"checkpoint"_s}), {}, r.login};
        break;
    case 1:
        r = {"GET", u"/api/v1/sync/snapshot"_s + query(g, {u"table"_s, u"after"_s, u"limit"_s}), {}, r.login};
        break;
    case 2: {
        QJsonObject body;
        if (g.chance(80))
            body.insert(u"login"_s, g.chance(50) ? QJsonValue(g.pick(QList<QString>{u"wangfang"_s, u"admin"_s, u"nobody"_s})) : badValue(g));
        if (g.chance(80))
            body.insert(u"password"_s, g.chance(50) ? QJsonValue(u"password-wangfang"_s) : badValue(g));
        r = {"POST", u"/api/v1/auth/login"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
        if (g.chance(20))
            r.body = g.mutate(r.body, 1);
        break;
    }
    case 3: {
        QJsonObject body{{u"series"_s, g.chance(70) ? QJsonValue(g.pick(QList<QString>{u"quote"_s, u"contract"_s})) : badValue(g)},
                         {u"year"_s, g.chance(60) ? QJsonValue(2026) : badValue(g)},
                         {u"count"_s, g.chance(50) ? QJsonValue(g.below(60)) : badValue(g)}};
        if (g.chance(10))
            body.remove(g.pick(body.keys()));
        r = {"POST", u"/api/v1/numbers/reserve"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), r.login};
        if (g.chance(10))
            r.body = g.mutate(r.body, 1);
        break;
    }
    case 4:
        r = {"GET", u"/api/v1/customers/duplicates"_s + query(g, {u"name"_s, u"phone"_s, u"creditCode"_s, u"exclude"_s}), {}, r.login};
        break;
    case 5: {
        const QByteArray content = g.bytes(g.chance(5) ? 200000 : 64);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QString address;
        switch (g.below(7)) {
        case 0: address = sha; break;
        case 1: address = sha.toUpper(); break;
        case 2: address = sha.left(63); break;
        case 3: address = QString::fromLatin1(QCryptographicHash::hash(g.bytes(5), QCryptographicHash::Sha256).toHex()); break;
        case 4: address = u"..%2F..%2Fetc%2Fpasswd"_s; break;
        case 5: address = QString::fromLatin1(QUrl::toPercentEncoding(g.text(70))); break;
        default: address = sha + u"/x"_s;
        }
        r = {g.chance(80) ? QByteArray("PUT") : QByteArray("GET"), u"/api/v1/blobs/"_s + address, content, r.login};
        break;
    }
    case 6: // lists with random query strings
        r = {"GET", u"/api/v1/"_s + g.pick(m_resources).first
                        + query(g, {u"limit"_s, u"cursor"_s, u"q"_s, u"updated_since"_s, u"customer_id"_s}), {}, r.login};
        break;
    case 7: { // shares
        QJsonObject body{{u"userId"_s, g.chance(50) ? QJsonValue(someId(g)) : badValue(g)}};
        r = {"POST", u"/api/v1/customers/%1/shares"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(someId(g)))),
             QJsonDocument(body).toJson(QJsonDocument::Compact), r.login};
        break;
    }
    case 8: { // records by odd ids, and the customers' own routes
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(g.chance(20) ? g.text(30) : someId(g)));
        const QString route = g.pick(QList<QString>{u"/api/v1/customers/%1/history"_s, u"/api/v1/customers/%1/claim"_s,
                                                   u"/api/v1/customers/%1/release"_s, u"/api/v1/customers/%1/shares"_s,
                                                   u"/api/v1/contacts/%1"_s, u"/api/v1/quotes/%1"_s});
        r = {route.endsWith(u"claim") || route.endsWith(u"release") ? QByteArray("POST") : QByteArray("GET"), route.arg(id),
             g.chance(30) ? Gen::json(g.value(2)) : QByteArray(), r.login};
        break;
    }
    default: { // an odd method or path
        // No HEAD: QNetworkAccessManager's custom HEAD waits for a body that never comes.
        r.method = g.pick(QList<QByteArray>{"PUT", "DELETE", "OPTIONS", "GET", "PATCH", "POST"});
        r.path = u"/api/v1/"_s + QString::fromLatin1(QUrl::toPercentEncoding(g.text(12), "/"));
        if (r.method == "DELETE") // never the records the other cases need
            r.path = u"/api/v1/"_s + g.pick(m_resources).first + u'/' + g.id(g.chance(50));
        r.body = Gen::json(g.value(2));
    }
    }
    return r;
}

void tst_FuzzApi::check(const Request &request, const Reply &reply)
{
    if (reply.status >= 500 || reply.status == 0) {
        // The route's template (ids replaced) for grouping.
        QString route = request.path.section(u'?', 0, 0);
        static const QRegularExpression idish(u"/[0-9a-fA-F{}%-]{20,}"_s);
        route.replace(idish, u"/{id}"_s);
        const QString logged = g_log.join(u" | "_s).left(300);
        const QString key = QString::fromLatin1(request.method) + u' ' + route + u' ' + QString::number(reply.status) + u' ' + logged;
        Finding &finding = m_findings[key];
        if (finding.count++ == 0 || request.body.size() + request.path.size() < finding.request.body.size() + finding.request.path.size()) {
            finding.request = request;
            finding.status = reply.status;
            finding.answer = reply.body;
            finding.log = logged;
        }
        return;
    }
    if (reply.status >= 400) {
        const QJsonObject e = reply.json.value(u"error"_s).toObject();
        QVERIFY2(!e.value(u"code"_s).toString().isEmpty() && e.value(u"message"_s).isString(),
                 qPrintable(u"%1 %2 → %3 without the error shape: %4"_s.arg(QString::fromLatin1(request.method), request.path)
                                .arg(reply.status).arg(printable(reply.body))));
    }
}

void tst_FuzzApi::randomRequestsNeverFail()
{
    const int first = Test::Fuzz::firstCase();
    const int cases = Test::Fuzz::cases(2000);
    qInfo("fuzz seed %llu, cases %d from %d", m_seed, cases, first);
    QElapsedTimer timer;
    timer.start();
    QHash<QByteArray, int> statuses;
    qint64 healthMs = 0;
    for (int i = first; i < first + cases; ++i) {
        Gen g(m_seed, quint64(i));
        const int kind = g.below(100);
        const Request request = kind < 55 ? resourceRequest(g) : kind < 72 ? syncPushRequest(g) : otherRequest(g);
        g_log.clear();
        const qint64 sent = timer.elapsed();
        const Reply reply = send(request);
        if (timer.elapsed() - sent > 1000)
            qInfo("slow (%lld ms): %s %s", timer.elapsed() - sent, request.method.constData(), qPrintable(request.path.left(100)));
        ++statuses[request.method + ' ' + QByteArray::number(reply.status)];
        check(request, reply);
        if (QTest::currentTestFailed()) {
            qWarning("case %d (seed %llu)", i, m_seed);
            return;
        }
        const qint64 before = timer.elapsed();
        const Reply health = f->call("GET", u"/api/v1/health"_s);
        healthMs += timer.elapsed() - before;
        QVERIFY2(health.status == 200, qPrintable(u"the server stopped answering after case %1: %2 %3 %4"_s.arg(i).arg(
                                           QString::fromLatin1(request.method), request.path, printable(request.body))));
    }
    qInfo("%d cases in %lld ms (%lld ms of health checks)", cases, timer.elapsed(), healthMs);
    QStringList counts;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        counts << u"%1: %2"_s.arg(QString::fromLatin1(it.key())).arg(it.value());
    counts.sort();
    qInfo("%s", qPrintable(counts.join(u", "_s)));
    if (m_findings.isEmpty())
        return;
    QString report = u"%1 kinds of 5xx answers:\n"_s.arg(m_findings.size());
    for (auto it = m_findings.begin(); it != m_findings.end(); ++it) {
        const Finding &x = it.value();
        report += u"- %1 × %2 %3 (login %4) → %5 %6\n    body: %7\n    log: %8\n"_s
                      .arg(x.count)
                      .arg(QString::fromLatin1(x.request.method), x.request.path, x.request.login)
                      .arg(x.status)
                      .arg(printable(x.answer), printable(x.request.body), x.log);
    }
    QFAIL(qPrintable(report));
}

// The 5xx answers the fuzzing found, one request each (see the report of issue 15). Each
// fails until the route answers it below 500.
void tst_FuzzApi::knownFindings_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("login");
    // null for a NOT NULL column with a default: RecordJson::fromJson took it, the INSERT
    // failed (NOT NULL constraint failed: products.active) → 500. Fixed in
    // shared/sync/recordjson.cpp (422 required); seed 11.
    QTest::newRow("null for a defaulted NOT NULL column")
        << QByteArray("POST") << u"/api/v1/products"_s
        << QByteArray(R"({"active":null,"code":"P-1","name":"服务器","listPrice":"1","vatRatePercent":"13"})") << u"admin"_s;
    // A rejected mutation whose recordId is not a string: recording the rejection inserts
    // NULL into sync_outcomes.record_id (NOT NULL constraint failed) → 500. Found by seed
    // 20261124; server/api/syncservice.cpp (SyncService::push).
    QTest::newRow("push: recordId not a string")
        << QByteArray("POST") << u"/api/v1/sync/push"_s
        << QByteArray(R"({"protocol":1,"clientId":"{newId}","mutations":[{"id":1,"table":"customers","recordId":true,"op":"upsert","columns":[],"values":[]}]})")
        << u"wangfang"_s;
    QTest::newRow("push: no recordId")
        << QByteArray("POST") << u"/api/v1/sync/push"_s
        << QByteArray(R"({"protocol":1,"clientId":"{newId}","mutations":[{"id":1,"table":"customers","op":"upsert","columns":[],"values":[]}]})")
        << u"wangfang"_s;
    // The same for a mutation without a table (or not a string): NOT NULL constraint failed:
    // sync_outcomes.table_name → 500.
    QTest::newRow("push: no table")
        << QByteArray("POST") << u"/api/v1/sync/push"_s
        << QByteArray(R"({"protocol":1,"clientId":"{newId}","mutations":[{"id":1,"recordId":"{newId}","op":"upsert","columns":[],"values":[]}]})")
        << u"wangfang"_s;
    QTest::newRow("push: table a number")
        << QByteArray("POST") << u"/api/v1/sync/push"_s
        << QByteArray(R"({"protocol":1,"clientId":"{newId}","mutations":[{"id":1,"table":7,"recordId":"{newId}","op":"delete","columns":[],"values":[]}]})")
        << u"wangfang"_s;
}

void tst_FuzzApi::knownFindings()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, login);
    QString p = path;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        p.replace(u"{"_s + it.key() + u"}"_s, it.value());
    QByteArray b = body;
    while (b.contains("{newId}")) // a new client or record each time
        b.replace(b.indexOf("{newId}"), 7, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        b.replace(QByteArray("{" + it.key().toUtf8() + "}"), it.value().toUtf8());
    g_log.clear();
    const Reply reply = f->callRaw(method, p, b, m_tokens.value(login));
    QVERIFY2(reply.status > 0 && reply.status < 500,
             qPrintable(u"%1 %2 → %3 %4 (%5)"_s.arg(QString::fromLatin1(method), p).arg(reply.status).arg(printable(reply.body),
                                                                                                 g_log.join(u" | "_s))));
    QCOMPARE(f->call("GET", u"/api/v1/health"_s).status, 200);
}

QTEST_GUILESS_MAIN(tst_FuzzApi)
#include "tst_fuzzapi.moc"
