// kyuyo calc yearend: the output keys named in issue 7, values of hand-worked cases
// (tests/engine/yearend/year_end_test.cpp has the hand computations), usage errors.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

namespace {

std::vector<std::pair<std::string, std::string>> parse(const std::string& out) {
  std::vector<std::pair<std::string, std::string>> kv;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    kv.emplace_back(line.substr(0, tab), tab == std::string::npos ? "" : line.substr(tab + 1));
  }
  return kv;
}

std::map<std::string, std::string> as_map(const std::string& out) {
  std::map<std::string, std::string> m;
  for (auto& [k, v] : parse(out)) m[k] = v;
  return m;
}

TEST(CalcYearend, PrintsExactlyTheIssueKeysInOrder) {
  auto r = run_kyuyo({"calc", "yearend", "--year", "2026", "--salary", "5000000", "--withheld", "150000", "--social",
                      "750000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> keys = {"employment_income", "income_adjustment", "employment_income_after_adjustment",
                                         "social_insurance", "small_business_mutual", "life_insurance",
                                         "earthquake_insurance", "spouse_deduction", "specific_relative_deduction",
                                         "dependent_deduction", "basic_deduction", "total_deductions",
                                         "taxable_income", "computed_tax", "housing_credit", "annual_income_tax",
                                         "annual_tax", "excess", "shortfall"};
  auto kv = parse(r.out);
  ASSERT_EQ(kv.size(), keys.size()) << r.out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(kv[i].first, keys[i]);
    EXPECT_FALSE(kv[i].second.empty());
    EXPECT_EQ(kv[i].second.find_first_not_of("0123456789"), std::string::npos) << "bare integer: " << kv[i].second;
  }
  // Case A, 令和8年分 (hand computation in year_end_test.cpp CaseA_SingleSalaryOnly)
  auto m = as_map(r.out);
  EXPECT_EQ(m["employment_income"], "3560000");
  EXPECT_EQ(m["basic_deduction"], "1040000");
  EXPECT_EQ(m["taxable_income"], "1770000");
  EXPECT_EQ(m["annual_tax"], "90300");
  EXPECT_EQ(m["excess"], "59700");
  EXPECT_EQ(m["shortfall"], "0");
}

TEST(CalcYearend, Reiwa7SameInputs) {
  // Case A, 令和7年分: basic 680,000, taxable 2,130,000, annual tax 117,900, excess 32,100.
  auto r = run_kyuyo({"calc", "yearend", "--year", "2025", "--salary", "5000000", "--withheld", "150000", "--social",
                      "750000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = as_map(r.out);
  EXPECT_EQ(m["basic_deduction"], "680000");
  EXPECT_EQ(m["taxable_income"], "2130000");
  EXPECT_EQ(m["computed_tax"], "115500");
  EXPECT_EQ(m["annual_tax"], "117900");
  EXPECT_EQ(m["excess"], "32100");
}

TEST(CalcYearend, EveryOptionCaseE) {
  // Case E (year_end_test.cpp CaseE_HighEarnerDisabledDependent), 令和8年分, through the options.
  auto r = run_kyuyo({"calc", "yearend", "--year", "2026", "--salary", "12000000", "--withheld", "1400000",
                      "--social", "1500000", "--small-business-mutual", "276000", "--life-general-old", "120000",
                      "--life-pension-new", "90000", "--life-care", "10000", "--quake", "40000",
                      "--quake-old-long", "15000", "--spouse-income", "0", "--dependent",
                      "general:cohabiting-special-disabled", "--single-parent", "--housing-credit", "100000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = as_map(r.out);
  EXPECT_EQ(m["employment_income"], "10050000");
  EXPECT_EQ(m["income_adjustment"], "150000");
  EXPECT_EQ(m["employment_income_after_adjustment"], "9900000");
  EXPECT_EQ(m["small_business_mutual"], "276000");
  EXPECT_EQ(m["life_insurance"], "100000");
  EXPECT_EQ(m["earthquake_insurance"], "50000");
  EXPECT_EQ(m["spouse_deduction"], "130000");
  EXPECT_EQ(m["dependent_deduction"], "1130000");
  EXPECT_EQ(m["basic_deduction"], "620000");
  EXPECT_EQ(m["total_deductions"], "3806000");
  EXPECT_EQ(m["taxable_income"], "6094000");
  EXPECT_EQ(m["computed_tax"], "791300");
  EXPECT_EQ(m["housing_credit"], "100000");
  EXPECT_EQ(m["annual_income_tax"], "691300");
  EXPECT_EQ(m["annual_tax"], "705800");
  EXPECT_EQ(m["excess"], "694200");
}

TEST(CalcYearend, SpecificRelativeSpouseAndShortfallCaseC) {
  // Case C, 令和7年分 (year_end_test.cpp): shortfall 27,400.
  auto r = run_kyuyo({"calc", "yearend", "--year", "2025", "--salary", "6000000", "--withheld", "20000", "--social",
                      "900000", "--spouse-income", "1000000", "--specific-relative-income", "1000000",
                      "--dependent", "elderly", "--housing-credit", "30000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = as_map(r.out);
  EXPECT_EQ(m["spouse_deduction"], "360000");
  EXPECT_EQ(m["specific_relative_deduction"], "410000");
  EXPECT_EQ(m["dependent_deduction"], "480000");
  EXPECT_EQ(m["annual_tax"], "47400");
  EXPECT_EQ(m["excess"], "0");
  EXPECT_EQ(m["shortfall"], "27400");
}

TEST(CalcYearend, LifeSpecialNeedsADependentUnder23) {
  // ref §3.5 (S15): 令和8年分 new 一般 100,000 → 55,000 with a dependent under 23, else 40,000.
  std::vector<std::string> base = {"calc", "yearend", "--year", "2026", "--salary", "5000000", "--withheld", "0",
                                   "--social", "0", "--life-general-new", "100000"};
  auto without = run_kyuyo(base);
  base.insert(base.end(), {"--dependent", "general-teen"});
  auto with = run_kyuyo(base);
  ASSERT_EQ(without.exit_code, 0) << without.err;
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(as_map(without.out)["life_insurance"], "40000");
  EXPECT_EQ(as_map(with.out)["life_insurance"], "55000");
}

TEST(CalcYearend, ExplainShowsTheRules) {
  auto r = run_kyuyo({"calc", "yearend", "--year", "2026", "--salary", "2195000", "--withheld", "0", "--social", "0",
                      "--explain"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(as_map(r.out)["employment_income"], "1453000");  // 措法29条の4 special row
  EXPECT_NE(r.out.find("別表第五 row 2,193,000以上 2,196,000未満"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("基礎控除"), std::string::npos);
  EXPECT_NE(r.out.find("102.1%"), std::string::npos);
}

TEST(CalcYearend, UsageAndDataErrors) {
  std::vector<std::string> base = {"calc", "yearend", "--salary", "5000000", "--withheld", "0", "--social", "0"};
  auto no_year = run_kyuyo(base);
  EXPECT_EQ(no_year.exit_code, 2);
  auto add = [&](std::vector<std::string> extra) {
    auto a = base;
    a.insert(a.end(), extra.begin(), extra.end());
    return run_kyuyo(a);
  };
  EXPECT_EQ(add({"--year", "2026", "--dependent", "cousin"}).exit_code, 2);
  EXPECT_EQ(add({"--year", "2026", "--dependent", "general:blind"}).exit_code, 2);
  EXPECT_EQ(add({"--year", "2026", "--widow", "--single-parent"}).exit_code, 2);
  EXPECT_EQ(add({"--year", "2026", "--self-disabled", "--self-special-disabled"}).exit_code, 2);
  EXPECT_EQ(add({"--year", "2026", "--quake", "12.5"}).exit_code, 2);
  auto y2027 = add({"--year", "2027"});
  EXPECT_EQ(y2027.exit_code, 1);
  EXPECT_NE(y2027.err.find("2027-01-01"), std::string::npos) << y2027.err;
  auto big = run_kyuyo({"calc", "yearend", "--year", "2026", "--salary", "25000000", "--withheld", "0", "--social",
                        "0"});
  EXPECT_EQ(big.exit_code, 1);
  EXPECT_NE(big.err.find("190"), std::string::npos) << big.err;
}

// 国外居住親族 (所得税法84条1項, 令和5年分以後; 国税庁 No.1180 as summarised in fiestared/keiri-tools
// docs/fuyo-kojo): a non-resident aged 30–69 gives 扶養控除 only as 留学, 障害者 or with 送金 ≥ 38万円.
// Salary 5,000,000, social 750,000 (Case A of year_end_test): ⑲ is the 扶養控除 alone.
TEST(CalcYearend, NonResidentDependentConditions) {
  for (const char* year : {"2025", "2026"}) {
    SCOPED_TRACE(year);
    auto dep = [&](const std::string& d) {
      auto r = run_kyuyo({"calc", "yearend", "--year", year, "--salary", "5000000", "--withheld", "0", "--social",
                          "750000", "--dependent", d});
      EXPECT_EQ(r.exit_code, 0) << d << ": " << r.err;
      return as_map(r.out)["dependent_deduction"];
    };
    EXPECT_EQ(dep("general:non-resident:age=29"), "380000");
    EXPECT_EQ(dep("general:non-resident:age=30"), "0");
    EXPECT_EQ(dep("general:non-resident:age=69"), "0");
    EXPECT_EQ(dep("elderly:non-resident"), "480000");
    EXPECT_EQ(dep("general:non-resident:age=45:student"), "380000");
    EXPECT_EQ(dep("general:disabled:non-resident:age=45"), "650000");  // 380,000 + 障害者 270,000
    EXPECT_EQ(dep("general:non-resident:age=45:remittance=380000"), "380000");
    EXPECT_EQ(dep("general:non-resident:age=45:remittance=379999"), "0");
    EXPECT_EQ(dep("specific:non-resident:no-documents"), "0");
    EXPECT_EQ(dep("specific:non-resident"), "630000");
  }
  auto base = std::vector<std::string>{"calc", "yearend", "--year", "2026", "--salary", "5000000", "--withheld", "0",
                                       "--social", "0", "--dependent"};
  auto with = [&](const char* d) {
    auto a = base;
    a.push_back(d);
    return run_kyuyo(a);
  };
  auto no_age = with("general:non-resident");  // 23–69 straddles the band
  EXPECT_EQ(no_age.exit_code, 1);
  EXPECT_NE(no_age.err.find("needs the age"), std::string::npos) << no_age.err;
  EXPECT_EQ(with("general:student").exit_code, 2);            // student without non-resident
  EXPECT_EQ(with("general:non-resident:age=x").exit_code, 2);
  EXPECT_EQ(with("general:non-resident:remittance=abc").exit_code, 2);
}

// ひとり親控除 (所得税法2条1項31号, 81条; ref §2.7): the child's 総所得金額等 within 58万円 (2025) /
// 62万円 (2026); the employee's 合計所得金額 within 500万円.
TEST(CalcYearend, SingleParentChildIncome) {
  auto ded = [](const char* year, std::vector<std::string> extra) {
    std::vector<std::string> a = {"calc", "yearend", "--year", year, "--salary", "5000000", "--withheld", "0",
                                  "--social", "750000", "--single-parent"};
    a.insert(a.end(), extra.begin(), extra.end());
    auto r = run_kyuyo(a);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return as_map(r.out)["dependent_deduction"];
  };
  EXPECT_EQ(ded("2025", {"--single-parent-child-income", "580000"}), "350000");
  EXPECT_EQ(ded("2025", {"--single-parent-child-income", "580001"}), "0");
  EXPECT_EQ(ded("2026", {"--single-parent-child-income", "620000"}), "350000");
  EXPECT_EQ(ded("2026", {"--single-parent-child-income", "620001"}), "0");
  EXPECT_EQ(ded("2026", {}), "350000");  // not given: taken as declared
  auto no_flag = run_kyuyo({"calc", "yearend", "--year", "2026", "--salary", "5000000", "--withheld", "0", "--social",
                            "0", "--single-parent-child-income", "0"});
  EXPECT_EQ(no_flag.exit_code, 2);
}

}  // namespace
