#pragma once
/// \brief Facts for one employee's 年末調整 (year-end adjustment): the year's pay and tax from
/// the stored runs, and the declarations (扶養控除等申告書, 基礎控除申告書兼配偶者控除等申告書兼
/// 所得金額調整控除申告書兼特定親族特別控除申告書, 保険料控除申告書, 住宅借入金等特別控除申告書,
/// 前職分). Plain values; the engine checks eligibility (income limits) itself.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/yen.hpp"

namespace kyuyo::yearend {

/// Age group as of 31 December of the tax year (所得税法85条3項), as the calculator names it.
enum class DependentKind {
  kUnder16,            ///< "under16": 年少扶養親族 (no 扶養控除; counts for 障害者控除, 所得金額調整控除, 生保特例)
  kGeneralTeen,        ///< "general-teen": 16–18, 一般の控除対象扶養親族
  kSpecific,           ///< "specific": 19–22, 特定扶養親族
  kGeneral,            ///< "general": 23–69, 一般の控除対象扶養親族
  kElderly,            ///< "elderly": 70+, 老人扶養親族
  kCohabitingElderly,  ///< "cohabiting-elderly": 70+ lineal ascendant living with the employee (同居老親等)
};

enum class Disability {
  kNone,
  kDisabled,                   ///< 障害者 (所得税法79条1項)
  kSpecialDisabled,            ///< 特別障害者 (79条2項)
  kCohabitingSpecialDisabled,  ///< 同居特別障害者 (79条3項; only for a spouse or dependent)
};

/// Parses the calculator's names ("under16", "general-teen", …; "disabled", "special-disabled",
/// "cohabiting-special-disabled"). nullopt when unknown.
std::optional<DependentKind> parse_dependent_kind(const std::string& s);
std::optional<Disability> parse_disability(const std::string& s);
std::string dependent_kind_name(DependentKind k);
std::string disability_name(Disability d);
/// True for the kinds under 23 at year end (所得金額調整控除; 令和8年分 生命保険料控除の特例).
bool is_under_23(DependentKind k);

/// 国外居住親族 (非居住者である親族) aged 30–69 on 31 December: counts as a 控除対象扶養親族 only
/// as one of these or as a 障害者 (所得税法84条1項 as amended by 令和2年法律第8号, 令和5年分以後).
enum class OverseasCondition {
  kNone,
  kStudent,     ///< 留学により国内に住所及び居所を有しなくなった者
  kRemittance,  ///< その年の生活費・教育費の送金等が the year's overseas_remittance_min (38万円) 以上
};

struct Dependent {
  DependentKind kind = DependentKind::kGeneral;
  Disability disability = Disability::kNone;
  Yen income{0};  ///< 合計所得金額 (見積額); above the year's limit the person is not a 扶養親族
  bool non_resident = false;  ///< 非居住者 (国外居住親族)
  OverseasCondition overseas = OverseasCondition::kNone;  ///< meaningful with non_resident
  /// 送金等の額 for the year when known (the calculator's remittance=X): with kRemittance it must
  /// reach overseas_remittance_min. The batch takes the master's 送金38万円以上 as declared.
  std::optional<Yen> remittance;
  /// Age on 31 December when known. A non-resident `general` (23–69) dependent needs it to tell
  /// 23–29 (no condition) from 30–69.
  std::optional<int> age;
  /// 親族関係書類 and 送金関係書類 presented (所得税法194条4項, 190条2号; non-residents only).
  /// Without them the person gives no 扶養控除 or 障害者控除 in the 年末調整.
  bool documents = true;
};

struct Spouse {
  Yen income{0};         ///< 配偶者の合計所得金額 (見積額)
  bool elderly = false;  ///< 70歳以上 at year end (老人控除対象配偶者)
  Disability disability = Disability::kNone;  ///< counts only for a 同一生計配偶者
};

enum class WidowStatus { kNone, kWidow, kSingleParent };

/// Premiums paid in the year (保険料控除申告書), not deductions.
struct LifeInsurancePremiums {
  Yen general_new{0};   ///< 新生命保険料
  Yen general_old{0};   ///< 旧生命保険料
  Yen care{0};          ///< 介護医療保険料
  Yen pension_new{0};   ///< 新個人年金保険料
  Yen pension_old{0};   ///< 旧個人年金保険料
};

struct EarthquakePremiums {
  Yen quake{0};     ///< 地震保険料
  Yen old_long{0};  ///< 旧長期損害保険料
};

struct YearEndInput {
  int year = 0;  ///< tax year (2025 = 令和7年分); rule data is looked up by 1 January of it

  // ---- from the year's pay (源泉徴収簿 ①–⑧), including 前職分 for mid-year hires
  Yen salary{0};    ///< 給与等の総額 ⑦ (給料・手当等 + 賞与等, 非課税通勤手当を除く)
  Yen withheld{0};  ///< 徴収税額の合計 ⑧ (tax withheld so far this year, incl. 前職分)
  Yen social_insurance_payroll{0};   ///< ⑫ 給与等からの控除分 (社会保険料等)
  Yen social_insurance_declared{0};  ///< ⑬ 申告による社会保険料 (国民年金保険料等)
  Yen small_business_mutual{0};      ///< ⑭ 申告による小規模企業共済等掛金 (iDeCo etc.)
  Yen other_income{0};  ///< 合計所得金額 from sources other than this salary (基礎控除申告書), usually 0

  // ---- declarations
  LifeInsurancePremiums life;
  EarthquakePremiums quake;
  std::optional<Spouse> spouse;
  std::vector<Dependent> dependents;
  std::vector<Yen> specific_relatives;  ///< 合計所得金額 of each 特定親族 (19–22 with income above the dependent limit)
  Disability self_disability = Disability::kNone;  ///< kCohabitingSpecialDisabled is not valid for the employee
  WidowStatus widow = WidowStatus::kNone;
  bool working_student = false;
  /// ひとり親控除 (所得税法2条1項31号): 総所得金額等 of each 生計を一にする子 who is nobody else's
  /// 同一生計配偶者 or 扶養親族. One of them must be within single_parent_child_income_limit
  /// (58万円 / 62万円). nullopt: not checked (the calculator without --single-parent-child-income
  /// takes --single-parent as declared); empty: no such child, so no ひとり親控除.
  std::optional<std::vector<Yen>> single_parent_children;
  /// 住宅借入金等特別控除額 for the year as declared (年末残高等 × rate, 100円未満切捨て: see
  /// housing_credit_from_balance in components.hpp). Applied up to 算出所得税額.
  Yen housing_credit{0};
  /// Spouse claims a dependent under 23 or a 特別障害者 (所得金額調整控除申告書): the
  /// adjustment applies even when the dependent is on the spouse's declaration.
  bool adjustment_dependent_claimed_by_spouse = false;
};

}  // namespace kyuyo::yearend
