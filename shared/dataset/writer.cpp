#include "dataset/writer.h"

#include "schema/database.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace Huike::Dataset {

struct Writer::Private
{
    Database &db;
    QHash<QString, std::shared_ptr<QSqlQuery>> inserts;

    QSqlQuery &insertFor(const QString &table)
    {
        auto it = inserts.find(table);
        if (it != inserts.end())
            return **it;
        const QStringList cols = Generator::columns().value(table);
        if (cols.isEmpty())
            throw SchemaError(u"The dataset has no columns for table %1."_s.arg(table));
        QStringList marks(cols.size(), u"?"_s);
        auto q = std::make_shared<QSqlQuery>(db.handle());
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "),
                                                                     marks.join(u", "));
        if (!q->prepare(sql))
            throw SchemaError(u"Cannot prepare [%1]: %2"_s.arg(sql, q->lastError().text()));
        inserts.insert(table, q);
        return *q;
    }
};

Writer::Writer(Database &db) : d(new Private{db, {}}) { }

Writer::~Writer()
{
    delete d;
}

void Writer::writeRows(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        QSqlQuery &q = d->insertFor(row.table);
        for (qsizetype i = 0; i < row.values.size(); ++i)
            q.bindValue(int(i), row.values[i]);
        if (!q.exec())
            throw SchemaError(u"Cannot insert into %1: %2"_s.arg(row.table, q.lastError().text()));
    }
}

void Writer::writeOrganisation(const Generator &generator)
{
    Transaction t(d->db);
    writeRows(generator.organisation());
    t.commit();
}

qint64 Writer::writeCustomers(const Generator &generator, qint64 first,
                                    qint64 count, const Progress &progress, int batchSize)
{
    qint64 written = 0;
    for (qint64 start = first; start < first + count; start += batchSize) {
        const qint64 end = std::min(first + count, start + batchSize);
        Transaction t(d->db);
        for (qint64 i = start; i < end; ++i) {
            const QList<Row> rows = generator.customer(i);
            writeRows(rows);
            written += rows.size();
        }
        t.commit();
        if (progress && !progress(end - first, count))
            break;
    }
    return written;
}

} // namespace Huike::Dataset
