#include "kyuyo/social/fixed_wage.hpp"

#include <array>

namespace kyuyo::social {

WageNature wage_nature(std::string_view code) {
  static constexpr std::array<std::string_view, 7> kFixed = {"base",           "family_allowance", "housing_allowance",
                                                             "position_allowance", "commute_transit", "commute_car",
                                                             "in_kind"};
  static constexpr std::array<std::string_view, 4> kVariable = {"overtime", "late_night", "holiday_work",
                                                                "absence_deduction"};
  for (auto c : kFixed)
    if (code == c) return WageNature::kFixed;
  for (auto c : kVariable)
    if (code == c) return WageNature::kVariable;
  if (code.starts_with("allowance:") || code.starts_with("inkind:")) return WageNature::kFixed;
  if (code.starts_with("variable:")) return WageNature::kVariable;
  return WageNature::kNone;
}

}  // namespace kyuyo::social
