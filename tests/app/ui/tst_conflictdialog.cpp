#include "conflictdialog.h"
#include "database.h"
#include "replica.h"

#include <QApplication>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepMineMakesAnEdit();
    void takeTheirsOnlyResolves();
    void rejectionsAreDismissed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

void tst_ConflictDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/r.sqlite"_s);
    m_customer = u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s;
    // A confirmed customer showing the server's address, and the conflict about it.
    m_replica->database().exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, address, status, type) "
                               u"VALUES (?, 5, 0, 'x', 'x', '杭州华通科技有限公司', '文三路 1 号', 'active', 'end')"_s, {m_customer});
    m_replica->database().exec(u"INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, code, message, at) "
                               u"VALUES ('c1', 'conflict', 'customers', ?, 'address', 'null', '\"江南大道 9 号\"', '\"文三路 1 号\"', "
                               u"'conflict', '', '2026-11-24T08:00:00.000Z')"_s, {m_customer});
}

void tst_ConflictDialog::keepMineMakesAnEdit()
{
    ConflictDialog dialog(*m_replica);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"杭州华通科技有限公司"_s);
    QCOMPARE(dialog.table()->item(0, 3)->text(), u"江南大道 9 号"_s);
    QCOMPARE(dialog.table()->item(0, 4)->text(), u"文三路 1 号"_s);
    dialog.keepMine();
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"江南大道 9 号"_s);
    QCOMPARE(m_replica->pendingCount(), 1); // syncs like any edit, based on theirs
    QCOMPARE(m_replica->openConflictCount(), 0);
    QCOMPARE(dialog.table()->rowCount(), 0);
}

void tst_ConflictDialog::takeTheirsOnlyResolves()
{
    ConflictDialog dialog(*m_replica);
    dialog.takeTheirs();
    QCOMPARE(m_replica->read(u"customers"_s, m_customer)->value(u"address"_s).toString(), u"文三路 1 号"_s);
    QCOMPARE(m_replica->pendingCount(), 0);
    QCOMPARE(m_replica->openConflictCount(), 0);
    QCOMPARE(m_replica->conflicts(false).size(), 1); // kept, resolved
}

void tst_ConflictDialog::rejectionsAreDismissed()
{
    m_replica->database().exec(u"UPDATE conflicts SET kind = 'rejection', field = '', code = 'out_of_scope', message = 'gone'"_s);
    ConflictDialog dialog(*m_replica);
    QVERIFY(dialog.table()->item(0, 4)->text().contains(u"out_of_scope"_s));
    dialog.takeTheirs();
    QCOMPARE(m_replica->openConflictCount(), 0);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_conflictdialog.moc"
