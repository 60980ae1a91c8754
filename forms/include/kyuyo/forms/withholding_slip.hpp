#pragma once
/// \brief 給与所得の源泉徴収票 (令和7年分以降の様式) as plain data: one value per box of the form,
/// plus what the filings need around it (市区町村コード for the 給与支払報告書, 提出範囲 inputs).
/// No My Number is ever held here: the person slots carry surrogate ids (NumberRef) and the
/// submission renderers ask the vault's 提供 call for the digits while they write.
///
/// Boxes follow shared/reference/filing-formats.md §3.2 (令和7年分 layout: 控除対象扶養親族「等」の数
/// with the 特親 column, 特定親族特別控除の額).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo::forms {

/// Who a 個人番号 cell belongs to: an employee, one of the employee's dependents, or (for a
/// 個人事業主 employer, who has no 法人番号) the employer's owner, whose 個人番号 goes in the payer's
/// 個人番号又は法人番号 box of the submission copies.
struct NumberRef {
  std::int64_t employee_id = 0;
  std::optional<std::int64_t> dependent_id;
  std::optional<std::int64_t> owner_of_employer;  ///< set: the owner of this employer (employee_id unused)
  bool operator==(const NumberRef&) const = default;
  static NumberRef employer_owner(std::int64_t employer_id) { return {0, std::nullopt, employer_id}; }
};

/// A person named on the slip: spouse, 控除対象扶養親族 (and 特定親族), 16歳未満の扶養親族.
struct SlipPerson {
  std::string kana;  ///< フリガナ
  std::string name;  ///< 氏名
  bool non_resident = false;  ///< 非居住者 (the form's 区分 box)
  /// 国外扶養区分 of a non-resident 控除対象扶養親族 (e-Tax HSZ062 DIZ00030, eLTAX 315 区分):
  /// "01" aged 16–29 or 70+ (no condition), "02" 留学, "03" 障害者, "04" 送金等 38万円以上 (the
  /// 30–69 conditions of 所得税法2条1項34号の2, 令和5年分以後). Empty for residents, the spouse and
  /// 16歳未満 (their box is 00/01). The meaning of the codes is kyuyo's reading (docs/etax.md).
  std::string overseas_code;
  bool specific_relative = false;  ///< 特定親族 (特定親族特別控除), listed with the dependents
  NumberRef number;
};

struct PreviousJob {
  std::string payer;        ///< 前職の支払者の名称
  std::string address;      ///< 前職の支払者の住所 (optional)
  Yen salary{0}, social{0}, tax{0};
  std::optional<Date> left_on;
};

struct WithholdingSlip {
  int year = 0;  ///< 年分 (2025 = 令和7年分)

  // ---- 支払を受ける者
  std::string employee_code;  ///< (受給者番号)
  std::string address;        ///< 住所又は居所
  std::string postal_code;
  std::string job_title;      ///< (役職名)
  std::string kana;           ///< 氏名 (フリガナ)
  std::string name;           ///< 氏名
  NumberRef number;           ///< 個人番号 (submission copies only)
  std::string municipality_code;  ///< 1月1日現在の住所の市区町村コード (給与支払報告書の提出先)

  // ---- 金額の行
  std::string kind = "給料・賞与";  ///< 種別
  Yen payment{0};           ///< 支払金額
  Yen payment_unpaid{0};    ///< 支払金額 内書 (未払分)
  std::optional<Yen> employment_income;  ///< 給与所得控除後の金額(調整控除後); empty without 年末調整
  std::optional<Yen> total_deductions;   ///< 所得控除の額の合計額; empty without 年末調整
  Yen tax{0};               ///< 源泉徴収税額
  Yen tax_uncollected{0};   ///< 源泉徴収税額 内書 (未徴収税額)

  // ---- (源泉・特別)控除対象配偶者の有無等, 配偶者(特別)控除の額
  bool spouse_present = false;   ///< 有
  bool spouse_present_otsu = false;  ///< 従有 (乙欄: 源泉控除対象配偶者)
  bool spouse_elderly = false;   ///< 老人
  Yen spouse_deduction{0};

  // ---- 控除対象扶養親族等の数 (配偶者を除く)
  int specific = 0, specific_otsu = 0;                          ///< 特定 人 / 従人
  int elderly_cohabiting = 0, elderly = 0, elderly_otsu = 0;    ///< 老人 内 / 人 / 従人
  int other = 0, other_otsu = 0;                                ///< その他 人 / 従人
  int specific_relatives = 0, specific_relatives_otsu = 0;      ///< 特親 人 / 従人 (令和7年分から)
  int under16 = 0;                                              ///< 16歳未満扶養親族の数
  int disabled_special_cohabiting = 0, disabled_special = 0;    ///< 障害者の数 特別 内 / 人
  int disabled_other = 0;                                       ///< 障害者の数 その他
  int non_resident_relatives = 0;                               ///< 非居住者である親族の数

  // ---- 保険料・控除
  Yen social_insurance{0};          ///< 社会保険料等の金額
  Yen social_insurance_inner{0};    ///< 社会保険料等の金額 内書 (小規模企業共済等掛金)
  Yen life_insurance{0};            ///< 生命保険料の控除額
  Yen earthquake_insurance{0};      ///< 地震保険料の控除額
  Yen housing_credit{0};            ///< 住宅借入金等特別控除の額

  // ---- 生命保険料の金額の内訳 (premiums paid)
  Yen life_new{0}, life_old{0}, life_care{0}, pension_new{0}, pension_old{0};

  // ---- 住宅借入金等特別控除の額の内訳
  int housing_count = 0;               ///< 住宅借入金等特別控除適用数
  Yen housing_possible{0};             ///< 住宅借入金等特別控除可能額
  std::optional<Date> housing_start1, housing_start2;  ///< 居住開始年月日 (1回目/2回目)
  std::string housing_kubun1, housing_kubun2;          ///< 住宅借入金等特別控除区分
  Yen housing_balance1{0}, housing_balance2{0};        ///< 住宅借入金等年末残高

  // ---- (源泉・特別)控除対象配偶者
  std::optional<SlipPerson> spouse;
  Yen spouse_income{0};  ///< 配偶者の合計所得
  Yen national_pension{0};  ///< 国民年金保険料等の金額
  Yen old_long_term_insurance{0};  ///< 旧長期損害保険料の金額
  Yen basic_deduction{0};          ///< 基礎控除の額
  Yen income_adjustment{0};        ///< 所得金額調整控除額
  Yen specific_relative_deduction{0};  ///< 特定親族特別控除の額 (令和7年分から)

  // ---- 控除対象扶養親族 (特定親族を含む) and 16歳未満の扶養親族: all of them; the form shows 4
  // each, the 5th and later go to 摘要 (with their 個人番号 on submission copies).
  std::vector<SlipPerson> dependents;
  std::vector<SlipPerson> minors;

  // ---- check boxes
  bool minor = false;           ///< 未成年者
  bool foreigner = false;       ///< 外国人
  bool death_retirement = false;  ///< 死亡退職
  bool disaster = false;        ///< 災害者
  bool otsu = false;            ///< 乙欄
  bool self_disabled_special = false;  ///< 本人が障害者 特別
  bool self_disabled_other = false;    ///< 本人が障害者 その他
  bool widow = false;           ///< 寡婦
  bool single_parent = false;   ///< ひとり親
  bool working_student = false; ///< 勤労学生

  // ---- 中途就・退職, 受給者生年月日
  std::optional<Date> hired_on;  ///< 就職 (only when hired during the year)
  std::optional<Date> left_on;   ///< 退職 (only when left during the year)
  Date birth_date;

  // ---- 摘要
  std::optional<PreviousJob> previous;  ///< 前職分 (included in the amounts above)
  bool electronic_delivery = false;     ///< 「電子交付」 (受給者交付用 delivered electronically)
  std::vector<std::string> remarks;     ///< further 摘要 lines (free text, never a number)
  /// 普通徴収 切替理由 code (eLTAX: 普A–普F; "" = 特別徴収).
  std::string ordinary_collection_reason;

  // ---- 支払者
  std::string payer_address;
  std::string payer_name;
  std::string payer_phone;
  std::string payer_corporate_number;  ///< 法人番号 (13 digits; 税務署・市区町村提出用 only)
  /// 個人事業主 (no 法人番号): the owner's 個人番号 for the same box, through the vault; nullopt for a 法人.
  std::optional<NumberRef> payer_number;

  // ---- filing facts (not printed)
  bool year_end_adjusted = false;  ///< 年末調整をした
  bool officer = false;            ///< 法人の役員
  bool professional = false;       ///< 弁護士, 司法書士, 税理士 等 (所規93②三)
  bool declaration_filed = true;   ///< 扶養控除等申告書 submitted (甲欄)
};

/// The 摘要 lines in print order: 前職, the 5th and later dependents and minors (with "(個人番号)"
/// slots that the submission renderers fill), 「電子交付」 for an electronic employee copy, then
/// remarks. `number_for(ref)` gives the digits to show (empty for the employee copy).
struct TekiyoLine {
  std::string text;
  std::optional<NumberRef> number;  ///< a person whose 個人番号 follows the text on submission copies
  bool minor = false;               ///< a 16歳未満の扶養親族 (number only on the 市区町村 copy)
};
std::vector<TekiyoLine> tekiyo_lines(const WithholdingSlip& s, bool electronic_copy);

}  // namespace kyuyo::forms
