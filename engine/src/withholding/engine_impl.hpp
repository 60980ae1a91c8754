#pragma once
// Internal: Engine's state (compiled tables per rule file) and the calculation steps shared by
// the monthly and bonus paths.
#include <string>
#include <vector>

#include "kyuyo/withholding/withholding.hpp"
#include "tables.hpp"

namespace kyuyo::withholding {

struct Engine::Impl {
  std::vector<detail::MonthlyTable> monthly;
  std::vector<detail::ComputerTable> computer;
  std::vector<detail::BonusTable> bonus;

  template <class T>
  static const T* pick(const std::vector<T>& v, const Date& d) {
    for (const auto& t : v)
      if (t.origin.covers(d)) return &t;
    return nullptr;
  }

  /// 月額表 tax (甲 or 乙) without validation; appends to trace when non-null.
  Yen table_tax(const detail::MonthlyTable& t, Yen a, int n, TaxColumn col,
                std::vector<std::string>* trace) const;
  /// 電算機特例 (甲欄).
  Yen computer_tax(const detail::ComputerTable& t, Yen a, int n,
                   std::vector<std::string>* trace) const;
};

namespace detail {
std::string yen_str(Yen y);
std::string yen_str(std::int64_t y);
std::string cite(const Origin& o, const char* table, int line);
/// "no rule data 'withholding.monthly' in force on payment date 2027-01-05 (loaded:
/// 2020-01-01..2025-12-31, …)"
template <class T>
Result<TaxResult> no_rules(const char* what, const Date& d, const std::vector<T>& loaded) {
  std::string have;
  for (const auto& t : loaded)
    have += (have.empty() ? "" : ", ") + iso(t.origin.from) + ".." + iso(t.origin.until);
  return fail(ErrorCode::kRuleData, std::string("no rule data '") + what +
                                        "' in force on payment date " + iso(d) +
                                        " (loaded: " + (have.empty() ? "none" : have) + ")");
}
}  // namespace detail

}  // namespace kyuyo::withholding
