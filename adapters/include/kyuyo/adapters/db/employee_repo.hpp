#pragma once
/// \brief Employees and their dependents in the store (tables `employees`, `dependents`,
/// migration 0001_core.sql). No My Number is stored here (the vault keys on employee/dependent id).
///
/// Usage:
///   db::EmployeeRepo repo(*database);
///   auto r = repo.upsert(employee);                       // by (employer_id, code)
///   auto e = repo.find_by_code(employer_id, "1001");      // std::optional<model::Employee>
///   auto all = repo.list_by_employer(employer_id);        // ordered by code
///   auto d = repo.upsert_dependent(dependent);            // by (employee_id, seq)
///   auto deps = repo.dependents_of(employee_id);          // ordered by seq
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/model/employee.hpp"

namespace kyuyo::db {

class EmployeeRepo {
 public:
  explicit EmployeeRepo(Database& db) : db_(db) {}

  /// Inserts the employee, or updates the row with the same (employer_id, code); e.id is ignored.
  Upserted<EmployeeId> upsert(const model::Employee& e);
  std::optional<model::Employee> find(EmployeeId id);
  std::optional<model::Employee> find_by_code(EmployerId employer, const std::string& code);
  /// The employer's employees (leavers included), ordered by code.
  std::vector<model::Employee> list_by_employer(EmployerId employer);

  /// Inserts the dependent, or updates the row with the same (employee_id, seq); d.id is ignored.
  Upserted<DependentId> upsert_dependent(const model::Dependent& d);
  std::optional<model::Dependent> find_dependent(DependentId id);
  /// The employee's dependents, ordered by seq.
  std::vector<model::Dependent> dependents_of(EmployeeId employee);

 private:
  Database& db_;
};

/// Field-by-field equality of the stored content (ids ignored).
bool same_content(const model::Employee& a, const model::Employee& b);
bool same_content(const model::Dependent& a, const model::Dependent& b);

}  // namespace kyuyo::db
