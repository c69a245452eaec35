#include "ui/customerbasictab.h"
#include "ui/enumitems.h"

#include "core/customer.h"

using namespace Qt::StringLiterals;

namespace Huike {

CustomerBasicTab::CustomerBasicTab(QWidget *parent) : CustomerFieldsTab(parent)
{
    addLine(u"name"_s, tr("Customer &name"), tr("Full registered name, e.g. 上海恒信精密机械有限公司"));
    addLine(u"shortName"_s, tr("S&hort name"));
    addLine(u"creditCode"_s, tr("&Credit code"), tr("18 characters (统一社会信用代码)"));
    addLine(u"phone"_s, tr("&Phone"), u"010-6552 9988"_s);
    addLine(u"email"_s, tr("&Email"));
    addLine(u"website"_s, tr("&Website"));
    addLine(u"address"_s, tr("&Address"));
    addLine(u"province"_s, tr("Pro&vince"));
    addLine(u"city"_s, tr("C&ity"));
    addLine(u"postcode"_s, tr("Pos&tcode"));
    addLine(u"industry"_s, tr("In&dustry"));
    addLine(u"region"_s, tr("&Region"));
    addCombo(u"size"_s, tr("Si&ze"), enumItems<CustomerSize>(true));
}

} // namespace Huike
