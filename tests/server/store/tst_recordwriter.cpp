#include "schema/domainschema.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/servermigrations.h"
#include "testdatabases.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_RecordWriter : public QObject
{
    Q_OBJECT

private slots:
    void insertUpdateRemove_data() { Test::addDialectRows(); }
    void insertUpdateRemove();
    void rollbackLeavesNoTrace_data() { Test::addDialectRows(); }
    void rollbackLeavesNoTrace();

private:
    QTemporaryDir m_dir;
};

void tst_RecordWriter::insertUpdateRemove()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    ServerSchema::migrator().migrate(db);
    RecordWriter w(db);
    const QString user = Id::generate().toString();

    Row customer;
    {
        Transaction t(db);
        customer = w.insert(u"customers"_s, Row{{u"name"_s, u"华通科技有限公司"_s}, {u"phone"_s, u"010-65529988"_s}}, user);
        t.commit();
    }
    const QString id = customer.value(u"id"_s).toString();
    QVERIFY(Id::fromString(id).has_value());
    const qint64 v1 = customer.value(u"version"_s).toLongLong();
    QVERIFY(v1 > 0);
    QCOMPARE(customer.value(u"created_by"_s).toString(), user);
    QCOMPARE(customer.value(u"status"_s).toString(), u"potential"_s); // the column default

    Row contact;
    {
        Transaction t(db);
        contact = w.insert(u"contacts"_s, Row{{u"customer_id"_s, id}, {u"name"_s, u"王芳"_s}}, user);
        customer = w.update(u"customers"_s, id, Row{{u"name"_s, u"华通科技股份有限公司"_s}, {u"phone"_s, u"010-65529988"_s}}, user);
        t.commit();
    }
    const qint64 v2 = customer.value(u"version"_s).toLongLong();
    QVERIFY(contact.value(u"version"_s).toLongLong() > v1);
    QVERIFY(v2 > contact.value(u"version"_s).toLongLong()); // one sequence for every table

    // No change, no new version, no audit entry.
    {
        Transaction t(db);
        QCOMPARE(w.update(u"customers"_s, id, Row{{u"name"_s, u"华通科技股份有限公司"_s}}, user)
                     .value(u"version"_s).toLongLong(), v2);
        t.commit();
    }
    {
        Transaction t(db);
        const Row gone = w.remove(u"contacts"_s, contact.value(u"id"_s).toString(), user);
        QCOMPARE(gone.value(u"deleted"_s).toInt(), 1);
        t.commit();
    }

    const QList<QJsonObject> h = w.history(id);
    QCOMPARE(h.size(), 4); // create customer, create contact, rename, delete contact
    QCOMPARE(h[0].value(u"action"_s).toString(), u"delete"_s);
    QCOMPARE(h[0].value(u"table"_s).toString(), u"contacts"_s);
    QCOMPARE(h[1].value(u"action"_s).toString(), u"update"_s);
    const QJsonObject rename = h[1].value(u"changes"_s).toObject();
    QCOMPARE(rename.keys(), QStringList{u"name"_s}); // only what changed
    QCOMPARE(rename.value(u"name"_s).toObject().value(u"old"_s).toString(), u"华通科技有限公司"_s);
    QCOMPARE(rename.value(u"name"_s).toObject().value(u"new"_s).toString(), u"华通科技股份有限公司"_s);
    QCOMPARE(h[3].value(u"action"_s).toString(), u"create"_s);
    QCOMPARE(h[3].value(u"changes"_s).toObject().value(u"phone"_s).toObject().value(u"new"_s).toString(),
             u"010-65529988"_s);
    QCOMPARE(h[3].value(u"userId"_s).toString(), user);
}

void tst_RecordWriter::rollbackLeavesNoTrace()
{
    HUIKE_FRESH_DATABASE(db, m_dir);
    DomainSchema::migrator().migrate(db);
    ServerSchema::migrator().migrate(db);
    RecordWriter w(db);
    // The server migrations seed the default stages and settings (audited, in the log).
    const int audits = db.scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
    const int changes = db.scalar(u"SELECT count(*) FROM changes"_s).toInt();
    QCOMPARE(changes, 7);
    {
        Transaction t(db);
        w.insert(u"customers"_s, Row{{u"name"_s, u"临时客户"_s}}, QString());
        // no commit: the audit entry and the change go with the row
    }
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), audits);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM changes"_s).toInt(), changes);
}

QTEST_GUILESS_MAIN(tst_RecordWriter)
#include "tst_recordwriter.moc"
