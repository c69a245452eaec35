#pragma once

#include <QList>
#include <QString>

namespace Huike {

class Database;

// The customers by level (客户级别统计, FEATURES.md C4) as this replica holds them (so as the
// user may see them): how many, what they paid (回款, as the 360° view's lifetime revenue) and
// what they still owe on signed, running and completed contracts (应收, per customer as the
// 360° view counts it, never below zero). Money in fen.
struct LevelStatistics
{
    struct Line
    {
        QString level; // the code ("a"…"d"); empty for customers without a level
        qint64 customers = 0;
        qint64 paidFen = 0;
        qint64 receivablesFen = 0;
    };
    QList<Line> lines; // A, B, C, D, then no level; levels without customers left out
    Line total;
    QString error; // the replica's, when it could not be read; nothing else set then

    static LevelStatistics compute(Database &db);
};

} // namespace Huike
