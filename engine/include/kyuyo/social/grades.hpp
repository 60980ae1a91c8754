#pragma once
/// \brief 標準報酬月額 grade lookup: 健康保険 第1〜50級 and 厚生年金保険 第1〜32級 (rule data
/// social.grades, schemas/rules/social/grades-*.xml, premium-month axis).
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::social {

/// Both grades for one 報酬月額 (健保 and 厚年 are looked up independently; at the table ends they
/// differ, e.g. 報酬月額 50,000 → 健保 1級 58,000 / 厚年 1級 88,000).
struct Grades {
  int health_grade = 0;
  Yen health_standard;   ///< 健康保険 標準報酬月額 (also the base for 介護 and 支援金)
  int pension_grade = 0;
  Yen pension_standard;  ///< 厚生年金保険 標準報酬月額 (also the base for 子ども・子育て拠出金)
};

/// One row of a grade table as loaded (以上 lower / 未満 upper; nullopt = open end).
struct GradeRow {
  int grade = 0;
  Yen standard;
  std::optional<Yen> lower;
  std::optional<Yen> upper;
};

enum class GradeTable { kHealth, kPension };

/// The grade table in force for a premium month (…月分).
Result<std::vector<GradeRow>> grade_table(const rules::RuleLibrary& lib, GradeTable t, const YearMonth& month);

/// 報酬月額 → grades under the tables in force for the premium month. Errors (kInvalidInput) for a
/// negative amount, (kRuleData) when no table is in force.
Result<Grades> grade_for(const rules::RuleLibrary& lib, Yen remuneration, const YearMonth& month);

/// The row with this grade number in the table for the month (kInvalidInput when out of range).
Result<GradeRow> grade_row(const rules::RuleLibrary& lib, GradeTable t, int grade, const YearMonth& month);

}  // namespace kyuyo::social
