#pragma once
/// \brief 標準報酬月額 determinations as pure functions that keep their inputs (the 資格取得届,
/// 算定基礎届 and 月額変更届 are written from them; adapters/db/determination_repo stores them):
///  * shutoku_kettei — 資格取得時決定 (健康保険法42条) from the expected monthly pay;
///  * teiji_kettei   — 定時決定 (健康保険法41条) from April–June pay, applied September–August;
///  * zuiji_kaitei   — 随時改定 (健康保険法43条) after a change of fixed pay, from the 4th month.
/// The grade tables used are those in force in the first effective month.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/rules/rule_file.hpp"
#include "kyuyo/social/grades.hpp"

namespace kyuyo::social {

enum class DeterminationKind { kShutoku /*資格取得時決定*/, kTeiji /*定時決定*/, kZuiji /*随時改定*/ };
std::string kind_code(DeterminationKind k);  ///< "shutoku" | "teiji" | "zuiji"

/// How the 支払基礎日数 threshold applies in a month.
enum class WorkerCategory {
  kRegular,    ///< 一般: ≥ 17 days
  kShortTime,  ///< 短時間労働者 (特定適用事業所等): ≥ 11 days
  kPartTime,   ///< パート (not 短時間労働者): ≥ 17 days; if no month has 17, months with ≥ 15 (定時決定 only)
};
WorkerCategory category_of(model::EmploymentType t);

/// One month's pay as reported (算定基礎届/月額変更届 items 給与支給月, 基礎日数, 通貨, 現物).
struct PayMonth {
  YearMonth paid_month;     ///< month the pay was paid (給与支給月)
  int base_days = 0;        ///< 支払基礎日数
  Yen cash;                 ///< 通貨によるものの額
  Yen in_kind;              ///< 現物によるものの額
  WorkerCategory category = WorkerCategory::kRegular;  ///< the month's own category (mixed months)
  /// 定時決定: not a whole month's pay (途中入社月: acquired after the start of the pay period), so
  /// not counted whatever its days (算定基礎届 then shows the 修正平均額).
  bool partial = false;
  Yen total() const { return cash + in_kind; }
};

struct Determination {
  DeterminationKind kind = DeterminationKind::kShutoku;
  YearMonth effective_from;               ///< first premium month (適用年月 / 改定年月)
  std::optional<YearMonth> effective_until;  ///< last month until the next 定時決定 (August)
  Grades grades;                           ///< new 健保/厚年 grades and standard amounts
  Yen average;                             ///< 報酬月額 used (average, yen fraction truncated)
  // ---- inputs kept for the filings ----
  std::optional<Date> acquired;            ///< 取得: 資格取得年月日
  Yen expected_cash, expected_in_kind;     ///< 取得: 報酬月額 通貨 / 現物
  std::vector<PayMonth> months;            ///< 定時: April–June; 随時: the 3 months from the change
  std::vector<bool> qualifying;            ///< per month: counted in the average
  std::optional<Grades> previous;          ///< 従前の標準報酬月額
  std::optional<YearMonth> previous_from;  ///< 従前の改定月
  std::optional<YearMonth> change_month;   ///< 随時: 昇(降)給月 (first month paid at the new fixed pay)
  int change_direction = 0;                ///< 随時: +1 昇給, −1 降給
  bool health_changed = true, pension_changed = true;  ///< 随時: which insurance is revised
  bool kept_previous = false;              ///< 定時: no qualifying month → 従前の額 kept (保険者決定)
  std::vector<std::string> trace;
};

struct ShutokuInput {
  Date acquired;          ///< 資格取得年月日
  Yen expected_cash;      ///< 見込みの報酬月額 (通貨)
  Yen expected_in_kind;   ///< 見込みの報酬月額 (現物)
};
/// Effective from the acquisition month; until August of the same year when acquired January–May,
/// else August of the next year.
Result<Determination> shutoku_kettei(const rules::RuleLibrary& lib, const ShutokuInput& in);

struct TeijiInput {
  int year = 0;                       ///< the 定時決定 year (applies year-09 … (year+1)-08)
  std::array<PayMonth, 3> months;     ///< pay paid in April, May, June of `year`
  std::optional<Grades> previous;     ///< 従前; needed when no month qualifies
  std::optional<YearMonth> previous_from;
};
/// Qualifying months: per month, 一般 ≥ 17 days, 短時間労働者 ≥ 11; for パート, if none of the
/// three has ≥ 17, the months with ≥ 15 (the 15-day rule; [KIRICO] DataRecord2225700#target_months).
/// A partial month (途中入社月) never counts.
/// Average = Σ qualifying ÷ count, yen fraction truncated. No qualifying month → previous kept
/// (error kInvalidInput when there is no previous).
Result<Determination> teiji_kettei(const rules::RuleLibrary& lib, const TeijiInput& in);

struct ZuijiInput {
  YearMonth change_month;             ///< first month paid at the new 固定的賃金
  int direction = +1;                 ///< +1 fixed pay rose, −1 fell
  std::array<PayMonth, 3> months;     ///< change_month, +1, +2 (total pay incl. variable)
  Grades current;                     ///< standard amounts in force
  std::optional<YearMonth> current_from;
  /// 報酬月額 on which the current grade was decided; needed only for the table-edge 1-grade rules
  /// (健保 1級 with < 53,000, 健保 50級 with ≥ 1,415,000, 厚年 1級 with < 83,000, 厚年 32級 with
  /// ≥ 665,000). Unknown → those edge cases do not trigger.
  std::optional<Yen> current_remuneration;
};
struct ZuijiResult {
  bool triggered = false;
  std::vector<std::string> reasons;   ///< why (not)
  std::optional<Determination> determination;  ///< when triggered, from change_month + 3
};
/// 随時改定: all three months need the day threshold (17; 11 for 短時間労働者 — no 15-day rule);
/// the 3-month average's grade differs from the current by ≥ 2 grades in the direction of the
/// fixed-pay change, or by 1 grade under the table-edge rules (thresholds: rule data
/// social.zuiji-edges). 健保 and 厚年 are judged separately (health_changed/pension_changed).
Result<ZuijiResult> zuiji_kaitei(const rules::RuleLibrary& lib, const ZuijiInput& in);

}  // namespace kyuyo::social
