#include "kyuyo/adapters/db/payroll_repo.hpp"

#include <soci/soci.h>

#include <charconv>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>

#include "kyuyo/core/error.hpp"
#include "person_rows.hpp"
#include "sqlite_statement.hpp"

namespace kyuyo::db {
namespace {
using payroll::PayInput;
using payroll::PayslipResult;
using payroll::RunKind;

Date date_of(const std::string& s, const char* what) {
  auto d = parse_date(s);
  if (!d) throw KyuyoError(ErrorCode::kInternal, "stored date is malformed", what);
  return *d;
}
YearMonth ym_of(const std::string& s, const char* what) {
  auto d = YearMonth::parse(s);
  if (!d) throw KyuyoError(ErrorCode::kInternal, "stored month is malformed", what);
  return *d;
}
RunKind kind_of(const std::string& s) { return s == "bonus" ? RunKind::kBonus : RunKind::kMonthly; }

// items: one "code\tamount" per line, in the order imported.
std::string encode_items(const std::vector<payroll::PayItemAmount>& items) {
  std::string s;
  for (const auto& i : items) s += i.code + "\t" + i.amount.str() + "\n";
  return s;
}
// items: "code \t amount" per line (read for every row of a pay run: no stream).
std::vector<payroll::PayItemAmount> decode_items(const std::string& s) {
  std::vector<payroll::PayItemAmount> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    std::size_t tab = s.find('\t', pos);
    if (tab != std::string::npos && tab < nl)
      out.push_back({s.substr(pos, tab - pos), Yen(std::stoll(s.substr(tab + 1, nl - tab - 1)))});
    pos = nl + 1;
  }
  return out;
}
// lines: "E|D \t code \t name \t amount" per line.
void append_lines(std::string& s, const std::vector<payroll::PayslipLine>& lines) {
  for (const auto& l : lines) {
    s += l.section == payroll::LineSection::kEarning ? "E\t" : "D\t";
    s += l.code;
    s += '\t';
    s += l.name;
    s += '\t';
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, l.amount.value());
    (void)ec;  // 24 characters hold any int64
    s.append(buf, end);
    s += '\n';
  }
}
std::vector<payroll::PayslipLine> decode_lines(const std::string& s) {
  std::vector<payroll::PayslipLine> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::size_t pos = 0;
    for (;;) {
      auto t = line.find('\t', pos);
      f.push_back(line.substr(pos, t == std::string::npos ? std::string::npos : t - pos));
      if (t == std::string::npos) break;
      pos = t + 1;
    }
    if (f.size() != 4 || f[0] == "N") continue;
    out.push_back({f[0] == "E" ? payroll::LineSection::kEarning : payroll::LineSection::kDeduction, f[1], f[2],
                   Yen(std::stoll(f[3]))});
  }
  return out;
}
// remarks (産休免除, 住民税一括徴収 …): "N \t remark \t \t 0" lines after the slip lines (issue 6 d/e).
void append_remarks(std::string& s, const std::vector<std::string>& remarks) {
  for (const auto& r : remarks) {
    s += "N\t";
    s += r;
    s += "\t\t0\n";
  }
}
std::vector<std::string> decode_remarks(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("N\t", 0) == 0) {
      auto t = line.find('\t', 2);
      out.push_back(line.substr(2, t == std::string::npos ? std::string::npos : t - 2));
    }
  return out;
}
std::string join_trace(const std::vector<std::string>& t) {
  std::string s;
  for (const auto& x : t) s += x + "\n";
  return s;
}
std::vector<std::string> split_trace(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

const char* kSlipColumns =
    "s.run_id, s.employee_id, s.employee_code, s.employee_name, s.kind, s.period, s.payment_date, s.base_days, "
    "s.work_days, s.paid_leave_days, s.absence_days, s.dependents, s.tax_column, s.premium_month, "
    "s.standard_health, s.standard_pension, s.health_grade, s.pension_grade, s.standard_bonus_health, "
    "s.standard_bonus_pension, s.gross, s.in_kind, s.non_taxable, s.taxable, s.social_insurance, "
    "s.employment_insurance, s.income_tax, s.resident_tax, s.other_deductions, s.total_deductions, s.net, "
    "s.remuneration, s.wages";

// Binds the slip columns above (in order) for statement fetch loops.
struct SlipRow {
  long long run_id = 0, employee_id = 0;
  std::string code, name, kind, period, payment_date;
  int base_days = 0, work_days = 0, paid_leave_days = 0, absence_days = 0, dependents = 0;
  std::string tax_column, premium_month;
  long long standard_health = 0, standard_pension = 0;
  int health_grade = 0, pension_grade = 0;
  soci::indicator sh_ind = soci::i_null, sp_ind = soci::i_null, hg_ind = soci::i_null, pg_ind = soci::i_null;
  long long sbh = 0, sbp = 0, gross = 0, in_kind = 0, non_taxable = 0, taxable = 0, social = 0, employment = 0,
            tax = 0, resident = 0, other = 0, total = 0, net = 0, remuneration = 0, wages = 0;

  void bind(soci::statement& st) {
    st.exchange(soci::into(run_id));
    st.exchange(soci::into(employee_id));
    st.exchange(soci::into(code));
    st.exchange(soci::into(name));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(period));
    st.exchange(soci::into(payment_date));
    st.exchange(soci::into(base_days));
    st.exchange(soci::into(work_days));
    st.exchange(soci::into(paid_leave_days));
    st.exchange(soci::into(absence_days));
    st.exchange(soci::into(dependents));
    st.exchange(soci::into(tax_column));
    st.exchange(soci::into(premium_month));
    st.exchange(soci::into(standard_health, sh_ind));
    st.exchange(soci::into(standard_pension, sp_ind));
    st.exchange(soci::into(health_grade, hg_ind));
    st.exchange(soci::into(pension_grade, pg_ind));
    for (long long* p : {&sbh, &sbp, &gross, &in_kind, &non_taxable, &taxable, &social, &employment, &tax, &resident,
                         &other, &total, &net, &remuneration, &wages})
      st.exchange(soci::into(*p));
  }
  payroll::PaymentRecord record() const {
    payroll::PaymentRecord p;
    p.run_id = run_id;
    p.employee_id = EmployeeId(employee_id);
    p.employee_code = code;
    p.kind = kind_of(kind);
    p.period = ym_of(period, "pay_slips.period");
    p.payment_date = date_of(payment_date, "pay_slips.payment_date");
    p.base_days = base_days;
    p.gross = Yen(gross);
    p.non_taxable = Yen(non_taxable);
    p.taxable = Yen(taxable);
    p.social_insurance = Yen(social);
    p.employment_insurance = Yen(employment);
    p.income_tax = Yen(tax);
    p.resident_tax = Yen(resident);
    p.net = Yen(net);
    p.remuneration = Yen(remuneration);
    p.in_kind = Yen(in_kind);
    p.dependents = dependents;
    p.kou = tax_column != "otsu";
    p.standard_bonus_health = Yen(sbh);
    p.standard_bonus_pension = Yen(sbp);
    return p;
  }
  PayslipResult result() const {
    PayslipResult r;
    r.kind = kind_of(kind);
    r.period = ym_of(period, "pay_slips.period");
    r.payment_date = date_of(payment_date, "pay_slips.payment_date");
    r.days = {base_days, work_days, paid_leave_days, absence_days};
    r.dependents = dependents;
    r.column = tax_column == "otsu" ? model::TaxColumn::kOtsu : model::TaxColumn::kKou;
    r.premium_month = ym_of(premium_month, "pay_slips.premium_month");
    if (sh_ind == soci::i_ok)
      r.standard = payroll::StandardAmounts{Yen(standard_health), Yen(sp_ind == soci::i_ok ? standard_pension : 0),
                                            hg_ind == soci::i_ok ? health_grade : 0,
                                            pg_ind == soci::i_ok ? pension_grade : 0};
    r.standard_bonus_health = Yen(sbh);
    r.standard_bonus_pension = Yen(sbp);
    r.gross = Yen(gross);
    r.in_kind = Yen(in_kind);
    r.non_taxable = Yen(non_taxable);
    r.taxable = Yen(taxable);
    r.social_insurance = Yen(social);
    r.employment_insurance = Yen(employment);
    r.income_tax = Yen(tax);
    r.resident_tax = Yen(resident);
    r.other_deductions = Yen(other);
    r.total_deductions = Yen(total);
    r.net = Yen(net);
    r.remuneration = Yen(remuneration);
    r.wages = Yen(wages);
    return r;
  }
};


PayRunInfo run_from(long long id, long long er, const std::string& kind, const std::string& key,
                    const std::string& period, const std::string& pay, const std::string& status,
                    const std::string& hash, const std::string& ev, int count, const std::string& created) {
  PayRunInfo r;
  r.id = id;
  r.employer_id = EmployerId(er);
  r.kind = kind_of(kind);
  r.key = key;
  r.period = ym_of(period, "pay_runs.period");
  r.payment_date = date_of(pay, "pay_runs.payment_date");
  r.status = status;
  r.result_hash = hash;
  r.engine_version = ev;
  r.employee_count = count;
  r.created_at = created;
  return r;
}

const char* kRunColumns =
    "id, employer_id, kind, run_key, period, payment_date, status, result_hash, engine_version, employee_count, "
    "created_at";

std::vector<PayRunInfo> query_runs(soci::session& sql, const std::string& where, long long a, const std::string& b,
                                   const std::string& c) {
  std::vector<PayRunInfo> out;
  long long id = 0, er = 0;
  int count = 0;
  std::string kind, key, period, pay, status, hash, ev, created;
  soci::statement st = (sql.prepare << std::string("SELECT ") + kRunColumns + " FROM pay_runs WHERE " + where +
                                           " ORDER BY payment_date, id",
                        soci::use(a, "a"), soci::use(b, "b"), soci::use(c, "c"), soci::into(id), soci::into(er),
                        soci::into(kind), soci::into(key), soci::into(period), soci::into(pay), soci::into(status),
                        soci::into(hash), soci::into(ev), soci::into(count), soci::into(created));
  st.execute();
  while (st.fetch()) out.push_back(run_from(id, er, kind, key, period, pay, status, hash, ev, count, created));
  return out;
}
}  // namespace

std::string run_key(RunKind kind, const YearMonth& period, const Date& payment_date) {
  return kind == RunKind::kMonthly ? period.str() : iso(payment_date);
}

// One prepared statement per repo, re-executed per slip (bulk runs insert 100,000s of rows).
struct PayrollRepo::SlipInsert {
  SlipRecord rec;                            // PostgreSQL: the values SOCI's use() elements read
  soci::indicator ind = soci::i_null;
  std::unique_ptr<soci::statement> st;       // PostgreSQL
  std::unique_ptr<SqliteStatement> native;   // SQLite: integers bound as integers
};

PayrollRepo::PayrollRepo(Database& db) : db_(db) {}  // guards: migration 0202

// ---- imports ------------------------------------------------------------------------------------
// The SELECT and INSERT of upsert_input, prepared once per repo (imports store 100,000s of rows).
struct PayrollRepo::InputUpsert {
  std::string kind, key, period, pay, items, source, now;
  long long eid = 0, erid = 0, parking = 0, rem = 0;
  soci::indicator rem_ind = soci::i_null;
  int bd = 0, wd = 0, pl = 0, ab = 0, dist = 0;
  long long id = 0;
  std::string o_period, o_pay, o_items;
  int o_bd = 0, o_wd = 0, o_pl = 0, o_ab = 0, o_dist = 0;
  long long o_parking = 0, o_rem = 0;
  soci::indicator o_rem_ind = soci::i_null;
  std::unique_ptr<soci::statement> select, insert;
};

UpsertOutcome PayrollRepo::upsert_input(EmployerId er, EmployeeId ee, const PayInput& in, const std::string& source) {
  auto& sql = db_.session();
  if (!input_upsert_) {
    auto u = std::make_shared<InputUpsert>();
    u->select = std::make_unique<soci::statement>(
        (sql.prepare << "SELECT id, period, payment_date, base_days, work_days, paid_leave_days, absence_days, "
                        "commute_distance_m, commute_parking, declared_remuneration, items FROM payroll_inputs "
                        "WHERE employee_id = :e AND kind = :k AND run_key = :r",
         soci::use(u->eid), soci::use(u->kind), soci::use(u->key), soci::into(u->id), soci::into(u->o_period),
         soci::into(u->o_pay), soci::into(u->o_bd), soci::into(u->o_wd), soci::into(u->o_pl), soci::into(u->o_ab),
         soci::into(u->o_dist), soci::into(u->o_parking), soci::into(u->o_rem, u->o_rem_ind),
         soci::into(u->o_items)));
    u->insert = std::make_unique<soci::statement>(
        (sql.prepare << "INSERT INTO payroll_inputs(employer_id, employee_id, kind, run_key, period, payment_date, "
                        "base_days, work_days, paid_leave_days, absence_days, commute_distance_m, commute_parking, "
                        "declared_remuneration, items, source, imported_at) VALUES(:er, :e, :k, :r, :p, :d, :bd, "
                        ":wd, :pl, :ab, :dist, :park, :rem, :items, :src, :now)",
         soci::use(u->erid), soci::use(u->eid), soci::use(u->kind), soci::use(u->key), soci::use(u->period),
         soci::use(u->pay), soci::use(u->bd), soci::use(u->wd), soci::use(u->pl), soci::use(u->ab),
         soci::use(u->dist), soci::use(u->parking), soci::use(u->rem, u->rem_ind), soci::use(u->items),
         soci::use(u->source), soci::use(u->now)));
    input_upsert_ = std::move(u);
  }
  InputUpsert& u = *input_upsert_;
  u.kind = payroll::run_kind_name(in.kind);
  u.key = run_key(in.kind, in.period, in.payment_date);
  u.period = in.period.str();
  u.pay = iso(in.payment_date);
  u.items = encode_items(in.items);
  u.source = source;
  u.eid = ee.value();
  u.erid = er.value();
  u.parking = in.commute_parking.value();
  u.rem = in.declared_remuneration ? in.declared_remuneration->value() : 0;
  u.rem_ind = in.declared_remuneration ? soci::i_ok : soci::i_null;
  u.bd = in.days.base_days;
  u.wd = in.days.work_days;
  u.pl = in.days.paid_leave_days;
  u.ab = in.days.absence_days;
  u.dist = in.commute_distance_m;
  u.o_rem_ind = soci::i_null;
  const std::string &kind = u.kind, &key = u.key, &period = u.period, &pay = u.pay, &items = u.items;
  const long long parking = u.parking, rem = u.rem;
  soci::indicator rem_ind = u.rem_ind;
  const int bd = u.bd, wd = u.wd, pl = u.pl, ab = u.ab, dist = u.dist;
  if (!u.select->execute(true)) {
    u.now = Database::now_utc();
    u.insert->execute(true);
    return UpsertOutcome::kInserted;
  }
  const long long id = u.id, o_parking = u.o_parking, o_rem = u.o_rem;
  const std::string &o_period = u.o_period, &o_pay = u.o_pay, &o_items = u.o_items;
  const int o_bd = u.o_bd, o_wd = u.o_wd, o_pl = u.o_pl, o_ab = u.o_ab, o_dist = u.o_dist;
  const soci::indicator o_rem_ind = u.o_rem_ind;
  std::string now = Database::now_utc();
  if (o_period == period && o_pay == pay && o_bd == bd && o_wd == wd && o_pl == pl && o_ab == ab && o_dist == dist &&
      o_parking == parking && o_items == items && (o_rem_ind == soci::i_ok) == (rem_ind == soci::i_ok) &&
      (rem_ind != soci::i_ok || o_rem == rem))
    return UpsertOutcome::kUnchanged;
  if (auto fr = final_run(er, in.kind, key))
    throw KyuyoError(ErrorCode::kConflict,
                     "the data differs from that used by final " + kind + " run " + std::to_string(fr->id) + " for " +
                         key + "; reverse it first (kyuyo payroll reverse " +
                         (in.kind == RunKind::kMonthly ? "--period " + key : "--bonus --payment-date " + key) + ")",
                     source);
  sql << "UPDATE payroll_inputs SET period = :p, payment_date = :d, base_days = :bd, work_days = :wd, "
         "paid_leave_days = :pl, absence_days = :ab, commute_distance_m = :dist, commute_parking = :park, "
         "declared_remuneration = :rem, items = :items, source = :src, imported_at = :now WHERE id = :id",
      soci::use(period), soci::use(pay), soci::use(bd), soci::use(wd), soci::use(pl), soci::use(ab), soci::use(dist),
      soci::use(parking), soci::use(rem, rem_ind), soci::use(items), soci::use(source), soci::use(now),
      soci::use(id);
  return UpsertOutcome::kReplaced;
}

void PayrollRepo::ensure_item(EmployerId er, const payroll::PayItemDef& def) {
  auto& sql = db_.session();
  long long erid = er.value();
  std::string cat = payroll::category_name(def.category), old_cat;
  long long id = 0;
  sql << "SELECT id, category FROM payroll_item_defs WHERE employer_id = :e AND code = :c", soci::use(erid),
      soci::use(def.code), soci::into(id), soci::into(old_cat);
  if (sql.got_data()) return;
  sql << "INSERT INTO payroll_item_defs(employer_id, code, name, category) VALUES(:e, :c, :n, :k)", soci::use(erid),
      soci::use(def.code), soci::use(def.name), soci::use(cat);
}

std::vector<payroll::PayItemDef> PayrollRepo::items(EmployerId er) {
  std::vector<payroll::PayItemDef> out = payroll::builtin_items();
  long long erid = er.value();
  std::string code, name, cat;
  soci::statement st = (db_.session().prepare << "SELECT code, name, category FROM payroll_item_defs WHERE "
                                                 "employer_id = :e ORDER BY id",
                        soci::use(erid), soci::into(code), soci::into(name), soci::into(cat));
  st.execute();
  while (st.fetch()) {
    bool builtin = false;
    for (const auto& b : payroll::builtin_items()) builtin = builtin || b.code == code;
    if (!builtin)
      out.push_back({code, name, payroll::parse_category(cat).value_or(payroll::ItemCategory::kTaxable)});
  }
  return out;
}

UpsertOutcome PayrollRepo::upsert_resident_tax(EmployerId er, EmployeeId ee, const payroll::ResidentTaxNotice& n,
                                               const std::string& source) {
  auto& sql = db_.session();
  long long eid = ee.value(), erid = er.value(), annual = n.annual.value(), june = n.june.value(),
            monthly = n.monthly.value();
  int fy = n.fiscal_year;
  long long id = 0, o_annual = 0, o_june = 0, o_monthly = 0;
  std::string o_code, o_name, now = Database::now_utc();
  sql << "SELECT id, municipality_code, municipality_name, annual, june, monthly FROM resident_tax_notices "
         "WHERE employee_id = :e AND fiscal_year = :y",
      soci::use(eid), soci::use(fy), soci::into(id), soci::into(o_code), soci::into(o_name), soci::into(o_annual),
      soci::into(o_june), soci::into(o_monthly);
  if (!sql.got_data()) {
    sql << "INSERT INTO resident_tax_notices(employer_id, employee_id, fiscal_year, municipality_code, "
           "municipality_name, annual, june, monthly, source, imported_at) "
           "VALUES(:er, :e, :y, :mc, :mn, :a, :j, :m, :src, :now)",
        soci::use(erid), soci::use(eid), soci::use(fy), soci::use(n.municipality_code), soci::use(n.municipality_name),
        soci::use(annual), soci::use(june), soci::use(monthly), soci::use(source), soci::use(now);
    return UpsertOutcome::kInserted;
  }
  if (o_code == n.municipality_code && o_name == n.municipality_name && o_annual == annual && o_june == june &&
      o_monthly == monthly)
    return UpsertOutcome::kUnchanged;
  // A 税額変更通知書: later runs use the new amounts; finalised runs keep what they deducted.
  sql << "UPDATE resident_tax_notices SET municipality_code = :mc, municipality_name = :mn, annual = :a, june = :j, "
         "monthly = :m, source = :src, imported_at = :now WHERE id = :id",
      soci::use(n.municipality_code), soci::use(n.municipality_name), soci::use(annual), soci::use(june),
      soci::use(monthly), soci::use(source), soci::use(now), soci::use(id);
  return UpsertOutcome::kReplaced;
}

std::optional<payroll::ResidentTaxNotice> PayrollRepo::resident_tax(EmployeeId ee, int fiscal_year) {
  auto& sql = db_.session();
  long long eid = ee.value(), annual = 0, june = 0, monthly = 0;
  payroll::ResidentTaxNotice n;
  sql << "SELECT municipality_code, municipality_name, annual, june, monthly FROM resident_tax_notices "
         "WHERE employee_id = :e AND fiscal_year = :y",
      soci::use(eid), soci::use(fiscal_year), soci::into(n.municipality_code), soci::into(n.municipality_name),
      soci::into(annual), soci::into(june), soci::into(monthly);
  if (!sql.got_data()) return std::nullopt;
  n.fiscal_year = fiscal_year;
  n.annual = Yen(annual);
  n.june = Yen(june);
  n.monthly = Yen(monthly);
  return n;
}

void PayrollRepo::for_each_input(EmployerId er, RunKind kind, const std::string& key,
                                 const std::function<void(const StoredInput&)>& f) {
  long long erid = er.value(), id = 0, eid = 0, parking = 0, rem = 0;
  soci::indicator rem_ind = soci::i_null;
  std::string k = payroll::run_kind_name(kind), period, pay, items, source;
  int bd = 0, wd = 0, pl = 0, ab = 0, dist = 0;
  soci::statement st =
      (db_.session().prepare << "SELECT i.id, i.employee_id, i.period, i.payment_date, i.base_days, i.work_days, "
                                "i.paid_leave_days, i.absence_days, i.commute_distance_m, i.commute_parking, "
                                "i.declared_remuneration, i.items, "
                                "i.source FROM payroll_inputs i JOIN employees e ON e.id = i.employee_id "
                                "WHERE i.employer_id = :er AND i.kind = :k AND i.run_key = :r ORDER BY e.code",
       soci::use(erid), soci::use(k), soci::use(key), soci::into(id), soci::into(eid), soci::into(period),
       soci::into(pay), soci::into(bd), soci::into(wd), soci::into(pl), soci::into(ab), soci::into(dist),
       soci::into(parking), soci::into(rem, rem_ind), soci::into(items), soci::into(source));
  st.execute();
  while (st.fetch()) {
    StoredInput s;
    s.id = id;
    s.employee_id = EmployeeId(eid);
    s.source = source;
    s.input.kind = kind;
    s.input.period = ym_of(period, "payroll_inputs.period");
    s.input.payment_date = date_of(pay, "payroll_inputs.payment_date");
    s.input.days = {bd, wd, pl, ab};
    s.input.commute_distance_m = dist;
    s.input.commute_parking = Yen(parking);
    if (rem_ind == soci::i_ok) s.input.declared_remuneration = Yen(rem);
    s.input.items = decode_items(items);
    f(s);
  }
}

std::vector<std::string> PayrollRepo::input_keys(EmployerId er, RunKind kind, int year) {
  std::vector<std::string> out;
  long long erid = er.value();
  std::string k = payroll::run_kind_name(kind), from = std::to_string(year) + "-01-01",
              to = std::to_string(year) + "-12-31", key;
  soci::statement st = (db_.session().prepare << "SELECT DISTINCT run_key FROM payroll_inputs WHERE employer_id = :er "
                                                 "AND kind = :k AND payment_date >= :f AND payment_date <= :t "
                                                 "ORDER BY run_key",
                        soci::use(erid), soci::use(k), soci::use(from), soci::use(to), soci::into(key));
  st.execute();
  while (st.fetch()) out.push_back(key);
  return out;
}

// ---- runs ---------------------------------------------------------------------------------------
std::optional<PayRunInfo> PayrollRepo::final_run(EmployerId er, RunKind kind, const std::string& key) {
  auto v = query_runs(db_.session(), "employer_id = :a AND kind = :b AND run_key = :c AND status = 'final'",
                      er.value(), payroll::run_kind_name(kind), key);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<PayRunInfo> PayrollRepo::run(std::int64_t run_id) {
  auto v = query_runs(db_.session(), "id = :a AND :b = :c", run_id, "x", "x");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<PayRunInfo> PayrollRepo::runs(EmployerId er, int year) {
  return query_runs(db_.session(), "employer_id = :a AND payment_date >= :b AND payment_date <= :c", er.value(),
                    std::to_string(year) + "-01-01", std::to_string(year) + "-12-31");
}

std::int64_t PayrollRepo::create_run(EmployerId er, RunKind kind, const std::string& key, const YearMonth& period,
                                     const Date& payment_date, const std::string& engine_version,
                                     const std::string& rule_hashes) {
  auto& sql = db_.session();
  long long erid = er.value();
  std::string k = payroll::run_kind_name(kind), p = period.str(), d = iso(payment_date), now = Database::now_utc();
  sql << "INSERT INTO pay_runs(employer_id, kind, run_key, period, payment_date, status, engine_version, rule_hashes, "
         "result_hash, employee_count, created_at) VALUES(:er, :k, :r, :p, :d, 'final', :ev, :rh, '', 0, :now)",
      soci::use(erid), soci::use(k), soci::use(key), soci::use(p), soci::use(d), soci::use(engine_version),
      soci::use(rule_hashes), soci::use(now);
  long long id = 0;
  sql << "SELECT id FROM pay_runs WHERE employer_id = :er AND kind = :k AND run_key = :r AND status = 'final'",
      soci::use(erid), soci::use(k), soci::use(key), soci::into(id);
  return id;
}

PayrollRepo::SlipRecord PayrollRepo::encode_slip(std::int64_t run_id, EmployeeId ee, const std::string& code,
                                                 const std::string& name, const PayslipResult& r) {
  SlipRecord b;
  b.run_id = run_id;
  b.employee_id = ee.value();
  b.code = code;
  b.name = name;
  b.kind = payroll::run_kind_name(r.kind);
  b.period = r.period.str();
  b.payment_date = iso(r.payment_date);
  b.base_days = r.days.base_days;
  b.work_days = r.days.work_days;
  b.paid_leave_days = r.days.paid_leave_days;
  b.absence_days = r.days.absence_days;
  b.dependents = r.dependents;
  b.tax_column = r.column == model::TaxColumn::kOtsu ? "otsu" : "kou";
  b.premium_month = r.premium_month.str();
  b.has_standard = r.standard.has_value();
  b.sh = r.standard ? r.standard->health.value() : 0;
  b.sp = r.standard ? r.standard->pension.value() : 0;
  b.hg = r.standard ? r.standard->health_grade : 0;
  b.pg = r.standard ? r.standard->pension_grade : 0;
  Yen vals[15] = {r.standard_bonus_health, r.standard_bonus_pension, r.gross, r.in_kind, r.non_taxable, r.taxable,
                  r.social_insurance, r.employment_insurance, r.income_tax, r.resident_tax, r.other_deductions,
                  r.total_deductions, r.net, r.remuneration, r.wages};
  for (int i = 0; i < 15; ++i) b.v[i] = vals[i].value();
  b.lines.reserve(r.lines.size() * 40);
  append_lines(b.lines, r.lines);
  append_remarks(b.lines, r.remarks);
  if (!r.trace.empty()) b.trace = join_trace(r.trace);
  return b;
}

void PayrollRepo::add_slip(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                           const PayslipResult& r) {
  add_slip(encode_slip(run_id, ee, code, name, r));
}

void PayrollRepo::add_slip(const SlipRecord& rec) {
  using Ins = SlipInsert;
  auto& sql = db_.session();
  if (span_.run_id != rec.run_id) span_ = PaidSpan{rec.run_id, rec.payment_date, rec.payment_date};
  if (rec.payment_date < span_.from) span_.from = rec.payment_date;
  if (rec.payment_date > span_.to) span_.to = rec.payment_date;
  if (!slip_insert_) {
    slip_insert_ = std::make_shared<Ins>();
    Ins& b = *slip_insert_;
    const char* insert =
        "INSERT INTO pay_slips(run_id, employee_id, employee_code, employee_name, kind, period, payment_date, "
        "base_days, work_days, paid_leave_days, absence_days, dependents, tax_column, premium_month, standard_health, "
        "standard_pension, health_grade, pension_grade, standard_bonus_health, standard_bonus_pension, gross, in_kind, "
        "non_taxable, taxable, social_insurance, employment_insurance, income_tax, resident_tax, other_deductions, "
        "total_deductions, net, remuneration, wages, lines, trace) VALUES(:a1, :a2, :a3, :a4, :a5, :a6, :a7, :a8, "
        ":a9, :a10, :a11, :a12, :a13, :a14, :a15, :a16, :a17, :a18, :a19, :a20, :a21, :a22, :a23, :a24, :a25, :a26, "
        ":a27, :a28, :a29, :a30, :a31, :a32, :a33, :a34, :a35)";
    if (db_.backend() == Backend::kSqlite) {
      b.native = std::make_unique<SqliteStatement>(db_, insert, "pay_slips: store a slip");
    } else {
      SlipRecord& v = b.rec;
      b.st = std::make_unique<soci::statement>(sql);
      b.st->alloc();
      b.st->prepare(insert);
      b.st->exchange(soci::use(v.run_id));
      b.st->exchange(soci::use(v.employee_id));
      for (std::string* t : {&v.code, &v.name, &v.kind, &v.period, &v.payment_date}) b.st->exchange(soci::use(*t));
      for (int* x : {&v.base_days, &v.work_days, &v.paid_leave_days, &v.absence_days, &v.dependents})
        b.st->exchange(soci::use(*x));
      b.st->exchange(soci::use(v.tax_column));
      b.st->exchange(soci::use(v.premium_month));
      b.st->exchange(soci::use(v.sh, b.ind));
      b.st->exchange(soci::use(v.sp, b.ind));
      b.st->exchange(soci::use(v.hg, b.ind));
      b.st->exchange(soci::use(v.pg, b.ind));
      for (auto& x : v.v) b.st->exchange(soci::use(x));
      b.st->exchange(soci::use(v.lines));
      b.st->exchange(soci::use(v.trace));
      b.st->define_and_bind();
    }
  }
  Ins& b = *slip_insert_;
  if (!b.native) {
    b.rec = rec;
    b.ind = rec.has_standard ? soci::i_ok : soci::i_null;
    b.st->execute(true);
    return;
  }
  SqliteStatement& n = *b.native;
  int i = 0;
  n.bind(++i, rec.run_id);
  n.bind(++i, rec.employee_id);
  for (const std::string* t : {&rec.code, &rec.name, &rec.kind, &rec.period, &rec.payment_date}) n.bind(++i, *t);
  for (int x : {rec.base_days, rec.work_days, rec.paid_leave_days, rec.absence_days, rec.dependents}) n.bind(++i, x);
  n.bind(++i, rec.tax_column);
  n.bind(++i, rec.premium_month);
  for (long long x : {rec.sh, rec.sp, static_cast<long long>(rec.hg), static_cast<long long>(rec.pg)}) {
    if (rec.has_standard)
      n.bind(++i, x);
    else
      n.bind_null(++i);
  }
  for (long long x : rec.v) n.bind(++i, x);
  n.bind(++i, rec.lines);
  n.bind(++i, rec.trace);
  n.step();
  n.reset();
}

void PayrollRepo::finish_run(std::int64_t run_id, int employee_count, const std::string& result_hash) {
  long long id = run_id;
  std::string from, to;
  if (span_.run_id == run_id) {
    from = span_.from;
    to = span_.to;
  } else {  // slips added by another repository: read their span (a run without slips: its date)
    soci::indicator i1, i2;
    db_.session() << "SELECT MIN(payment_date), MAX(payment_date) FROM pay_slips WHERE run_id = :id", soci::use(id),
        soci::into(from, i1), soci::into(to, i2);
    if (i1 != soci::i_ok || i2 != soci::i_ok) {
      db_.session() << "SELECT payment_date FROM pay_runs WHERE id = :id", soci::use(id), soci::into(from);
      to = from;
    }
  }
  db_.session() << "UPDATE pay_runs SET employee_count = :n, result_hash = :h, paid_from = :f, paid_to = :t "
                   "WHERE id = :id",
      soci::use(employee_count), soci::use(result_hash), soci::use(from), soci::use(to), soci::use(id);
}

void PayrollRepo::reverse_run(std::int64_t run_id, const std::string& reason) {
  auto r = run(run_id);
  if (!r) throw KyuyoError(ErrorCode::kNotFound, "no pay run " + std::to_string(run_id));
  if (r->status != "final")
    throw KyuyoError(ErrorCode::kConflict, "pay run " + std::to_string(run_id) + " is already reversed");
  long long id = run_id;
  std::string now = Database::now_utc();
  db_.session() << "UPDATE pay_runs SET status = 'reversed', reversed_at = :t, reversal_reason = :r WHERE id = :id",
      soci::use(now), soci::use(reason), soci::use(id);
}

void PayrollRepo::for_each_slip(std::int64_t run_id, const std::function<void(const StoredSlip&)>& f) {
  SlipRow row;
  std::string lines, trace;
  long long id = run_id;
  soci::statement st(db_.session());
  st.alloc();
  st.prepare(std::string("SELECT ") + kSlipColumns + ", s.lines, s.trace FROM pay_slips s WHERE s.run_id = :r "
                                                        "ORDER BY s.employee_code");
  st.exchange(soci::use(id));
  row.bind(st);
  st.exchange(soci::into(lines));
  st.exchange(soci::into(trace));
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    StoredSlip s;
    s.run_id = row.run_id;
    s.employee_id = EmployeeId(row.employee_id);
    s.employee_code = row.code;
    s.employee_name = row.name;
    s.result = row.result();
    s.result.lines = decode_lines(lines);
    s.result.remarks = decode_remarks(lines);
    s.result.trace = split_trace(trace);
    f(s);
  }
}

// ---- read API -----------------------------------------------------------------------------------
// Finalised payments are found through their runs: the runs of the employer whose slips' payment
// dates (paid_from … paid_to) overlap the range asked for (index pay_runs_employer_paid), then each
// run's slip of the employee by UNIQUE(run_id, employee_id). CROSS JOIN keeps that order on SQLite
// (pay_runs first); PostgreSQL plans the same inner join itself. No index over pay_slips by
// employee exists: every run would rewrite it at random places (migration 0203).
namespace {
struct PaymentQuery {
  std::string employer;  ///< condition on r.employer_id, using :a
  std::string slips;     ///< conditions on s using :a2 (the same value: SOCI binds a name once), or none
  std::string from, to;  ///< payment dates: from <= s.payment_date <= to (< to when before)
  bool before = false;
  const char* order = "s.payment_date, s.run_id";
};

void fetch_payments(soci::session& sql, const PaymentQuery& q, long long a,
                    const std::function<void(const payroll::PaymentRecord&)>& f) {
  SlipRow row;
  soci::statement st(sql);
  st.alloc();
  st.prepare(std::string("SELECT ") + kSlipColumns + " FROM pay_runs r CROSS JOIN pay_slips s WHERE " + q.employer +
             " AND r.status = 'final' AND r.paid_to >= :b AND r.paid_from <= :c AND s.run_id = r.id AND " +
             (q.slips.empty() ? std::string() : q.slips + " AND ") + "s.payment_date >= :b2 AND s.payment_date " + (q.before ? "<" : "<=") + " :c2 ORDER BY " + q.order);
  std::string b = q.from, c = q.to, b2 = q.from, c2 = q.to;
  long long a2 = a;
  st.exchange(soci::use(a, "a"));
  if (!q.slips.empty()) st.exchange(soci::use(a2, "a2"));
  st.exchange(soci::use(b, "b"));
  st.exchange(soci::use(c, "c"));
  st.exchange(soci::use(b2, "b2"));
  st.exchange(soci::use(c2, "c2"));
  row.bind(st);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) f(row.record());
}

// One employee's payments: the runs of the employee's employer, the slip by (run_id, employee_id).
PaymentQuery of_employee(const std::string& from, const std::string& to, const char* kind = nullptr) {
  PaymentQuery q;
  q.employer = "r.employer_id = (SELECT e.employer_id FROM employees e WHERE e.id = :a)";
  q.slips = std::string("s.employee_id = :a2") + (kind ? std::string(" AND s.kind = '") + kind + "'" : "");
  q.from = from;
  q.to = to;
  return q;
}
}  // namespace

std::vector<payroll::PaymentRecord> PayrollRepo::payments_for_year(EmployeeId ee, int year) {
  std::vector<payroll::PaymentRecord> out;
  fetch_payments(db_.session(), of_employee(std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"),
                 ee.value(), [&](const payroll::PaymentRecord& p) { out.push_back(p); });
  return out;
}

void PayrollRepo::for_each_payment(EmployerId er, int year,
                                   const std::function<void(const payroll::PaymentRecord&)>& f) {
  PaymentQuery q;
  q.employer = "r.employer_id = :a";
  q.from = std::to_string(year) + "-01-01";
  q.to = std::to_string(year) + "-12-31";
  q.order = "s.employee_code, s.payment_date, s.run_id";
  fetch_payments(db_.session(), q, er.value(), f);
}

std::vector<payroll::PaymentRecord> PayrollRepo::payments_paid_in(EmployeeId ee, const YearMonth& from,
                                                                  const YearMonth& to) {
  std::vector<payroll::PaymentRecord> out;
  fetch_payments(db_.session(), of_employee(iso(from.first_day()), iso(to.last_day())), ee.value(),
                 [&](const payroll::PaymentRecord& p) { out.push_back(p); });
  return out;
}

std::optional<payroll::PaymentRecord> PayrollRepo::monthly_payment_in(EmployeeId ee, const YearMonth& ym) {
  std::optional<payroll::PaymentRecord> out;
  fetch_payments(db_.session(), of_employee(iso(ym.first_day()), iso(ym.last_day()), "monthly"), ee.value(),
                 [&](const payroll::PaymentRecord& p) { out = p; });
  return out;
}

Yen PayrollRepo::standard_bonus_health_in_fiscal_year(EmployeeId ee, const Date& d) {
  int fy = YearMonth::of(d).fiscal_year();
  Yen sum;
  auto q = of_employee(std::to_string(fy) + "-04-01", iso(d), "bonus");
  q.before = true;
  fetch_payments(db_.session(), q, ee.value(), [&](const payroll::PaymentRecord& p) { sum += p.standard_bonus_health; });
  return sum;
}

Yen PayrollRepo::standard_bonus_pension_in_month(EmployeeId ee, const Date& d) {
  Yen sum;
  auto q = of_employee(iso(YearMonth::of(d).first_day()), iso(d), "bonus");
  q.before = true;
  fetch_payments(db_.session(), q, ee.value(), [&](const payroll::PaymentRecord& p) { sum += p.standard_bonus_pension; });
  return sum;
}

}  // namespace kyuyo::db

// ---- the run cursor ---------------------------------------------------------------------------
namespace kyuyo::db {
namespace {
// The run cursor's row variables, visited in the SELECT's column order.
struct RunVars {
  long long id = 0, eid = 0;
  std::string period, payd;
  int bd = 0, wd = 0, pl = 0, ab = 0, dist = 0;
  long long parking = 0, rem = 0;
  soci::indicator rem_ind = soci::i_null;
  std::string items, source;
  rows::EmployeeRow emp;
  int rt_fy = 0;
  soci::indicator rt_ind = soci::i_null, rt_i2 = soci::i_null, rt_i3 = soci::i_null, rt_i4 = soci::i_null,
                  rt_i5 = soci::i_null, rt_i6 = soci::i_null;
  std::string rt_code, rt_name;
  long long rt_annual = 0, rt_june = 0, rt_monthly = 0;
  long long prev = 0, sbh = 0, sbp = 0;
  soci::indicator prev_ind = soci::i_null, sbh_ind = soci::i_null, sbp_ind = soci::i_null;
  template <class F>
  void fields(F&& f) {
    f(id);
    f(eid);
    f(period);
    f(payd);
    for (auto* v : {&bd, &wd, &pl, &ab, &dist}) f(*v);
    f(parking);
    f(rem, rem_ind);
    f(items);
    f(source);
    emp.fields(f);
    f(rt_fy, rt_ind);
    f(rt_code, rt_i2);
    f(rt_name, rt_i3);
    f(rt_annual, rt_i4);
    f(rt_june, rt_i5);
    f(rt_monthly, rt_i6);
    f(prev, prev_ind);
    f(sbh, sbh_ind);
    f(sbp, sbp_ind);
  }
  void reset() {
    rem_ind = rt_ind = prev_ind = sbh_ind = sbp_ind = soci::i_null;
    emp.reset();
  }
};
struct RunDepVars {
  std::string code;
  rows::DependentRow dep;
  template <class F>
  void fields(F&& f) {
    f(code);
    dep.fields(f);
  }
};
}  // namespace


void PayrollRepo::for_each_run_row(EmployerId er, RunKind kind, const std::string& key,
                                   const std::optional<Date>& payment_override,
                                   const std::function<void(RunRow&)>& f) {
  auto& sql = db_.session();
  long long erid = er.value();
  std::string k = payroll::run_kind_name(kind);
  // Bonus facts are keyed by the run's single payment date.
  std::string pay = payment_override ? iso(*payment_override) : (kind == RunKind::kBonus ? key : std::string());
  int fy_override = payment_override ? payroll::resident_tax_fiscal_year(*payment_override) : 0;
  std::string prev_from, prev_to, fy_from, month_from;
  if (!pay.empty()) {
    Date d = value_or_throw(parse_date(pay));
    YearMonth pm = YearMonth::of(d).plus_months(-1);
    prev_from = iso(pm.first_day());
    prev_to = iso(pm.last_day());
    fy_from = std::to_string(YearMonth::of(d).fiscal_year()) + "-04-01";
    month_from = iso(YearMonth::of(d).first_day());
  }
  const bool bonus = kind == RunKind::kBonus;

  RunVars v;
  RunDepVars dv;

  std::string q =
      "SELECT i.id, i.employee_id, i.period, i.payment_date, i.base_days, i.work_days, i.paid_leave_days, "
      "i.absence_days, i.commute_distance_m, i.commute_parking, i.declared_remuneration, i.items, i.source, "
      "" + rows::EmployeeRow::columns("e.") + ", "
      "rt.fiscal_year, rt.municipality_code, rt.municipality_name, rt.annual, rt.june, rt.monthly";
  // Bonus facts per employee from its own finalised slips: the employer's final runs whose slips'
  // payment dates overlap each range are listed first (a few ids), then each employee's slip is
  // looked up in them by UNIQUE(run_id, employee_id) — no aggregates over the employer's year
  // materialised per run, no index over pay_slips by employee (see the read API above).
  std::vector<std::pair<const char*, const std::string*>> text_params;  // the bonus facts' dates
  if (bonus) {
    auto ids = [&](const char* run_kind, const std::string& from, const std::string& to) {
      std::string list;
      long long id = 0;
      std::string rk = run_kind, f = from, t = to;
      soci::statement rs = (sql.prepare << "SELECT id FROM pay_runs WHERE employer_id = :e AND kind = :k AND "
                                           "status = 'final' AND paid_to >= :f AND paid_from <= :t ORDER BY id",
                            soci::use(erid), soci::use(rk), soci::use(f), soci::use(t), soci::into(id));
      rs.execute();
      while (rs.fetch()) list += (list.empty() ? "" : ",") + std::to_string(id);
      return list;
    };
    // Σ over the listed runs of the employee's slips of `kind` paid in [from, to] (or before `to`).
    auto fact = [&](const std::string& expr, const std::string& runs, const char* kind, const char* from_name,
                    const std::string& from, const char* to_op, const char* to_name, const std::string& to) {
      if (runs.empty()) return std::string("NULL");
      text_params.emplace_back(from_name, &from);
      text_params.emplace_back(to_name, &to);
      return "(SELECT SUM(" + expr + ") FROM pay_slips s WHERE s.run_id IN (" + runs +
             ") AND s.employee_id = i.employee_id AND s.kind = '" + kind + "' AND s.payment_date >= :" + from_name +
             " AND s.payment_date " + to_op + " :" + to_name + ")";
    };
    std::string monthly_runs = ids("monthly", prev_from, prev_to), bonus_fy = ids("bonus", fy_from, pay),
                bonus_month = ids("bonus", month_from, pay);
    q += ", " + fact("s.taxable - s.social_insurance - s.employment_insurance", monthly_runs, "monthly", "pf",
                     prev_from, "<=", "pt", prev_to);
    q += ", " + fact("s.standard_bonus_health", bonus_fy, "bonus", "ff", fy_from, "<", "p1", pay);
    q += ", " + fact("s.standard_bonus_pension", bonus_month, "bonus", "mf", month_from, "<", "p2", pay) + " ";
  } else {
    q += ", NULL, NULL, NULL ";
  }
  // Employees first, in code order through UNIQUE(employer_id, code), each joined to its input by
  // UNIQUE(employee_id, kind, run_key): SQLite then streams the rows without sorting them (CROSS
  // JOIN fixes its join order; for PostgreSQL it is the same inner join).
  q += "FROM employees e CROSS JOIN payroll_inputs i "
       "LEFT JOIN resident_tax_notices rt ON rt.employee_id = i.employee_id AND rt.fiscal_year = "
       "(CASE WHEN :fyo > 0 THEN :fyo2 WHEN CAST(substr(i.payment_date, 6, 2) AS INTEGER) >= 6 "
       "THEN CAST(substr(i.payment_date, 1, 4) AS INTEGER) ELSE CAST(substr(i.payment_date, 1, 4) AS INTEGER) - 1 END) ";
  q += "WHERE e.employer_id = :er0 AND i.employee_id = e.id AND i.employer_id = :er AND i.kind = :k AND "
       "i.run_key = :r ORDER BY e.code";

  // Dependents of the employer's employees, merged by employee code (both cursors ordered by it;
  // those of employees without pay data in this run are skipped by the merge).
  const std::string dq = "SELECT e.code, " + rows::DependentRow::columns("d.") +
                         " FROM employees e CROSS JOIN dependents d WHERE e.employer_id = :er AND d.employee_id = e.id "
                         "ORDER BY e.code, d.seq";

  // The two cursors: on SQLite native statements (integers read as integers, no SOCI conversion of
  // every column of 28,000 rows a year per 2,000 employees); on PostgreSQL SOCI.
  std::function<bool()> next_row, next_dep;
  std::unique_ptr<SqliteStatement> nst, nds;
  std::optional<soci::statement> st, ds;
  if (db_.backend() == Backend::kSqlite) {
    nst = std::make_unique<SqliteStatement>(db_, q, "pay run: read the run's inputs");
    nst->bind(":fyo", fy_override);
    nst->bind(":fyo2", fy_override);
    for (const auto& [name, value] : text_params) nst->bind((std::string(":") + name).c_str(), *value);
    nst->bind(":er0", erid);
    nst->bind(":er", erid);
    nst->bind(":k", k);
    nst->bind(":r", key);
    nds = std::make_unique<SqliteStatement>(db_, dq, "pay run: read the dependents");
    nds->bind(":er", erid);
    next_row = [&] {
      if (!nst->step()) return false;
      SqliteColumnReader rd{*nst};
      v.fields(rd);
      return true;
    };
    next_dep = [&] {
      if (!nds->step()) return false;
      SqliteColumnReader rd{*nds};
      dv.fields(rd);
      return true;
    };
  } else {
    st.emplace(sql);
    st->alloc();
    st->prepare(q);
    v.fields(rows::SociInto{*st});
    st->exchange(soci::use(fy_override, "fyo"));
    st->exchange(soci::use(fy_override, "fyo2"));
    for (const auto& [name, value] : text_params) st->exchange(soci::use(*value, name));
    st->exchange(soci::use(erid, "er0"));
    st->exchange(soci::use(erid, "er"));
    st->exchange(soci::use(k, "k"));
    st->exchange(soci::use(key, "r"));
    st->define_and_bind();
    ds.emplace(sql);
    ds->alloc();
    ds->prepare(dq);
    dv.fields(rows::SociInto{*ds});
    ds->exchange(soci::use(erid, "er"));
    ds->define_and_bind();
    bool first_row = true, first_dep = true;
    next_row = [&, first_row]() mutable {
      bool more = first_row ? st->execute(true) : st->fetch();
      first_row = false;
      return more;
    };
    next_dep = [&, first_dep]() mutable {
      bool more = first_dep ? ds->execute(true) : ds->fetch();
      first_dep = false;
      return more;
    };
  }
  bool d_more = next_dep();

  RunRow row;
  bool more = next_row();
  while (more) {
    row = RunRow{};
    auto& s = row.input;
    s.id = v.id;
    s.employee_id = EmployeeId(v.eid);
    s.source = v.source;
    s.input.kind = kind;
    s.input.period = ym_of(v.period, "payroll_inputs.period");
    s.input.payment_date = date_of(v.payd, "payroll_inputs.payment_date");
    s.input.days = {v.bd, v.wd, v.pl, v.ab};
    s.input.commute_distance_m = v.dist;
    s.input.commute_parking = Yen(v.parking);
    if (v.rem_ind == soci::i_ok) s.input.declared_remuneration = Yen(v.rem);
    s.input.items = decode_items(v.items);
    row.employee = v.emp.to_model();
    const std::string& code = v.emp.code;
    if (v.rt_ind == soci::i_ok)
      row.resident_notice = payroll::ResidentTaxNotice{v.rt_fy, v.rt_code, v.rt_name, Yen(v.rt_annual),
                                                       Yen(v.rt_june), Yen(v.rt_monthly)};
    if (v.prev_ind == soci::i_ok) row.prev_month_after_social = Yen(v.prev);
    if (v.sbh_ind == soci::i_ok) row.prior_standard_bonus_health_fy = Yen(v.sbh);
    if (v.sbp_ind == soci::i_ok) row.prior_standard_bonus_pension_month = Yen(v.sbp);
    while (d_more && dv.code < code) d_more = next_dep();
    while (d_more && dv.code == code) {
      row.dependents.push_back(dv.dep.to_model());
      d_more = next_dep();
    }
    v.reset();  // nullable indicators, before the next fetch
    f(row);
    more = next_row();
  }
}

}  // namespace kyuyo::db
