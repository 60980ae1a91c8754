// kyuyo bench payroll --employees N: a synthetic company of N employees through 12 monthly and 2
// bonus runs on SQLite (the real import-free store, engines and run service), printing
// employee-months per second and peak memory (getrusage), then payslip PDF pages per second.
// A benchmark, not a test: it prints figures and checks nothing but success.
#include <soci/soci.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/engine_sources.hpp"
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/adapters/payroll/payroll_outputs.hpp"
#include "kyuyo/adapters/pdf/payslip_renderer.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"

namespace kyuyo::cli {
namespace {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

// Inserts N employees and their 2026 pay data straight into the store (one transaction).
void make_company(db::Database& db, EmployerId er, int n, std::ostream& err) {
  auto& sql = db.session();
  db::Transaction tx(db);
  std::mt19937 rng(2026);
  long long erid = er.value();
  std::string code, fam = "試験", given, birth, hire = "2015-04-01";
  soci::statement ins = (sql.prepare << "INSERT INTO employees(employer_id, code, family_name, given_name, birth_date, "
                                        "sex, hire_date) VALUES(:e, :c, :f, :g, :b, 'M', :h)",
                         soci::use(erid), soci::use(code), soci::use(fam), soci::use(given), soci::use(birth),
                         soci::use(hire));
  for (int i = 0; i < n; ++i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%07d", i + 1);
    code = buf;
    given = "社員" + code;
    birth = std::to_string(1960 + static_cast<int>(rng() % 45)) + "-0" + std::to_string(1 + rng() % 9) + "-15";
    ins.execute(true);
  }
  // Pay data month by month, as monthly imports (kyuyo import payroll of each month's file) store
  // it: a run's input rows then lie together. Streams the employees; nothing O(N) is held.
  db::PayrollRepo repo(db);
  long long eid = 0;
  soci::statement ids = (sql.prepare << "SELECT id FROM employees WHERE employer_id = :e ORDER BY code",
                         soci::use(erid), soci::into(eid));
  auto base_of = [](long long id) {  // a fixed salary per employee: 180,000–570,000
    return 180000 + static_cast<long long>((static_cast<unsigned long long>(id) * 2654435761ull >> 7) % 40) * 10000;
  };
  for (int m = 1; m <= 12; ++m) {
    ids.execute();
    while (ids.fetch()) {
      long long base = base_of(eid);
      payroll::PayInput in;
      in.period = {2026, m};
      in.payment_date = Date(2026, m, 25);
      in.days = {30, 20, 0, 0};
      in.items = {{"base", Yen(base)},
                  {"overtime", Yen(static_cast<long long>(rng() % 50) * 1000)},
                  {"commute_transit", Yen(5000 + static_cast<long long>(rng() % 20) * 500)}};
      in.declared_remuneration = Yen(base + 30000);
      repo.upsert_input(er, EmployeeId(eid), in, "bench");
    }
    if (m != 7 && m != 12) continue;
    Date d(2026, m, 10);
    ids.execute();
    while (ids.fetch()) {
      payroll::PayInput in;
      in.kind = payroll::RunKind::kBonus;
      in.period = YearMonth::of(d);
      in.payment_date = d;
      in.items = {{"bonus", Yen(base_of(eid) * 2)}};
      repo.upsert_input(er, EmployeeId(eid), in, "bench");
    }
  }
  tx.commit();
  err << "bench: synthetic company of " << n << " employees stored\n";
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("employees", po::value<int>()->default_value(1000), "number of synthetic employees")(
      "db", po::value<std::string>(), "SQLite file (default: a fresh temporary file)")(
      "pdf-pages", po::value<int>()->default_value(2000), "payslip pages to render for the PDF figure");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  int n = (*vm)["employees"].as<int>();
  if (n <= 0) throw UsageError("--employees must be positive");
  fs::path tmp = fs::temp_directory_path() / ("kyuyo-bench-" + std::to_string(::getpid()));
  fs::create_directories(tmp);
  std::string url = vm->count("db") ? (*vm)["db"].as<std::string>() : (tmp / "bench.db").string();
  auto db = db::Database::open(url);
  model::Employer e;
  e.code = "BENCH";
  e.name = "ベンチマーク株式会社";
  EmployerId er = db::EmployerRepo(*db).upsert(e).id;
  auto t0 = Clock::now();
  make_company(*db, er, n, *ctx.err);
  db->checkpoint();  // the runs start with the company in the database file, not in the WAL
  double setup = seconds_since(t0);

  const auto& lib = xml::default_rule_library();
  auto src = payroll_run::engine_sources(lib);
  long long months = 0;
  double monthly_s = 0, bonus_s = 0;
  auto t1 = Clock::now();
  double c1 = cpu_seconds();
  auto one = [&](payroll::RunKind kind, YearMonth p, std::optional<Date> pay) {
    payroll_run::RunRequest r;
    r.employer = er;
    r.kind = kind;
    r.period = p;
    r.payment_date = pay;
    r.progress = ctx.err;
    r.keep_trace = false;  // figures only, as `kyuyo payroll run --no-trace`
    auto t = Clock::now();
    auto o = payroll_run::run(*db, lib, src, r);
    (kind == payroll::RunKind::kBonus ? bonus_s : monthly_s) += seconds_since(t);
    months += o.employees;
    return o.run_id;
  };
  std::int64_t last_run = 0;
  for (int m = 1; m <= 12; ++m) {
    last_run = one(payroll::RunKind::kMonthly, {2026, m}, std::nullopt);
    if (m == 7) one(payroll::RunKind::kBonus, {2026, 7}, Date(2026, 7, 10));
    if (m == 12) one(payroll::RunKind::kBonus, {2026, 12}, Date(2026, 12, 10));
  }
  db->checkpoint();  // timed: the year is stored once it is in the database file
  double runs = seconds_since(t1);
  double run_cpu = cpu_seconds() - c1;
  long rss = peak_rss_kb();

  // Payslip PDFs: one combined document (font loaded once) of up to --pdf-pages pages.
  // Payslip PDFs of the December run: the first --pdf-pages slips are read first (bounded), so
  // that only rendering and writing are timed.
  int want = std::min((*vm)["pdf-pages"].as<int>(), n);
  auto layout = pdf::load_payslip_layout();
  std::vector<db::StoredSlip> slips;
  db::PayrollRepo(*db).for_each_slip(last_run, [&](const db::StoredSlip& s) {
    if (static_cast<int>(slips.size()) < want) slips.push_back(s);
  });
  // One combined document (font loaded once).
  auto t2 = Clock::now();
  {
    pdf::Document doc;
    for (const auto& s : slips)
      pdf::render_payslip(doc, layout, {"ベンチマーク株式会社", s.employee_code, s.employee_name, &s.result});
    doc.save((tmp / "payslips.pdf").string());
  }
  double pdf_s = seconds_since(t2);
  // One file per employee, as `kyuyo payroll run` writes them: fonts parsed once for the batch.
  fs::create_directories(tmp / "one");
  auto t3 = Clock::now();
  double c3 = cpu_seconds();
  {
    pdf::FontSet fonts;
    for (const auto& s : slips) {
      pdf::CompactDocument one(fonts);
      pdf::render_payslip(one, layout, {"ベンチマーク株式会社", s.employee_code, s.employee_name, &s.result});
      one.save((tmp / "one" / (s.employee_code + ".pdf")).string());
    }
  }
  double one_s = seconds_since(t3), one_cpu = cpu_seconds() - c3;
  const int pages = static_cast<int>(slips.size()), files = pages;

  *ctx.out << "employees\t" << n << "\n"
           << "setup_seconds\t" << setup << "\n"
           << "runs\t14 (12 monthly, 2 bonus; figures stored, traces not: --no-trace)\n"
           << "employee_months\t" << months << "\n"
           << "run_seconds\t" << runs << "\n"
           << "run_cpu_seconds\t" << run_cpu << "\n"
           << "monthly_runs_seconds\t" << monthly_s << "\n"
           << "bonus_runs_seconds\t" << bonus_s << "\n"
           << "employee_months_per_second\t" << static_cast<long long>(months / (runs > 0 ? runs : 1e-9)) << "\n"
           << "peak_rss_mb\t" << rss / 1024 << "\n"
           << "payslip_pages\t" << pages << "\n"
           << "payslip_pages_per_second\t" << static_cast<long long>(pages / (pdf_s > 0 ? pdf_s : 1e-9)) << "\n"
           << "per_employee_files\t" << files << "\n"
           << "per_employee_pages_per_second\t" << static_cast<long long>(files / (one_s > 0 ? one_s : 1e-9)) << "\n"
           << "per_employee_pages_per_cpu_second\t" << static_cast<long long>(files / (one_cpu > 0 ? one_cpu : 1e-9))
           << "\n";
  fs::remove_all(tmp);  // the PDFs (and the default database); a --db file stays
  return 0;
}
Register reg({"bench", "payroll"}, "Benchmark: N synthetic employees through a year of pay runs (SQLite)", run);
}  // namespace
}  // namespace kyuyo::cli
