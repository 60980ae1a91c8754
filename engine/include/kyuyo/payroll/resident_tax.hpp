#pragma once
/// \brief 住民税 特別徴収 (地方税法321条の3〜5): the municipality's 特別徴収税額の決定通知書 gives a
/// year's tax (年税額) for 6月 to 翌年5月, split as the June amount and the July–May monthly
/// amount (100円未満の端数 goes to June). The employer deducts from the pay paid in each month.
#include <optional>
#include <string>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::payroll {

struct ResidentTaxNotice {
  int fiscal_year = 0;            ///< 年度 (令和8年度 = 2026): June 2026 – May 2027
  std::string municipality_code;  ///< 市区町村コード
  std::string municipality_name;
  Yen annual;                     ///< 年税額
  Yen june;                       ///< 6月分
  Yen monthly;                    ///< 7月分〜翌年5月分 (each)
};

/// The 年度 whose notice applies to pay paid in the month of `payment`: June–December → that
/// year, January–May → the previous year.
int resident_tax_fiscal_year(const Date& payment);

/// The amount to deduct from pay paid on `payment` under `notice` (which must be for
/// resident_tax_fiscal_year(payment)): June → june, July–May → monthly.
Yen resident_tax_for_payment(const ResidentTaxNotice& notice, const Date& payment);

/// Checks june + 11 × monthly == annual (the notice's own arithmetic); errors name the field.
Result<void> check_notice(const ResidentTaxNotice& n);

}  // namespace kyuyo::payroll
