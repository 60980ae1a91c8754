#pragma once
/// \brief Storage of 標準報酬月額 determinations with their inputs (migration
/// 0300_determinations.sql). Written by whoever decides (取得時, 定時, 随時); read by pay runs (the
/// determination in force for a premium month) and by the filings (算定基礎届 / 月額変更届 /
/// 資格取得届 rows are built from StoredDetermination::determination: months, days, amounts,
/// 従前 grades, change month).
///
///   db::DeterminationRepo repo(db);
///   db::Transaction tx(db);
///   repo.save(employer, employee, *social::teiji_kettei(lib, in));   // replaces same kind + month
///   tx.commit();
///   auto d = repo.in_force(employee, YearMonth{2026, 10});           // → the 定時決定 from 2026-09
///   for (auto& s : repo.list(employer, social::DeterminationKind::kTeiji, {2026, 9})) … // 算定基礎届
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/social/determination.hpp"

namespace kyuyo::db {

struct StoredDetermination {
  std::int64_t id = 0;
  EmployerId employer_id;
  EmployeeId employee_id;
  std::string created_at;
  social::Determination determination;  ///< trace restored line by line
};

class DeterminationRepo {
 public:
  explicit DeterminationRepo(Database& db) : db_(db) {}

  /// Stores a determination (call inside the caller's Transaction). One of the same employee, kind
  /// and effective month is replaced. Returns the id.
  std::int64_t save(EmployerId er, EmployeeId ee, const social::Determination& d);
  /// All of an employee's determinations, oldest effective month first.
  std::vector<StoredDetermination> for_employee(EmployeeId ee);
  /// The determination in force for a premium month: the latest effective_from ≤ month (a later
  /// 随時改定 supersedes a 定時決定); nullopt when none.
  std::optional<StoredDetermination> in_force(EmployeeId ee, const YearMonth& month);
  /// Deletes an employee's determination of a kind and effective month (with its months); true
  /// when there was one. Call inside the caller's Transaction.
  bool remove(EmployeeId ee, social::DeterminationKind kind, const YearMonth& from);
  /// An employer's determinations of one kind effective from a month, by employee id (filings).
  std::vector<StoredDetermination> list(EmployerId er, social::DeterminationKind kind, const YearMonth& from);

 private:
  std::vector<StoredDetermination> query(const std::string& where, long long a, const std::string& b,
                                         const std::string& c);
  Database& db_;
};

}  // namespace kyuyo::db
