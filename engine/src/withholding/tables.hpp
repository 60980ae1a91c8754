#pragma once
// Internal: the withholding rule data compiled into flat vectors (one set per rule file), so
// that a calculation is a binary search plus exact integer arithmetic.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::withholding::detail {

constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max();

/// Which file a figure came from, for explain traces: "schemas/rules/withholding/x.xml".
struct Origin {
  std::string path;   ///< shortened to start at "schemas/" when possible
  std::string title;  ///< the file's <title>
  Date from, until;
  bool covers(const Date& d) const { return d >= from && d <= until; }
};

/// 月額表 row: lower ≤ A < upper; tax = base + truncate((A − lower) × rate) when rate.
struct MonthlyRow {
  std::int64_t lower = 0, upper = kOpen;
  std::optional<Rate> rate;
  std::int64_t base[8] = {};  ///< 甲: d0..d7; 乙: base[0]
  int line = 0;
};

struct MonthlyTable {
  Origin origin;
  std::vector<MonthlyRow> kou, otsu;
  int kou_line = 0, otsu_line = 0;
  int max_column = 7;
  Yen per_extra_dependent;       ///< 備考1(3) 1,610
  Yen otsu_per_declared_person;  ///< 備考2 1,610
};

/// Band with inclusive bounds (電算機特例 別表).
struct ComputerBand {
  std::int64_t lower = 0, upper = kOpen;  ///< lower ≤ x ≤ upper
  std::optional<Rate> rate;
  std::int64_t amount = 0;  ///< 別表第一: added; 別表第三: the amount; 別表第四: subtracted
  int line = 0;
};

struct ComputerTable {
  Origin origin;
  std::vector<ComputerBand> deduction;  ///< 別表第一
  Yen dependent_deduction;              ///< 別表第二
  std::vector<ComputerBand> basic;      ///< 別表第三
  std::vector<ComputerBand> tax;        ///< 別表第四
};

/// 賞与 rate band: lower ≤ X < upper (X = 前月の社会保険料等控除後の給与等).
struct BonusBand {
  std::int64_t lower = 0, upper = kOpen;
  Rate rate;
  int line = 0;
};

struct BonusTable {
  Origin origin;
  std::vector<BonusBand> kou[8];
  std::vector<BonusBand> otsu;
  int max_column = 7;
  std::int64_t exception_multiple = 10;
};

Origin origin_of(const rules::RuleFile& f);
MonthlyTable compile_monthly(const rules::RuleFile& f);
ComputerTable compile_computer(const rules::RuleFile& f);
BonusTable compile_bonus(const rules::RuleFile& f);

/// Row with lower ≤ x < upper in a sorted contiguous vector (nullptr when x < first lower).
template <class Row>
const Row* find_half_open(const std::vector<Row>& rows, std::int64_t x) {
  std::size_t lo = 0, hi = rows.size();
  while (lo < hi) {  // first row with lower > x
    std::size_t mid = (lo + hi) / 2;
    if (rows[mid].lower <= x)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return nullptr;
  const Row& r = rows[lo - 1];
  return x < r.upper ? &r : nullptr;
}

/// Band with lower ≤ x ≤ upper.
inline const ComputerBand* find_closed(const std::vector<ComputerBand>& rows, std::int64_t x) {
  for (const auto& r : rows)
    if (x >= r.lower && x <= r.upper) return &r;
  return nullptr;
}

}  // namespace kyuyo::withholding::detail
