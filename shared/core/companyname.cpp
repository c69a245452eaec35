#include "core/companyname.h"

#include "core/textnormalizer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike::CompanyName {

namespace {

// Provinces, autonomous regions, municipalities, SARs and the larger cities. Longer
// names first so that 内蒙古自治区 wins over 内蒙古.
const QStringList &places()
{
    static const QStringList list = [] {
        QStringList base{
            u"北京"_s, u"天津"_s, u"上海"_s, u"重庆"_s, u"河北"_s, u"山西"_s, u"辽宁"_s,
            u"吉林"_s, u"黑龙江"_s, u"江苏"_s, u"浙江"_s, u"安徽"_s, u"福建"_s, u"江西"_s,
            u"山东"_s, u"河南"_s, u"湖北"_s, u"湖南"_s, u"广东"_s, u"海南"_s, u"四川"_s,
            u"贵州"_s, u"云南"_s, u"陕西"_s, u"甘肃"_s, u"青海"_s, u"台湾"_s, u"内蒙古"_s,
            u"广西"_s, u"西藏"_s, u"宁夏"_s, u"新疆"_s, u"香港"_s, u"澳门"_s,
            // cities
            u"深圳"_s, u"广州"_s, u"杭州"_s, u"南京"_s, u"苏州"_s, u"成都"_s, u"武汉"_s,
            u"西安"_s, u"青岛"_s, u"厦门"_s, u"宁波"_s, u"大连"_s, u"沈阳"_s, u"长沙"_s,
            u"郑州"_s, u"济南"_s, u"合肥"_s, u"福州"_s, u"无锡"_s, u"东莞"_s, u"佛山"_s,
            u"昆明"_s, u"南昌"_s, u"南宁"_s, u"贵阳"_s, u"太原"_s, u"石家庄"_s, u"哈尔滨"_s,
            u"长春"_s, u"兰州"_s, u"海口"_s, u"珠海"_s, u"温州"_s, u"常州"_s, u"烟台"_s,
            u"泉州"_s, u"嘉兴"_s, u"绍兴"_s, u"台州"_s, u"金华"_s, u"徐州"_s, u"南通"_s,
            u"扬州"_s, u"惠州"_s, u"中山"_s, u"乌鲁木齐"_s, u"呼和浩特"_s, u"银川"_s,
            u"西宁"_s, u"拉萨"_s};
        QStringList all;
        for (const QString &p : base) {
            all << p + u"维吾尔自治区"_s << p + u"壮族自治区"_s << p + u"回族自治区"_s
                << p + u"自治区"_s << p + u"特别行政区"_s << p + u"省"_s << p + u"市"_s << p;
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return all;
    }();
    return list;
}

// places() by their first character, each list in places()' order (longest first): a name
// is tried against the few that can start it, not against all 672 (an import derives
// this key for every row).
const QHash<QChar, QStringList> &placesByFirst()
{
    static const QHash<QChar, QStringList> map = [] {
        QHash<QChar, QStringList> out;
        for (const QString &p : places())
            out[p.front()] << p;
        return out;
    }();
    return map;
}

// Legal forms and organisational suffixes, longest first; stripped repeatedly from the end.
const QStringList &suffixes()
{
    static const QStringList list = [] {
        QStringList l{u"股份有限公司"_s, u"有限责任公司"_s, u"集团有限公司"_s, u"有限公司"_s,
                      u"集团公司"_s,     u"总公司"_s,       u"分公司"_s,       u"子公司"_s,
                      u"公司"_s,         u"集团"_s,         u"有限"_s,         u"股份"_s,
                      u"coltd"_s,        u"corporation"_s,  u"company"_s,      u"limited"_s,
                      u"ltd"_s,          u"inc"_s,          u"corp"_s,         u"co"_s,
                      u"group"_s};
        std::stable_sort(l.begin(), l.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return l;
    }();
    return list;
}

bool isPlace(QStringView s)
{
    return places().contains(s.toString());
}

// Removes bracketed parts that name a place, keeps the content of other brackets.
QString dropPlaceBrackets(const QString &half)
{
    QString out;
    qsizetype i = 0;
    while (i < half.size()) {
        const QChar c = half[i];
        if (c == u'(' || c == u'[' || c == u'【' || c == u'〔') {
            const qsizetype close = [&] {
                for (qsizetype k = i + 1; k < half.size(); ++k)
                    if (half[k] == u')' || half[k] == u']' || half[k] == u'】' || half[k] == u'〕')
                        return k;
                return qsizetype(-1);
            }();
            if (close > i) {
                const QString inner = TextNormalizer::searchKey(QStringView(half).mid(i + 1, close - i - 1));
                if (!isPlace(inner))
                    out += inner;
                i = close + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace

QString normalizedKey(QStringView name)
{
    const QString half = TextNormalizer::toHalfWidth(name);
    const QString folded = TextNormalizer::searchKey(half);
    QString key = TextNormalizer::searchKey(dropPlaceBrackets(half));

    // Legal forms from the end, repeatedly (…集团股份有限公司).
    for (bool changed = true; changed;) {
        changed = false;
        for (const QString &s : suffixes()) {
            if (key.size() > s.size() && key.endsWith(s)) {
                key.chop(s.size());
                changed = true;
                break;
            }
        }
    }
    // One or two leading places (广东省深圳市…).
    for (int round = 0; round < 2 && !key.isEmpty(); ++round) {
        const auto candidates = placesByFirst().constFind(key.front());
        if (candidates == placesByFirst().cend())
            break;
        for (const QString &p : *candidates) {
            if (key.size() > p.size() + 1 && key.startsWith(p)) {
                key.remove(0, p.size());
                break;
            }
        }
    }
    return key.isEmpty() ? folded : key;
}

int similarity(QStringView a, QStringView b)
{
    const QString ka = normalizedKey(a);
    const QString kb = normalizedKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return 0;
    if (ka == kb)
        return 100;
    auto bigrams = [](const QString &s) {
        QHash<QString, int> counts;
        if (s.size() == 1)
            counts[s] = 1;
        for (qsizetype i = 0; i + 1 < s.size(); ++i)
            ++counts[s.mid(i, 2)];
        return counts;
    };
    const QHash<QString, int> ba = bigrams(ka);
    const QHash<QString, int> bb = bigrams(kb);
    int common = 0, total = 0;
    for (auto it = ba.begin(); it != ba.end(); ++it) {
        total += it.value();
        common += std::min(it.value(), bb.value(it.key()));
    }
    for (int v : bb)
        total += v;
    return total == 0 ? 0 : int((200LL * common + total / 2) / total);
}

} // namespace Huike::CompanyName
