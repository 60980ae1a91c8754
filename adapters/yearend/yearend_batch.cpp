#include "kyuyo/adapters/yearend/yearend_batch.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <ostream>

#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/pay_run_service.hpp"
#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/yearend/components.hpp"
#include "kyuyo/yearend/year_end.hpp"

namespace kyuyo::yearend_batch {
namespace fs = std::filesystem;
namespace {

std::string name_of(const model::Employee& e) { return e.family_name + " " + e.given_name; }

// The 年末調整 lines of the 源泉徴収簿 with their circled numbers.
std::vector<std::pair<std::string, Yen>> ledger_lines(const yearend::YearEndResult& r) {
  return {{"⑦ 給与・手当等と賞与等の総額", r.salary},
          {"⑧ 徴収税額の合計", r.withheld},
          {"⑨ 給与所得控除後の給与等の金額", r.employment_income},
          {"⑩ 所得金額調整控除額", r.income_adjustment},
          {"⑪ 給与所得控除後の給与等の金額(調整控除後)", r.employment_income_after_adjustment},
          {"⑫ 社会保険料等控除額(給与等からの控除分)", r.social_insurance_payroll},
          {"⑬ 社会保険料控除額(申告による分)", r.social_insurance_declared},
          {"⑭ 小規模企業共済等掛金の控除額", r.small_business_mutual},
          {"⑮ 生命保険料の控除額", r.life_insurance},
          {"⑯ 地震保険料の控除額", r.earthquake_insurance},
          {"⑰ 配偶者(特別)控除額", r.spouse_deduction},
          {"⑱ 特定親族特別控除額", r.specific_relative_deduction},
          {"⑲ 扶養控除額及び障害者等の控除額の合計額", r.dependent_deduction},
          {"⑳ 基礎控除額", r.basic_deduction},
          {"㉑ 所得控除額の合計額", r.total_deductions},
          {"㉒ 差引課税給与所得金額", r.taxable_income},
          {"㉓ 算出所得税額", r.computed_tax},
          {"㉔ (特定増改築等)住宅借入金等特別控除額", r.housing_credit},
          {"㉕ 年調所得税額", r.annual_income_tax},
          {"㉖ 年調年税額", r.annual_tax},
          {"差引超過額", r.excess},
          {"差引不足額", r.shortfall}};
}

std::vector<std::pair<std::string, Yen>> settlement_lines(const yearend::Settlement& s) {
  return {{"最終支給の徴収税額", s.last_pay_tax},
          {"超過額の充当額", s.offset_on_last_pay},
          {"還付する金額", s.refund},
          {"徴収する金額", s.collect}};
}

// "2026-06-30 死亡退職 (所得税基本通達190-1)": when and why the adjustment was made at leaving.
std::string leaver_text(const model::Employee& e, yearend::LeaverCase c) {
  return (e.leave_date ? iso(*e.leave_date) + " " : std::string()) + yearend::leaver_case_label(c);
}

std::string kind_label(payroll::RunKind k) { return k == payroll::RunKind::kBonus ? "賞与" : "給与"; }

void write_ledger_csv(const std::string& path, int year, const model::Employee& e,
                      const std::vector<payroll::PaymentRecord>& pays, const yearend::Declarations& d,
                      const db::StoredYearEnd& s) {
  csv::Writer w;
  w.row({"源泉徴収簿", wareki_year(year) + "分", "社員番号", e.code, "氏名", name_of(e)});
  w.row({"区分", "月分", "支給日", "総支給金額(課税)", "社会保険料等の控除額", "控除後の金額", "扶養親族等の数",
         "算出税額"});
  for (const auto& p : pays) {
    Yen social = p.social_insurance + p.employment_insurance;
    w.row({kind_label(p.kind), p.period.str(), iso(p.payment_date), p.taxable.str(), social.str(),
           (p.taxable - social).str(), std::to_string(p.dependents), p.income_tax.str()});
  }
  if (d.previous.salary > Yen(0) || d.previous.withheld > Yen(0))
    w.row({"前職分", "", "", d.previous.salary.str(), d.previous.social.str(),
           (d.previous.salary - d.previous.social).str(), "", d.previous.withheld.str()});
  w.row({});
  w.row({"年末調整", "金額"});
  if (s.result.leaver != yearend::LeaverCase::kNone)
    w.row({"退職時の年末調整", leaver_text(e, s.result.leaver)});
  for (const auto& [label, v] : ledger_lines(s.result)) w.row({label, v.str()});
  for (const auto& [label, v] : settlement_lines(s.settlement)) w.row({label, v.str()});
  w.save(path);
}

// Draws one employee's 源泉徴収簿 on new page(s) of doc.
void draw_ledger(pdf::Document& doc, int year, const model::Employee& e,
                 const std::vector<payroll::PaymentRecord>& pays, const yearend::Declarations& d,
                 const db::StoredYearEnd& s) {
  doc.new_page();
  double y = 15;
  doc.text(105, y, wareki_year(year) + "分 給与所得に対する源泉徴収簿", 13, pdf::Font::kMincho, pdf::Align::kCenter);
  y += 9;
  doc.text(15, y, "社員番号 " + e.code + "    氏名 " + name_of(e), 10);
  y += 8;
  const double cols[] = {15, 32, 52, 100, 135, 165, 195};
  const char* heads[] = {"区分", "月分", "支給日", "総支給金額", "社会保険料等", "控除後の金額", "算出税額"};
  doc.line(15, y - 4, 195, y - 4);
  for (int i = 0; i < 7; ++i)
    if (i < 3) doc.text(cols[i], y, heads[i], 8);
    else doc.text_right(cols[i], y, heads[i], 8);
  y += 2;
  doc.line(15, y, 195, y);
  y += 5;
  auto row = [&](const std::string& k, const std::string& per, const std::string& date, Yen taxable, Yen social,
                 Yen tax) {
    if (y > 280) {
      doc.new_page();
      y = 15;
    }
    doc.text(cols[0], y, k, 8);
    doc.text(cols[1], y, per, 8);
    doc.text(cols[2], y, date, 8);
    doc.text_right(cols[3], y, taxable.with_commas(), 8);
    doc.text_right(cols[4], y, social.with_commas(), 8);
    doc.text_right(cols[5], y, (taxable - social).with_commas(), 8);
    doc.text_right(cols[6], y, tax.with_commas(), 8);
    y += 5;
  };
  for (const auto& p : pays)
    row(kind_label(p.kind), p.period.str(), iso(p.payment_date), p.taxable, p.social_insurance + p.employment_insurance,
        p.income_tax);
  if (d.previous.salary > Yen(0) || d.previous.withheld > Yen(0))
    row("前職分", "", d.previous.payer, d.previous.salary, d.previous.social, d.previous.withheld);
  doc.line(15, y - 3, 195, y - 3);
  y += 6;
  doc.text(15, y, "年末調整", 10);
  if (s.result.leaver != yearend::LeaverCase::kNone) doc.text(40, y, "退職時: " + leaver_text(e, s.result.leaver), 8.5);
  y += 6;
  for (const auto& [label, v] : ledger_lines(s.result)) {
    if (y > 285) {
      doc.new_page();
      y = 15;
    }
    doc.text(20, y, label, 8.5);
    doc.text_right(150, y, v.with_commas(), 8.5);
    y += 5;
  }
  y += 3;
  doc.text(15, y, "精算 (最終支給日 " + iso(s.settlement.last_pay_date) + ")", 10);
  y += 6;
  for (const auto& [label, v] : settlement_lines(s.settlement)) {
    doc.text(20, y, label, 8.5);
    doc.text_right(150, y, v.with_commas(), 8.5);
    y += 5;
  }
}

}  // namespace

Outcome run(db::Database& db, const rules::RuleLibrary& lib, const Request& req) {
  yearend::year_rules(lib, req.year);  // fails early with a clear message when the year has no rule data
  db::EmployeeRepo people(db);
  db::PayrollRepo pay(db);
  db::YearEndRepo repo(db);
  struct Item {
    model::Employee e;
    std::vector<payroll::PaymentRecord> pays;
    yearend::Declarations d;
    std::optional<std::string> excluded;
    yearend::YearEndResult r;
    yearend::Settlement s;
  };
  std::vector<Item> items;
  std::vector<Error> errors;
  auto employees = people.list_by_employer(req.employer);
  std::size_t n = 0;
  for (const auto& e : employees) {
    ++n;
    // Only the pay that is 給与所得 (after a death, later pay belongs to the estate): adjusted,
    // settled and shown in the 源泉徴収簿 alike.
    Item it{e, yearend::salary_payments(e, pay.payments_for_year(e.id, req.year)), repo.declaration(e.id, req.year).value_or(yearend::Declarations{}),
            std::nullopt, {}, {}};
    // Not employed at all in the year (left before it, or hired after it): not listed.
    if (it.pays.empty() && ((e.leave_date && e.leave_date->year() < req.year) || (!e.hire_date.is_special() && e.hire_date.year() > req.year))) continue;
    try {
      auto el = yearend::eligibility(lib, req.year, e, it.pays, it.d);
      it.excluded = el.excluded;
      if (!it.excluded) {
        auto in = yearend::assemble(lib, req.year, e, people.dependents_of(e.id), it.d, it.pays);
        it.r = yearend::compute(lib, in);
        it.r.leaver = el.leaver;  // adjusted at leaving (所得税基本通達190-1): settled on the last pay
        it.s = yearend::settle(it.r, it.pays);
      }
    } catch (const KyuyoError& x) {
      errors.push_back(Error{x.error().code, x.error().message, "社員番号 " + e.code});
      continue;
    }
    items.push_back(std::move(it));
    if (req.progress && (n % 100 == 0 || n == employees.size()))
      *req.progress << "yearend: " << n << "/" << employees.size() << " employees\n";
  }
  if (!errors.empty()) throw KyuyoErrors(errors);

  Outcome out;
  std::string rule_hashes;
  {
    auto yr = yearend::year_rules(lib, req.year);
    rule_hashes = "yearend:" + yr.deductions.content_hash + ",yearend.employment_income:" + yr.table5.content_hash;
  }
  db::Transaction tx(db);
  out.run_id = repo.create_run(req.employer, req.year, payroll_run::engine_version(), rule_hashes);
  int computed = 0, excluded = 0;
  for (const auto& it : items) {
    if (it.excluded) {
      repo.add_exclusion(out.run_id, it.e.id, it.e.code, name_of(it.e), *it.excluded);
      ++excluded;
    } else {
      repo.add_result(out.run_id, it.e.id, it.e.code, name_of(it.e), it.r, it.s);
      ++computed;
    }
  }
  repo.finish_run(out.run_id, computed, excluded);
  out.results = repo.results(out.run_id);
  out.excluded = repo.exclusions(out.run_id);

  // Outputs: written before the commit, so a failure leaves no run behind.
  fs::path dir = fs::path(req.out_dir) / std::to_string(req.year) / "yearend";
  fs::create_directories(dir / "ledger");
  csv::Writer summary;
  summary.row({"社員番号", "氏名", "区分", "給与等の総額", "徴収税額", "年調年税額", "差引超過額", "差引不足額",
               "最終支給日", "充当額", "還付額", "徴収額", "対象外の理由", "退職時の年末調整"});
  std::unique_ptr<pdf::Document> combined;
  if (req.combined_pdf) {
    combined = std::make_unique<pdf::Document>();
    combined->set_info(wareki_year(req.year) + "分 給与所得に対する源泉徴収簿");
  }
  std::map<std::string, const Item*> by_code;
  for (const auto& it : items) by_code[it.e.code] = &it;
  for (const auto& s : out.results) {
    const Item& it = *by_code.at(s.employee_code);
    std::string base = (dir / "ledger" / s.employee_code).string();
    write_ledger_csv(base + ".csv", req.year, it.e, it.pays, it.d, s);
    out.files.push_back(base + ".csv");
    if (req.combined_pdf) {
      draw_ledger(*combined, req.year, it.e, it.pays, it.d, s);
    } else {
      pdf::Document doc;
      doc.set_info(wareki_year(req.year) + "分 給与所得に対する源泉徴収簿 " + it.e.code);
      draw_ledger(doc, req.year, it.e, it.pays, it.d, s);
      doc.save(base + ".pdf");
      out.files.push_back(base + ".pdf");
    }
    const auto& r = s.result;
    summary.row({s.employee_code, s.employee_name, r.shortfall > Yen(0) ? "徴収" : (r.excess > Yen(0) ? "還付" : "過不足なし"),
                 r.salary.str(), r.withheld.str(), r.annual_tax.str(), r.excess.str(), r.shortfall.str(),
                 iso(s.settlement.last_pay_date), s.settlement.offset_on_last_pay.str(), s.settlement.refund.str(),
                 s.settlement.collect.str(), "",
                 r.leaver == yearend::LeaverCase::kNone ? std::string() : leaver_text(it.e, r.leaver)});
    out.total_excess += r.excess;
    out.total_shortfall += r.shortfall;
    out.total_offset += s.settlement.offset_on_last_pay;
    out.total_refund += s.settlement.refund;
    out.total_collect += s.settlement.collect;
  }
  for (const auto& x : out.excluded)
    summary.row({x.employee_code, x.employee_name, "対象外", "", "", "", "", "", "", "", "", "", x.reason, ""});
  summary.row({"合計", std::to_string(out.results.size()) + "人", "", "", "", "", out.total_excess.str(),
               out.total_shortfall.str(), "", out.total_offset.str(), out.total_refund.str(), out.total_collect.str(),
               std::to_string(out.excluded.size()) + "人 対象外", ""});
  if (combined && combined->page_count() > 0) {
    std::string path = (dir / "ledger" / "all.pdf").string();
    combined->save(path);
    out.files.push_back(path);
  }
  summary.save((dir / "summary.csv").string());
  out.files.push_back((dir / "summary.csv").string());
  tx.commit();
  return out;
}

}  // namespace kyuyo::yearend_batch
