// Scope kinds end to end (issue 18): a throwaway entity of each kind, declared in this
// file alone (DomainSchema::declare before anything opens a store), created offline,
// pushed, pulled by who is in scope and not by who is out of it (404 over REST, absent
// from the pull), removed from a replica when it leaves the scope, in the audit trail, and
// with equal checksums — on SQLite and on PostgreSQL.
#include "schema/database.h"
#include "schema/domainschema.h"
#include "syncfixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::SyncClient;

namespace {

// Nothing else in the code base knows these tables.
void declareThrowawayEntities()
{
    constexpr auto Synced = TableDef::Kind::Synced;
    // Owned: like a lead, a task or an expense — its owner and the managers above them.
    DomainSchema::declare(TableDef(u"test_notes"_s, Synced)
                              .resource(u"test-notes"_s)
                              .text(u"subject"_s, true)
                              .text(u"body"_s)
                              .money(u"amount_fen"_s, false)
                              .scope(ScopeKind::Owned),
                          DomainSchema::BuiltInVersion + 1);
    // Members: like a project — its owner and the managers above, and the users on its
    // test_projects_members list (declared with it) and the managers above them; its
    // records (a MemberChild) follow it.
    DomainSchema::declare(TableDef(u"test_projects"_s, Synced)
                              .resource(u"test-projects"_s)
                              .text(u"name"_s, true)
                              .scope(ScopeKind::Members),
                          DomainSchema::BuiltInVersion + 1);
    DomainSchema::declare(TableDef(u"test_project_notes"_s, Synced)
                              .resource(u"test-project-notes"_s)
                              .text(u"body"_s)
                              .partOf(u"project_id"_s, u"test_projects"_s),
                          DomainSchema::BuiltInVersion + 1);
    // Global (catalogue): like a knowledge article — everyone reads, named roles write.
    DomainSchema::declare(TableDef(u"test_articles"_s, Synced)
                              .resource(u"test-articles"_s)
                              .text(u"title"_s, true)
                              .writableBy({u"admin"_s, u"director"_s})
                              .scope(ScopeKind::Catalogue),
                          DomainSchema::BuiltInVersion + 1);
}

QStringList ids(const Test::Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(u"items"_s).toArray())
        out << v.toObject().value(u"id"_s).toString();
    return out;
}

} // namespace

class tst_ScopeKinds : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void declarationsMakeTablesAndResources();
    void ownedFollowsItsOwner();
    void ownedAssignmentRules();
    void membersSeeTheRecordAndItsChildren();
    void membersWriteRules();
    void memberChildPagesGoByRecord();
    void globalIsReadByAllWrittenByRoles();
    void customerChildPagesGoByCustomer();

private:
    // Every id of a REST list / a table's snapshot as `login` pages through it, 7 a page
    // (a cursor "<parent>/<id>" where the pages go by record); `pages` how many.
    QStringList restPages(const QString &login, const QString &path, int *pages = nullptr)
    {
        QStringList ids;
        QString cursor;
        int n = 0;
        for (; n < 200; ++n) {
            const Test::Reply r = f->as(login, "GET", path + u"?limit=7"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            if (r.status != 200)
                return {u"HTTP %1"_s.arg(r.status)};
            for (const QJsonValue &v : r.json.value(u"items"_s).toArray())
                ids << v.toObject().value(u"id"_s).toString();
            cursor = r.json.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        if (pages)
            *pages = n + 1;
        return ids;
    }
    QStringList snapshotPages(const QString &login, const QString &table)
    {
        QStringList ids;
        QString after;
        for (int guard = 0; guard < 200; ++guard) {
            const Test::Reply r = f->as(login, "GET", u"/api/v1/sync/snapshot?table=%1&limit=7"_s.arg(table)
                                                           + (after.isEmpty() ? QString() : u"&after="_s + after));
            if (r.status != 200)
                return {u"HTTP %1"_s.arg(r.status)};
            for (const QJsonValue &row : r.json.value(u"rows"_s).toArray())
                ids << row.toArray().at(0).toString();
            after = r.json.value(u"next"_s).toString();
            if (after.isEmpty())
                break;
        }
        return ids;
    }
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        // The pull alone got it right: no table needed downloading again to match.
        QVERIFY2(r.redownloadedTables == 0, qPrintable(c.login + u": tables downloaded again"_s));
    }
};

void tst_ScopeKinds::initTestCase_data()
{
    addDialects();
}

void tst_ScopeKinds::init()
{
    HUIKE_START_SYNC_WORLD({{u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"liqiang"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区"_s, u"liqiang"_s},
                            {u"lina"_s, u"sales"_s, u"销售部/华北区"_s},
                            {u"liuyang"_s, u"manager"_s, u"销售部/华北区"_s},
                            {u"zhoujie"_s, u"sales"_s, u"销售部/华南区"_s}});
}

void tst_ScopeKinds::cleanup()
{
    stopWorld();
}

void tst_ScopeKinds::declarationsMakeTablesAndResources()
{
    // The store has the tables and the server's page indexes; the REST resources exist.
    Database &db = f->store().database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM test_notes"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM test_articles"_s).toInt(), 0);
    const QString indexQuery = db.dialect() == Dialect::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"_s
        : u"SELECT count(*) FROM pg_indexes WHERE indexname = ?"_s;
    QCOMPARE(db.scalar(indexQuery, {u"ix_test_notes_owner_id_deleted_id"_s}).toInt(), 1);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/test-notes"_s).status, 200);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/test-articles"_s).status, 200);
    // A replica has the tables too (but not the server's page indexes).
    auto a = client(u"wangfang"_s, u"a"_s);
    QCOMPARE(a->replica->database().scalar(u"SELECT count(*) FROM test_notes"_s).toInt(), 0);
    QCOMPARE(a->replica->database()
                 .scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'ix_test_notes_owner_id_deleted_id'"_s)
                 .toInt(),
             0);
}

void tst_ScopeKinds::ownedFollowsItsOwner()
{
    auto a = client(u"wangfang"_s, u"a"_s);
    auto m = client(u"liqiang"_s, u"m"_s);
    auto l = client(u"lina"_s, u"l"_s);
    auto d = client(u"zhaomin"_s, u"d"_s);
    syncOk(*a);

    // Offline on wangfang's laptop; the client restarts before it syncs.
    const QString id = a->replica->create(u"test_notes"_s, Row{{u"subject"_s, u"拜访计划"_s}, {u"amount_fen"_s, 123456}})
                           .value(u"id"_s)
                           .toString();
    QCOMPARE(a->replica->read(u"test_notes"_s, id)->value(u"owner_id"_s).toString(), userId(u"wangfang"_s)); // hers at once
    a->reopen();
    QCOMPARE(a->replica->pendingCount(), 1);
    syncOk(*a);
    QCOMPARE(a->replica->pendingCount(), 0);
    const auto mine = a->replica->read(u"test_notes"_s, id);
    QVERIFY(mine);
    QCOMPARE(mine->value(u"owner_id"_s).toString(), userId(u"wangfang"_s));
    QVERIFY(!mine->value(u"department_id"_s).toString().isEmpty());        // the owner's department
    QVERIFY(mine->value(u"version"_s).toLongLong() > 0);

    // In scope: the owner, her manager, the director; out of scope: a rep elsewhere.
    syncOk(*m);
    syncOk(*l);
    syncOk(*d);
    QVERIFY(m->replica->read(u"test_notes"_s, id));
    QVERIFY(d->replica->read(u"test_notes"_s, id));
    QVERIFY(!l->replica->read(u"test_notes"_s, id));
    QCOMPARE(f->as(u"lina"_s, "GET", u"/api/v1/test-notes/"_s + id).status, 404);
    QCOMPARE(f->as(u"lina"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"body"_s, u"x"_s}}).status, 404);
    QCOMPARE(f->as(u"lina"_s, "GET", u"/api/v1/test-notes/"_s + id + u"/history"_s).status, 404);
    QVERIFY(ids(f->as(u"lina"_s, "GET", u"/api/v1/test-notes"_s)).isEmpty());
    for (const QString &who : {u"wangfang"_s, u"liqiang"_s, u"zhaomin"_s}) {
        const Test::Reply got = f->as(who, "GET", u"/api/v1/test-notes/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(u"amount"_s).toString(), u"1234.56"_s);
        QCOMPARE(ids(f->as(who, "GET", u"/api/v1/test-notes"_s)), QStringList{id});
    }

    // The manager edits it; the owner's replica gets the edit; the trail has both.
    QCOMPARE(f->as(u"liqiang"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"body"_s, u"请带样品"_s}}).status, 200);
    syncOk(*a);
    QCOMPARE(a->replica->read(u"test_notes"_s, id)->value(u"body"_s).toString(), u"请带样品"_s);
    const Test::Reply trail = f->as(u"wangfang"_s, "GET", u"/api/v1/test-notes/"_s + id + u"/history"_s);
    QCOMPARE(trail.status, 200);
    const QJsonArray items = trail.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].toObject().value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(items[0].toObject().value(u"login"_s).toString(), u"liqiang"_s);
    QCOMPARE(items[1].toObject().value(u"action"_s).toString(), u"create"_s);
    QCOMPARE(items[1].toObject().value(u"login"_s).toString(), u"wangfang"_s);

    // Given to lina: it leaves wangfang's and her manager's replicas, reaches lina's.
    a->replica->update(u"test_notes"_s, id, Row{{u"body"_s, u"离线修改"_s}}); // typed offline meanwhile
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"ownerId"_s, userId(u"lina"_s)}}).status, 200);
    syncOk(*a);
    QVERIFY(!a->replica->read(u"test_notes"_s, id));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 1); // the offline edit is kept as a rejection
    QCOMPARE(a->replica->conflicts().first().code, u"out_of_scope"_s);
    syncOk(*m);
    QVERIFY(!m->replica->read(u"test_notes"_s, id));
    syncOk(*l);
    QCOMPARE(l->replica->read(u"test_notes"_s, id)->value(u"body"_s).toString(), u"请带样品"_s);
    syncOk(*d);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/test-notes/"_s + id).status, 404);

    // Deleted by its new owner: a tombstone for who sees it.
    QCOMPARE(f->as(u"lina"_s, "DELETE", u"/api/v1/test-notes/"_s + id).status, 204);
    syncOk(*l);
    syncOk(*d);
    const auto gone = l->replica->read(u"test_notes"_s, id);
    QVERIFY(!gone || gone->value(u"deleted"_s).toInt() == 1);
}

void tst_ScopeKinds::ownedAssignmentRules()
{
    const QString lina = userId(u"lina"_s);
    const QString wangfang = userId(u"wangfang"_s);
    // A rep cannot make a record someone else's; her manager can, within the subtree.
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/test-notes"_s, {{u"subject"_s, u"a"_s}, {u"ownerId"_s, lina}}).status, 403);
    QCOMPARE(f->as(u"liqiang"_s, "POST", u"/api/v1/test-notes"_s, {{u"subject"_s, u"b"_s}, {u"ownerId"_s, lina}}).status, 403);
    const Test::Reply given = f->as(u"liqiang"_s, "POST", u"/api/v1/test-notes"_s, {{u"subject"_s, u"c"_s}, {u"ownerId"_s, wangfang}});
    QCOMPARE(given.status, 201);
    QCOMPARE(given.json.value(u"ownerId"_s).toString(), wangfang);
    const QString id = given.json.value(u"id"_s).toString();
    // The department is the server's to set (it follows the owner), never the client's.
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-notes/"_s + id,
                   {{u"departmentId"_s, f->users().findByLogin(u"lina"_s)->departmentIds.first()}})
                 .status,
             422);
    const Test::Reply moved = f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"ownerId"_s, lina}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.value(u"departmentId"_s).toString(), f->users().findByLogin(u"lina"_s)->departmentIds.first());
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"ownerId"_s, wangfang}}).status, 200);
    // A rep cannot give her record away either.
    QCOMPARE(f->as(u"wangfang"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"ownerId"_s, lina}}).status, 403);
    QCOMPARE(f->as(u"wangfang"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"subject"_s, u"d"_s}}).status, 200);
    // Nor an unknown or disabled user.
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-notes/"_s + id, {{u"ownerId"_s, u"0190a0c0-0000-7000-8000-000000000000"_s}}).status,
             422);
}

void tst_ScopeKinds::membersSeeTheRecordAndItsChildren()
{
    auto a = client(u"wangfang"_s, u"a"_s);  // the owner
    auto m = client(u"liqiang"_s, u"m"_s);   // her manager
    auto l = client(u"lina"_s, u"l"_s);      // a member
    auto n = client(u"liuyang"_s, u"n"_s);   // the member's manager
    auto z = client(u"zhoujie"_s, u"z"_s);   // nobody's
    auto d = client(u"zhaomin"_s, u"d"_s);   // the director
    for (auto *c : {a.get(), m.get(), l.get(), n.get(), z.get(), d.get()})
        syncOk(*c);

    // Made offline on wangfang's laptop: the project, a note, lina on its list.
    const QString project = a->replica->create(u"test_projects"_s, Row{{u"name"_s, u"园区智能化项目"_s}}).value(u"id"_s).toString();
    QCOMPARE(a->replica->read(u"test_projects"_s, project)->value(u"owner_id"_s).toString(), userId(u"wangfang"_s));
    const QString note = a->replica->create(u"test_project_notes"_s, Row{{u"project_id"_s, project}, {u"body"_s, u"总包方确认进场"_s}})
                             .value(u"id"_s)
                             .toString();
    const QString membership = a->replica->create(u"test_projects_members"_s,
                                                  Row{{u"record_id"_s, project}, {u"user_id"_s, userId(u"lina"_s)}, {u"role"_s, u"售前"_s}})
                                   .value(u"id"_s)
                                   .toString();
    a->reopen();
    QCOMPARE(a->replica->pendingCount(), 3);
    syncOk(*a);
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 0);

    auto holds = [](SyncClient &c, const QString &table, const QString &id) {
        const auto row = c.replica->read(table, id);
        return row && row->value(u"deleted"_s).toInt() == 0;
    };
    // In scope: owner, her manager, the member, the member's manager, the director.
    for (auto *c : {m.get(), l.get(), n.get(), z.get(), d.get()})
        syncOk(*c);
    for (auto *c : {a.get(), m.get(), l.get(), n.get(), d.get()}) {
        QVERIFY2(holds(*c, u"test_projects"_s, project), qPrintable(c->login));
        QVERIFY2(holds(*c, u"test_project_notes"_s, note), qPrintable(c->login));
        QVERIFY2(holds(*c, u"test_projects_members"_s, membership), qPrintable(c->login));
        QCOMPARE(f->as(c->login, "GET", u"/api/v1/test-projects/"_s + project).status, 200);
        QCOMPARE(f->as(c->login, "GET", u"/api/v1/test-project-notes/"_s + note).status, 200);
        QCOMPARE(ids(f->as(c->login, "GET", u"/api/v1/test-projects"_s)), QStringList{project});
        QCOMPARE(ids(f->as(c->login, "GET", u"/api/v1/test-project-notes"_s)), QStringList{note});
        QCOMPARE(ids(f->as(c->login, "GET", u"/api/v1/test-projects-members?record_id="_s + project)), QStringList{membership});
    }
    // Out of scope: absent from the pull, 404 over REST, empty lists.
    QVERIFY(!z->replica->read(u"test_projects"_s, project));
    QVERIFY(!z->replica->read(u"test_project_notes"_s, note));
    QVERIFY(!z->replica->read(u"test_projects_members"_s, membership));
    QCOMPARE(f->as(u"zhoujie"_s, "GET", u"/api/v1/test-projects/"_s + project).status, 404);
    QCOMPARE(f->as(u"zhoujie"_s, "GET", u"/api/v1/test-project-notes/"_s + note).status, 404);
    QCOMPARE(f->as(u"zhoujie"_s, "GET", u"/api/v1/test-projects/"_s + project + u"/history"_s).status, 404);
    QCOMPARE(f->as(u"zhoujie"_s, "PATCH", u"/api/v1/test-project-notes/"_s + note, {{u"body"_s, u"x"_s}}).status, 404);
    QCOMPARE(f->as(u"zhoujie"_s, "POST", u"/api/v1/test-project-notes"_s, {{u"projectId"_s, project}, {u"body"_s, u"x"_s}}).status, 404);
    QVERIFY(ids(f->as(u"zhoujie"_s, "GET", u"/api/v1/test-projects"_s)).isEmpty());
    QVERIFY(ids(f->as(u"zhoujie"_s, "GET", u"/api/v1/test-project-notes"_s)).isEmpty());

    // The member writes the project's records; the owner's replica gets it; the trail says who.
    QCOMPARE(f->as(u"lina"_s, "PATCH", u"/api/v1/test-project-notes/"_s + note, {{u"body"_s, u"分包方下周进场"_s}}).status, 200);
    syncOk(*a);
    QCOMPARE(a->replica->read(u"test_project_notes"_s, note)->value(u"body"_s).toString(), u"分包方下周进场"_s);
    const QJsonArray trail = f->as(u"wangfang"_s, "GET", u"/api/v1/test-project-notes/"_s + note + u"/history"_s).json.value(u"items"_s).toArray();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail[0].toObject().value(u"login"_s).toString(), u"lina"_s);
    QCOMPARE(trail[1].toObject().value(u"login"_s).toString(), u"wangfang"_s);
    const QJsonArray listTrail = f->as(u"wangfang"_s, "GET", u"/api/v1/test-projects-members/"_s + membership + u"/history"_s).json.value(u"items"_s).toArray();
    QCOMPARE(listTrail.size(), 1);
    QCOMPARE(listTrail[0].toObject().value(u"action"_s).toString(), u"create"_s);

    // Taken off the list: the project and all of it leave lina's and her manager's replicas.
    QCOMPARE(f->as(u"wangfang"_s, "DELETE", u"/api/v1/test-projects-members/"_s + membership).status, 204);
    for (auto *c : {l.get(), n.get()}) {
        syncOk(*c);
        QVERIFY2(!holds(*c, u"test_projects"_s, project), qPrintable(c->login));
        QVERIFY2(!c->replica->read(u"test_project_notes"_s, note), qPrintable(c->login));
        QCOMPARE(f->as(c->login, "GET", u"/api/v1/test-projects/"_s + project).status, 404);
    }
    syncOk(*a);
    QVERIFY(holds(*a, u"test_projects"_s, project));

    // Put back on the list (offline, by the owner): it all comes back.
    a->replica->create(u"test_projects_members"_s, Row{{u"record_id"_s, project}, {u"user_id"_s, userId(u"lina"_s)}});
    syncOk(*a);
    syncOk(*l);
    QVERIFY(holds(*l, u"test_projects"_s, project));
    QCOMPARE(l->replica->read(u"test_project_notes"_s, note)->value(u"body"_s).toString(), u"分包方下周进场"_s);

    // Given to zhoujie by the director: wangfang and her manager lose it and its records;
    // zhoujie gains them; lina keeps them as a member.
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-projects/"_s + project, {{u"ownerId"_s, userId(u"zhoujie"_s)}}).status, 200);
    for (auto *c : {a.get(), m.get(), l.get(), n.get(), z.get(), d.get()})
        syncOk(*c);
    for (auto *c : {a.get(), m.get()}) {
        QVERIFY2(!c->replica->read(u"test_projects"_s, project), qPrintable(c->login));
        QVERIFY2(!c->replica->read(u"test_project_notes"_s, note), qPrintable(c->login));
    }
    for (auto *c : {l.get(), n.get(), z.get(), d.get()}) {
        QVERIFY2(holds(*c, u"test_projects"_s, project), qPrintable(c->login));
        QVERIFY2(holds(*c, u"test_project_notes"_s, note), qPrintable(c->login));
        QCOMPARE(c->replica->read(u"test_project_notes"_s, note)->value(u"owner_id"_s).toString(), userId(u"zhoujie"_s));
    }

    // Deleted by its new owner: its records and its list go with it, everywhere.
    QCOMPARE(f->as(u"zhoujie"_s, "DELETE", u"/api/v1/test-projects/"_s + project).status, 204);
    for (auto *c : {l.get(), n.get(), z.get(), d.get()}) {
        syncOk(*c);
        QVERIFY2(!holds(*c, u"test_projects"_s, project), qPrintable(c->login));
        QVERIFY2(!holds(*c, u"test_project_notes"_s, note), qPrintable(c->login));
        QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM test_projects_members WHERE deleted = 0"_s).toInt(), 0);
    }
    QCOMPARE(f->as(u"lina"_s, "GET", u"/api/v1/test-project-notes/"_s + note).status, 404);
}

void tst_ScopeKinds::membersWriteRules()
{
    const QString project = f->create(u"wangfang"_s, u"test-projects"_s, {{u"name"_s, u"管廊项目"_s}});
    QVERIFY(!project.isEmpty());
    const QString membership = f->create(u"wangfang"_s, u"test-projects-members"_s,
                                         {{u"recordId"_s, project}, {u"userId"_s, userId(u"lina"_s)}});
    QVERIFY(!membership.isEmpty());
    // A member writes the project and its records…
    QCOMPARE(f->as(u"lina"_s, "PATCH", u"/api/v1/test-projects/"_s + project, {{u"name"_s, u"综合管廊项目"_s}}).status, 200);
    QCOMPARE(f->as(u"lina"_s, "POST", u"/api/v1/test-project-notes"_s, {{u"projectId"_s, project}, {u"body"_s, u"图纸已到"_s}}).status, 201);
    // …but neither its list nor its owner.
    QCOMPARE(f->as(u"lina"_s, "POST", u"/api/v1/test-projects-members"_s,
                   {{u"recordId"_s, project}, {u"userId"_s, userId(u"zhoujie"_s)}})
                 .status,
             403);
    QCOMPARE(f->as(u"lina"_s, "DELETE", u"/api/v1/test-projects-members/"_s + membership).status, 403);
    QCOMPARE(f->as(u"lina"_s, "PATCH", u"/api/v1/test-projects/"_s + project, {{u"ownerId"_s, userId(u"lina"_s)}}).status, 403);
    // The owner's manager may change the list; a list entry names an existing user, and
    // neither its record nor its user changes afterwards.
    QCOMPARE(f->as(u"liqiang"_s, "POST", u"/api/v1/test-projects-members"_s,
                   {{u"recordId"_s, project}, {u"userId"_s, userId(u"zhoujie"_s)}})
                 .status,
             201);
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/test-projects-members"_s,
                   {{u"recordId"_s, project}, {u"userId"_s, u"0190a0c0-0000-7000-8000-000000000000"_s}})
                 .status,
             422);
    QCOMPARE(f->as(u"wangfang"_s, "PATCH", u"/api/v1/test-projects-members/"_s + membership, {{u"userId"_s, userId(u"zhoujie"_s)}}).status,
             422);
    // A record's children need their record: missing is 422, someone else's is 404.
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/test-project-notes"_s, {{u"body"_s, u"x"_s}}).status, 422);
    const QString other = f->create(u"zhoujie"_s, u"test-projects"_s, {{u"name"_s, u"别人的项目"_s}});
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/test-project-notes"_s, {{u"projectId"_s, other}, {u"body"_s, u"x"_s}}).status, 404);
    // Someone else's project never reaches her replica.
    auto a = client(u"wangfang"_s, u"a"_s);
    syncOk(*a);
    QVERIFY(!a->replica->read(u"test_projects"_s, other));
}

// A Members record's children for a user who sees some of the records: pages by record,
// then id, every child exactly once, over REST and the snapshot.
void tst_ScopeKinds::memberChildPagesGoByRecord()
{
    QSet<QString> expected;
    for (int i = 0; i < 40; ++i) {
        // Half hers, half lina's with her on the list.
        const bool hers = i % 2 == 0;
        const QString project = f->create(hers ? u"wangfang"_s : u"lina"_s, u"test-projects"_s, {{u"name"_s, u"项目%1"_s.arg(i)}});
        QVERIFY(!project.isEmpty());
        if (!hers)
            QVERIFY(!f->create(u"lina"_s, u"test-projects-members"_s, {{u"recordId"_s, project}, {u"userId"_s, userId(u"wangfang"_s)}}).isEmpty());
        for (int k = 0; k < i % 4; ++k)
            expected << f->create(hers ? u"wangfang"_s : u"lina"_s, u"test-project-notes"_s, {{u"projectId"_s, project}, {u"body"_s, u"记录%1"_s.arg(k)}});
    }
    const QString other = f->create(u"zhoujie"_s, u"test-projects"_s, {{u"name"_s, u"别人的项目"_s}});
    f->create(u"zhoujie"_s, u"test-project-notes"_s, {{u"projectId"_s, other}, {u"body"_s, u"别人的"_s}});

    QVERIFY(f->as(u"wangfang"_s, "GET", u"/api/v1/test-project-notes?limit=7"_s).json.value(u"nextCursor"_s).toString().contains(u'/'));
    const QStringList rest = restPages(u"wangfang"_s, u"/api/v1/test-project-notes"_s);
    QCOMPARE(QSet<QString>(rest.begin(), rest.end()).size(), rest.size()); // nothing twice
    QCOMPARE(QSet<QString>(rest.begin(), rest.end()), expected);
    const QStringList snap = snapshotPages(u"wangfang"_s, u"test_project_notes"_s);
    QCOMPARE(QSet<QString>(snap.begin(), snap.end()).size(), snap.size());
    QCOMPARE(QSet<QString>(snap.begin(), snap.end()), expected);

    auto a = client(u"wangfang"_s, u"a"_s);
    syncOk(*a);
    QCOMPARE(a->replica->database().scalar(u"SELECT count(*) FROM test_project_notes WHERE deleted = 0"_s).toInt(), expected.size());
    QCOMPARE(a->replica->database().scalar(u"SELECT count(*) FROM test_projects WHERE deleted = 0"_s).toInt(), 40);
}

void tst_ScopeKinds::globalIsReadByAllWrittenByRoles()
{
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/test-articles"_s, {{u"title"_s, u"报价规范"_s}}).status, 403);
    QCOMPARE(f->as(u"liqiang"_s, "POST", u"/api/v1/test-articles"_s, {{u"title"_s, u"报价规范"_s}}).status, 403);
    const QString id = f->create(u"zhaomin"_s, u"test-articles"_s, {{u"title"_s, u"报价规范"_s}});
    QVERIFY(!id.isEmpty());
    auto a = client(u"wangfang"_s, u"a"_s);
    auto l = client(u"lina"_s, u"l"_s);
    syncOk(*a);
    syncOk(*l);
    QVERIFY(a->replica->read(u"test_articles"_s, id));
    QVERIFY(l->replica->read(u"test_articles"_s, id));
    QCOMPARE(f->as(u"lina"_s, "GET", u"/api/v1/test-articles/"_s + id).status, 200);

    // A rep's offline edit is refused by the server and kept as a rejection; the article
    // stays as the director wrote it, everywhere.
    a->replica->update(u"test_articles"_s, id, Row{{u"title"_s, u"改过的"_s}});
    const auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 1);
    syncOk(*a);
    QCOMPARE(a->replica->read(u"test_articles"_s, id)->value(u"title"_s).toString(), u"报价规范"_s);

    // The director's edit reaches everyone.
    QCOMPARE(f->as(u"zhaomin"_s, "PATCH", u"/api/v1/test-articles/"_s + id, {{u"title"_s, u"报价规范（2026版）"_s}}).status, 200);
    syncOk(*l);
    QCOMPARE(l->replica->read(u"test_articles"_s, id)->value(u"title"_s).toString(), u"报价规范（2026版）"_s);
}

// A customer's records for a rep (part of the customers): REST and snapshot pages go by
// customer then id, with an opaque cursor, across batches of customers (pages may end at
// a batch's end), and every record comes exactly once.
void tst_ScopeKinds::customerChildPagesGoByCustomer()
{
    QSet<QString> expected;
    for (int i = 0; i < 64; ++i) {
        const QString customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"分页测试%1有限公司"_s.arg(i)}});
        QVERIFY(!customer.isEmpty());
        for (int k = 0; k < i % 4; ++k) // 0–3 contacts each: some customers have none
            expected << f->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, customer}, {u"name"_s, u"联系人%1"_s.arg(k)}});
    }
    // Someone else's customer and contact: never in her pages.
    const QString other = f->create(u"lina"_s, u"customers"_s, {{u"name"_s, u"别人的客户有限公司"_s}});
    f->create(u"lina"_s, u"contacts"_s, {{u"customerId"_s, other}, {u"name"_s, u"别人"_s}});

    // REST, 7 a page.
    int pages = 0;
    const QStringList rest = restPages(u"wangfang"_s, u"/api/v1/contacts"_s, &pages);
    QVERIFY2(pages >= 96 / 7, qPrintable(QString::number(pages)));
    QCOMPARE(QSet<QString>(rest.begin(), rest.end()).size(), rest.size()); // nothing twice
    QCOMPARE(QSet<QString>(rest.begin(), rest.end()), expected);
    // The cursor is "<customer>/<id>", opaque to clients.
    QVERIFY(f->as(u"wangfang"_s, "GET", u"/api/v1/contacts?limit=7"_s).json.value(u"nextCursor"_s).toString().contains(u'/'));
    // A made-up cursor is refused, not crashed on.
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/contacts?cursor=x/y"_s).status, 422);

    // The snapshot, 7 a page.
    const QStringList snap = snapshotPages(u"wangfang"_s, u"contacts"_s);
    QCOMPARE(QSet<QString>(snap.begin(), snap.end()).size(), snap.size());
    QCOMPARE(QSet<QString>(snap.begin(), snap.end()), expected);

    // A replica's first download gets them all, checksums equal.
    auto a = client(u"wangfang"_s, u"a"_s);
    syncOk(*a);
    QCOMPARE(a->replica->database().scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_s).toInt(), expected.size());
}

int main(int argc, char **argv)
{
    declareThrowawayEntities(); // before any store, replica or resource exists
    QCoreApplication app(argc, argv);
    tst_ScopeKinds test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scopekinds.moc"
