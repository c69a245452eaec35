#include "models/searchservice.h"

#include "models/modelerror.h"
#include "replica/searchindex.h"
#include "schema/schemaerror.h"

namespace Huike {

namespace {

// The kinds are the index's, by value (its FTS rowids keep them in their top bits).
static_assert(int(SearchService::Kind::Customer) == int(SearchIndex::Kind::Customer));
static_assert(int(SearchService::Kind::Contact) == int(SearchIndex::Kind::Contact));
static_assert(int(SearchService::Kind::Opportunity) == int(SearchIndex::Kind::Opportunity));
static_assert(int(SearchService::Kind::Contract) == int(SearchIndex::Kind::Contract));

} // namespace

SearchService::SearchService(Database &db) : m_index(std::make_unique<SearchIndex>(db)) { }

SearchService::~SearchService() = default;

QList<SearchService::Hit> SearchService::search(const QString &query, int perKind)
try {
    QList<Hit> hits;
    for (const SearchIndex::Hit &h : m_index->search(query, perKind))
        hits.append({Kind(int(h.kind)), h.id, h.title, h.detail, h.customerId});
    return hits;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString SearchService::kindName(Kind kind)
{
    return SearchIndex::kindName(SearchIndex::Kind(int(kind)));
}

} // namespace Huike
