// 源泉徴収票 box values (『給与所得の源泉徴収票等の法定調書の作成と提出の手引』 第2章 記載要領 as summarised
// in shared/reference/filing-formats.md §3.2): amounts in whole yen, counts blank when zero,
// 区分 "○" for a 非居住者, check boxes "＊".
#include "kyuyo/forms/gensen_fields.hpp"

namespace kyuyo::forms {
namespace {

void put_yen(std::map<std::string, std::string>& m, const std::string& k, Yen v, bool always = false) {
  if (always || v != Yen(0)) m[k] = v.str();
}
void put_count(std::map<std::string, std::string>& m, const std::string& k, int n) {
  if (n != 0) m[k] = std::to_string(n);
}
void put_flag(std::map<std::string, std::string>& m, const std::string& k, bool b) {
  if (b) m[k] = "1";
}
void put_date(std::map<std::string, std::string>& m, const std::string& k, const std::optional<Date>& d) {
  if (!d) return;
  auto w = to_wareki(*d);
  m[k + "_era"] = era_name(w.era);
  m[k + "_y"] = std::to_string(w.year);
  m[k + "_m"] = std::to_string(w.month);
  m[k + "_d"] = std::to_string(w.day);
}
void put_person(std::map<std::string, std::string>& m, const std::string& k, const SlipPerson& p) {
  m[k + "_kana"] = p.kana;
  m[k + "_name"] = p.name;
  if (p.non_resident) m[k + "_kubun"] = "○";
  else if (p.specific_relative) m[k + "_kubun"] = "特親";
}

}  // namespace

std::string copy_code(SlipCopy c) {
  switch (c) {
    case SlipCopy::kEmployee: return "employee";
    case SlipCopy::kTaxOffice: return "tax-office";
    case SlipCopy::kMunicipality: return "municipality";
  }
  return {};
}
std::string copy_label(SlipCopy c) {
  switch (c) {
    case SlipCopy::kEmployee: return "(受給者交付用)";
    case SlipCopy::kTaxOffice: return "(税務署提出用)";
    case SlipCopy::kMunicipality: return "(市区町村提出用)";
  }
  return {};
}
bool copy_carries_numbers(SlipCopy c) { return c != SlipCopy::kEmployee; }
bool copy_carries_minor_numbers(SlipCopy c) { return c == SlipCopy::kMunicipality; }

std::map<std::string, std::string> slip_fields(const WithholdingSlip& s, SlipCopy copy) {
  std::map<std::string, std::string> m;
  std::string wy = wareki_year(s.year);  // "令和8年"
  m["year"] = wy.substr(0, wy.size() - std::string("年").size());
  m["title"] = copy == SlipCopy::kMunicipality ? "給与支払報告書(個人別明細書)" : "給与所得の源泉徴収票";
  m["copy"] = copy_label(copy);
  m["postal_code"] = s.postal_code.empty() ? "" : "〒" + s.postal_code;
  m["address"] = s.address;
  m["employee_code"] = s.employee_code;
  m["job_title"] = s.job_title;
  m["kana"] = s.kana;
  m["name"] = s.name;
  m["kind"] = s.kind;
  put_yen(m, "payment", s.payment, true);
  put_yen(m, "payment_inner", s.payment_unpaid);
  if (s.employment_income) put_yen(m, "employment_income", *s.employment_income, true);
  if (s.total_deductions) put_yen(m, "total_deductions", *s.total_deductions, true);
  put_yen(m, "tax", s.tax, true);
  put_yen(m, "tax_inner", s.tax_uncollected);
  put_flag(m, "spouse_present", s.spouse_present);
  put_flag(m, "spouse_otsu", s.spouse_present_otsu);
  put_flag(m, "spouse_elderly", s.spouse_elderly);
  put_yen(m, "spouse_deduction", s.spouse_deduction);
  put_count(m, "specific", s.specific);
  put_count(m, "specific_otsu", s.specific_otsu);
  put_count(m, "elderly_inner", s.elderly_cohabiting);
  put_count(m, "elderly", s.elderly);
  put_count(m, "elderly_otsu", s.elderly_otsu);
  put_count(m, "other", s.other);
  put_count(m, "other_otsu", s.other_otsu);
  put_count(m, "specific_relatives", s.specific_relatives);
  put_count(m, "specific_relatives_otsu", s.specific_relatives_otsu);
  put_count(m, "under16", s.under16);
  put_count(m, "disabled_special_inner", s.disabled_special_cohabiting);
  put_count(m, "disabled_special", s.disabled_special);
  put_count(m, "disabled_other", s.disabled_other);
  put_count(m, "non_resident", s.non_resident_relatives);
  put_yen(m, "social_insurance", s.social_insurance);
  put_yen(m, "social_insurance_inner", s.social_insurance_inner);
  put_yen(m, "life_insurance", s.life_insurance);
  put_yen(m, "earthquake_insurance", s.earthquake_insurance);
  put_yen(m, "housing_credit", s.housing_credit);
  put_yen(m, "life_new", s.life_new);
  put_yen(m, "life_old", s.life_old);
  put_yen(m, "life_care", s.life_care);
  put_yen(m, "pension_new", s.pension_new);
  put_yen(m, "pension_old", s.pension_old);
  put_count(m, "housing_count", s.housing_count);
  put_yen(m, "housing_possible", s.housing_possible);
  put_date(m, "housing_start1", s.housing_start1);
  put_date(m, "housing_start2", s.housing_start2);
  m["housing_kubun1"] = s.housing_kubun1;
  m["housing_kubun2"] = s.housing_kubun2;
  put_yen(m, "housing_balance1", s.housing_balance1);
  put_yen(m, "housing_balance2", s.housing_balance2);
  if (s.spouse) {
    put_person(m, "spouse", *s.spouse);
    put_yen(m, "spouse_income", s.spouse_income, true);
  }
  put_yen(m, "national_pension", s.national_pension);
  put_yen(m, "old_long_term", s.old_long_term_insurance);
  put_yen(m, "basic_deduction", s.basic_deduction);
  put_yen(m, "income_adjustment", s.income_adjustment);
  put_yen(m, "specific_relative_deduction", s.specific_relative_deduction);
  for (std::size_t i = 0; i < s.dependents.size() && i < 4; ++i)
    put_person(m, "dependent" + std::to_string(i + 1), s.dependents[i]);
  for (std::size_t i = 0; i < s.minors.size() && i < 4; ++i)
    put_person(m, "minor" + std::to_string(i + 1), s.minors[i]);
  put_flag(m, "minor", s.minor);
  put_flag(m, "foreigner", s.foreigner);
  put_flag(m, "death_retirement", s.death_retirement);
  put_flag(m, "disaster", s.disaster);
  put_flag(m, "otsu", s.otsu);
  put_flag(m, "self_special", s.self_disabled_special);
  put_flag(m, "self_other", s.self_disabled_other);
  put_flag(m, "widow", s.widow);
  put_flag(m, "single_parent", s.single_parent);
  put_flag(m, "working_student", s.working_student);
  put_flag(m, "hired", s.hired_on.has_value());
  put_flag(m, "left", s.left_on.has_value());
  put_date(m, "change", s.left_on ? s.left_on : s.hired_on);
  put_date(m, "birth", s.birth_date);
  m["payer_address"] = s.payer_address;
  m["payer_name"] = s.payer_name;
  m["payer_phone"] = s.payer_phone;
  return m;
}

std::optional<NumberRef> number_slot(const WithholdingSlip& s, const std::string& slot) {
  if (slot == "employee") return s.number;
  if (slot == "spouse") return s.spouse ? std::optional<NumberRef>(s.spouse->number) : std::nullopt;
  auto idx = [&](const std::string& prefix) -> int {
    if (slot.rfind(prefix, 0) != 0) return -1;
    return std::stoi(slot.substr(prefix.size())) - 1;
  };
  if (int i = idx("dependent"); i >= 0)
    return i < static_cast<int>(s.dependents.size()) ? std::optional<NumberRef>(s.dependents[i].number) : std::nullopt;
  if (int i = idx("minor"); i >= 0)
    return i < static_cast<int>(s.minors.size()) ? std::optional<NumberRef>(s.minors[i].number) : std::nullopt;
  return std::nullopt;
}

}  // namespace kyuyo::forms
