#pragma once

// Seeded random input for the fuzz tests (issue 15 "Bad input never crashes"). Every run
// is deterministic for its seed: HUIKE_FUZZ_SEED (default 20261124) picks it and
// HUIKE_FUZZ_CASES the number of cases (each test has its own CI default). Each case has
// its own generator, Gen(seed, case), so a failure names the one case to replay:
//   HUIKE_FUZZ_SEED=<seed> HUIKE_FUZZ_FIRST=<case> HUIKE_FUZZ_CASES=1 ./tst_…
// Only std::mt19937_64 (whose output the standard fixes) and plain arithmetic are used, so
// a seed means the same inputs on every platform.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <limits>
#include <random>

namespace Huike::Test::Fuzz {

using namespace Qt::StringLiterals;

inline int cases(int ciDefault)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("HUIKE_FUZZ_CASES", &ok);
    return ok && n > 0 ? n : ciDefault;
}

inline int firstCase()
{
    return qMax(0, qEnvironmentVariableIntValue("HUIKE_FUZZ_FIRST"));
}

inline quint64 seed()
{
    bool ok = false;
    const quint64 s = qgetenv("HUIKE_FUZZ_SEED").toULongLong(&ok, 0);
    return ok ? s : 20261124u;
}

class Gen
{
public:
    Gen(quint64 seed, quint64 caseNo) : m_rng(mix(seed ^ mix(caseNo + 0x9e3779b97f4a7c15ull))) { }

    int maxNesting = 600; // of the [[[…]]] values value() makes

    quint64 next() { return m_rng(); }
    int below(int n) { return n <= 0 ? 0 : int(m_rng() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

    // Integers at the edges as well as small ones.
    qint64 integer()
    {
        switch (below(8)) {
        case 0: return std::numeric_limits<qint64>::max() - below(2);
        case 1: return std::numeric_limits<qint64>::min() + below(2);
        case 2: return (qint64(1) << 53) + below(3) - 1;
        case 3: return -(qint64(1) << 53) - below(3) + 1;
        case 4: return qint64(next());
        case 5: return qint64(next() % 100000000000ull) - 50000000000ll;
        default: return below(2001) - 1000;
        }
    }

    double number()
    {
        switch (below(10)) {
        case 0: return 1e300 * (chance(50) ? 1 : -1);
        case 1: return 9.3e18 * (chance(50) ? 1 : -1);
        case 2: return double(integer());
        case 3: return -0.0;
        case 4: return double(below(100000)) / 7.0;
        case 5: return 9007199254740993.0;
        case 6: return std::numeric_limits<double>::min();
        case 7: return 1.5;
        default: return double(below(2001) - 1000);
        }
    }

    // Text with the characters that break escapers: quotes, backslashes, controls, CJK,
    // emoji, U+2028 and (sometimes) lone surrogates.
    QString text(int maxLength = 24)
    {
        static const char16_t pieces[] = {u'"', u'\\', u'/', u'\n', u'\r', u'\t', 0x01, 0x1f, 0x7f, 0,
                                          u'{', u'}', u'[', u']', u':', u',', u' ', u'%', u'_', u'\'',
                                          0x2028, 0x6c47, 0x5ba2, 0x00e9, 0xfeff, 0xfffd, 0xffff};
        QString s;
        const int n = below(maxLength + 1);
        for (int i = 0; i < n; ++i) {
            switch (below(6)) {
            case 0: s += QChar(pieces[below(int(std::size(pieces)))]); break;
            case 1: s += QString::fromUtf8("\xf0\x9f\x98\x80"); break; // 😀, a surrogate pair
            case 2:
                if (chance(30))
                    s += QChar(char16_t(0xd800 + below(0x800))); // a lone surrogate
                else
                    s += QChar(char16_t(0x4e00 + below(0x5000)));
                break;
            default: s += QChar(char16_t(0x20 + below(0x5f)));
            }
        }
        return s;
    }

    QByteArray bytes(int maxLength)
    {
        QByteArray b;
        const int n = below(maxLength + 1);
        b.reserve(n);
        for (int i = 0; i < n; ++i)
            b.append(char(next() & 0xff));
        return b;
    }

    // Strings that look almost like numbers.
    QString numericText()
    {
        static const QList<QString> fixed{
            u"0"_s, u"-0"_s, u"1"_s, u"-1"_s, u"+5"_s, u" 5"_s, u"5 "_s, u"1e5"_s, u"1E+400"_s,
            u"0x1f"_s, u"12.345"_s, u"12.34"_s, u"-12.34"_s, u"12,34"_s, u"1.2.3"_s, u"."_s, u"-"_s,
            u"NaN"_s, u"nan"_s, u"Infinity"_s, u"-Infinity"_s, u"inf"_s, u""_s, u"９"_s,
            u"9223372036854775807"_s, u"9223372036854775808"_s, u"-9223372036854775808"_s,
            u"-9223372036854775809"_s, u"99999999999999999999999999999999"_s, u"92233720368547758.07"_s,
            u"0.00001"_s, u"1e-400"_s, u"¥12.00"_s, u"12.00元"_s};
        if (chance(70))
            return pick(fixed);
        return QString::number(integer()) + (chance(40) ? u"."_s + QString::number(below(100000)) : QString());
    }

    // Ids: valid ones (lower and upper case), and near misses.
    QString id(bool valid = false)
    {
        QString hex;
        for (int i = 0; i < 32; ++i)
            hex += QChar(u"0123456789abcdef"[below(16)]);
        hex[12] = u'7';
        const QString uuid = hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
                             + hex.mid(20);
        if (valid)
            return uuid;
        switch (below(9)) {
        case 0: return uuid.toUpper();
        case 1: return u'{' + uuid + u'}';
        case 2: return uuid.left(35);
        case 3: return uuid + u'0';
        case 4: return QString(uuid).remove(u'-');
        case 5: return QString(uuid).replace(below(36), 1, QChar(u"gz-é😀\"\\"[below(7)]));
        case 6: return QString(36, u'0');
        case 7: return text(40);
        default: return uuid;
        }
    }

    QString timestampText()
    {
        static const QList<QString> fixed{
            u"2026-11-24T05:40:00.000Z"_s, u"2026-11-24T09:30:00+08:00"_s, u"2026-11-24"_s, u"2026-13-40T99:99:99Z"_s,
            u"0000-00-00T00:00:00.000Z"_s, u"9999-12-31T23:59:59.999Z"_s, u"-0001-01-01T00:00:00Z"_s,
            u"2026-02-30"_s, u"2026-11-24T05:40:00.000+99:99"_s, u"2026-11-24T05:40:00.1234567890Z"_s,
            u"2026-11-24 05:40:00"_s, u"2026-W48"_s, u"1e10"_s, u"T"_s, u"2026-11-24T24:00:00Z"_s};
        return pick(fixed);
    }

    // Any JSON value, nested at most `depth` deep.
    QJsonValue value(int depth = 2)
    {
        switch (below(depth > 0 ? 12 : 9)) {
        case 0: return QJsonValue::Null;
        case 1: return chance(50);
        case 2: return number();
        case 3: return double(below(100));
        case 4: return text();
        case 5: return numericText();
        case 6: return id(chance(50));
        case 7: return timestampText();
        case 8: return chance(5) ? QString(below(70000) + 1, QChar(u'字')) : QString(u"x"_s);
        case 9: return array(depth - 1);
        case 10: return object(depth - 1);
        default: return nested(below(maxNesting) + 1);
        }
    }

    QJsonArray array(int depth)
    {
        QJsonArray a;
        const int n = below(5);
        for (int i = 0; i < n; ++i)
            a.append(value(depth));
        return a;
    }

    QJsonObject object(int depth)
    {
        QJsonObject o;
        const int n = below(5);
        for (int i = 0; i < n; ++i)
            o.insert(chance(50) ? text(8) : pick(QList<QString>{u"id"_s, u"name"_s, u"table"_s, u"rows"_s}),
                     value(depth));
        return o;
    }

    // [[[…]]] or {"a":{"a":…}}, `depth` deep.
    QJsonValue nested(int depth)
    {
        QJsonValue v = chance(50) ? QJsonValue(1) : QJsonValue(u"x"_s);
        const bool arrays = chance(50);
        for (int i = 0; i < depth; ++i)
            v = arrays ? QJsonValue(QJsonArray{v}) : QJsonValue(QJsonObject{{u"a"_s, v}});
        return v;
    }

    // Mutates JSON text: truncations, flipped bytes, inserted tokens, cut and doubled
    // ranges. `times` edits.
    QByteArray mutate(QByteArray text, int times)
    {
        static const QList<QByteArray> tokens{
            "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\ud83d", "\\u00", "\\uZZZZ", "\\u0000",
            "{", "}", "[", "]", ",", ":", "null", "true", "false", "-", "1e999", "-1e999", "1.5e",
            "99999999999999999999999999", "9223372036854775808", "\"\"", QByteArray(1, '\0'), "\xff", "\xc3",
            "\xed\xa0\x80", "\xf4\x90\x80\x80", "\"rows\":[[1]],", "\"columns\":[\"a\"],", "\"next\":5,", " ", "\n",
            QByteArray(300, '['), QByteArray(300, '{'), "[[]]", "[null,null]", "\"\\\\\"", "\\\""};
        for (int t = 0; t < times; ++t) {
            const int size = int(text.size());
            const int at = below(size + 1);
            switch (below(7)) {
            case 0: text.truncate(at); break;
            case 1:
                if (size)
                    text[below(size)] = char(text[below(size)] ^ char(1 + below(255)));
                break;
            case 2: text.insert(at, pick(tokens)); break;
            case 3: text.remove(at, below(16) + 1); break;
            case 4: text.insert(at, text.mid(below(size + 1), below(40))); break;
            case 5:
                if (size)
                    text[below(size)] = pick(tokens).isEmpty() ? ' ' : pick(tokens).at(0);
                break;
            default: text.insert(at, pick(tokens)); text.insert(below(int(text.size()) + 1), pick(tokens));
            }
        }
        return text;
    }

    static QByteArray json(const QJsonValue &v)
    {
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }

private:
    static quint64 mix(quint64 z) // splitmix64
    {
        z += 0x9e3779b97f4a7c15ull;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    std::mt19937_64 m_rng;
};

} // namespace Huike::Test::Fuzz
