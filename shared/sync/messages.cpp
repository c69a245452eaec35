#include "sync/messages.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Huike::Sync {

namespace {

// Columns a mutation may name: far more than any table has.
constexpr qsizetype MaxColumns = 1000;
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

// A JSON value as text: a string as it is, anything else (absent too) as its JSON form.
QString wireText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool integer(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= -MaxExactInteger && d <= MaxExactInteger) || d != std::trunc(d))
        return false;
    *out = qint64(d);
    return true;
}

bool stringList(const QJsonValue &v, QStringList *out, qsizetype max)
{
    if (!v.isArray() || v.toArray().size() > max)
        return false;
    const QJsonArray a = v.toArray();
    out->clear();
    out->reserve(a.size());
    for (const QJsonValue &s : a) {
        if (!s.isString())
            return false;
        *out << s.toString();
    }
    return true;
}

// Reads the keys of one JSON object, noting the first that is wrong.
class Reader
{
public:
    Reader(const QJsonValue &json, const QString &what, Error *error) : m_what(what), m_error(error)
    {
        if (!json.isObject())
            fail(u"%1 is not a JSON object."_s.arg(what));
        m_object = json.toObject();
    }

    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_object; }

    bool has(QLatin1StringView key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    QString string(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                missing(key);
            return QString();
        }
        wrongType(key, u"a string"_s);
        return QString();
    }

    qint64 number(QLatin1StringView key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        qint64 out = 0;
        if (integer(v, &out))
            return out;
        if (v.isUndefined() && !required)
            return 0;
        if (v.isUndefined())
            missing(key);
        else
            wrongType(key, u"an integer"_s);
        return 0;
    }

    bool boolean(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            wrongType(key, u"true or false"_s);
        return false;
    }

    // An array (left out: empty) of at most `max` items.
    QJsonArray array(QLatin1StringView key, qsizetype max = -1)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return QJsonArray();
        if (!v.isArray()) {
            wrongType(key, u"an array"_s);
            return QJsonArray();
        }
        if (max >= 0 && v.toArray().size() > max) {
            fail(u"%1: %2 has more than %3 items."_s.arg(m_what, key).arg(max));
            if (m_error)
                m_error->tooLarge = true;
            return QJsonArray();
        }
        return v.toArray();
    }

    QStringList strings(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        QStringList out;
        if (!v.isUndefined() && !stringList(v, &out, std::numeric_limits<qsizetype>::max()))
            wrongType(key, u"an array of strings"_s);
        return out;
    }

    // Items of an array read by T::fromJson; stops at the first refused.
    template<typename T>
    QList<T> list(QLatin1StringView key, qsizetype max = -1)
    {
        QList<T> out;
        const QJsonArray a = array(key, max);
        out.reserve(a.size());
        for (qsizetype i = 0; m_ok && i < a.size(); ++i) {
            Error inner;
            std::optional<T> item = T::fromJson(a[i], &inner);
            if (!item) {
                fail(u"%1: %2[%3]: %4"_s.arg(m_what, key).arg(i).arg(inner.message));
                if (m_error)
                    m_error->tooLarge = inner.tooLarge;
                break;
            }
            out.append(std::move(*item));
        }
        return out;
    }

    void fail(const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            m_error->message = message;
    }

private:
    void missing(QLatin1StringView key) { fail(u"%1 has no %2."_s.arg(m_what, key)); }
    void wrongType(QLatin1StringView key, const QString &type) { fail(u"%1: %2 is not %3."_s.arg(m_what, key, type)); }

    QString m_what;
    Error *m_error;
    QJsonObject m_object;
    bool m_ok = true;
};

template<typename T>
std::optional<T> done(Reader &r, T &&value)
{
    return r.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}

} // namespace

// ---- push ---------------------------------------------------------------------------

QJsonObject Mutation::toJson() const
{
    return QJsonObject{{"id"_L1, double(id)},
                       {"table"_L1, table},
                       {"recordId"_L1, recordId},
                       {"op"_L1, op},
                       {"columns"_L1, QJsonArray::fromStringList(columns)},
                       {"base"_L1, hasBase() ? QJsonValue(base) : QJsonValue()},
                       {"values"_L1, values}};
}

QString Mutation::typedText() const
{
    const QJsonObject typed{{"columns"_L1, QJsonArray::fromStringList(columns)}, {"values"_L1, values}, {"op"_L1, op}};
    return QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact));
}

std::optional<Mutation> Mutation::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"A mutation"_s, error);
    Mutation m;
    m.id = r.number("id"_L1);
    if (!r.ok())
        return std::nullopt;
    const QJsonObject &o = r.object();
    QStringList problems;
    auto text = [&](QLatin1StringView key) {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            problems << u"%1 is not a string"_s.arg(key);
        return wireText(v);
    };
    m.table = text("table"_L1);
    m.recordId = text("recordId"_L1);
    m.op = text("op"_L1);
    const QJsonValue columns = o.value("columns"_L1);
    if (!columns.isUndefined() && !stringList(columns, &m.columns, MaxColumns))
        problems << u"columns is not an array of at most %1 strings"_s.arg(MaxColumns);
    auto values = [&](QLatin1StringView key, bool nullable) {
        const QJsonValue v = o.value(key);
        if (v.isArray() && v.toArray().size() <= MaxColumns)
            return v.toArray();
        if (!v.isUndefined() && !(nullable && v.isNull()))
            problems << u"%1 is not an array of at most %2 values"_s.arg(key).arg(MaxColumns);
        return QJsonArray();
    };
    m.values = values("values"_L1, false);
    m.base = values("base"_L1, true);
    m.baseSent = o.value("base"_L1).isArray();
    if (!problems.isEmpty())
        m.problem = u"The mutation is malformed: %1."_s.arg(problems.join(u", "_s));
    return m;
}

QJsonObject PushRequest::toJson() const
{
    return QJsonObject{{"protocol"_L1, protocol}, {"clientId"_L1, clientId}, {"mutations"_L1, toArray(mutations)}};
}

int PushRequest::protocolOf(const QJsonObject &json)
{
    qint64 protocol = -1;
    return integer(json.value("protocol"_L1), &protocol) && protocol >= 0 && protocol <= std::numeric_limits<int>::max()
        ? int(protocol)
        : -1;
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject &json, Error *error)
{
    Reader r(json, u"The push"_s, error);
    PushRequest p;
    p.protocol = int(r.number("protocol"_L1));
    p.clientId = r.string("clientId"_L1);
    if (r.ok() && !r.has("mutations"_L1))
        r.fail(u"The push has no mutations."_s);
    p.mutations = r.list<Mutation>("mutations"_L1, MaxMutations);
    return done(r, std::move(p));
}

QJsonObject PushResult::toJson() const
{
    QJsonObject out{{"id"_L1, double(id)}, {"status"_L1, status}};
    if (version)
        out.insert("version"_L1, double(*version));
    if (!code.isEmpty())
        out.insert("code"_L1, code);
    if (!existingId.isEmpty())
        out.insert("existingId"_L1, existingId);
    return out;
}

std::optional<PushResult> PushResult::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"A push result"_s, error);
    PushResult p;
    p.id = r.number("id"_L1);
    p.status = r.string("status"_L1);
    if (r.has("version"_L1))
        p.version = r.number("version"_L1);
    p.code = r.string("code"_L1, false);
    p.existingId = r.string("existingId"_L1, false);
    return done(r, std::move(p));
}

QJsonObject PushReply::toJson() const
{
    return QJsonObject{{"results"_L1, toArray(results)}, {"lastMutationId"_L1, double(lastMutationId)}};
}

std::optional<PushReply> PushReply::fromJson(const QJsonObject &json, Error *error)
{
    Reader r(json, u"The push reply"_s, error);
    PushReply p;
    p.results = r.list<PushResult>("results"_L1, PushRequest::MaxMutations);
    p.lastMutationId = r.number("lastMutationId"_L1);
    return done(r, std::move(p));
}

// ---- outcomes -----------------------------------------------------------------------

QJsonObject Outcome::toJson() const
{
    return QJsonObject{{"id"_L1, id},       {"clientId"_L1, clientId},    {"mutationId"_L1, double(mutationId)},
                       {"kind"_L1, kind},   {"table"_L1, table},          {"recordId"_L1, recordId},
                       {"field"_L1, field}, {"base"_L1, base},            {"mine"_L1, mine},
                       {"theirs"_L1, theirs}, {"theirsBy"_L1, theirsBy}, {"code"_L1, code},
                       {"message"_L1, message}, {"at"_L1, at}};
}

std::optional<Outcome> Outcome::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"An outcome"_s, error);
    Outcome o;
    o.id = r.string("id"_L1);
    o.clientId = r.string("clientId"_L1, false);
    o.mutationId = r.number("mutationId"_L1, false);
    o.kind = r.string("kind"_L1);
    o.table = r.string("table"_L1);
    o.recordId = r.string("recordId"_L1);
    o.field = r.string("field"_L1, false);
    o.base = r.string("base"_L1, false);
    o.mine = r.string("mine"_L1, false);
    o.theirs = r.string("theirs"_L1, false);
    o.theirsBy = r.string("theirsBy"_L1, false);
    o.code = r.string("code"_L1, false);
    o.message = r.string("message"_L1, false);
    o.at = r.string("at"_L1, false);
    return done(r, std::move(o));
}

// ---- pull ---------------------------------------------------------------------------

QJsonObject UpsertGroup::toJson() const
{
    return QJsonObject{{"table"_L1, table}, {"columns"_L1, QJsonArray::fromStringList(columns)}, {"rows"_L1, rows}};
}

std::optional<UpsertGroup> UpsertGroup::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"An upsert group"_s, error);
    UpsertGroup g;
    g.table = r.string("table"_L1);
    g.columns = r.strings("columns"_L1);
    g.rows = r.array("rows"_L1);
    for (qsizetype i = 0; r.ok() && i < g.rows.size(); ++i)
        if (!g.rows[i].isArray() || g.rows[i].toArray().size() != g.columns.size())
            r.fail(u"The %1 row %2 is not an array of one value per column."_s.arg(g.table).arg(i));
    return done(r, std::move(g));
}

QJsonObject Remove::toJson() const
{
    return QJsonObject{{"table"_L1, table}, {"id"_L1, id}};
}

std::optional<Remove> Remove::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"A remove"_s, error);
    Remove x;
    x.table = r.string("table"_L1);
    x.id = r.string("id"_L1);
    return done(r, std::move(x));
}

QJsonObject Checkpoint::tablesToJson(const QMap<QString, Table> &tables)
{
    QJsonObject out;
    for (auto it = tables.begin(); it != tables.end(); ++it)
        out.insert(it.key(), QJsonObject{{"count"_L1, double(it->count)}, {"checksum"_L1, QString::number(it->checksum, 16)}});
    return out;
}

std::optional<QMap<QString, Checkpoint::Table>> Checkpoint::tablesFromJson(const QJsonValue &json, Error *error)
{
    Reader all(json, u"The checkpoint's tables"_s, error);
    QMap<QString, Table> out;
    const QJsonObject &o = all.object();
    for (auto it = o.begin(); all.ok() && it != o.end(); ++it) {
        Error inner;
        Reader r(it.value(), u"The checkpoint of %1"_s.arg(it.key()), &inner);
        Table t;
        t.count = r.number("count"_L1);
        const QString checksum = r.string("checksum"_L1);
        bool hex = true;
        if (r.ok())
            t.checksum = checksum.toULongLong(&hex, 16);
        if (!hex)
            r.fail(u"The checkpoint of %1: checksum is not a hexadecimal number."_s.arg(it.key()));
        if (!r.ok())
            all.fail(inner.message);
        out.insert(it.key(), t);
    }
    if (!all.ok())
        return std::nullopt;
    return out;
}

QJsonObject Checkpoint::toJson() const
{
    return QJsonObject{{"seq"_L1, double(seq)}, {"tables"_L1, tablesToJson(tables)}};
}

std::optional<Checkpoint> Checkpoint::fromJson(const QJsonValue &json, Error *error)
{
    Reader r(json, u"The checkpoint"_s, error);
    Checkpoint c;
    c.seq = r.number("seq"_L1);
    if (!r.ok())
        return std::nullopt;
    std::optional<QMap<QString, Table>> tables = tablesFromJson(r.object().value("tables"_L1), error);
    if (!tables)
        return std::nullopt;
    c.tables = std::move(*tables);
    return c;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray customers;
    for (const QString &id : removeCustomers)
        customers.append(id);
    QJsonObject out{{"cursor"_L1, double(cursor)},         {"hasMore"_L1, hasMore},
                    {"upserts"_L1, toArray(upserts)},      {"removes"_L1, toArray(removes)},
                    {"removeCustomers"_L1, customers},     {"outcomes"_L1, toArray(outcomes)},
                    {"lastMutationId"_L1, double(lastMutationId)}};
    if (checkpoint)
        out.insert("checkpoint"_L1, checkpoint->toJson());
    return out;
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject &json, Error *error)
{
    Reader r(json, u"The pull page"_s, error);
    PullPage p;
    p.cursor = r.number("cursor"_L1);
    p.hasMore = r.boolean("hasMore"_L1);
    p.upserts = r.list<UpsertGroup>("upserts"_L1);
    p.removes = r.list<Remove>("removes"_L1);
    p.removeCustomers = r.strings("removeCustomers"_L1);
    p.outcomes = r.list<Outcome>("outcomes"_L1);
    p.lastMutationId = r.number("lastMutationId"_L1, false);
    if (r.ok() && r.has("checkpoint"_L1)) {
        Error inner;
        p.checkpoint = Checkpoint::fromJson(json.value("checkpoint"_L1), &inner);
        if (!p.checkpoint)
            r.fail(u"The pull page: %1"_s.arg(inner.message));
    }
    return done(r, std::move(p));
}

QJsonObject Head::toJson() const
{
    return QJsonObject{{"seq"_L1, double(seq)}};
}

std::optional<Head> Head::fromJson(const QJsonObject &json, Error *error)
{
    Reader r(json, u"The head"_s, error);
    Head h;
    h.seq = r.number("seq"_L1);
    return done(r, std::move(h));
}

// ---- queries ------------------------------------------------------------------------

QUrlQuery PullQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(u"clientId"_s, clientId);
    q.addQueryItem(u"cursor"_s, QString::number(cursor));
    q.addQueryItem(u"limit"_s, QString::number(limit));
    q.addQueryItem(u"checkpoint"_s, checkpoint ? u"1"_s : u"0"_s);
    if (protocol > 0)
        q.addQueryItem(u"protocol"_s, QString::number(protocol));
    return q;
}

std::optional<PullQuery> PullQuery::fromUrlQuery(const QUrlQuery &query, Error *error)
{
    PullQuery p;
    bool ok = true;
    p.clientId = query.queryItemValue(u"clientId"_s);
    p.cursor = query.queryItemValue(u"cursor"_s).toLongLong(&ok);
    bool limitOk = true;
    if (query.hasQueryItem(u"limit"_s))
        p.limit = query.queryItemValue(u"limit"_s).toInt(&limitOk);
    bool protocolOk = true;
    if (query.hasQueryItem(u"protocol"_s))
        p.protocol = query.queryItemValue(u"protocol"_s).toInt(&protocolOk);
    p.checkpoint = query.queryItemValue(u"checkpoint"_s) == u"1";
    if (!ok || !limitOk || p.cursor < 0 || p.limit < 1 || p.limit > MaxLimit) {
        if (error)
            error->message = u"Use cursor=N (0 or more) and limit=1…%1."_s.arg(MaxLimit);
        return std::nullopt;
    }
    if (!protocolOk) {
        if (error)
            error->message = u"protocol is the number of the sync protocol."_s;
        return std::nullopt;
    }
    return p;
}

QUrlQuery SnapshotQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(u"table"_s, table);
    q.addQueryItem(u"after"_s, after);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    return q;
}

std::optional<SnapshotQuery> SnapshotQuery::fromUrlQuery(const QUrlQuery &query, Error *error)
{
    SnapshotQuery s;
    s.table = query.queryItemValue(u"table"_s);
    s.after = query.queryItemValue(u"after"_s);
    bool ok = true;
    if (query.hasQueryItem(u"limit"_s))
        s.limit = query.queryItemValue(u"limit"_s).toInt(&ok);
    if (!ok || s.limit < 1 || s.limit > MaxLimit) {
        if (error)
            error->message = u"limit is 1…%1."_s.arg(MaxLimit);
        return std::nullopt;
    }
    return s;
}

} // namespace Huike::Sync
