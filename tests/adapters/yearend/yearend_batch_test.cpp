// kyuyo yearend run over the store: stored pay slips (written straight through PayrollRepo, so
// these figures do not depend on the premium/withholding engines) + master + declarations →
// results checked employee by employee against hand computations (令和8年分 rules), exclusions
// with reasons, the settlement on the last pay, the stored run, and the 源泉徴収簿/summary files.
#include <gtest/gtest.h>

#include <filesystem>

#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/db/yearend_repo.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/adapters/yearend/yearend_batch.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;

namespace {

Date d(int y, int m, int dd) { return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)); }

// Run on SQLite and on a throwaway PostgreSQL server (tests/support/pg_server.hpp).
class YearEndBatch : public ::testing::TestWithParam<std::string> {
 protected:
  test::TempDir dir;
  std::unique_ptr<db::Database> db;
  EmployerId er;
  rules::RuleLibrary lib = xml::load_rule_library(resources::rules_dir() + "/yearend");

  void SetUp() override {
    if (GetParam() == "postgresql") {
      auto* pg = test::PgServer::get();
      if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
      ASSERT_TRUE(pg) << test::PgServer::skip_reason();
      db = db::Database::open(pg->create_database());
    } else {
      db = db::Database::open(dir.str("k.db"));
    }
    model::Employer e;
    e.code = "T";
    e.name = "テスト株式会社";
    er = db::EmployerRepo(*db).upsert(e).id;
  }
  EmployeeId employee(const std::string& code, Date birth, Date hire, std::optional<Date> leave = {},
                      model::TaxColumn col = model::TaxColumn::kKou,
                      model::WidowStatus widow = model::WidowStatus::kNone) {
    model::Employee e;
    e.employer_id = er;
    e.code = code;
    e.family_name = "社員";
    e.given_name = code;
    e.family_kana = "シャイン";
    e.given_kana = "イチ";
    e.birth_date = birth;
    e.hire_date = hire;
    e.leave_date = leave;
    e.tax_column = col;
    e.widow = widow;
    return db::EmployeeRepo(*db).upsert(e).id;
  }
  void dependent(EmployeeId ee, int seq, model::Relation rel, Date birth, Yen income = Yen(0)) {
    model::Dependent x;
    x.employee_id = ee;
    x.seq = seq;
    x.family_name = "家族";
    x.given_name = std::to_string(seq);
    x.family_kana = "カゾク";
    x.given_kana = "イチ";
    x.relation = rel;
    x.birth_date = birth;
    x.estimated_income = income;
    db::EmployeeRepo(*db).upsert_dependent(x);
  }
  // One monthly run per month with the given slips (employee, taxable, social, tax).
  struct Slip {
    EmployeeId ee;
    std::string code;
    Yen taxable, social, tax;
    bool kou = true;
  };
  void month(int m, const std::vector<Slip>& slips) {
    db::PayrollRepo repo(*db);
    db::Transaction tx(*db);
    YearMonth ym{2026, m};
    Date pay = d(2026, m, 25);
    auto id = repo.create_run(er, payroll::RunKind::kMonthly, ym.str(), ym, pay, "test", "test");
    for (const auto& s : slips) {
      payroll::PayslipResult r;
      r.period = ym;
      r.payment_date = pay;
      r.premium_month = ym;
      r.gross = r.taxable = s.taxable;
      r.social_insurance = s.social;
      r.income_tax = s.tax;
      r.column = s.kou ? model::TaxColumn::kKou : model::TaxColumn::kOtsu;
      r.net = s.taxable - s.social - s.tax;
      r.total_deductions = s.social + s.tax;
      repo.add_slip(id, s.ee, s.code, "社員 " + s.code, r);
    }
    repo.finish_run(id, static_cast<int>(slips.size()), "h" + ym.str());
    tx.commit();
  }
};

TEST_P(YearEndBatch, SampleCompanyEmployeeByEmployee) {
  // A: spouse without income, a 19–22 child and a child under 16; 12 × (412,000 / social 60,000 / tax 8,000);
  //    declarations: new 一般 100,000, 介護医療 50,000, 地震 30,000.
  auto a = employee("A01", d(1980, 5, 12), d(2005, 4, 1));
  dependent(a, 1, model::Relation::kSpouse, d(1982, 8, 21));
  dependent(a, 2, model::Relation::kChild, d(2005, 4, 2));   // 21 on 2026-12-31: 特定扶養親族
  dependent(a, 3, model::Relation::kChild, d(2015, 11, 30));  // 11: 年少扶養親族
  // B: 乙欄.   C: left on 2026-09-30.   D: hired 2026-07-01 with 前職分, ひとり親, a child under 16.
  auto b = employee("B02", d(1990, 11, 23), d(2024, 4, 1), {}, model::TaxColumn::kOtsu);
  auto c = employee("C03", d(1972, 1, 8), d(2001, 4, 1), d(2026, 9, 30));
  auto dd = employee("D04", d(1985, 6, 30), d(2026, 7, 1), {}, model::TaxColumn::kKou, model::WidowStatus::kSingleParent);
  dependent(dd, 1, model::Relation::kChild, d(2016, 2, 14));
  // E: too little withheld → shortfall. 12 × (600,000 / 90,000 / 10,000).
  auto e = employee("E05", d(1968, 2, 20), d(1995, 4, 1));
  for (int m = 1; m <= 12; ++m) {
    std::vector<Slip> s = {{a, "A01", Yen(412'000), Yen(60'000), Yen(8'000)},
                           {b, "B02", Yen(200'000), Yen(30'000), Yen(20'000), false},
                           {e, "E05", Yen(600'000), Yen(90'000), Yen(10'000)}};
    if (m <= 9) s.push_back({c, "C03", Yen(300'000), Yen(45'000), Yen(6'000)});
    if (m >= 7) s.push_back({dd, "D04", Yen(300'000), Yen(45'000), Yen(5'000)});
    month(m, s);
  }
  db::YearEndRepo decl(*db);
  yearend::Declarations da;
  da.life.general_new = Yen(100'000);
  da.life.care = Yen(50'000);
  da.quake.quake = Yen(30'000);
  decl.upsert_declaration(er, a, 2026, da, "test:1");
  yearend::Declarations ddd;
  ddd.previous = {"前の会社", Yen(1'800'000), Yen(270'000), Yen(45'000)};
  decl.upsert_declaration(er, dd, 2026, ddd, "test:2");

  yearend_batch::Request req{er, 2026, dir.str("out"), nullptr};
  auto o = yearend_batch::run(*db, lib, req);
  ASSERT_EQ(o.results.size(), 3u);
  ASSERT_EQ(o.excluded.size(), 2u);
  EXPECT_EQ(o.excluded[0].employee_code, "B02");
  EXPECT_NE(o.excluded[0].reason.find("乙欄"), std::string::npos);
  EXPECT_EQ(o.excluded[1].employee_code, "C03");
  EXPECT_NE(o.excluded[1].reason.find("2026-09-30"), std::string::npos);

  // A (hand computation, 令和8年分):
  //   ⑦ 4,944,000 → 別表第五 row 4,944,000: × 80% − 440,000 = 3,515,200 (⑨ = ⑪)
  //   ⑫ 720,000; ⑮ 一般 計算式Ⅱ 100,000/4 + 30,000 = 55,000 + 介護医療 50,000/4 + 20,000 = 32,500 → 87,500
  //   ⑯ 30,000; ⑰ 380,000; ⑲ 特定 630,000; ⑳ 1,040,000 → ㉑ 2,887,500
  //   ㉒ 627,700 → 627,000; ㉓ 31,350; ㉖ 31,350 × 102.1% = 32,008.35 → 32,000
  //   ⑧ 96,000 → excess 64,000: offsets the December tax 8,000, refund 56,000.
  const auto& ra = o.results[0];
  ASSERT_EQ(ra.employee_code, "A01");
  EXPECT_EQ(ra.result.salary, Yen(4'944'000));
  EXPECT_EQ(ra.result.employment_income, Yen(3'515'200));
  EXPECT_EQ(ra.result.social_insurance, Yen(720'000));
  EXPECT_EQ(ra.result.social_insurance_payroll, Yen(720'000));
  EXPECT_EQ(ra.result.life_insurance, Yen(87'500));
  EXPECT_EQ(ra.result.spouse_deduction, Yen(380'000));
  EXPECT_EQ(ra.result.dependent_deduction, Yen(630'000));
  EXPECT_EQ(ra.result.total_deductions, Yen(2'887'500));
  EXPECT_EQ(ra.result.taxable_income, Yen(627'000));
  EXPECT_EQ(ra.result.annual_tax, Yen(32'000));
  EXPECT_EQ(ra.result.excess, Yen(64'000));
  EXPECT_EQ(ra.settlement.last_pay_date, d(2026, 12, 25));
  EXPECT_EQ(ra.settlement.offset_on_last_pay, Yen(8'000));
  EXPECT_EQ(ra.settlement.refund, Yen(56'000));
  EXPECT_EQ(ra.result.counts.specific, 1);
  EXPECT_EQ(ra.result.counts.under16, 1);

  // D: ⑦ 1,800,000 (6 × 300,000) + 前職 1,800,000 = 3,600,000 → × 80% − 440,000 = 2,440,000
  //    ⑧ 30,000 + 45,000 = 75,000; ⑫ 270,000 + 270,000 = 540,000; ⑲ ひとり親 350,000; ⑳ 1,040,000
  //    ㉑ 1,930,000; ㉒ 510,000; ㉓ 25,500; ㉖ 26,035.5 → 26,000; excess 49,000 = offset 5,000 + refund 44,000
  const auto& rd = o.results[1];
  ASSERT_EQ(rd.employee_code, "D04");
  EXPECT_EQ(rd.result.salary, Yen(3'600'000));
  EXPECT_EQ(rd.result.withheld, Yen(75'000));
  EXPECT_EQ(rd.result.employment_income, Yen(2'440'000));
  EXPECT_EQ(rd.result.social_insurance_payroll, Yen(540'000));
  EXPECT_EQ(rd.result.dependent_deduction, Yen(350'000));
  EXPECT_EQ(rd.result.total_deductions, Yen(1'930'000));
  EXPECT_EQ(rd.result.annual_tax, Yen(26'000));
  EXPECT_EQ(rd.result.excess, Yen(49'000));
  EXPECT_EQ(rd.settlement.offset_on_last_pay, Yen(5'000));
  EXPECT_EQ(rd.settlement.refund, Yen(44'000));

  // E: ⑦ 7,200,000 → 7,200,000 × 90% − 1,100,000 = 5,380,000; ⑳ 670,000 (489万超655万以下)
  //    ㉑ 1,080,000 + 670,000 = 1,750,000; ㉒ 3,630,000; ㉓ 3,630,000 × 20% − 427,500 = 298,500
  //    ㉖ 304,768.5 → 304,700; ⑧ 120,000 → shortfall 184,700, collected on the last pay.
  const auto& re = o.results[2];
  ASSERT_EQ(re.employee_code, "E05");
  EXPECT_EQ(re.result.employment_income, Yen(5'380'000));
  EXPECT_EQ(re.result.basic_deduction, Yen(670'000));
  EXPECT_EQ(re.result.annual_tax, Yen(304'700));
  EXPECT_EQ(re.result.shortfall, Yen(184'700));
  EXPECT_EQ(re.settlement.collect, Yen(184'700));

  EXPECT_EQ(o.total_refund, Yen(100'000));
  EXPECT_EQ(o.total_collect, Yen(184'700));

  // Stored: the final run reads back the same.
  db::YearEndRepo repo(*db);
  auto run = repo.final_run(er, 2026);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->employee_count, 3);
  EXPECT_EQ(run->excluded_count, 2);
  auto stored = repo.results(run->id);
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_EQ(stored[0].result.annual_tax, Yen(32'000));
  EXPECT_FALSE(stored[0].result.trace.empty());

  // Files: 源泉徴収簿 per computed employee (CSV + PDF) and the summary.
  namespace fs = std::filesystem;
  fs::path out = dir.path() / "out" / "2026" / "yearend";
  for (const char* code : {"A01", "D04", "E05"}) {
    EXPECT_TRUE(fs::exists(out / "ledger" / (std::string(code) + ".csv"))) << code;
    EXPECT_TRUE(fs::exists(out / "ledger" / (std::string(code) + ".pdf"))) << code;
  }
  EXPECT_FALSE(fs::exists(out / "ledger" / "B02.csv"));
  std::string summary = test::read_file(out / "summary.csv");
  EXPECT_NE(summary.find("乙欄"), std::string::npos);
  EXPECT_NE(summary.find("E05"), std::string::npos);
  std::string ledger = test::read_file(out / "ledger" / "A01.csv");
  EXPECT_NE(ledger.find("㉖ 年調年税額,32000"), std::string::npos) << ledger;
  EXPECT_NE(ledger.find("還付する金額,56000"), std::string::npos);

  // A second run supersedes the first; with combined_pdf one PDF holds every employee's pages.
  req.out_dir = dir.str("out2");
  req.combined_pdf = true;
  auto again = yearend_batch::run(*db, lib, req);
  EXPECT_NE(again.run_id, o.run_id);
  EXPECT_EQ(repo.final_run(er, 2026)->id, again.run_id);
  fs::path out2 = dir.path() / "out2" / "2026" / "yearend" / "ledger";
  EXPECT_TRUE(fs::exists(out2 / "all.pdf"));
  EXPECT_TRUE(fs::exists(out2 / "A01.csv"));
  EXPECT_FALSE(fs::exists(out2 / "A01.pdf"));
}

TEST_P(YearEndBatch, PayOver20MillionIsLeftOut) {
  auto a = employee("A01", d(1970, 1, 1), d(2000, 4, 1));
  for (int m = 1; m <= 12; ++m) month(m, {{a, "A01", Yen(1'700'000), Yen(150'000), Yen(400'000)}});
  auto o = yearend_batch::run(*db, lib, {er, 2026, dir.str("out"), nullptr});
  ASSERT_EQ(o.excluded.size(), 1u);
  EXPECT_NE(o.excluded[0].reason.find("190"), std::string::npos) << o.excluded[0].reason;
}

INSTANTIATE_TEST_SUITE_P(Backends, YearEndBatch, ::testing::Values("sqlite", "postgresql"));

}  // namespace
