#include "kyuyo/adapters/db/employee_repo.hpp"

#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"
#include "person_rows.hpp"

namespace kyuyo::db {
namespace {
using model::Dependent;
using model::Employee;
using rows::DependentRow;
using rows::EmployeeRow;

std::vector<Employee> query_employees(Database& db, const std::string& where,
                                      std::vector<long long> ids, const std::string* text_arg) {
  EmployeeRow r;
  soci::statement st(db.session());
  st.alloc();
  st.prepare("SELECT " + EmployeeRow::columns() + " FROM employees " + where);
  r.bind_into(st);
  for (auto& id : ids) st.exchange(soci::use(id));
  std::string text = text_arg ? *text_arg : std::string();
  if (text_arg) st.exchange(soci::use(text));
  st.define_and_bind();
  std::vector<Employee> out;
  if (st.execute(true)) {
    do {
      out.push_back(r.to_model());
      r.reset();
    } while (st.fetch());
  }
  return out;
}

std::vector<Dependent> query_dependents(Database& db, const std::string& where,
                                        std::vector<long long> args) {
  DependentRow r;
  soci::statement st(db.session());
  st.alloc();
  st.prepare("SELECT " + DependentRow::columns() + " FROM dependents " + where);
  r.bind_into(st);
  for (auto& a : args) st.exchange(soci::use(a));
  st.define_and_bind();
  std::vector<Dependent> out;
  if (st.execute(true)) {
    do out.push_back(r.to_model());
    while (st.fetch());
  }
  return out;
}

// Binds the writable columns of an employee row (everything but id, employer_id and code, which
// identify the row) in the order of kEmployeeWritable.
constexpr const char* kEmployeeWritable[] = {
    "family_name",      "given_name",         "family_kana",          "given_kana",
    "birth_date",       "sex",                "postal_code",          "address",
    "address_kana",     "municipality_code",  "hire_date",            "leave_date",
    "leave_reason",     "tax_column",         "employment_type",      "basic_pension_number",
    "employment_insurance_number",            "insured_person_number", "social_insurance",
    "employment_insurance",                   "disability",           "widow",
    "working_student",  "resident",           "professional"};
void use_writable(soci::details::once_temp_type& q, EmployeeRow& r) {
  q, soci::use(r.family_name), soci::use(r.given_name), soci::use(r.family_kana),
      soci::use(r.given_kana), soci::use(r.birth_date), soci::use(r.sex), soci::use(r.postal_code),
      soci::use(r.address), soci::use(r.address_kana), soci::use(r.municipality_code),
      soci::use(r.hire_date), soci::use(r.leave_date, r.leave_ind), soci::use(r.leave_reason),
      soci::use(r.tax_column), soci::use(r.employment_type), soci::use(r.basic_pension_number),
      soci::use(r.employment_insurance_number), soci::use(r.insured_person_number),
      soci::use(r.social_insurance), soci::use(r.employment_insurance), soci::use(r.disability),
      soci::use(r.widow), soci::use(r.working_student), soci::use(r.resident),
      soci::use(r.professional);
}

constexpr const char* kDependentWritable[] = {
    "family_name", "given_name",       "family_kana", "given_kana",   "relation",
    "birth_date",  "estimated_income", "disability",  "cohabiting",   "non_resident",
    "health_dependent", "overseas_condition"};
void use_writable(soci::details::once_temp_type& q, DependentRow& r) {
  q, soci::use(r.family_name), soci::use(r.given_name), soci::use(r.family_kana),
      soci::use(r.given_kana), soci::use(r.relation), soci::use(r.birth_date),
      soci::use(r.estimated_income), soci::use(r.disability), soci::use(r.cohabiting),
      soci::use(r.non_resident), soci::use(r.health_dependent), soci::use(r.overseas_condition);
}

template <std::size_t N>
std::string set_list(const char* const (&cols)[N]) {
  std::string s;
  for (const char* c : cols) s += std::string(s.empty() ? "" : ", ") + c + "=:" + c;
  return s;
}
template <std::size_t N>
std::string insert_lists(const char* const (&cols)[N], std::string& values) {
  std::string names;
  for (const char* c : cols) {
    names += std::string(", ") + c;
    values += std::string(", :") + c;
  }
  return names;
}
}  // namespace

bool same_content(const Employee& a, const Employee& b) {
  return EmployeeRow::from(a).same_content(EmployeeRow::from(b));
}

bool same_content(const Dependent& a, const Dependent& b) {
  return DependentRow::from(a).same_content(DependentRow::from(b));
}

std::optional<Employee> EmployeeRepo::find(EmployeeId id) {
  auto rows = query_employees(db_, "WHERE id = :id", {id.value()}, nullptr);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Employee> EmployeeRepo::find_by_code(EmployerId employer, const std::string& code) {
  auto rows =
      query_employees(db_, "WHERE employer_id = :e AND code = :c", {employer.value()}, &code);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Employee> EmployeeRepo::list_by_employer(EmployerId employer) {
  return query_employees(db_, "WHERE employer_id = :e ORDER BY code", {employer.value()}, nullptr);
}

Upserted<EmployeeId> EmployeeRepo::upsert(const Employee& e) {
  auto& sql = db_.session();
  auto existing = find_by_code(e.employer_id, e.code);
  if (existing && same_content(*existing, e)) return {existing->id, Change::kUnchanged};
  EmployeeRow r = EmployeeRow::from(e);
  if (existing) {
    r.id = existing->id.value();
    {
      auto q = (sql << "UPDATE employees SET " + set_list(kEmployeeWritable) + " WHERE id=:id");
      use_writable(q, r);
      q, soci::use(r.id);
    }
    return {existing->id, Change::kUpdated};
  }
  long long id = 0;
  std::string values;
  std::string names = insert_lists(kEmployeeWritable, values);
  {
    auto q = (sql << "INSERT INTO employees (employer_id, code" + names +
                         ") VALUES (:employer_id, :code" + values + ") RETURNING id",
              soci::use(r.employer_id), soci::use(r.code));
    use_writable(q, r);
    q, soci::into(id);
  }
  return {EmployeeId(id), Change::kInserted};
}

std::optional<Dependent> EmployeeRepo::find_dependent(DependentId id) {
  auto rows = query_dependents(db_, "WHERE id = :id", {id.value()});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Dependent> EmployeeRepo::dependents_of(EmployeeId employee) {
  return query_dependents(db_, "WHERE employee_id = :e ORDER BY seq", {employee.value()});
}

Upserted<DependentId> EmployeeRepo::upsert_dependent(const Dependent& d) {
  auto& sql = db_.session();
  long long emp = d.employee_id.value(), seq = d.seq;
  auto found = query_dependents(db_, "WHERE employee_id = :e AND seq = :s", {emp, seq});
  if (!found.empty() && same_content(found.front(), d))
    return {found.front().id, Change::kUnchanged};
  DependentRow r = DependentRow::from(d);
  if (!found.empty()) {
    r.id = found.front().id.value();
    {
      auto q = (sql << "UPDATE dependents SET " + set_list(kDependentWritable) + " WHERE id=:id");
      use_writable(q, r);
      q, soci::use(r.id);
    }
    return {found.front().id, Change::kUpdated};
  }
  long long id = 0;
  std::string values;
  std::string names = insert_lists(kDependentWritable, values);
  {
    auto q = (sql << "INSERT INTO dependents (employee_id, seq" + names +
                         ") VALUES (:employee_id, :seq" + values + ") RETURNING id",
              soci::use(r.employee_id), soci::use(r.seq));
    use_writable(q, r);
    q, soci::into(id);
  }
  return {DependentId(id), Change::kInserted};
}

}  // namespace kyuyo::db
