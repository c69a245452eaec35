// The contacts list over a replica: the columns (customer, phones, owner), deleted contacts
// and contacts of deleted customers left out, sorted by pinyin (李 王 张, not by code
// point), the filters "my customers' contacts" / all, search by name, phone digits,
// e-mail and — through the global-search index — pinyin.
#include "models/contactlistmodel.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Other = u"0192b6c8-0000-7000-8000-000000000002"_s;
} // namespace

class tst_ContactListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsSortedByPinyin();
    void mineOnly();
    void deferredReadsWhenReloaded();
    void search_data();
    void search();

private:
    QStringList names(const ContactListModel &model) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_ContactListModel::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    for (const auto &[id, login, name] : {std::tuple{Me, "wangfang", "王芳"}, std::tuple{Other, "liqiang", "李强"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, 'sales', 0)"_s,
                {id, QString::fromLatin1(login), QString::fromUtf8(name)});
    auto customer = [&](const QString &name, const QString &owner) {
        const QString id = m_replica->create(u"customers"_s, Row{{u"name"_s, name}}).value(u"id"_s).toString();
        db.exec(u"UPDATE customers SET owner_id = ? WHERE id = ?"_s, {owner.isEmpty() ? QVariant() : QVariant(owner), id});
        return id;
    };
    const QString mine = customer(u"杭州蓝金精密机械有限公司"_s, Me);
    const QString theirs = customer(u"上海和信贸易有限公司"_s, Other);
    const QString gone = customer(u"已删除客户有限公司"_s, Me);
    auto contact = [&](const QString &customerId, const QString &name, const Row &more) {
        Row r = more;
        r[u"customer_id"_s] = customerId;
        r[u"name"_s] = name;
        return m_replica->create(u"contacts"_s, r).value(u"id"_s).toString();
    };
    contact(mine, u"张伟"_s, Row{{u"title"_s, u"总经理"_s}, {u"mobile"_s, u"138 1234 5678"_s}, {u"phone"_s, u"0571-8888 1234"_s},
                                 {u"email"_s, u"zhang.wei@lanjin.example"_s}});
    contact(mine, u"王丽"_s, Row{{u"title"_s, u"采购"_s}, {u"phone"_s, u"0571-8888 2000"_s}});
    contact(theirs, u"李娜"_s, Row{{u"email"_s, u"lina@hexin.example"_s}});
    const QString deleted = contact(theirs, u"赵敏"_s, Row{});
    db.exec(u"UPDATE contacts SET deleted = 1 WHERE id = ?"_s, {deleted});
    contact(gone, u"钱进"_s, Row{});
    db.exec(u"UPDATE customers SET deleted = 1 WHERE id = ?"_s, {gone});
}

QStringList tst_ContactListModel::names(const ContactListModel &model) const
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, ContactListModel::Name)).toString();
    return out;
}

void tst_ContactListModel::listsSortedByPinyin()
{
    ContactListModel model(m_replica->database(), Me);
    QCOMPARE(names(model), (QStringList{u"李娜"_s, u"王丽"_s, u"张伟"_s}));
    QCOMPARE(model.totalCount(), 3);
    const int zhang = 2;
    QCOMPARE(model.data(model.index(zhang, ContactListModel::Customer)).toString(), u"杭州蓝金精密机械有限公司"_s);
    QCOMPARE(model.data(model.index(zhang, ContactListModel::Title)).toString(), u"总经理"_s);
    QCOMPARE(model.data(model.index(zhang, ContactListModel::Phone)).toString(), u"138 1234 5678 / 0571-8888 1234"_s);
    QCOMPARE(model.data(model.index(zhang, ContactListModel::Email)).toString(), u"zhang.wei@lanjin.example"_s);
    QCOMPARE(model.data(model.index(zhang, ContactListModel::Owner)).toString(), u"王芳"_s);
    QCOMPARE(model.data(model.index(0, ContactListModel::Owner)).toString(), u"李强"_s);
    QVERIFY(!model.data(model.index(zhang, 0), ContactListModel::CustomerIdRole).toString().isEmpty());
    QCOMPARE(model.headerData(ContactListModel::Customer, Qt::Horizontal).toString(), u"Customer"_s);

    model.sort(ContactListModel::Name, Qt::DescendingOrder);
    QCOMPARE(names(model), (QStringList{u"张伟"_s, u"王丽"_s, u"李娜"_s}));
    model.sort(ContactListModel::Customer, Qt::AscendingOrder); // 杭州 (hang) before 上海 (shang)
    QCOMPARE(names(model).constLast(), u"李娜"_s);
}

void tst_ContactListModel::mineOnly()
{
    ContactListModel model(m_replica->database(), Me);
    model.setFilter({QString(), true});
    QCOMPARE(names(model), (QStringList{u"王丽"_s, u"张伟"_s}));
    model.setFilter({QString(), false});
    QCOMPARE(model.rowCount(), 3);
}

// A Deferred list (its page not shown yet) reads nothing when its page sets the filter at
// start-up, and reads with that filter at its first reload (it read every contact at once).
void tst_ContactListModel::deferredReadsWhenReloaded()
{
    ContactListModel model(m_replica->database(), Me, ContactListModel::Deferred());
    model.setFilter({QString(), true});
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QCOMPARE(names(model), (QStringList{u"王丽"_s, u"张伟"_s}));
    model.setFilter({QString(), false}); // once read, a new filter reads at once
    QCOMPARE(model.rowCount(), 3);
}

void tst_ContactListModel::search_data()
{
    QTest::addColumn<bool>("indexed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << false << u"张"_s << QStringList{u"张伟"_s};
    QTest::newRow("mobile digits") << false << u"1234 5678"_s << QStringList{u"张伟"_s};
    QTest::newRow("phone") << false << u"8888"_s << QStringList{u"王丽"_s, u"张伟"_s};
    QTest::newRow("e-mail") << false << u"hexin"_s << QStringList{u"李娜"_s};
    QTest::newRow("nothing") << false << u"不存在"_s << QStringList{};
    QTest::newRow("like characters") << false << u"%_"_s << QStringList{};
    QTest::newRow("pinyin") << true << u"zhangwei"_s << QStringList{u"张伟"_s};
    QTest::newRow("pinyin initials") << true << u"wl"_s << QStringList{u"王丽"_s};
    QTest::newRow("mobile without spaces") << true << u"13812345678"_s << QStringList{u"张伟"_s};
}

void tst_ContactListModel::search()
{
    QFETCH(bool, indexed);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    if (indexed)
        while (SearchIndex(m_replica->database()).catchUp() > 0) {
        }
    ContactListModel model(m_replica->database(), Me);
    model.setFilter({text, false});
    QCOMPARE(names(model), expected);
}

QTEST_GUILESS_MAIN(tst_ContactListModel)
#include "tst_contactlistmodel.moc"
