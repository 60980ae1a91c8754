// kyuyo calc premiums: the issue's option and output-key names, figures from
// shared/reference/social-insurance.md (§1.4 worked example, §2.3 Tokyo R8 examples, §1.3 bonus
// half-yen example), prefecture spellings, and usage/data errors.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

namespace {

std::map<std::string, std::string> as_map(const std::string& out) {
  std::map<std::string, std::string> m;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << line;
    if (tab != std::string::npos) m[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return m;
}

std::vector<std::string> base(const std::string& pref = "東京都") {
  return {"calc", "premiums", "--month", "2026-04", "--prefecture", pref, "--remuneration", "300000",
          "--birth-date", "1990-05-10"};
}

TEST(CalcPremiumsCli, IssueKeysAndTokyoR8Figures) {
  auto r = run_kyuyo(base());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = as_map(r.out);
  for (const char* k : {"health_grade", "pension_grade", "standard_monthly", "health_employee", "pension_employee",
                        "employment_employee", "health_employer", "pension_employer", "employment_employer",
                        "child_contribution_employer"})
    EXPECT_TRUE(m.count(k)) << k;
  // §2.3: 300,000 → 健保 22級 / 厚年 19級; 健保+支援金 10.08% → 15,120; 厚年 27,450; 雇用 5/1000 → 1,500.
  EXPECT_EQ(m["health_grade"], "22");
  EXPECT_EQ(m["pension_grade"], "19");
  EXPECT_EQ(m["standard_monthly"], "300000");
  EXPECT_EQ(m["health_employee"], "15120");
  EXPECT_EQ(m["support_employee"], "345");
  EXPECT_EQ(m["pension_employee"], "27450");
  EXPECT_EQ(m["employment_employee"], "1500");
  EXPECT_EQ(m["health_employer"], "15120");
  EXPECT_EQ(m["pension_employer"], "27450");
  EXPECT_EQ(m["child_contribution_employer"], "1080");
  EXPECT_EQ(m["employment_employer"], "2550");  // 8.5/1000
  EXPECT_EQ(r.out.find("# "), std::string::npos);  // no trace without --explain
}

TEST(CalcPremiumsCli, PrefectureSpellingsAgree) {
  auto a = run_kyuyo(base("東京都")), b = run_kyuyo(base("東京")), c = run_kyuyo(base("13"));
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out, c.out);
  auto osaka = as_map(run_kyuyo(base("27")).out);  // 大阪 R8 10.13% + 0.23% → 10.36% → 15,540
  EXPECT_EQ(osaka["health_employee"], "15540");
}

TEST(CalcPremiumsCli, CombinedRoundingAndCareAndWage) {
  // §1.4: Tokyo R8 1,390,000 under 40 → 70,056 (combined), not 70,055.
  auto v = base();
  v[7] = "1500000";
  auto m = as_map(run_kyuyo(v).out);
  EXPECT_EQ(m["health_grade"], "50");
  EXPECT_EQ(m["pension_grade"], "32");
  EXPECT_EQ(m["health_employee"], "70056");
  // 2026-03 (before 支援金), age 45, --wage and --business: 健保+介護 11.47% → 17,205; R7 建設 6.5/1000.
  auto r = run_kyuyo({"calc", "premiums", "--month", "2026-03", "--prefecture", "東京", "--remuneration", "300000",
                      "--birth-date", "1981-01-15", "--wage", "243102", "--business", "construction", "--explain"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto c = as_map(r.out);
  EXPECT_EQ(c["health_employee"], "17205");
  EXPECT_EQ(c["care_applies"], "yes");
  EXPECT_EQ(c["employment_employee"], "1580");  // 243,102 × 6.5/1000 = 1,580.163 → 1,580
  EXPECT_NE(r.out.find("# "), std::string::npos);
  EXPECT_NE(r.out.find("round_50sen_rule"), std::string::npos);
  EXPECT_NE(r.out.find("kyokai-2026-03-01.xml"), std::string::npos);
}

TEST(CalcPremiumsCli, Bonus) {
  // §1.3: 標準賞与額 501,000 → 厚年 half 45,841.5 → 45,841.
  auto v = base();
  v.insert(v.end(), {"--bonus", "501999"});
  auto m = as_map(run_kyuyo(v).out);
  EXPECT_EQ(m["standard_bonus_health"], "501000");
  EXPECT_EQ(m["bonus_pension_employee"], "45841");
  EXPECT_EQ(m["bonus_pension_employer"], "45842");
  EXPECT_EQ(m["bonus_employment_employee"], "2510");  // 501,999 × 5/1000 = 2,509.995 → 2,510
}

TEST(CalcPremiumsCli, Errors) {
  auto v = base("東京府");
  EXPECT_EQ(run_kyuyo(v).exit_code, 2);
  v = base();
  v[3] = "2026-13";
  EXPECT_EQ(run_kyuyo(v).exit_code, 2);
  v = base();
  v.insert(v.end(), {"--business", "mining"});
  EXPECT_EQ(run_kyuyo(v).exit_code, 2);
  v = base();
  v[7] = "30万";
  EXPECT_EQ(run_kyuyo(v).exit_code, 2);
  // Beyond the rule data (令和9年3月分): a data error naming the missing rule set.
  v = base();
  v[3] = "2027-03";
  auto r = run_kyuyo(v);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("social.health.kyokai"), std::string::npos) << r.err;
}

}  // namespace
