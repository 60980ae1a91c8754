// The sample company's (samples/company, 東京都, 協会けんぽ, 翌月徴収) 2026 runs: for every run, the
// employer totals stored with it must be the 納入告知額 computed independently of the pay engine —
// Σ over the charged employees of 標準報酬月額 (標準賞与額) × rate, 1円未満 cut once per kind
// (日本年金機構「保険料の計算方法について」; shared/reference/social-insurance.md §1.5) — and the
// stored 事業主負担 plus the employees' deductions on the slips must add up to it.
// Rates (reference §1.1–1.3, Tokyo): premium months to 2026-02 健保 9.91% + 介護 1.59%; from
// 2026-03 9.85% + 1.62%; 子ども・子育て支援金 0.23% from 2026-04; 厚年 18.3%; 拠出金 0.36%.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <map>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/rate.hpp"
#include "kyuyo/core/rounding.hpp"
#include "kyuyo/social/eligibility.hpp"
#include "support/helpers.hpp"

using namespace kyuyo;

namespace {
Rate pct(std::int64_t hundredths) { return Rate::percent(hundredths); }
}  // namespace

TEST(PayrollSampleCompany, StoredEmployerTotalsAreTheNoticeAmountComputedIndependently) {
  test::TempDir dir;
  const std::string db_path = dir.str("t.db"), s = test::test_dir() + "/../samples/company/";
  auto ok = [&](std::vector<std::string> a) {
    a.push_back("--db");
    a.push_back(db_path);
    auto r = test::run_kyuyo(a);
    ASSERT_EQ(r.exit_code, 0) << a[0] << " " << a[1] << "\n" << r.out << r.err;
  };
  ok({"import", "employers", s + "employers.csv"});
  ok({"import", "employees", s + "employees.csv"});
  ok({"import", "dependents", s + "dependents.csv"});
  ok({"import", "payroll", s + "payroll-2026.csv"});
  ok({"import", "resident-tax", s + "resident-tax-2026.csv"});
  for (int m = 1; m <= 12; ++m) {
    char p[8];
    std::snprintf(p, sizeof p, "2026-%02d", m);
    ok({"payroll", "run", "--period", p, "--no-payslips", "--no-trace"});
  }
  ok({"bonus", "run", "--payment-date", "2026-07-10", "--no-payslips", "--no-trace"});
  ok({"bonus", "run", "--payment-date", "2026-12-10", "--no-payslips", "--no-trace"});

  auto db = db::Database::open(db_path);
  auto& sql = db->session();
  std::map<long long, Date> birth;
  {
    long long id = 0;
    std::string b;
    soci::statement st = (sql.prepare << "SELECT id, birth_date FROM employees", soci::into(id), soci::into(b));
    st.execute();
    while (st.fetch()) birth[id] = *parse_date(b);
  }
  std::vector<std::pair<long long, std::string>> runs;
  {
    long long id = 0;
    std::string kind;
    soci::statement st = (sql.prepare << "SELECT id, kind FROM pay_runs WHERE status = 'final' ORDER BY id",
                          soci::into(id), soci::into(kind));
    st.execute();
    while (st.fetch()) runs.emplace_back(id, kind);
  }
  ASSERT_EQ(runs.size(), 14u);
  for (const auto& [run, kind] : runs) {
    ExactAmount health, pension, child;
    long long deducted = 0;
    long long ee = 0, sh = 0, sp = 0, sbh = 0, sbp = 0, social = 0;
    std::string pm, lines;
    soci::indicator ih = soci::i_null, ip = soci::i_null;
    soci::statement st = (sql.prepare << "SELECT employee_id, premium_month, standard_health, standard_pension, "
                                         "standard_bonus_health, standard_bonus_pension, social_insurance, lines "
                                         "FROM pay_slips WHERE run_id = :r",
                          soci::use(run), soci::into(ee), soci::into(pm), soci::into(sh, ih), soci::into(sp, ip),
                          soci::into(sbh), soci::into(sbp), soci::into(social), soci::into(lines));
    st.execute();
    while (st.fetch()) {
      deducted += social;
      if (social == 0) continue;  // 健保・厚年 not charged this month
      const YearMonth m = *YearMonth::parse(pm);
      const Yen hb(kind == "bonus" ? sbh : (ih == soci::i_ok ? sh : 0));
      const Yen pb(kind == "bonus" ? sbp : (ip == soci::i_ok ? sp : 0));
      const bool r8 = !(m < YearMonth{2026, 3});
      Rate rate = r8 ? pct(985) : pct(991);
      if (social::care_applies(birth.at(ee), m)) rate = rate + (r8 ? pct(162) : pct(159));
      if (!(m < YearMonth{2026, 4})) rate = rate + pct(23);
      health = health + hb * rate;
      if (lines.find("\tpension\t") != std::string::npos) {  // 厚年 not charged from the month of 70
        pension = pension + pb * Rate(183, 1000);
        child = child + pb * pct(36);
      }
    }
    std::map<std::string, std::pair<long long, long long>> stored;  // total, employer
    std::string prem;
    long long total = 0, employer = 0;
    soci::statement t = (sql.prepare << "SELECT premium, total, employer_share FROM pay_run_premium_totals WHERE "
                                        "run_id = :r",
                         soci::use(run), soci::into(prem), soci::into(total), soci::into(employer));
    t.execute();
    while (t.fetch()) stored[prem] = {total, employer};
    const Yen h = rounding::truncate_to_yen(health), p = rounding::truncate_to_yen(pension),
              c = rounding::truncate_to_yen(child);
    EXPECT_EQ(Yen(stored["health"].first), h) << "run " << run;
    EXPECT_EQ(Yen(stored["pension"].first), p) << "run " << run;
    EXPECT_EQ(Yen(stored["child_contribution"].first), c) << "run " << run;
    EXPECT_EQ(Yen(stored["health"].second + stored["pension"].second + stored["child_contribution"].second + deducted),
              h + p + c)
        << "run " << run;
    if (run == runs.front().first) {
      // By hand, run 2026-01 = premium month 2025-12 (R7):
      //   健保(+介護 11.50%): 1001 410,000 → 47,150; 1002 360,000 → 41,400; 1003 560,000 → 64,400;
      //   1006 470,000 → 54,050; 1010 160,000 → 18,400; (9.91%): 1004 126,000 → 12,486.6;
      //   1007 260,000 → 25,766; 1011 830,000 → 82,253; 1012 300,000 → 29,730 → Σ 375,635.6 → 375,635.
      //   厚年 18.3% (1007 is over 70: none; 1011 capped at 650,000): 75,030 + 65,880 + 102,480 + 23,058
      //   + 86,010 + 29,280 + 118,950 + 54,900 = 555,588. 拠出金 0.36%: Σ 10,929.6 → 10,929.
      //   納入告知額 942,152; the slips deduct 465,611, so 事業主負担 476,541.
      EXPECT_EQ(h + p + c, Yen(942'152));
      EXPECT_EQ(deducted, 465'611);
      EXPECT_EQ(stored["health"].second + stored["pension"].second + stored["child_contribution"].second, 476'541);
    }
  }
}
