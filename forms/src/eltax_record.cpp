// 法定資料の種類 315 record (docs/eltax.md lists the items and what is confirmed).
#include "kyuyo/forms/eltax_record.hpp"

#include "kyuyo/core/error.hpp"

namespace kyuyo::forms {
namespace {

std::string yen(Yen v) { return v == Yen(0) ? "" : v.str(); }
std::string yen0(Yen v) { return v.str(); }
std::string cnt(int n) { return n == 0 ? "" : std::to_string(n); }
std::string flag(bool b) { return b ? "1" : "0"; }
std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::string ordinary_collection_reason(const WithholdingSlip& s) {
  if (s.left_on) return "普F";
  if (s.otsu) return "普B";
  return "";
}

std::vector<EltaxField> eltax_315_record(const WithholdingSlip& s) {
  if (s.municipality_code.empty())
    throw KyuyoError(ErrorCode::kInvalidInput, "社員番号 " + s.employee_code + ": no 市区町村コード (1月1日現在の住所)",
                     "employees: 市区町村コード");
  std::vector<EltaxField> r;
  auto add = [&](const std::string& n, const std::string& v) { r.push_back({n, v, std::nullopt}); };
  auto num = [&](const std::string& n, const std::optional<NumberRef>& who) { r.push_back({n, "", who}); };
  auto w = to_wareki(Date(static_cast<unsigned short>(s.year), 12, 31));
  // 1–13 (網走市 仕様書で確認)
  add("法定資料の種類", "315");
  add("整理番号1", "");
  add("本支店等区分番号", "");
  add("提出義務者の住所又は所在地", s.payer_address);
  add("提出義務者の氏名又は名称", s.payer_name);
  add("提出義務者の電話番号", s.payer_phone);
  add("整理番号2", "");
  add("提出者の住所又は所在地", "");
  add("提出者の氏名又は名称", "");
  add("訂正表示", "0");
  add("年分", two(w.year));
  add("支払を受ける者の住所又は居所", s.address);
  add("国外住所表示", "0");
  // 14–63 (nationwide layout as recalled; unverified)
  add("支払を受ける者の氏名", s.name);
  add("役職名", s.job_title);
  add("種別", s.kind);
  add("支払金額", yen0(s.payment));
  add("未払金額", yen(s.payment_unpaid));
  add("給与所得控除後の給与等の金額", s.employment_income ? yen0(*s.employment_income) : "");
  add("所得控除の額の合計額", s.total_deductions ? yen0(*s.total_deductions) : "");
  add("源泉徴収税額", yen0(s.tax));
  add("未徴収税額", yen(s.tax_uncollected));
  add("控除対象配偶者の有無", flag(s.spouse_present || s.spouse_present_otsu));
  add("老人控除対象配偶者", flag(s.spouse_elderly));
  add("配偶者(特別)控除の額", yen(s.spouse_deduction));
  add("控除対象扶養親族の数 特定 主", cnt(s.specific));
  add("控除対象扶養親族の数 特定 従", cnt(s.specific_otsu));
  add("控除対象扶養親族の数 老人 主", cnt(s.elderly));
  add("控除対象扶養親族の数 老人 上の内訳", cnt(s.elderly_cohabiting));
  add("控除対象扶養親族の数 老人 従", cnt(s.elderly_otsu));
  add("控除対象扶養親族の数 その他 主", cnt(s.other));
  add("控除対象扶養親族の数 その他 従", cnt(s.other_otsu));
  add("障害者の数 特別障害者", cnt(s.disabled_special));
  add("障害者の数 上の内訳", cnt(s.disabled_special_cohabiting));
  add("障害者の数 その他", cnt(s.disabled_other));
  add("社会保険料等の金額", yen(s.social_insurance));
  add("上の内訳 小規模企業共済等掛金の額", yen(s.social_insurance_inner));
  add("生命保険料の控除額", yen(s.life_insurance));
  add("地震保険料の控除額", yen(s.earthquake_insurance));
  add("住宅借入金等特別控除等の額", yen(s.housing_credit));
  add("旧個人年金保険料の金額", yen(s.pension_old));
  add("配偶者の合計所得", s.spouse ? yen0(s.spouse_income) : "");
  add("旧長期損害保険料の金額", yen(s.old_long_term_insurance));
  auto b = to_wareki(s.birth_date);
  add("受給者の生年月日 元号", std::to_string(etax_era_code(b.era)));
  add("受給者の生年月日 年", two(b.year));
  add("受給者の生年月日 月", two(b.month));
  add("受給者の生年月日 日", two(b.day));
  add("夫あり", "0");
  add("未成年者", flag(s.minor));
  add("乙欄適用", flag(s.otsu));
  add("本人が特別障害者", flag(s.self_disabled_special));
  add("本人がその他の障害者", flag(s.self_disabled_other));
  add("老年者", "0");
  add("寡婦", flag(s.widow));
  add("特別の寡婦", "0");
  add("寡夫", "0");
  add("勤労学生", flag(s.working_student));
  add("死亡退職", flag(s.death_retirement));
  add("災害者", flag(s.disaster));
  add("外国人", flag(s.foreigner));
  add("中途就職・退職 区分", s.left_on ? "2" : s.hired_on ? "1" : "");
  std::string change;
  if (auto d = s.left_on ? s.left_on : s.hired_on) {
    auto c = to_wareki(*d);
    change = std::to_string(etax_era_code(c.era)) + two(c.year) + two(c.month) + two(c.day);
  }
  add("中途就職・退職 年月日", change);
  std::string tekiyo;
  for (const auto& l : tekiyo_lines(s, false)) tekiyo += (tekiyo.empty() ? "" : " ") + l.text;
  std::erase(tekiyo, ',');  // digit grouping of the 前職 amounts: a CSV field holds no comma
  add("摘要", tekiyo);
  // 64– (kyuyo order; docs/eltax.md)
  add("提出先市町村コード", s.municipality_code);
  add("受給者番号", s.employee_code);
  add("普通徴収", ordinary_collection_reason(s));
  add("16歳未満扶養親族の数", cnt(s.under16));
  add("国民年金保険料等の金額", yen(s.national_pension));
  add("非居住者である親族の数", cnt(s.non_resident_relatives));
  add("基礎控除の額", yen(s.basic_deduction));
  add("所得金額調整控除額", yen(s.income_adjustment));
  add("特定親族の数 (特親)", cnt(s.specific_relatives));
  add("特定親族特別控除の額", yen(s.specific_relative_deduction));
  add("ひとり親", flag(s.single_parent));
  add("支払を受ける者のフリガナ", s.kana);
  num("支払を受ける者の個人番号", s.number);
  add("提出義務者の法人番号", s.payer_corporate_number);
  add("新生命保険料の金額", yen(s.life_new));
  add("旧生命保険料の金額", yen(s.life_old));
  add("介護医療保険料の金額", yen(s.life_care));
  add("新個人年金保険料の金額", yen(s.pension_new));
  add("住宅借入金等特別控除適用数", cnt(s.housing_count));
  add("住宅借入金等特別控除可能額", yen(s.housing_possible));
  auto date8 = [&](const std::optional<Date>& d) -> std::string {
    if (!d) return "";
    auto c = to_wareki(*d);
    return std::to_string(etax_era_code(c.era)) + two(c.year) + two(c.month) + two(c.day);
  };
  add("居住開始年月日(1回目)", date8(s.housing_start1));
  add("住宅借入金等特別控除区分(1回目)", s.housing_kubun1);
  add("住宅借入金等年末残高(1回目)", yen(s.housing_balance1));
  add("居住開始年月日(2回目)", date8(s.housing_start2));
  add("住宅借入金等特別控除区分(2回目)", s.housing_kubun2);
  add("住宅借入金等年末残高(2回目)", yen(s.housing_balance2));
  auto person = [&](const std::string& what, const SlipPerson* p) {
    add(what + " 氏名", p ? p->name : "");
    add(what + " フリガナ", p ? p->kana : "");
    add(what + " 区分", p && p->non_resident ? "01" : p && p->specific_relative ? "特親" : "");
    num(what + " 個人番号", p ? std::optional<NumberRef>(p->number) : std::nullopt);
  };
  person("控除対象配偶者", s.spouse ? &*s.spouse : nullptr);
  for (std::size_t i = 0; i < 4; ++i)
    person("控除対象扶養親族" + std::to_string(i + 1), i < s.dependents.size() ? &s.dependents[i] : nullptr);
  for (std::size_t i = 0; i < 4; ++i)
    person("16歳未満の扶養親族" + std::to_string(i + 1), i < s.minors.size() ? &s.minors[i] : nullptr);
  // 5th and later persons: their 個人番号 follow 摘要's names, in the same order
  for (std::size_t i = 4; i < s.dependents.size(); ++i) num("5人目以降の控除対象扶養親族 個人番号", s.dependents[i].number);
  for (std::size_t i = 4; i < s.minors.size(); ++i) num("5人目以降の16歳未満の扶養親族 個人番号", s.minors[i].number);
  return r;
}

}  // namespace kyuyo::forms
