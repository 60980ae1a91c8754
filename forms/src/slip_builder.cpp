// 源泉徴収票 boxes from the stored year (『令和7年分 給与所得の源泉徴収票等の法定調書の作成と提出の手引』
// 第2章 1 給与所得の源泉徴収票, as summarised in shared/reference/filing-formats.md §3.2).
#include "kyuyo/forms/slip_builder.hpp"

#include <algorithm>

#include "kyuyo/yearend/components.hpp"

namespace kyuyo::forms {
namespace {

SlipPerson person_of(const model::Dependent& d) {
  SlipPerson p;
  p.kana = d.family_kana + (d.given_kana.empty() ? "" : " " + d.given_kana);
  p.name = d.family_name + (d.given_name.empty() ? "" : " " + d.given_name);
  p.non_resident = d.non_resident;
  p.number = NumberRef{d.employee_id.value(), d.id.value()};
  return p;
}

/// The band of 国外居住親族 ages that need a condition (所得税法2条1項34号の2, 令和5年分以後):
/// [from, until) from the year's deduction rules.
struct OverseasBand {
  std::int64_t from = 30, until = 70;
  bool in(int age) const { return age >= from && age < until; }
};

/// Whether a non-resident 扶養親族 aged `age` is a 控除対象扶養親族 (listed and counted on the slip):
/// outside the band always; inside it only as 留学, 障害者 or with 送金等 38万円以上. A resident
/// always is. (The 年末調整 applies the same rule: yearend::compute.)
bool overseas_dependent_qualifies(const model::Dependent& d, int age, const OverseasBand& band) {
  if (!d.non_resident || !band.in(age)) return true;
  return d.disability != model::Disability::kNone || d.overseas_condition != model::OverseasCondition::kNone;
}

/// 国外扶養区分 of a listed non-resident 控除対象扶養親族 (withholding_slip.hpp): "01" outside the
/// band, else "02" 留学, "04" 送金等, "03" 障害者 (the declared condition first).
std::string overseas_code_of(const model::Dependent& d, int age, const OverseasBand& band) {
  if (!d.non_resident) return "";
  if (!band.in(age)) return "01";
  if (d.overseas_condition == model::OverseasCondition::kStudent) return "02";
  if (d.overseas_condition == model::OverseasCondition::kRemittance38) return "04";
  return "03";
}

}  // namespace

WithholdingSlip build_withholding_slip(const rules::RuleLibrary& lib, const SlipInputs& in) {
  const auto& e = in.employee;
  const int year = in.year;
  const Date dec31(static_cast<unsigned short>(year), 12, 31);
  WithholdingSlip s;
  s.year = year;
  s.employee_code = e.code;
  s.address = e.address;
  s.postal_code = e.postal_code;
  s.kana = e.family_kana + (e.given_kana.empty() ? "" : " " + e.given_kana);
  s.name = e.family_name + (e.given_name.empty() ? "" : " " + e.given_name);
  s.number = NumberRef{e.id.value(), std::nullopt};
  s.municipality_code = e.municipality_code;
  s.birth_date = e.birth_date;
  s.officer = e.employment_type == model::EmploymentType::kOfficer;
  if (s.officer) s.job_title = "役員";
  // 弁護士、司法書士、税理士等 (所得税法施行規則93条2項三): the 250万円 提出範囲 of 年末調整済み slips.
  s.professional = e.professional;
  s.otsu = e.tax_column == model::TaxColumn::kOtsu;
  s.declaration_filed = !s.otsu;
  for (const auto& p : in.payments)
    if (!p.kou) s.otsu = true;
  // 未成年者: under 18 on 31 December (民法4条, 成年年齢18歳 from 2022-04-01).
  s.minor = age_at(e.birth_date, dec31) < 18;
  s.self_disabled_special = e.disability == model::Disability::kSpecial;
  s.self_disabled_other = e.disability == model::Disability::kGeneral;
  s.widow = e.widow == model::WidowStatus::kWidow;
  s.single_parent = e.widow == model::WidowStatus::kSingleParent;
  s.working_student = e.working_student;
  if (e.hire_date.year() == year) s.hired_on = e.hire_date;
  if (e.leave_date && e.leave_date->year() == year) s.left_on = e.leave_date;

  s.payer_address = in.employer.address;
  s.payer_name = in.employer.name;
  s.payer_phone = in.employer.phone;
  s.payer_corporate_number = in.employer.corporate_number;
  // 個人事業主: the payer's box takes the owner's 個人番号 (submission copies only, via the vault).
  if (in.employer.corporate_number.empty()) s.payer_number = NumberRef::employer_owner(in.employer.id.value());

  // ---- amounts
  Yen paid{0}, tax{0}, social{0};
  for (const auto& p : in.payments) {
    paid += p.taxable;
    tax += p.income_tax;
    social += p.social_insurance + p.employment_insurance;
  }
  const auto* d = in.declarations ? &*in.declarations : nullptr;
  if (d && !d->previous.payer.empty() && d->previous.salary > Yen(0)) {
    PreviousJob pj;
    pj.payer = d->previous.payer;
    pj.salary = d->previous.salary;
    pj.social = d->previous.social;
    pj.tax = d->previous.withheld;
    s.previous = pj;
  }

  auto yr = yearend::year_rules(lib, year);
  const Yen dep_limit = yr.deductions.param_yen("dependent_income_limit");
  const Yen spouse_limit = yr.deductions.param_yen("spouse_income_limit");
  const auto& srd = yr.deductions.table("specific_relative_deduction");
  const Yen specific_relative_upper = srd.yen(srd.rows.size() - 1, "income_upper");
  const OverseasBand band{yr.deductions.param_int("overseas_dependent_age_from"),
                          yr.deductions.param_int("overseas_dependent_age_until")};
  // 親族関係書類・送金関係書類 not presented (所得税法194条4項): such a non-resident relative gives
  // no deduction and is not listed on the slip.
  auto documents_missing = [&](const model::Dependent& dp) {
    if (!dp.non_resident || !d) return false;
    const auto& m = d->overseas_documents_missing;
    return std::find(m.begin(), m.end(), dp.seq) != m.end();
  };

  if (in.result) {
    const auto& r = *in.result;
    s.year_end_adjusted = true;
    s.payment = r.salary;  // ⑦ (前職分を含む)
    s.employment_income = r.employment_income_after_adjustment;  // ⑪
    s.total_deductions = r.total_deductions;                     // ㉑
    s.tax = r.annual_tax;                                        // ㉖
    s.social_insurance = r.social_insurance + r.small_business_mutual;
    s.social_insurance_inner = r.small_business_mutual;
    s.national_pension = r.social_insurance_declared;
    s.life_insurance = r.life_insurance;
    s.earthquake_insurance = r.earthquake_insurance;
    s.housing_credit = r.housing_credit;
    if (r.housing_credit > Yen(0) || r.housing_credit_unused > Yen(0)) {
      s.housing_count = 1;
      // 住宅借入金等特別控除可能額: shown when the credit could not be used in full.
      if (r.housing_credit_unused > Yen(0)) s.housing_possible = r.housing_credit + r.housing_credit_unused;
    }
    s.spouse_deduction = r.spouse_deduction;
    s.basic_deduction = r.basic_deduction;
    s.income_adjustment = r.income_adjustment;
    s.specific_relative_deduction = r.specific_relative_deduction;
    const auto& c = r.counts;
    s.spouse_present = c.spouse == yearend::SpouseClaim::kSpouse || c.spouse == yearend::SpouseClaim::kElderlySpouse;
    s.spouse_elderly = c.spouse == yearend::SpouseClaim::kElderlySpouse;
    s.specific = c.specific;
    s.elderly = c.elderly;
    s.elderly_cohabiting = c.cohabiting_elderly;
    s.other = c.other;
    s.specific_relatives = c.specific_relatives;
    s.under16 = c.under16;
    s.disabled_special = c.special_disabled;
    s.disabled_special_cohabiting = c.cohabiting_special_disabled;
    s.disabled_other = c.disabled;
  } else {
    s.payment = paid + (s.previous ? s.previous->salary : Yen(0));
    s.tax = tax + (s.previous ? s.previous->tax : Yen(0));
    s.social_insurance = social + (s.previous ? s.previous->social : Yen(0));
  }
  if (d) {
    s.life_new = d->life.general_new;
    s.life_old = d->life.general_old;
    s.life_care = d->life.care;
    s.pension_new = d->life.pension_new;
    s.pension_old = d->life.pension_old;
    s.old_long_term_insurance = d->quake.old_long;
  }

  // ---- people (乙欄: no 扶養控除等申告書, so nobody is listed or counted)
  if (!s.otsu) {
    for (const auto& dp : in.dependents) {
      int age = age_at(dp.birth_date, dec31);
      SlipPerson p = person_of(dp);
      if (documents_missing(dp)) continue;
      if (dp.relation == model::Relation::kSpouse) {
        Yen inc = d && d->spouse_income ? *d->spouse_income : dp.estimated_income;
        bool listed = in.result ? in.result->counts.spouse != yearend::SpouseClaim::kNone : inc <= spouse_limit;
        if (listed) {
          s.spouse = p;
          s.spouse_income = inc;
          if (!in.result) {
            s.spouse_present = true;
            s.spouse_elderly = age >= 70;
          }
        }
        continue;
      }
      if (age >= 16) p.overseas_code = overseas_code_of(dp, age, band);
      if (age >= 19 && age <= 22 && dp.estimated_income > dep_limit) {
        if (dp.estimated_income <= specific_relative_upper) {
          p.specific_relative = true;
          s.dependents.push_back(p);
          if (!in.result) ++s.specific_relatives;
        }
        continue;
      }
      if (dp.estimated_income > dep_limit) continue;
      if (age >= 16 && !overseas_dependent_qualifies(dp, age, band)) continue;
      if (age < 16) {
        s.minors.push_back(p);
        if (!in.result) ++s.under16;
        continue;
      }
      s.dependents.push_back(p);
      if (!in.result) {
        if (age >= 19 && age <= 22) ++s.specific;
        else if (age >= 70) {
          ++s.elderly;
          if (dp.cohabiting && model::is_lineal_ascendant(dp.relation)) ++s.elderly_cohabiting;
        } else ++s.other;
        if (dp.disability == model::Disability::kSpecial) {
          ++s.disabled_special;
          if (dp.cohabiting) ++s.disabled_special_cohabiting;
        } else if (dp.disability == model::Disability::kGeneral) {
          ++s.disabled_other;
        }
      }
    }
    if (s.spouse && s.spouse->non_resident) ++s.non_resident_relatives;
    for (const auto& p : s.dependents)
      if (p.non_resident) ++s.non_resident_relatives;
    for (const auto& p : s.minors)
      if (p.non_resident) ++s.non_resident_relatives;
  }
  return s;
}

}  // namespace kyuyo::forms
