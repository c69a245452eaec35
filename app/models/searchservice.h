#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Huike {

class Database;
class SearchIndex;

// The global search box's data (FEATURES.md C8): the replica's search index
// (app/replica/searchindex.h) as app/ui may see it — hits by kind, the kinds' names —
// with the index's failures as ModelError. How the index is built and kept up to date
// (the sync worker catches up after each round, SyncController::searchIndexUpdated tells
// the backlog) is none of the windows' business. No widgets here.
class SearchService
{
public:
    enum class Kind { Customer = 0, Contact = 1, Opportunity = 2, Contract = 3 };

    struct Hit
    {
        Kind kind = Kind::Customer;
        QString id;
        QString title;
        QString detail;     // short name and phone, the customer of a contact, …
        QString customerId; // the customer the hit belongs to (itself for a customer)
    };

    explicit SearchService(Database &db);
    ~SearchService();
    SearchService(const SearchService &) = delete;
    SearchService &operator=(const SearchService &) = delete;

    // Up to `perKind` hits of each kind, customers first; empty for a query with nothing
    // searchable in it (a single Latin letter, punctuation).
    QList<Hit> search(const QString &query, int perKind = 8); // throws ModelError

    static QString kindName(Kind kind); // translated: 客户, 联系人, 商机, 合同

private:
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace Huike
