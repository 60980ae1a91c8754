#include "kyuyo/adapters/payroll/payroll_outputs.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <set>

#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/pdf/payslip_renderer.hpp"

namespace kyuyo::payroll_run {
namespace fs = std::filesystem;

PayslipFiles write_payslips(db::Database& db, std::int64_t run_id, const std::string& out_dir, bool per_employee,
                            std::ostream* progress) {
  db::PayrollRepo repo(db);
  auto run = repo.run(run_id);
  if (!run) throw KyuyoError(ErrorCode::kNotFound, "no pay run " + std::to_string(run_id));
  db::EmployerRepo employers(db);
  auto er = employers.find(run->employer_id);
  std::string employer_name = er ? er->name : "";
  PayslipFiles files;
  std::string folder = run->kind == payroll::RunKind::kBonus ? "bonus-" + run->key : run->key;
  // OUT/payslips/<key>/ (the key holds the year: 2026-01, bonus-2026-07-10), as the pay-run issue names it
  files.dir = out_dir + "/payslips/" + folder;
  fs::create_directories(files.dir);
  files.combined = files.dir + "/all-employees.pdf";
  auto layout = pdf::load_payslip_layout();
  pdf::Document combined;  // the font is loaded once for the whole batch
  std::optional<pdf::FontSet> fonts;  // per-employee files: parsed once, each file embeds its glyphs
  if (per_employee) fonts.emplace();
  combined.set_info(std::string(run->kind == payroll::RunKind::kBonus ? "賞与明細書 " : "給与明細書 ") + run->key);
  int n = 0;
  repo.for_each_slip(run_id, [&](const db::StoredSlip& s) {
    pdf::PayslipPage page{employer_name, s.employee_code, s.employee_name, &s.result};
    pdf::render_payslip(combined, layout, page);
    if (per_employee) {
      pdf::CompactDocument one(*fonts);
      one.set_info(std::string("給与明細書 ") + run->key + " " + s.employee_code);
      pdf::render_payslip(one, layout, page);
      one.save(files.dir + "/" + s.employee_code + ".pdf");
    }
    ++n;
    if (progress && n % 500 == 0) *progress << "\rpayslips " << run->key << ": " << n << std::flush;
  });
  if (progress && n >= 500) *progress << "\n";
  combined.save(files.combined);
  files.pages = n;
  return files;
}

int write_wage_ledger(db::Database& db, EmployerId employer, int year, const std::string& path,
                      csv::OutputEncoding enc) {
  db::PayrollRepo repo(db);
  // The year's final runs in payment order; the columns are every line that occurs.
  std::vector<db::PayRunInfo> runs;
  for (auto& r : repo.runs(employer, year))
    if (r.status == "final") runs.push_back(r);
  std::vector<std::pair<std::string, std::string>> earn_cols, ded_cols;  // code, name
  std::set<std::string> seen;
  for (const auto& r : runs)
    repo.for_each_slip(r.id, [&](const db::StoredSlip& s) {
      for (const auto& l : s.result.lines) {
        std::string k = (l.section == payroll::LineSection::kEarning ? "E" : "D") + l.code;
        if (seen.insert(k).second)
          (l.section == payroll::LineSection::kEarning ? earn_cols : ded_cols).push_back({l.code, l.name});
      }
    });
  // Deductions in the payslip's order: premiums, taxes, then the employer's own items.
  auto rank = [](const std::string& code) {
    static const std::vector<std::string> order{"health", "care", "kids_support", "pension", "employment",
                                                "income_tax", "resident_tax"};
    for (std::size_t i = 0; i < order.size(); ++i)
      if (order[i] == code) return static_cast<int>(i);
    return static_cast<int>(order.size());
  };
  std::stable_sort(ded_cols.begin(), ded_cols.end(),
                   [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
  // Rows per employee, then payment date: gather keys cheaply (code, date, run) and stream.
  struct Key {
    std::string code;
    std::string date;
    std::int64_t run;
    bool operator<(const Key& o) const { return std::tie(code, date, run) < std::tie(o.code, o.date, o.run); }
  };
  csv::Writer w(enc);
  std::vector<std::string> header{"社員番号", "氏名", "区分", "賃金計算期間", "支給日", "出勤日数", "有給休暇日数",
                                  "欠勤日数", "支払基礎日数", "扶養親族等の数"};
  for (auto& c : earn_cols) header.push_back(c.second);
  header.insert(header.end(), {"支給合計", "課税支給額", "非課税支給額", "うち現物給与"});
  for (auto& c : ded_cols) header.push_back(c.second);
  header.insert(header.end(), {"社会保険料計", "控除合計", "差引支給額"});
  w.row(header);
  std::map<Key, std::vector<std::string>> rows;
  for (const auto& r : runs)
    repo.for_each_slip(r.id, [&](const db::StoredSlip& s) {
      const auto& x = s.result;
      bool bonus = x.kind == payroll::RunKind::kBonus;
      std::vector<std::string> row{s.employee_code,
                                   s.employee_name,
                                   bonus ? "賞与" : "給与",
                                   bonus ? "" : x.period.str(),
                                   iso(x.payment_date),
                                   std::to_string(x.days.work_days),
                                   std::to_string(x.days.paid_leave_days),
                                   std::to_string(x.days.absence_days),
                                   std::to_string(x.days.base_days),
                                   std::to_string(x.dependents)};
      auto amount_of = [&](payroll::LineSection sec, const std::string& code) {
        Yen sum;
        for (const auto& l : x.lines)
          if (l.section == sec && l.code == code) sum += l.amount;
        return sum.str();
      };
      for (auto& c : earn_cols) row.push_back(amount_of(payroll::LineSection::kEarning, c.first));
      row.insert(row.end(), {x.gross.str(), x.taxable.str(), x.non_taxable.str(), x.in_kind.str()});
      for (auto& c : ded_cols) row.push_back(amount_of(payroll::LineSection::kDeduction, c.first));
      row.insert(row.end(), {x.social_insurance.str(), x.total_deductions.str(), x.net.str()});
      rows.emplace(Key{s.employee_code, iso(x.payment_date), r.id}, std::move(row));
    });
  for (auto& [k, row] : rows) w.row(row);
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  w.save(path);
  return static_cast<int>(rows.size());
}

}  // namespace kyuyo::payroll_run
