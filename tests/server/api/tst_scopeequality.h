#pragma once

// The world tst_scopeequality compares paths in (see tst_scopeequality.cpp): an
// organisation of every role, customers with records in every customer table, owned notes,
// the damage of the reported hole; built once per store (scopeequalityworld.cpp).
#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <map>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace ScopeEqualityData {

inline QString sha(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

inline QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

using IdSet = QSet<QString>;

inline QStringList sorted(const IdSet &s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l;
}

// The users: login, role, departments, manager.
struct Person
{
    const char16_t *login;
    const char16_t *role;
    const char16_t *department; // empty: none
    const char16_t *manager;    // empty: none
};
inline const Person people[] = {
    {u"admin", u"admin", u"", u""},
    {u"zhaomin", u"director", u"销售部", u""},
    {u"chenjing", u"manager", u"销售部/华东区", u""},
    {u"liuyang", u"manager", u"销售部/华南区", u""},
    {u"wangfang", u"sales", u"销售部/华东区/杭州组", u"chenjing"},
    {u"zhanglei", u"sales", u"销售部/华东区", u"chenjing"},
    {u"liqiang", u"sales", u"销售部/华南区", u"liuyang"},
    {u"zhaoyu", u"sales", u"销售部/华南区", u"liuyang"},
    {u"sunli", u"clerk", u"销售部/华东区", u""},
    {u"wuhao", u"service", u"客服部", u""},
};

// The ids a user gets from each path, per table.
struct Scope
{
    std::map<QString, IdSet> rest, snapshot, pull;
    std::map<QString, qint64> checkpoint; // -1: missing
    QStringList errors;                   // transport failures
};

} // namespace ScopeEqualityData

using namespace ScopeEqualityData;

class tst_ScopeEquality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanupTestCase();

    void storeHasEveryTable();
    void restSnapshotPullAndCheckpointAgree_data();
    void restSnapshotPullAndCheckpointAgree();
    void getByIdFollowsTheList_data();
    void getByIdFollowsTheList();
    void blobsFollowTheirAttachments_data();
    void blobsFollowTheirAttachments();
    void duplicateCheckFollowsTheCustomers_data();
    void duplicateCheckFollowsTheCustomers();
    void ownedFollowsTheRule_data();
    void ownedFollowsTheRule();
    void membersFollowTheRule_data();
    void membersFollowTheRule();

private:
    void build(const QString &dialect);
    void addCustomerWithEverything(const QString &rep, const QString &manager, const QString &name);
    void perUserRows();

    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return w->f->call(method, path, body, w->m_tokens.value(login));
    }
    QString create(const QString &login, const QString &path, const QJsonObject &body)
    {
        const Reply r = as(login, "POST", u"/api/v1/"_s + path, body);
        if (r.status != 201) {
            w->m_setupErrors << u"%1 POST %2 → %3 %4"_s.arg(login, path).arg(r.status).arg(QString::fromUtf8(r.body));
            return {};
        }
        return r.json.value(u"id"_s).toString();
    }
    void expect(int status, const Reply &r, const QString &what)
    {
        if (r.status != status)
            w->m_setupErrors << u"%1 → %2 %3"_s.arg(what).arg(r.status).arg(QString::fromUtf8(r.body));
    }
    QString userId(const QString &login) { return w->f->users().findByLogin(login)->id; }
    QStringList scopedTables() const;
    QString pathOf(const QString &table) const { return m_paths.value(table); }
    IdSet storeIds(const QString &table, bool liveOnly);
    // Which record an id is, for messages: "contacts 0190… of 杭州华通科技有限公司 (customer owner wangfang, row owner liqiang)".
    QString describe(const QString &table, const QString &id);
    QString describeAll(const QString &table, const IdSet &ids);
    const Scope &scopeOf(const QString &login);

    // One store and server per dialect, built once: QTest runs each function for every
    // dialect before the next function.
    struct World
    {
        std::unique_ptr<ApiFixture> f;
        QString m_dialect;
        QHash<QString, QString> m_tokens;
        QStringList m_setupErrors;
        QHash<QString, QString> m_loginById;
        std::map<QString, Scope> m_scopes;
        QString m_orphanSha;
        QString m_product; // the catalogue's one product: the customers' assets are of it
        int m_quoteNo = 0, m_contractNo = 0, m_invoiceNo = 0, m_blobNo = 0;
        // What was set up.
        QString m_sharedCustomer, m_poolCustomer, m_deletedCustomer, m_deletedContact, m_deletedAttachment;
        QString m_damagedContact, m_damagedActivity, m_nulledContact;
        QHash<QString, QStringList> m_customersOf; // rep → customer ids
    };
    std::map<QString, std::unique_ptr<World>> m_worlds;
    World *w = nullptr;
    QHash<QString, QString> m_paths; // table → REST path
    QElapsedTimer m_clock;
};
