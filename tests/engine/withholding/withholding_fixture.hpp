#pragma once
// Shared by the withholding tests: the withholding rule data only (schemas/rules/withholding/),
// one compiled Engine, and independent readers of the reference extractions in
// ../shared/reference/data (renjaku YAML read line by line, keiri JSON via property_tree) so
// that every cell can be compared with what the engine computes. Rates from the reference files
// are turned into exact integer fractions here (never floating point).
#include <gtest/gtest.h>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/withholding/withholding.hpp"
#include "support/helpers.hpp"

namespace kyuyo::withholding::test {

inline const rules::RuleLibrary& wh_rules() {
  static const rules::RuleLibrary lib =
      xml::load_rule_library(resources::rules_dir() + "/withholding");
  return lib;
}
inline const Engine& engine() {
  static const Engine e(wh_rules());
  return e;
}
inline Date d2025() { return Date(2025, 6, 25); }
inline Date d2026() { return Date(2026, 6, 25); }

inline std::int64_t tax(Date d, std::int64_t a, int n, TaxColumn c = TaxColumn::kKou,
                        WithholdingMethod m = WithholdingMethod::kTable) {
  auto r = engine().monthly({d, Yen(a), n, c, m, PayPeriod::kMonthly}, false);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
  return r ? r->tax.value() : -1;
}

/// Exact decimal "0.4084" as num/den.
struct Frac {
  std::int64_t num = 0, den = 1;
};
inline Frac frac(const std::string& dec) {
  Frac f;
  bool after = false;
  for (char ch : dec) {
    if (ch == '.') {
      after = true;
      continue;
    }
    f.num = f.num * 10 + (ch - '0');
    if (after) f.den *= 10;
  }
  return f;
}
/// floor(x × f) for x ≥ 0.
inline std::int64_t floor_mul(std::int64_t x, Frac f) {
  return static_cast<std::int64_t>((__int128)x * f.num / f.den);
}

/// ../shared/reference/data, or empty (tests then skip loudly).
inline std::string data_dir() {
  auto d = kyuyo::test::shared_reference_dir() + "/data";
  return std::filesystem::exists(d + "/withholding-monthly-r08.keiri.json") ? d : std::string();
}
#define WH_REQUIRE_SHARED(dir)                                            \
  const std::string dir = ::kyuyo::withholding::test::data_dir();         \
  if (dir.empty())                                                        \
  GTEST_SKIP() << "SKIPPED LOUDLY: ../shared/reference/data is missing (" \
               << kyuyo::test::shared_reference_dir()                     \
               << "); the reference-data comparisons did not run"

/// One row of a renjaku 月額表 section: general (甲, 8 amounts) or default (乙, one amount).
struct RefRow {
  std::int64_t lower = 0;
  std::vector<std::int64_t> amounts;
  std::optional<std::string> rate;  ///< overLowerLimitRate text
};
struct RefMonthly {
  std::vector<RefRow> kou, otsu;
};
inline RefMonthly read_renjaku_monthly(const std::string& path) {
  RefMonthly m;
  std::ifstream in(path);
  std::string line, section;
  std::regex key(R"(^\s*(-\s+)?(\w+):\s*(\S*)\s*$)"), sec(R"(^(\w+):\s*$)");
  std::smatch mm;
  while (std::getline(in, line)) {
    if (std::regex_match(line, mm, sec)) {
      section = mm[1];
      continue;
    }
    if (!std::regex_match(line, mm, key) || section == "metadata") continue;
    std::string k = mm[2], v = mm[3];
    auto& rows = section == "general" ? m.kou : m.otsu;
    if (k == "lowerLimit")
      rows.push_back({std::stoll(v), {}, std::nullopt});
    else if (k == "amount")
      rows.back().amounts.push_back(std::stoll(v));
    else if (k == "overLowerLimitRate")
      rows.back().rate = v;
  }
  return m;
}

/// renjaku 賞与 table: column name → [(lower or -1 for none, rate text)].
struct RefBand {
  std::int64_t lower = 0;
  std::string rate;
};
inline std::map<std::string, std::vector<RefBand>> read_renjaku_bonus(const std::string& path) {
  std::map<std::string, std::vector<RefBand>> out;
  std::ifstream in(path);
  std::string line, col;
  std::regex key(R"(^\s*(-\s+)?(lowerLimit|rate):\s*(\S+)\s*$)"), sec(R"(^(\w+):\s*$)");
  std::smatch mm;
  while (std::getline(in, line)) {
    if (std::regex_match(line, mm, sec)) {
      col = mm[1];
      continue;
    }
    if (!std::regex_match(line, mm, key)) continue;
    if (mm[2] == "lowerLimit")
      out[col].push_back({mm[3] == "null" ? 0 : std::stoll(mm[3]), ""});
    else
      out[col].back().rate = mm[3];
  }
  return out;
}

inline boost::property_tree::ptree read_json(const std::string& path) {
  boost::property_tree::ptree t;
  boost::property_tree::read_json(path, t);
  return t;
}

}  // namespace kyuyo::withholding::test
