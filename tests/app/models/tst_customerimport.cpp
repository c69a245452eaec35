// 客户导入 (FEATURES.md C5, issue 19): the header mapping, the dry run's outcome per row
// (create, update with the fields, skip as a duplicate, error next to the cell), the batch
// written in chunks with its undo notes, and the undo that leaves what was edited since.
#include "core/id.h"
#include "models/approvalservice.h"
#include "models/customerimport.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Field = ImportMapping::Field;
using Outcome = CustomerImport::Outcome;

class tst_CustomerImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void headers_data();
    void headers();
    void guessKeepsTheFirstAndNumbersContacts();
    void mappingRoundTrips();
    void dryRunSaysWhatEachRowDoes();
    void duplicatesFollowThePolicy_data();
    void duplicatesFollowThePolicy();
    void aLevelChangeIsNotImportedForWhoAsks_data();
    void aLevelChangeIsNotImportedForWhoAsks();
    void onePerContactRowsJoinTheirCompany();
    void aContactsListAddsPeopleToTheCustomersItNames_data();
    void aContactsListAddsPeopleToTheCustomersItNames();
    void ownersMustExistAndBeMine();
    void runWritesABatchThatSyncs();
    void cancelKeepsWholeChunks();
    void undoLeavesWhatWasEditedSince();
    void undoTwiceIsRefused();
    void theDryRunsPlanIsKeptUntilSomethingChanges();
    void importedRecordsAreNotedForTheSearch();

private:
    QString addCustomer(const QString &name, const QString &phone = {}, const QString &creditCode = {});
    void addUser(const QString &id, const QString &login, const QString &name, const QString &role);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_me;
};

void tst_CustomerImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_me = Id::generate().toString();
    m_replica->setUserId(m_me);
    addUser(m_me, u"wangfang"_s, u"王芳"_s, u"sales"_s);
}

void tst_CustomerImport::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_CustomerImport::addUser(const QString &id, const QString &login, const QString &name, const QString &role)
{
    m_replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0)"_s,
        {id, login, name, role});
}

QString tst_CustomerImport::addCustomer(const QString &name, const QString &phone, const QString &creditCode)
{
    CustomerService service(*m_replica);
    CustomerService::Card card;
    card.customer.name = name;
    card.customer.phone = phone;
    card.customer.creditCode = creditCode;
    if (const ValidationErrors e = service.save(card, {}))
        qWarning() << e.errors().first().message;
    return card.customer.meta.id.toString();
}

void tst_CustomerImport::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("slot");
    QTest::newRow("客户名称") << u"客户名称"_s << int(Field::Name) << 0;
    QTest::newRow("公司名称 required") << u"公司名称（必填）"_s << int(Field::Name) << 0;
    QTest::newRow("* 名称") << u"*名称"_s << int(Field::Name) << 0;
    QTest::newRow("Company Name") << u"Company Name"_s << int(Field::Name) << 0;
    QTest::newRow("统一社会信用代码") << u"统一社会信用代码"_s << int(Field::CreditCode) << 0;
    QTest::newRow("税号") << u"税号"_s << int(Field::CreditCode) << 0;
    QTest::newRow("联系电话") << u"联系电话"_s << int(Field::Phone) << 0;
    QTest::newRow("全角 电话") << u"电话　"_s << int(Field::Phone) << 0;
    QTest::newRow("E-mail") << u"E-mail"_s << int(Field::Email) << 0;
    QTest::newRow("地址") << u"详细地址"_s << int(Field::Address) << 0;
    QTest::newRow("客户级别") << u"客户级别"_s << int(Field::Level) << 0;
    QTest::newRow("负责人") << u"负责人"_s << int(Field::Owner) << 0;
    QTest::newRow("联系人") << u"联系人"_s << int(Field::ContactName) << 0;
    QTest::newRow("联系人2") << u"联系人2"_s << int(Field::ContactName) << 1;
    QTest::newRow("手机 2") << u"手机 2"_s << int(Field::ContactMobile) << 1;
    QTest::newRow("职务") << u"职务"_s << int(Field::ContactTitle) << 0;
    QTest::newRow("Contact e-mail") << u"Contact E-mail"_s << int(Field::ContactEmail) << 0;
    QTest::newRow("unknown") << u"合同金额"_s << int(Field::Ignore) << 0;
    QTest::newRow("empty") << QString() << int(Field::Ignore) << 0;
}

void tst_CustomerImport::headers()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QFETCH(int, slot);
    int s = -1;
    QCOMPARE(int(ImportMapping::match(header, &s)), field);
    if (field != int(Field::Ignore))
        QCOMPARE(s, slot);
}

void tst_CustomerImport::guessKeepsTheFirstAndNumbersContacts()
{
    const ImportMapping m = ImportMapping::guess({u"客户名称"_s, u"名称"_s, u"联系人1"_s, u"手机1"_s, u"联系人2"_s, u"手机2"_s});
    QCOMPARE(m.column(0).field, Field::Name);
    QCOMPARE(m.column(1).field, Field::Ignore); // the first column keeps the name
    QCOMPARE(m.column(2), (ImportMapping::Column{Field::ContactName, 0}));
    QCOMPARE(m.column(5), (ImportMapping::Column{Field::ContactMobile, 1}));
    QCOMPARE(m.contactSlots(), 2);
    // 手机 on a sheet of companies alone is the company's phone.
    const ImportMapping companies = ImportMapping::guess({u"公司名称"_s, u"手机"_s});
    QCOMPARE(companies.column(1).field, Field::Phone);
    QCOMPARE(companies.contactSlots(), 0);
    // 邮箱 and 电话 on a list of people (the company named, nothing else of it) are the person's…
    const ImportMapping people = ImportMapping::guess({u"客户名称"_s, u"联系人"_s, u"电话"_s, u"邮箱"_s, u"职务"_s});
    QCOMPARE(people.column(2).field, Field::ContactPhone);
    QCOMPARE(people.column(3).field, Field::ContactEmail);
    // …but the company's on a list of companies with a contact column.
    const ImportMapping both = ImportMapping::guess({u"客户名称"_s, u"地址"_s, u"联系人"_s, u"电话"_s, u"邮箱"_s});
    QCOMPARE(both.column(3).field, Field::Phone);
    QCOMPARE(both.column(4).field, Field::Email);
}

void tst_CustomerImport::mappingRoundTrips()
{
    const ImportMapping m = ImportMapping::guess({u"客户名称"_s, u"备注"_s, u"联系人2"_s, u"x"_s});
    QCOMPARE(m.toText(), u"name,background,contactName2,ignore"_s);
    QCOMPARE(ImportMapping::fromText(m.toText(), 4), m);
    QCOMPARE(ImportMapping::fromText(u"name,nonsense"_s, 3).column(1).field, Field::Ignore);
    QCOMPARE(ImportMapping::headerSetKey({u"客户名称"_s, u"电话"_s}), ImportMapping::headerSetKey({u"客户名称 "_s, u"电话（必填）"_s}));
    QVERIFY(ImportMapping::headerSetKey({u"客户名称"_s}) != ImportMapping::headerSetKey({u"电话"_s}));
}

void tst_CustomerImport::dryRunSaysWhatEachRowDoes()
{
    addCustomer(u"北京汇客科技有限公司"_s, u"010-88886666"_s);
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"电话"_s, u"统一社会信用代码"_s, u"客户级别"_s, u"邮箱"_s},
                    {{u"上海恒信精密机械有限公司"_s, u"021-55556666"_s, u"91350100M000100Y43"_s, u"A级"_s, u""_s},
                     {u"北京汇客科技有限公司"_s, u""_s, u""_s, u""_s, u""_s},
                     {u"广州某某公司"_s, u""_s, u"91350100M000100Y44"_s, u""_s, u""_s},
                     {u""_s, u"13800138000"_s, u""_s, u""_s, u""_s},
                     {u"深圳某公司"_s, u""_s, u""_s, u"Z"_s, u"not-an-email"_s},
                     {u""_s, u""_s, u""_s, u""_s, u""_s}},
                    {2, 3, 4, 5, 6, 8});
    const CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows.size(), 6);
    QCOMPARE(plan.rows[0].outcome, Outcome::Create);
    QCOMPARE(plan.rows[1].outcome, Outcome::Skip); // the default policy: skip duplicates
    QVERIFY2(plan.rows[1].reason.contains(u"北京汇客科技有限公司"_s), qPrintable(plan.rows[1].reason));
    QCOMPARE(plan.rows[2].outcome, Outcome::Error);
    QCOMPARE(plan.rows[2].errors.first().column, 2); // the credit code's cell
    QCOMPARE(plan.rows[3].outcome, Outcome::Error);  // no name
    QCOMPARE(plan.rows[3].errors.first().column, -1);
    QCOMPARE(plan.rows[4].outcome, Outcome::Error);  // the level and the e-mail
    QCOMPARE(plan.rows[4].errors.size(), 2);
    QCOMPARE(plan.rows[5].outcome, Outcome::Skip);   // empty
    QCOMPARE(plan.counts, (CustomerImport::Counts{1, 0, 2, 3}));
    QCOMPARE(import.lineNumber(5), 8);
    // Nothing was written.
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 1);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM import_batches"_s).toInt(), 0);
}

void tst_CustomerImport::duplicatesFollowThePolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("skip") << int(CustomerImport::OnDuplicate::Skip) << int(Outcome::Skip) << QStringList();
    QTest::newRow("fill") << int(CustomerImport::OnDuplicate::Fill) << int(Outcome::Update) << QStringList{u"address"_s};
    QTest::newRow("overwrite") << int(CustomerImport::OnDuplicate::Overwrite) << int(Outcome::Update)
                               << QStringList{u"address"_s, u"name"_s, u"phone"_s};
}

void tst_CustomerImport::duplicatesFollowThePolicy()
{
    QFETCH(int, policy);
    QFETCH(int, outcome);
    QFETCH(QStringList, changed);
    // Found by the credit code although the name is written otherwise.
    const QString id = addCustomer(u"上海恒信精密机械有限公司"_s, u"021-55556666"_s, u"91350100M000100Y43"_s);
    CustomerImport import(*m_replica);
    import.setSheet({u"名称"_s, u"电话"_s, u"地址"_s, u"税号"_s},
                    {{u"恒信精密（上海）"_s, u"021-55557777"_s, u"上海市嘉定区"_s, u"91350100m000100y43"_s}});
    import.setOnDuplicate(CustomerImport::OnDuplicate(policy));
    CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(int(plan.rows[0].outcome), outcome);
    QCOMPARE(plan.rows[0].customerId, id);
    QStringList fields = plan.rows[0].changedFields;
    fields.sort();
    QCOMPARE(fields, changed);
    // A row's own choice wins.
    import.setRowOnDuplicate(0, CustomerImport::OnDuplicate::Skip);
    QCOMPARE(import.dryRun().rows[0].outcome, Outcome::Skip);
    import.clearRowOnDuplicate(0);
    const CustomerImport::Result r = import.run(u"客户.xlsx"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const auto row = m_replica->read(u"customers"_s, id);
    QCOMPARE(row->value(u"address"_s).toString(), outcome == int(Outcome::Update) ? u"上海市嘉定区"_s : QString());
    QCOMPARE(row->value(u"phone"_s).toString().contains(u"7777"_s), changed.contains(u"phone"_s));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 1);
}

void tst_CustomerImport::aLevelChangeIsNotImportedForWhoAsks_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("levelBefore");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<QString>("levelAfter");
    QTest::newRow("a rep, a level it has") << u"sales"_s << u"c"_s << false << u"c"_s;
    QTest::newRow("a rep, its first level") << u"sales"_s << u""_s << false << u"a"_s;
    QTest::newRow("a manager") << u"manager"_s << u"c"_s << false << u"a"_s;
    QTest::newRow("a manager, a request pending") << u"manager"_s << u"c"_s << true << u"c"_s;
}

void tst_CustomerImport::aLevelChangeIsNotImportedForWhoAsks()
{
    // C4: the overwrite leaves a level a rep would have to ask for, and any level while a
    // request is pending; the other fields are imported, and the row says why.
    QFETCH(QString, role);
    QFETCH(QString, levelBefore);
    QFETCH(bool, pending);
    QFETCH(QString, levelAfter);
    m_replica->database().exec(u"UPDATE users SET role = ? WHERE id = ?"_s, {role, m_me});
    const QString id = addCustomer(u"上海恒信精密机械有限公司"_s, u"021-55556666"_s);
    m_replica->database().exec(u"UPDATE customers SET level = ? WHERE id = ?"_s,
                               {levelBefore.isEmpty() ? QVariant() : QVariant(levelBefore), id});
    if (pending)
        ApprovalService(*m_replica).requestLevel(id, levelBefore, u"b"_s, {});
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"客户级别"_s, u"地址"_s}, {{u"上海恒信精密机械有限公司"_s, u"A"_s, u"上海市嘉定区"_s}});
    import.setOnDuplicate(CustomerImport::OnDuplicate::Overwrite);
    const CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows[0].outcome, Outcome::Update);
    QCOMPARE(plan.rows[0].changedFields.contains(u"level"_s), levelAfter != levelBefore);
    QCOMPARE(plan.rows[0].reason.contains(u"Its level stays"_s), levelAfter == levelBefore);
    const CustomerImport::Result r = import.run(u"客户.xlsx"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const auto row = m_replica->read(u"customers"_s, id);
    QCOMPARE(row->value(u"level"_s).toString(), levelAfter);
    QCOMPARE(row->value(u"address"_s).toString(), u"上海市嘉定区"_s);
}

void tst_CustomerImport::onePerContactRowsJoinTheirCompany()
{
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"联系人"_s, u"手机"_s, u"职务"_s},
                    {{u"杭州西湖软件有限公司"_s, u"张伟"_s, u"13800138000"_s, u"总经理"_s},
                     {u""_s, u"李娜"_s, u"13900139000"_s, u"采购经理"_s},       // the company above
                     {u"杭州西湖软件有限公司"_s, u"王磊"_s, u"13700137000"_s, u""_s}, // named again
                     {u"杭州西湖软件有限公司"_s, u"张伟"_s, u"13800138000"_s, u""_s}}); // the same contact
    const CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows[0].outcome, Outcome::Create);
    QCOMPARE(plan.rows[0].newContacts, 1);
    QCOMPARE(plan.rows[1].outcome, Outcome::Update);
    QCOMPARE(plan.rows[1].sameAsRow, 0);
    QCOMPARE(plan.rows[2].outcome, Outcome::Update);
    QCOMPARE(plan.rows[3].outcome, Outcome::Skip);
    const CustomerImport::Result r = import.run(u"contacts.csv"_s);
    QCOMPARE(r.counts, (CustomerImport::Counts{1, 2, 1, 0}));
    Database &db = m_replica->database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 1);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts WHERE customer_id = (SELECT id FROM customers)"_s).toInt(), 3);
}

void tst_CustomerImport::aContactsListAddsPeopleToTheCustomersItNames_data()
{
    QTest::addColumn<int>("policy");
    QTest::newRow("skip") << int(CustomerImport::OnDuplicate::Skip);
    QTest::newRow("fill") << int(CustomerImport::OnDuplicate::Fill);
}

// A contacts list as WPS saves one (客户名称 and the person's columns, nothing else of the
// company): its people join the customers it names, whatever the duplicate policy, and the
// customers' own fields stay as they are; a colleague's or a pool customer is left alone.
void tst_CustomerImport::aContactsListAddsPeopleToTheCustomersItNames()
{
    QFETCH(int, policy);
    const QString mine = addCustomer(u"上海汇客科技有限公司"_s, u"021-55550001"_s);
    const QString theirs = addCustomer(u"苏州园区精工有限公司"_s);
    const QString pooled = addCustomer(u"无锡太湖物流有限公司"_s);
    const QString colleague = Id::generate().toString();
    addUser(colleague, u"chenjing"_s, u"陈静"_s, u"sales"_s);
    Database &db = m_replica->database();
    db.exec(u"UPDATE customers SET owner_id = ? WHERE id = ?"_s, {colleague, theirs});
    db.exec(u"UPDATE customers SET owner_id = NULL WHERE id = ?"_s, {pooled});
    {
        CustomerImport first(*m_replica); // one person there already
        first.setSheet({u"客户名称"_s, u"联系人"_s, u"手机"_s}, {{u"上海汇客科技有限公司"_s, u"刘洋"_s, u"13600136000"_s}});
        first.setOnDuplicate(CustomerImport::OnDuplicate::Fill);
        QCOMPARE(first.run(u"first.xlsx"_s).counts, (CustomerImport::Counts{0, 1, 0, 0}));
    }
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"联系人"_s, u"手机"_s, u"职务"_s, u"邮箱"_s},
                    {{u"上海汇客科技"_s, u"张伟"_s, u"13800138000"_s, u"总经理"_s, u"zhangwei@huike.cn"_s},
                     {u"上海汇客科技有限公司"_s, u"刘洋"_s, u"13600136000"_s, u""_s, u""_s}, // there already
                     {u"苏州园区精工有限公司"_s, u"李娜"_s, u"13900139000"_s, u""_s, u""_s},
                     {u"无锡太湖物流有限公司"_s, u"赵敏"_s, u"13700137000"_s, u""_s, u""_s},
                     {u"南京新街口商贸有限公司"_s, u"孙丽"_s, u"13500135000"_s, u""_s, u""_s}});
    import.setOnDuplicate(CustomerImport::OnDuplicate(policy));
    const CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows[0].outcome, Outcome::Update);
    QCOMPARE(plan.rows[0].customerId, mine);
    QCOMPARE(plan.rows[0].newContacts, 1);
    QVERIFY(plan.rows[0].changedFields.isEmpty());
    QVERIFY2(plan.rows[0].reason.contains(u"contacts"_s) || plan.rows[0].reason.contains(u"联系人"_s), qPrintable(plan.rows[0].reason));
    QCOMPARE(plan.rows[1].outcome, Outcome::Skip); // the same update: its company is row 2
    QCOMPARE(plan.rows[2].outcome, Outcome::Skip);
    QVERIFY2(plan.rows[2].reason.contains(u"colleague"_s) || plan.rows[2].reason.contains(u"同事"_s), qPrintable(plan.rows[2].reason));
    QCOMPARE(plan.rows[3].outcome, Outcome::Skip);
    QVERIFY2(plan.rows[3].reason.contains(u"pool"_s) || plan.rows[3].reason.contains(u"公海"_s), qPrintable(plan.rows[3].reason));
    QCOMPARE(plan.rows[4].outcome, Outcome::Create);
    const CustomerImport::Result r = import.run(u"联系人.xlsx"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.counts, (CustomerImport::Counts{1, 1, 3, 0}));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {mine}).toInt(), 2);
    QCOMPARE(db.scalar(u"SELECT title FROM contacts WHERE customer_id = ? AND name = '张伟'"_s, {mine}).toString(), u"总经理"_s);
    QCOMPARE(m_replica->read(u"customers"_s, mine)->value(u"name"_s).toString(), u"上海汇客科技有限公司"_s);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts WHERE customer_id IN (?, ?)"_s, {theirs, pooled}).toInt(), 0);
    // And its undo takes the people back, leaving the customers.
    const CustomerImport::UndoResult u = CustomerImport::undo(*m_replica, r.batchId);
    QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {mine}).toInt(), 1);
    QCOMPARE(m_replica->read(u"customers"_s, mine)->value(u"deleted"_s).toInt(), 0);
}

void tst_CustomerImport::ownersMustExistAndBeMine()
{
    addUser(Id::generate().toString(), u"lina"_s, u"李娜"_s, u"sales"_s);
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"负责人"_s},
                    {{u"甲公司"_s, u"王芳"_s}, {u"乙公司"_s, u"wangfang"_s}, {u"丙公司"_s, u"李娜"_s}, {u"丁公司"_s, u"赵六"_s}});
    const CustomerImport::Plan plan = import.dryRun();
    QCOMPARE(plan.rows[0].outcome, Outcome::Create);
    QCOMPARE(plan.rows[1].outcome, Outcome::Create);
    QCOMPARE(plan.rows[2].outcome, Outcome::Error); // a rep gives customers to nobody else
    QCOMPARE(plan.rows[2].errors.first().column, 1);
    QCOMPARE(plan.rows[3].outcome, Outcome::Error); // nobody of that name
}

void tst_CustomerImport::runWritesABatchThatSyncs()
{
    CustomerImport import(*m_replica);
    QList<QStringList> rows;
    for (int i = 0; i < 1203; ++i)
        rows << QStringList{u"导入测试%1有限公司"_s.arg(i), u"联系人%1"_s.arg(i), u"138%1"_s.arg(i, 8, 10, QChar(u'0'))};
    import.setSheet({u"客户名称"_s, u"联系人"_s, u"手机"_s}, rows);
    QList<qint64> seen;
    const CustomerImport::Result r = import.run(u"大表.xlsx"_s, [&](qint64 done, qint64) {
        seen << done;
        return true;
    }, 500);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.counts.created, 1203);
    QCOMPARE(r.rowsDone, 1203);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), 1203);
    Database &db = m_replica->database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts"_s).toInt(), 1203);
    const auto batch = m_replica->read(u"import_batches"_s, r.batchId);
    QVERIFY(batch);
    QCOMPARE(batch->value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(batch->value(u"file_name"_s).toString(), u"大表.xlsx"_s);
    QCOMPARE(batch->value(u"created_count"_s).toInt(), 1203);
    QCOMPARE(batch->value(u"owner_id"_s).toString(), m_me);
    // Every record and the batch go to the server like any edit.
    QVERIFY(m_replica->pendingCount() >= 1203 * 2 + 1);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM import_items WHERE batch_id = ?"_s, {r.batchId}).toInt(), 1203 * 2);
}

void tst_CustomerImport::cancelKeepsWholeChunks()
{
    CustomerImport import(*m_replica);
    QList<QStringList> rows;
    for (int i = 0; i < 1000; ++i)
        rows << QStringList{u"取消测试%1有限公司"_s.arg(i)};
    import.setSheet({u"客户名称"_s}, rows);
    // Cancelled when the second chunk was asked for (the plan is the first tenth of the
    // bar): the first 300 rows landed, whole.
    const CustomerImport::Result r = import.run(u"x.csv"_s, [&](qint64 done, qint64 total) { return done <= total / 10; }, 300);
    QVERIFY(r.cancelled);
    QCOMPARE(r.rowsDone, 300);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 300);
    const auto batch = m_replica->read(u"import_batches"_s, r.batchId);
    QCOMPARE(batch->value(u"rows_done"_s).toInt(), 300);
    QCOMPARE(batch->value(u"rows_total"_s).toInt(), 1000);
    // And those 300 can be undone.
    const CustomerImport::UndoResult u = CustomerImport::undo(*m_replica, r.batchId);
    QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
    QCOMPARE(u.undone, 300);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toInt(), 0);
}

void tst_CustomerImport::undoLeavesWhatWasEditedSince()
{
    const QString existing = addCustomer(u"成都蜀锦贸易有限公司"_s);
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"地址"_s, u"联系人"_s},
                    {{u"成都蜀锦贸易有限公司"_s, u"成都市武侯区"_s, u""_s}, // fills the address
                     {u"重庆山城机电有限公司"_s, u"重庆市"_s, u"刘洋"_s},
                     {u"西安古城文化有限公司"_s, u"西安市"_s, u""_s},
                     {u"南京金陵电子有限公司"_s, u"南京市"_s, u""_s}});
    import.setOnDuplicate(CustomerImport::OnDuplicate::Fill);
    const CustomerImport::Result r = import.run(u"四家.xlsx"_s);
    QCOMPARE(r.counts, (CustomerImport::Counts{3, 1, 0, 0}));
    Database &db = m_replica->database();
    auto idOf = [&](const QString &name) { return db.scalar(u"SELECT id FROM customers WHERE name = ?"_s, {name}).toString(); };
    // Since then: 西安's name was edited; 南京 got an activity.
    m_replica->update(u"customers"_s, idOf(u"西安古城文化有限公司"_s), Row{{u"name"_s, u"西安古城文化传媒有限公司"_s}});
    m_replica->create(u"activities"_s, Row{{u"customer_id"_s, idOf(u"南京金陵电子有限公司"_s)},
                                           {u"kind"_s, u"call"_s},
                                           {u"subject"_s, u"回访"_s},
                                           {u"occurred_at"_s, u"2026-12-01T02:00:00.000Z"_s},
                                           {u"owner_id"_s, m_me}});
    const CustomerImport::UndoResult u = CustomerImport::undo(*m_replica, r.batchId);
    QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
    QCOMPARE(u.kept.size(), 2);
    QVERIFY2(u.kept.join(u'\n').contains(u"西安古城文化传媒有限公司"_s), qPrintable(u.kept.join(u'\n')));
    QVERIFY(u.kept.join(u'\n').contains(u"南京金陵电子有限公司"_s));
    QCOMPARE(u.undone, 3); // 重庆 and its contact, 成都's address
    QCOMPARE(db.scalar(u"SELECT deleted FROM customers WHERE id = ?"_s, {existing}).toInt(), 0);
    QCOMPARE(m_replica->read(u"customers"_s, existing)->value(u"address"_s).toString(), QString());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toInt(), 3);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_s).toInt(), 0);
    const auto batch = m_replica->read(u"import_batches"_s, r.batchId);
    QCOMPARE(batch->value(u"status"_s).toString(), u"partly_undone"_s);
    QCOMPARE(batch->value(u"kept_count"_s).toInt(), 2);
}

void tst_CustomerImport::undoTwiceIsRefused()
{
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s}, {{u"一次性公司"_s}});
    const CustomerImport::Result r = import.run(u"a.csv"_s);
    QVERIFY(CustomerImport::undo(*m_replica, r.batchId).error.isEmpty());
    QVERIFY(!CustomerImport::undo(*m_replica, r.batchId).error.isEmpty());
    QVERIFY(!CustomerImport::undo(*m_replica, Id::generate().toString()).error.isEmpty());
    QVERIFY(!CustomerImport::undo(*m_replica, u"not an id"_s).error.isEmpty());
}

// The import takes the dry run's plan while the sheet, the mapping, the choices and the
// replica stay as they were; a write here or through another connection (the sync's) makes
// it plan again, and then it sees what was written.
void tst_CustomerImport::theDryRunsPlanIsKeptUntilSomethingChanges()
{
    addCustomer(u"上海恒信精密机械有限公司"_s, u"021-55556666"_s, {});
    CustomerImport import(*m_replica);
    import.setSheet({u"客户名称"_s, u"电话"_s},
                    {{u"上海恒信精密机械有限公司"_s, u"021-55556666"_s}, {u"杭州西湖软件有限公司"_s, u"0571-88889999"_s}});
    QVERIFY(!import.hasCurrentPlan());
    QCOMPARE(import.dryRun().counts, (CustomerImport::Counts{1, 0, 1, 0}));
    QVERIFY(import.hasCurrentPlan());
    import.setOnDuplicate(CustomerImport::OnDuplicate::Fill);
    QVERIFY(!import.hasCurrentPlan());
    import.setOnDuplicate(CustomerImport::OnDuplicate::Skip);
    QVERIFY(import.hasCurrentPlan());
    import.setRowOnDuplicate(0, CustomerImport::OnDuplicate::Overwrite);
    QVERIFY(!import.hasCurrentPlan());
    import.clearRowOnDuplicate(0);
    QVERIFY(import.hasCurrentPlan());
    m_replica->setState(u"tst"_s, u"x"_s); // a write on this connection
    QVERIFY(!import.hasCurrentPlan());
    import.dryRun();
    QVERIFY(import.hasCurrentPlan());
    {
        auto other = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
        other->create(u"customers"_s, Row{{u"name"_s, u"杭州西湖软件有限公司"_s}, {u"phone"_s, u"0571-88889999"_s}});
    }
    QVERIFY(!import.hasCurrentPlan());
    const CustomerImport::Result r = import.run(u"x.csv"_s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.counts, (CustomerImport::Counts{0, 0, 2, 0}));
    QVERIFY(!import.hasCurrentPlan());
    // With the dry run's plan the writes take the whole progress bar.
    CustomerImport again(*m_replica);
    again.setSheet({u"客户名称"_s}, {{u"宁波新客有限公司"_s}});
    again.dryRun();
    QVERIFY(again.hasCurrentPlan());
    QList<qint64> seen;
    const CustomerImport::Result r2 = again.run(u"y.csv"_s, [&](qint64 done, qint64) {
        seen << done;
        return true;
    });
    QCOMPARE(r2.counts.created, 1);
    QCOMPARE(seen, (QList<qint64>{0, 1}));
}

// The import notes its new records for the search index a chunk at a time, without the
// per-row triggers, which are back as they were once it is done: a search finds them.
void tst_CustomerImport::importedRecordsAreNotedForTheSearch()
{
    Database &db = m_replica->database();
    auto triggers = [&] {
        QStringList out;
        QSqlQuery q = db.exec(u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s);
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList before = triggers();
    QVERIFY(before.join(u'\n').contains(u"search_customers_ins"_s));
    const QString earlier = addCustomer(u"此前客户有限公司"_s, u"021-55556666"_s, {});
    CustomerImport import(*m_replica);
    QList<QStringList> rows;
    for (int i = 0; i < 1203; ++i)
        rows << QStringList{u"检索导入%1有限公司"_s.arg(i), u"联系人%1"_s.arg(i), u"138%1"_s.arg(i, 8, 10, QChar(u'0'))};
    rows << QStringList{u"此前客户有限公司"_s, u"新人甲"_s, u"13900001111"_s}; // a contact for a customer already there
    import.setSheet({u"客户名称"_s, u"联系人"_s, u"手机"_s}, rows);
    import.setOnDuplicate(CustomerImport::OnDuplicate::Fill);
    const CustomerImport::Result r = import.run(u"x.csv"_s, {}, 500);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.counts.created, 1203);
    QCOMPARE(r.counts.updated, 1);
    QCOMPARE(triggers(), before);
    // Every customer and contact is noted, as the triggers would have noted it.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE key = c.rowid)"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM search_dirty"_s).toInt(), 1204 + 1204);
    SearchIndex index(db);
    while (index.catchUp() > 0) { }
    const QList<SearchIndex::Hit> hits = index.search(u"检索导入1202"_s);
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchIndex::Hit &h) { return h.title == u"检索导入1202有限公司"; }));
    const QList<SearchIndex::Hit> people = index.search(u"新人甲"_s);
    QVERIFY(std::any_of(people.cbegin(), people.cend(), [&](const SearchIndex::Hit &h) {
        return h.kind == SearchIndex::Kind::Contact && h.customerId == earlier;
    }));
    // A record inserted afterwards is noted by its trigger again.
    m_replica->create(u"customers"_s, Row{{u"name"_s, u"之后客户有限公司"_s}});
    QCOMPARE(db.scalar(u"SELECT count(*) FROM search_dirty"_s).toInt(), 1);
    // The undo notes what it took back the same way (its update triggers go for it and
    // come back): the search no longer finds them.
    const CustomerImport::UndoResult u = CustomerImport::undo(*m_replica, r.batchId);
    QVERIFY2(u.error.isEmpty(), qPrintable(u.error));
    QCOMPARE(u.undone, 1203 * 2 + 1);
    QCOMPARE(triggers(), before);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM search_dirty"_s).toInt(), 1 + 1203 * 2 + 1);
    while (index.catchUp() > 0) { }
    const QList<SearchIndex::Hit> gone = index.search(u"检索导入1202"_s);
    QVERIFY(std::none_of(gone.cbegin(), gone.cend(), [](const SearchIndex::Hit &h) { return h.title == u"检索导入1202有限公司"; }));
    m_replica->update(u"customers"_s, earlier, Row{{u"name"_s, u"此前客户改名有限公司"_s}});
    QCOMPARE(db.scalar(u"SELECT count(*) FROM search_dirty"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_CustomerImport)
#include "tst_customerimport.moc"
