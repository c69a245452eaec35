#pragma once

#include "replica/searchindex.h"

namespace Huike {

// What the search index holds of a row (SearchIndex::document): its text column — Chinese
// characters one by one, Latin words and numbers as they are (half-width, case-folded by
// the tokenizer), phone numbers as digit keys — and its pinyin tokens, full and initials
// per word and the initials of a whole name (ICU's Han-Latin, TextNormalizer).
class SearchDocument
{
public:
    static SearchIndex::Document of(SearchIndex::Kind kind, const QString &first, const QString &second = {},
                                    const QString &third = {});
};

} // namespace Huike
