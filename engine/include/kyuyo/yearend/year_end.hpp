#pragma once
/// \brief The 年末調整 calculation for one employee (所得税法190条; 『年末調整のしかた』).
///
///   const auto& lib = kyuyo::xml::default_rule_library();          // adapters (not in engine/)
///   kyuyo::yearend::YearEndInput in{.year = 2026, .salary = Yen(5'000'000), …};
///   kyuyo::yearend::YearEndResult r = kyuyo::yearend::compute(lib, in);
///
/// Pure: no I/O, no clock. Rule data: "yearend" and "yearend.employment_income" in force on
/// 1 January of in.year (schemas/rules/yearend/). Throws KyuyoError:
///   kUnsupported  salary over the 年末調整 limit (2,000万円, 所得税法190条) or 課税給与所得金額
///                 over 18,050,000 (outside the 速算表 for 年末調整);
///   kInvalidInput negative amounts, 同居特別障害者 for the employee;
///   kRuleData     no rule data for the year.
#include <string>
#include <utility>
#include <vector>

#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/yearend/input.hpp"
#include "kyuyo/yearend/result.hpp"

namespace kyuyo::yearend {

YearEndResult compute(const rules::RuleLibrary& lib, const YearEndInput& in);

/// The result as the calculator prints it: "key\tvalue" lines in 源泉徴収簿 order
/// (employment_income … annual_tax, excess, shortfall), bare integers.
std::vector<std::pair<std::string, Yen>> result_lines(const YearEndResult& r);

}  // namespace kyuyo::yearend
