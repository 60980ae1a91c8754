#include "kyuyo/social/grades.hpp"

#include "rule_pick.hpp"

namespace kyuyo::social {

Result<std::vector<GradeRow>> grade_table(const rules::RuleLibrary& lib, GradeTable t, const YearMonth& month) {
  auto f = detail::need(lib, "social.grades", month.first_day(), "標準報酬月額等級表");
  if (!f) return std::unexpected(f.error());
  const std::string tid = t == GradeTable::kHealth ? "health" : "pension";
  try {
    const auto& tab = (*f)->table(tid);
    std::vector<GradeRow> rows;
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      GradeRow r;
      r.grade = static_cast<int>(tab.integer(i, "grade"));
      r.standard = tab.yen(i, "standard");
      if (!tab.is_null(i, "lower")) r.lower = tab.yen(i, "lower");
      if (!tab.is_null(i, "upper")) r.upper = tab.yen(i, "upper");
      rows.push_back(r);
    }
    if (rows.empty()) return fail(ErrorCode::kRuleData, "empty grade table " + tid, (*f)->path);
    return rows;
  } catch (const KyuyoError& e) {
    return std::unexpected(e.error());
  }
}

namespace {
const GradeRow& find_row(const std::vector<GradeRow>& rows, Yen r) {
  for (const auto& row : rows)
    if ((!row.lower || r >= *row.lower) && (!row.upper || r < *row.upper)) return row;
  return r < rows.front().standard ? rows.front() : rows.back();  // unreachable with a well-formed table
}
}  // namespace

Result<Grades> grade_for(const rules::RuleLibrary& lib, Yen remuneration, const YearMonth& month) {
  if (remuneration < Yen(0))
    return fail(ErrorCode::kInvalidInput, "報酬月額 must not be negative (" + remuneration.str() + ")");
  auto h = grade_table(lib, GradeTable::kHealth, month);
  if (!h) return std::unexpected(h.error());
  auto p = grade_table(lib, GradeTable::kPension, month);
  if (!p) return std::unexpected(p.error());
  const auto& hr = find_row(*h, remuneration);
  const auto& pr = find_row(*p, remuneration);
  return Grades{hr.grade, hr.standard, pr.grade, pr.standard};
}

Result<GradeRow> grade_row(const rules::RuleLibrary& lib, GradeTable t, int grade, const YearMonth& month) {
  auto rows = grade_table(lib, t, month);
  if (!rows) return std::unexpected(rows.error());
  for (const auto& r : *rows)
    if (r.grade == grade) return r;
  return fail(ErrorCode::kInvalidInput, std::string(t == GradeTable::kHealth ? "健康保険" : "厚生年金保険") +
                                            " grade " + std::to_string(grade) + " does not exist in " +
                                            month.str());
}

}  // namespace kyuyo::social
