// kyuyo import payroll FILE: one row per employee per payment (給与 by 対象年月, 賞与 by 支給日) with
// attendance and item amounts; upserted (re-import of the same data changes nothing) in one
// transaction. Columns: docs/import-formats.md (payroll).
#include <map>
#include <set>
#include <soci/soci.h>

#include "command.hpp"
#include "kyuyo/adapters/csv/field_parser.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_extras_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::cli {
namespace {
using payroll::PayItemDef;

const std::vector<csv::Column>& fixed_columns() {
  static const std::vector<csv::Column> c = {
      {"事業所コード", false, {"employer"}},
      {"社員番号", true, {"employee", "code"}},
      {"区分", false, {"kind"}},
      {"対象年月", false, {"period"}},
      {"支給日", true, {"payment_date"}},
      {"出勤日数", false, {"work_days"}},
      {"有給休暇日数", false, {"paid_leave_days"}},
      {"欠勤日数", false, {"absence_days"}},
      {"支払基礎日数", false, {"base_days"}},
      {"通勤距離(km)", false, {"commute_km", "片道通勤距離(km)"}},
      {"駐車場料金", false, {"commute_parking"}},
      {"報酬月額", false, {"remuneration"}},
      // issue 6 (d): the employee asked for 住民税 一括徴収 on the last pay (地方税法321条の5)
      {"住民税一括徴収", false, {"resident_tax_lump"}},
      // issue 6 (e): 産前産後休業 / 育児休業 (premium exemption); one leave per row, kept per employee
      {"休業種別", false, {"leave_kind"}},
      {"休業開始日", false, {"leave_start"}},
      {"休業終了日", false, {"leave_end"}},
  };
  return c;
}

/// The item a header names: a built-in code or name, or "<prefix>:<名称>".
std::optional<PayItemDef> item_for_header(const std::string& h) {
  if (auto d = payroll::item_for_column(h)) return d;
  for (const auto& b : payroll::builtin_items())
    if (b.name == h) return b;
  return std::nullopt;
}

/// "12.5" km → 12500 m (at most three decimals).
std::optional<int> km_to_m(const std::string& s) {
  std::string a = csv::to_ascii(s);
  auto dot = a.find('.');
  std::string whole = a.substr(0, dot), frac = dot == std::string::npos ? "" : a.substr(dot + 1);
  if (whole.empty() || whole.size() > 4 || frac.size() > 3) return std::nullopt;
  for (char c : whole + frac)
    if (c < '0' || c > '9') return std::nullopt;
  while (frac.size() < 3) frac += '0';
  return std::stoi(whole) * 1000 + std::stoi(frac);
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("file", po::value<std::string>()->required(), "payroll CSV")(
      "encoding", po::value<std::string>()->default_value("auto"), "auto, utf-8 or cp932");
  add_db_option(d);
  add_employer_options(d, false);
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = ctx.parse(d, &pos, "FILE [options]");
  if (!vm) return 0;
  std::string file = (*vm)["file"].as<std::string>();
  auto enc = csv::parse_encoding((*vm)["encoding"].as<std::string>());
  if (!enc) throw UsageError(enc.error().message);

  std::vector<Error> errors;
  csv::Table t = csv::read_file(file, *enc, errors);
  std::vector<csv::Column> cols = fixed_columns();
  std::vector<std::pair<std::string, PayItemDef>> item_cols;  // header → item
  for (const auto& h : t.headers) {
    bool fixed = false;
    for (const auto& c : fixed_columns()) {
      fixed = fixed || c.name == h;
      for (const auto& a : c.aliases) fixed = fixed || a == h;
    }
    if (fixed) continue;
    if (auto def = item_for_header(h)) {
      cols.push_back({h, false, {}});
      item_cols.emplace_back(h, *def);
    }
  }
  csv::check_headers(t, cols, errors);
  if (!errors.empty()) throw KyuyoErrors(errors);

  auto db = open_db(*vm);
  db::EmployerRepo employers(*db);
  db::EmployeeRepo employees(*db);
  std::optional<EmployerId> default_employer;
  if (vm->count("employer") || !t.has_column("事業所コード")) default_employer = EmployerId(resolve_employer(*db, *vm));
  std::map<std::string, std::optional<EmployerId>> employer_by_code;
  std::map<std::pair<long long, std::string>, std::optional<model::Employee>> employee_cache;

  struct Parsed {
    EmployerId er;
    EmployeeId ee;
    payroll::PayInput in;
    std::string source;
    bool lump = false;                          // 住民税一括徴収
    std::optional<payroll::LeaveSpan> leave;    // 休業種別 / 休業開始日 / 休業終了日
  };
  std::vector<Parsed> parsed;
  std::map<std::tuple<long long, std::string, std::string>, int> seen;
  for (const auto& row : t.rows) {
    csv::Fields f(t, row, errors);
    std::optional<EmployerId> er = default_employer;
    std::string er_code = f.text("事業所コード");
    if (!er_code.empty()) {
      auto it = employer_by_code.find(er_code);
      if (it == employer_by_code.end()) {
        auto e = employers.find_by_code(er_code);
        it = employer_by_code.emplace(er_code, e ? std::optional<EmployerId>(e->id) : std::nullopt).first;
      }
      er = it->second;
      if (!er) f.fail("事業所コード", "no employer with code '" + csv::safe_value(er_code) + "'");
    }
    std::string code = f.text("社員番号", csv::kRequired);
    auto kind = f.choice<payroll::RunKind>("区分", {{"給与", payroll::RunKind::kMonthly},
                                                    {"賞与", payroll::RunKind::kBonus},
                                                    {"monthly", payroll::RunKind::kMonthly},
                                                    {"bonus", payroll::RunKind::kBonus}})
                    .value_or(payroll::RunKind::kMonthly);
    auto pay = f.date("支給日", csv::kRequired);
    std::optional<YearMonth> period;
    std::string p = csv::to_ascii(f.raw("対象年月"));
    if (!p.empty()) {
      for (auto& c : p)
        if (c == '/') c = '-';
      if (p.size() == 6 && p[4] == '-') p.insert(5, "0");
      auto ym = YearMonth::parse(p);
      if (!ym) f.fail("対象年月", "expected YYYY-MM, got '" + csv::safe_value(f.raw("対象年月")) + "'");
      else period = *ym;
    } else if (kind == payroll::RunKind::kMonthly) {
      f.fail("対象年月", "required for 給与 rows (YYYY-MM)");
    }
    payroll::PayInput in;
    in.kind = kind;
    if (pay) in.payment_date = *pay;
    if (kind == payroll::RunKind::kBonus && pay) period = YearMonth::of(*pay);
    if (period) in.period = *period;
    in.days.work_days = static_cast<int>(f.integer("出勤日数", 0, 31).value_or(0));
    in.days.paid_leave_days = static_cast<int>(f.integer("有給休暇日数", 0, 31).value_or(0));
    in.days.absence_days = static_cast<int>(f.integer("欠勤日数", 0, 31).value_or(0));
    in.days.base_days = static_cast<int>(f.integer("支払基礎日数", 0, 31).value_or(0));
    if (!f.empty("通勤距離(km)")) {
      auto m = km_to_m(f.raw("通勤距離(km)"));
      if (!m) f.fail("通勤距離(km)", "expected a distance in km such as 12.5");
      else in.commute_distance_m = *m;
    }
    in.commute_parking = f.yen("駐車場料金").value_or(Yen::zero());
    if (!f.empty("報酬月額")) in.declared_remuneration = f.yen("報酬月額");
    for (const auto& [h, def] : item_cols) {
      auto y = f.yen(h);
      if (!y) continue;
      if (*y < Yen::zero() && def.code != "absence_deduction")
        f.fail(h, "must not be negative (enter deductions in a deduction column)");
      in.items.push_back({def.code, *y});
    }
    bool lump = f.choice<bool>("住民税一括徴収", {{"はい", true}, {"いいえ", false}, {"する", true}, {"しない", false},
                                                  {"yes", true}, {"no", false}, {"1", true}, {"0", false}})
                    .value_or(false);
    if (lump && kind == payroll::RunKind::kBonus)
      f.fail("住民税一括徴収", "applies to the last 給与 (monthly) pay of a leaver, not to a 賞与 row");
    std::optional<payroll::LeaveSpan> leave;
    if (!f.empty("休業種別") || !f.empty("休業開始日") || !f.empty("休業終了日")) {
      auto lk = f.choice<payroll::LeaveKind>("休業種別", {{"産休", payroll::LeaveKind::kMaternity},
                                                         {"産前産後休業", payroll::LeaveKind::kMaternity},
                                                         {"maternity", payroll::LeaveKind::kMaternity},
                                                         {"育休", payroll::LeaveKind::kChildcare},
                                                         {"育児休業", payroll::LeaveKind::kChildcare},
                                                         {"育児休業等", payroll::LeaveKind::kChildcare},
                                                         {"childcare", payroll::LeaveKind::kChildcare}},
                                             csv::kRequired);
      auto ls = f.date("休業開始日", csv::kRequired);
      auto le = f.date("休業終了日", csv::kRequired);
      if (ls && le && *le < *ls) f.fail("休業終了日", "is before the 休業開始日");
      if (lk && ls && le && !(*le < *ls)) leave = payroll::LeaveSpan{*lk, *ls, *le};
    }
    if (in.amount("commute_car") > Yen::zero() && in.commute_distance_m <= 0)
      f.fail("通勤距離(km)", "required when 通勤手当(交通用具) is paid (the non-taxable limit depends on it)");
    if (f.failed() || !er) continue;
    auto key = std::make_pair(er->value(), code);
    auto it = employee_cache.find(key);
    if (it == employee_cache.end()) it = employee_cache.emplace(key, employees.find_by_code(*er, code)).first;
    if (!it->second) {
      f.fail("社員番号", "no employee '" + csv::safe_value(code) + "' (kyuyo import employees first)");
      continue;
    }
    std::string rk = db::run_key(kind, in.period, in.payment_date);
    auto [s, fresh] = seen.emplace(std::make_tuple(er->value(), code, payroll::run_kind_name(kind) + rk), row.line);
    if (!fresh) {
      f.fail("社員番号", "a second row for " + code + " and " + rk + " (first on line " + std::to_string(s->second) + ")");
      continue;
    }
    parsed.push_back({*er, it->second->id, std::move(in), file + ":" + std::to_string(row.line), lump, leave});
  }
  if (!errors.empty()) throw KyuyoErrors(errors);

  db::Transaction tx(*db);
  db::PayrollRepo repo(*db);
  std::set<long long> ers;
  for (const auto& p : parsed) ers.insert(p.er.value());
  for (long long e : ers)
    for (const auto& [h, def] : item_cols) repo.ensure_item(EmployerId(e), def);
  db::PayrollExtrasRepo extras(*db);
  int added = 0, replaced = 0, unchanged = 0, leaves = 0;
  for (const auto& p : parsed) {
    try {
      auto o = repo.upsert_input(p.er, p.ee, p.in, p.source);
      // The 住民税一括徴収 request counts as part of the row: a change is a replacement.
      auto lo = extras.set_resident_lump_request(p.er, p.ee, p.in.kind, db::run_key(p.in.kind, p.in.period, p.in.payment_date),
                                                 p.lump, p.source);
      if (o == db::UpsertOutcome::kUnchanged && lo != db::UpsertOutcome::kUnchanged) o = db::UpsertOutcome::kReplaced;
      (o == db::UpsertOutcome::kInserted ? added : o == db::UpsertOutcome::kReplaced ? replaced : unchanged)++;
      if (p.leave && extras.upsert_leave(p.er, p.ee, *p.leave, p.source) != db::UpsertOutcome::kUnchanged) ++leaves;
    } catch (const KyuyoError& e) {
      errors.push_back(e.error());
    }
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  tx.commit();
  *ctx.out << file << ": " << parsed.size() << " rows: " << added << " added, " << replaced << " replaced, "
           << unchanged << " unchanged\n";
  if (leaves > 0) *ctx.out << leaves << " 休業 (産休/育休) periods added or changed\n";
  return 0;
}
Register reg({"import", "payroll"}, "Import monthly and bonus pay data from CSV (idempotent; all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
