#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>

namespace Huike::Dataset {

// One row for a domain table (shared/schema DomainSchema), values in the order of
// Generator::columns(table).
struct Row
{
    QString table;
    QVariantList values;
};

// A realistic, reproducible data set for demos and benchmarks: Chinese companies across
// the provinces with contacts, activities, opportunities, quotes with lines, contracts
// with payment plans, payments and invoices, owned by the sales staff of a small
// organisation (departments and users).
//
// Customer i depends only on (seed, i): any slice can be generated alone, in any order,
// on any platform (our own integer arithmetic, no std:: distributions), and the whole is
// the same every time. Amounts are computed with shared/core's Pricing, so quotes and
// contracts add up exactly and payment plans sum to the contract amount.
class Generator
{
public:
    explicit Generator(std::uint64_t seed);

    // The columns written for each table (a subset of the table's columns, in order).
    static const QHash<QString, QStringList> &columns();
    // Insert order that satisfies references (departments before users, …).
    static QStringList tableOrder();

    // Departments, users and their department links. Fixed for a seed.
    QList<Row> organisation() const;
    // Login names of the sales users (owners of customers), e.g. "wangfang".
    QStringList salesLogins() const;
    // The demo users: login → role code.
    QList<QPair<QString, QString>> users() const;

    // Customer number `index` (0-based) and everything that hangs off it.
    QList<Row> customer(qint64 index) const;

    std::uint64_t seed() const { return m_seed; }

private:
    struct Org;
    std::uint64_t m_seed;
    QList<QString> m_userIds;      // parallel to users()
    QList<QString> m_salesUserIds; // owners
    QList<QString> m_salesDepartmentIds;
    QList<QString> m_departmentIds;
};

} // namespace Huike::Dataset
