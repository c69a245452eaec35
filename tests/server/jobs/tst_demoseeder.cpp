// The demo data of the quick start: an empty store filled once, every row versioned from
// the change log, deliveries on signed contracts and discount approvals in each state that
// hold up under the pipeline's rules — checked in the tables and through the real API.
#include "apifixture.h"
#include "core/approval.h"
#include "core/creditcode.h"
#include "core/numberseries.h"
#include "core/quote.h"
#include "core/timestamp.h"
#include "jobs/demoseeder.h"
#include "jobs/poolreclaimer.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "store/store.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace {

Quote quoteWithLines(Database &db, const QString &id)
{
    const QList<Row> rows = Rows::select(db, u"quotes"_s, u"id = ?"_s, {id});
    if (rows.isEmpty())
        return {};
    Quote q = Rows::from<Quote>(rows.first());
    for (const Row &r : Rows::select(db, u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {id}))
        q.lines << Rows::lineFrom(u"quote_lines"_s, r, q.currency);
    return q;
}

// The one example approval in `status` asked on a draft revision (the others are those the
// data set's sent quotes were sent with).
Row onlyApproval(Database &db, const QString &status)
{
    const QList<Row> rows = Rows::select(db, u"approvals"_s,
                                         u"status = ? AND record_id IN (SELECT id FROM quotes WHERE status = 'draft')"_s, {status});
    return rows.size() == 1 ? rows.first() : Row();
}

QString firstError(const ValidationErrors &errors)
{
    return errors.isEmpty() ? QString() : errors.errors().first().message;
}

QString loginOf(Database &db, const QVariant &userId)
{
    return db.scalar(u"SELECT login FROM users WHERE id = ?"_s, {userId}).toString();
}

} // namespace

class tst_DemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedsAnEmptyStore();
    void deliveriesAndApprovals();
    void quotesPastDraftWereApproved();
    void sameSeedSameApprovals();
    void numbersHaveOneWidth();
    void companySettingsForTheLetterhead();
    void anOverBudgetClaimAsksTheDirectorOnce();
    void clerkSeesTheSalesCustomers();
    void poolStaysAfterTheFirstReclaim();
    void aServiceTeamWithTickets();
    void deliveredHardwareIsTheCustomersAssets();
    void approvalsAndDeliveriesPassTheServerRules(); // last: it decides and sends

private:
    // REST as a demo user (password huike2026), logged in on first use.
    Reply demoUser(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // A real server over the store the demo data goes into (seeding takes a while: every
    // demo user's password is hashed at full cost).
    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
};

Reply tst_DemoSeeder::demoUser(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (!m_tokens.contains(login))
        m_tokens.insert(login, f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, login}, {u"password"_s, u"huike2026"_s}})
                                   .json.value(u"token"_s)
                                   .toString());
    return f->call(method, path, body, m_tokens.value(login));
}

void tst_DemoSeeder::initTestCase()
{
    QString error;
    f = ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
}

void tst_DemoSeeder::seedsAnEmptyStore()
{
    QString error;
    Store &store = f->store();
    DemoSeeder seeder(store);
    qint64 lastDone = 0;
    QVERIFY2(seeder.seed(120, 2026, u"huike2026"_s, &error, [&](qint64 done, qint64) { lastDone = done; }),
             qPrintable(error));
    QCOMPARE(lastDone, 120);
    QCOMPARE(store.customerCount(), 120);
    QVERIFY(store.database().scalar(u"SELECT count(*) FROM contacts"_s).toInt() >= 120);
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM users WHERE login = 'wangfang'"_s).toInt(), 1);
    // Every row has a version from the change log, and demo users can log in.
    for (const QString &table : {u"customers"_s, u"contacts"_s, u"quotes"_s, u"quote_lines"_s, u"approvals"_s, u"deliveries"_s})
        QVERIFY2(store.database().scalar(u"SELECT count(*) FROM %1 WHERE version = 0"_s.arg(table)).toInt() == 0, qPrintable(table));
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM changes WHERE table_name = 'deliveries'"_s).toInt(),
             store.database().scalar(u"SELECT count(*) FROM deliveries"_s).toInt());
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM changes WHERE table_name = 'approvals'"_s).toInt(),
             store.database().scalar(u"SELECT count(*) FROM approvals"_s).toInt());
    QCOMPARE(store.database().scalar(u"SELECT count(*) FROM credentials"_s).toInt(),
             store.database().scalar(u"SELECT count(*) FROM users"_s).toInt());
    // Statistics for the planner (without them it walks every customer for a duplicate
    // check).
    QVERIFY(store.database().tableExists(u"sqlite_stat1"_s));
    for (const QString &table : {u"customers"_s, u"contacts"_s, u"changes"_s})
        QVERIFY2(store.database().scalar(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = ?"_s, {table}).toInt() > 0,
                 qPrintable(table));
    // A second run does not add to a store that has data.
    QVERIFY(!seeder.seed(10, 1, u"x"_s, &error));
    QVERIFY(error.contains(u"empty"_s));
    QCOMPARE(store.customerCount(), 120);
}

void tst_DemoSeeder::deliveriesAndApprovals()
{
    Database &db = f->store().database();
    QCOMPARE(f->store().customerCount(), 120);

    // Deliveries: valid records on signed, running or completed contracts of the same
    // customer and owner, dated within the contract's term; a waybill unless by our van.
    const QList<Row> deliveries = Rows::select(db, u"deliveries"_s, u"1 = 1 ORDER BY id"_s, {});
    QVERIFY(deliveries.size() >= 3);
    for (const Row &d : deliveries) {
        const ValidationErrors errors = Rows::validate(u"deliveries"_s, d);
        QVERIFY2(errors.isEmpty(), qPrintable(firstError(errors)));
        const QList<Row> contracts = Rows::select(db, u"contracts"_s, u"id = ?"_s, {d.value(u"contract_id"_s)});
        QCOMPARE(contracts.size(), 1);
        const Row &k = contracts.first();
        QVERIFY2(QStringList({u"signed"_s, u"executing"_s, u"completed"_s}).contains(k.value(u"status"_s).toString()),
                 qPrintable(k.value(u"status"_s).toString()));
        QCOMPARE(d.value(u"customer_id"_s), k.value(u"customer_id"_s));
        QCOMPARE(d.value(u"owner_id"_s), k.value(u"owner_id"_s));
        QVERIFY(d.value(u"delivered_on"_s).toString() >= k.value(u"sign_date"_s).toString());
        QVERIFY(d.value(u"delivered_on"_s).toString() <= k.value(u"end_date"_s).toString());
        QVERIFY(!d.value(u"description"_s).toString().isEmpty());
        QVERIFY(!d.value(u"carrier"_s).toString().isEmpty());
        QVERIFY(d.value(u"carrier"_s).toString() == u"自有车辆送货" || d.value(u"tracking_number"_s).toString().size() >= 12);
        QVERIFY(!d.value(u"receiver"_s).toString().isEmpty());
    }
    // Every signed, running or completed contract with goods (not only services, software
    // or freight) has had some delivered.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contracts k WHERE k.status IN ('signed', 'executing', 'completed') "
                       u"AND EXISTS (SELECT 1 FROM contract_lines l JOIN products p ON p.id = l.product_id "
                       u"WHERE l.contract_id = k.id AND p.code NOT LIKE 'SVC-%' AND p.code NOT LIKE 'SW-%' AND p.code NOT LIKE 'LOG-%') "
                       u"AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.contract_id = k.id)"_s)
                 .toInt(),
             0);

    // One approval in each state, each on a draft revision of a sent quote that asks for a
    // discount above the threshold (V1 did not need one).
    const Decimal threshold = discountApprovalThreshold(Rows::setting(db, SettingKeys::DiscountApprovalPercent));
    QCOMPARE(threshold, Decimal::fromInteger(10));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM approvals a JOIN quotes q ON q.id = a.record_id WHERE q.status = 'draft'"_s).toInt(), 3);
    for (const QString &status : {u"pending"_s, u"approved"_s, u"rejected"_s}) {
        const Row row = onlyApproval(db, status);
        QVERIFY2(!row.isEmpty(), qPrintable(status));
        const ValidationErrors errors = Rows::validate(u"approvals"_s, row);
        QVERIFY2(errors.isEmpty(), qPrintable(firstError(errors)));
        const Approval a = Rows::from<Approval>(row);
        const Quote q = quoteWithLines(db, a.recordId.toString());
        QCOMPARE(q.status, QuoteStatus::Draft);
        QCOMPARE(q.customerId, a.customerId);
        QVERIFY(q.revision >= 2);
        QVERIFY(q.validate().isEmpty()); // the totals match the lines
        QVERIFY(q.needsApproval(threshold));
        QCOMPARE(a.discountPercent, q.maxDiscount());
        QCOMPARE(a.amount, q.gross);
        const QString previous = db.scalar(u"SELECT id FROM quotes WHERE number = ? AND revision = ?"_s, {q.number, q.revision - 1}).toString();
        const Quote sent = quoteWithLines(db, previous);
        QCOMPARE(sent.status, QuoteStatus::Sent);
        QVERIFY(!sent.needsApproval(threshold));
        QCOMPARE(sent.lines.size(), q.lines.size());
        // Asked by the customer's owner, after the revision was made.
        const QVariant owner = db.scalar(u"SELECT owner_id FROM customers WHERE id = ?"_s, {a.customerId.toString()});
        QCOMPARE(a.meta.createdBy.toString(), owner.toString());
        QCOMPARE(row.value(u"owner_id"_s), owner);
        QVERIFY(a.meta.createdAt > q.meta.createdAt);
        QVERIFY(!a.reason.isEmpty());
        if (a.status == ApprovalStatus::Pending) {
            QVERIFY(a.decidedBy.isNull());
            QVERIFY(a.decidedAt.isEmpty());
            continue;
        }
        // Decided by a manager, director or administrator who did not ask, after the ask.
        const QString role = db.scalar(u"SELECT role FROM users WHERE id = ?"_s, {a.decidedBy.toString()}).toString();
        QVERIFY2(QStringList({u"manager"_s, u"director"_s, u"admin"_s}).contains(role), qPrintable(role));
        QVERIFY(a.decidedBy != a.meta.createdBy);
        QVERIFY(Timestamp::parse(a.decidedAt));
        QVERIFY(a.decidedAt > a.meta.createdAt);
        QVERIFY(!a.comment.isEmpty());
    }
    // The quick start's users see them: chenjing (manager) has the pending request from her
    // team; wangfang (sales) has her approved revision, ready to send.
    const Row pending = onlyApproval(db, u"pending"_s);
    QCOMPARE(db.scalar(u"SELECT m.login FROM users u JOIN users m ON m.id = u.manager_id WHERE u.id = ?"_s,
                       {pending.value(u"created_by"_s)}).toString(),
             u"chenjing"_s);
    QCOMPARE(loginOf(db, onlyApproval(db, u"approved"_s).value(u"created_by"_s)), u"wangfang"_s);
}

// The data set's quotes went out as the rules have it: every one past draft whose largest
// line discount is above the threshold was approved — by someone other than its owner —
// for at least that discount, before it was sent.
void tst_DemoSeeder::quotesPastDraftWereApproved()
{
    Database &db = f->store().database();
    const Decimal threshold = discountApprovalThreshold(Rows::setting(db, SettingKeys::DiscountApprovalPercent));
    QStringList quoteIds;
    for (const Row &r : Rows::select(db, u"quotes"_s, u"status <> 'draft' AND deleted = 0 ORDER BY id"_s, {}))
        quoteIds << r.value(u"id"_s).toString();
    QVERIFY(!quoteIds.isEmpty());
    int needing = 0;
    const QString now = Timestamp::now();
    for (const QString &id : std::as_const(quoteIds)) {
        const Quote q = quoteWithLines(db, id);
        if (!q.needsApproval(threshold))
            continue;
        ++needing;
        const QList<Row> rows = Rows::select(db, u"approvals"_s,
                                             u"record_id = ? AND table_name = 'quotes' AND status = 'approved' AND deleted = 0 "
                                             u"AND discount_pct_e4 >= ? ORDER BY id"_s,
                                             {id, q.maxDiscount().raw()});
        QVERIFY2(!rows.isEmpty(), qPrintable(u"%1 V%2 (%3, %4 %) has no approval"_s.arg(q.number).arg(q.revision)
                                                 .arg(enumCode(q.status), q.maxDiscount().toString())));
        const Approval a = Rows::from<Approval>(rows.first());
        const ValidationErrors errors = Rows::validate(u"approvals"_s, rows.first());
        QVERIFY2(errors.isEmpty(), qPrintable(firstError(errors)));
        QCOMPARE(a.kind, u"discount"_s);
        QCOMPARE(a.customerId, q.customerId);
        QVERIFY(a.discountPercent >= q.maxDiscount());
        QCOMPARE(a.amount, q.gross);
        // Asked by the quote's owner (its creator when the customer is in the pool), decided
        // by a manager, director or administrator who did not ask, not in the future.
        QCOMPARE(a.meta.createdBy, q.meta.ownerId.isNull() ? q.meta.createdBy : q.meta.ownerId);
        QCOMPARE(a.meta.ownerId, q.meta.ownerId);
        QVERIFY(!a.decidedBy.isNull());
        QVERIFY(a.decidedBy != a.meta.createdBy);
        const QString role = db.scalar(u"SELECT role FROM users WHERE id = ?"_s, {a.decidedBy.toString()}).toString();
        QVERIFY2(QStringList({u"manager"_s, u"director"_s, u"admin"_s}).contains(role), qPrintable(role));
        const QVariant manager = db.scalar(u"SELECT manager_id FROM users WHERE id = ?"_s, {a.meta.createdBy.toString()});
        if (!manager.isNull())
            QCOMPARE(a.decidedBy.toString(), manager.toString());
        QVERIFY(a.meta.createdAt >= q.meta.createdAt);
        QVERIFY(a.decidedAt > a.meta.createdAt);
        QVERIFY(a.decidedAt <= now);
        QVERIFY(!a.reason.isEmpty());
        QVERIFY(!a.comment.isEmpty());
    }
    QVERIFY(needing > 0); // the data set has such quotes: the check above checked something
    // And one level change (C4) a rep asked of her manager: B → A, pending.
    const QList<Row> levels = Rows::select(db, u"approvals"_s, u"kind = 'level'"_s, {});
    QCOMPARE(levels.size(), 1);
    const ValidationErrors levelErrors = Rows::validate(u"approvals"_s, levels.first());
    QVERIFY2(levelErrors.isEmpty(), qPrintable(firstError(levelErrors)));
    const Approval level = Rows::from<Approval>(levels.first());
    QCOMPARE(level.status, ApprovalStatus::Pending);
    QCOMPARE(level.tableName, u"customers"_s);
    QCOMPARE(level.recordId, level.customerId);
    QCOMPARE(db.scalar(u"SELECT level FROM customers WHERE id = ?"_s, {level.customerId.toString()}).toString(), level.oldValue);
    QCOMPARE(db.scalar(u"SELECT owner_id FROM customers WHERE id = ?"_s, {level.customerId.toString()}).toString(),
             level.meta.createdBy.toString());
    QCOMPARE(db.scalar(u"SELECT role FROM users WHERE id = ?"_s, {level.meta.createdBy.toString()}).toString(), u"sales"_s);
    QCOMPARE(level.approverId.toString(),
             db.scalar(u"SELECT manager_id FROM users WHERE id = ?"_s, {level.meta.createdBy.toString()}).toString());
    QVERIFY(level.meta.createdAt <= now);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM approvals"_s).toInt(), 3 + needing + 1);
}

// The same seed gives the same demo data, approvals included.
// 客服部: a lead and two agents, the customers' tickets in every state with the history the
// server would have written, overdue ones escalated to the lead; an agent works one over
// REST by the server's rules, and a closed one's survey link opens its page.
// The hardware delivered under the demo contracts is the customers' assets, with serial
// numbers the server would accept (one per product), of the contract's customer, in the
// change log; fault tickets of a customer with assets name one of them.
void tst_DemoSeeder::deliveredHardwareIsTheCustomersAssets()
{
    Database &db = f->store().database();
    const int assets = db.scalar(u"SELECT count(*) FROM assets"_s).toInt();
    QVERIFY2(assets >= 5, qPrintable(QString::number(assets)));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM (SELECT DISTINCT product_id, UPPER(serial_number) FROM assets) x"_s).toInt(), assets);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM assets a JOIN contracts k ON k.id = a.contract_id "
                       u"WHERE k.customer_id <> a.customer_id OR k.status NOT IN ('signed', 'executing', 'completed')"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM assets a JOIN products p ON p.id = a.product_id WHERE p.code LIKE 'SVC-%' OR p.code LIKE 'SW-%'"_s)
                 .toInt(),
             0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM assets WHERE version = 0 OR delivered_on IS NULL"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM products WHERE category IS NULL"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets t JOIN assets a ON a.id = t.asset_id "
                       u"WHERE a.customer_id <> t.customer_id OR a.product_id <> t.product_id"_s).toInt(), 0);
    // A rep reads her customers' assets over REST.
    const QString owner = db.scalar(u"SELECT u.login FROM assets a JOIN users u ON u.id = a.owner_id ORDER BY a.id LIMIT 1"_s).toString();
    const QString customer = db.scalar(u"SELECT a.customer_id FROM assets a ORDER BY a.id LIMIT 1"_s).toString();
    QVERIFY(!owner.isEmpty());
    QVERIFY(!demoUser(owner, "GET", u"/api/v1/assets?limit=50&customer_id="_s + customer).json.value(u"items"_s).toArray().isEmpty());
}

void tst_DemoSeeder::aServiceTeamWithTickets()
{
    Database &db = f->store().database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM users WHERE role = 'service'"_s).toInt(), 3);
    QCOMPARE(db.scalar(u"SELECT m.login FROM users u JOIN users m ON m.id = u.manager_id WHERE u.login = 'wuhao'"_s).toString(),
             u"guoqiang"_s);
    const int tickets = db.scalar(u"SELECT count(*) FROM tickets"_s).toInt();
    QVERIFY2(tickets >= 5, qPrintable(QString::number(tickets)));
    QCOMPARE(db.scalar(u"SELECT count(DISTINCT number) FROM tickets WHERE number LIKE 'FW-____-______'"_s).toInt(), tickets);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets WHERE version = 0 OR response_due IS NULL OR resolution_due IS NULL"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM ticket_events WHERE action = 'logged'"_s).toInt(), tickets);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM ticket_events WHERE version = 0"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets WHERE status = 'closed' AND (closed_at IS NULL OR survey_token IS NULL)"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM tickets WHERE status <> 'new' AND assignee_id IS NULL"_s).toInt(), 0);
    // Service sees every customer's tickets.
    QCOMPARE(demoUser(u"wuhao"_s, "GET", u"/api/v1/tickets?limit=500"_s).json.value(u"items"_s).toArray().size(), tickets);
    // An agent takes a new one (or answers an assigned one) by the server's rules.
    const QString open = db.scalar(u"SELECT id FROM tickets WHERE status IN ('new', 'assigned') ORDER BY id LIMIT 1"_s).toString();
    if (!open.isEmpty()) {
        const QString wuhao = db.scalar(u"SELECT id FROM users WHERE login = 'wuhao'"_s).toString();
        const Reply started = demoUser(u"guoqiang"_s, "PATCH", u"/api/v1/tickets/"_s + open,
                                       {{u"status"_s, u"in_progress"_s}, {u"assigneeId"_s, wuhao}});
        QVERIFY2(started.status == 200, started.body.constData());
    }
    const QString token = db.scalar(u"SELECT survey_token FROM tickets WHERE status = 'closed' ORDER BY id LIMIT 1"_s).toString();
    if (!token.isEmpty())
        QCOMPARE(f->callRaw("GET", u"/survey/"_s + token, {}).status, 200);
}

void tst_DemoSeeder::sameSeedSameApprovals()
{
    QTemporaryDir dir;
    QString error;
    auto other = Store::open({dir.path(), {}}, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(DemoSeeder(*other).seed(120, 2026, u"huike2026"_s, &error), qPrintable(error));
    const QString all = u"1 = 1 ORDER BY id"_s;
    const QList<Row> mine = Rows::select(f->store().database(), u"approvals"_s, all, {});
    const QList<Row> theirs = Rows::select(other->database(), u"approvals"_s, all, {});
    QCOMPARE(theirs.size(), mine.size());
    for (qsizetype i = 0; i < mine.size(); ++i)
        QCOMPARE(theirs[i], mine[i]);
}

// Quote and contract numbers as the client's and the server's (shared/core/numberseries.h:
// six digits), and the server's next number comes after them.
void tst_DemoSeeder::numbersHaveOneWidth()
{
    Database &db = f->store().database();
    const QRegularExpression form(u"^(BJ|HT)-20\\d\\d-\\d{%1}$"_s.arg(NumberSeries::SequenceWidth));
    int checked = 0;
    for (const QString &table : {u"quotes"_s, u"contracts"_s}) {
        QSqlQuery q = db.exec(u"SELECT number FROM %1"_s.arg(table));
        while (q.next()) {
            QVERIFY2(form.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
    const int year = db.scalar(u"SELECT max(substr(number, 4, 4)) FROM contracts"_s).toInt();
    QStringList used;
    QSqlQuery q = db.exec(u"SELECT number FROM contracts"_s);
    while (q.next())
        used << q.value(0).toString();
    const Reply r = demoUser(u"wangfang"_s, "POST", u"/api/v1/numbers/reserve"_s,
                             {{u"series"_s, u"contract"_s}, {u"year"_s, year}, {u"count"_s, 1}});
    QCOMPARE(r.status, 200);
    const QString next = r.json.value(u"numbers"_s).toArray().first().toString();
    QVERIFY2(form.match(next).hasMatch(), qPrintable(next));
    QVERIFY(!used.contains(next));
    QCOMPARE(NumberSeries::sequenceOf(u"contract", year, next).value_or(0), NumberSeries::nextSequence(u"contract", year, used));
}

// The letterhead of quote and contract PDFs: the demo company's name (the seller of the
// contracts), address, phone, bank account and tax number.
void tst_DemoSeeder::companySettingsForTheLetterhead()
{
    Database &db = f->store().database();
    for (QStringView key : {SettingKeys::CompanyName, SettingKeys::CompanyAddress, SettingKeys::CompanyPhone,
                            SettingKeys::CompanyBank, SettingKeys::CompanyTaxNumber, SettingKeys::QuoteTerms}) {
        QVERIFY2(!Rows::setting(db, key).trimmed().isEmpty(), qPrintable(key.toString()));
        // Versioned like any synced row, so every client receives it.
        QVERIFY(db.scalar(u"SELECT version FROM app_settings WHERE key = ?"_s, {key.toString()}).toLongLong() > 0);
    }
    QCOMPARE(Rows::setting(db, SettingKeys::CompanyName),
             db.scalar(u"SELECT party_b FROM contracts ORDER BY id LIMIT 1"_s).toString());
    QVERIFY(CreditCode::isValid(Rows::setting(db, SettingKeys::CompanyTaxNumber)));
    QVERIFY(Rows::setting(db, SettingKeys::CompanyPhone).contains(QRegularExpression(u"^0\\d{2,3}-\\d{7,8}$"_s)));
    // Still one row per key, the approval threshold untouched.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM app_settings"_s).toInt(),
             db.scalar(u"SELECT count(DISTINCT key) FROM app_settings"_s).toInt());
    QCOMPARE(Rows::setting(db, SettingKeys::DiscountApprovalPercent), u"10"_s);
}

// The demo's expense flow and budgets (the example): wangfang's claim of this month
// over her region's entertainment budget, and above ¥5,000, asks her manager, then the
// director — once, though both the amount and the budget call for the director.
void tst_DemoSeeder::anOverBudgetClaimAsksTheDirectorOnce()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Reply r = demoUser(u"wangfang"_s, "POST", u"/api/v1/expenses"_s,
                       {{u"kind"_s, u"claim"_s}, {u"title"_s, u"北京客户拜访差旅及宴请"_s}, {u"spentOn"_s, today}, {u"amount"_s, u"9280.00"_s}});
    QCOMPARE(r.status, 201);
    const QString id = r.json.value(u"id"_s).toString();
    int lineNo = 0;
    for (const auto &[category, amount] : {std::pair(u"travel"_s, u"3680.00"_s), std::pair(u"entertainment"_s, u"5600.00"_s)})
        QCOMPARE(demoUser(u"wangfang"_s, "POST", u"/api/v1/expense-lines"_s,
                          {{u"expenseId"_s, id}, {u"lineNo"_s, ++lineNo}, {u"spentOn"_s, today}, {u"category"_s, category}, {u"amount"_s, amount}})
                     .status,
                 201);
    r = demoUser(u"wangfang"_s, "PATCH", u"/api/v1/expenses/"_s + id, {{u"status"_s, u"pending"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"overBudget"_s).toBool(), true); // entertainment: ¥5,600.00 of ¥5,000.00
    r = demoUser(u"admin"_s, "GET", u"/api/v1/expense-steps?expense_id="_s + id);
    QCOMPARE(r.status, 200);
    QStringList steps;
    for (const QJsonValue &s : r.json.value(u"items"_s).toArray())
        steps << u"%1 %2 %3"_s.arg(s[u"stepNo"_s].toInt()).arg(s[u"name"_s].toString(), s[u"status"_s].toString());
    QCOMPARE(steps, (QStringList{u"1 部门经理审批 pending"_s, u"2 总监审批 waiting"_s}));
    Database &db = f->store().database();
    QCOMPARE(db.scalar(u"SELECT m.login FROM expense_steps s JOIN users m ON m.id = s.approver_ids WHERE s.expense_id = ? AND s.step_no = 1"_s,
                       {id})
                 .toString(),
             u"liuyang"_s);
}

// The clerk of the quick start (sunli, 商务部) serves the sales department: she sees its
// customers and their contracts, never the pool, and changes none of the customers.
void tst_DemoSeeder::clerkSeesTheSalesCustomers()
{
    Database &db = f->store().database();
    Reply r = demoUser(u"sunli"_s, "GET", u"/api/v1/customers?limit=500"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json.value(u"items"_s).toArray();
    const int owned = db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND owner_id IS NOT NULL"_s).toInt();
    QCOMPARE(items.size(), owned);
    for (const QJsonValue &c : items)
        QVERIFY(!c.toObject().value(u"ownerId"_s).isNull());
    r = demoUser(u"sunli"_s, "GET", u"/api/v1/contracts?limit=5"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.value(u"items"_s).toArray().isEmpty());
    const QString customer = items.first().toObject().value(u"id"_s).toString();
    QCOMPARE(demoUser(u"sunli"_s, "PATCH", u"/api/v1/customers/"_s + customer, {{u"level"_s, u"a"_s}}).status, 403);
    // Her own department is kept.
    QVERIFY(db.scalar(u"SELECT count(*) FROM user_departments ud JOIN users u ON u.id = ud.user_id "
                      u"JOIN departments d ON d.id = ud.department_id WHERE u.login = 'sunli' AND d.path = '商务部'"_s)
                .toInt()
            == 1);
}

// A realistic pool right after the demo is seeded — a few in a hundred customers unowned,
// the rest owned by the reps — and still so after the server's first reclaim runs, and a
// month later (the rule counts from its start on the store).
void tst_DemoSeeder::poolStaysAfterTheFirstReclaim()
{
    Database &db = f->store().database();
    const auto poolSize = [&] {
        return db.scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND owner_id IS NULL"_s).toInt();
    };
    const int total = int(f->store().customerCount());
    const int pool = poolSize();
    QVERIFY2(pool * 100 >= total * 4 && pool * 100 <= total * 12, qPrintable(u"%1 of %2"_s.arg(pool).arg(total)));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE owner_id IS NULL AND department_id IS NOT NULL"_s).toInt(), 0);
    // Most of the data set's activities are far older than the 90 days of the rule.
    QVERIFY(db.scalar(u"SELECT count(*) FROM customers WHERE owner_id IS NOT NULL AND "
                      u"COALESCE(last_activity_at, created_at) < '2026-08-01'"_s).toInt()
            > (total - pool) / 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PoolReclaimer reclaimer(db);
    QCOMPARE(reclaimer.run(90, Timestamp::toText(now)), 0);
    QCOMPARE(reclaimer.run(90, Timestamp::toText(now.addDays(1))), 0);
    QCOMPARE(reclaimer.run(90, Timestamp::toText(now.addDays(30))), 0);
    QCOMPARE(poolSize(), pool);
}

void tst_DemoSeeder::approvalsAndDeliveriesPassTheServerRules()
{
    Database &db = f->store().database();
    QCOMPARE(f->store().customerCount(), 120);
    QHash<QString, QString> tokens;
    const auto as = [&](const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        if (!tokens.contains(login))
            tokens.insert(login, f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, login}, {u"password"_s, u"huike2026"_s}})
                                     .json.value(u"token"_s).toString());
        return f->call(method, u"/api/v1/"_s + path, body, tokens.value(login));
    };

    const Row pending = onlyApproval(db, u"pending"_s);
    const Row approved = onlyApproval(db, u"approved"_s);
    const Row rejected = onlyApproval(db, u"rejected"_s);
    QVERIFY(!pending.isEmpty() && !approved.isEmpty() && !rejected.isEmpty());

    // Pending: its requester's manager sees it and decides it; until then the revision
    // cannot be sent, and the requester cannot approve their own request.
    const QString pendingId = pending.value(u"id"_s).toString();
    const QString pendingQuote = pending.value(u"record_id"_s).toString();
    const QString requester = loginOf(db, pending.value(u"created_by"_s));
    const QString manager = db.scalar(u"SELECT m.login FROM users u JOIN users m ON m.id = u.manager_id WHERE u.id = ?"_s,
                                      {pending.value(u"created_by"_s)}).toString();
    QCOMPARE(as(manager, "GET", u"approvals/"_s + pendingId).status, 200);
    QCOMPARE(as(requester, "PATCH", u"quotes/"_s + pendingQuote, {{u"status"_s, u"sent"_s}}).errorCode(), u"approval_required"_s);
    QCOMPARE(as(requester, "PATCH", u"approvals/"_s + pendingId, {{u"status"_s, u"approved"_s}}).status, 403);
    Reply r = as(manager, "PATCH", u"approvals/"_s + pendingId, {{u"status"_s, u"approved"_s}, {u"comment"_s, u"同意"_s}});
    QVERIFY2(r.status == 200, r.body.constData());
    r = as(requester, "PATCH", u"quotes/"_s + pendingQuote, {{u"status"_s, u"sent"_s}});
    QVERIFY2(r.status == 200, r.body.constData());

    // Approved: its owner sends the revision as it is.
    r = as(loginOf(db, approved.value(u"created_by"_s)), "PATCH", u"quotes/"_s + approved.value(u"record_id"_s).toString(),
           {{u"status"_s, u"sent"_s}});
    QVERIFY2(r.status == 200, r.body.constData());

    // Rejected: the revision stays unsendable and the decision is kept.
    QCOMPARE(as(loginOf(db, rejected.value(u"created_by"_s)), "PATCH", u"quotes/"_s + rejected.value(u"record_id"_s).toString(),
                {{u"status"_s, u"sent"_s}})
                 .errorCode(),
             u"approval_required"_s);
    QCOMPARE(as(loginOf(db, rejected.value(u"decided_by"_s)), "PATCH", u"approvals/"_s + rejected.value(u"id"_s).toString(),
                {{u"status"_s, u"approved"_s}})
                 .errorCode(),
             u"document_locked"_s);

    // The approval an accepted quote was sent with is in its requester's and decider's scope.
    const QList<Row> past = Rows::select(db, u"approvals"_s,
                                         u"status = 'approved' AND owner_id IS NOT NULL AND record_id IN "
                                         u"(SELECT id FROM quotes WHERE status = 'accepted') ORDER BY id LIMIT 1"_s, {});
    QCOMPARE(past.size(), 1);
    for (const QString &who : {u"created_by"_s, u"decided_by"_s}) {
        r = as(loginOf(db, past.first().value(who)), "GET", u"approvals/"_s + past.first().value(u"id"_s).toString());
        QVERIFY2(r.status == 200, qPrintable(who + u": "_s + QString::fromUtf8(r.body)));
    }

    // Deliveries: each one is in its owner's scope and passes the rules again when edited.
    const QList<Row> deliveries = Rows::select(db, u"deliveries"_s, u"1 = 1 ORDER BY id"_s, {});
    QVERIFY(!deliveries.isEmpty());
    for (const Row &d : deliveries) {
        const QString owner = d.value(u"owner_id"_s).isNull() ? u"admin"_s : loginOf(db, d.value(u"owner_id"_s));
        r = as(owner, "PATCH", u"deliveries/"_s + d.value(u"id"_s).toString(), {{u"note"_s, u"已核对签收单"_s}});
        QVERIFY2(r.status == 200, qPrintable(owner + u": "_s + QString::fromUtf8(r.body)));
    }
}

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_demoseeder.moc"
