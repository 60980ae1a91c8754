// Pay runs over the store with fixed stand-in calculators (so that these tests check the run
// mechanics, not the premium/withholding engines, which have their own golden tests): storage of
// every slip, the read API, idempotent re-run, immutability of a final run, reversal and re-run,
// bonus facts taken from earlier runs, payslip PDFs (pdftotext) and the 賃金台帳 CSV.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <cstdlib>

#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/payroll/engine_sources.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/payroll/payroll_outputs.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/core/rounding.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;
using payroll::RunKind;

namespace {
// Stand-ins with simple, hand-checkable rates: 健保 5%, 厚年 9%, 雇用 6/1000 (50銭 rule);
// bonus: 標準賞与額 = bonus truncated to 1,000; tax = 5% of (A − 88,000) truncated, bonus 4%.
class Fixed : public payroll::PremiumCalculator, public payroll::WithholdingCalculator {
 public:
  Result<payroll::PremiumFigures> monthly(const payroll::MonthlyPremiumQuery& q) const override {
    payroll::PremiumFigures f;
    if (q.standard) {
      Yen h = rounding::round_50sen_rule(q.standard->health * Rate(5, 100));
      Yen p = rounding::round_50sen_rule(q.standard->pension * Rate(9, 100));
      f.lines = {{"health", "健康保険料", h}, {"pension", "厚生年金保険料", p}};
      f.social_insurance = h + p;
    }
    f.employment = rounding::round_50sen_rule(q.wages_paid * Rate(6, 1000));
    f.lines.push_back({"employment", "雇用保険料", f.employment});
    return f;
  }
  Result<payroll::PremiumFigures> bonus(const payroll::BonusPremiumQuery& q) const override {
    payroll::PremiumFigures f;
    f.standard_bonus_health = f.standard_bonus_pension = rounding::truncate_to_1000_yen(q.bonus);
    Yen h = rounding::round_50sen_rule(f.standard_bonus_health * Rate(5, 100));
    Yen p = rounding::round_50sen_rule(f.standard_bonus_pension * Rate(9, 100));
    f.employment = rounding::round_50sen_rule(q.bonus * Rate(6, 1000));
    f.lines = {{"health", "健康保険料", h}, {"pension", "厚生年金保険料", p}, {"employment", "雇用保険料", f.employment}};
    f.social_insurance = h + p;
    last_prior_fy = q.prior_standard_bonus_health_fy;
    return f;
  }
  Result<payroll::StandardAmounts> standard_for(Yen r, const YearMonth&) const override {
    return payroll::StandardAmounts{r, r, 1, 1};
  }
  Result<payroll::TaxFigure> monthly(const payroll::MonthlyTaxQuery& q) const override {
    Yen base = max(q.amount_after_social - 88000_yen, Yen());
    return payroll::TaxFigure{rounding::truncate_to_yen(base * Rate(5, 100)), {"fixed 5%"}};
  }
  Result<payroll::TaxFigure> bonus(const payroll::BonusTaxQuery& q) const override {
    last_prev_month = q.prev_month_after_social;
    return payroll::TaxFigure{rounding::truncate_to_yen((q.bonus - q.social) * Rate(4, 100)), {"fixed 4%"}};
  }
  mutable Yen last_prior_fy, last_prev_month;
};

struct Company {
  test::TempDir dir;
  std::unique_ptr<db::Database> db;
  Fixed fixed;
  payroll_run::Sources src;
  EmployerId er;
  EmployeeId a, b;

  explicit Company(const std::string& url = {}) {
    db = db::Database::open(url.empty() ? dir.str("t.db") : url);
    src.premiums = &fixed;
    src.withholding = &fixed;
    src.dependents = [](const model::Employee&, const std::vector<model::Dependent>&, const Date&) { return 1; };
    model::Employer e;
    e.code = "T1";
    e.name = "テスト商事株式会社";
    er = db::EmployerRepo(*db).upsert(e).id;
    model::Employee x;
    x.employer_id = er;
    x.code = "0001";
    x.family_name = "青木";
    x.given_name = "一郎";
    x.birth_date = Date(1980, 1, 1);
    x.hire_date = Date(2020, 4, 1);
    a = db::EmployeeRepo(*db).upsert(x).id;
    x.code = "0002";
    x.family_name = "井上";
    x.given_name = "花子";
    b = db::EmployeeRepo(*db).upsert(x).id;
  }
  payroll::PayInput month(int m, Yen base, Yen transit = Yen()) {
    payroll::PayInput in;
    in.period = {2026, m};
    in.payment_date = Date(2026, m, 25);
    in.days = {30, 20, 1, 0};
    in.items = {{"base", base}, {"commute_transit", transit}, {"union_dues", 2000_yen}};
    in.declared_remuneration = 300000_yen;
    return in;
  }
  void import(EmployeeId ee, const payroll::PayInput& in) {
    db::Transaction tx(*db);
    db::PayrollRepo(*db).upsert_input(er, ee, in, "test.csv:1");
    tx.commit();
  }
  payroll_run::RunOutcome run_month(int m) {
    payroll_run::RunRequest r;
    r.employer = er;
    r.period = {2026, m};
    return payroll_run::run(*db, xml::default_rule_library(), src, r);
  }
};
}  // namespace

TEST(PayRun, StoresEverySlipWithTotalsAndTheReadApiReturnsThem) {
  Company c;
  c.import(c.a, c.month(4, 280000_yen, 12000_yen));
  c.import(c.b, c.month(4, 250000_yen));
  db::Transaction tx(*c.db);
  db::PayrollRepo(*c.db).upsert_resident_tax(c.er, c.a, {2025, "131121", "世田谷区", 120000_yen, 10000_yen, 10000_yen},
                                             "rt.csv:2");
  tx.commit();
  auto o = c.run_month(4);
  EXPECT_FALSE(o.unchanged);
  EXPECT_EQ(o.employees, 2);
  // 0001 by hand: gross 280,000 + 12,000 = 292,000; 通勤 12,000 non-taxable (交通機関) → taxable 280,000.
  // 標準報酬 300,000: 健保 15,000, 厚年 27,000; 雇用 292,000 × 6/1000 = 1,752.
  // A = 280,000 − 42,000 − 1,752 = 236,248; tax = (236,248 − 88,000) × 5% = 7,412.4 → 7,412.
  // 住民税 (令和7年度, April) 10,000; 組合費 2,000. 控除合計 15,000+27,000+1,752+7,412+10,000+2,000 = 63,164.
  // 差引支給額 292,000 − 63,164 = 228,836.
  db::PayrollRepo repo(*c.db);
  auto pays = repo.payments_for_year(c.a, 2026);
  ASSERT_EQ(pays.size(), 1u);
  const auto& p = pays[0];
  EXPECT_EQ(p.gross, 292000_yen);
  EXPECT_EQ(p.non_taxable, 12000_yen);
  EXPECT_EQ(p.taxable, 280000_yen);
  EXPECT_EQ(p.social_insurance, 42000_yen);
  EXPECT_EQ(p.employment_insurance, 1752_yen);
  EXPECT_EQ(p.income_tax, 7412_yen);
  EXPECT_EQ(p.resident_tax, 10000_yen);
  EXPECT_EQ(p.net, 228836_yen);
  EXPECT_EQ(p.remuneration, 292000_yen);
  EXPECT_EQ(p.base_days, 30);
  EXPECT_EQ(p.dependents, 1);
  EXPECT_EQ(p.kind, RunKind::kMonthly);
  int slips = 0;
  repo.for_each_slip(o.run_id, [&](const db::StoredSlip& s) {
    ++slips;
    if (s.employee_code == "0001") {
      EXPECT_EQ(s.result.total_deductions, 63164_yen);
      ASSERT_TRUE(s.result.standard.has_value());
      EXPECT_EQ(s.result.standard->health, 300000_yen);
      EXPECT_EQ(s.result.premium_month, (YearMonth{2026, 3}));  // 翌月徴収: March premium on April pay
      EXPECT_FALSE(s.result.trace.empty());
    }
  });
  EXPECT_EQ(slips, 2);
  auto run = repo.run(o.run_id);
  ASSERT_TRUE(run.has_value());
  EXPECT_EQ(run->engine_version, payroll_run::engine_version());
  std::string hashes;
  c.db->session() << "SELECT rule_hashes FROM pay_runs WHERE id = :i", soci::use(o.run_id), soci::into(hashes);
  EXPECT_NE(hashes.find("payroll.commute@2025-04-01="), std::string::npos) << hashes;
}

TEST(PayRun, RerunOfTheSameDataIsANoOpAndChangedDataIsRefusedUntilReversed) {
  Company c;
  c.import(c.a, c.month(5, 280000_yen));
  auto first = c.run_month(5);
  auto again = c.run_month(5);
  EXPECT_TRUE(again.unchanged);
  EXPECT_EQ(again.run_id, first.run_id);
  long long n = 0;
  c.db->session() << "SELECT COUNT(*) FROM pay_slips", soci::into(n);
  EXPECT_EQ(n, 1);
  // Re-importing identical data is fine; different data conflicts with the final run.
  c.import(c.a, c.month(5, 280000_yen));
  EXPECT_THROW(c.import(c.a, c.month(5, 290000_yen)), KyuyoError);
  // Reverse, import the correction, run again: the read API sees only the new run.
  {
    db::Transaction tx(*c.db);
    db::PayrollRepo(*c.db).reverse_run(first.run_id, "基本給の誤り");
    tx.commit();
  }
  c.import(c.a, c.month(5, 290000_yen));
  auto second = c.run_month(5);
  EXPECT_NE(second.run_id, first.run_id);
  auto pays = db::PayrollRepo(*c.db).payments_for_year(c.a, 2026);
  ASSERT_EQ(pays.size(), 1u);
  EXPECT_EQ(pays[0].taxable, 290000_yen);
  EXPECT_EQ(pays[0].run_id, second.run_id);
  // A reversed run cannot be reversed twice.
  EXPECT_THROW(db::PayrollRepo(*c.db).reverse_run(first.run_id, "again"), KyuyoError);
}

// The run reads on its own thread and connection where the store is an SQLite file, and on the
// storing thread elsewhere (here: an in-memory database): both give the same slips in the same
// order, so the same result hash and totals, over more employees than one batch (256).
TEST(PayRun, TheReaderThreadAndTheSingleConnectionPathGiveTheSameRun) {
  auto year = [](Company& c) {
    db::Transaction tx(*c.db);
    db::EmployeeRepo employees(*c.db);
    db::PayrollRepo repo(*c.db);
    for (int i = 3; i <= 700; ++i) {
      model::Employee x;
      x.employer_id = c.er;
      char code[8];
      std::snprintf(code, sizeof code, "%04d", i);
      x.code = code;
      x.family_name = "試験";
      x.given_name = "社員";
      x.birth_date = Date(1970 + i % 30, 1 + i % 12, 1);
      x.hire_date = Date(2020, 4, 1);
      auto id = employees.upsert(x).id;
      for (int m : {4, 5}) repo.upsert_input(c.er, id, c.month(m, Yen(200000 + i * 1000)), "test.csv:" + std::string(code));
    }
    tx.commit();
    c.import(c.a, c.month(4, 280000_yen));
    c.import(c.b, c.month(5, 250000_yen));
    std::vector<std::string> out;
    for (int m : {4, 5}) {
      auto o = c.run_month(m);
      auto run = db::PayrollRepo(*c.db).final_run(c.er, RunKind::kMonthly, YearMonth{2026, m}.str());
      EXPECT_TRUE(run);
      out.push_back(std::to_string(o.employees) + " " + o.gross.str() + " " + o.net.str() + " " +
                    (run ? run->result_hash : std::string("none")));
    }
    return out;
  };
  Company file;
  ASSERT_TRUE(file.db->open_reader()) << "the file store must take the reader-thread path";
  Company memory(":memory:");
  ASSERT_FALSE(memory.db->open_reader());
  auto a = year(file), b = year(memory);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a[0].substr(0, 4), "699 ");  // April: 0001 and 0003–0700
  EXPECT_EQ(a[1].substr(0, 4), "699 ");  // May: 0002 and 0003–0700
}

// A row the reader cannot decode stops the whole run, whichever thread meets it: the error names
// the column, nothing of the run is stored, and the batches in flight are dropped.
TEST(PayRun, AnUnreadableRowStopsTheRunAndNothingIsStored) {
  for (const std::string& url : {std::string(), std::string(":memory:")}) {
    Company c(url);
    {
      db::Transaction tx(*c.db);
      db::EmployeeRepo employees(*c.db);
      db::PayrollRepo repo(*c.db);
      for (int i = 3; i <= 900; ++i) {
        model::Employee x;
        x.employer_id = c.er;
        char code[8];
        std::snprintf(code, sizeof code, "%04d", i);
        x.code = code;
        x.family_name = "試験";
        x.given_name = "社員";
        x.birth_date = Date(1980, 1, 1);
        x.hire_date = Date(2020, 4, 1);
        repo.upsert_input(c.er, employees.upsert(x).id, c.month(6, 250000_yen), "test.csv");
      }
      tx.commit();
    }
    c.db->session() << "UPDATE payroll_inputs SET payment_date = '2026-06-31' WHERE employee_id = "
                       "(SELECT id FROM employees WHERE code = '0800')";
    try {
      c.run_month(6);
      ADD_FAILURE() << "a malformed stored date was accepted (" << (url.empty() ? "file" : url) << ")";
    } catch (const KyuyoError& e) {
      EXPECT_NE(std::string(e.what()).find("payroll_inputs.payment_date"), std::string::npos) << e.what();
    }
    long long runs = -1, slips = -1;
    c.db->session() << "SELECT COUNT(*) FROM pay_runs", soci::into(runs);
    c.db->session() << "SELECT COUNT(*) FROM pay_slips", soci::into(slips);
    EXPECT_EQ(runs, 0);
    EXPECT_EQ(slips, 0);
    // The store is usable afterwards: the corrected row runs.
    c.db->session() << "UPDATE payroll_inputs SET payment_date = '2026-06-25' WHERE payment_date = '2026-06-31'";
    EXPECT_EQ(c.run_month(6).employees, 898);
  }
}

// A run reads one state of the store, whatever other processes commit meanwhile. A dry run takes
// no write lock (an import commits while it computes) yet reads a snapshot: an insured employee
// added during the run is not among its "insured without pay data". A storing run holds the write
// lock while it reads (from its first read: BEGIN IMMEDIATE): the same import has to wait for it
// (SQLITE_BUSY at once with no timeout).
TEST(PayRun, ARunReadsOneStateWhileOthersWrite) {
  Company c;
  c.import(c.a, c.month(6, 280000_yen));
  c.import(c.b, c.month(6, 250000_yen));
  const std::string path = c.dir.str("t.db");
  int calls = 0;
  std::string other_write;  // "committed", or the error the other connection got
  auto add_insured = [&](const std::string& code) {
    try {
      auto other = db::Database::open(path);
      other->session() << "PRAGMA busy_timeout = 0";
      model::Employee x;
      x.employer_id = c.er;
      x.code = code;
      x.family_name = "新人";
      x.given_name = "太郎";
      x.birth_date = Date(1995, 5, 5);
      x.hire_date = Date(2026, 4, 1);  // insured in the premium month (当月 or 翌月徴収)
      x.social_insurance = true;
      db::EmployeeRepo(*other).upsert(x);
      other_write = "committed";
    } catch (const std::exception& e) {
      other_write = e.what();
    }
  };
  c.src.standard = [&](db::Database&, const model::Employee&, const YearMonth&)
      -> std::optional<payroll::StandardAmounts> {
    if (calls++ == 0) add_insured("0099");
    return std::nullopt;
  };
  payroll_run::RunRequest dry;
  dry.employer = c.er;
  dry.period = {2026, 6};
  dry.dry_run = true;
  auto o = payroll_run::run(*c.db, xml::default_rule_library(), c.src, dry);
  EXPECT_EQ(other_write, "committed") << "a dry run must not block other writers";
  EXPECT_EQ(o.employees, 2);
  EXPECT_TRUE(o.insured_without_pay.empty()) << "the dry run saw an employee committed after it began";
  // The next dry run sees the new employee, insured and without pay data for June.
  calls = 1;  // no further insert
  o = payroll_run::run(*c.db, xml::default_rule_library(), c.src, dry);
  EXPECT_EQ(o.insured_without_pay, std::vector<std::string>{"0099"});

  // A storing run: the other connection's write is refused while the run holds the lock, and the
  // run's own figures are those of the state it began with.
  calls = 0;
  other_write.clear();
  c.src.standard = [&](db::Database&, const model::Employee&, const YearMonth&)
      -> std::optional<payroll::StandardAmounts> {
    if (calls++ == 0) add_insured("0100");
    return std::nullopt;
  };
  o = c.run_month(6);
  EXPECT_NE(other_write, "committed") << "an import committed inside a storing run";
  EXPECT_NE(other_write.find("locked"), std::string::npos) << other_write;
  EXPECT_EQ(o.insured_without_pay, std::vector<std::string>{"0099"});
  EXPECT_GT(o.run_id, 0);
}

TEST(PayRun, AFinalRunCannotBeChangedInTheDatabase) {
  Company c;
  c.import(c.a, c.month(6, 280000_yen));
  auto o = c.run_month(6);
  auto& sql = c.db->session();
  EXPECT_THROW(sql << "UPDATE pay_slips SET net = net + 1", soci::soci_error);
  EXPECT_THROW(sql << "DELETE FROM pay_slips", soci::soci_error);
  EXPECT_THROW(sql << "DELETE FROM pay_runs", soci::soci_error);
  EXPECT_THROW(sql << "UPDATE pay_runs SET payment_date = '2026-06-26'", soci::soci_error);
  EXPECT_THROW(sql << "UPDATE pay_runs SET result_hash = 'x'", soci::soci_error);
  long long net = 0;
  sql << "SELECT net FROM pay_slips WHERE run_id = :r", soci::use(o.run_id), soci::into(net);
  auto pays = db::PayrollRepo(*c.db).payments_for_year(c.a, 2026);
  EXPECT_EQ(Yen(net), pays.at(0).net);
}

TEST(PayRun, BonusUsesThePreviousMonthsPayAndTheFiscalYearsEarlierBonuses) {
  Company c;
  c.import(c.a, c.month(6, 280000_yen));
  c.run_month(6);
  auto bonus = [&](Date d, Yen amount) {
    payroll::PayInput in;
    in.kind = RunKind::kBonus;
    in.period = YearMonth::of(d);
    in.payment_date = d;
    in.items = {{"bonus", amount}};
    c.import(c.a, in);
    payroll_run::RunRequest r;
    r.employer = c.er;
    r.kind = RunKind::kBonus;
    r.payment_date = d;
    return payroll_run::run(*c.db, xml::default_rule_library(), c.src, r);
  };
  bonus(Date(2026, 7, 10), 500500_yen);
  // June pay after social insurance: 280,000 − 15,000 − 27,000 − 1,680 = 236,320.
  EXPECT_EQ(c.fixed.last_prev_month, 236320_yen);
  EXPECT_EQ(c.fixed.last_prior_fy, 0_yen);
  bonus(Date(2026, 12, 10), 600000_yen);
  EXPECT_EQ(c.fixed.last_prior_fy, 500000_yen);  // 標準賞与額 of July (truncated to 1,000)
  EXPECT_EQ(c.fixed.last_prev_month, 0_yen);     // no November pay in this test
  auto pays = db::PayrollRepo(*c.db).payments_for_year(c.a, 2026);
  ASSERT_EQ(pays.size(), 3u);
  EXPECT_EQ(pays[1].kind, RunKind::kBonus);
  // July: 500,500 − 健保 25,000 − 厚年 45,000 − 雇用 3,003 = 427,497 × 4% = 17,099.88 → 17,099.
  EXPECT_EQ(pays[1].income_tax, 17099_yen);
  EXPECT_EQ(pays[1].standard_bonus_health, 500000_yen);
}

TEST(PayRun, PayslipPdfsShowTheAmountsAndNoMyNumber) {
  Company c;
  c.import(c.a, c.month(4, 280000_yen, 12000_yen));
  c.import(c.b, c.month(4, 250000_yen));
  auto o = c.run_month(4);
  auto files = payroll_run::write_payslips(*c.db, o.run_id, c.dir.str("out"));
  EXPECT_EQ(files.pages, 2);
  std::string one = files.dir + "/0001.pdf";
  ASSERT_TRUE(std::filesystem::exists(one));
  ASSERT_TRUE(std::filesystem::exists(files.combined));
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 -layout " + one + " " + c.dir.str("one.txt")).c_str()), 0);
  std::string t = test::read_file(c.dir.path() / "one.txt");
  // 0001 without 住民税 here: deductions 15,000 + 27,000 + 1,752 + 7,412 + 2,000 = 53,164; net 238,836.
  for (const char* s : {"給与明細書", "令和8年4月分", "青木 一郎", "基本給", "280,000", "通勤手当(交通機関)", "12,000",
                        "健康保険料", "15,000", "厚生年金保険料", "27,000", "雇用保険料", "1,752", "所得税", "7,412",
                        "組合費", "292,000", "53,164", "238,836", "テスト商事株式会社"})
    EXPECT_NE(t.find(s), std::string::npos) << s << " missing from\n" << t;
  EXPECT_TRUE(test::find_my_number_like(t).empty());
  ASSERT_EQ(std::system(("pdftotext -enc UTF-8 " + files.combined + " " + c.dir.str("all.txt")).c_str()), 0);
  std::string all = test::read_file(c.dir.path() / "all.txt");
  EXPECT_NE(all.find("井上 花子"), std::string::npos);
  EXPECT_NE(all.find("青木 一郎"), std::string::npos);
  EXPECT_TRUE(test::files_with_my_numbers(c.dir.path() / "out").empty());
}

TEST(PayRun, WageLedgerCsvHasOneRowPerPaymentWithEveryItem) {
  Company c;
  c.import(c.a, c.month(4, 280000_yen, 12000_yen));
  c.import(c.b, c.month(4, 250000_yen));
  c.run_month(4);
  c.import(c.a, c.month(5, 280000_yen, 12000_yen));
  c.run_month(5);
  std::string path = c.dir.str("ledger.csv");
  EXPECT_EQ(payroll_run::write_wage_ledger(*c.db, c.er, 2026, path, csv::OutputEncoding::kUtf8Bom), 3);
  std::string s = test::read_file(path);
  ASSERT_EQ(s.rfind("\xEF\xBB\xBF", 0), 0u);  // BOM
  EXPECT_NE(s.find("社員番号,氏名,区分,賃金計算期間,支給日,出勤日数,有給休暇日数,欠勤日数,支払基礎日数,扶養親族等の数,"
                   "基本給,通勤手当(交通機関),支給合計,課税支給額,非課税支給額,うち現物給与,健康保険料,厚生年金保険料,"
                   "雇用保険料,所得税,組合費,社会保険料計,控除合計,差引支給額"),
            std::string::npos)
      << s;
  // 0001 April: 基本給 280,000, 通勤 12,000, 支給 292,000, 課税 280,000, 非課税 12,000, 現物 0,
  // 健保 15,000, 厚年 27,000, 雇用 1,752, 所得税 7,412, 組合費 2,000, 社会保険料計 42,000, 控除 53,164,
  // 差引 238,836.
  EXPECT_NE(s.find("0001,青木 一郎,給与,2026-04,2026-04-25,20,1,0,30,1,280000,12000,292000,280000,12000,0,15000,27000,"
                   "1752,7412,2000,42000,53164,238836"),
            std::string::npos)
      << s;
  // 0002 has no commuting allowance: the column holds 0.
  EXPECT_NE(s.find("0002,井上 花子,給与,2026-04,2026-04-25,20,1,0,30,1,250000,0,250000,"), std::string::npos) << s;
  std::string cp = c.dir.str("ledger-sjis.csv");
  payroll_run::write_wage_ledger(*c.db, c.er, 2026, cp, csv::OutputEncoding::kCp932);
  std::string sj = test::read_file(cp);
  EXPECT_EQ(sj.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_NE(sj.find("\x8E\xD0\x88\xF5\x94\xD4\x8D\x86"), std::string::npos);  // 社員番号 in CP932
}

TEST(PayRunPostgres, RunReversalAndImmutabilityOnPostgresql) {
  auto* pg = test::PgServer::get();
  if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
  ASSERT_TRUE(pg) << test::PgServer::skip_reason();
  Company c(pg->create_database());
  c.import(c.a, c.month(4, 280000_yen, 12000_yen));
  auto first = c.run_month(4);
  EXPECT_TRUE(c.run_month(4).unchanged);
  auto& sql = c.db->session();
  EXPECT_THROW(sql << "UPDATE pay_slips SET net = net + 1", soci::soci_error);
  EXPECT_THROW(sql << "DELETE FROM pay_runs", soci::soci_error);
  {
    db::Transaction tx(*c.db);
    db::PayrollRepo(*c.db).reverse_run(first.run_id, "訂正");
    tx.commit();
  }
  c.import(c.a, c.month(4, 290000_yen, 12000_yen));
  auto second = c.run_month(4);
  EXPECT_NE(second.run_id, first.run_id);
  auto pays = db::PayrollRepo(*c.db).payments_for_year(c.a, 2026);
  ASSERT_EQ(pays.size(), 1u);
  EXPECT_EQ(pays[0].taxable, 290000_yen);
}

TEST(PayRun, TheDeterminationInForceComesBeforeTheDeclaredRemuneration) {
  Company c;
  auto src = payroll_run::engine_sources(xml::default_rule_library());
  auto ee = db::EmployeeRepo(*c.db).find(c.a);
  ASSERT_TRUE(ee.has_value());
  // No determination stored: none (the run then grades the declared 報酬月額).
  EXPECT_FALSE(src.standard(*c.db, *ee, {2026, 10}).has_value());
  social::Determination d;
  d.kind = social::DeterminationKind::kTeiji;
  d.effective_from = {2026, 9};
  d.grades = social::Grades{24, 340000_yen, 21, 340000_yen};
  {
    db::Transaction tx(*c.db);
    db::DeterminationRepo(*c.db).save(c.er, c.a, d);
    tx.commit();
  }
  auto fresh = payroll_run::engine_sources(xml::default_rule_library());
  auto s = fresh.standard(*c.db, *ee, {2026, 10});
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->health, 340000_yen);
  EXPECT_EQ(s->pension_grade, 21);
  EXPECT_FALSE(fresh.standard(*c.db, *ee, {2026, 8}).has_value());  // before the 定時決定 applies
}

TEST(PayRun, TheEngineSourcesChargeAKumiaiEmployerFromItsOwnRateFile) {
  // The pay run's premium seam (engine_sources → social::PayrollPremiums) with a 健保組合 employer:
  // its kumiai_rate_file is loaded (once) and used. kumiai-example.xml.sample, 2026-04, 標準報酬月額
  // 300,000, age 45: 4.2% + 介護 0.9% + 支援金 0.115% = 5.215% → 15,645; 厚年 18.3% → 27,450.
  auto src = payroll_run::engine_sources(xml::default_rule_library());
  model::Employer er;
  er.code = "K1";
  er.prefecture = 13;
  er.health_insurer = model::HealthInsurer::kKumiai;
  er.kumiai_name = "例示健康保険組合";
  test::TempDir dir;  // a copy, removed after the first use: the second must come from the loaded file
  const std::string copy = dir.str("kumiai-k1.xml");
  test::write_file(copy, test::read_file(resources::rules_dir() + "/social/kumiai-example.xml.sample"));
  er.kumiai_rate_file = copy;
  model::Employee ee;
  ee.code = "0001";
  ee.birth_date = Date(1981, 1, 15);
  ee.hire_date = Date(2020, 4, 1);
  auto s = src.premiums->standard_for(300000_yen, {2026, 4});
  ASSERT_TRUE(s);
  payroll::MonthlyPremiumQuery q{&er, &ee, {2026, 4}, Date(2026, 5, 25), *s, 300000_yen, Date(2026, 4, 30)};
  for (int i = 0; i < 2; ++i) {
    auto f = src.premiums->monthly(q);
    ASSERT_TRUE(f) << f.error().to_string();
    EXPECT_EQ(f->social_insurance, Yen(15'645 + 27'450));
    EXPECT_EQ(f->employment, 1500_yen);
    std::filesystem::remove(copy);  // loaded once per run and path
  }
  // No rate file named: refused, naming the employer.
  er.kumiai_rate_file.clear();
  auto none = src.premiums->monthly(q);
  ASSERT_FALSE(none);
  EXPECT_NE(none.error().message.find("K1"), std::string::npos);
  EXPECT_NE(none.error().message.find("rate file"), std::string::npos);
  // A file that does not exist: the loader's error, naming the file.
  er.kumiai_rate_file = "/nonexistent/kumiai-k1.xml";
  auto missing = src.premiums->monthly(q);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().to_string().find("kumiai-k1.xml"), std::string::npos) << missing.error().to_string();
}
