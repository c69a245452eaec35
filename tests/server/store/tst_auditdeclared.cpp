// What a declaration leaves out of the audit trail (TableDef::audited, issue 18): the
// tables are declared in this file alone, before anything opens a store. An excluded
// column is absent from a record's history, a change to it alone writes no entry (the
// record still gets a new version), and a table declared unaudited writes none at all.
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/servermigrations.h"
#include "testdatabases.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

void declareThrowawayTables()
{
    constexpr auto Synced = TableDef::Kind::Synced;
    // A meter reading whose raw sensor text changes every minute: noise in a history.
    DomainSchema::declare(TableDef(u"test_readings"_s, Synced)
                              .ref(u"customer_id"_s, u"customers"_s, true)
                              .text(u"label"_s, true)
                              .text(u"raw"_s)
                              .integer(u"value"_s)
                              .scope(ScopeKind::CustomerChild)
                              .audited(true, {u"raw"_s}),
                          DomainSchema::BuiltInVersion + 1);
    // A heartbeat nobody needs the history of.
    DomainSchema::declare(TableDef(u"test_pings"_s, Synced)
                              .ref(u"customer_id"_s, u"customers"_s, true)
                              .text(u"note"_s)
                              .scope(ScopeKind::CustomerChild)
                              .audited(false),
                          DomainSchema::BuiltInVersion + 1);
}

} // namespace

class tst_AuditDeclared : public QObject
{
    Q_OBJECT

private slots:
    void declarations();
    void excludedColumnsAndTables_data() { Test::addDialectRows(); }
    void excludedColumnsAndTables();

private:
    QTemporaryDir m_dir;
};

void tst_AuditDeclared::declarations()
{
    const TableDef &readings = DomainSchema::table(u"test_readings"_s);
    QVERIFY(readings.isAudited());
    QVERIFY(readings.isAudited(u"label"_s));
    QVERIFY(!readings.isAudited(u"raw"_s));
    QVERIFY(!DomainSchema::table(u"test_pings"_s).isAudited(u"note"_s));
    QVERIFY(DomainSchema::table(u"customers"_s).isAudited(u"name"_s)); // the built-in ones: all of it
    // A column the table does not have cannot be left out.
    QVERIFY_THROWS_EXCEPTION(SchemaError, DomainSchema::declare(TableDef(u"test_wrong"_s, TableDef::Kind::Synced)
                                                                    .text(u"a"_s)
                                                                    .scope(ScopeKind::Catalogue)
                                                                    .audited(true, {u"b"_s}),
                                                                6));
}

void tst_AuditDeclared::excludedColumnsAndTables()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    ServerSchema::migrator().migrate(db);
    RecordWriter w(db);
    const QString user = Id::generate().toString();

    QString customer, reading, ping;
    {
        Transaction t(db);
        customer = w.insert(u"customers"_s, Row{{u"name"_s, u"华通科技有限公司"_s}}, user).value(u"id"_s).toString();
        reading = w.insert(u"test_readings"_s,
                           Row{{u"customer_id"_s, customer}, {u"label"_s, u"一号表"_s}, {u"raw"_s, u"0x1f 0x2a"_s}, {u"value"_s, 42}},
                           user)
                      .value(u"id"_s).toString();
        ping = w.insert(u"test_pings"_s, Row{{u"customer_id"_s, customer}, {u"note"_s, u"在线"_s}}, user).value(u"id"_s).toString();
        t.commit();
    }
    // Created: every column but the excluded one.
    QList<QJsonObject> h = w.recordHistory(u"test_readings"_s, reading);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h[0].value(u"action"_s).toString(), u"create"_s);
    QStringList keys = h[0].value(u"changes"_s).toObject().keys();
    QVERIFY2(keys.contains(u"label"_s) && keys.contains(u"value"_s), qPrintable(keys.join(u", "_s)));
    QVERIFY2(!keys.contains(u"raw"_s), qPrintable(keys.join(u", "_s)));

    // The excluded column alone: a new version, no entry; with another: that one only.
    qint64 version = 0;
    {
        Transaction t(db);
        version = w.update(u"test_readings"_s, reading, Row{{u"raw"_s, u"0x1f 0x2b"_s}}, user).value(u"version"_s).toLongLong();
        t.commit();
    }
    QCOMPARE(w.read(u"test_readings"_s, reading)->value(u"raw"_s).toString(), u"0x1f 0x2b"_s);
    QVERIFY(version > 0);
    QCOMPARE(w.recordHistory(u"test_readings"_s, reading).size(), 1);
    {
        Transaction t(db);
        w.update(u"test_readings"_s, reading, Row{{u"raw"_s, u"0x20"_s}, {u"value"_s, 43}}, user);
        t.commit();
    }
    h = w.recordHistory(u"test_readings"_s, reading);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h[0].value(u"changes"_s).toObject().keys(), QStringList{u"value"_s});
    QCOMPARE(h[0].value(u"changes"_s).toObject().value(u"value"_s).toObject().value(u"new"_s).toInteger(), 43);

    // The unaudited table: written, changed and removed without a trace in the trail.
    {
        Transaction t(db);
        w.update(u"test_pings"_s, ping, Row{{u"note"_s, u"离线"_s}}, user);
        w.remove(u"test_pings"_s, ping, user);
        t.commit();
    }
    QCOMPARE(w.read(u"test_pings"_s, ping)->value(u"deleted"_s).toInt(), 1);
    QCOMPARE(w.recordHistory(u"test_pings"_s, ping).size(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM audit_log WHERE table_name = 'test_pings'"_s).toInt(), 0);
    // … while its changes still reach the sync (the change log).
    QCOMPARE(db.scalar(u"SELECT count(*) FROM changes WHERE table_name = 'test_pings'"_s).toInt(), 3);
    // The customer's history: the readings' entries, no ping.
    for (const QJsonObject &e : w.history(customer))
        QVERIFY(e.value(u"table"_s).toString() != u"test_pings");
}

int main(int argc, char **argv)
{
    declareThrowawayTables(); // before any store exists
    QCoreApplication app(argc, argv);
    tst_AuditDeclared test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditdeclared.moc"
