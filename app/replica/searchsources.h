#pragma once

#include "replica/searchindex.h"
#include "schema/domainschema.h"
#include "schema/tabledef.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

// What the search index (searchindex.cpp, which writes it), its documents
// (searchdocument.cpp) and the search share: the indexed tables as their declarations say
// (TableDef::searchable) and the FTS rowid's layout.
// Internal to app/replica.
namespace Huike::SearchSources {

using namespace Qt::StringLiterals;

inline constexpr int KindShift = 40;
inline constexpr qint64 RowMask = (qint64(1) << KindShift) - 1;

// A searchable table (TableDef::searchable) as the index reads it.
struct Source
{
    SearchIndex::Kind kind;
    QString table;
    const char *kindName;                 // translated in context "Huike::SearchIndex"
    QList<TableDef::SearchText> as;       // how each of the texts is indexed
    QStringList watched;                  // columns whose change re-indexes the row
    QString columns;                      // id, deleted, the three texts a document and a hit need, the customer
    QString select;                       // those columns by rowid
};

// The declared searchable tables, by kind: customers first.
inline const QList<Source> &sources()
{
    static const QList<Source> all = [] {
        QList<Source> out;
        for (const TableDef &t : DomainSchema::tables()) {
            const TableDef::Search *search = t.search();
            if (!search)
                continue;
            Source s{SearchIndex::Kind(search->kind), t.name(), search->kindName, {}, {}, {}, {}};
            QStringList columns{u"id"_s, u"deleted"_s};
            for (const TableDef::SearchColumn &c : search->texts) {
                s.as << c.as;
                s.watched << c.column;
                columns << c.column;
            }
            s.watched << u"deleted"_s;
            while (columns.size() < 6)
                columns << u"NULL"_s;
            columns << search->customerColumn;
            s.columns = columns.join(u", "_s);
            s.select = u"SELECT %1 FROM %2 WHERE rowid = ?"_s.arg(s.columns, s.table);
            out << s;
        }
        std::sort(out.begin(), out.end(), [](const Source &a, const Source &b) { return a.kind < b.kind; });
        return out;
    }();
    return all;
}

inline const Source *source(SearchIndex::Kind kind)
{
    for (const Source &s : sources())
        if (s.kind == kind)
            return &s;
    return nullptr;
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
