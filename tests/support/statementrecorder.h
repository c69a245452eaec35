#pragma once

// For the query-plan tests (tests/app/models/tst_queryplans, tests/server/api/
// tst_serverqueryplans): every SELECT a Database runs (Database::setObserver), once per
// shape — IN lists of any length are one — with the values of its first run, what the test
// was doing (`context`) and the test's own marks (`flags`, part of the shape), so that the
// tests explain the SQL the code really runs.

#include "schema/database.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace Huike::Test {

struct RecordedStatement
{
    QString sql;
    QVariantList values;
    QString context;
    int flags = 0;
};

class StatementRecorder : public StatementObserver
{
public:
    void statement(const QString &sql, const QVariantList &values) override
    {
        static const QRegularExpression marks(QStringLiteral("\\?(\\s*,\\s*\\?)+"));
        if (!sql.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive))
            return;
        QString key = sql;
        key.replace(marks, QStringLiteral("?…"));
        key += u'|' + QString::number(flags);
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        statements.append({sql, values, context, flags});
    }

    QList<RecordedStatement> statements;
    QString context;
    int flags = 0;

private:
    QSet<QString> m_seen;
};

} // namespace Huike::Test
