// kyuyo payroll run --period YYYY-MM [--payment-date D] and kyuyo bonus run --payment-date D:
// compute and store a run (final or absent), then write the payslips under OUT/payslips/<period or bonus-D>/.
// kyuyo payroll reverse …: mark a final run reversed so that a new run can replace it.
// kyuyo payroll ledger --year Y: the 賃金台帳 CSV.
#include <iostream>

#include "command.hpp"
#include "kyuyo/adapters/csv/encoding.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/engine_sources.hpp"
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/adapters/db/payroll_extras_repo.hpp"
#include "kyuyo/adapters/payroll/payroll_outputs.hpp"
#include "kyuyo/adapters/payroll/run_reports.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"

namespace kyuyo::cli {
namespace {

void add_run_options(po::options_description& d) {
  add_db_option(d);
  add_employer_options(d, true);
  add_out_option(d);
  d.add_options()("no-payslips", "store the run but write no payslip PDFs")(
      "combined-only", "write only the combined print file, not one PDF per employee")(
      "dry-run", "compute and report; store and write nothing")(
      "no-trace", "store the figures without each slip's explain trace (large batches)")(
      "employer-totals", "also write the employer's premium totals as CSV: OUT/<year>/premiums/employer-totals-<key>.csv");
}

// The employer's premium totals (事業主負担) and the leavers whose 住民税 goes to 普通徴収: printed
// after every run; CSV files under OUT/<year>/ (see docs/payroll.md).
void report_extras(Context& ctx, db::Database& db, const po::variables_map& vm, const payroll_run::RunOutcome& o,
                   const std::string& out_dir) {
  auto& out = *ctx.out;
  for (const auto& t : o.employer_totals)
    out << "employer_total\t" << t.premium << "\t" << t.total.str() << "\t" << t.employee.str() << "\t"
        << t.employer.str() << "\n";
  out << "notice_amount\t" << payroll::notice_amount(o.employer_totals).str() << "\n";
  for (const auto& c : o.insured_without_pay) out << "insured_without_pay\t" << c << "\n";
  for (const auto& w : o.warnings) *ctx.err << "warning: " << w << "\n";
  for (const auto& r : o.resident_transfers)
    out << "resident_tax_ordinary\t" << r.employee_code << "\t" << r.municipality_code << "\t"
        << r.municipality_name << "\t" << r.fiscal_year << "\t" << r.annual.str() << "\t" << r.collected.str()
        << "\t" << r.remaining.str() << "\n";
  if (vm.count("dry-run") || o.run_id == 0) return;
  auto run = db::PayrollRepo(db).run(o.run_id);
  if (!run) return;
  const std::string year_dir = out_dir + "/" + std::to_string(run->payment_date.year());
  const std::string key = (run->kind == payroll::RunKind::kBonus ? "bonus-" : "") + run->key;
  if (vm.count("employer-totals")) {
    std::string path = year_dir + "/premiums/employer-totals-" + key + ".csv";
    payroll_run::write_employer_totals_csv(o.employer_totals, path);
    out << "employer_totals\t" << path << "\n";
  }
  if (!o.resident_transfers.empty()) {
    std::string path = year_dir + "/resident-tax/ordinary-collection-" + key + ".csv";
    payroll_run::write_resident_transfers_csv(o.resident_transfers, path);
    out << "resident_tax_ordinary_list\t" << path << "\n";
  }
}

int do_run(Context& ctx, const po::variables_map& vm, payroll::RunKind kind, YearMonth period,
           std::optional<Date> payment_date) {
  auto db = open_db(vm);
  const auto& lib = xml::default_rule_library();
  auto sources = payroll_run::engine_sources(lib);
  return for_each_employer(ctx, *db, vm, [&](std::int64_t employer, const std::string& out_dir) {
    payroll_run::RunRequest req;
    req.employer = EmployerId(employer);
    req.kind = kind;
    req.period = period;
    req.payment_date = payment_date;
    req.dry_run = vm.count("dry-run") > 0;
    req.keep_trace = vm.count("no-trace") == 0;
    req.progress = ctx.err;
    auto o = payroll_run::run(*db, lib, sources, req);
    std::string what = kind == payroll::RunKind::kMonthly ? "payroll " : "bonus ";
    if (req.dry_run) {
      *ctx.out << what << o.key << ": " << o.employees << " employees (dry run, nothing stored)\n";
    } else {
      *ctx.out << what << o.key << ": run " << o.run_id
               << (o.unchanged ? " already final, unchanged" : " final") << ", " << o.employees
               << " employees\n";
    }
    *ctx.out << "gross\t" << o.gross.str() << "\ndeductions\t" << o.deductions.str() << "\nnet\t"
             << o.net.str() << "\n";
    report_extras(ctx, *db, vm, o, out_dir);
    if (!req.dry_run && !vm.count("no-payslips")) {
      auto files =
          payroll_run::write_payslips(*db, o.run_id, out_dir, !vm.count("combined-only"), ctx.err);
      *ctx.out << "payslips\t" << files.dir << "/ (" << files.pages << " pages; print file "
               << files.combined << ")\n";
    }
    return 0;
  });
}

Date parse_date_option(const po::variables_map& vm, const char* name) {
  auto d = parse_date(vm[name].as<std::string>());
  if (!d) throw UsageError(std::string("--") + name + ": expected YYYY-MM-DD");
  return *d;
}

int payroll_run_cmd(Context& ctx) {
  po::options_description d("options");
  d.add_options()("period", po::value<std::string>()->required(), "pay period YYYY-MM (対象年月)")(
      "payment-date", po::value<std::string>(), "支給日 YYYY-MM-DD (default: as imported)");
  add_run_options(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto p = YearMonth::parse((*vm)["period"].as<std::string>());
  if (!p) throw UsageError("--period: expected YYYY-MM");
  std::optional<Date> pay;
  if (vm->count("payment-date")) pay = parse_date_option(*vm, "payment-date");
  return do_run(ctx, *vm, payroll::RunKind::kMonthly, *p, pay);
}

int bonus_run_cmd(Context& ctx) {
  po::options_description d("options");
  d.add_options()("payment-date", po::value<std::string>()->required(), "賞与の支給日 YYYY-MM-DD");
  add_run_options(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  Date pay = parse_date_option(*vm, "payment-date");
  return do_run(ctx, *vm, payroll::RunKind::kBonus, YearMonth::of(pay), pay);
}

int reverse_cmd(Context& ctx) {
  po::options_description d("options");
  d.add_options()("period", po::value<std::string>(), "the monthly run of this period YYYY-MM")(
      "bonus", "a bonus run (with --payment-date)")("payment-date", po::value<std::string>(),
                                                    "the bonus run paid on this date")(
      "run", po::value<long long>(), "the run with this id")(
      "reason", po::value<std::string>()->default_value(""), "why (kept with the run)");
  add_db_option(d);
  add_employer_options(d, false);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  db::PayrollRepo repo(*db);
  std::optional<db::PayRunInfo> run;
  if (vm->count("run")) {
    run = repo.run((*vm)["run"].as<long long>());
    if (!run)
      throw KyuyoError(ErrorCode::kNotFound,
                       "no pay run " + std::to_string((*vm)["run"].as<long long>()));
  } else {
    EmployerId er(resolve_employer(*db, *vm));
    if (vm->count("period") && !vm->count("bonus")) {
      auto p = YearMonth::parse((*vm)["period"].as<std::string>());
      if (!p) throw UsageError("--period: expected YYYY-MM");
      run = repo.final_run(er, payroll::RunKind::kMonthly, p->str());
      if (!run) throw KyuyoError(ErrorCode::kNotFound, "no final monthly run for " + p->str());
    } else if (vm->count("bonus") && vm->count("payment-date")) {
      Date pay = parse_date_option(*vm, "payment-date");
      run = repo.final_run(er, payroll::RunKind::kBonus, iso(pay));
      if (!run) throw KyuyoError(ErrorCode::kNotFound, "no final bonus run paid on " + iso(pay));
    } else {
      throw UsageError("give --period YYYY-MM, --bonus --payment-date D, or --run ID");
    }
  }
  auto totals = db::PayrollExtrasRepo(*db).employer_totals(run->id);
  db::Transaction tx(*db);
  repo.reverse_run(run->id, (*vm)["reason"].as<std::string>());
  tx.commit();
  *ctx.out << "run " << run->id << " (" << payroll::run_kind_name(run->kind) << " " << run->key
           << ") reversed; import corrected data if needed and run it again\n";
  // Its employer totals stay with it as history; they no longer count (a new run stores its own).
  if (!totals.empty())
    *ctx.out << "reversed_notice_amount\t" << payroll::notice_amount(totals).str() << "\n";
  return 0;
}

int ledger_cmd(Context& ctx) {
  po::options_description d("options");
  d.add_options()("year", po::value<int>()->required(), "calendar year of the 支給日")(
      "encoding", po::value<std::string>()->default_value("utf-8"), "utf-8 (with BOM) or cp932");
  add_db_option(d);
  add_employer_options(d, false);
  add_out_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string e = (*vm)["encoding"].as<std::string>();
  auto enc = csv::parse_encoding(e);
  if (!enc || *enc == csv::Encoding::kAuto) throw UsageError("--encoding: utf-8 or cp932");
  auto db = open_db(*vm);
  EmployerId er(resolve_employer(*db, *vm));
  int year = (*vm)["year"].as<int>();
  std::string path = (*vm)["out"].as<std::string>() + "/" + std::to_string(year) +
                     "/ledger/wage-ledger-" + std::to_string(year) +
                     (*enc == csv::Encoding::kCp932 ? "-cp932" : "") + ".csv";
  int n = payroll_run::write_wage_ledger(
      *db, er, year, path,
      *enc == csv::Encoding::kCp932 ? csv::OutputEncoding::kCp932 : csv::OutputEncoding::kUtf8Bom);
  *ctx.out << "賃金台帳\t" << path << " (" << n << " rows)\n";
  return 0;
}

Register r1({"payroll", "run"}, "Compute and store a monthly pay run, then write payslips",
            payroll_run_cmd);
Register r2({"bonus", "run"}, "Compute and store a bonus run, then write payslips", bonus_run_cmd);
Register r3({"payroll", "reverse"},
            "Reverse a finalised pay or bonus run (a new run then replaces it)", reverse_cmd);
Register r4({"payroll", "ledger"}, "Write the year's 賃金台帳 CSV (UTF-8 with BOM or CP932)",
            ledger_cmd);
}  // namespace
}  // namespace kyuyo::cli

// kyuyo payroll slip --period P --employee C [--explain]: one stored payslip as key<TAB>value
// lines.
namespace kyuyo::cli {
namespace {
int slip_cmd(Context& ctx) {
  po::options_description d("options");
  d.add_options()("period", po::value<std::string>(), "monthly run YYYY-MM")(
      "bonus-date", po::value<std::string>(), "bonus run paid on YYYY-MM-DD")(
      "employee", po::value<std::string>()->required(), "社員番号")("explain", "print the trace");
  add_db_option(d);
  add_employer_options(d, false);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  EmployerId er(resolve_employer(*db, *vm));
  db::PayrollRepo repo(*db);
  std::optional<db::PayRunInfo> run;
  if (vm->count("period")) {
    auto p = YearMonth::parse((*vm)["period"].as<std::string>());
    if (!p) throw UsageError("--period: expected YYYY-MM");
    run = repo.final_run(er, payroll::RunKind::kMonthly, p->str());
  } else if (vm->count("bonus-date")) {
    run = repo.final_run(er, payroll::RunKind::kBonus, (*vm)["bonus-date"].as<std::string>());
  } else {
    throw UsageError("give --period YYYY-MM or --bonus-date YYYY-MM-DD");
  }
  if (!run) throw KyuyoError(ErrorCode::kNotFound, "no final run for that period");
  std::string code = (*vm)["employee"].as<std::string>();
  bool found = false;
  repo.for_each_slip(run->id, [&](const db::StoredSlip& s) {
    if (s.employee_code != code) return;
    found = true;
    const auto& r = s.result;
    auto& o = *ctx.out;
    o << "run\t" << run->id << "\nemployee\t" << s.employee_code << "\nname\t" << s.employee_name
      << "\nperiod\t" << r.period.str() << "\npayment_date\t" << iso(r.payment_date) << "\n";
    for (const auto& l : r.lines)
      o << (l.section == payroll::LineSection::kEarning ? "pay:" : "deduct:") << l.code << "\t"
        << l.amount.str() << "\n";
    o << "gross\t" << r.gross.str() << "\nnon_taxable\t" << r.non_taxable.str() << "\ntaxable\t"
      << r.taxable.str() << "\nsocial_insurance\t" << r.social_insurance.str()
      << "\nemployment_insurance\t" << r.employment_insurance.str() << "\nincome_tax\t"
      << r.income_tax.str() << "\nresident_tax\t" << r.resident_tax.str() << "\ntotal_deductions\t"
      << r.total_deductions.str() << "\nnet\t" << r.net.str() << "\ndependents\t" << r.dependents
      << "\n";
    if (vm->count("bonus-date"))  // 標準賞与額 as stored (counts towards the 年度 / month caps)
      o << "standard_bonus_health\t" << r.standard_bonus_health.str() << "\nstandard_bonus_pension\t"
        << r.standard_bonus_pension.str() << "\n";
    for (const auto& m : r.remarks) o << "remark\t" << m << "\n";  // 産休免除 / 育休免除 / 住民税一括徴収
    if (vm->count("explain"))
      for (const auto& t : r.trace) o << "# " << t << "\n";
  });
  if (!found)
    throw KyuyoError(ErrorCode::kNotFound,
                     "employee " + code + " has no slip in run " + std::to_string(run->id));
  return 0;
}
Register r5({"payroll", "slip"},
            "Show one stored payslip (key<TAB>value; --explain prints the trace)", slip_cmd);
}  // namespace
}  // namespace kyuyo::cli
