#pragma once
/// \brief Result of one employee's 年末調整: every line of the 源泉徴収簿 年末調整 section
/// (⑨–㉖, 差引超過額又は不足額), the breakdown the 源泉徴収票 needs, and the explain trace.
#include <string>
#include <vector>

#include "kyuyo/core/yen.hpp"

namespace kyuyo::yearend {

/// One rule application, for --explain: which line, which rule (with its citation), what came out.
struct TraceStep {
  std::string line;    ///< e.g. "employment_income (⑨)"
  std::string rule;    ///< rule and citation, e.g. "別表第五 row 2,200,000–2,204,000 (yearend-2026.xml:…)"
  std::string detail;  ///< arithmetic, e.g. "3,000,000 × 70% − 80,000 = 2,020,000"
  Yen value{0};
};

enum class SpouseClaim { kNone, kSpouse, kElderlySpouse, kSpecial };

/// Why a leaver's 年末調整 is made at leaving (所得税法190条; 所得税基本通達190-1; 国税庁 タックスアンサー
/// No.2665). kNone: not an adjusted leaver.
enum class LeaverCase {
  kNone,
  kDeath,                 ///< 死亡退職
  kDisability,            ///< 著しい心身の障害のため退職, 本年中の再就職・給与の見込みなし
  kDecemberAfterLastPay,  ///< 12月中に支給期の到来する給与の支払を受けた後に退職
  kSmallPay,              ///< パートタイマー等, 本年中の給与の総額 ≤ leaver_small_pay_limit, 他の給与の見込みなし
};

/// Counts for the 源泉徴収票 boxes (控除対象扶養親族の数, 16歳未満扶養親族の数, 障害者の数).
struct PersonCounts {
  SpouseClaim spouse = SpouseClaim::kNone;
  int specific = 0;             ///< 特定扶養親族
  int elderly = 0;              ///< 老人扶養親族 (incl. 同居老親等)
  int cohabiting_elderly = 0;   ///< of which 同居老親等
  int other = 0;                ///< その他 (16–18, 23–69)
  int under16 = 0;              ///< 16歳未満扶養親族
  int specific_relatives = 0;   ///< 特定親族 with a deduction
  int special_disabled = 0;     ///< 特別障害者 among spouse and dependents (incl. 同居)
  int cohabiting_special_disabled = 0;  ///< of which 同居特別障害者
  int disabled = 0;             ///< その他の障害者 among spouse and dependents
  int non_resident = 0;         ///< 非居住者である親族の数 (控除対象扶養親族 and 16歳未満扶養親族; not the spouse)
};

struct YearEndResult {
  int year = 0;
  Yen salary{0};    ///< ⑦ 給与等の総額
  Yen withheld{0};  ///< ⑧ 徴収税額

  Yen employment_income{0};                   ///< ⑨ 給与所得控除後の給与等の金額 (別表第五)
  Yen income_adjustment{0};                   ///< ⑩ 所得金額調整控除額
  Yen employment_income_after_adjustment{0};  ///< ⑪ = ⑨ − ⑩
  Yen total_income{0};  ///< 合計所得金額 = ⑪ + other_income (decides 基礎控除, spouse, 寡婦 …)

  Yen social_insurance_payroll{0};   ///< ⑫
  Yen social_insurance_declared{0};  ///< ⑬
  Yen social_insurance{0};           ///< ⑫ + ⑬
  Yen small_business_mutual{0};      ///< ⑭
  Yen life_insurance{0};             ///< ⑮ 生命保険料控除額
  Yen life_general{0}, life_care{0}, life_pension{0};  ///< its three categories
  bool life_special_applied = false;  ///< 令和8年分 特例 (措法41条の15の5) used for 一般
  Yen earthquake_insurance{0};        ///< ⑯ 地震保険料控除額
  Yen spouse_deduction{0};            ///< ⑰ 配偶者(特別)控除額
  Yen specific_relative_deduction{0};  ///< ⑱ 特定親族特別控除額
  Yen dependent_deduction{0};  ///< ⑲ 扶養控除額及び障害者等の控除額の合計額 (= the five below)
  Yen dependents_only{0};      ///< 扶養控除額
  Yen disability_deduction{0};  ///< 障害者控除額 (employee, spouse, dependents)
  Yen widow_deduction{0};       ///< 寡婦控除額 or ひとり親控除額
  Yen working_student_deduction{0};  ///< 勤労学生控除額
  Yen basic_deduction{0};      ///< ⑳ 基礎控除額
  Yen total_deductions{0};     ///< ㉑ = ⑫ + … + ⑳
  Yen taxable_income{0};       ///< ㉒ 差引課税給与所得金額 (1,000円未満切捨て)
  Yen computed_tax{0};         ///< ㉓ 算出所得税額 (速算表)
  Yen housing_credit{0};       ///< ㉔ (特定増改築等)住宅借入金等特別控除額 applied (≤ ㉓)
  Yen housing_credit_unused{0};  ///< declared credit not usable (源泉徴収票 住宅借入金等特別控除可能額 − ㉔)
  Yen annual_income_tax{0};    ///< ㉕ 年調所得税額 = ㉓ − ㉔
  Yen annual_tax{0};           ///< ㉖ 年調年税額 = ㉕ × 102.1%, 100円未満切捨て
  Yen excess{0};               ///< 差引超過額 (⑧ − ㉖ when positive): refund
  Yen shortfall{0};            ///< 差引不足額 (㉖ − ⑧ when positive): collect

  PersonCounts counts;
  /// Set by the batch for an employee who left in the year and is adjusted at leaving
  /// (yearend::eligibility; 所得税基本通達190-1). kNone otherwise.
  LeaverCase leaver = LeaverCase::kNone;
  std::string rules_hash;  ///< content hashes of the rule files used ("yearend:…,yearend.employment_income:…")
  std::vector<TraceStep> trace;
};

}  // namespace kyuyo::yearend
