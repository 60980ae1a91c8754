#pragma once
/// \brief The 年末調整 batch over the store (`kyuyo yearend run --year Y`): for every employee of
/// the employer, the year's finalised payments (PayrollRepo read API) plus the declarations
/// (YearEndRepo) → eligibility → yearend::compute → settlement on the last pay; the run is
/// stored in one transaction (final or absent) and the outputs are written:
///   OUT/<year>/yearend/ledger/<社員番号>.csv and .pdf   源泉徴収簿 per employee
///                                                        (or ledger/all.pdf with combined_pdf)
///   OUT/<year>/yearend/summary.csv                     refund / collection per employee, totals,
///                                                        the employees left out with the reason, and
///                                                        for leavers adjusted at leaving (所得税基本通達
///                                                        190-1) the date and case (退職時の年末調整)
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/yearend_repo.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::yearend_batch {

struct Request {
  EmployerId employer;
  int year = 0;
  std::string out_dir = "out";
  std::ostream* progress = nullptr;
  /// One PDF for all employees (ledger/all.pdf, one employee per page, fonts embedded once)
  /// instead of one PDF per employee; the per-employee CSVs are written either way.
  bool combined_pdf = false;
};

struct Outcome {
  std::int64_t run_id = 0;
  std::vector<db::StoredYearEnd> results;
  std::vector<db::StoredExclusion> excluded;
  Yen total_excess, total_shortfall, total_offset, total_refund, total_collect;
  std::vector<std::string> files;  ///< every file written
};

/// Runs the batch (see file comment). Throws KyuyoErrors listing every employee whose
/// calculation failed (nothing stored, no files kept), KyuyoError for missing rule data.
Outcome run(db::Database& db, const rules::RuleLibrary& lib, const Request& req);

}  // namespace kyuyo::yearend_batch
