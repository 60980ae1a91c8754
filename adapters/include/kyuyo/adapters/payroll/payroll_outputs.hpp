#pragma once
/// \brief Files written from stored runs: payslip PDFs (one per employee plus one combined file
/// for printing) and the 賃金台帳 CSV (労働基準法108条, 施行規則54条: 氏名, 賃金計算期間,
/// 労働日数, 賃金の種類ごとの額, 控除の額). Nothing is recomputed; a My Number is never written.
#include <cstdint>
#include <iosfwd>
#include <string>

#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/strong_id.hpp"

namespace kyuyo::payroll_run {

struct PayslipFiles {
  std::string dir;       ///< out/payslips/<key>/
  std::string combined;  ///< …/<key>/all-employees.pdf (every page, for printing)
  int pages = 0;
};

/// Writes out/payslips/<key>/<社員番号>.pdf for each employee of run_id and the combined
/// file. per_employee=false writes the combined file only.
PayslipFiles write_payslips(db::Database& db, std::int64_t run_id, const std::string& out_dir,
                            bool per_employee = true, std::ostream* progress = nullptr);

/// Writes the year's 賃金台帳 (every finalised payment of the employer whose 支給日 is in year)
/// to path; returns the number of data rows.
int write_wage_ledger(db::Database& db, EmployerId employer, int year, const std::string& path,
                      csv::OutputEncoding enc);

}  // namespace kyuyo::payroll_run
