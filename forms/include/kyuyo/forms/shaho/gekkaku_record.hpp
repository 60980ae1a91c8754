#pragma once
/// \brief 月額変更届 / 70歳以上被用者月額変更届 (様式コード 2221700, 49 items).
/// Rules: shared/reference/social-insurance.md §4.2 and §5.4.2.
#include <array>
#include <optional>
#include <string>

#include "kyuyo/forms/shaho/santei_record.hpp"

namespace kyuyo::forms::shaho {

struct GekkakuInput {
  Office office;
  Insured person;
  YearMonth revision;  ///< 改定年月: the 4th month (the month after the three)
  std::optional<Yen> previous_health;
  std::optional<Yen> previous_pension;
  YearMonth previous_revision;
  std::optional<int> raise_month;
  int raise_kind = 0;  ///< 1 昇給, 2 降給
  std::optional<int> retro_month;
  Yen retro_amount;
  std::array<MonthPay, 3> months;  ///< the three months before `revision`
  std::optional<Yen> corrected_average;
  bool over70 = false;
  bool over70_only = false;
  bool two_offices = false;
  bool short_time = false;
  std::string reason;  ///< 昇給・降給の理由
  bool health_only = false;
  std::string remarks;
};

/// 総計 = Σ 合計 (cap 9,999,999); 平均額 = 総計 ÷ 3, yen fractions cut off.
Built build_gekkaku(const GekkakuInput& in);

}  // namespace kyuyo::forms::shaho
