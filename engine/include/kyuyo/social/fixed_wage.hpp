#pragma once
/// \brief 固定的賃金 / 非固定的賃金 of a pay item, for 随時改定 detection (健康保険法43条; 日本年金機構
/// 「随時改定」: 固定的賃金 = 基本給 (月給・週給・日給・時間給の単価), 家族手当, 通勤手当, 住宅手当,
/// 役付手当 等 — 稼働や能率の実績に関係なく月単位等で一定額が継続して支給されるもの; 非固定的賃金 =
/// 残業手当, 能率手当, 日直手当, 休日勤務手当, 精勤手当 等 — 稼働実績等によって支給されるもの).
///
/// Classification by item code (the payroll CSV column, see payroll::item_for_column):
///   fixed:    base, family_allowance, housing_allowance, position_allowance, commute_transit,
///             commute_car, in_kind, and the employer's own `allowance:名称` and `inkind:名称` items;
///   variable: overtime, late_night, holiday_work, absence_deduction (欠勤控除 follows attendance,
///             not a change of the rate), the employer's own `variable:名称` items (課税手当 that
///             depend on attendance or results, e.g. `variable:精勤手当`);
///   none:     bonus (賞与), nontaxable:/deduction: items and every premium, tax or other line.
#include <string_view>

namespace kyuyo::social {

enum class WageNature { kFixed, kVariable, kNone };

WageNature wage_nature(std::string_view item_code);

}  // namespace kyuyo::social
