#include "replica/searchquery.h"

#include "replica/searchsources.h"

#include "core/companyname.h"
#include "core/textnormalizer.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

using namespace SearchSources;

QString quoted(const QString &token)
{
    return u'"' + QString(token).replace(u'"', u"\"\""_s) + u'"';
}

bool hasVowel(QStringView s)
{
    for (QChar c : s)
        if (QStringView(u"aeiouv").contains(c))
            return true;
    return false;
}

// The ways to read a run of Latin letters as several words' pinyin. Initials (no vowels):
// up to four parts of two or more letters, "bjkj" → bj+kj. Full pinyin (vowels): two
// parts of three or more letters, each with a vowel, "beijingkeji" → beijing+keji, … At
// most 24 ways; each is one more AND in the query.
void splits(const QString &run, qsizetype from, QStringList &parts, QList<QStringList> &out)
{
    const bool full = hasVowel(run);
    const int maxParts = full ? 2 : 4;
    const qsizetype minLen = full ? 3 : 2;
    if (out.size() >= 24)
        return;
    if (from == run.size()) {
        if (parts.size() >= 2)
            out << parts;
        return;
    }
    if (parts.size() >= maxParts)
        return;
    for (qsizetype len = minLen; from + len <= run.size(); ++len) {
        const qsizetype rest = run.size() - from - len;
        if (rest > 0 && rest < minLen)
            continue; // what is left could not be a word's reading
        if (parts.size() + 1 == maxParts && rest > 0)
            continue; // the last part must take the rest
        const QString part = run.mid(from, len);
        if (full && !hasVowel(part))
            continue;
        parts << part;
        splits(run, from + len, parts, out);
        parts.removeLast();
    }
}

} // namespace

QString SearchQuery::matchExpression(const QString &query)
{
    const QString folded = TextNormalizer::toHalfWidth(query).toCaseFolded();
    enum class Run { None, Han, Latin, Digit };
    QStringList terms;
    QString run;
    Run type = Run::None;
    int latinSingles = 0;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (type == Run::Han) {
            QStringList chars;
            for (qsizetype i = 0; i < run.size(); ++i) {
                if (run[i].isHighSurrogate() && i + 1 < run.size()) {
                    chars << run.mid(i, 2);
                    ++i;
                } else {
                    chars << QString(run[i]);
                }
            }
            terms << u"body : "_s + quoted(chars.join(u' '));
        } else if (type == Run::Digit) {
            if (run.size() >= 2)
                terms << quoted(run) + u'*';
        } else if (type == Run::Latin) {
            if (run.size() < 2) {
                ++latinSingles;
            } else {
                QStringList alternatives{quoted(run) + u'*'};
                QList<QStringList> ways;
                QStringList parts;
                splits(run, 0, parts, ways);
                for (const QStringList &way : ways) {
                    QStringList all;
                    for (const QString &p : way)
                        all << u"py : "_s + quoted(p) + u'*';
                    alternatives << u'(' + all.join(u" AND "_s) + u')';
                }
                terms << (alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR "_s) + u')');
            }
        }
        run.clear();
        type = Run::None;
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        Run t = Run::None;
        if (c.unicode() < 0x80) {
            if (c.isDigit())
                t = Run::Digit;
            else if (c.isLetter())
                t = Run::Latin;
        } else if (c.isLetterOrNumber() || c.isSurrogate()) {
            t = Run::Han;
        }
        if (t != type)
            flush();
        if (t == Run::None)
            continue;
        type = t;
        run += c;
    }
    flush();
    return terms.join(u" AND "_s);
}

namespace {

bool isLatinWord(QStringView q)
{
    if (q.size() < 2)
        return false;
    for (QChar c : q)
        if (c < u'a' || c > u'z')
            return false;
    return true;
}

// Whether `q` reads as the pinyin of some of `words` in their order: each piece the start
// of a word's full reading or of its initials, words skipped allowed ("bjkj" is
// 北京某某科技, never 科技（北京）). `done` remembers the (word, position) pairs that fail.
bool inOrder(const QList<TextNormalizer::Pinyin> &words, QStringView q, qsizetype pos, qsizetype word, QSet<qint64> &failed)
{
    if (pos == q.size())
        return true;
    const qint64 key = qint64(word) << 32 | qint64(pos);
    if (failed.contains(key))
        return false;
    for (qsizetype j = word; j < words.size(); ++j) {
        for (const QString &token : {words[j].full, words[j].initials}) {
            qsizetype len = 0;
            while (len < token.size() && pos + len < q.size() && token[len] == q[pos + len])
                ++len;
            for (; len > 0; --len)
                if (inOrder(words, q, pos + len, j + 1, failed))
                    return true;
        }
    }
    failed.insert(key);
    return false;
}

// Whether `q` is the reading of whole consecutive characters of `text` (蓝金 in
// 上海蓝金贸易, not the 蓝精 of 和蓝精密, whose reading only starts with it).
bool wholeSyllables(const QString &text, QStringView q)
{
    QStringList syllables;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString s = TextNormalizer::pinyin(QStringView(text).mid(i, n)).full;
        if (!s.isEmpty())
            syllables << s;
        i += n - 1;
    }
    for (qsizetype start = 0; start < syllables.size(); ++start) {
        qsizetype pos = 0;
        for (qsizetype j = start; j < syllables.size() && pos < q.size(); ++j) {
            if (!q.mid(pos).startsWith(syllables[j]))
                break;
            pos += syllables[j].size();
        }
        if (pos == q.size())
            return true;
    }
    return false;
}

// How well a text (a name, a short name, a title) answers the query, best first:
// 0 the whole name, 1 its start, 2 the full pinyin of the whole name, 3 its start, 4 the
// start of its initials, 5 a part of the name or the reading of some of its characters, 6
// a part of its full pinyin or pieces of its words' pinyin in their order ("bjkj"); -1 not
// at all.
int tier(const QString &text, const QString &q, bool latin)
{
    if (text.isEmpty())
        return -1;
    const QString folded = TextNormalizer::toHalfWidth(text).toCaseFolded();
    const QString key = TextNormalizer::searchKey(text);
    if (folded == q || key == q)
        return 0;
    if (folded.startsWith(q) || key.startsWith(q))
        return 1;
    TextNormalizer::Pinyin whole;
    if (latin) {
        whole = TextNormalizer::pinyin(text);
        if (whole.full == q)
            return 2;
        if (whole.full.startsWith(q))
            return 3;
        if (whole.initials.startsWith(q))
            return 4;
    }
    if (folded.contains(q) || key.contains(q) || (latin && whole.full.contains(q) && wholeSyllables(text, q)))
        return 5;
    if (latin) {
        if (whole.full.contains(q))
            return 6;
        QSet<qint64> failed;
        if (inOrder(TextNormalizer::pinyinWords(text), q, 0, 0, failed))
            return 6;
        // The distinctive part of a company's name ("恒信" of 上海恒信精密机械有限公司).
        const QString core = CompanyName::normalizedKey(text);
        if (core != key) {
            const TextNormalizer::Pinyin p = TextNormalizer::pinyin(core);
            if (p.full.startsWith(q) || p.initials.startsWith(q))
                return 5;
            failed.clear();
            if (inOrder(TextNormalizer::pinyinWords(core), q, 0, 0, failed))
                return 6;
        }
    }
    return -1;
}

} // namespace


SearchQuery::SearchQuery(const QString &query)
    : m_match(matchExpression(query)),
      m_typed(TextNormalizer::toHalfWidth(query).trimmed()),
      m_plain(m_typed.toCaseFolded()),
      m_latin(isLatinWord(m_plain))
{
}

QString SearchQuery::pinyinPhrase() const
{
    return u"py : "_s + quoted(m_plain);
}

int SearchQuery::tier(const QString &text) const
{
    return Huike::tier(text, m_plain, m_latin);
}

} // namespace Huike
