// 导出记账凭证 (W3) from expenses: a paid claim debits its categories (the category's own
// account where the settings name one) and credits the bank with what was paid out and 其他应收款
// with what its loan offsets; a paid loan is 其他应收款 against the bank; the requester and
// their department are the aux items. Unpaid, deleted and other months' records make no
// voucher; one the builder cannot book (another currency, lines that do not add up) stops the
// preview with an error that names it.
#include "core/id.h"
#include "models/voucherservice.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_VoucherService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expenses_data();
    void expenses();

private:
    QString insert(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        const QString id = Id::generate().toString();
        QStringList marks(columns.size() + 5, u"?"_s);
        m_replica->database().exec(u"INSERT INTO %1 (id, version, deleted, created_at, updated_at, %2) VALUES (%3)"_s.arg(
                                       table, columns.join(u", "_s), marks.join(u", "_s)),
                                   QVariantList{id, 1, 0, u"2026-01-01T00:00:00.000Z"_s, u"2026-01-01T00:00:00.000Z"_s} + values);
        return id;
    }
    static QString text(const VoucherEntry &e)
    {
        return e.debit.isZero() ? u"Cr %1 %2"_s.arg(e.accountCode).arg(e.credit.fen())
                                : u"Dr %1 %2"_s.arg(e.accountCode).arg(e.debit.fen());
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_requester, m_department, m_customer;
};

void tst_VoucherService::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    const QStringList user{u"login"_s, u"display_name"_s, u"role"_s, u"disabled"_s};
    m_replica->setUserId(insert(u"users"_s, user, {u"zhang"_s, u"张会计"_s, u"clerk"_s, 0}));
    m_requester = insert(u"users"_s, user, {u"lina"_s, u"李娜"_s, u"sales"_s, 0});
    m_department = insert(u"departments"_s, {u"name"_s, u"path"_s}, {u"华东销售部"_s, u"/east"_s});
    m_customer = m_replica->create(u"customers"_s, Row{{u"name"_s, u"上海恒信精密机械有限公司"_s},
                                                       {u"credit_code"_s, u"91310000MA1FL0XX0X"_s}})
                     .value(u"id"_s)
                     .toString();
    // Travel has its own sub-account; meals falls back to 6602. The labels are the company's.
    m_replica->create(u"app_settings"_s, Row{{u"key"_s, u"voucher.account.expense.travel"_s}, {u"value"_s, u"660202 差旅费"_s}});
    m_replica->create(u"app_settings"_s,
                      Row{{u"key"_s, u"expense.categories"_s},
                          {u"value"_s, uR"([{"code":"travel","label":"差旅费"},{"code":"meals","label":"餐费"}])"_s}});
}

void tst_VoucherService::cleanup()
{
    m_replica.reset();
}

void tst_VoucherService::expenses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("paidOn");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QStringList>("lines"); // category:fen, in line order
    QTest::addColumn<QString>("word");      // empty: no voucher
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("error");     // in preview().error

    const QStringList twoCategories{u"travel:120000"_s, u"meals:20000"_s, u"travel:30000"_s};
    QTest::newRow("claim, two categories, part offset")
        << u"claim"_s << u"paid"_s << u"2026-11-12"_s << u"CNY"_s << false << qint64(170000) << qint64(50000) << twoCategories
        << u"付"_s << QStringList{u"Dr 660202 150000"_s, u"Dr 6602 20000"_s, u"Cr 1002 120000"_s, u"Cr 1221 50000"_s} << QString();
    QTest::newRow("claim, fully offset")
        << u"claim"_s << u"paid"_s << u"2026-11-30"_s << u"CNY"_s << false << qint64(170000) << qint64(170000) << twoCategories
        << u"记"_s << QStringList{u"Dr 660202 150000"_s, u"Dr 6602 20000"_s, u"Cr 1221 170000"_s} << QString();
    QTest::newRow("loan") << u"loan"_s << u"paid"_s << u"2026-11-01"_s << u"CNY"_s << false << qint64(500000) << qint64(0)
                          << QStringList() << u"付"_s << QStringList{u"Dr 1221 500000"_s, u"Cr 1002 500000"_s} << QString();
    // Not paid: even a paid-on date (which only paying sets) does not make it one.
    QTest::newRow("approved, not paid") << u"claim"_s << u"approved"_s << u"2026-11-12"_s << u"CNY"_s << false << qint64(170000)
                                        << qint64(0) << twoCategories << QString() << QStringList() << QString();
    QTest::newRow("loan approved, not paid") << u"loan"_s << u"approved"_s << QString() << u"CNY"_s << false << qint64(500000)
                                             << qint64(0) << QStringList() << QString() << QStringList() << QString();
    QTest::newRow("paid in another month") << u"claim"_s << u"paid"_s << u"2026-12-01"_s << u"CNY"_s << false << qint64(170000)
                                           << qint64(0) << twoCategories << QString() << QStringList() << QString();
    QTest::newRow("deleted") << u"claim"_s << u"paid"_s << u"2026-11-12"_s << u"CNY"_s << true << qint64(170000) << qint64(0)
                             << twoCategories << QString() << QStringList() << QString();
    QTest::newRow("in USD") << u"claim"_s << u"paid"_s << u"2026-11-12"_s << u"USD"_s << false << qint64(170000) << qint64(0)
                            << twoCategories << QString() << QStringList()
                            << u"the amount is in USD; vouchers are made in CNY only (Expense claim of 李娜: 北京出差)"_s;
    QTest::newRow("lines not adding up") << u"claim"_s << u"paid"_s << u"2026-11-12"_s << u"CNY"_s << false << qint64(180000)
                                         << qint64(0) << twoCategories << QString() << QStringList()
                                         << u"do not balance (Expense claim of 李娜: 北京出差)"_s;
}

void tst_VoucherService::expenses()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(QString, paidOn);
    QFETCH(QString, currency);
    QFETCH(bool, deleted);
    QFETCH(qint64, amount);
    QFETCH(qint64, offset);
    QFETCH(QStringList, lines);
    QFETCH(QString, word);
    QFETCH(QStringList, entries);
    QFETCH(QString, error);

    Row expense{{u"kind"_s, kind},           {u"title"_s, u"北京出差"_s},    {u"status"_s, status},
                {u"spent_on"_s, u"2026-11-02"_s}, {u"amount_fen"_s, amount}, {u"currency"_s, currency},
                {u"offset_fen"_s, offset},   {u"repaid_fen"_s, 0},           {u"owner_id"_s, m_requester},
                {u"department_id"_s, m_department}};
    if (!paidOn.isEmpty())
        expense.insert(u"paid_on"_s, paidOn);
    if (kind == u"claim")
        expense.insert(u"for_customer_id"_s, m_customer);
    const QString id = m_replica->create(u"expenses"_s, expense).value(u"id"_s).toString();
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_replica->create(u"expense_lines"_s, Row{{u"expense_id"_s, id},
                                                  {u"line_no"_s, i + 1},
                                                  {u"spent_on"_s, u"2026-11-02"_s},
                                                  {u"category"_s, lines[i].section(u':', 0, 0)},
                                                  {u"amount_fen"_s, lines[i].section(u':', 1).toLongLong()}});
    // A deleted line of the claim counts for nothing.
    if (!lines.isEmpty()) {
        const QString gone = m_replica->create(u"expense_lines"_s, Row{{u"expense_id"_s, id}, {u"line_no"_s, 9},
                                                                       {u"spent_on"_s, u"2026-11-02"_s}, {u"category"_s, u"meals"_s},
                                                                       {u"amount_fen"_s, 99900}})
                                 .value(u"id"_s)
                                 .toString();
        m_replica->remove(u"expense_lines"_s, gone);
    }
    if (deleted)
        m_replica->remove(u"expenses"_s, id);

    VoucherService service(*m_replica);
    const VoucherService::Preview p = service.preview(u"2026-11"_s, VoucherService::Again::No);
    if (!error.isEmpty()) {
        QVERIFY2(p.error.contains(error), qPrintable(p.error));
        QVERIFY(!p.error.contains(id)); // named by what it is, not by its id
        QVERIFY(p.vouchers.isEmpty());
        return;
    }
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    if (word.isEmpty()) {
        QVERIFY(p.vouchers.isEmpty());
        QVERIFY(service.sources(u"2026-11"_s).isEmpty());
        return;
    }
    QCOMPARE(p.vouchers.size(), 1);
    const Voucher &v = p.vouchers.first();
    QCOMPARE(v.sourceTable, u"expenses"_s);
    QCOMPARE(v.sourceId, id);
    QCOMPARE(v.date, QDate::fromString(paidOn, Qt::ISODate));
    QCOMPARE(v.word, word);
    QCOMPARE(v.number, 1);
    QCOMPARE(v.attachments, kind == u"claim" ? 3 : 1); // a claim: one receipt per line
    QStringList got;
    for (const VoucherEntry &e : v.entries)
        got << text(e);
    QCOMPARE(got, entries);
    QVERIFY(v.isBalanced());
    QCOMPARE(p.debit, Money::fromFen(amount));

    // The requester and their department on the debits (and on what the loan settles).
    for (const VoucherEntry &e : v.entries) {
        if (e.accountCode == u"1002")
            continue;
        QCOMPARE(e.person, (VoucherParty{u"lina"_s, u"李娜"_s}));
        QCOMPARE(e.department, (VoucherParty{QString(), u"华东销售部"_s}));
    }
    const VoucherSource s = service.sources(u"2026-11"_s).value(0);
    if (kind == u"claim") {
        QCOMPARE(v.entries[0].summary, u"差旅费 — 北京出差"_s);
        QCOMPARE(v.entries[1].summary, u"餐费 — 北京出差"_s);
        QCOMPARE(v.entries.last().summary, u"Expense claim of 李娜: 北京出差"_s);
        QCOMPARE(s.customer, (VoucherParty{u"91310000MA1FL0XX0X"_s, u"上海恒信精密机械有限公司"_s}));
    } else {
        QCOMPARE(v.entries[0].summary, u"Loan paid to 李娜: 北京出差"_s);
        QVERIFY(s.customer.isEmpty());
    }
}

QTEST_MAIN(tst_VoucherService)
#include "tst_voucherservice.moc"
