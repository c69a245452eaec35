// Figures for shared/core's hot paths: pricing a quote, 大写金额, duplicate-check keys.
#include "benchutil.h"

#include "core/chineseamount.h"
#include "core/companyname.h"
#include "core/phonenumber.h"
#include "core/pricing.h"
#include "core/textnormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace Huike;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    volatile qint64 sink = 0;

    {
        QList<PriceLine> lines;
        for (int i = 0; i < 50; ++i)
            lines.append({*Decimal::parse(u"3.5"), *Decimal::parse(u"9.995"),
                          *Decimal::parse(u"12.5"), Decimal::fromInteger(i % 2 ? 13 : 6)});
        const int rounds = 20000;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r)
            sink = sink + Pricing::compute(lines, r % 2 ? TaxMode::Inclusive : TaxMode::Exclusive).gross.fen();
        Bench::report("core.pricing_50_lines_us", double(t.nsecsElapsed()) / rounds / 1000.0, "us");
    }
    {
        const int rounds = 200000;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r)
            sink = sink + ChineseAmount::fromFen(qint64(r) * 1234567).size();
        Bench::report("core.chinese_amount_ns", double(t.nsecsElapsed()) / rounds, "ns");
    }
    {
        const QStringList names{u"北京市华通科技有限公司"_s, u"华通科技（上海）有限公司"_s,
                                u"深圳市鑫瑞电子股份有限公司"_s, u"浙江恒泰机械设备集团有限公司"_s};
        const int rounds = 50000;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r)
            sink = sink + CompanyName::normalizedKey(names[r % names.size()]).size();
        Bench::report("core.company_key_us", double(t.nsecsElapsed()) / rounds / 1000.0, "us");
    }
    {
        const QStringList phones{u"+86 138-0013-8000"_s, u"(010) 6552 9988 转 801"_s,
                                 u"400-820-8820"_s, u"0755-88886666"_s};
        const int rounds = 100000;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r)
            sink = sink + PhoneNumber::normalizedKey(phones[r % phones.size()]).size();
        Bench::report("core.phone_key_us", double(t.nsecsElapsed()) / rounds / 1000.0, "us");
    }
    {
        const int rounds = 20000;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r)
            sink = sink + TextNormalizer::pinyin(u"北京鑫瑞科技有限公司").initials.size();
        Bench::report("core.pinyin_10_chars_us", double(t.nsecsElapsed()) / rounds / 1000.0, "us");
    }
    return sink == -1 ? 1 : 0;
}
