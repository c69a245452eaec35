// What app/ui reads through app/models instead of the replica (issue 18): the funnel's
// owner and department choices, the conflicts in words with their two ways out, and the
// one Services object the main window hands down.
#include "conflictfixture.h"
#include "models/conflictservice.h"
#include "models/customerservice.h"
#include "models/funnel.h"
#include "models/services.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Services : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void funnelChoices();
    void conflictEntries();
    void keepMineWritesAndResolves();
    void resolveOnly();
    void servicesOverOneReplica();

private:
    void user(const QString &id, const QString &name, int disabled = 0, int deleted = 0);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

void tst_Services::user(const QString &id, const QString &name, int disabled, int deleted)
{
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                               u"VALUES (?, 1, ?, 'x', 'x', ?, ?, 'sales', ?)"_s,
                               {id, deleted, id, name, disabled});
}

void tst_Services::init()
{
    // A confirmed customer showing the server's address, and the conflict about it.
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = TestSupport::replicaWithAddressConflict(*m_dir);
    m_customer = TestSupport::ConflictCustomerId;
}

void tst_Services::funnelChoices()
{
    user(u"u1"_s, u"张伟"_s);
    user(u"u2"_s, u"陈静"_s);
    user(u"u3"_s, u"王芳"_s);
    user(u"u4"_s, u"李娜"_s, 1);    // disabled
    user(u"u5"_s, u"安娜"_s, 0, 1); // deleted
    for (const auto &[id, path] : {std::pair{u"d2"_s, u"销售部/华东"_s}, std::pair{u"d1"_s, u"销售部"_s}})
        m_replica->database().exec(u"INSERT INTO departments (id, version, deleted, created_at, updated_at, name, path, sort_order) "
                                   u"VALUES (?, 1, 0, 'x', 'x', ?, ?, 0)"_s, {id, path, path});
    Funnel funnel(m_replica->database());
    // Active colleagues by name in pinyin order (chen, wang, zhang); departments by path.
    const QList<QPair<QString, QString>> owners{{u"u2"_s, u"陈静"_s}, {u"u3"_s, u"王芳"_s}, {u"u1"_s, u"张伟"_s}};
    QCOMPARE(funnel.owners(), owners);
    const QList<QPair<QString, QString>> departments{{u"d1"_s, u"销售部"_s}, {u"d2"_s, u"销售部/华东"_s}};
    QCOMPARE(funnel.departments(), departments);
}

void tst_Services::conflictEntries()
{
    user(u"u9"_s, u"陈静"_s);
    m_replica->database().exec(u"UPDATE conflicts SET theirs_by = 'u9'"_s);
    ConflictService service(*m_replica);
    const QList<ConflictService::Entry> entries = service.entries();
    QCOMPARE(entries.size(), 1);
    const ConflictService::Entry &e = entries.first();
    QCOMPARE(e.id, u"c1"_s);
    QCOMPARE(e.caption, u"杭州华通科技有限公司"_s);
    QCOMPARE(e.fieldText, u"Address"_s);
    QCOMPARE(e.before, u"(empty)"_s);
    QCOMPARE(e.mineText, u"江南大道 9 号"_s);
    QCOMPARE(e.theirsText, u"文三路 1 号"_s);
    QCOMPARE(e.by, u"陈静"_s);
    QCOMPARE(e.docTable, u"customers"_s);
    QCOMPARE(e.docId, m_customer);
    QCOMPARE(e.docCustomerId, m_customer);
    QVERIFY(!e.why.isEmpty());
}

void tst_Services::keepMineWritesAndResolves()
{
    ConflictService service(*m_replica);
    const ConflictService::Entry e = service.entries().first();
    QVERIFY(service.useValue(e, ConflictService::columnValue(e.mine).toString()));
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"江南大道 9 号"_s);
    QVERIFY(service.entries().isEmpty());
    // A field that is not there: nothing written.
    ConflictService::Entry gone = e;
    gone.field = u"no_such_column"_s;
    QVERIFY(!service.useValue(gone, u"x"_s));
}

void tst_Services::resolveOnly()
{
    ConflictService service(*m_replica);
    service.resolve(u"c1"_s);
    QVERIFY(service.entries().isEmpty());
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"文三路 1 号"_s);
}

void tst_Services::servicesOverOneReplica()
{
    m_replica->setUserId(u"u1"_s);
    Services services(*m_replica);
    QCOMPARE(&services.database(), &m_replica->database());
    QCOMPARE(&services.replica(), m_replica.get());
    QCOMPARE(services.userId(), u"u1"_s);
    QVERIFY(services.customers().load(m_customer));
    QCOMPARE(services.conflicts().entries().size(), 1);
    services.pollOutcomes(); // nothing recorded: no crash, nothing changes
    QCOMPARE(services.conflicts().entries().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Services)
#include "tst_services.moc"
