#pragma once

#include <QString>

#include <cstdint>

namespace Huike {

class Money;

// 人民币大写金额, written as the People's Bank of China rules for filling in bills and
// settlement vouchers (《正确填写票据和结算凭证的基本规定》) require:
// - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, 元角分; "壹拾" is always written;
// - one 零 for a zero or a run of zeros inside the number (壹仟零伍元整, 壹亿零壹万元整);
//   zeros that end a non-zero 万 or 亿 group are absorbed by the group unit
//   (壹拾万柒仟元, as in the rules' own example), an all-zero group is a gap (壹万亿零壹仟万);
// - where the 元 digit is 0 and 角 is not, 零 is written (壹仟陆佰捌拾元零叁角贰分) — the
//   rules allow either; we write it because it cannot be altered afterwards;
// - 角 is 0 and 分 is not: 零 after 元 (壹拾元零伍分);
// - 整 after 元 and after 角 when there is no 分 (伍角整); never after 分;
// - below one yuan no 元 is written (伍角整, 叁分); zero is 零元整;
// - negative amounts start with 负.
// The caller adds the "人民币" prefix where a form wants it.
namespace ChineseAmount {

QString fromFen(qint64 fen);
QString fromMoney(const Money &amount);

} // namespace ChineseAmount

} // namespace Huike
