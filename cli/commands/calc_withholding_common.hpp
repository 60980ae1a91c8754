#pragma once
// Option parsing shared by `kyuyo calc withholding` and `kyuyo calc bonus-withholding`.
#include <string>

#include "command.hpp"
#include "kyuyo/core/date.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employee.hpp"

namespace kyuyo::cli::wh_cli {

/// Whole yen, digits with optional thousands commas; anything else is a usage error.
inline Yen parse_yen(const std::string& option, const std::string& text) {
  std::string digits;
  for (char ch : text) {
    if (ch == ',') continue;
    if (ch < '0' || ch > '9')
      throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
    digits += ch;
  }
  if (digits.empty() || digits.size() > 15)
    throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
  return Yen(std::stoll(digits));
}

inline int parse_dependents(int n) {
  if (n < 0 || n > 99) throw UsageError("--dependents: must be 0..99, got " + std::to_string(n));
  return n;
}

inline model::TaxColumn parse_column(const std::string& s) {
  if (s == "kou") return model::TaxColumn::kKou;
  if (s == "otsu") return model::TaxColumn::kOtsu;
  throw UsageError("--column: '" + s + "' must be kou (甲欄) or otsu (乙欄)");
}

/// The tables are chosen by payment date (支払日); a year stands for any payment date in it.
inline Date payment_date_of_year(int year) {
  if (year < 1900 || year > 9999)
    throw UsageError("--year: " + std::to_string(year) + " is not a year");
  return Date(year, 1, 1);
}

}  // namespace kyuyo::cli::wh_cli
