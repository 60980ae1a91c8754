// 提出範囲 and 合計表 totals (rule data: schemas/rules/filings/gensen-scope-*.xml).
#include "kyuyo/forms/submission_scope.hpp"

namespace kyuyo::forms {
namespace {

const rules::RuleFile& scope_rules(const rules::RuleLibrary& lib, int year) {
  return lib.at("filings.gensen_scope", Date(static_cast<unsigned short>(year), 1, 1));
}

bool left_in_year(const WithholdingSlip& s) { return s.left_on.has_value(); }

}  // namespace

bool deemed_submission(const rules::RuleLibrary& lib, int year) {
  return scope_rules(lib, year).param_int("deemed_submission") != 0;
}

ScopeDecision municipality_scope(const rules::RuleLibrary& lib, const WithholdingSlip& s) {
  Yen upto = scope_rules(lib, s.year).param_yen("report_leaver_upto");
  if (left_in_year(s) && s.payment <= upto)
    return {false, "中途退職者で支払金額" + upto.with_commas() + "円以下"};
  return {true, left_in_year(s) ? "中途退職者 (" + upto.with_commas() + "円超)" : "1月1日現在の在職者"};
}

ScopeDecision tax_office_scope(const rules::RuleLibrary& lib, const WithholdingSlip& s) {
  const auto& r = scope_rules(lib, s.year);
  if (r.param_int("deemed_submission") != 0) {
    auto m = municipality_scope(lib, s);
    return {m.submit, "みなし提出 (給与支払報告書の提出範囲): " + m.reason};
  }
  auto over = [&](const char* id, const std::string& what) -> ScopeDecision {
    Yen t = r.param_yen(id);
    bool in = s.payment > t;
    return {in, what + (in ? " " : " ではない: ") + t.with_commas() + "円超"};
  };
  if (s.year_end_adjusted) {
    if (s.officer) return over("adjusted_officer_over", "年末調整済み 役員");
    if (s.professional) return over("adjusted_professional_over", "年末調整済み 弁護士等");
    return over("adjusted_general_over", "年末調整済み");
  }
  if (!s.declaration_filed) return over("no_declaration_over", "扶養控除等申告書の提出なし (乙欄)");
  if (s.payment > r.param_yen("not_adjusted_salary_over"))
    return {true, "主たる給与 " + r.param_yen("not_adjusted_salary_over").with_commas() + "円超 (年末調整なし)"};
  if (s.officer) return over("leaver_officer_over", "年末調整なし (中途退職等) 役員");
  return over("leaver_over", "年末調整なし (中途退職等)");
}

SummaryTotals summary_totals(const rules::RuleLibrary& lib, int year, const std::vector<WithholdingSlip>& slips) {
  SummaryTotals t;
  t.year = year;
  t.deemed = deemed_submission(lib, year);
  t.electronic_threshold = static_cast<int>(scope_rules(lib, year).param_int("electronic_filing_from"));
  for (const auto& s : slips) {
    Yen paid = s.payment - (s.previous ? s.previous->salary : Yen(0));
    Yen tax = s.tax - (s.previous ? s.previous->tax : Yen(0));
    if (tax < Yen(0)) tax = Yen(0);
    t.all.people += 1;
    t.all.paid += paid;
    t.all.tax += tax;
    if (tax == Yen(0)) ++t.no_tax_people;
    if (tax_office_scope(lib, s).submit) {
      t.submitted.people += 1;
      t.submitted.paid += paid;
      t.submitted.tax += tax;
    }
    if (municipality_scope(lib, s).submit) ++t.municipality_reports;
  }
  return t;
}

}  // namespace kyuyo::forms
