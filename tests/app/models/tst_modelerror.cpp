// What app/ui catches from app/models (issue 18): when the replica fails under a service
// or model the windows call — a write refused, a table gone — the failure comes out as
// ModelError carrying the store's own message, never as the schema's SchemaError (which
// app/ui may not include). Also the two models-side stand-ins for replica types the
// windows used: SearchService (the global search over SearchIndex) and Outcomes (the
// replica's OutcomeFeed relayed to the editors).
#include "models/approvalservice.h"
#include "models/contractservice.h"
#include "models/customer360.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/documentlist.h"
#include "models/modelerror.h"
#include "models/opportunityservice.h"
#include "models/outcomes.h"
#include "models/quoteservice.h"
#include "models/searchservice.h"
#include "models/services.h"
#include "replica/outcomefeed.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ModelError : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeFailuresComeOutAsModelError_data();
    void storeFailuresComeOutAsModelError();
    void failedReadEndsTheReset();
    void customerListReadFailureEndsTheReset();
    void searchServiceGivesTheIndexHits();
    void outcomesAreRelayed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Services> m_services;
    QString m_customer;
};

namespace {

struct Case
{
    const char *name;
    QString breakSql; // what goes wrong in the replica
    std::function<void(Services &, DocumentList &, const QString &customerId)> call;
    QString expected; // a part of SQLite's message, passed on unchanged
};

const QList<Case> &cases()
{
    static const QList<Case> all = {
        {"CustomerService::save, write refused", u"PRAGMA query_only = 1"_s,
         [](Services &s, DocumentList &, const QString &) {
             CustomerService::Card card;
             card.customer.name = u"深圳市鹏程电子有限公司"_s;
             s.customers().save(card, {});
         },
         u"readonly"_s},
        {"CustomerService::distinctValues, table gone", u"ALTER TABLE customers RENAME TO customers_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.customers().distinctValues(u"region"_s); }, u"no such table"_s},
        {"Customer360::reminders, table gone", u"ALTER TABLE activities RENAME TO activities_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.customer360().reminders(QDate(2026, 12, 6)); }, u"no such table"_s},
        {"OpportunityService::save, write refused", u"PRAGMA query_only = 1"_s,
         [](Services &s, DocumentList &, const QString &customerId) {
             Opportunity o = s.opportunities().newOpportunity(customerId);
             o.name = u"数控机床二期"_s;
             s.opportunities().save(o);
         },
         u"readonly"_s},
        {"ApprovalService::toDecide, table gone", u"ALTER TABLE users RENAME TO users_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.approvals().toDecide(); }, u"no such table"_s},
        {"ApprovalService::mine, table gone", u"ALTER TABLE approvals RENAME TO approvals_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.approvals().mine(); }, u"no such table"_s},
        {"CustomerService::pendingLevelRequest, table gone", u"ALTER TABLE approvals RENAME TO approvals_gone"_s,
         [](Services &s, DocumentList &, const QString &customerId) { s.customers().pendingLevelRequest(customerId); },
         u"no such table"_s},
        {"ContractService::load, table gone", u"ALTER TABLE contracts RENAME TO contracts_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.contracts().load(u"00000000-0000-7000-8000-000000000001"_s); },
         u"no such table"_s},
        {"DocumentList::reload, table gone", u"ALTER TABLE quotes RENAME TO quotes_gone"_s,
         [](Services &, DocumentList &quotes, const QString &) { quotes.reload(); },
         u"no such table"_s},
        {"SearchService::search, table gone", u"ALTER TABLE search_fts RENAME TO search_fts_gone"_s,
         [](Services &s, DocumentList &, const QString &) { s.search().search(u"北京"_s); },
         u"Cannot prepare the search"_s},
    };
    return all;
}

} // namespace

void tst_ModelError::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_customer = m_replica->create(u"customers"_s, {{u"name"_s, u"北京某某科技有限公司"_s}}).value(u"id"_s).toString();
    m_services = std::make_unique<Services>(*m_replica);
}

void tst_ModelError::cleanup()
{
    m_services.reset();
    m_replica.reset();
    m_dir.reset();
}

void tst_ModelError::storeFailuresComeOutAsModelError_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << i;
}

void tst_ModelError::storeFailuresComeOutAsModelError()
{
    QFETCH(int, index);
    const Case &c = cases()[index];
    // Made before the replica breaks (the list reads its first page when made).
    DocumentList quotes(DocumentList::Kind::Quotes, m_replica->database());
    m_replica->database().exec(c.breakSql);
    try {
        c.call(*m_services, quotes, m_customer);
        QFAIL("nothing was thrown");
    } catch (const ModelError &e) {
        QVERIFY2(e.message().contains(c.expected), qPrintable(e.message()));
        QVERIFY(e.message().startsWith(u"Failed ["_s) || e.message().startsWith(u"Cannot "_s));
        QCOMPARE(QString::fromStdString(e.what()), e.message());
    } catch (const SchemaError &e) {
        QFAIL(qPrintable(u"SchemaError came through: "_s + e.message()));
    }
}

void tst_ModelError::failedReadEndsTheReset()
{
    // A list that cannot be read is empty, and its views are told the reset is over (a
    // reset begun and never ended leaves them showing rows that are gone).
    m_replica->create(u"quotes"_s, {{u"customer_id"_s, m_customer}, {u"number"_s, u"BJ-2026-0001"_s},
                                     {u"title"_s, u"数控机床"_s}, {u"status"_s, u"draft"_s}});
    DocumentList quotes(DocumentList::Kind::Quotes, m_replica->database());
    QCOMPARE(quotes.rowCount(), 1);
    QSignalSpy aboutToReset(&quotes, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&quotes, &QAbstractItemModel::modelReset);
    m_replica->database().exec(u"ALTER TABLE quotes RENAME TO quotes_gone"_s);
    QVERIFY_THROWS_EXCEPTION(ModelError, quotes.reload());
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(quotes.rowCount(), 0);
    QCOMPARE(quotes.totalCount(), 0);

    m_replica->database().exec(u"ALTER TABLE quotes_gone RENAME TO quotes"_s);
    quotes.reload();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(quotes.rowCount(), 1);
}

void tst_ModelError::customerListReadFailureEndsTheReset()
{
    // The customer list is reloaded from signals (a sync, a filter): it never throws into
    // the event loop; a list it cannot read is empty, says why, and ends its reset.
    CustomerListModel list(m_replica->database());
    const int before = list.rowCount();
    QVERIFY(before > 0);
    QVERIFY(list.readError().isEmpty());
    QSignalSpy aboutToReset(&list, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
    m_replica->database().exec(u"ALTER TABLE customers RENAME TO customers_gone"_s);
    list.reload();
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(list.rowCount(), 0);
    QVERIFY2(list.readError().contains(u"customers"_s), qPrintable(list.readError()));

    m_replica->database().exec(u"ALTER TABLE customers_gone RENAME TO customers"_s);
    list.reload();
    QCOMPARE(reset.size(), 2);
    QCOMPARE(list.rowCount(), before);
    QVERIFY(list.readError().isEmpty());
}

void tst_ModelError::searchServiceGivesTheIndexHits()
{
    const QString contact = m_replica->create(u"contacts"_s, {{u"customer_id"_s, m_customer}, {u"name"_s, u"赵科"_s},
                                                               {u"mobile"_s, u"13800138000"_s}})
                                .value(u"id"_s)
                                .toString();
    SearchIndex index(m_replica->database());
    while (index.catchUp() > 0) { }

    SearchService &search = m_services->search();
    QList<SearchService::Hit> hits = search.search(u"bjkj"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchService::Kind::Customer);
    QCOMPARE(hits[0].id, m_customer);
    QCOMPARE(hits[0].title, u"北京某某科技有限公司"_s);

    hits = search.search(u"赵科"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].kind, SearchService::Kind::Contact);
    QCOMPARE(hits[0].id, contact);
    QCOMPARE(hits[0].customerId, m_customer);
    // Field by field what the index found.
    const QList<SearchIndex::Hit> raw = index.search(u"赵科"_s);
    QCOMPARE(raw.size(), 1);
    QCOMPARE(hits[0].detail, raw[0].detail);

    QVERIFY(search.search(u"x"_s).isEmpty()); // nothing searchable in it
    for (auto kind : {SearchService::Kind::Customer, SearchService::Kind::Contact, SearchService::Kind::Opportunity,
                      SearchService::Kind::Contract})
        QCOMPARE(SearchService::kindName(kind), SearchIndex::kindName(SearchIndex::Kind(int(kind))));
    QCOMPARE(SearchService::kindName(SearchService::Kind::Customer), u"Customers"_s);
}

void tst_ModelError::outcomesAreRelayed()
{
    QuoteService &quotes = m_services->quotes();
    auto contracts = std::make_unique<ContractService>(*m_replica);
    QCOMPARE(&quotes.outcomes(), &quotes.outcomes()); // one relay per service
    QSignalSpy quotePolled(&quotes.outcomes(), &Outcomes::polled);
    QSignalSpy contractPolled(&contracts->outcomes(), &Outcomes::polled);
    m_services->pollOutcomes();
    QCOMPARE(quotePolled.size(), 1);
    QCOMPARE(contractPolled.size(), 1);

    // A relay goes with its service; the feed goes on without it.
    contracts.reset();
    m_replica->outcomes().poll();
    QCOMPARE(quotePolled.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ModelError)
#include "tst_modelerror.moc"
