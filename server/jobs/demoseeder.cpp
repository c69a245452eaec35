#include "jobs/demoseeder.h"

#include "auth/passwordhasher.h"
#include "core/approval.h"
#include "core/approvalflow.h"
#include "core/creditcode.h"
#include "core/quote.h"
#include "core/timestamp.h"
#include "dataset/writer.h"
#include "jobs/demoassets.h"
#include "jobs/demotickets.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/approvalsteps.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Inserts the row as it is; the change-log pass at the end gives it its version.
void insert(Database &db, const QString &table, const Row &row)
{
    QStringList columns;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        values << it.value();
    }
    db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)),
            values);
}

// A UUIDv7 for a moment of the demo's past, reproducible for a seed.
Id idAt(QRandomGenerator &rng, const QDateTime &at)
{
    return Id::fromParts(std::uint64_t(at.toMSecsSinceEpoch()), std::uint16_t(rng.bounded(4096)), rng.generate64() >> 2);
}

RecordMeta metaAt(QRandomGenerator &rng, const QDateTime &at, const QString &owner, const QString &author)
{
    RecordMeta m;
    m.id = idAt(rng, at);
    m.ownerId = Id::fromString(owner).value_or(Id());
    m.createdAt = m.updatedAt = Timestamp::toText(at);
    m.createdBy = m.updatedBy = Id::fromString(author).value_or(Id());
    return m;
}

struct Carrier
{
    const char16_t *name;
    const char *prefix;
    int digits; // 0: no waybill (our own van)
};

const std::array<Carrier, 5> Carriers{{{u"顺丰速运", "SF", 13},
                                       {u"京东物流", "JDX", 12},
                                       {u"中通快递", "78", 12},
                                       {u"德邦快递", "DPK", 12},
                                       {u"自有车辆送货", "", 0}}};

// 发货记录: the goods of every signed, running or completed contract, shipped in one or two
// lots a few days after signing (a running contract has had its first lot), received by
// the customer's primary contact. Services, software licences and freight are not shipped.
qint64 seedDeliveries(Database &db, QRandomGenerator &rng)
{
    struct Signed
    {
        QString id, customerId, ownerId, author, status, signDate, endDate, receiver;
    };
    QList<Signed> contracts;
    {
        QSqlQuery q = db.exec(
            u"SELECT k.id, k.customer_id, k.owner_id, k.created_by, k.status, k.sign_date, k.end_date, "
            u"(SELECT t.name FROM contacts t WHERE t.customer_id = k.customer_id AND t.deleted = 0 "
            u"ORDER BY t.is_primary DESC, t.created_at, t.id LIMIT 1) "
            u"FROM contracts k WHERE k.deleted = 0 AND k.status IN ('signed', 'executing', 'completed') "
            u"AND k.sign_date IS NOT NULL ORDER BY k.id"_s);
        while (q.next())
            contracts << Signed{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    }
    qint64 written = 0;
    for (const Signed &k : std::as_const(contracts)) {
        QStringList goods;
        QSqlQuery q = db.exec(u"SELECT l.description, l.quantity_e4, l.unit FROM contract_lines l "
                              u"LEFT JOIN products p ON p.id = l.product_id "
                              u"WHERE l.contract_id = ? AND l.deleted = 0 AND (p.code IS NULL OR "
                              u"(p.code NOT LIKE 'SVC-%' AND p.code NOT LIKE 'SW-%' AND p.code NOT LIKE 'LOG-%')) "
                              u"ORDER BY l.line_no"_s,
                              {k.id});
        while (q.next())
            goods << u"%1 × %2 %3"_s.arg(q.value(0).toString(), Decimal::fromRaw(q.value(1).toLongLong()).toString(),
                                         q.value(2).toString())
                         .trimmed();
        q = QSqlQuery();
        if (goods.isEmpty())
            continue;
        QList<QStringList> lots{goods};
        if (goods.size() > 1 && rng.bounded(2) == 0)
            lots = {goods.mid(0, (goods.size() + 1) / 2), goods.mid((goods.size() + 1) / 2)};
        if (k.status != u"completed")
            lots.resize(1); // the rest is still to come
        const QDate end = QDate::fromString(k.endDate, Qt::ISODate);
        QDate on = QDate::fromString(k.signDate, Qt::ISODate);
        for (qsizetype n = 0; n < lots.size(); ++n) {
            on = on.addDays(n == 0 ? rng.bounded(3, 13) : rng.bounded(7, 31));
            if (end.isValid() && on > end)
                on = end;
            const Carrier &carrier = Carriers[rng.bounded(int(Carriers.size()))];
            QString waybill;
            if (carrier.digits > 0) {
                waybill = QString::fromLatin1(carrier.prefix);
                for (int i = 0; i < carrier.digits; ++i)
                    waybill += QChar(char16_t(u'0' + rng.bounded(10)));
            }
            DeliveryRecord d;
            d.meta = metaAt(rng, QDateTime(on, QTime(1, 30), Qt::UTC), k.ownerId, k.author);
            d.customerId = Id::fromString(k.customerId).value_or(Id());
            d.contractId = Id::fromString(k.id).value_or(Id());
            d.deliveredOn = on.toString(Qt::ISODate);
            d.description = lots[n].join(u"，"_s).left(500);
            d.carrier = QString::fromUtf16(carrier.name);
            d.trackingNumber = waybill;
            d.receiver = k.receiver.left(40);
            if (carrier.digits == 0)
                d.note = u"送货上门，签收单已回传"_s;
            insert(db, u"deliveries"_s, Rows::toRow(d));
            ++written;
        }
    }
    return written;
}

// An approval decided by `decider` at `at`, with their comment (also its last change).
void decide(Approval &a, const QString &decider, const QDateTime &at, const QString &comment)
{
    a.decidedBy = Id::fromString(decider).value_or(Id());
    a.decidedAt = Timestamp::toText(at);
    a.comment = comment;
    a.meta.updatedAt = a.decidedAt;
    a.meta.updatedBy = a.decidedBy;
}

// Discount approvals (审批) as the rules have them (server/api/pipelinerules.h): three
// recent sent quotes get a draft revision whose first line's discount is above the
// threshold, each with its request from the quote's owner — one pending for the owner's
// manager (preferably chenjing's team, the manager of the quick start), one approved
// (preferably wangfang's, the quick start's sales rep: ready to send), one rejected.
int seedApprovals(Database &db, QRandomGenerator &rng)
{
    const Decimal threshold = discountApprovalThreshold(Rows::setting(db, SettingKeys::DiscountApprovalPercent));
    const Decimal hundred = Decimal::fromInteger(100);
    if (threshold >= hundred)
        return 0; // no discount is above it
    const Decimal asked = std::min(threshold + Decimal::fromInteger(5), hundred);

    struct Candidate
    {
        QString quoteId, ownerId, ownerLogin, managerId, managerLogin;
    };
    QList<Candidate> candidates;
    {
        QSqlQuery q = db.exec(
            u"SELECT q.id, c.owner_id, u.login, m.id, m.login FROM quotes q "
            u"JOIN customers c ON c.id = q.customer_id AND c.deleted = 0 "
            u"JOIN users u ON u.id = c.owner_id "
            u"LEFT JOIN users m ON m.id = u.manager_id AND m.disabled = 0 AND m.role IN ('manager', 'director', 'admin') "
            u"WHERE q.deleted = 0 AND q.status = 'sent' "
            u"AND NOT EXISTS (SELECT 1 FROM quotes r WHERE r.number = q.number AND r.revision > q.revision) "
            u"ORDER BY q.created_at DESC, q.id"_s);
        while (q.next())
            candidates << Candidate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()};
    }
    const QString director = db.scalar(u"SELECT id FROM users WHERE role = 'director' AND disabled = 0 ORDER BY login LIMIT 1"_s).toString();

    struct Wish
    {
        ApprovalStatus status;
        const char *ownerLogin;   // preferred owner of the quote, or null
        const char *managerLogin; // preferred deciding manager, or null
        const char16_t *reason;
        const char16_t *comment;
    };
    const std::array<Wish, 3> wishes{{
        {ApprovalStatus::Pending, nullptr, "chenjing", u"客户在与两家供应商比价，对方报价低约 8%，申请特价以锁定本季度订单。", nullptr},
        {ApprovalStatus::Approved, "wangfang", nullptr, u"老客户追加采购，承诺预付 50%，申请特别折扣。", u"同意。本次为特例，后续订单按标准折扣执行。"},
        {ApprovalStatus::Rejected, nullptr, "chenjing", u"客户要求再降价，否则考虑其他品牌。", u"折扣超出授权范围，请与客户沟通，控制在 %1% 以内后重新报价。"},
    }};
    QSet<QString> used;
    int written = 0;
    for (const Wish &wish : wishes) {
        // The preferred quote first, then any other; only quotes that did not need an
        // approval themselves, so the revision is what asks for it.
        QList<const Candidate *> order;
        for (const Candidate &c : std::as_const(candidates))
            if ((wish.ownerLogin && c.ownerLogin == QLatin1String(wish.ownerLogin))
                || (wish.managerLogin && c.managerLogin == QLatin1String(wish.managerLogin)))
                order << &c;
        for (const Candidate &c : std::as_const(candidates))
            order << &c;
        for (const Candidate *c : std::as_const(order)) {
            if (used.contains(c->quoteId))
                continue;
            used.insert(c->quoteId);
            const QList<Row> rows = Rows::select(db, u"quotes"_s, u"id = ?"_s, {c->quoteId});
            if (rows.isEmpty())
                continue;
            Quote sent = Rows::from<Quote>(rows.first());
            for (const Row &r : Rows::select(db, u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {c->quoteId}))
                sent.lines << Rows::lineFrom(u"quote_lines"_s, r, sent.currency);
            const auto sentAt = Timestamp::parse(sent.meta.createdAt);
            if (sent.lines.isEmpty() || sent.needsApproval(threshold) || !sentAt)
                continue;
            const QString decider = c->managerId.isEmpty() ? director : c->managerId;
            if (wish.status != ApprovalStatus::Pending && decider.isEmpty())
                continue;

            // The revision, asking for more on its first line.
            const QDateTime revisedAt = sentAt->addDays(3).addSecs(rng.bounded(3600, 8 * 3600));
            Quote revision = sent;
            revision.meta = metaAt(rng, revisedAt, c->ownerId, c->ownerId);
            revision.revision = sent.revision + 1;
            revision.status = QuoteStatus::Draft;
            revision.validUntil = revisedAt.date().addDays(30).toString(Qt::ISODate);
            revision.lines.first().discountPercent = std::max(revision.lines.first().discountPercent, asked);
            for (qsizetype i = 0; i < revision.lines.size(); ++i) {
                LineItem &line = revision.lines[i];
                line.meta = metaAt(rng, revisedAt, c->ownerId, c->ownerId);
                line.documentId = revision.meta.id;
                line.lineNo = int(i + 1);
            }
            revision.recalculate();
            if (!revision.validate().isEmpty() || !revision.needsApproval(threshold))
                continue;
            insert(db, u"quotes"_s, Rows::toRow(revision));
            for (const LineItem &line : std::as_const(revision.lines))
                insert(db, u"quote_lines"_s, Rows::toRow(u"quote_lines"_s, line));

            // The owner's request, decided a day later by their manager (the server stamps
            // decided_by and decided_at when a decision arrives; here they are written).
            const QDateTime askedAt = revisedAt.addSecs(20 * 60);
            Approval a;
            a.meta = metaAt(rng, askedAt, c->ownerId, c->ownerId);
            a.customerId = revision.customerId;
            a.recordId = revision.meta.id;
            a.discountPercent = revision.maxDiscount();
            a.amount = revision.gross;
            a.reason = QString::fromUtf16(wish.reason);
            a.status = wish.status;
            if (wish.status != ApprovalStatus::Pending) {
                const QDateTime decidedAt = askedAt.addSecs(rng.bounded(18 * 3600, 30 * 3600));
                decide(a, decider, decidedAt, QString::fromUtf16(wish.comment).replace(u"%1"_s, threshold.toString()));
            }
            if (!a.validate().isEmpty())
                continue;
            insert(db, u"approvals"_s, Rows::toRow(a));
            ++written;
            break;
        }
    }
    return written;
}

// A rep's level change waiting for her manager (C4): the demo's 待我审批 shows one beside the
// discounts. A sales rep of chenjing's (the demo's manager login; else the first rep with a
// manager) asks to raise a B customer of hers to A; the server names the approver, her manager. Returns the requests written (0 or 1).
int seedLevelRequest(Database &db, QRandomGenerator &rng)
{
    QSqlQuery q = db.exec(u"SELECT c.id, c.owner_id, m.id FROM customers c JOIN users u ON u.id = c.owner_id "
                          u"JOIN users m ON m.id = u.manager_id AND m.disabled = 0 AND m.role IN ('manager', 'director', 'admin') "
                          u"WHERE c.deleted = 0 AND c.level = 'b' AND u.role = 'sales' AND u.disabled = 0 "
                          u"ORDER BY CASE m.login WHEN 'chenjing' THEN 0 ELSE 1 END, u.login, c.created_at DESC, c.id LIMIT 1"_s);
    if (!q.next())
        return 0;
    // Asked after the data set's last activity (its "now"), the same for a seed.
    const auto last = Timestamp::parse(db.scalar(u"SELECT max(created_at) FROM activities"_s).toString());
    const QDateTime askedAt = (last ? *last : QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)).addSecs(rng.bounded(600, 3600));
    Approval a;
    a.meta = metaAt(rng, askedAt, q.value(1).toString(), q.value(1).toString());
    a.customerId = Id::fromString(q.value(0).toString()).value_or(Id());
    a.tableName = u"customers"_s;
    a.recordId = a.customerId;
    a.kind = u"level"_s;
    a.oldValue = u"b"_s;
    a.newValue = u"a"_s;
    a.approverId = Id::fromString(q.value(2).toString()).value_or(Id());
    a.reason = u"近 12 个月回款超过 300 万，已签三年框架协议，申请升为 A 级重点客户。"_s;
    if (!a.validate().isEmpty())
        return 0;
    insert(db, u"approvals"_s, Rows::toRow(a));
    return 1;
}

// The approvals the quotes of the data set would have needed: a quote past draft (sent,
// accepted, rejected, expired) whose largest line discount is above the threshold was
// only sent because a manager approved it (PipelineRules::checkQuote). Each one without
// an approved approval covering that discount gets it: asked by the quote's owner (its
// creator for a pool customer's) shortly after the quote was made, decided a few hours
// later — before it went out — by the owner's manager, or a director or administrator
// who is not the owner when there is none.
int seedPastApprovals(Database &db, QRandomGenerator &rng)
{
    const Decimal threshold = discountApprovalThreshold(Rows::setting(db, SettingKeys::DiscountApprovalPercent));
    if (threshold >= Decimal::fromInteger(100))
        return 0; // no discount is above it

    QStringList quoteIds;
    {
        QSqlQuery q = db.exec(u"SELECT q.id FROM quotes q WHERE q.deleted = 0 AND q.status <> 'draft' "
                              u"AND EXISTS (SELECT 1 FROM quote_lines l WHERE l.quote_id = q.id AND l.deleted = 0 "
                              u"AND l.discount_pct_e4 > ?) ORDER BY q.created_at, q.id"_s,
                              {threshold.raw()});
        while (q.next())
            quoteIds << q.value(0).toString();
    }

    // Who decides a user's requests: their manager, else a director, else an administrator;
    // never the user.
    QHash<QString, QString> deciders;
    const auto deciderFor = [&](const QString &requester) {
        auto it = deciders.constFind(requester);
        if (it != deciders.cend())
            return *it;
        QString decider = db.scalar(u"SELECT m.id FROM users u JOIN users m ON m.id = u.manager_id "
                                    u"WHERE u.id = ? AND m.id <> u.id AND m.disabled = 0 "
                                    u"AND m.role IN ('manager', 'director', 'admin')"_s,
                                    {requester}).toString();
        if (decider.isEmpty())
            decider = db.scalar(u"SELECT id FROM users WHERE id <> ? AND disabled = 0 AND role IN ('director', 'admin') "
                                u"ORDER BY CASE role WHEN 'director' THEN 0 ELSE 1 END, login LIMIT 1"_s,
                                {requester}).toString();
        deciders.insert(requester, decider);
        return decider;
    };

    static constexpr std::array<const char16_t *, 6> Reasons{
        u"客户批量采购，申请特别折扣以促成签约。",
        u"竞争对手报价更低，申请折扣以保住订单。",
        u"老客户续购，按年度合作框架申请优惠价格。",
        u"行业标杆项目，申请战略价格以便后续推广。",
        u"季度末冲刺，客户承诺签约后一周内预付款。",
        u"客户预算有限，部分产品申请让利以整体成交。",
    };
    static constexpr std::array<const char16_t *, 5> Comments{
        u"同意，请尽快发出报价。",
        u"同意。本次为特例，后续订单按标准折扣执行。",
        u"已核实客户情况，同意此折扣。",
        u"同意，注意控制整体毛利。",
        u"同意，请在报价有效期内跟进签约。",
    };

    int written = 0;
    for (const QString &quoteId : std::as_const(quoteIds)) {
        const QList<Row> rows = Rows::select(db, u"quotes"_s, u"id = ?"_s, {quoteId});
        if (rows.isEmpty())
            continue;
        Quote quote = Rows::from<Quote>(rows.first());
        for (const Row &r : Rows::select(db, u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {quoteId}))
            quote.lines << Rows::lineFrom(u"quote_lines"_s, r, quote.currency);
        if (!quote.needsApproval(threshold))
            continue;
        const Decimal discount = quote.maxDiscount();
        if (db.scalar(u"SELECT count(*) FROM approvals WHERE record_id = ? AND table_name = 'quotes' "
                      u"AND status = 'approved' AND deleted = 0 AND discount_pct_e4 >= ?"_s,
                      {quoteId, discount.raw()}).toLongLong() > 0)
            continue;
        const Id requesterId = quote.meta.ownerId.isNull() ? quote.meta.createdBy : quote.meta.ownerId;
        const auto createdAt = Timestamp::parse(quote.meta.createdAt);
        if (requesterId.isNull() || !createdAt)
            continue;
        const QString requester = requesterId.toString();
        const QString decider = deciderFor(requester);
        if (decider.isEmpty())
            continue;

        const QDateTime askedAt = createdAt->addSecs(rng.bounded(10 * 60, 60 * 60));
        const QDateTime decidedAt = askedAt.addSecs(rng.bounded(3600, 5 * 3600));
        Approval a;
        a.meta = metaAt(rng, askedAt, quote.meta.ownerId.isNull() ? QString() : quote.meta.ownerId.toString(), requester);
        a.customerId = quote.customerId;
        a.recordId = quote.meta.id;
        a.discountPercent = discount;
        a.amount = quote.gross;
        a.reason = QString::fromUtf16(Reasons[rng.bounded(int(Reasons.size()))]);
        a.status = ApprovalStatus::Approved;
        decide(a, decider, decidedAt, QString::fromUtf16(Comments[rng.bounded(int(Comments.size()))]));
        if (!a.validate().isEmpty())
            continue;
        insert(db, u"approvals"_s, Rows::toRow(a));
        ++written;
    }
    return written;
}

// The company's settings (app_settings) the quote and contract PDFs print on their
// letterhead (app/ui/documentpdf.cpp), and the default terms of a new quote: the demo
// company is the seller (乙方) of the data set's contracts. Written through RecordWriter,
// so they are versioned and audited like an administrator's.
void seedCompanySettings(Database &db)
{
    const QString taxFirst17 = u"91330108MA2H8K6Q1"_s;
    const std::array<std::pair<QStringView, QString>, 6> values{{
        {SettingKeys::CompanyName, u"汇客演示科技有限公司"_s},
        {SettingKeys::CompanyAddress, u"浙江省杭州市滨江区江南大道 3688 号汇客大厦 12 层"_s},
        {SettingKeys::CompanyPhone, u"0571-86886688"_s},
        {SettingKeys::CompanyBank, u"中国工商银行杭州高新支行 1202 0212 0990 0123 456"_s},
        {SettingKeys::CompanyTaxNumber, taxFirst17 + CreditCode::checkCharacter(taxFirst17)},
        {SettingKeys::QuoteTerms, u"报价有效期 30 天；含运输及安装；付款方式：合同签订后预付 30%，验收后付清。"_s},
    }};
    const QString admin = db.scalar(u"SELECT id FROM users WHERE role = 'admin' AND disabled = 0 ORDER BY login LIMIT 1"_s).toString();
    RecordWriter writer(db);
    for (const auto &[key, value] : values) {
        const QVariant id = db.scalar(u"SELECT id FROM app_settings WHERE key = ? AND deleted = 0"_s, {key.toString()});
        if (id.isValid())
            writer.update(u"app_settings"_s, id.toString(), Row{{u"value"_s, value}}, admin);
        else
            writer.insert(u"app_settings"_s, Row{{u"key"_s, key.toString()}, {u"value"_s, value}}, admin);
    }
}

// The flows of expenses and loans the issue's example describes (W2) — the requester's
// manager; the director above ¥5,000 or over budget; an administrator above ¥50,000 — and
// each sales region's travel and entertainment budgets for this month and the last, so
// that a demo claim shows the budget used and left and 超预算 asks the director.
void seedExpenseSettings(Database &db)
{
    const QString admin = db.scalar(u"SELECT id FROM users WHERE role = 'admin' AND disabled = 0 ORDER BY login LIMIT 1"_s).toString();
    RecordWriter writer(db);
    const QString expense = uR"({"steps": [{"name": "部门经理审批", "by": "manager"},
        {"name": "总监审批", "by": "roles", "roles": ["director"], "above": "5000.00"},
        {"name": "总经理审批", "by": "roles", "roles": ["admin"], "above": "50000.00"},
        {"name": "超预算审批", "by": "roles", "roles": ["director"], "overBudget": true}]})"_s;
    const QString loan = uR"({"steps": [{"name": "部门经理审批", "by": "manager"},
        {"name": "总监审批", "by": "roles", "roles": ["director"], "above": "5000.00"}]})"_s;
    for (const auto &[kind, flow] : {std::pair(u"expense"_s, expense), std::pair(u"loan"_s, loan)})
        writer.insert(u"app_settings"_s, Row{{u"key"_s, approvalFlowKey(kind)}, {u"value"_s, ApprovalFlow::fromJson(flow)->toJson()}},
                      admin);
    const QDate today = QDate::currentDate();
    QSqlQuery regions = db.exec(u"SELECT d.id FROM departments d JOIN departments p ON p.id = d.parent_id "
                                u"WHERE p.name = '销售部' AND d.deleted = 0 ORDER BY d.name"_s);
    QStringList ids;
    while (regions.next())
        ids << regions.value(0).toString();
    for (const QString &department : std::as_const(ids))
        for (const QDate month : {today.addMonths(-1), today})
            for (const auto &[category, fen] : {std::pair(u"travel"_s, qint64(1'000'000)), std::pair(u"entertainment"_s, qint64(500'000))})
                writer.insert(u"budgets"_s,
                              Row{{u"department_id"_s, department},
                                  {u"period"_s, month.toString(u"yyyy-MM"_s)},
                                  {u"category"_s, category},
                                  {u"amount_fen"_s, fen}},
                              admin);
}

// The engine's steps of the requests waiting (W2), from the flows in force (the defaults:
// the server's rules as one step), as the server makes them when a request is asked, at
// the time it was asked — the same for a seed.
void seedApprovalSteps(Database &db, QRandomGenerator &rng)
{
    ApprovalSteps steps(db);
    for (const Row &a : Rows::select(db, u"approvals"_s, u"status = 'pending' AND deleted = 0 ORDER BY id"_s, {})) {
        const QList<ApprovalSlot> slotList = steps.plan(u"approvals"_s, a, QString());
        const auto asked = Timestamp::parse(a.value(u"created_at"_s).toString());
        if (!asked)
            continue;
        for (const ApprovalSlot &slot : slotList) {
            const RecordMeta meta = metaAt(rng, *asked, a.value(u"owner_id"_s).toString(), a.value(u"created_by"_s).toString());
            const Row r{{u"id"_s, meta.id.toString()},
                        {u"owner_id"_s, a.value(u"owner_id"_s)},
                        {u"created_at"_s, meta.createdAt},
                        {u"updated_at"_s, meta.updatedAt},
                        {u"created_by"_s, a.value(u"created_by"_s)},
                        {u"updated_by"_s, a.value(u"created_by"_s)},
                        {u"customer_id"_s, a.value(u"customer_id"_s)},
                        {u"approval_id"_s, a.value(u"id"_s)},
                        {u"step_no"_s, slot.stepNo},
                        {u"name"_s, slot.name.isEmpty() ? QVariant() : QVariant(slot.name)},
                        {u"approver_ids"_s, slot.approverIds.isEmpty() ? QVariant() : QVariant(slot.approverIds.join(u','))},
                        {u"approver_roles"_s, slot.approverRoles.isEmpty() ? QVariant() : QVariant(slot.approverRoles.join(u','))},
                        {u"status"_s, slot.status},
                        {u"note"_s, slot.note.isEmpty() ? QVariant() : QVariant(slot.note)},
                        {u"timeout_hours"_s, slot.timeoutHours},
                        {u"pending_since"_s, slot.status == u"pending" ? a.value(u"created_at"_s) : QVariant()}};
            insert(db, u"approval_steps"_s, r);
        }
        const Row fields = ApprovalSteps::requestFields(slotList);
        db.exec(u"UPDATE approvals SET step_no = ?, approver_id = ? WHERE id = ?"_s,
                {fields.value(u"step_no"_s), fields.value(u"approver_id"_s), a.value(u"id"_s)});
    }
}

} // namespace

DemoSeeder::DemoSeeder(Store &store) : m_store(store) { }

bool DemoSeeder::seed(qint64 customers, quint64 seed, const QString &password, QString *error,
                      const Progress &progress)
{
    try {
        Database &db = m_store.database();
        if (db.scalar(u"SELECT count(*) FROM users"_s).toLongLong() > 0) {
            if (error)
                *error = u"the store already has users; demo data is only added to an empty store"_s;
            return false;
        }
        const Dataset::Generator generator(seed);
        Dataset::Writer writer(db);
        writer.writeOrganisation(generator);
        DemoTickets::seedTeam(db);
        {
            const PasswordHasher hasher;
            Transaction t(db);
            QStringList ids;
            QSqlQuery q = db.exec(u"SELECT id FROM users"_s);
            while (q.next())
                ids << q.value(0).toString();
            for (const QString &id : ids)
                db.exec(u"INSERT INTO credentials (user_id, password_hash, changed_at) VALUES (?, ?, ?)"_s,
                        {id, hasher.hash(password), Timestamp::now()});
            t.commit();
        }
        writer.writeCustomers(generator, 0, customers, [&](qint64 done, qint64 total) {
            if (progress)
                progress(done, total);
            return true;
        });
        // What the data set leaves out: deliveries, discount approvals in each state, the
        // approvals its sent quotes with large discounts were sent with, and a level request.
        Transaction t(db);
        QRandomGenerator rng(quint32(seed ^ (seed >> 32)) ^ 0x6465u);
        seedDeliveries(db, rng);
        DemoAssets::seed(db, rng);
        seedApprovals(db, rng);
        seedPastApprovals(db, rng);
        seedLevelRequest(db, rng);
        seedCompanySettings(db);
        seedExpenseSettings(db);
        seedApprovalSteps(db, rng);
        DemoTickets::seed(db, rng, QDateTime::currentDateTimeUtc());
        DemoAssets::linkTickets(db);
        // Every row gets its version from the change log, as if written one by one.
        QStringList tables = Dataset::Generator::tableOrder();
        tables.insert(tables.indexOf(u"quote_lines"_s) + 1, u"approvals"_s);
        tables.insert(tables.indexOf(u"approvals"_s) + 1, u"approval_steps"_s);
        tables << u"deliveries"_s << u"assets"_s << u"tickets"_s << u"ticket_events"_s;
        const QString now = Timestamp::now();
        for (const QString &table : std::as_const(tables)) {
            const QString customer = table == u"customers" ? u"id"_s
                : DomainSchema::table(table).column(u"customer_id"_s) ? u"customer_id"_s : u"NULL"_s;
            db.exec(u"INSERT INTO changes (table_name, record_id, customer_id, at) "
                    u"SELECT '%1', id, %2, ? FROM %1 ORDER BY id"_s.arg(table, customer), {now});
            db.exec(u"UPDATE %1 SET version = (SELECT max(c.seq) FROM changes c WHERE c.record_id = %1.id)"_s.arg(table));
        }
        t.commit();
        m_store.refreshStatistics(); // or the planner walks every customer for a duplicate check
    } catch (const SchemaError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace Huike
