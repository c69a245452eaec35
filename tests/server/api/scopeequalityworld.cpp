// The data set-up and the path readers of tst_scopeequality (the tests are in
// tst_scopeequality.cpp).
#include "tst_scopeequality.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

void tst_ScopeEquality::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

QStringList tst_ScopeEquality::scopedTables() const
{
    QStringList out;
    for (const QString &t : DomainSchema::syncedTables())
        if (!DomainSchema::isGlobal(t))
            out << t;
    return out;
}

void tst_ScopeEquality::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    auto &world = m_worlds[dialect];
    if (!world) {
        world = std::make_unique<World>();
        w = world.get();
        w->m_dialect = dialect;
        build(dialect);
    }
    w = world.get();
    QVERIFY2(w->f, "no server");
    QVERIFY2(w->m_setupErrors.isEmpty(), qPrintable(w->m_setupErrors.join(u"\n"_s)));
}

void tst_ScopeEquality::cleanupTestCase()
{
    w = nullptr;
    m_worlds.clear();
}

void tst_ScopeEquality::addCustomerWithEverything(const QString &rep, const QString &manager, const QString &name)
{
    const QString c = create(rep, u"customers"_s, {{u"name"_s, name}});
    if (c.isEmpty())
        return;
    w->m_customersOf[rep] << c;
    create(rep, u"contacts"_s, {{u"customerId"_s, c}, {u"name"_s, u"王伟"_s}, {u"mobile"_s, u"13800138000"_s}});
    create(rep, u"contacts"_s, {{u"customerId"_s, c}, {u"name"_s, u"李娜"_s}});
    create(rep, u"activities"_s, {{u"customerId"_s, c}, {u"kind"_s, u"visit"_s}, {u"occurredAt"_s, u"2026-11-24T10:00:00+08:00"_s}, {u"subject"_s, u"上门拜访"_s}});
    const QString opp = create(rep, u"opportunities"_s, {{u"customerId"_s, c}, {u"name"_s, u"服务器采购"_s}, {u"stage"_s, u"proposal"_s}, {u"amount"_s, u"120000.00"_s}, {u"probabilityPercent"_s, u"50"_s}});
    create(rep, u"stage-changes"_s, {{u"customerId"_s, c}, {u"opportunityId"_s, opp}, {u"fromStage"_s, u"qualification"_s}, {u"toStage"_s, u"proposal"_s}, {u"changedAt"_s, u"2026-11-24T02:00:00.000Z"_s}});
    const QString quote = create(rep, u"quotes"_s, {{u"customerId"_s, c}, {u"number"_s, u"BJ-2026-%1"_s.arg(++w->m_quoteNo, 4, 10, QChar(u'0'))}});
    create(rep, u"quote-lines"_s, {{u"customerId"_s, c}, {u"quoteId"_s, quote}, {u"lineNo"_s, 1}, {u"description"_s, u"机架式服务器"_s}, {u"quantity"_s, u"2"_s}, {u"unitPrice"_s, u"38500"_s}, {u"discountPercent"_s, u"15"_s}, {u"vatRatePercent"_s, u"13"_s}});
    create(rep, u"approvals"_s, {{u"customerId"_s, c}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quote}, {u"kind"_s, u"discount"_s}, {u"discountPercent"_s, u"15"_s}, {u"amount"_s, u"65450.00"_s}, {u"reason"_s, u"年度框架客户"_s}, {u"status"_s, u"pending"_s}});
    create(rep, u"approvals"_s, {{u"customerId"_s, c}, {u"tableName"_s, u"customers"_s}, {u"recordId"_s, c}, {u"kind"_s, u"level"_s}, {u"oldValue"_s, u""_s}, {u"newValue"_s, u"b"_s}, {u"reason"_s, u"首次评级"_s}, {u"status"_s, u"pending"_s}});
    const QString contract = create(rep, u"contracts"_s, {{u"customerId"_s, c}, {u"number"_s, u"HT-2026-%1"_s.arg(++w->m_contractNo, 4, 10, QChar(u'0'))}, {u"title"_s, u"服务器采购合同"_s},
                                                          {u"net"_s, u"77000.00"_s}, {u"tax"_s, u"10010.00"_s}, {u"amount"_s, u"87010.00"_s}});
    create(rep, u"contract-lines"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"lineNo"_s, 1}, {u"description"_s, u"机架式服务器"_s}, {u"quantity"_s, u"2"_s}, {u"unitPrice"_s, u"38500"_s}, {u"vatRatePercent"_s, u"13"_s},
                                      {u"net"_s, u"77000.00"_s}, {u"tax"_s, u"10010.00"_s}, {u"gross"_s, u"87010.00"_s}});
    const QString plan = create(rep, u"payment-plans"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"lineNo"_s, 1}, {u"dueDate"_s, u"2026-12-31"_s}, {u"amount"_s, u"87010.00"_s}, {u"isBalance"_s, true}});
    expect(200, as(rep, "PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"in_approval"_s}}), rep + u" contract in_approval"_s);
    expect(200, as(manager, "PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-11-20"_s}}), manager + u" signs"_s);
    create(rep, u"payments"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"planId"_s, plan}, {u"paidOn"_s, u"2026-11-20"_s}, {u"amount"_s, u"26103.00"_s}, {u"method"_s, u"bank"_s}});
    create(rep, u"invoices"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"number"_s, QString::number(10000000 + ++w->m_invoiceNo)}, {u"issuedOn"_s, u"2026-11-21"_s}, {u"kind"_s, u"special"_s}, {u"amount"_s, u"26103.00"_s}, {u"tax"_s, u"3003.00"_s}});
    create(rep, u"deliveries"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"deliveredOn"_s, u"2026-11-22"_s}, {u"description"_s, u"机架式服务器 2 台"_s}, {u"carrier"_s, u"顺丰速运"_s}, {u"trackingNumber"_s, u"SF1234567890123"_s}, {u"receiver"_s, u"王伟"_s}});
    const QByteArray scan = "%PDF-1.4 合同扫描件 " + name.toUtf8() + ' ' + QByteArray::number(++w->m_blobNo);
    expect(201, w->f->callRaw("PUT", u"/api/v1/blobs/"_s + sha(scan), scan, w->m_tokens.value(rep)), rep + u" PUT blob"_s);
    create(rep, u"attachments"_s, {{u"customerId"_s, c}, {u"contractId"_s, contract}, {u"fileName"_s, u"合同扫描件.pdf"_s}, {u"mimeType"_s, u"application/pdf"_s},
                                   {u"sizeBytes"_s, double(scan.size())}, {u"sha256"_s, sha(scan)}});
    // The server the contract delivered, an asset with its serial number.
    const QString asset = create(rep, u"assets"_s, {{u"customerId"_s, c}, {u"productId"_s, w->m_product}, {u"contractId"_s, contract},
                                                    {u"serialNumber"_s, u"SRV-%1"_s.arg(w->m_quoteNo, 6, 10, QChar(u'0'))},
                                                    {u"deliveredOn"_s, u"2026-11-22"_s}});
    // A service ticket the rep logs about it (numbered with the customer's quote), and its
    // history's first entry, the server's.
    create(rep, u"tickets"_s, {{u"customerId"_s, c}, {u"number"_s, u"FW-2026-%1"_s.arg(w->m_quoteNo, 6, 10, QChar(u'0'))}, {u"kind"_s, u"fault"_s},
                               {u"subject"_s, u"服务器无法开机"_s}, {u"assetId"_s, asset}});
}

void tst_ScopeEquality::build(const QString &dialect)
{
    m_clock.start();
    QString error;
    w->f = ApiFixture::start(dialect, &error);
    if (!w->f) {
        w->m_setupErrors << error;
        return;
    }
    m_paths.clear();
    for (const auto &spec : ResourceHandler::standardResources())
        m_paths.insert(spec.table, spec.path);
    w->m_tokens.clear();
    w->m_loginById.clear();
    for (const Person &p : people) {
        const QString dept = QString::fromUtf16(p.department);
        const QString id = w->f->addUser(QString::fromUtf16(p.login), QString::fromUtf16(p.role), dept.isEmpty() ? QStringList() : QStringList{dept},
                                      QString::fromUtf16(p.manager));
        w->m_loginById.insert(id, QString::fromUtf16(p.login));
    }
    for (const Person &p : people) {
        const QString login = QString::fromUtf16(p.login);
        w->m_tokens.insert(login, w->f->login(login));
        if (w->m_tokens.value(login).isEmpty())
            w->m_setupErrors << u"cannot log in as "_s + login;
    }
    if (!w->m_setupErrors.isEmpty())
        return;

    w->m_product = create(u"admin"_s, u"products"_s, {{u"code"_s, u"SRV-2U"_s}, {u"name"_s, u"机架式服务器"_s}, {u"category"_s, u"服务器"_s}});
    // Two customers with everything per rep; names with distinct keys for the duplicate check.
    addCustomerWithEverything(u"wangfang"_s, u"chenjing"_s, u"杭州华通科技有限公司"_s);
    addCustomerWithEverything(u"wangfang"_s, u"chenjing"_s, u"杭州明远电子有限公司"_s);
    addCustomerWithEverything(u"zhanglei"_s, u"chenjing"_s, u"上海鼎盛机械有限公司"_s);
    addCustomerWithEverything(u"zhanglei"_s, u"chenjing"_s, u"苏州恒泰精密有限公司"_s);
    addCustomerWithEverything(u"liqiang"_s, u"liuyang"_s, u"广州嘉禾贸易有限公司"_s);
    addCustomerWithEverything(u"liqiang"_s, u"liuyang"_s, u"深圳瑞丰通信有限公司"_s);
    addCustomerWithEverything(u"zhaoyu"_s, u"liuyang"_s, u"东莞金桥五金有限公司"_s);
    addCustomerWithEverything(u"zhaoyu"_s, u"liuyang"_s, u"佛山天成陶瓷有限公司"_s);
    if (!w->m_setupErrors.isEmpty())
        return;
    const QString wangfang0 = w->m_customersOf.value(u"wangfang"_s).value(0);
    const QString wangfang1 = w->m_customersOf.value(u"wangfang"_s).value(1);
    const QString zhanglei1 = w->m_customersOf.value(u"zhanglei"_s).value(1);
    const QString liqiang0 = w->m_customersOf.value(u"liqiang"_s).value(0);

    // A pool customer (released by its rep), with a contact and an activity.
    w->m_poolCustomer = create(u"zhaoyu"_s, u"customers"_s, {{u"name"_s, u"中山宏图包装有限公司"_s}});
    create(u"zhaoyu"_s, u"contacts"_s, {{u"customerId"_s, w->m_poolCustomer}, {u"name"_s, u"陈刚"_s}});
    create(u"zhaoyu"_s, u"activities"_s, {{u"customerId"_s, w->m_poolCustomer}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-11-23T10:00:00+08:00"_s}, {u"subject"_s, u"电话沟通"_s}});
    expect(200, as(u"zhaoyu"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(w->m_poolCustomer), {{u"reason"_s, u"暂无需求"_s}}), u"zhaoyu releases"_s);
    // A second pool customer, released in 销售部/华东区: unowned but in the clerk's departments.
    const QString eastPool = create(u"zhanglei"_s, u"customers"_s, {{u"name"_s, u"温州博远服饰有限公司"_s}});
    create(u"zhanglei"_s, u"contacts"_s, {{u"customerId"_s, eastPool}, {u"name"_s, u"周敏"_s}});
    expect(200, as(u"zhanglei"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(eastPool), {{u"reason"_s, u"联系不上"_s}}), u"zhanglei releases"_s);
    // wangfang's first customer shared with liqiang (the other department).
    w->m_sharedCustomer = wangfang0;
    expect(204, as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(wangfang0), {{u"userId"_s, userId(u"liqiang"_s)}}), u"wangfang shares"_s);
    // A read-only share (wangfang's second customer with zhaoyu), and a department share
    // (zhanglei's second with 销售部/华南区: liuyang, liqiang and zhaoyu).
    expect(204, as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(wangfang1), {{u"userId"_s, userId(u"zhaoyu"_s)}, {u"mode"_s, u"read"_s}}),
           u"wangfang shares read-only"_s);
    expect(204, as(u"zhanglei"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(zhanglei1),
                   {{u"departmentId"_s, w->f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {u"销售部/华南区"_s}).toString()},
                    {u"mode"_s, u"edit"_s}}),
           u"zhanglei shares with a department"_s);
    // A deleted customer (its records go with it).
    w->m_deletedCustomer = create(u"zhanglei"_s, u"customers"_s, {{u"name"_s, u"宁波永信物流有限公司"_s}});
    create(u"zhanglei"_s, u"contacts"_s, {{u"customerId"_s, w->m_deletedCustomer}, {u"name"_s, u"赵强"_s}});
    create(u"zhanglei"_s, u"activities"_s, {{u"customerId"_s, w->m_deletedCustomer}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-11-23T11:00:00+08:00"_s}, {u"subject"_s, u"电话沟通"_s}});
    expect(204, as(u"zhanglei"_s, "DELETE", u"/api/v1/customers/"_s + w->m_deletedCustomer), u"zhanglei deletes a customer"_s);
    // A deleted contact of a live customer.
    w->m_deletedContact = create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, wangfang1}, {u"name"_s, u"已离职联系人"_s}});
    expect(204, as(u"wangfang"_s, "DELETE", u"/api/v1/contacts/"_s + w->m_deletedContact), u"wangfang deletes a contact"_s);
    // A deleted attachment whose content nobody else names, and content nobody names.
    const QByteArray removed = "%PDF-1.4 作废的扫描件";
    expect(201, w->f->callRaw("PUT", u"/api/v1/blobs/"_s + sha(removed), removed, w->m_tokens.value(u"liqiang"_s)), u"PUT removed blob"_s);
    w->m_deletedAttachment = create(u"liqiang"_s, u"attachments"_s, {{u"customerId"_s, liqiang0}, {u"fileName"_s, u"作废.pdf"_s}, {u"mimeType"_s, u"application/pdf"_s},
                                                                   {u"sizeBytes"_s, double(removed.size())}, {u"sha256"_s, sha(removed)}});
    expect(204, as(u"liqiang"_s, "DELETE", u"/api/v1/attachments/"_s + w->m_deletedAttachment), u"liqiang deletes an attachment"_s);
    const QByteArray orphan = "content uploaded by nobody's attachment";
    w->m_orphanSha = sha(orphan);
    expect(201, w->f->callRaw("PUT", u"/api/v1/blobs/"_s + w->m_orphanSha, orphan, w->m_tokens.value(u"zhanglei"_s)), u"PUT orphan blob"_s);
    // Owned notes: two of everyone's own, one a manager gives a rep of the subtree, one the
    // administrator gives the service agent, one the director moves across departments,
    // one deleted.
    for (const Person &p : people) {
        const QString login = QString::fromUtf16(p.login);
        create(login, u"scope-notes"_s, {{u"subject"_s, QString(login + u" 的备忘一"_s)}});
        create(login, u"scope-notes"_s, {{u"subject"_s, QString(login + u" 的备忘二"_s)}});
    }
    create(u"chenjing"_s, u"scope-notes"_s, {{u"subject"_s, u"交给王芳"_s}, {u"ownerId"_s, userId(u"wangfang"_s)}});
    create(u"admin"_s, u"scope-notes"_s, {{u"subject"_s, u"交给吴昊"_s}, {u"ownerId"_s, userId(u"wuhao"_s)}});
    const QString moved = create(u"zhaoyu"_s, u"scope-notes"_s, {{u"subject"_s, u"转给张磊"_s}});
    expect(200, as(u"zhaomin"_s, "PATCH", u"/api/v1/scope-notes/"_s + moved, {{u"ownerId"_s, userId(u"zhanglei"_s)}}), u"zhaomin moves a note"_s);
    const QString dropped = create(u"liqiang"_s, u"scope-notes"_s, {{u"subject"_s, u"作废"_s}});
    expect(204, as(u"liqiang"_s, "DELETE", u"/api/v1/scope-notes/"_s + dropped), u"liqiang deletes a note"_s);
    // Import batches (the built-in Owned table): one of everyone's, one given away by a
    // manager, one deleted.
    for (const Person &p : people) {
        const QString login = QString::fromUtf16(p.login);
        create(login, u"import-batches"_s, {{u"fileName"_s, QString(login + u" 的客户.xlsx"_s)}, {u"createdCount"_s, 3}});
    }
    create(u"chenjing"_s, u"import-batches"_s, {{u"fileName"_s, u"王芳的客户.csv"_s}, {u"ownerId"_s, userId(u"wangfang"_s)}});
    const QString droppedBatch = create(u"zhanglei"_s, u"import-batches"_s, {{u"fileName"_s, u"作废.csv"_s}});
    expect(204, as(u"zhanglei"_s, "DELETE", u"/api/v1/import-batches/"_s + droppedBatch), u"zhanglei deletes a batch"_s);
    // Projects (ScopeKind::Members): wangfang's with zhaoyu (another department) and the
    // service agent on the list; liqiang's with wangfang, then taken off again; zhanglei's,
    // moved to zhaoyu by the director; the clerk's own, alone. Each with two notes.
    auto project = [&](const QString &owner, const QString &name, const QStringList &members) {
        const QString id = create(owner, u"scope-projects"_s, {{u"name"_s, name}});
        for (const QString &m : members)
            create(owner, u"scope-projects-members"_s, {{u"recordId"_s, id}, {u"userId"_s, userId(m)}});
        create(owner, u"scope-project-notes"_s, {{u"projectId"_s, id}, {u"body"_s, QString(name + u" 纪要一"_s)}});
        create(owner, u"scope-project-notes"_s, {{u"projectId"_s, id}, {u"body"_s, QString(name + u" 纪要二"_s)}});
        return id;
    };
    project(u"wangfang"_s, u"园区项目"_s, {u"zhaoyu"_s, u"wuhao"_s});
    const QString offList = project(u"liqiang"_s, u"管廊项目"_s, {u"wangfang"_s});
    const QString entry = w->f->store().database()
                              .scalar(u"SELECT id FROM scope_projects_members WHERE record_id = ?"_s, {offList})
                              .toString();
    expect(204, as(u"liqiang"_s, "DELETE", u"/api/v1/scope-projects-members/"_s + entry), u"liqiang takes wangfang off"_s);
    const QString given = project(u"zhanglei"_s, u"医院项目"_s, {});
    expect(200, as(u"zhaomin"_s, "PATCH", u"/api/v1/scope-projects/"_s + given, {{u"ownerId"_s, userId(u"zhaoyu"_s)}}),
           u"zhaomin gives a project to zhaoyu"_s);
    project(u"sunli"_s, u"合同归档项目"_s, {});
    // And one of everyone's, with someone three places further down the list on it.
    const qsizetype n = qsizetype(std::size(people));
    for (qsizetype i = 0; i < n; ++i)
        project(QString::fromUtf16(people[i].login), QString::fromUtf16(people[i].login) + u" 的项目"_s,
                {QString::fromUtf16(people[(i + 3) % n].login)});
    // Expenses (a Members record whose list the server keeps): everyone's claim of two lines
    // and an invoice, submitted (its approvers join its list); wangfang's approved by her manager (who pays
    // it joins too); zhanglei's withdrawn; a loan of liqiang's; a deleted draft.
    // The flow: the manager, then the director and the clerk together (both on every list).
    {
        QJsonObject flow;
        flow.insert(u"key"_s, u"approval.flow.expense"_s);
        flow.insert(u"value"_s, u"{\"steps\": [{\"by\": \"manager\"}, {\"by\": \"users\", \"mode\": \"all\", \"users\": [\"%1\", \"%2\"]}]}"_s
                                    .arg(userId(u"zhaomin"_s), userId(u"sunli"_s)));
        create(u"admin"_s, u"settings"_s, flow);
    }
    QHash<QString, QString> claims;
    for (const Person &p : people) {
        const QString login = QString::fromUtf16(p.login);
        const QString id = create(login, u"expenses"_s, {{u"kind"_s, u"claim"_s}, {u"title"_s, QString(login + u" 的差旅报销"_s)},
                                                        {u"spentOn"_s, u"2026-11-20"_s}, {u"amount"_s, u"300.00"_s}});
        claims.insert(login, id);
        create(login, u"expense-lines"_s, {{u"expenseId"_s, id}, {u"lineNo"_s, 1}, {u"spentOn"_s, u"2026-11-20"_s}, {u"category"_s, u"travel"_s}, {u"amount"_s, u"200.00"_s}});
        create(login, u"expense-lines"_s, {{u"expenseId"_s, id}, {u"lineNo"_s, 2}, {u"spentOn"_s, u"2026-11-20"_s}, {u"category"_s, u"meal"_s}, {u"amount"_s, u"100.00"_s}});
        // Its invoice, a photo of its own content.
        const QByteArray photo = "\xff\xd8\xff\xe0 发票 " + login.toUtf8();
        expect(201, w->f->callRaw("PUT", u"/api/v1/blobs/"_s + sha(photo), photo, w->m_tokens.value(login)), login + u" PUT invoice"_s);
        create(login, u"expense-attachments"_s, {{u"expenseId"_s, id}, {u"fileName"_s, u"发票.jpg"_s}, {u"mimeType"_s, u"image/jpeg"_s},
                                                 {u"sizeBytes"_s, double(photo.size())}, {u"sha256"_s, sha(photo)}});
        expect(200, as(login, "PATCH", u"/api/v1/expenses/"_s + id, {{u"status"_s, u"pending"_s}}), login + u" submits a claim"_s);
    }
    {
        const QString step = w->f->store().database()
                                 .scalar(u"SELECT id FROM expense_steps WHERE expense_id = ? AND status = 'pending'"_s, {claims.value(u"wangfang"_s)})
                                 .toString();
        expect(200, as(u"chenjing"_s, "PATCH", u"/api/v1/expense-steps/"_s + step, {{u"status"_s, u"approved"_s}}), u"chenjing approves"_s);
        for (const QString &login : {u"zhaomin"_s, u"sunli"_s}) {
            const QString slot = w->f->store().database()
                                     .scalar(u"SELECT id FROM expense_steps WHERE expense_id = ? AND status = 'pending' AND approver_ids = ?"_s,
                                             {claims.value(u"wangfang"_s), userId(login)})
                                     .toString();
            expect(200, as(login, "PATCH", u"/api/v1/expense-steps/"_s + slot, {{u"status"_s, u"approved"_s}}), login + u" approves"_s);
        }
        expect(200, as(u"zhanglei"_s, "PATCH", u"/api/v1/expenses/"_s + claims.value(u"zhanglei"_s), {{u"status"_s, u"draft"_s}}),
               u"zhanglei withdraws"_s);
        create(u"liqiang"_s, u"expenses"_s, {{u"kind"_s, u"loan"_s}, {u"title"_s, u"出差借款"_s}, {u"spentOn"_s, u"2026-11-18"_s}, {u"amount"_s, u"5000.00"_s}});
        const QString draft = create(u"liqiang"_s, u"expenses"_s, {{u"kind"_s, u"claim"_s}, {u"title"_s, u"作废"_s}, {u"spentOn"_s, u"2026-11-18"_s}, {u"amount"_s, u"0.00"_s}});
        expect(204, as(u"liqiang"_s, "DELETE", u"/api/v1/expenses/"_s + draft), u"liqiang deletes a draft"_s);
    }
    // Loans repaid (loan_repayments, a MemberChild of the loan): four reps' loans approved by
    // their managers and paid out by the director, each repaid twice, in cash and by bank —
    // wangfang's recorded by the clerk who pays her department, the others' by the director.
    {
        QJsonObject flow;
        flow.insert(u"key"_s, u"approval.flow.loan"_s);
        flow.insert(u"value"_s, u"{\"steps\": [{\"by\": \"manager\"}]}"_s);
        create(u"admin"_s, u"settings"_s, flow);
        for (const auto &[login, manager] : {std::pair{u"wangfang"_s, u"chenjing"_s}, std::pair{u"zhanglei"_s, u"chenjing"_s},
                                             std::pair{u"liqiang"_s, u"liuyang"_s}, std::pair{u"zhaoyu"_s, u"liuyang"_s}}) {
            const QString loan = create(login, u"expenses"_s, {{u"kind"_s, u"loan"_s}, {u"title"_s, QString(login + u" 的备用金"_s)},
                                                               {u"spentOn"_s, u"2026-11-10"_s}, {u"amount"_s, u"2000.00"_s}});
            expect(200, as(login, "PATCH", u"/api/v1/expenses/"_s + loan, {{u"status"_s, u"pending"_s}}), login + u" asks a loan"_s);
            const QString step = w->f->store().database()
                                     .scalar(u"SELECT id FROM expense_steps WHERE expense_id = ? AND status = 'pending'"_s, {loan})
                                     .toString();
            expect(200, as(manager, "PATCH", u"/api/v1/expense-steps/"_s + step, {{u"status"_s, u"approved"_s}}), manager + u" approves a loan"_s);
            expect(200, as(u"zhaomin"_s, "PATCH", u"/api/v1/expenses/"_s + loan, {{u"status"_s, u"paid"_s}, {u"paidOn"_s, u"2026-11-11"_s}}),
                   u"zhaomin pays a loan"_s);
            const QString finance = login == u"wangfang" ? u"sunli"_s : u"zhaomin"_s;
            for (const QString &method : {u"cash"_s, u"bank"_s})
                create(finance, u"loan-repayments"_s, {{u"loanId"_s, loan}, {u"receivedOn"_s, u"2026-11-25"_s}, {u"amount"_s, u"100.00"_s},
                                                       {u"method"_s, method}});
        }
    }
    if (!w->m_setupErrors.isEmpty())
        return;

    // The damage of the reported hole, straight in the store: child rows whose own owner_id
    // says another department's rep (or nobody) while their customer stays where it was.
    Database &db = w->f->store().database();
    auto firstChild = [&](const QString &table, const QString &customer) {
        return db.scalar(u"SELECT id FROM %1 WHERE customer_id = ? AND deleted = 0 ORDER BY id"_s.arg(table), {customer}).toString();
    };
    w->m_damagedContact = firstChild(u"contacts"_s, wangfang1);
    w->m_damagedActivity = firstChild(u"activities"_s, wangfang1);
    w->m_nulledContact = firstChild(u"contacts"_s, zhanglei1);
    db.exec(u"UPDATE contacts SET owner_id = ? WHERE id = ?"_s, {userId(u"liqiang"_s), w->m_damagedContact});
    db.exec(u"UPDATE activities SET owner_id = ? WHERE id = ?"_s, {userId(u"liqiang"_s), w->m_damagedActivity});
    db.exec(u"UPDATE contacts SET owner_id = NULL WHERE id = ?"_s, {w->m_nulledContact});
    qInfo("%s: data set up in %lld ms (damaged contact %s and activity %s of wangfang's 杭州明远电子 → owner liqiang; "
          "contact %s of zhanglei's 苏州恒泰精密 → owner NULL)",
          qPrintable(dialect), m_clock.elapsed(), qPrintable(w->m_damagedContact), qPrintable(w->m_damagedActivity),
          qPrintable(w->m_nulledContact));
}

IdSet tst_ScopeEquality::storeIds(const QString &table, bool liveOnly)
{
    IdSet out;
    QSqlQuery q = w->f->store().database().exec(u"SELECT id FROM %1%2"_s.arg(table, liveOnly ? u" WHERE deleted = 0"_s : QString()));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QString tst_ScopeEquality::describe(const QString &table, const QString &id)
{
    Database &db = w->f->store().database();
    const bool customers = table == u"customers";
    auto who = [&](const QVariant &v) { return v.isNull() ? u"NULL"_s : w->m_loginById.value(v.toString(), v.toString()); };
    if (!customers && !DomainSchema::table(table).column(u"customer_id"_s)) {
        QSqlQuery own = db.exec(u"SELECT owner_id, deleted FROM %1 WHERE id = ?"_s.arg(table), {id});
        if (!own.next())
            return id + u" (not in the store)"_s;
        return u"%1 [owner %2%3]"_s.arg(id, who(own.value(0)), own.value(1).toInt() ? u", deleted"_s : QString());
    }
    QSqlQuery q = db.exec(u"SELECT t.owner_id, t.deleted, c.name, c.owner_id, c.deleted FROM %1 t LEFT JOIN customers c ON c.id = %2 WHERE t.id = ?"_s
                              .arg(table, customers ? u"t.id"_s : u"t.customer_id"_s),
                          {id});
    if (!q.next())
        return id + u" (not in the store)"_s;
    QString s = u"%1 [%2%3 of %4 (customer owner %5%6)]"_s.arg(id, customers ? QString() : u"row owner "_s + who(q.value(0)),
                                                              q.value(1).toInt() ? u", deleted"_s : QString(), q.value(2).toString(),
                                                              who(q.value(3)), q.value(4).toInt() ? u", deleted"_s : QString());
    if (!customers && db.scalar(u"SELECT count(*) FROM shares WHERE customer_id = (SELECT customer_id FROM %1 WHERE id = ?)"_s.arg(table), {id}).toInt() > 0)
        s += u" shared"_s;
    return s;
}

QString tst_ScopeEquality::describeAll(const QString &table, const IdSet &ids)
{
    QStringList out;
    for (const QString &id : sorted(ids))
        out << describe(table, id);
    return out.join(u"; "_s);
}

const Scope &tst_ScopeEquality::scopeOf(const QString &login)
{
    const auto found = w->m_scopes.find(login);
    if (found != w->m_scopes.end())
        return found->second;
    Scope &s = w->m_scopes[login];
    const QString token = w->m_tokens.value(login);
    const QStringList tables = scopedTables();
    for (const QString &table : tables) {
        // (a) REST, every page.
        IdSet &rest = s.rest[table];
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const Reply r = w->f->call("GET", u"/api/v1/%1?limit=500%2"_s.arg(pathOf(table), cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), {}, token);
            if (r.status != 200) {
                s.errors << u"REST list %1 → %2 %3"_s.arg(table).arg(r.status).arg(QString::fromUtf8(r.body));
                break;
            }
            for (const QJsonValue &v : r.json.value(u"items"_s).toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonValue deleted = o.value(u"deleted"_s);
                if (deleted.toBool() || deleted.toInt() != 0)
                    s.errors << u"REST list %1 returned a deleted row %2"_s.arg(table, o.value(u"id"_s).toString());
                else
                    rest.insert(o.value(u"id"_s).toString());
            }
            cursor = r.json.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        // (b) snapshot, every page.
        IdSet &snap = s.snapshot[table];
        QString after;
        for (int guard = 0; guard < 1000; ++guard) {
            const Reply r = w->f->call("GET", u"/api/v1/sync/snapshot?table=%1&limit=5000%2"_s.arg(table, after.isEmpty() ? QString() : u"&after="_s + after), {}, token);
            if (r.status != 200) {
                s.errors << u"snapshot %1 → %2 %3"_s.arg(table).arg(r.status).arg(QString::fromUtf8(r.body));
                break;
            }
            const QJsonArray columns = r.json.value(u"columns"_s).toArray();
            qsizetype idCol = -1, deletedCol = -1;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (columns[i].toString() == u"id")
                    idCol = i;
                else if (columns[i].toString() == u"deleted")
                    deletedCol = i;
            }
            for (const QJsonValue &row : r.json.value(u"rows"_s).toArray()) {
                const QJsonArray a = row.toArray();
                if (deletedCol >= 0 && a.at(deletedCol).toInteger() != 0)
                    s.errors << u"snapshot %1 returned a deleted row %2"_s.arg(table, a.at(idCol).toString());
                else
                    snap.insert(a.at(idCol).toString());
            }
            after = r.json.value(u"next"_s).toString();
            if (after.isEmpty())
                break;
        }
    }
    // (c) a pull from the start, as a replica applies it; (d) the last page's checkpoint.
    QHash<QString, QHash<QString, QString>> held; // table → id → customer id
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 cursor = 0;
    QJsonObject checkpoint;
    for (int guard = 0; guard < 1000; ++guard) {
        const Reply r = w->f->call("GET", u"/api/v1/sync/pull?clientId=%1&cursor=%2&limit=5000&checkpoint=1"_s.arg(clientId).arg(cursor), {}, token);
        if (r.status != 200) {
            s.errors << u"pull → %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
            break;
        }
        for (const QJsonValue &c : r.json.value(u"removeCustomers"_s).toArray()) {
            held[u"customers"_s].remove(c.toString());
            for (auto t = held.begin(); t != held.end(); ++t)
                for (auto it = t->begin(); it != t->end();)
                    it = it.value() == c.toString() ? t->erase(it) : std::next(it);
        }
        for (const QJsonValue &u : r.json.value(u"upserts"_s).toArray()) {
            const QJsonObject block = u.toObject();
            const QString table = block.value(u"table"_s).toString();
            const QJsonArray columns = block.value(u"columns"_s).toArray();
            qsizetype idCol = -1, deletedCol = -1, customerCol = -1;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QString c = columns[i].toString();
                if (c == u"id")
                    idCol = i;
                else if (c == u"deleted")
                    deletedCol = i;
                else if (c == u"customer_id")
                    customerCol = i;
            }
            for (const QJsonValue &row : block.value(u"rows"_s).toArray()) {
                const QJsonArray a = row.toArray();
                const QString id = a.at(idCol).toString();
                const QString customer = table == u"customers" ? id : customerCol >= 0 ? a.at(customerCol).toString() : QString();
                if (a.at(deletedCol).toInteger() == 0)
                    held[table].insert(id, customer);
                else
                    held[table].remove(id);
            }
        }
        for (const QJsonValue &rm : r.json.value(u"removes"_s).toArray())
            held[rm.toObject().value(u"table"_s).toString()].remove(rm.toObject().value(u"id"_s).toString());
        cursor = qint64(r.json.value(u"cursor"_s).toDouble());
        if (r.json.contains(u"checkpoint"_s))
            checkpoint = r.json.value(u"checkpoint"_s).toObject();
        if (!r.json.value(u"hasMore"_s).toBool())
            break;
    }
    const QJsonObject counts = checkpoint.value(u"tables"_s).toObject();
    for (const QString &table : tables) {
        const QHash<QString, QString> &h = held[table];
        s.pull[table] = IdSet(h.keyBegin(), h.keyEnd());
        s.checkpoint[table] = counts.contains(table) ? qint64(counts.value(table).toObject().value(u"count"_s).toDouble()) : -1;
    }
    if (checkpoint.isEmpty())
        s.errors << u"the last pull page had no checkpoint"_s;
    return s;
}
