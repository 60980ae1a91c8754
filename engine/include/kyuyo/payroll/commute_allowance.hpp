#pragma once
/// \brief 通勤手当の非課税限度額 (所得税法9条1項5号, 所得税法施行令20条の2): the non-taxable part of a
/// month's commuting allowance, from the rule file `payroll.commute` in force on the date the
/// allowance is payable. The allowance paid for 交通機関 is taken to be the 合理的な運賃等の額.
#include <string>
#include <vector>

#include "kyuyo/core/yen.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::payroll {

struct CommuteInput {
  Yen transit;            ///< 交通機関・有料道路 allowance paid for the month
  Yen car;                ///< 交通用具 allowance paid for the month
  int distance_m = 0;     ///< one-way distance for the car allowance
  Yen parking;            ///< 駐車場等の料金 included in `car` (counts only where the rule file allows)
};

struct CommuteResult {
  Yen non_taxable;
  Yen taxable;  ///< the excess over the limits, added to 課税支給額
  std::vector<std::string> trace;
};

/// rules: the `payroll.commute` file in force on the payment date.
/// trace=false skips the explain lines (bulk runs).
CommuteResult split_commute_allowance(const CommuteInput& in, const rules::RuleFile& rules, bool trace = true);

}  // namespace kyuyo::payroll
