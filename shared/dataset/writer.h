#pragma once

#include "dataset/generator.h"

#include <functional>

namespace Huike {
class Database;
}

namespace Huike::Dataset {

// Writes generated rows into a database that is at the domain schema head, with prepared
// statements and one transaction per batch of customers.
class Writer
{
public:
    // done, total customers; return false to stop early.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Writer(Database &db);
    ~Writer();

    // Departments, users, products (once per store).
    void writeOrganisation(const Generator &generator);
    // Customers [first, first + count) with their children. Returns rows written.
    qint64 writeCustomers(const Generator &generator, qint64 first, qint64 count,
                                const Progress &progress = {}, int batchSize = 2000);

private:
    void writeRows(const QList<Row> &rows);
    struct Private;
    Private *d;
};

} // namespace Huike::Dataset
