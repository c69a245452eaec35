#include "dataset/writer.h"
#include "schema/domainschema.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Writer : public QObject
{
    Q_OBJECT

private slots:
    void writesEverything_data() { Test::addDialectRows(); }
    void writesEverything();

private:
    QTemporaryDir m_dir;
};

void tst_Writer::writesEverything()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    const Dataset::Generator g(11);
    Dataset::Writer w(db);
    w.writeOrganisation(g);

    qint64 expected = 0;
    QHash<QString, qint64> perTable;
    for (qint64 i = 0; i < 300; ++i)
        for (const Dataset::Row &r : g.customer(i)) {
            ++expected;
            ++perTable[r.table];
        }
    QList<qint64> progress;
    const qint64 written = w.writeCustomers(g, 0, 300, [&](qint64 done, qint64 total) {
        progress << done;
        return total == 300;
    }, 128);
    QCOMPARE(written, expected);
    QCOMPARE(progress, (QList<qint64>{128, 256, 300}));
    for (auto it = perTable.begin(); it != perTable.end(); ++it)
        QCOMPARE(db.scalar(u"SELECT count(*) FROM %1"_s.arg(it.key())).toLongLong(), it.value());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM users"_s).toInt(), g.users().size());
    // Chinese text and exact money come back as written.
    const Dataset::Row first = g.customer(0)[0];
    QCOMPARE(db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {first.values[0]}).toString(),
             first.values[8].toString());
}

QTEST_GUILESS_MAIN(tst_Writer)
#include "tst_writer.moc"
