#pragma once
/// \brief Employees and their dependents: plain values. My Numbers are never here (the vault
/// holds them, keyed by person id).
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::model {

enum class Sex { kMale, kFemale };
enum class TaxColumn { kKou, kOtsu };  ///< 甲欄 (扶養控除等申告書 filed) / 乙欄
enum class EmploymentType {
  kRegular,    ///< 一般
  kPartTime,   ///< パート (the 15-day rule of 定時決定 applies)
  kShortTime,  ///< 短時間労働者 (特定適用事業所, 11-day rule)
  kOfficer,    ///< 役員
};
enum class Disability { kNone, kGeneral, kSpecial };  ///< 障害者 / 特別障害者
enum class WidowStatus { kNone, kWidow, kSingleParent };  ///< 寡婦 / ひとり親
/// 退職事由: decides whether a leaver's 年末調整 is made at leaving (所得税基本通達 190-1:
/// 死亡退職, or 著しい心身の障害 with no re-employment expected in the year).
enum class LeaveReason {
  kOrdinary,    ///< 退職 (自己都合・会社都合・定年 etc.)
  kDeath,       ///< 死亡退職
  kDisability,  ///< 著しい心身の障害のため退職 (本年中の再就職が見込まれない)
};
/// 国外居住親族 (所得税法 2条1項34号, 令和5年分以降): a non-resident relative aged 30–69 counts
/// as 控除対象扶養親族 only as one of these (or as a 障害者, which `Dependent::disability` says).
enum class OverseasCondition {
  kNone,          ///< none of the conditions
  kStudent,       ///< 留学により国内に住所及び居所を有しなくなった者
  kRemittance38,  ///< その年の送金等の額が38万円以上
};

struct Employee {
  EmployeeId id;
  EmployerId employer_id;
  std::string code;  ///< 社員番号, unique per employer
  std::string family_name, given_name;  ///< 氏名
  std::string family_kana, given_kana;  ///< フリガナ (全角カナ)
  Date birth_date;
  Sex sex = Sex::kMale;
  std::string postal_code;
  std::string address;
  std::string address_kana;  ///< 住所フリガナ (全角カナ and digits; the 資格取得届 needs it)
  std::string municipality_code;  ///< 市区町村コード (全国地方公共団体コード, 6 digits incl. check digit)
  Date hire_date;
  std::optional<Date> leave_date;  ///< 退職日 (last day of employment)
  LeaveReason leave_reason = LeaveReason::kOrdinary;  ///< 退職事由 (meaningful with leave_date)
  TaxColumn tax_column = TaxColumn::kKou;
  EmploymentType employment_type = EmploymentType::kRegular;
  std::string basic_pension_number;         ///< 基礎年金番号 (10 digits)
  std::string employment_insurance_number;  ///< 雇用保険被保険者番号 (11 digits)
  std::string insured_person_number;        ///< 健康保険 被保険者整理番号
  bool social_insurance = true;             ///< 健保・厚年 加入
  bool employment_insurance = true;         ///< 雇用保険 加入
  Disability disability = Disability::kNone;
  WidowStatus widow = WidowStatus::kNone;
  bool working_student = false;  ///< 勤労学生
  bool resident = true;          ///< 居住者 (false: 非居住者)
  /// 弁護士、司法書士、税理士等 (源泉徴収票の提出範囲: 年末調整済みなら 250万円超で提出).
  bool professional = false;
};

enum class Relation { kSpouse, kChild, kParent, kGrandparent, kSibling, kOther };

struct Dependent {
  DependentId id;
  EmployeeId employee_id;
  int seq = 1;  ///< 連番 within the employee (1, 2, …): the dependent's stable key with employee_id
  std::string family_name, given_name;
  std::string family_kana, given_kana;
  Relation relation = Relation::kChild;
  Date birth_date;
  Yen estimated_income;  ///< 合計所得金額の見積額 for the year
  Disability disability = Disability::kNone;
  bool cohabiting = true;    ///< 同居 (同居老親等, 同居特別障害者)
  bool non_resident = false; ///< 非居住者
  OverseasCondition overseas_condition = OverseasCondition::kNone;  ///< 国外居住親族の要件
  bool health_dependent = false;  ///< 健康保険の被扶養者
};

/// Lineal ascendant (直系尊属) for 同居老親等.
inline bool is_lineal_ascendant(Relation r) { return r == Relation::kParent || r == Relation::kGrandparent; }

}  // namespace kyuyo::model
