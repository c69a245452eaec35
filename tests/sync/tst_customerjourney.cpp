// Issue 19's "done when", as a new site lives it, against a real server (SQLite store): a
// rep imports the 3,000-customer GBK .csv that Excel on Chinese Windows saved, sees the dry
// run, fixes the two rows it refuses, imports, undoes and imports again; then a WPS .xlsx of
// contacts. Her manager merges two duplicates and undoes it; she claims a customer from the
// public pool and shares a card read-only with a colleague; the history shows each step.
// Every step syncs: the manager's and the colleague's replicas see what the server has.
#include "syncfixture.h"

#include "../app/dataio/xlsxbuilder.h"
#include "dataio/tablefile.h"
#include "dataio/textencoding.h"
#include "models/customerimport.h"
#include "schema/database.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;
using Outcome = CustomerImport::Outcome;

class tst_CustomerJourney : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void aNewSiteBringsItsCustomersIn();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
    }
    static bool gone(SyncClient &c, const QString &customerId)
    {
        const std::optional<Row> row = c.replica->read(u"customers"_s, customerId);
        return !row || row->value(u"deleted"_s).toInt() != 0;
    }
    static int liveCustomers(SyncClient &c, const QString &like)
    {
        return c.replica->database().scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND name LIKE ?"_s, {like}).toInt();
    }
    static QString customerNamed(SyncClient &c, const QString &name)
    {
        return c.replica->database().scalar(u"SELECT id FROM customers WHERE deleted = 0 AND name = ?"_s, {name}).toString();
    }
    QSet<QString> historyActions(const QString &login, const QString &customerId)
    {
        QSet<QString> out;
        const QJsonArray items = f->as(login, "GET", u"/api/v1/customers/%1/history"_s.arg(customerId)).json.value(u"items"_s).toArray();
        for (const QJsonValue &item : items)
            out.insert(item.toObject().value(u"table"_s).toString() + u':' + item.toObject().value(u"action"_s).toString());
        return out;
    }
};

void tst_CustomerJourney::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
}

void tst_CustomerJourney::init()
{
    HUIKE_START_SYNC_WORLD({{u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s},
                            {u"lihua"_s, u"sales"_s, u"销售部/华东区/宁波组"_s, u"chenjing"_s}});
}

void tst_CustomerJourney::cleanup()
{
    stopWorld();
}

void tst_CustomerJourney::aNewSiteBringsItsCustomersIn()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    auto colleague = client(u"lihua"_s, u"colleague"_s);
    for (SyncClient *c : {rep.get(), boss.get(), colleague.get()})
        syncOk(*c);

    // 1. The customer list, as Excel on Chinese Windows saves a .csv: GBK, CRLF; two rows wrong.
    const int count = 3000;
    QString text = u"客户名称,联系电话,统一社会信用代码,地址,客户级别,联系人,手机,邮箱\r\n"_s;
    for (int i = 0; i < count; ++i)
        text += u"杭州客户%1贸易有限公司,0571-8%2,%3,杭州市西湖区文三路%4号,%5,联系人%1,139%6,%7\r\n"_s.arg(i)
                    .arg(i, 7, 10, QChar(u'0'))
                    .arg(i == 17 ? u"91330100ABCDEFGH12"_s : QString())
                    .arg(i % 500 + 1)
                    .arg(QChar(u'A' + i % 4))
                    .arg(i, 8, 10, QChar(u'0'))
                    .arg(i == 2345 ? u"zhang#example.com"_s : u"kh%1@example.com"_s.arg(i));
    const QString csv = dir->path() + u"/客户.csv"_s;
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TextEncoding::encode(text, TextEncoding::Encoding::Gb18030, false));
    }
    TableFile table = readTableFile(csv);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.encoding, TextEncoding::Encoding::Gb18030);
    QCOMPARE(table.rows.size(), count + 1);
    CustomerImport import(*rep->replica);
    import.setSheet(table.rows.first(), table.rows.mid(1), table.lineNumbers.mid(1));
    CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.counts, (CustomerImport::Counts{count - 2, 0, 0, 2}));
    QCOMPARE(plan.rows[17].outcome, Outcome::Error);
    QCOMPARE(plan.rows[17].errors.first().column, 2);
    QCOMPARE(plan.rows[2345].errors.first().column, 7);
    // The clerk fixes the two rows in the file and reads it again.
    QList<QStringList> rows = table.rows.mid(1);
    rows[17][2] = QString();
    rows[2345][7] = u"zhang@example.com"_s;
    import.setSheet(table.rows.first(), rows, table.lineNumbers.mid(1));
    plan = import.dryRun();
    QCOMPARE(plan.counts, (CustomerImport::Counts{count, 0, 0, 0}));
    CustomerImport::Result first = import.run(u"客户.csv"_s);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.counts.created, count);
    syncOk(*rep);
    syncOk(*boss);
    QCOMPARE(liveCustomers(*boss, u"杭州客户%"_s), count);
    QCOMPARE(liveCustomers(*colleague, u"杭州客户%"_s), 0); // another group's rep

    // Undone (after it synced), and imported again.
    const CustomerImport::UndoResult undone = CustomerImport::undo(*rep->replica, first.batchId);
    QVERIFY2(undone.error.isEmpty(), qPrintable(undone.error));
    QVERIFY2(undone.kept.isEmpty(), qPrintable(undone.kept.join(u'\n')));
    QCOMPARE(undone.undone, 2 * count); // the customers and their contacts
    syncOk(*rep);
    syncOk(*boss);
    QCOMPARE(liveCustomers(*boss, u"杭州客户%"_s), 0);
    const CustomerImport::Result second = import.run(u"客户.csv"_s);
    QCOMPARE(second.counts.created, count);
    syncOk(*rep);
    syncOk(*boss);
    QCOMPARE(liveCustomers(*boss, u"杭州客户%"_s), count);
    const QString seven = customerNamed(*rep, u"杭州客户7贸易有限公司"_s);
    const QString eight = customerNamed(*rep, u"杭州客户8贸易有限公司"_s);
    QVERIFY(!seven.isEmpty() && !eight.isEmpty());

    // 2. The contacts, as WPS saves them: inline strings, mobiles as numbers.
    {
        using namespace Test;
        auto cell = [](const QString &t) -> QByteArray { return QByteArray("<c t=\"inlineStr\"><is><t>") + t.toHtmlEscaped().toUtf8() + "</t></is></c>"; };
        auto number = [](const char *v) -> QByteArray { return QByteArray("<c t=\"n\"><v>") + v + "</v></c>"; };
        QByteArray data = "<row r=\"1\">" + cell(u"客户名称"_s) + cell(u"联系人"_s) + cell(u"手机"_s) + cell(u"职务"_s) + cell(u"邮箱"_s) + "</row>";
        data += "<row r=\"2\">" + cell(u"杭州客户7贸易有限公司"_s) + cell(u"周杰"_s) + number("13512345670") + cell(u"采购经理"_s)
                + cell(u"zhoujie@example.com"_s) + "</row>";
        data += "<row r=\"3\">" + cell(u"杭州客户8贸易"_s) + cell(u"吴倩"_s) + number("13512345680") + cell(u"财务"_s) + "</row>";
        data += "<row r=\"4\">" + cell(u"宁波新客户科技有限公司"_s) + cell(u"郑强"_s) + number("13512345690") + cell(u"总经理"_s) + "</row>";
        QList<ZipPart> parts = workbookParts({u"联系人"_s}, {u"/xl/worksheets/sheet1.xml"_s}, false, false, false);
        parts.append({u"xl/worksheets/sheet1.xml"_s, worksheet(data)});
        QFile file(dir->path() + u"/联系人.xlsx"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip(parts));
    }
    table = readTableFile(dir->path() + u"/联系人.xlsx"_s);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    CustomerImport contacts(*rep->replica);
    contacts.setSheet(table.rows.first(), table.rows.mid(1), table.lineNumbers.mid(1));
    const CustomerImport::Result people = contacts.run(u"联系人.xlsx"_s);
    QVERIFY2(people.error.isEmpty(), qPrintable(people.error));
    QCOMPARE(people.counts, (CustomerImport::Counts{1, 2, 0, 0}));
    syncOk(*rep);
    syncOk(*boss);
    Database &bossDb = boss->replica->database();
    QCOMPARE(bossDb.scalar(u"SELECT mobile FROM contacts WHERE customer_id = ? AND name = '周杰'"_s, {seven}).toString(), u"13512345670"_s);
    QCOMPARE(bossDb.scalar(u"SELECT email FROM contacts WHERE customer_id = ? AND name = '周杰'"_s, {seven}).toString(), u"zhoujie@example.com"_s);
    QCOMPARE(bossDb.scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {eight}).toInt(), 2);

    // 3. A duplicate typed by hand; the manager merges it into the imported card, and undoes it.
    const QString typed = rep->replica->create(u"customers"_s, Row{{u"name"_s, u"杭州客户7贸易"_s}, {u"phone"_s, u"0571-86660007"_s}})
                              .value(u"id"_s).toString();
    syncOk(*rep);
    const Test::Reply merged = f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merge"_s,
                                     {{u"survivorId"_s, seven}, {u"mergedIds"_s, QJsonArray{typed}}});
    QCOMPARE(merged.status, 200);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + typed).status, 404);
    syncOk(*rep);
    QVERIFY(gone(*rep, typed));
    QCOMPARE(f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(merged.json.value(u"mergeId"_s).toString())).status, 200);
    syncOk(*rep);
    QVERIFY(!gone(*rep, typed));

    // 4. The public pool: the manager releases a customer with a reason; the rep claims it.
    const QString pooled = f->create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"绍兴公海纺织有限公司"_s}});
    QCOMPARE(f->as(u"chenjing"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(pooled), {{u"reason"_s, u"客户暂无采购计划"_s}}).status, 200);
    syncOk(*rep);
    QCOMPARE(rep->replica->read(u"customers"_s, pooled)->value(u"pool_reason"_s).toString(), u"客户暂无采购计划"_s);
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(pooled)).status, 200);
    syncOk(*rep);
    QCOMPARE(rep->replica->read(u"customers"_s, pooled)->value(u"owner_id"_s).toString(), userId(u"wangfang"_s));
    QVERIFY(rep->replica->read(u"customers"_s, pooled)->value(u"pool_reason"_s).isNull());

    // A card shared read-only with a colleague of another group: hers to read, not to change.
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(eight),
                   {{u"userId"_s, userId(u"lihua"_s)}, {u"mode"_s, u"read"_s}}).status, 204);
    syncOk(*colleague);
    QCOMPARE(colleague->replica->read(u"customers"_s, eight)->value(u"name"_s).toString(), u"杭州客户8贸易有限公司"_s);
    QCOMPARE(colleague->replica->database().scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {eight}).toInt(), 2);
    QCOMPARE(f->patch(u"lihua"_s, u"customers"_s, eight, {{u"address"_s, u"宁波"_s}}).status, 403);

    // 5. The history of each card says what happened to it.
    const QSet<QString> ofSeven = historyActions(u"wangfang"_s, seven);
    for (const QString &action : {u"customers:create"_s, u"customers:merge"_s, u"customers:unmerge"_s, u"contacts:create"_s})
        QVERIFY2(ofSeven.contains(action), qPrintable(QStringList(ofSeven.values()).join(u", "_s)));
    QVERIFY2(historyActions(u"wangfang"_s, eight).contains(u"shares:share"_s), qPrintable(QStringList(historyActions(u"wangfang"_s, eight).values()).join(u", "_s)));
    const QSet<QString> ofPooled = historyActions(u"wangfang"_s, pooled);
    QVERIFY2(ofPooled.contains(u"customers:update"_s), qPrintable(QStringList(ofPooled.values()).join(u", "_s)));
}

QTEST_GUILESS_MAIN(tst_CustomerJourney)
#include "tst_customerjourney.moc"
