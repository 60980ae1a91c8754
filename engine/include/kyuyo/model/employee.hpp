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
  std::string municipality_code;  ///< 市区町村コード (全国地方公共団体コード, 6 digits incl. check digit)
  Date hire_date;
  std::optional<Date> leave_date;  ///< 退職日 (last day of employment)
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
  bool health_dependent = false;  ///< 健康保険の被扶養者
};

/// Lineal ascendant (直系尊属) for 同居老親等.
inline bool is_lineal_ascendant(Relation r) { return r == Relation::kParent || r == Relation::kGrandparent; }

}  // namespace kyuyo::model
