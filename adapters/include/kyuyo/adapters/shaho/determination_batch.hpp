#pragma once
/// \brief 定時決定 and 随時改定 for a whole employer from the stored pay runs, stored in the
/// determination store (db::DeterminationRepo) for the pay runs and the 算定基礎届 / 月額変更届.
/// Each call is one transaction: every result is stored, or nothing (KyuyoErrors).
///
///   auto r = shaho::teiji_batch(db, lib, employer, 2026);               // kyuyo social teiji --year 2026
///   auto z = shaho::zuiji_batch(db, lib, employer, YearMonth{2026, 10}); // kyuyo social zuiji --month 2026-10
///   for (const auto& l : r.lines) …  // one line per insured employee: stored, or the reason why not
///
/// Pay read: the finalised monthly pay slips (never bonuses), by the month of their 支払日
/// (給与支給月); two payments in one month are added (days capped at 31). 固定的賃金 per month =
/// Σ the slip's earning lines whose item is fixed (social::wage_nature).
///
/// 従前 (the standard amounts in force before): the stored determination in force (August of the
/// year for 定時決定, month M−1 for 随時改定), else the standard amounts the latest pay slip used
/// (premium month ≤ that month). 従前の改定月: the determination's effective month, else the latest
/// September (or the acquisition month when later) — an assumption, written to the trace.
///
/// Re-running replaces the earlier results of the same year / 改定月 (idempotent). A stored result
/// that a finalised pay run has already used (a slip with a premium month ≥ its effective month)
/// is never changed or removed: the batch is refused (kConflict) naming the employee — reverse
/// those runs first.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/date.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/social/determination.hpp"

namespace kyuyo::shaho {

struct BatchLine {
  std::string code, name;
  bool stored = false;                    ///< a determination was stored
  std::optional<social::Grades> previous; ///< 従前
  std::optional<Yen> average;             ///< new 報酬月額 (3-month average)
  std::optional<social::Grades> grades;   ///< new grades (when stored)
  std::string note;                       ///< why not stored / what else happened
};

struct BatchResult {
  std::vector<BatchLine> lines;  ///< one per insured employee, by 社員番号
  int stored = 0;
  std::vector<std::string> notes;  ///< removed earlier results and other remarks
};

/// 定時決定 for `year` (健康保険法41条): every employee insured on 1 July, from the pay paid in
/// April–June; not those acquired on or after 1 June, those who left by 30 June, or those with a
/// stored 随時改定 effective July–September of the year. Effective September of `year`.
BatchResult teiji_batch(db::Database& db, const rules::RuleLibrary& lib, EmployerId er, int year);

/// 随時改定 with 改定年月 `revision` = M (健康保険法43条): a change of 固定的賃金 between the pay
/// paid in M−4 and M−3, the same new 固定的賃金 in M−3, M−2, M−1 (otherwise the employee is listed
/// for a check by hand: pay by the hour or day changes every month), the three months' 支払基礎日数
/// and the grade rules of social::zuiji_kaitei. A 随時改定 effective July–September removes the
/// same year's stored 定時決定 of the employee (it takes its place).
BatchResult zuiji_batch(db::Database& db, const rules::RuleLibrary& lib, EmployerId er, const YearMonth& revision);

}  // namespace kyuyo::shaho
