#include "kyuyo/adapters/db/determination_repo.hpp"

#include <sstream>

namespace kyuyo::db {
namespace {

long long as_ll(const soci::row& r, const std::string& name) {
  switch (r.get_properties(name).get_data_type()) {
    case soci::dt_integer: return r.get<int>(name);
    case soci::dt_long_long: return r.get<long long>(name);
    case soci::dt_unsigned_long_long: return static_cast<long long>(r.get<unsigned long long>(name));
    case soci::dt_string: return std::stoll(r.get<std::string>(name));
    default: throw KyuyoError(ErrorCode::kInternal, "unexpected column type", "social_determinations." + name);
  }
}
std::string as_text(const soci::row& r, const std::string& name) {
  return r.get_indicator(name) == soci::i_null ? std::string() : r.get<std::string>(name);
}
std::string month_text(const std::optional<YearMonth>& m) { return m ? m->str() : std::string(); }
std::optional<YearMonth> month_of(const std::string& s) {
  if (s.empty()) return std::nullopt;
  auto m = YearMonth::parse(s);
  if (!m) throw KyuyoError(ErrorCode::kInternal, "bad stored month '" + s + "'", "social_determinations");
  return *m;
}
const char* category_text(social::WorkerCategory c) {
  switch (c) {
    case social::WorkerCategory::kShortTime: return "short_time";
    case social::WorkerCategory::kPartTime: return "part_time";
    default: return "regular";
  }
}
social::WorkerCategory category_from(const std::string& s) {
  if (s == "short_time") return social::WorkerCategory::kShortTime;
  if (s == "part_time") return social::WorkerCategory::kPartTime;
  return social::WorkerCategory::kRegular;
}
social::DeterminationKind kind_from(const std::string& s) {
  if (s == "teiji") return social::DeterminationKind::kTeiji;
  if (s == "zuiji") return social::DeterminationKind::kZuiji;
  return social::DeterminationKind::kShutoku;
}

const char* kSelect =
    "SELECT id, employer_id, employee_id, kind, effective_from, effective_until, health_grade, health_standard, "
    "pension_grade, pension_standard, average, acquired, expected_cash, expected_in_kind, prev_health_grade, "
    "prev_health_standard, prev_pension_grade, prev_pension_standard, previous_from, change_month, change_direction, "
    "health_changed, pension_changed, kept_previous, trace, created_at FROM social_determinations ";

StoredDetermination from_row(const soci::row& r) {
  StoredDetermination s;
  s.id = as_ll(r, "id");
  s.employer_id = EmployerId(as_ll(r, "employer_id"));
  s.employee_id = EmployeeId(as_ll(r, "employee_id"));
  s.created_at = as_text(r, "created_at");
  auto& d = s.determination;
  d.kind = kind_from(as_text(r, "kind"));
  d.effective_from = *month_of(as_text(r, "effective_from"));
  d.effective_until = month_of(as_text(r, "effective_until"));
  d.grades = {static_cast<int>(as_ll(r, "health_grade")), Yen(as_ll(r, "health_standard")),
              static_cast<int>(as_ll(r, "pension_grade")), Yen(as_ll(r, "pension_standard"))};
  d.average = Yen(as_ll(r, "average"));
  if (auto a = as_text(r, "acquired"); !a.empty()) d.acquired = value_or_throw(parse_date(a));
  d.expected_cash = Yen(as_ll(r, "expected_cash"));
  d.expected_in_kind = Yen(as_ll(r, "expected_in_kind"));
  if (as_ll(r, "prev_health_grade") > 0)
    d.previous = social::Grades{static_cast<int>(as_ll(r, "prev_health_grade")), Yen(as_ll(r, "prev_health_standard")),
                                static_cast<int>(as_ll(r, "prev_pension_grade")), Yen(as_ll(r, "prev_pension_standard"))};
  d.previous_from = month_of(as_text(r, "previous_from"));
  d.change_month = month_of(as_text(r, "change_month"));
  d.change_direction = static_cast<int>(as_ll(r, "change_direction"));
  d.health_changed = as_ll(r, "health_changed") != 0;
  d.pension_changed = as_ll(r, "pension_changed") != 0;
  d.kept_previous = as_ll(r, "kept_previous") != 0;
  std::istringstream tr(as_text(r, "trace"));
  for (std::string line; std::getline(tr, line);) d.trace.push_back(line);
  return s;
}

}  // namespace

std::int64_t DeterminationRepo::save(EmployerId er, EmployeeId ee, const social::Determination& d) {
  auto& sql = db_.session();
  long long erid = er.value(), eeid = ee.value();
  std::string kind = social::kind_code(d.kind), from = d.effective_from.str();
  long long old = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT id FROM social_determinations WHERE employee_id = :e AND kind = :k AND effective_from = :f",
      soci::use(eeid), soci::use(kind), soci::use(from), soci::into(old, ind);
  if (ind == soci::i_ok && sql.got_data()) {
    sql << "DELETE FROM social_determination_months WHERE determination_id = :id", soci::use(old);
    sql << "DELETE FROM social_determinations WHERE id = :id", soci::use(old);
  }
  std::string until = month_text(d.effective_until), acquired = d.acquired ? iso(*d.acquired) : std::string();
  std::string prev_from = month_text(d.previous_from), change = month_text(d.change_month);
  std::string trace, now = Database::now_utc();
  for (const auto& l : d.trace) trace += l + "\n";
  long long hg = d.grades.health_grade, hs = d.grades.health_standard.value(), pg = d.grades.pension_grade,
            ps = d.grades.pension_standard.value(), avg = d.average.value(), ec = d.expected_cash.value(),
            ek = d.expected_in_kind.value();
  long long phg = d.previous ? d.previous->health_grade : 0, phs = d.previous ? d.previous->health_standard.value() : 0,
            ppg = d.previous ? d.previous->pension_grade : 0, pps = d.previous ? d.previous->pension_standard.value() : 0;
  long long dir = d.change_direction, hc = d.health_changed, pc = d.pension_changed, kp = d.kept_previous;
  sql << "INSERT INTO social_determinations(employer_id, employee_id, kind, effective_from, effective_until, "
         "health_grade, health_standard, pension_grade, pension_standard, average, acquired, expected_cash, "
         "expected_in_kind, prev_health_grade, prev_health_standard, prev_pension_grade, prev_pension_standard, "
         "previous_from, change_month, change_direction, health_changed, pension_changed, kept_previous, trace, "
         "created_at) VALUES(:er, :ee, :k, :f, :u, :hg, :hs, :pg, :ps, :avg, :acq, :ec, :ek, :phg, :phs, :ppg, :pps, "
         ":pf, :cm, :dir, :hc, :pc, :kp, :tr, :now)",
      soci::use(erid), soci::use(eeid), soci::use(kind), soci::use(from), soci::use(until), soci::use(hg),
      soci::use(hs), soci::use(pg), soci::use(ps), soci::use(avg), soci::use(acquired), soci::use(ec), soci::use(ek),
      soci::use(phg), soci::use(phs), soci::use(ppg), soci::use(pps), soci::use(prev_from), soci::use(change),
      soci::use(dir), soci::use(hc), soci::use(pc), soci::use(kp), soci::use(trace), soci::use(now);
  long long id = 0;
  sql << "SELECT id FROM social_determinations WHERE employee_id = :e AND kind = :k AND effective_from = :f",
      soci::use(eeid), soci::use(kind), soci::use(from), soci::into(id);
  for (std::size_t i = 0; i < d.months.size(); ++i) {
    const auto& m = d.months[i];
    long long seq = static_cast<long long>(i) + 1, days = m.base_days, cash = m.cash.value(), kindv = m.in_kind.value();
    long long q = i < d.qualifying.size() && d.qualifying[i] ? 1 : 0;
    std::string pm = m.paid_month.str(), cat = category_text(m.category);
    sql << "INSERT INTO social_determination_months(determination_id, seq, paid_month, base_days, cash, in_kind, "
           "category, qualifying) VALUES(:id, :s, :m, :d, :c, :k, :cat, :q)",
        soci::use(id), soci::use(seq), soci::use(pm), soci::use(days), soci::use(cash), soci::use(kindv),
        soci::use(cat), soci::use(q);
  }
  return id;
}

bool DeterminationRepo::remove(EmployeeId ee, social::DeterminationKind kind, const YearMonth& from) {
  auto& sql = db_.session();
  long long eeid = ee.value(), old = 0;
  std::string k = social::kind_code(kind), f = from.str();
  soci::indicator ind = soci::i_null;
  sql << "SELECT id FROM social_determinations WHERE employee_id = :e AND kind = :k AND effective_from = :f",
      soci::use(eeid), soci::use(k), soci::use(f), soci::into(old, ind);
  if (!(ind == soci::i_ok && sql.got_data())) return false;
  sql << "DELETE FROM social_determination_months WHERE determination_id = :id", soci::use(old);
  sql << "DELETE FROM social_determinations WHERE id = :id", soci::use(old);
  return true;
}

std::vector<StoredDetermination> DeterminationRepo::query(const std::string& where, long long a,
                                                          const std::string& b, const std::string& c) {
  auto& sql = db_.session();
  std::vector<StoredDetermination> out;
  {
    std::string q = std::string(kSelect) + where;
    soci::rowset<soci::row> rs = b.empty()   ? (sql.prepare << q, soci::use(a))
                                 : c.empty() ? (sql.prepare << q, soci::use(a), soci::use(b))
                                             : (sql.prepare << q, soci::use(a), soci::use(b), soci::use(c));
    for (const auto& r : rs) out.push_back(from_row(r));
  }
  for (auto& s : out) {
    long long id = s.id;
    soci::rowset<soci::row> ms = (sql.prepare << "SELECT seq, paid_month, base_days, cash, in_kind, category, qualifying "
                                                  "FROM social_determination_months WHERE determination_id = :id ORDER BY seq",
                                  soci::use(id));
    for (const auto& r : ms) {
      social::PayMonth p;
      p.paid_month = *month_of(as_text(r, "paid_month"));
      p.base_days = static_cast<int>(as_ll(r, "base_days"));
      p.cash = Yen(as_ll(r, "cash"));
      p.in_kind = Yen(as_ll(r, "in_kind"));
      p.category = category_from(as_text(r, "category"));
      s.determination.months.push_back(p);
      s.determination.qualifying.push_back(as_ll(r, "qualifying") != 0);
    }
  }
  return out;
}

std::vector<StoredDetermination> DeterminationRepo::for_employee(EmployeeId ee) {
  return query("WHERE employee_id = :e ORDER BY effective_from, id", ee.value(), {}, {});
}

std::optional<StoredDetermination> DeterminationRepo::in_force(EmployeeId ee, const YearMonth& month) {
  auto v = query("WHERE employee_id = :e AND effective_from <= :m ORDER BY effective_from DESC, id DESC", ee.value(),
                 month.str(), {});
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<StoredDetermination> DeterminationRepo::list(EmployerId er, social::DeterminationKind kind,
                                                         const YearMonth& from) {
  return query("WHERE employer_id = :er AND kind = :k AND effective_from = :f ORDER BY employee_id", er.value(),
               social::kind_code(kind), from.str());
}

}  // namespace kyuyo::db
