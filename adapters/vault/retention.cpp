#include "kyuyo/vault/retention.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>

#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::vault {

std::vector<DocumentRule> document_rules() {
  const auto& file = xml::default_rule_library().at("vault.retention", Date(2016, 1, 1));
  std::vector<DocumentRule> out;
  for (const auto& [id, t] : file.tables) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      DocumentRule r;
      r.kind = t.text(i, "kind");
      r.years = static_cast<int>(t.integer(i, "years"));
      r.start = t.text(i, "start");
      r.purpose = t.text(i, "purpose");
      r.label = t.text(i, "label");
      r.source = t.source;
      if (r.start != "after-jan10" && r.start != "after-jan31" && r.start != "completion")
        throw KyuyoError(ErrorCode::kRuleData, "unknown retention start '" + r.start + "'", t.where(i));
      out.push_back(std::move(r));
    }
  }
  return out;
}

DocumentRule document_rule(const std::string& kind) {
  auto rules = document_rules();
  std::string known;
  for (auto& r : rules) {
    if (r.kind == kind) return r;
    known += (known.empty() ? "" : ", ") + r.kind;
  }
  throw KyuyoError(ErrorCode::kInvalidInput, "unknown document kind '" + kind + "' (known: " + known + ")");
}

Date document_keep_until(const DocumentRule& rule, std::optional<int> year, std::optional<Date> completed_on) {
  using boost::gregorian::days;
  using boost::gregorian::years;
  if (rule.start == "completion") {
    if (!completed_on)
      throw KyuyoError(ErrorCode::kInvalidInput, rule.label + ": the 完結の日 (completed date) is needed for its retention");
    // 民法140条 初日不算入: the period starts the next day and ends on the same date N years on;
    // 143条: without that date (29 February) it ends on the last day of the month.
    return *completed_on + years(rule.years);
  }
  if (!year) throw KyuyoError(ErrorCode::kInvalidInput, rule.label + ": the year of the document is needed for its retention");
  Date start = rule.start == "after-jan10" ? Date(*year + 1, 1, 11) : Date(*year + 1, 2, 1);
  return start + years(rule.years) - days(1);
}

std::optional<Date> number_keep_until(const std::optional<Date>& leave_date, const std::vector<Date>& documents,
                                      const Date& as_of) {
  if (!leave_date || *leave_date >= as_of) return std::nullopt;  // employed (休職 included)
  // the leaver's 源泉徴収票 / 給与支払報告書 are still due: keep at least to 31 January next year
  Date keep = Date(leave_date->year() + 1, 1, 31);
  for (const auto& d : documents) keep = std::max(keep, d);
  return keep;
}

std::optional<Date> owner_keep_until(bool employer_has_corporate_number, const std::vector<Date>& documents,
                                     const Date& as_of) {
  if (!employer_has_corporate_number) return std::nullopt;  // still the payer's number
  if (documents.empty()) return as_of - boost::gregorian::days(1);
  return *std::max_element(documents.begin(), documents.end());
}

}  // namespace kyuyo::vault
