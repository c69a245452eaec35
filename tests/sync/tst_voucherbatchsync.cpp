// Voucher exports (issue 21 W3) against a real server on SQLite and PostgreSQL: a contract
// clerk exports offline, the batch (voucher_batches) syncs, and every laptop — the director's,
// a sales rep's — then knows the month's numbers, so the next export there numbers on; a
// sales rep's batch is refused, and a batch is never edited (every column CreateOnly).
#include "syncfixture.h"

#include "models/voucherservice.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_VoucherBatchSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialects(); }
    void init();
    void cleanup() { stopWorld(); }

    void clerkExportsOfflineEveryoneKnows();
    void salesRepsBatchIsRefused();
    void batchIsNeverEdited();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
    }
    static int batches(SyncClient &c)
    {
        return c.replica->database().scalar(u"SELECT count(*) FROM voucher_batches WHERE deleted = 0"_s).toInt();
    }
    static bool refused(SyncClient &c)
    {
        for (const Replica::Conflict &conflict : c.replica->conflicts())
            if (conflict.table == u"voucher_batches")
                return true;
        return false;
    }
    // What an export of November wrote: a payment as 收1 and an invoice as 记1.
    static VoucherService::Preview november()
    {
        VoucherService::Preview p;
        p.period = u"2026-11"_s;
        const Money amount = Money::fromFen(1130000);
        for (const auto &[table, id, word] : {std::tuple{u"payments"_s, u"p1"_s, u"收"_s}, std::tuple{u"invoices"_s, u"i1"_s, u"记"_s}}) {
            Voucher v;
            v.date = QDate(2026, 11, 3);
            v.word = word;
            v.number = 1;
            v.sourceTable = table;
            v.sourceId = id;
            v.entries = {{u"x"_s, u"1002"_s, u"银行存款"_s, amount, Money(), {}, {}, {}},
                         {u"x"_s, u"1122"_s, u"应收账款"_s, Money(), amount, {}, {}, {}}};
            p.vouchers << v;
        }
        p.fresh = 2;
        return p;
    }
};

void tst_VoucherBatchSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"zhangkj"_s, u"clerk"_s, u"销售部"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区"_s, u"zhaomin"_s}});
}

void tst_VoucherBatchSync::clerkExportsOfflineEveryoneKnows()
{
    auto clerk = client(u"zhangkj"_s, u"clerk"_s);
    auto director = client(u"zhaomin"_s, u"director"_s);
    auto rep = client(u"wangfang"_s, u"rep"_s);
    for (SyncClient *c : {clerk.get(), director.get(), rep.get()})
        syncOk(*c);

    // Offline: the export is written and its batch waits in the outbox.
    VoucherService vouchers(*clerk->replica);
    QVERIFY(vouchers.mayExport());
    QString error;
    QVERIFY2(vouchers.exportTo(november(), VoucherService::Format::Yonyou, dir->filePath(u"2026-11.txt"_s), &error), qPrintable(error));
    QCOMPARE(clerk->replica->pendingCount(), 1);
    syncOk(*clerk);
    syncOk(*director);
    syncOk(*rep);
    for (SyncClient *c : {director.get(), rep.get()}) {
        QCOMPARE(batches(*c), 1);
        Database &db = c->replica->database();
        QCOMPARE(db.scalar(u"SELECT created_by FROM voucher_batches"_s).toString(), userId(u"zhangkj"_s));
        QCOMPARE(db.scalar(u"SELECT first_numbers || ' / ' || last_numbers FROM voucher_batches"_s).toString(), u"收1 记1 / 收1 记1"_s);
        const QJsonArray sources = QJsonDocument::fromJson(db.scalar(u"SELECT sources FROM voucher_batches"_s).toByteArray()).array();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(VoucherService(*c->replica).preview(u"2026-11"_s, VoucherService::Again::No).batchesBefore, 1);
    }
    QVERIFY(VoucherService(*director->replica).mayExport());
    QVERIFY(!VoucherService(*rep->replica).mayExport());
}

void tst_VoucherBatchSync::salesRepsBatchIsRefused()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto director = client(u"zhaomin"_s, u"director"_s);
    syncOk(*rep);
    // The service refuses first…
    QString error;
    QVERIFY(!VoucherService(*rep->replica).exportTo(november(), VoucherService::Format::Kingdee, dir->filePath(u"rep.xlsx"_s), &error));
    QVERIFY2(error.contains(u"clerks"_s), qPrintable(error));
    QCOMPARE(rep->replica->pendingCount(), 0);
    // …and the server, for a row written past it.
    rep->replica->create(u"voucher_batches"_s, Row{{u"period"_s, u"2026-11"_s}, {u"format"_s, u"kingdee"_s},
                                                   {u"file_name"_s, u"x.xlsx"_s}, {u"voucher_count"_s, 1}});
    const auto r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(refused(*rep));
    QCOMPARE(batches(*rep), 0);
    syncOk(*director);
    QCOMPARE(batches(*director), 0);
}

void tst_VoucherBatchSync::batchIsNeverEdited()
{
    auto clerk = client(u"zhangkj"_s, u"clerk"_s);
    syncOk(*clerk);
    QString error;
    QVERIFY2(VoucherService(*clerk->replica).exportTo(november(), VoucherService::Format::List, dir->filePath(u"list.xlsx"_s), &error),
             qPrintable(error));
    QCOMPARE(batches(*clerk), 0); // the list is for reading: nothing recorded
    QVERIFY(VoucherService(*clerk->replica).exportTo(november(), VoucherService::Format::Kingdee, dir->filePath(u"k.xlsx"_s), &error));
    syncOk(*clerk);
    const QString id = clerk->replica->database().scalar(u"SELECT id FROM voucher_batches"_s).toString();
    clerk->replica->update(u"voucher_batches"_s, id, Row{{u"sources"_s, u"[]"_s}});
    const auto r = clerk->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(refused(*clerk));
    // The server's row stands, and comes back.
    QCOMPARE(QJsonDocument::fromJson(clerk->replica->database().scalar(u"SELECT sources FROM voucher_batches"_s).toByteArray())
                 .array()
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(tst_VoucherBatchSync)
#include "tst_voucherbatchsync.moc"
