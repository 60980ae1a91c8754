#pragma once
/// \brief Storage of the 年末調整 (migration 0400_yearend.sql): the yearly declarations per
/// employee, and year-end runs with one result per employee (every 源泉徴収簿 line and the
/// settlement on the last pay) plus the employees left out with the reason.
///
///   db::YearEndRepo repo(db);
///   repo.upsert_declaration(employer, employee, 2026, decl, "yearend-2026.csv:3");
///   auto d = repo.declaration(employee, 2026);           // std::optional<yearend::Declarations>
///   // filings (源泉徴収票) read the final run:
///   if (auto run = repo.final_run(employer, 2026))
///     for (const db::StoredYearEnd& r : repo.results(run->id)) … r.result.annual_tax, r.result.counts …
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/yearend/declarations.hpp"
#include "kyuyo/yearend/result.hpp"

namespace kyuyo::db {

struct YearEndRunInfo {
  std::int64_t id = 0;
  EmployerId employer_id;
  int year = 0;
  std::string status;  ///< "final" or "superseded"
  std::string engine_version;
  std::string rule_hashes;
  int employee_count = 0;
  int excluded_count = 0;
  std::string created_at;
};

/// One employee's stored result. result.trace holds the stored trace lines (rule and detail in
/// TraceStep::detail); result.counts and the breakdowns are restored from the details column.
struct StoredYearEnd {
  std::int64_t run_id = 0;
  EmployeeId employee_id;
  std::string employee_code;
  std::string employee_name;
  yearend::YearEndResult result;
  yearend::Settlement settlement;
};

struct StoredExclusion {
  EmployeeId employee_id;
  std::string employee_code;
  std::string employee_name;
  std::string reason;
};

class YearEndRepo {
 public:
  explicit YearEndRepo(Database& db) : db_(db) {}

  /// Inserts or replaces the employee's declarations for the year.
  Change upsert_declaration(EmployerId er, EmployeeId ee, int year, const yearend::Declarations& d,
                            const std::string& source);
  std::optional<yearend::Declarations> declaration(EmployeeId ee, int year);

  /// Creates a final run (call inside the caller's Transaction); a previous final run of the same
  /// employer and year becomes 'superseded'.
  std::int64_t create_run(EmployerId er, int year, const std::string& engine_version, const std::string& rule_hashes);
  void add_result(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                  const yearend::YearEndResult& r, const yearend::Settlement& s);
  void add_exclusion(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                     const std::string& reason);
  void finish_run(std::int64_t run_id, int employee_count, int excluded_count);

  std::optional<YearEndRunInfo> final_run(EmployerId er, int year);
  /// Results of a run, ordered by employee code.
  std::vector<StoredYearEnd> results(std::int64_t run_id);
  std::vector<StoredExclusion> exclusions(std::int64_t run_id);

 private:
  Database& db_;
};

}  // namespace kyuyo::db
