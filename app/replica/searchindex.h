#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Huike {

class Database;

// The global search of the desktop client (FEATURES.md C8), over the replica, offline.
//
// An FTS5 table holds one document per row of each searchable table (TableDef::searchable:
// customers, contacts, opportunities, contracts and what is declared since):
// every Chinese character as its own token (so any substring, one character included, is
// a phrase query), Latin words and numbers as they are, phone numbers as digit keys, and
// in a second column the pinyin of the names — full and initials per word (ICU's word
// breaks), initials of the whole name — so "bjkj" and "beijing" find 北京某某科技有限公司.
//
// The FTS rowid is the kind in the top bits plus the source row's rowid. Triggers (plain
// SQL, so every connection that writes keeps them) note changed rows in search_dirty;
// catchUp() turns them into documents in small transactions, off the UI thread (the sync
// worker runs it after each round).
class SearchIndex
{
public:
    // The built-in kinds; a declared table's is its TableDef::Search::kind.
    enum class Kind { Customer = 0, Contact = 1, Opportunity = 2, Contract = 3 };

    struct Hit
    {
        Kind kind = Kind::Customer;
        QString id;
        QString title;
        QString detail;     // short name and phone, the customer of a contact, …
        QString customerId; // the customer the hit belongs to (itself for a customer)
    };

    explicit SearchIndex(Database &db);

    // The replica migration: the FTS table, search_dirty, the triggers, and every row
    // already there marked for indexing.
    static void install(Database &db);
    // A searchable table declared after the replica's index was made (a newer version's
    // entity): its triggers, and its rows marked for indexing. Every open runs it.
    static void installDeclared(Database &db);
    // Whether `sql` is the trigger install() puts on `table` to note each inserted row (a
    // first download drops it with the deferred indexes and notes the rows at the end):
    // the rows' key offset, or -1.
    static qint64 insertTriggerOffset(const QString &table, const QString &sql);

    // Replica migration 8: the FTS table as install() makes it now (a prefix index fewer),
    // empty, and every row marked for indexing again.
    static void rebuild(Database &db);

    // Indexes up to `limit` changed rows in one transaction, in key order, reading them
    // by range; returns how many it did (0: up to date). Search works all along on what
    // is indexed so far.
    int catchUp(int limit = 2000);
    int backlog();

    // Up to `perKind` hits of each kind, customers first. Empty for a query with nothing
    // searchable in it (a single Latin letter, punctuation).
    QList<Hit> search(const QString &query, int perKind = 8);

    // The FTS5 MATCH expression for what a user typed (public for tests).
    static QString matchExpression(const QString &query);

    // What the index holds of a row: its text column (Chinese characters one by one,
    // Latin words, phone keys) and its pinyin tokens; from the row's three texts as
    // catchUp() reads them (a customer's name, short name, phone; a contact's name,
    // phone, mobile; an opportunity's name; a contract's number, title). Public for tests.
    struct Document
    {
        QString body;
        QString py;
    };
    static Document document(Kind kind, const QString &first, const QString &second = {}, const QString &third = {});

    static QString kindName(Kind kind); // translated, as declared: 客户, 联系人, 商机, 合同

    // The customer list's sort key of a name (customers.name_sort): pinyin order, as a
    // BLOB. catchUp() keeps it for every customer row that arrives; null for no name.
    static QVariant nameSortKey(const QString &name);
    // Whether every customer's name_sort (and search document) is up to date.
    static bool customersCaughtUp(Database &db);

    // The pace of a large build (a first download's, a migration's). FTS5 merges its
    // segments as documents go in ('automerge': levels of 4, a little after every insert),
    // and at a million documents those merges cost more than the inserts. deferMerges()
    // turns them off for a backlog of LargeBacklog rows or more (FTS5 then merges a level
    // only when it reaches 16 segments) — kept in the index itself, so a build interrupted
    // resumes as one. Once every row is in (catchUp() has nothing left), mergeStep() merges
    // every segment into one in bounded steps (about `pages` pages of 4 KB written, in one
    // short transaction, the write lock free between steps), then turns the automatic
    // merges back on. Search works throughout.
    static constexpr qint64 LargeBacklog = 20000;
    // 2,000 pages (8 MB): at 100,000 customers a step of about 0.3 s of CPU, the merge
    // 3.8 s in all; steps of 500 pages cost 10.3 s, of 8,000 2.3 s (each step seeks and
    // trims every input segment again), one 'optimize' 7.2 s with the lock held throughout.
    static constexpr int MergeStepPages = 2000;
    void deferMerges(qint64 backlog);
    bool mergesDeferred();
    // Whether it merged something; false: rows to index first (catchUp), or nothing left
    // to merge (the merges automatic again). Call it when catchUp() returns 0.
    bool mergeStep(int pages = MergeStepPages);
    // The b-trees (segments) a query of the index reads, each (for tests and benchmarks).
    int segments();

private:
    Database &m_db;
};

} // namespace Huike
