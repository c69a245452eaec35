// When the replica fails under a window (issue 18: app/ui catches the models' ModelError,
// not the schema's SchemaError), the window shows the store's message as it always did and
// goes on: the quote and contract lists say they could not read the list, the global search
// shows no matches.
#include "models/documentlist.h"
#include "models/modelerror.h"
#include "models/searchservice.h"
#include "models/services.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/documentlistpage.h"
#include "ui/globalsearch.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_StoreFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void documentListSaysItCouldNotRead_data();
    void documentListSaysItCouldNotRead();
    void globalSearchShowsNoMatches();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Services> m_services;
};

void tst_StoreFailures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_replica->create(u"customers"_s, {{u"name"_s, u"北京某某科技有限公司"_s}});
    m_services = std::make_unique<Services>(*m_replica);
}

void tst_StoreFailures::cleanup()
{
    m_services.reset();
    m_replica.reset();
    m_dir.reset();
}

void tst_StoreFailures::documentListSaysItCouldNotRead_data()
{
    QTest::addColumn<DocumentList::Kind>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("byFilter"); // a filter typed, else a reload after a sync
    QTest::newRow("quotes, reload") << DocumentList::Kind::Quotes << u"quotes"_s << false;
    QTest::newRow("quotes, filter") << DocumentList::Kind::Quotes << u"quotes"_s << true;
    QTest::newRow("contracts, reload") << DocumentList::Kind::Contracts << u"contracts"_s << false;
}

void tst_StoreFailures::documentListSaysItCouldNotRead()
{
    QFETCH(DocumentList::Kind, kind);
    QFETCH(QString, table);
    QFETCH(bool, byFilter);
    DocumentListPage page(kind, *m_services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    m_replica->database().exec(u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table));

    if (byFilter) {
        page.filterBox()->setText(u"BJ"_s);
        page.applyFilter();
    } else {
        page.reload();
    }
    const QString shown = page.countLabel()->text();
    QVERIFY2(shown.startsWith(u"Could not read the list: "_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"no such table: "_s + table), qPrintable(shown));
    // The store's own message, word for word (the list reads the same way again).
    QString message;
    try {
        page.model()->reload();
    } catch (const ModelError &e) {
        message = e.message();
    }
    QVERIFY(!message.isEmpty());
    QCOMPARE(shown, u"Could not read the list: "_s + message);
    QVERIFY(page.isVisible()); // and the page goes on
}

void tst_StoreFailures::globalSearchShowsNoMatches()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *search = new GlobalSearch(m_services->search(), &window);
    layout->addWidget(search);
    layout->addStretch();
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_replica->database().exec(u"ALTER TABLE search_fts RENAME TO search_fts_gone"_s);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^huike: search failed: Cannot prepare the search"_s));
    search->setText(u"北京"_s);
    search->searchNow();
    QTreeWidget *results = search->results();
    QVERIFY(results && results->isVisible());
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), u"No matches"_s);
}

QTEST_MAIN(tst_StoreFailures)
#include "tst_storefailures.moc"
