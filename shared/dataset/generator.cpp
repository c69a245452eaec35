// Rows are built from many string concatenations placed straight into QVariantLists,
// which QStringBuilder expressions cannot convert to; plain QString operator+ here.
#undef QT_USE_QSTRINGBUILDER

#include "dataset/generator.h"
#include "dataset/referencedata.h"

#include "core/companyname.h"
#include "core/creditcode.h"
#include "core/decimal.h"
#include "core/id.h"
#include "core/money.h"
#include "core/numberseries.h"
#include "core/phonenumber.h"
#include "core/pricing.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Huike::Dataset {

namespace {

// SplitMix64: tiny, fast, and the same on every platform.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 … n-1 (n > 0); the modulo bias is irrelevant here.
    qint64 below(qint64 n) { return qint64(next() % std::uint64_t(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &a) { return a[std::size_t(below(qint64(N)))]; }
    template<typename T>
    const T &pick(const QList<T> &l) { return l[below(l.size())]; }

private:
    std::uint64_t m_state;
};

std::uint64_t mix(std::uint64_t seed, std::uint64_t stream, qint64 index)
{
    Rng r(seed ^ (stream * 0xd1b54a32d192ed03ULL) ^ std::uint64_t(index) * 0x9e3779b97f4a7c15ULL);
    r.next();
    return r.next();
}

QString str(const char16_t *s) { return QString::fromUtf16(s); }
QString latin(const char *s) { return QString::fromLatin1(s); }

using namespace Reference;

constexpr qint64 StartMs = 1546300800000LL; // 2019-01-01T00:00:00Z
constexpr qint64 EndMs = 1793491200000LL;   // 2026-11-01T00:00:00Z

QString timestampText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QString makeId(Rng &rng, qint64 ms)
{
    const std::uint64_t r = rng.next();
    return Id::fromParts(std::uint64_t(ms), std::uint16_t(r & 0xfff), r >> 2).toString();
}

QString fixedId(std::uint64_t seed, std::uint64_t stream, qint64 index)
{
    Rng r(mix(seed, stream, index));
    return makeId(r, StartMs - 86400000LL + index);
}

QString mobile(Rng &rng)
{
    static constexpr std::array<int, 12> prefixes{130, 131, 135, 136, 137, 138, 139, 150, 158,
                                                  177, 186, 189};
    return QString::number(rng.pick(prefixes)) + QString::number(rng.between(10000000, 99999999));
}

QString personName(Rng &rng, QString *pinyinGiven, QString *pinyinSurname)
{
    const Named &s = rng.pick(Surnames);
    const Named &g1 = rng.pick(GivenChars);
    QString name = str(s.han) + str(g1.han);
    QString given = latin(g1.pinyin);
    if (rng.percent(60)) {
        const Named &g2 = rng.pick(GivenChars);
        name += str(g2.han);
        given += latin(g2.pinyin);
    }
    if (pinyinGiven)
        *pinyinGiven = given;
    if (pinyinSurname)
        *pinyinSurname = latin(s.pinyin);
    return name;
}

QString creditCode(Rng &rng, const char *areaCode)
{
    static constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString code = u"91"_s;
    // 6-digit administrative division: a plausible prefix from the area code.
    QString division = latin(areaCode).mid(1).leftJustified(4, u'0').left(4);
    code += u"3"_s + division.left(3) + QString::number(rng.between(10, 99));
    while (code.size() < 17)
        code += QChar(Alphabet[rng.below(31)]);
    return code + CreditCode::checkCharacter(code);
}

const Province &pickProvince(Rng &rng)
{
    static const int total = [] {
        int t = 0;
        for (const Province &p : Provinces)
            t += p.weight;
        return t;
    }();
    qint64 x = rng.below(total);
    for (const Province &p : Provinces) {
        if (x < p.weight)
            return p;
        x -= p.weight;
    }
    return Provinces[0];
}

const City &pickCity(Rng &rng, const Province &p)
{
    int n = 0;
    while (n < 4 && p.cities[std::size_t(n)].name)
        ++n;
    return p.cities[std::size_t(rng.below(n))];
}

// The distinctive part of customer i's name: 字号 and industry. Customer i-1's core can be
// recomputed, which is how the data set gets realistic near-duplicates.
struct NameCore
{
    QString brand;
    QString brandPinyin;
    const Industry *industry;
};

NameCore nameCore(std::uint64_t seed, qint64 index)
{
    Rng r(mix(seed, 7, index));
    NameCore c;
    const int chars = r.percent(85) ? 2 : 3;
    for (int k = 0; k < chars; ++k) {
        const Named &n = r.pick(BrandChars);
        c.brand += str(n.han);
        c.brandPinyin += latin(n.pinyin);
    }
    c.industry = &r.pick(Industries);
    return c;
}

} // namespace

// ---------------------------------------------------------------------------------------

Generator::Generator(std::uint64_t seed) : m_seed(seed)
{
    for (std::size_t i = 0; i < Departments.size(); ++i)
        m_departmentIds << fixedId(seed, 1, qint64(i));
    for (std::size_t i = 0; i < Users.size(); ++i) {
        m_userIds << fixedId(seed, 2, qint64(i));
        if (qstrcmp(Users[i].role, "sales") == 0) {
            m_salesUserIds << m_userIds.last();
            m_salesDepartmentIds << m_departmentIds[Users[i].department];
        }
    }
}

const QHash<QString, QStringList> &Generator::columns()
{
    static const QHash<QString, QStringList> c = [] {
        const QStringList sync{u"id"_s,         u"version"_s,    u"deleted"_s,
                               u"owner_id"_s,   u"created_at"_s, u"created_by"_s,
                               u"updated_at"_s, u"updated_by"_s};
        QHash<QString, QStringList> h;
        h[u"departments"_s] = sync + QStringList{u"name"_s, u"parent_id"_s, u"path"_s, u"sort_order"_s};
        h[u"users"_s] = sync + QStringList{u"login"_s, u"display_name"_s, u"role"_s, u"email"_s,
                                           u"mobile"_s, u"manager_id"_s, u"disabled"_s};
        h[u"user_departments"_s] = sync + QStringList{u"user_id"_s, u"department_id"_s};
        h[u"products"_s] = sync + QStringList{u"code"_s, u"name"_s, u"specification"_s, u"unit"_s,
                                              u"list_price_e4"_s, u"vat_rate_e4"_s, u"category"_s, u"is_part"_s};
        h[u"customers"_s] = sync + QStringList{u"name"_s, u"short_name"_s, u"address"_s,
                                               u"province"_s, u"city"_s, u"postcode"_s, u"phone"_s,
                                               u"website"_s, u"email"_s, u"credit_code"_s,
                                               u"industry"_s, u"region"_s, u"size"_s, u"status"_s,
                                               u"level"_s, u"type"_s, u"source"_s, u"tags"_s,
                                               u"department_id"_s, u"last_activity_at"_s,
                                               u"name_norm"_s, u"phone_norm"_s};
        h[u"contacts"_s] = sync + QStringList{u"customer_id"_s, u"name"_s, u"title"_s,
                                              u"department"_s, u"phone"_s, u"mobile"_s,
                                              u"email"_s, u"decision_role"_s, u"is_primary"_s};
        h[u"activities"_s] = sync + QStringList{u"customer_id"_s, u"contact_id"_s, u"kind"_s,
                                                u"occurred_at"_s, u"subject"_s, u"body"_s,
                                                u"next_step"_s, u"next_step_due"_s, u"done"_s};
        h[u"opportunities"_s] = sync + QStringList{u"customer_id"_s, u"name"_s, u"stage"_s,
                                                   u"probability_e4"_s, u"amount_fen"_s,
                                                   u"expected_close"_s, u"competitors"_s,
                                                   u"next_step"_s, u"status"_s, u"lost_reason"_s};
        h[u"quotes"_s] = sync + QStringList{u"customer_id"_s, u"opportunity_id"_s, u"number"_s,
                                            u"revision"_s, u"title"_s, u"status"_s, u"tax_mode"_s,
                                            u"valid_until"_s, u"net_fen"_s, u"tax_fen"_s,
                                            u"gross_fen"_s, u"terms"_s};
        const QStringList line{u"line_no"_s,      u"product_id"_s,    u"description"_s,
                               u"unit"_s,         u"quantity_e4"_s,   u"unit_price_e4"_s,
                               u"discount_pct_e4"_s, u"vat_rate_e4"_s, u"net_fen"_s,
                               u"tax_fen"_s,      u"gross_fen"_s};
        h[u"quote_lines"_s] = sync + QStringList{u"customer_id"_s, u"quote_id"_s} + line;
        h[u"contracts"_s] = sync + QStringList{u"customer_id"_s, u"quote_id"_s, u"number"_s,
                                               u"title"_s, u"status"_s, u"tax_mode"_s,
                                               u"sign_date"_s, u"start_date"_s, u"end_date"_s,
                                               u"party_a"_s, u"party_b"_s, u"net_fen"_s,
                                               u"tax_fen"_s, u"amount_fen"_s};
        h[u"contract_lines"_s] = sync + QStringList{u"customer_id"_s, u"contract_id"_s} + line;
        h[u"payment_plans"_s] = sync + QStringList{u"customer_id"_s, u"contract_id"_s,
                                                   u"line_no"_s, u"due_date"_s, u"amount_fen"_s,
                                                   u"is_balance"_s, u"note"_s};
        h[u"payments"_s] = sync + QStringList{u"customer_id"_s, u"contract_id"_s, u"plan_id"_s,
                                              u"paid_on"_s, u"amount_fen"_s, u"method"_s,
                                              u"reference"_s};
        h[u"invoices"_s] = sync + QStringList{u"customer_id"_s, u"contract_id"_s, u"number"_s,
                                              u"issued_on"_s, u"kind"_s, u"amount_fen"_s,
                                              u"tax_fen"_s};
        return h;
    }();
    return c;
}

QStringList Generator::tableOrder()
{
    return {u"departments"_s, u"users"_s,     u"user_departments"_s, u"products"_s,
            u"customers"_s,   u"contacts"_s,  u"activities"_s,       u"opportunities"_s,
            u"quotes"_s,      u"quote_lines"_s, u"contracts"_s,      u"contract_lines"_s,
            u"payment_plans"_s, u"payments"_s, u"invoices"_s};
}

QList<QPair<QString, QString>> Generator::users() const
{
    QList<QPair<QString, QString>> out;
    for (const UserDef &u : Users)
        out.append({latin(u.login), latin(u.role)});
    return out;
}

QStringList Generator::salesLogins() const
{
    QStringList out;
    for (const UserDef &u : Users)
        if (qstrcmp(u.role, "sales") == 0)
            out << latin(u.login);
    return out;
}

QList<Row> Generator::organisation() const
{
    QList<Row> rows;
    const QString ts = timestampText(StartMs - 86400000LL);
    auto sync = [&](const QString &id) {
        return QVariantList{id, 0, 0, QVariant(), ts, QVariant(), ts, QVariant()};
    };
    for (std::size_t i = 0; i < Departments.size(); ++i) {
        const QString path = str(Departments[i]);
        const qsizetype slash = path.lastIndexOf(u'/');
        const QVariant parent = slash < 0 ? QVariant() : QVariant(m_departmentIds[0]);
        rows.append({u"departments"_s, sync(m_departmentIds[qsizetype(i)])
                                           + QVariantList{path.mid(slash + 1), parent, path, int(i)}});
    }
    for (std::size_t i = 0; i < Users.size(); ++i) {
        const UserDef &u = Users[i];
        Rng r(mix(m_seed, 3, qint64(i)));
        // Managers report to the director, sales to their region's manager.
        QVariant manager;
        if (qstrcmp(u.role, "manager") == 0)
            manager = m_userIds[1];
        else if (qstrcmp(u.role, "sales") == 0)
            manager = m_userIds[1 + u.department];
        rows.append({u"users"_s, sync(m_userIds[qsizetype(i)])
                                     + QVariantList{latin(u.login), str(u.name), latin(u.role),
                                                    latin(u.login) + u"@huike-demo.cn"_s,
                                                    mobile(r), manager, 0}});
        if (u.department >= 0)
            rows.append({u"user_departments"_s,
                         sync(fixedId(m_seed, 4, qint64(i)))
                             + QVariantList{m_userIds[qsizetype(i)], m_departmentIds[u.department]}});
        for (const Serves &served : ServedDepartments)
            if (qstrcmp(served.login, u.login) == 0)
                rows.append({u"user_departments"_s,
                             sync(fixedId(m_seed, 6, qint64(i)))
                                 + QVariantList{m_userIds[qsizetype(i)], m_departmentIds[served.department]}});
    }
    for (std::size_t i = 0; i < Products.size(); ++i) {
        const ProductDef &p = Products[i];
        rows.append({u"products"_s, sync(fixedId(m_seed, 5, qint64(i)))
                                        + QVariantList{latin(p.code), str(p.name), str(p.spec),
                                                       str(p.unit),
                                                       Decimal::parse(latin(p.price))->raw(),
                                                       Decimal::fromInteger(p.vat).raw(), str(p.category),
                                                       p.part ? 1 : 0}});
    }
    return rows;
}

QList<Row> Generator::customer(qint64 index) const
{
    Rng rng(mix(m_seed, 11, index));
    QList<Row> rows;
    rows.reserve(24);

    const qint64 createdMs = StartMs + rng.below(EndMs - StartMs - 86400000LL * 30);
    const Province &province = pickProvince(rng);
    const City &city = pickCity(rng, province);
    const bool inPool = rng.percent(8); // the public pool (公海): a few in a hundred
    // Owner: a sales rep of the province's region (four per region).
    const qsizetype ownerIdx = qsizetype(province.region) * 4 + qsizetype(rng.below(4));
    const QVariant owner = inPool ? QVariant() : QVariant(m_salesUserIds[ownerIdx]);
    const QVariant ownerDept = inPool ? QVariant() : QVariant(m_salesDepartmentIds[ownerIdx]);
    const QString customerId = makeId(rng, createdMs);
    auto sync = [&](const QString &id, qint64 ms) {
        const QString ts = timestampText(ms);
        const QVariant by = owner.isNull() ? QVariant(m_userIds[1]) : owner;
        return QVariantList{id, 0, 0, owner, ts, by, ts, by};
    };

    // Name: [city prefix] 字号 行业 legal form; 1 in 50 is a near-duplicate of the previous
    // customer (a branch office or the same company registered twice).
    NameCore core = nameCore(m_seed, index);
    const bool nearDuplicate = index > 0 && rng.percent(2);
    if (nearDuplicate)
        core = nameCore(m_seed, index - 1);
    const QString cityName = str(city.name);
    QString name;
    const qint64 form = rng.below(100);
    const qint64 prefix = rng.below(100);
    if (prefix < 35)
        name = cityName + u"市"_s;
    else if (prefix < 50)
        name = cityName;
    name += core.brand + str(core.industry->nameWord);
    if (nearDuplicate)
        name += u"（"_s + cityName + u"）有限公司"_s + (rng.percent(50) ? u"分公司"_s : QString());
    else if (form < 55)
        name += u"有限公司"_s;
    else if (form < 75)
        name += u"有限责任公司"_s;
    else if (form < 85)
        name += u"股份有限公司"_s;
    else if (form < 90)
        name += u"集团有限公司"_s;
    else
        name += u"（"_s + cityName + u"）有限公司"_s;
    const QString shortName = core.brand + str(core.industry->nameWord);

    const QString phone = u"%1-%2"_s.arg(latin(city.areaCode)).arg(rng.between(22000000, 89999999));
    const QString domain = core.brandPinyin + u"-"_s + latin(core.industry->domain) + (rng.percent(50) ? u".com"_s : u".com.cn"_s);
    const QString address = str(province.name) + str(province.suffix)
        + (str(province.suffix) == u"市" ? QString() : cityName + u"市"_s)
        + str(rng.pick(Districts)) + str(rng.pick(Roads)) + QString::number(rng.between(1, 999)) + u"号"_s;
    static constexpr std::array<const char *, 5> Sizes{"micro", "small", "medium", "large", "enterprise"};
    static constexpr std::array<const char *, 4> Levels{"a", "b", "c", "d"};
    const qint64 statusRoll = rng.below(100);
    const char *status = statusRoll < 35 ? "potential" : statusRoll < 80 ? "active" : statusRoll < 93 ? "dormant" : "lost";
    const qint64 levelRoll = rng.below(100);
    const char *level = levelRoll < 10 ? Levels[0] : levelRoll < 35 ? Levels[1] : levelRoll < 75 ? Levels[2] : Levels[3];
    const qint64 typeRoll = rng.below(100);
    const char *type = typeRoll < 75 ? "end" : typeRoll < 92 ? "reseller" : "public";
    QStringList tags;
    if (rng.percent(30))
        tags << str(rng.pick(Tags));
    if (rng.percent(10))
        tags << str(rng.pick(Tags));
    tags.removeDuplicates();
    static const char16_t *RegionNames[] = {u"华北", u"华东", u"华南", u"西南西北"};

    // Children first so last_activity_at is known.
    QList<Row> children;
    const int contactCount = int(rng.between(1, 4));
    QStringList contactIds;
    qint64 ms = createdMs;
    for (int k = 0; k < contactCount; ++k) {
        ms += rng.between(60000, 86400000LL * 5);
        QString given, surname;
        const QString person = personName(rng, &given, &surname);
        const QString id = makeId(rng, ms);
        contactIds << id;
        static constexpr std::array<const char *, 5> Roles{"decision_maker", "influencer", "user", "gatekeeper", "other"};
        children.append({u"contacts"_s, sync(id, ms) + QVariantList{
            customerId, person, str(rng.pick(Titles)), str(rng.pick(ContactDepartments)),
            rng.percent(60) ? QVariant(phone + u"-"_s + QString::number(rng.between(801, 899))) : QVariant(),
            mobile(rng), given + u"."_s + surname + u"@"_s + domain, latin(rng.pick(Roles)), k == 0 ? 1 : 0}});
    }

    const int activityCount = int(rng.below(9));
    qint64 lastActivity = 0;
    for (int k = 0; k < activityCount; ++k) {
        ms += rng.between(3600000LL, 86400000LL * 40);
        if (ms >= EndMs)
            break;
        const ActivityText &a = rng.pick(ActivityTexts);
        const bool hasNext = a.nextStep[0] != 0;
        const bool done = rng.percent(70);
        children.append({u"activities"_s, sync(makeId(rng, ms), ms) + QVariantList{
            customerId, contactIds[rng.below(contactIds.size())], latin(a.kind), timestampText(ms),
            str(a.subject), str(a.body), hasNext ? QVariant(str(a.nextStep)) : QVariant(),
            hasNext ? QVariant(dateText(ms + 86400000LL * rng.between(2, 14))) : QVariant(), done ? 1 : 0}});
        lastActivity = ms;
    }

    // Opportunities, some with a quote, won ones with a contract.
    const int oppCount = rng.percent(45) ? int(rng.between(1, 2)) : 0;
    for (int k = 0; k < oppCount; ++k) {
        qint64 oms = createdMs + rng.between(86400000LL, 86400000LL * 200);
        if (oms >= EndMs)
            oms = EndMs - 86400000LL;
        // A pipeline shaped like one: most opportunities early, fewer at each later stage.
        const Stage &stage = [&]() -> const Stage & {
            static constexpr int Share[6] = {30, 22, 16, 10, 10, 12}; // initial … won, lost (%)
            int pick = int(rng.below(100));
            for (std::size_t i = 0; i < 6; ++i) {
                if (pick < Share[i])
                    return Stages[i];
                pick -= Share[i];
            }
            return Stages[5];
        }();
        const QString oppId = makeId(rng, oms);
        const QString stageCode = latin(stage.code);
        const char *oppStatus = stageCode == u"won" ? "won" : stageCode == u"lost" ? "lost" : "open";

        // Lines from the catalogue, priced exactly.
        const int lineCount = int(rng.between(1, 5));
        QList<PriceLine> priceLines;
        QList<int> productIdx;
        for (int l = 0; l < lineCount; ++l) {
            const int p = int(rng.below(qint64(Products.size())));
            productIdx << p;
            static constexpr std::array<const char *, 6> Discounts{"0", "0", "5", "10", "12.5", "33.33"};
            priceLines.append({Decimal::fromInteger(rng.between(1, 40)),
                               *Decimal::parse(latin(Products[std::size_t(p)].price)),
                               *Decimal::parse(latin(rng.pick(Discounts))),
                               Decimal::fromInteger(Products[std::size_t(p)].vat)});
        }
        const Totals totals = Pricing::compute(priceLines, TaxMode::Exclusive);
        children.append({u"opportunities"_s, sync(oppId, oms) + QVariantList{
            customerId, shortName + str(Products[std::size_t(productIdx[0])].name) + u"采购项目"_s,
            stageCode, Decimal::fromInteger(stage.probability).raw(), totals.gross.fen(),
            dateText(oms + 86400000LL * rng.between(30, 120)),
            rng.percent(30) ? QVariant(u"联想、华为"_s) : QVariant(),
            rng.percent(60) ? QVariant(u"约客户确认方案"_s) : QVariant(), latin(oppStatus),
            stageCode == u"lost" ? QVariant(u"价格偏高"_s) : QVariant()}});

        if (stage.probability < 50 && stageCode != u"lost")
            continue;
        // A quote for this opportunity.
        const qint64 qms = oms + rng.between(86400000LL, 86400000LL * 20);
        const QString quoteId = makeId(rng, qms);
        const QString quoteNumber = NumberSeries::format(u"quote", dateText(qms).left(4).toInt(), index * 4 + k + 1);
        const char *quoteStatus = stageCode == u"won" ? "accepted" : stageCode == u"lost" ? "rejected" : "sent";
        children.append({u"quotes"_s, sync(quoteId, qms) + QVariantList{
            customerId, oppId, quoteNumber, 1, shortName + u"报价单"_s, latin(quoteStatus), u"exclusive"_s,
            dateText(qms + 86400000LL * 30), totals.net.fen(), totals.tax.fen(), totals.gross.fen(),
            u"报价有效期 30 天；含运输及安装；付款方式：合同签订后预付 30%，验收后付清。"_s}});
        auto lineRows = [&](const QString &table, const QString &parentId, qint64 lms) {
            for (int l = 0; l < lineCount; ++l) {
                const ProductDef &p = Products[std::size_t(productIdx[l])];
                const PriceLine &pl = priceLines[l];
                children.append({table, sync(makeId(rng, lms), lms) + QVariantList{
                    customerId, parentId, l + 1, fixedId(m_seed, 5, productIdx[l]),
                    str(p.name) + u" "_s + str(p.spec), str(p.unit), pl.quantity.raw(), pl.unitPrice.raw(),
                    pl.discountPercent.raw(), pl.vatRatePercent.raw(), totals.lines[l].net.fen(),
                    totals.lines[l].tax.fen(), totals.lines[l].gross.fen()}});
            }
        };
        lineRows(u"quote_lines"_s, quoteId, qms);
        if (stageCode != u"won")
            continue;

        // The contract with a payment plan that adds up exactly (a balance line).
        const qint64 cms = qms + rng.between(86400000LL, 86400000LL * 15);
        const QString contractId = makeId(rng, cms);
        const bool finished = cms + 86400000LL * 120 < EndMs;
        const char *cstatus = finished ? (rng.percent(90) ? "completed" : "executing") : "executing";
        children.append({u"contracts"_s, sync(contractId, cms) + QVariantList{
            customerId, quoteId, NumberSeries::format(u"contract", dateText(cms).left(4).toInt(), index * 4 + k + 1),
            shortName + u"采购合同"_s, latin(cstatus), u"exclusive"_s, dateText(cms), dateText(cms),
            dateText(cms + 86400000LL * 365), name, u"汇客演示科技有限公司"_s, totals.net.fen(),
            totals.tax.fen(), totals.gross.fen()}});
        lineRows(u"contract_lines"_s, contractId, cms);
        const QList<qint64> weights = rng.percent(50) ? QList<qint64>{30, 70} : QList<qint64>{30, 60, 10};
        const QList<Money> parts = totals.gross.allocate(weights);
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const qint64 due = cms + 86400000LL * (p == 0 ? 7 : 60 * p);
            const QString planId = makeId(rng, cms);
            const bool balance = p == parts.size() - 1;
            children.append({u"payment_plans"_s, sync(planId, cms) + QVariantList{
                customerId, contractId, int(p + 1), dateText(due), parts[p].fen(), balance ? 1 : 0,
                p == 0 ? u"预付款"_s : balance ? u"尾款"_s : u"到货款"_s}});
            // A completed contract was paid in full; the others mostly on time.
            const bool paidUp = rng.percent(85) || std::string_view(cstatus) == "completed";
            if (due < EndMs && paidUp) {
                const qint64 paid = due + rng.between(-86400000LL * 3, 86400000LL * 20);
                children.append({u"payments"_s, sync(makeId(rng, paid), paid) + QVariantList{
                    customerId, contractId, planId, dateText(paid), parts[p].fen(), u"bank"_s,
                    u"网银转账 %1"_s.arg(rng.between(100000, 999999))}});
            }
        }
        if (rng.percent(80)) {
            const qint64 ims = cms + 86400000LL * rng.between(5, 40);
            children.append({u"invoices"_s, sync(makeId(rng, ims), ims) + QVariantList{
                customerId, contractId, QString::number(rng.between(10000000, 99999999)), dateText(ims),
                rng.percent(70) ? u"special"_s : u"ordinary"_s, totals.gross.fen(), totals.tax.fen()}});
        }
    }

    const QVariantList customerValues = sync(customerId, createdMs) + QVariantList{
        name, shortName, address, str(province.name) + str(province.suffix), cityName + u"市"_s,
        QString::number(rng.between(100000, 859999)), phone, u"www."_s + domain,
        u"info@"_s + domain, rng.percent(80) ? QVariant(creditCode(rng, city.areaCode)) : QVariant(),
        str(core.industry->industry), QString::fromUtf16(RegionNames[province.region]),
        latin(rng.pick(Sizes)), latin(status), latin(level), latin(type), str(rng.pick(Sources)),
        tags.join(u','), ownerDept, lastActivity ? QVariant(timestampText(lastActivity)) : QVariant(),
        CompanyName::normalizedKey(name), PhoneNumber::normalizedKey(phone)};
    rows.append({u"customers"_s, customerValues});
    rows.append(children);
    return rows;
}

} // namespace Huike::Dataset
