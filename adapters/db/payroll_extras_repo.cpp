#include "kyuyo/adapters/db/payroll_extras_repo.hpp"

#include <soci/soci.h>

#include <algorithm>

namespace kyuyo::db {
namespace {


int premium_rank(const std::string& p) {
  return p == "health" ? 0 : p == "pension" ? 1 : p == "child_contribution" ? 2 : 3;
}

}  // namespace

PayrollExtrasRepo::PayrollExtrasRepo(Database& db) : db_(db) {}  // guards: migration 0202

void PayrollExtrasRepo::store_employer_totals(std::int64_t run_id, const std::vector<payroll::EmployerPremiumTotal>& rows) {
  auto& sql = db_.session();
  long long rid = run_id;
  for (const auto& r : rows) {
    long long t = r.total.value(), e = r.employee.value(), er = r.employer.value();
    sql << "INSERT INTO pay_run_premium_totals(run_id, premium, name, total, employee_share, employer_share) "
           "VALUES(:r, :p, :n, :t, :e, :er)",
        soci::use(rid), soci::use(r.premium), soci::use(r.name), soci::use(t), soci::use(e), soci::use(er);
  }
}

std::vector<payroll::EmployerPremiumTotal> PayrollExtrasRepo::employer_totals(std::int64_t run_id) {
  std::vector<payroll::EmployerPremiumTotal> out;
  long long rid = run_id, t = 0, e = 0, er = 0;
  std::string p, n;
  soci::statement st = (db_.session().prepare << "SELECT premium, name, total, employee_share, employer_share FROM "
                                                 "pay_run_premium_totals WHERE run_id = :r",
                        soci::use(rid), soci::into(p), soci::into(n), soci::into(t), soci::into(e), soci::into(er));
  st.execute();
  while (st.fetch()) out.push_back({p, n, Yen(t), Yen(e), Yen(er)});
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return premium_rank(a.premium) < premium_rank(b.premium); });
  return out;
}

UpsertOutcome PayrollExtrasRepo::upsert_leave(EmployerId er, EmployeeId ee, const payroll::LeaveSpan& l,
                                              const std::string& source) {
  auto& sql = db_.session();
  long long erid = er.value(), eid = ee.value(), id = 0;
  std::string kind = payroll::leave_kind_name(l.kind), start = iso(l.start), end = iso(l.end), o_end;
  sql << "SELECT id, end_date FROM employee_leaves WHERE employee_id = :e AND kind = :k AND start_date = :s",
      soci::use(eid), soci::use(kind), soci::use(start), soci::into(id), soci::into(o_end);
  std::string now = Database::now_utc();
  if (!sql.got_data()) {
    sql << "INSERT INTO employee_leaves(employer_id, employee_id, kind, start_date, end_date, source, imported_at) "
           "VALUES(:er, :e, :k, :s, :en, :src, :now)",
        soci::use(erid), soci::use(eid), soci::use(kind), soci::use(start), soci::use(end), soci::use(source),
        soci::use(now);
    return UpsertOutcome::kInserted;
  }
  if (o_end == end) return UpsertOutcome::kUnchanged;
  sql << "UPDATE employee_leaves SET end_date = :en, source = :src, imported_at = :now WHERE id = :id", soci::use(end),
      soci::use(source), soci::use(now), soci::use(id);
  return UpsertOutcome::kReplaced;
}

std::map<std::int64_t, std::vector<payroll::LeaveSpan>> PayrollExtrasRepo::leaves(EmployerId er) {
  std::map<std::int64_t, std::vector<payroll::LeaveSpan>> out;
  long long erid = er.value(), eid = 0;
  std::string kind, start, end;
  soci::statement st = (db_.session().prepare << "SELECT employee_id, kind, start_date, end_date FROM employee_leaves "
                                                 "WHERE employer_id = :er ORDER BY employee_id, start_date",
                        soci::use(erid), soci::into(eid), soci::into(kind), soci::into(start), soci::into(end));
  st.execute();
  while (st.fetch()) {
    auto s = parse_date(start), e = parse_date(end);
    if (!s || !e) throw KyuyoError(ErrorCode::kInternal, "stored leave date is malformed", "employee_leaves");
    out[eid].push_back(
        {kind == "maternity" ? payroll::LeaveKind::kMaternity : payroll::LeaveKind::kChildcare, *s, *e});
  }
  return out;
}

UpsertOutcome PayrollExtrasRepo::set_resident_lump_request(EmployerId er, EmployeeId ee, payroll::RunKind kind,
                                                           const std::string& key, bool requested,
                                                           const std::string& source) {
  auto& sql = db_.session();
  long long erid = er.value(), eid = ee.value(), id = 0;
  int want = requested ? 1 : 0, have = 0;
  std::string k = payroll::run_kind_name(kind);
  sql << "SELECT id, resident_tax_lump FROM payroll_input_requests WHERE employee_id = :e AND kind = :k AND "
         "run_key = :r",
      soci::use(eid), soci::use(k), soci::use(key), soci::into(id), soci::into(have);
  const bool found = sql.got_data();
  if (!found && !requested) return UpsertOutcome::kUnchanged;  // absent = not requested
  if (found && have == want) return UpsertOutcome::kUnchanged;
  if (auto fr = PayrollRepo(db_).final_run(er, kind, key))
    throw KyuyoError(ErrorCode::kConflict,
                     "住民税一括徴収 differs from what final " + k + " run " + std::to_string(fr->id) + " for " + key +
                         " used; reverse it first (kyuyo payroll reverse --period " + key + ")",
                     source + " (住民税一括徴収)");
  if (!found) {
    sql << "INSERT INTO payroll_input_requests(employer_id, employee_id, kind, run_key, resident_tax_lump, source) "
           "VALUES(:er, :e, :k, :r, :v, :src)",
        soci::use(erid), soci::use(eid), soci::use(k), soci::use(key), soci::use(want), soci::use(source);
    return UpsertOutcome::kInserted;
  }
  sql << "UPDATE payroll_input_requests SET resident_tax_lump = :v, source = :src WHERE id = :id", soci::use(want),
      soci::use(source), soci::use(id);
  return UpsertOutcome::kReplaced;
}

std::set<std::int64_t> PayrollExtrasRepo::resident_lump_requests(EmployerId er, payroll::RunKind kind,
                                                                 const std::string& key) {
  std::set<std::int64_t> out;
  long long erid = er.value(), eid = 0;
  std::string k = payroll::run_kind_name(kind);
  soci::statement st = (db_.session().prepare << "SELECT employee_id FROM payroll_input_requests WHERE employer_id = "
                                                 ":er AND kind = :k AND run_key = :r AND resident_tax_lump = 1",
                        soci::use(erid), soci::use(k), soci::use(key), soci::into(eid));
  st.execute();
  while (st.fetch()) out.insert(eid);
  return out;
}

}  // namespace kyuyo::db
