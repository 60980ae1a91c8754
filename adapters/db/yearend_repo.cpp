#include "kyuyo/adapters/db/yearend_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <sstream>

#include "kyuyo/core/error.hpp"

namespace kyuyo::db {
namespace {

/// Named integer and text columns bound for one INSERT (values live until execute()).
struct Insert {
  std::vector<std::string> names;
  std::vector<long long> ints;
  std::vector<std::string> int_names;
  std::vector<std::string> texts;
  std::vector<std::string> text_names;
  void i(const std::string& n, long long v) { int_names.push_back(n), ints.push_back(v); }
  void y(const std::string& n, Yen v) { i(n, v.value()); }
  void t(const std::string& n, std::string v) { text_names.push_back(n), texts.push_back(std::move(v)); }
  void run(soci::session& sql, const std::string& table) {
    std::string cols, vals;
    for (const auto& n : int_names) cols += (cols.empty() ? "" : ", ") + n, vals += (vals.empty() ? ":" : ", :") + n;
    for (const auto& n : text_names) cols += (cols.empty() ? "" : ", ") + n, vals += (vals.empty() ? ":" : ", :") + n;
    soci::statement st(sql);
    st.alloc();
    st.prepare("INSERT INTO " + table + "(" + cols + ") VALUES(" + vals + ")");
    for (std::size_t k = 0; k < ints.size(); ++k) st.exchange(soci::use(ints[k], int_names[k]));
    for (std::size_t k = 0; k < texts.size(); ++k) st.exchange(soci::use(texts[k], text_names[k]));
    st.define_and_bind();
    st.execute(true);
  }
};

long long as_ll(const soci::row& r, const std::string& name) {
  if (r.get_indicator(name) == soci::i_null) return 0;
  switch (r.get_properties(name).get_data_type()) {
    case soci::dt_integer: return r.get<int>(name);
    case soci::dt_long_long: return r.get<long long>(name);
    case soci::dt_unsigned_long_long: return static_cast<long long>(r.get<unsigned long long>(name));
    case soci::dt_string: return std::stoll(r.get<std::string>(name));
    default: throw KyuyoError(ErrorCode::kInternal, "unexpected column type", name);
  }
}
std::string as_text(const soci::row& r, const std::string& name) {
  return r.get_indicator(name) == soci::i_null ? std::string() : r.get<std::string>(name);
}
Yen as_yen(const soci::row& r, const std::string& name) { return Yen(as_ll(r, name)); }

// The result lines stored as columns (name ↔ member).
struct YenField {
  const char* column;
  Yen yearend::YearEndResult::*member;
};
const std::vector<YenField>& result_columns() {
  using R = yearend::YearEndResult;
  static const std::vector<YenField> f = {
      {"salary", &R::salary},
      {"withheld", &R::withheld},
      {"employment_income", &R::employment_income},
      {"income_adjustment", &R::income_adjustment},
      {"employment_income_after_adjustment", &R::employment_income_after_adjustment},
      {"social_insurance_payroll", &R::social_insurance_payroll},
      {"social_insurance_declared", &R::social_insurance_declared},
      {"small_business_mutual", &R::small_business_mutual},
      {"life_insurance", &R::life_insurance},
      {"earthquake_insurance", &R::earthquake_insurance},
      {"spouse_deduction", &R::spouse_deduction},
      {"specific_relative_deduction", &R::specific_relative_deduction},
      {"dependent_deduction", &R::dependent_deduction},
      {"basic_deduction", &R::basic_deduction},
      {"total_deductions", &R::total_deductions},
      {"taxable_income", &R::taxable_income},
      {"computed_tax", &R::computed_tax},
      {"housing_credit", &R::housing_credit},
      {"annual_income_tax", &R::annual_income_tax},
      {"annual_tax", &R::annual_tax},
      {"excess", &R::excess},
      {"shortfall", &R::shortfall},
  };
  return f;
}
// Breakdown members kept in the details column as "key=value" lines.
const std::vector<YenField>& detail_yen() {
  using R = yearend::YearEndResult;
  static const std::vector<YenField> f = {
      {"total_income", &R::total_income},          {"life_general", &R::life_general},
      {"life_care", &R::life_care},                {"life_pension", &R::life_pension},
      {"dependents_only", &R::dependents_only},    {"disability_deduction", &R::disability_deduction},
      {"widow_deduction", &R::widow_deduction},    {"working_student_deduction", &R::working_student_deduction},
      {"housing_credit_unused", &R::housing_credit_unused},
  };
  return f;
}
struct IntField {
  const char* key;
  int yearend::PersonCounts::*member;
};
const std::vector<IntField>& detail_counts() {
  using C = yearend::PersonCounts;
  static const std::vector<IntField> f = {
      {"specific", &C::specific},
      {"elderly", &C::elderly},
      {"cohabiting_elderly", &C::cohabiting_elderly},
      {"other", &C::other},
      {"under16", &C::under16},
      {"specific_relatives", &C::specific_relatives},
      {"special_disabled", &C::special_disabled},
      {"cohabiting_special_disabled", &C::cohabiting_special_disabled},
      {"disabled", &C::disabled},
      {"non_resident", &C::non_resident},
  };
  return f;
}

std::string encode_details(const yearend::YearEndResult& r) {
  std::string s = "year=" + std::to_string(r.year) + "\n";
  for (const auto& f : detail_yen()) s += std::string(f.column) + "=" + (r.*f.member).str() + "\n";
  for (const auto& f : detail_counts()) s += std::string(f.key) + "=" + std::to_string(r.counts.*f.member) + "\n";
  s += "spouse=" + std::to_string(static_cast<int>(r.counts.spouse)) + "\n";
  s += "life_special_applied=" + std::string(r.life_special_applied ? "1" : "0") + "\n";
  if (r.leaver != yearend::LeaverCase::kNone) s += "leaver=" + std::to_string(static_cast<int>(r.leaver)) + "\n";
  s += "rules_hash=" + r.rules_hash + "\n";
  return s;
}
void decode_details(const std::string& s, yearend::YearEndResult& r) {
  std::map<std::string, std::string> kv;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  auto num = [&](const std::string& k) { return kv.count(k) && !kv[k].empty() ? std::stoll(kv[k]) : 0LL; };
  r.year = static_cast<int>(num("year"));
  for (const auto& f : detail_yen()) r.*f.member = Yen(num(f.column));
  for (const auto& f : detail_counts()) r.counts.*f.member = static_cast<int>(num(f.key));
  r.counts.spouse = static_cast<yearend::SpouseClaim>(num("spouse"));
  r.life_special_applied = num("life_special_applied") != 0;
  r.leaver = static_cast<yearend::LeaverCase>(num("leaver"));
  r.rules_hash = kv["rules_hash"];
}

// 連番 lists as space-separated numbers.
std::string encode_seqs(const std::vector<int>& v) {
  std::string s;
  for (int x : v) s += (s.empty() ? "" : " ") + std::to_string(x);
  return s;
}
std::vector<int> decode_seqs(const std::string& s) {
  std::vector<int> v;
  std::istringstream in(s);
  int x;
  while (in >> x) v.push_back(x);
  return v;
}

std::string encode_trace(const std::vector<yearend::TraceStep>& t) {
  std::string s;
  for (const auto& x : t) s += x.line + "\t" + x.rule + "\t" + x.detail + "\t" + x.value.str() + "\n";
  return s;
}
std::vector<yearend::TraceStep> decode_trace(const std::string& s) {
  std::vector<yearend::TraceStep> out;
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
    if (f.size() == 4) out.push_back({f[0], f[1], f[2], Yen(std::stoll(f[3]))});
  }
  return out;
}

}  // namespace

Change YearEndRepo::upsert_declaration(EmployerId er, EmployeeId ee, int year, const yearend::Declarations& d,
                                       const std::string& source) {
  auto old = declaration(ee, year);
  auto& sql = db_.session();
  long long eid = ee.value(), y = year;
  if (old) sql << "DELETE FROM yearend_declarations WHERE employee_id = :e AND tax_year = :y", soci::use(eid), soci::use(y);
  Insert ins;
  ins.i("employer_id", er.value());
  ins.i("employee_id", ee.value());
  ins.i("tax_year", year);
  ins.y("other_income", d.other_income);
  ins.i("adjustment_by_other", d.adjustment_by_other ? 1 : 0);
  ins.y("social_declared", d.social_declared);
  ins.y("small_business_mutual", d.small_business_mutual);
  ins.y("life_general_new", d.life.general_new);
  ins.y("life_general_old", d.life.general_old);
  ins.y("life_care", d.life.care);
  ins.y("life_pension_new", d.life.pension_new);
  ins.y("life_pension_old", d.life.pension_old);
  ins.y("quake", d.quake.quake);
  ins.y("quake_old_long", d.quake.old_long);
  ins.y("housing_credit", d.housing_credit);
  ins.y("prev_salary", d.previous.salary);
  ins.y("prev_social", d.previous.social);
  ins.y("prev_tax", d.previous.withheld);
  if (d.spouse_income) ins.y("spouse_income", *d.spouse_income);
  ins.i("other_pay_after_leaving", d.other_pay_after_leaving ? 1 : 0);
  ins.t("overseas_documents_missing", encode_seqs(d.overseas_documents_missing));
  ins.t("prev_payer", d.previous.payer);
  ins.t("source", source);
  ins.t("imported_at", Database::now_utc());
  ins.run(sql, "yearend_declarations");
  if (!old) return Change::kInserted;
  const auto& o = *old;
  bool same = o.other_income == d.other_income && o.spouse_income == d.spouse_income &&
              o.adjustment_by_other == d.adjustment_by_other && o.social_declared == d.social_declared &&
              o.small_business_mutual == d.small_business_mutual && o.life.general_new == d.life.general_new &&
              o.life.general_old == d.life.general_old && o.life.care == d.life.care &&
              o.life.pension_new == d.life.pension_new && o.life.pension_old == d.life.pension_old &&
              o.quake.quake == d.quake.quake && o.quake.old_long == d.quake.old_long &&
              o.housing_credit == d.housing_credit && o.previous.payer == d.previous.payer &&
              o.previous.salary == d.previous.salary && o.previous.social == d.previous.social &&
              o.previous.withheld == d.previous.withheld && o.other_pay_after_leaving == d.other_pay_after_leaving &&
              o.overseas_documents_missing == d.overseas_documents_missing;
  return same ? Change::kUnchanged : Change::kUpdated;
}

std::optional<yearend::Declarations> YearEndRepo::declaration(EmployeeId ee, int year) {
  auto& sql = db_.session();
  long long eid = ee.value(), y = year;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT * FROM yearend_declarations WHERE employee_id = :e AND tax_year = :y",
                                soci::use(eid), soci::use(y));
  for (const auto& r : rs) {
    yearend::Declarations d;
    d.other_income = as_yen(r, "other_income");
    if (r.get_indicator("spouse_income") != soci::i_null) d.spouse_income = as_yen(r, "spouse_income");
    d.adjustment_by_other = as_ll(r, "adjustment_by_other") != 0;
    d.social_declared = as_yen(r, "social_declared");
    d.small_business_mutual = as_yen(r, "small_business_mutual");
    d.life = {as_yen(r, "life_general_new"), as_yen(r, "life_general_old"), as_yen(r, "life_care"),
              as_yen(r, "life_pension_new"), as_yen(r, "life_pension_old")};
    d.quake = {as_yen(r, "quake"), as_yen(r, "quake_old_long")};
    d.housing_credit = as_yen(r, "housing_credit");
    d.previous = {as_text(r, "prev_payer"), as_yen(r, "prev_salary"), as_yen(r, "prev_social"), as_yen(r, "prev_tax")};
    d.other_pay_after_leaving = as_ll(r, "other_pay_after_leaving") != 0;
    d.overseas_documents_missing = decode_seqs(as_text(r, "overseas_documents_missing"));
    return d;
  }
  return std::nullopt;
}

std::int64_t YearEndRepo::create_run(EmployerId er, int year, const std::string& engine_version,
                                     const std::string& rule_hashes) {
  auto& sql = db_.session();
  long long erid = er.value(), y = year;
  sql << "UPDATE yearend_runs SET status = 'superseded' WHERE employer_id = :er AND tax_year = :y AND status = 'final'",
      soci::use(erid), soci::use(y);
  std::string now = Database::now_utc();
  sql << "INSERT INTO yearend_runs(employer_id, tax_year, status, engine_version, rule_hashes, employee_count, "
         "excluded_count, created_at) VALUES(:er, :y, 'final', :ev, :rh, 0, 0, :now)",
      soci::use(erid), soci::use(y), soci::use(engine_version), soci::use(rule_hashes), soci::use(now);
  long long id = 0;
  sql << "SELECT id FROM yearend_runs WHERE employer_id = :er AND tax_year = :y AND status = 'final'", soci::use(erid),
      soci::use(y), soci::into(id);
  return id;
}

void YearEndRepo::add_result(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                             const yearend::YearEndResult& r, const yearend::Settlement& s) {
  Insert ins;
  ins.i("run_id", run_id);
  ins.i("employee_id", ee.value());
  for (const auto& f : result_columns()) ins.y(f.column, r.*f.member);
  ins.y("last_pay_tax", s.last_pay_tax);
  ins.y("offset_on_last_pay", s.offset_on_last_pay);
  ins.y("refund", s.refund);
  ins.y("collected", s.collect);
  ins.t("employee_code", code);
  ins.t("employee_name", name);
  ins.t("last_pay_date", iso(s.last_pay_date));
  ins.t("details", encode_details(r));
  ins.t("trace", encode_trace(r.trace));
  ins.run(db_.session(), "yearend_results");
}

void YearEndRepo::add_exclusion(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                                const std::string& reason) {
  Insert ins;
  ins.i("run_id", run_id);
  ins.i("employee_id", ee.value());
  ins.t("employee_code", code);
  ins.t("employee_name", name);
  ins.t("reason", reason);
  ins.run(db_.session(), "yearend_exclusions");
}

void YearEndRepo::finish_run(std::int64_t run_id, int employee_count, int excluded_count) {
  long long id = run_id, n = employee_count, x = excluded_count;
  db_.session() << "UPDATE yearend_runs SET employee_count = :n, excluded_count = :x WHERE id = :id", soci::use(n),
      soci::use(x), soci::use(id);
}

std::optional<YearEndRunInfo> YearEndRepo::final_run(EmployerId er, int year) {
  long long erid = er.value(), y = year;
  soci::rowset<soci::row> rs =
      (db_.session().prepare << "SELECT * FROM yearend_runs WHERE employer_id = :er AND tax_year = :y AND status = 'final'",
       soci::use(erid), soci::use(y));
  for (const auto& r : rs) {
    YearEndRunInfo i;
    i.id = as_ll(r, "id");
    i.employer_id = EmployerId(as_ll(r, "employer_id"));
    i.year = static_cast<int>(as_ll(r, "tax_year"));
    i.status = as_text(r, "status");
    i.engine_version = as_text(r, "engine_version");
    i.rule_hashes = as_text(r, "rule_hashes");
    i.employee_count = static_cast<int>(as_ll(r, "employee_count"));
    i.excluded_count = static_cast<int>(as_ll(r, "excluded_count"));
    i.created_at = as_text(r, "created_at");
    return i;
  }
  return std::nullopt;
}

std::vector<StoredYearEnd> YearEndRepo::results(std::int64_t run_id) {
  long long id = run_id;
  std::vector<StoredYearEnd> out;
  soci::rowset<soci::row> rs =
      (db_.session().prepare << "SELECT * FROM yearend_results WHERE run_id = :r ORDER BY employee_code", soci::use(id));
  for (const auto& r : rs) {
    StoredYearEnd s;
    s.run_id = run_id;
    s.employee_id = EmployeeId(as_ll(r, "employee_id"));
    s.employee_code = as_text(r, "employee_code");
    s.employee_name = as_text(r, "employee_name");
    for (const auto& f : result_columns()) s.result.*f.member = as_yen(r, f.column);
    s.result.social_insurance = s.result.social_insurance_payroll + s.result.social_insurance_declared;
    decode_details(as_text(r, "details"), s.result);
    s.result.trace = decode_trace(as_text(r, "trace"));
    auto d = parse_date(as_text(r, "last_pay_date"));
    if (d) s.settlement.last_pay_date = *d;
    s.settlement.last_pay_tax = as_yen(r, "last_pay_tax");
    s.settlement.offset_on_last_pay = as_yen(r, "offset_on_last_pay");
    s.settlement.refund = as_yen(r, "refund");
    s.settlement.collect = as_yen(r, "collected");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<StoredExclusion> YearEndRepo::exclusions(std::int64_t run_id) {
  long long id = run_id;
  std::vector<StoredExclusion> out;
  soci::rowset<soci::row> rs =
      (db_.session().prepare << "SELECT * FROM yearend_exclusions WHERE run_id = :r ORDER BY employee_code",
       soci::use(id));
  for (const auto& r : rs)
    out.push_back({EmployeeId(as_ll(r, "employee_id")), as_text(r, "employee_code"), as_text(r, "employee_name"),
                   as_text(r, "reason")});
  return out;
}

}  // namespace kyuyo::db
