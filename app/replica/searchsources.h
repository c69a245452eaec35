#pragma once

#include "replica/searchindex.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the search index (searchindex.cpp, which writes it) and the search
// (searchquery.cpp, which reads it) share: the indexed tables and the FTS rowid's layout.
// Internal to app/replica.
namespace Huike::SearchSources {

using namespace Qt::StringLiterals;

inline constexpr int KindShift = 40;
inline constexpr qint64 RowMask = (qint64(1) << KindShift) - 1;

struct Source
{
    SearchIndex::Kind kind;
    QString table;
    QStringList watched; // columns whose change re-indexes the row
    QString columns;     // id, deleted, the three texts a document and a hit need, the customer
    QString select;      // those columns by rowid
};

inline Source source(SearchIndex::Kind kind, const QString &table, const QStringList &watched, const QString &columns)
{
    return {kind, table, watched, columns, u"SELECT %1 FROM %2 WHERE rowid = ?"_s.arg(columns, table)};
}

inline const QList<Source> &sources()
{
    static const QList<Source> all{
        source(SearchIndex::Kind::Customer, u"customers"_s, {u"name"_s, u"short_name"_s, u"phone"_s, u"deleted"_s},
               u"id, deleted, name, short_name, phone, NULL, id"_s),
        source(SearchIndex::Kind::Contact, u"contacts"_s, {u"name"_s, u"phone"_s, u"mobile"_s, u"customer_id"_s, u"deleted"_s},
               u"id, deleted, name, phone, mobile, NULL, customer_id"_s),
        source(SearchIndex::Kind::Opportunity, u"opportunities"_s, {u"name"_s, u"deleted"_s},
               u"id, deleted, name, NULL, NULL, NULL, customer_id"_s),
        source(SearchIndex::Kind::Contract, u"contracts"_s, {u"number"_s, u"title"_s, u"deleted"_s},
               u"id, deleted, number, title, NULL, NULL, customer_id"_s),
    };
    return all;
}

inline qint64 base(SearchIndex::Kind kind)
{
    return qint64(kind) << KindShift;
}

inline bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

} // namespace Huike::SearchSources
