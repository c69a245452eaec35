// Rows are built from many string concatenations placed straight into QVariantLists,
// which QStringBuilder expressions cannot convert to; plain QString operator+ here.
#undef QT_USE_QSTRINGBUILDER

#include "generator.h"

#include "companyname.h"
#include "creditcode.h"
#include "decimal.h"
#include "id.h"
#include "money.h"
#include "numberseries.h"
#include "phonenumber.h"
#include "pricing.h"

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

struct Named
{
    const char16_t *han;
    const char *pinyin;
};

QString str(const char16_t *s) { return QString::fromUtf16(s); }
QString latin(const char *s) { return QString::fromLatin1(s); }

// ---- reference data ---------------------------------------------------------------

struct City
{
    const char16_t *name;
    const char *areaCode;
};

struct Province
{
    const char16_t *name;   // "浙江"
    const char16_t *suffix; // "省", "市", "自治区"
    int region;             // 0 华北, 1 华东, 2 华南, 3 西南/西北
    int weight;
    std::array<City, 4> cities; // unused slots have name == nullptr
};

const std::array<Province, 31> Provinces{{
    {u"北京", u"市", 0, 7, {{{u"北京", "010"}}}},
    {u"天津", u"市", 0, 3, {{{u"天津", "022"}}}},
    {u"上海", u"市", 1, 7, {{{u"上海", "021"}}}},
    {u"重庆", u"市", 3, 3, {{{u"重庆", "023"}}}},
    {u"河北", u"省", 0, 3, {{{u"石家庄", "0311"}, {u"唐山", "0315"}, {u"保定", "0312"}}}},
    {u"山西", u"省", 0, 2, {{{u"太原", "0351"}, {u"大同", "0352"}}}},
    {u"辽宁", u"省", 0, 3, {{{u"沈阳", "024"}, {u"大连", "0411"}}}},
    {u"吉林", u"省", 0, 1, {{{u"长春", "0431"}}}},
    {u"黑龙江", u"省", 0, 1, {{{u"哈尔滨", "0451"}}}},
    {u"江苏", u"省", 1, 10, {{{u"南京", "025"}, {u"苏州", "0512"}, {u"无锡", "0510"}, {u"常州", "0519"}}}},
    {u"浙江", u"省", 1, 9, {{{u"杭州", "0571"}, {u"宁波", "0574"}, {u"温州", "0577"}, {u"嘉兴", "0573"}}}},
    {u"安徽", u"省", 1, 3, {{{u"合肥", "0551"}, {u"芜湖", "0553"}}}},
    {u"福建", u"省", 1, 4, {{{u"福州", "0591"}, {u"厦门", "0592"}, {u"泉州", "0595"}}}},
    {u"江西", u"省", 1, 2, {{{u"南昌", "0791"}}}},
    {u"山东", u"省", 0, 7, {{{u"济南", "0531"}, {u"青岛", "0532"}, {u"烟台", "0535"}, {u"潍坊", "0536"}}}},
    {u"河南", u"省", 0, 4, {{{u"郑州", "0371"}, {u"洛阳", "0379"}}}},
    {u"湖北", u"省", 2, 4, {{{u"武汉", "027"}, {u"宜昌", "0717"}}}},
    {u"湖南", u"省", 2, 3, {{{u"长沙", "0731"}, {u"株洲", "0731"}}}},
    {u"广东", u"省", 2, 12, {{{u"广州", "020"}, {u"深圳", "0755"}, {u"东莞", "0769"}, {u"佛山", "0757"}}}},
    {u"广西", u"壮族自治区", 2, 2, {{{u"南宁", "0771"}, {u"柳州", "0772"}}}},
    {u"海南", u"省", 2, 1, {{{u"海口", "0898"}}}},
    {u"四川", u"省", 3, 5, {{{u"成都", "028"}, {u"绵阳", "0816"}}}},
    {u"贵州", u"省", 3, 1, {{{u"贵阳", "0851"}}}},
    {u"云南", u"省", 3, 2, {{{u"昆明", "0871"}}}},
    {u"陕西", u"省", 3, 3, {{{u"西安", "029"}, {u"宝鸡", "0917"}}}},
    {u"甘肃", u"省", 3, 1, {{{u"兰州", "0931"}}}},
    {u"青海", u"省", 3, 1, {{{u"西宁", "0971"}}}},
    {u"宁夏", u"回族自治区", 3, 1, {{{u"银川", "0951"}}}},
    {u"新疆", u"维吾尔自治区", 3, 1, {{{u"乌鲁木齐", "0991"}}}},
    {u"内蒙古", u"自治区", 0, 1, {{{u"呼和浩特", "0471"}, {u"包头", "0472"}}}},
    {u"西藏", u"自治区", 3, 1, {{{u"拉萨", "0891"}}}},
}};

const std::array<Named, 60> BrandChars{{
    {u"华", "hua"},  {u"中", "zhong"}, {u"金", "jin"},   {u"鑫", "xin"},   {u"恒", "heng"},
    {u"瑞", "rui"},  {u"泰", "tai"},   {u"盛", "sheng"}, {u"宏", "hong"},  {u"鼎", "ding"},
    {u"安", "an"},   {u"博", "bo"},    {u"创", "chuang"}, {u"达", "da"},   {u"丰", "feng"},
    {u"海", "hai"},  {u"汇", "hui"},   {u"佳", "jia"},   {u"嘉", "jia"},   {u"锦", "jin"},
    {u"凯", "kai"},  {u"康", "kang"},  {u"蓝", "lan"},   {u"利", "li"},    {u"隆", "long"},
    {u"明", "ming"}, {u"诺", "nuo"},   {u"普", "pu"},    {u"启", "qi"},    {u"锐", "rui"},
    {u"森", "sen"},  {u"天", "tian"},  {u"拓", "tuo"},   {u"万", "wan"},   {u"威", "wei"},
    {u"新", "xin"},  {u"兴", "xing"},  {u"信", "xin"},   {u"星", "xing"},  {u"亚", "ya"},
    {u"益", "yi"},   {u"永", "yong"},  {u"宇", "yu"},    {u"远", "yuan"},  {u"源", "yuan"},
    {u"正", "zheng"}, {u"智", "zhi"},  {u"卓", "zhuo"},  {u"东", "dong"},  {u"润", "run"},
    {u"晨", "chen"}, {u"光", "guang"}, {u"和", "he"},    {u"弘", "hong"},  {u"聚", "ju"},
    {u"坤", "kun"},  {u"联", "lian"},  {u"鹏", "peng"},  {u"荣", "rong"},  {u"腾", "teng"},
}};

struct Industry
{
    const char16_t *nameWord; // in the company name
    const char16_t *industry; // the industry field
    const char *domain;
};

const std::array<Industry, 18> Industries{{
    {u"科技", u"信息技术", "tech"},        {u"软件", u"信息技术", "soft"},
    {u"信息技术", u"信息技术", "it"},      {u"电子", u"电子制造", "elec"},
    {u"机械设备", u"机械制造", "mach"},    {u"精密机械", u"机械制造", "jm"},
    {u"贸易", u"批发零售", "trade"},       {u"建材", u"建筑建材", "jc"},
    {u"化工", u"化工", "chem"},            {u"医药", u"医药健康", "med"},
    {u"食品", u"食品饮料", "food"},        {u"物流", u"交通物流", "logistics"},
    {u"环保科技", u"节能环保", "eco"},     {u"新能源", u"能源", "energy"},
    {u"服饰", u"纺织服装", "fashion"},     {u"家具", u"家居", "home"},
    {u"汽车配件", u"汽车", "auto"},        {u"包装印刷", u"印刷包装", "pack"},
}};

const std::array<Named, 60> Surnames{{
    {u"王", "wang"}, {u"李", "li"},    {u"张", "zhang"}, {u"刘", "liu"},   {u"陈", "chen"},
    {u"杨", "yang"}, {u"黄", "huang"}, {u"赵", "zhao"},  {u"吴", "wu"},    {u"周", "zhou"},
    {u"徐", "xu"},   {u"孙", "sun"},   {u"马", "ma"},    {u"朱", "zhu"},   {u"胡", "hu"},
    {u"郭", "guo"},  {u"何", "he"},    {u"高", "gao"},   {u"林", "lin"},   {u"罗", "luo"},
    {u"郑", "zheng"}, {u"梁", "liang"}, {u"谢", "xie"},  {u"宋", "song"},  {u"唐", "tang"},
    {u"许", "xu"},   {u"韩", "han"},   {u"冯", "feng"},  {u"邓", "deng"},  {u"曹", "cao"},
    {u"彭", "peng"}, {u"曾", "zeng"},  {u"肖", "xiao"},  {u"田", "tian"},  {u"董", "dong"},
    {u"袁", "yuan"}, {u"潘", "pan"},   {u"蒋", "jiang"}, {u"蔡", "cai"},   {u"余", "yu"},
    {u"杜", "du"},   {u"叶", "ye"},    {u"程", "cheng"}, {u"苏", "su"},    {u"魏", "wei"},
    {u"吕", "lv"},   {u"丁", "ding"},  {u"任", "ren"},   {u"沈", "shen"},  {u"姚", "yao"},
    {u"卢", "lu"},   {u"姜", "jiang"}, {u"崔", "cui"},   {u"钟", "zhong"}, {u"谭", "tan"},
    {u"陆", "lu"},   {u"汪", "wang"},  {u"范", "fan"},   {u"金", "jin"},   {u"石", "shi"},
}};

const std::array<Named, 50> GivenChars{{
    {u"伟", "wei"},   {u"芳", "fang"},  {u"娜", "na"},    {u"敏", "min"},   {u"静", "jing"},
    {u"丽", "li"},    {u"强", "qiang"}, {u"磊", "lei"},   {u"军", "jun"},   {u"洋", "yang"},
    {u"勇", "yong"},  {u"艳", "yan"},   {u"杰", "jie"},   {u"娟", "juan"},  {u"涛", "tao"},
    {u"明", "ming"},  {u"超", "chao"},  {u"秀", "xiu"},   {u"霞", "xia"},   {u"平", "ping"},
    {u"刚", "gang"},  {u"桂", "gui"},   {u"英", "ying"},  {u"华", "hua"},   {u"建", "jian"},
    {u"国", "guo"},   {u"文", "wen"},   {u"辉", "hui"},   {u"玲", "ling"},  {u"鹏", "peng"},
    {u"斌", "bin"},   {u"宇", "yu"},    {u"浩", "hao"},   {u"凯", "kai"},   {u"晨", "chen"},
    {u"欣", "xin"},   {u"婷", "ting"},  {u"雪", "xue"},   {u"琳", "lin"},   {u"晓", "xiao"},
    {u"峰", "feng"},  {u"志", "zhi"},   {u"红", "hong"},  {u"波", "bo"},    {u"海", "hai"},
    {u"亮", "liang"}, {u"瑶", "yao"},   {u"佳", "jia"},   {u"思", "si"},    {u"雨", "yu"},
}};

const std::array<const char16_t *, 14> Roads{
    {u"人民路", u"解放路", u"中山路", u"建设路", u"和平路", u"长江路", u"黄河路", u"科技路",
     u"创业路", u"文化路", u"新华路", u"振兴路", u"发展大道", u"世纪大道"}};
const std::array<const char16_t *, 8> Districts{{u"高新区", u"经济技术开发区", u"工业园区",
                                                 u"新区", u"城东区", u"城西区", u"城南区",
                                                 u"城北区"}};
const std::array<const char16_t *, 10> Titles{{u"总经理", u"副总经理", u"采购经理", u"采购主管",
                                               u"技术总监", u"财务经理", u"办公室主任",
                                               u"项目经理", u"工程师", u"销售经理"}};
const std::array<const char16_t *, 6> ContactDepartments{
    {u"采购部", u"技术部", u"财务部", u"总经办", u"行政部", u"生产部"}};
const std::array<const char16_t *, 6> Sources{
    {u"展会", u"网络推广", u"老客户介绍", u"电话营销", u"官网咨询", u"合作伙伴"}};
const std::array<const char16_t *, 8> Tags{{u"重点客户", u"长期合作", u"价格敏感", u"需回访",
                                            u"政府项目", u"出口业务", u"新客户", u"年框"}};

struct ActivityText
{
    const char *kind;
    const char16_t *subject;
    const char16_t *body;
    const char16_t *nextStep;
};

const std::array<ActivityText, 8> ActivityTexts{{
    {"call", u"电话沟通采购需求", u"客户计划下季度扩充产能，询问设备价格和交期。", u"发送产品资料和报价"},
    {"visit", u"上门拜访，介绍新产品", u"与采购经理和技术总监交流，演示了新产品，客户反馈良好。", u"安排技术交流会"},
    {"email", u"发送报价单", u"已通过邮件发送报价单，请客户确认配置和数量。", u"电话跟进报价反馈"},
    {"call", u"跟进合同签订", u"客户法务在审核合同条款，预计下周盖章。", u"确认合同盖章时间"},
    {"note", u"节日问候", u"中秋节前寄送了礼品，客户表示感谢。", u""},
    {"visit", u"技术交流会", u"双方技术团队讨论了实施方案和验收标准。", u"提交实施方案"},
    {"call", u"回款催收", u"第二期款项已到期，客户财务表示本月底前安排付款。", u"月底确认到账"},
    {"call", u"售后回访", u"设备运行正常，客户对服务满意，提到明年可能有新需求。", u"明年一季度再次拜访"},
}};

struct ProductDef
{
    const char *code;
    const char16_t *name;
    const char16_t *spec;
    const char16_t *unit;
    const char *price; // yuan, excl. VAT
    int vat;
};

const std::array<ProductDef, 16> Products{{
    {"SRV-R740", u"机架式服务器", u"2U 双路 64G 内存", u"台", "38500", 13},
    {"SRV-T350", u"塔式服务器", u"单路 32G 内存", u"台", "12800", 13},
    {"NET-S5720", u"千兆交换机", u"48 口 管理型", u"台", "6980", 13},
    {"NET-AP650", u"无线接入点", u"Wi-Fi 6 吸顶式", u"个", "1280", 13},
    {"STO-NAS8", u"网络存储", u"8 盘位 96TB", u"台", "24600", 13},
    {"PC-M720", u"商用台式机", u"i5 16G 512G SSD", u"台", "4999", 13},
    {"PC-X1", u"商务笔记本", u"14 英寸 i7 16G", u"台", "8699", 13},
    {"PRN-M430", u"激光多功能一体机", u"A4 黑白 双面", u"台", "3280", 13},
    {"UPS-3K", u"不间断电源", u"3KVA 在线式", u"台", "5600", 13},
    {"CBL-C6", u"六类网线", u"305 米/箱", u"箱", "699.5", 13},
    {"SW-ERP", u"ERP 软件许可", u"每用户年费", u"套", "2400", 6},
    {"SW-OA", u"协同办公软件", u"50 用户", u"套", "18000", 6},
    {"SVC-INST", u"安装调试服务", u"按人天计", u"人天", "1200", 6},
    {"SVC-MAINT", u"年度维保服务", u"7×24 小时响应", u"年", "9800", 6},
    {"SVC-TRAIN", u"培训服务", u"现场培训 1 天", u"次", "3000", 6},
    {"LOG-FREIGHT", u"运输服务", u"省内整车", u"车次", "1500", 9},
}};

struct Stage
{
    const char *code;
    int probability;
};
const std::array<Stage, 6> Stages{{{"initial", 10}, {"needs", 30}, {"proposal", 50},
                                   {"negotiation", 70}, {"won", 100}, {"lost", 0}}};

// ---- organisation -------------------------------------------------------------------

struct UserDef
{
    const char *login;
    const char16_t *name;
    const char *role;
    int department; // index into Departments, -1 none
};

const std::array<const char16_t *, 7> Departments{
    {u"销售部", u"销售部/华北区", u"销售部/华东区", u"销售部/华南区", u"销售部/西南区",
     u"商务部", u"客服部"}};

const std::array<UserDef, 24> Users{{
    {"admin", u"系统管理员", "admin", -1},
    {"zhaomin", u"赵敏", "director", 0},
    {"liuyang", u"刘洋", "manager", 1},
    {"chenjing", u"陈静", "manager", 2},
    {"huangwei", u"黄伟", "manager", 3},
    {"zhouqiang", u"周强", "manager", 4},
    {"wangfang", u"王芳", "sales", 1},
    {"lina", u"李娜", "sales", 1},
    {"zhanglei", u"张磊", "sales", 1},
    {"guojing", u"郭静", "sales", 1},
    {"xuhao", u"徐浩", "sales", 2},
    {"sunting", u"孙婷", "sales", 2},
    {"mayong", u"马勇", "sales", 2},
    {"zhuxin", u"朱欣", "sales", 2},
    {"hekai", u"何凯", "sales", 3},
    {"linxue", u"林雪", "sales", 3},
    {"luopeng", u"罗鹏", "sales", 3},
    {"liangyu", u"梁宇", "sales", 3},
    {"songjie", u"宋杰", "sales", 4},
    {"tanglin", u"唐琳", "sales", 4},
    {"hanbo", u"韩波", "sales", 4},
    {"fengyao", u"冯瑶", "sales", 4},
    {"sunli", u"孙丽", "clerk", 5},
    {"wuhao", u"吴昊", "service", 6},
}};

// The departments a clerk serves besides their own: 商务部 handles the quotes, contracts and
// payments of the whole sales department, so its clerk sees the customers owned there
// (server/auth/visibility.h: a clerk sees the customers of their departments' subtrees).
struct Serves
{
    const char *login;
    int department; // index into Departments
};
const std::array<Serves, 1> ServedDepartments{{{"sunli", 0}}};

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
                                              u"list_price_e4"_s, u"vat_rate_e4"_s};
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
                                                       Decimal::fromInteger(p.vat).raw()}});
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
