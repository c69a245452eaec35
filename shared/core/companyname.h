#pragma once

#include <QString>
#include <QStringView>

namespace Huike {

// Company names as keys for the duplicate check (FEATURES.md C3).
namespace CompanyName {

// The distinctive part of a name: half width, case folded, without punctuation, the
// legal form (有限公司, 有限责任公司, 股份有限公司, 集团, 分公司, Co., Ltd. …) and a leading
// or bracketed province/city (北京市…, …（上海）…). "北京市华通科技有限公司" and
// "华通科技（北京）有限公司" both give "华通科技". Never empty for a non-empty name: when
// stripping would leave nothing, the folded name is returned.
QString normalizedKey(QStringView name);

// How alike two names are, 0–100: the Dice coefficient of the character bigrams of
// their keys (100 when the keys are equal).
int similarity(QStringView a, QStringView b);

} // namespace CompanyName

} // namespace Huike
