#pragma once

// What the customer import's files share (customerimport.cpp: the sheet and the run;
// customerimportplan.cpp: the dry run; customerimportundo.cpp: undo and the batches);
// not for other code.

#include "models/customerimport.h"
#include "schema/rows.h"

#include <QByteArray>

namespace Huike {

namespace ImportDetail {

QString tr(const char *text);
// The customers' column of a mapped customer field; empty for contact fields and Ignore.
QString customerColumn(ImportMapping::Field f);
QString valueText(const QVariant &v);
// An undo note's row: a JSON object of texts (null for none), and back.
QByteArray jsonOf(const Row &row);
Row rowOf(const QString &json);

} // namespace ImportDetail

struct CustomerImport::Prepared
{
    Row customer;         // the customer's columns this row fills (normalised)
    QList<Row> contacts;  // contacts' columns
    Row changes;          // Update: what changes on the customer
    QString ownerId;
    QString nameKey, phoneKey; // Create: its duplicate-check keys, as the replica derives them
    int target = -1;      // the file's earlier row this one adds to
};

// The last dry run with what it was made from, which run() takes while all of it still holds.
struct CustomerImport::Planned
{
    QStringList headers;
    QList<QStringList> rows; // shares the sheet's data: comparing them is cheap while it holds
    ImportMapping mapping;
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    QHash<qsizetype, OnDuplicate> rowPolicy;
    std::pair<qint64, qint64> stamp; // replicaStamp() before the plan was made
    Plan plan;
    QList<Prepared> prepared;
};

} // namespace Huike
