#pragma once
/// \brief The year's 源泉徴収票 of one employer, from the store: every employee paid in the year
/// (leavers included), the final 年末調整 run's result where there is one (yearend_repo), the
/// declarations (前職分, 保険料の内訳), and the year's payments otherwise.
///
///   auto slips = filings::load_slips(db, lib, employer_id, 2026);   // ordered by 社員番号
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/model/employer.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::filings {

struct YearSlips {
  model::Employer employer;
  bool year_end_run = false;  ///< a final 年末調整 run exists for the year
  std::vector<forms::WithholdingSlip> slips;
};

/// Throws KyuyoError(kNotFound) for an unknown employer, and when nobody was paid in the year.
YearSlips load_slips(db::Database& db, const rules::RuleLibrary& lib, EmployerId employer, int year);

}  // namespace kyuyo::filings
