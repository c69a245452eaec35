#pragma once

#include <QString>

namespace Huike {

// What a user typed into the global search, read for the index (SearchIndex::search): the
// FTS5 MATCH expression — Chinese characters as a phrase, Latin words and their pinyin
// readings ("bjkj" as bj+kj, "beijingkeji" as beijing+keji), digits as phone keys — and
// how well a found name answers it, for the order of the hits.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &query);

    // Empty for a query with nothing searchable in it (a single Latin letter, punctuation).
    const QString &match() const { return m_match; }
    // Half-width and trimmed, as the names are compared.
    const QString &typed() const { return m_typed; }
    // Letters only: pinyin, whose pieces must come in the name's order.
    bool isLatin() const { return m_latin; }
    // The pinyin column as a whole phrase: the names whose reading is exactly the query.
    QString pinyinPhrase() const;
    // How well a text (a name, a short name, a title) answers the query, best first: 0 the
    // whole name, 1 its start, 2 the full pinyin of the whole name, 3 its start, 4 the start
    // of its initials, 5 a part of the name or the reading of some of its characters, 6 a
    // part of its full pinyin or pieces of its words' pinyin in their order; -1 not at all.
    int tier(const QString &text) const;

    static QString matchExpression(const QString &query);

private:
    QString m_match;
    QString m_typed;
    QString m_plain; // case-folded
    bool m_latin = false;
};

} // namespace Huike
