#pragma once
/// \brief 提出範囲 of the 給与所得の源泉徴収票 per year (rule data filings.gensen_scope: 令和7年分 the
/// thresholds of 所得税法施行規則93条2項; from 令和8年分 みなし提出, the scope of the 給与支払報告書),
/// the 給与支払報告書 scope, and the 法定調書合計表 totals (給与所得の源泉徴収票 section).
#include <string>
#include <vector>

#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::forms {

struct ScopeDecision {
  bool submit = false;
  std::string reason;  ///< e.g. "年末調整済み 500万円超" / "みなし提出 (給与支払報告書の提出範囲)"
};

/// Whether the slip goes to the 税務署 (書面/e-Tax) for its year.
ScopeDecision tax_office_scope(const rules::RuleLibrary& lib, const WithholdingSlip& s);
/// Whether a 給与支払報告書 is due to the municipality (everyone except a leaver paid up to
/// report_leaver_upto in the year).
ScopeDecision municipality_scope(const rules::RuleLibrary& lib, const WithholdingSlip& s);
/// True when the year's 源泉徴収票 are deemed filed through the 給与支払報告書 (令和8年分から).
bool deemed_submission(const rules::RuleLibrary& lib, int year);

/// 給与所得の源泉徴収票等の法定調書合計表, section 1 (手引 第8; filing-formats.md §4.4).
struct SummaryLine {
  int people = 0;
  Yen paid{0};
  Yen tax{0};
};
struct SummaryTotals {
  int year = 0;
  SummaryLine all;           ///< Ⓐ 俸給、給与、賞与等の総額 (every recipient, leavers included)
  int no_tax_people = 0;     ///< 左のうち、源泉徴収税額のない者
  SummaryLine submitted;     ///< Ⓑ 源泉徴収票を提出するもの
  int municipality_reports = 0;  ///< 給与支払報告書 (個人別明細書) count
  bool deemed = false;       ///< みなし提出 year
  int electronic_threshold = 0;  ///< e-Tax/光ディスク obligation from this many slips (前々年 count)
};
/// 支払金額・源泉徴収税額 exclude the 前職分 (previous employer's pay and tax); a negative tax
/// (refund over collection) counts as 0.
SummaryTotals summary_totals(const rules::RuleLibrary& lib, int year, const std::vector<WithholdingSlip>& slips);

}  // namespace kyuyo::forms
