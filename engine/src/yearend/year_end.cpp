// 年末調整 for one employee: the 源泉徴収簿 年末調整 section ⑨–㉖ in order
// (『年末調整のしかた』 "年税額の計算"; 所得税法190条).
#include "kyuyo/yearend/year_end.hpp"

#include "kyuyo/core/error.hpp"
#include "kyuyo/core/rounding.hpp"
#include "kyuyo/yearend/components.hpp"

namespace kyuyo::yearend {
namespace {

std::string c(Yen y) { return y.with_commas(); }

void check_non_negative(Yen y, const char* field) {
  if (y < Yen(0))
    throw KyuyoError(ErrorCode::kInvalidInput, std::string(field) + " must not be negative (got " + y.str() + ")",
                     field);
}

Yen disability_amount(const rules::RuleFile& d, Disability x) {
  switch (x) {
    case Disability::kNone: return Yen(0);
    case Disability::kDisabled: return d.param_yen("disabled");
    case Disability::kSpecialDisabled: return d.param_yen("special_disabled");
    case Disability::kCohabitingSpecialDisabled: return d.param_yen("cohabiting_special_disabled");
  }
  return Yen(0);
}

void count_disability(PersonCounts& k, Disability x) {
  if (x == Disability::kDisabled) ++k.disabled;
  if (x == Disability::kSpecialDisabled || x == Disability::kCohabitingSpecialDisabled) ++k.special_disabled;
  if (x == Disability::kCohabitingSpecialDisabled) ++k.cohabiting_special_disabled;
}

bool is_special(Disability x) {
  return x == Disability::kSpecialDisabled || x == Disability::kCohabitingSpecialDisabled;
}

}  // namespace

YearEndResult compute(const rules::RuleLibrary& lib, const YearEndInput& in) {
  check_non_negative(in.salary, "salary");
  check_non_negative(in.withheld, "withheld");
  check_non_negative(in.social_insurance_payroll, "social_insurance");
  check_non_negative(in.social_insurance_declared, "social_insurance_declared");
  check_non_negative(in.small_business_mutual, "small_business_mutual");
  check_non_negative(in.other_income, "other_income");
  check_non_negative(in.life.general_new, "life_general_new");
  check_non_negative(in.life.general_old, "life_general_old");
  check_non_negative(in.life.care, "life_care");
  check_non_negative(in.life.pension_new, "life_pension_new");
  check_non_negative(in.life.pension_old, "life_pension_old");
  check_non_negative(in.quake.quake, "quake");
  check_non_negative(in.quake.old_long, "quake_old_long");
  check_non_negative(in.housing_credit, "housing_credit");
  if (in.spouse) check_non_negative(in.spouse->income, "spouse_income");
  for (const auto& dp : in.dependents) check_non_negative(dp.income, "dependent_income");
  for (const auto& sr : in.specific_relatives) check_non_negative(sr, "specific_relative_income");
  if (in.self_disability == Disability::kCohabitingSpecialDisabled)
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "同居特別障害者 applies to a spouse or dependent, not to the employee (use special-disabled)",
                     "self_disability");

  YearRules r = year_rules(lib, in.year);
  const auto& d = r.deductions;
  YearEndResult out;
  out.year = in.year;
  out.salary = in.salary;
  out.withheld = in.withheld;
  out.rules_hash = "yearend:" + d.content_hash + ",yearend.employment_income:" + r.table5.content_hash;
  auto& tr = out.trace;
  auto step = [&tr](std::string line, std::string rule, std::string detail, Yen v) {
    tr.push_back(TraceStep{std::move(line), std::move(rule), std::move(detail), v});
  };

  Yen salary_limit = d.param_yen("yearend_salary_limit");
  if (in.salary > salary_limit)
    throw KyuyoError(ErrorCode::kUnsupported, "salary " + c(in.salary) + " is over " + c(salary_limit) +
                                                  ": not subject to 年末調整 (所得税法190条); the employee files a 確定申告");

  Yen dep_limit = d.param_yen("dependent_income_limit");
  Yen spouse_limit = d.param_yen("spouse_income_limit");
  bool spouse_same_household = in.spouse && in.spouse->income <= spouse_limit;  // 同一生計配偶者

  // Which declared dependents are 扶養親族 this year (合計所得金額 ≤ the year's limit).
  std::vector<bool> is_dependent;
  bool under23 = false, special_disabled_relative = false;
  for (const auto& dp : in.dependents) {
    bool ok = dp.income <= dep_limit;
    is_dependent.push_back(ok);
    if (!ok) {
      step("dependent_deduction (⑲)", "扶養親族 (所得税法2条1項34号)",
           dependent_kind_name(dp.kind) + " with income " + c(dp.income) + " > " + c(dep_limit) +
               ": not a 扶養親族, no deduction",
           Yen(0));
      continue;
    }
    if (is_under_23(dp.kind)) under23 = true;
    if (is_special(dp.disability)) special_disabled_relative = true;
  }
  if (spouse_same_household && is_special(in.spouse->disability)) special_disabled_relative = true;

  // ⑨ ⑩ ⑪
  TraceStep t;
  out.employment_income = employment_income(r, in.salary, &t);
  tr.push_back(t);
  bool adj_eligible = in.self_disability == Disability::kSpecialDisabled || under23 || special_disabled_relative ||
                      in.adjustment_dependent_claimed_by_spouse;
  out.income_adjustment = income_adjustment(r, in.salary, adj_eligible, &t);
  tr.push_back(t);
  out.employment_income_after_adjustment = max(out.employment_income - out.income_adjustment, Yen(0));
  step("employment_income_after_adjustment (⑪)", "⑨ − ⑩",
       c(out.employment_income) + " − " + c(out.income_adjustment) + " = " + c(out.employment_income_after_adjustment),
       out.employment_income_after_adjustment);
  out.total_income = out.employment_income_after_adjustment + in.other_income;
  step("total_income (合計所得金額)", "⑪ + other income (基礎控除申告書)",
       c(out.employment_income_after_adjustment) + " + " + c(in.other_income) + " = " + c(out.total_income),
       out.total_income);

  // ⑫ ⑬ ⑭
  out.social_insurance_payroll = in.social_insurance_payroll;
  out.social_insurance_declared = in.social_insurance_declared;
  out.social_insurance = in.social_insurance_payroll + in.social_insurance_declared;
  step("social_insurance (⑫+⑬)", "社会保険料控除 (所得税法74条): full amount",
       c(in.social_insurance_payroll) + " + " + c(in.social_insurance_declared), out.social_insurance);
  out.small_business_mutual = in.small_business_mutual;
  step("small_business_mutual (⑭)", "小規模企業共済等掛金控除 (所得税法75条): full amount", c(in.small_business_mutual),
       out.small_business_mutual);

  // ⑮ ⑯
  auto life = life_insurance_deduction(r, in.life, under23, &tr);
  out.life_insurance = life.total;
  out.life_general = life.general;
  out.life_care = life.care;
  out.life_pension = life.pension;
  out.life_special_applied = life.special_applied;
  out.earthquake_insurance = earthquake_deduction(r, in.quake, &t);
  tr.push_back(t);

  // ⑰
  Yen disability{0};
  if (in.spouse) {
    out.spouse_deduction = spouse_deduction(r, out.total_income, *in.spouse, &out.counts.spouse, &t);
    tr.push_back(t);
    if (spouse_same_household && in.spouse->disability != Disability::kNone) {
      Yen v = disability_amount(d, in.spouse->disability);
      disability += v;
      count_disability(out.counts, in.spouse->disability);
      step("dependent_deduction (⑲) 障害者控除", "障害者控除 (所得税法79条): 同一生計配偶者",
           disability_name(in.spouse->disability) + " → " + c(v), v);
    }
  }

  // ⑱
  for (Yen inc : in.specific_relatives) {
    if (inc <= dep_limit)
      throw KyuyoError(ErrorCode::kInvalidInput,
                       "特定親族 income " + c(inc) + " is within the 扶養親族 limit " + c(dep_limit) +
                           ": declare the person as a specific (19–22) dependent instead",
                       "specific_relative_income");
    Yen v = specific_relative_deduction(r, inc, &t);
    tr.push_back(t);
    if (v > Yen(0)) ++out.counts.specific_relatives;
    out.specific_relative_deduction += v;
  }

  // ⑲ 扶養控除 + 障害者等の控除
  for (std::size_t i = 0; i < in.dependents.size(); ++i) {
    if (!is_dependent[i]) continue;
    const auto& dp = in.dependents[i];
    Yen v{0};
    std::string what;
    switch (dp.kind) {
      case DependentKind::kUnder16: ++out.counts.under16; what = "年少扶養親族: no 扶養控除"; break;
      case DependentKind::kGeneralTeen:
      case DependentKind::kGeneral: ++out.counts.other; v = d.param_yen("dependent_general"); what = "一般の控除対象扶養親族"; break;
      case DependentKind::kSpecific: ++out.counts.specific; v = d.param_yen("dependent_specific"); what = "特定扶養親族"; break;
      case DependentKind::kElderly: ++out.counts.elderly; v = d.param_yen("dependent_elderly"); what = "老人扶養親族"; break;
      case DependentKind::kCohabitingElderly:
        ++out.counts.elderly;
        ++out.counts.cohabiting_elderly;
        v = d.param_yen("dependent_cohabiting_elderly");
        what = "老人扶養親族 (同居老親等, 措法41条の16)";
        break;
    }
    out.dependents_only += v;
    step("dependent_deduction (⑲) 扶養控除", "扶養控除 (所得税法84条)", dependent_kind_name(dp.kind) + ": " + what, v);
    if (dp.disability != Disability::kNone) {
      Yen x = disability_amount(d, dp.disability);
      disability += x;
      count_disability(out.counts, dp.disability);
      step("dependent_deduction (⑲) 障害者控除", "障害者控除 (所得税法79条): 扶養親族",
           dependent_kind_name(dp.kind) + " " + disability_name(dp.disability) + " → " + c(x), x);
    }
  }
  if (in.self_disability != Disability::kNone) {
    Yen x = disability_amount(d, in.self_disability);
    disability += x;
    step("dependent_deduction (⑲) 障害者控除", "障害者控除 (所得税法79条): 本人",
         disability_name(in.self_disability) + " → " + c(x), x);
  }
  out.disability_deduction = disability;

  auto income_gate = [&](const char* name, const char* rule, const std::string& amount_param,
                         const std::string& limit_param) {
    Yen lim = d.param_yen(limit_param);
    if (out.total_income > lim) {
      step(std::string("dependent_deduction (⑲) ") + name, rule,
           "合計所得金額 " + c(out.total_income) + " > " + c(lim) + ": not eligible", Yen(0));
      return Yen(0);
    }
    Yen v = d.param_yen(amount_param);
    step(std::string("dependent_deduction (⑲) ") + name, rule,
         "合計所得金額 " + c(out.total_income) + " ≤ " + c(lim) + " → " + c(v), v);
    return v;
  };
  if (in.widow == WidowStatus::kWidow)
    out.widow_deduction = income_gate("寡婦控除", "寡婦控除 (所得税法80条)", "widow", "widow_income_limit");
  else if (in.widow == WidowStatus::kSingleParent)
    out.widow_deduction =
        income_gate("ひとり親控除", "ひとり親控除 (所得税法81条)", "single_parent", "single_parent_income_limit");
  if (in.working_student)
    out.working_student_deduction =
        income_gate("勤労学生控除", "勤労学生控除 (所得税法82条)", "working_student", "working_student_income_limit");
  out.dependent_deduction =
      out.dependents_only + out.disability_deduction + out.widow_deduction + out.working_student_deduction;
  step("dependent_deduction (⑲)", "扶養控除額及び障害者等の控除額の合計額",
       c(out.dependents_only) + " + " + c(out.disability_deduction) + " + " + c(out.widow_deduction) + " + " +
           c(out.working_student_deduction),
       out.dependent_deduction);

  // ⑳ ㉑ ㉒
  out.basic_deduction = basic_deduction(r, out.total_income, &t);
  tr.push_back(t);
  out.total_deductions = out.social_insurance + out.small_business_mutual + out.life_insurance +
                         out.earthquake_insurance + out.spouse_deduction + out.specific_relative_deduction +
                         out.dependent_deduction + out.basic_deduction;
  step("total_deductions (㉑)", "⑫ + ⑬ + ⑭ + ⑮ + ⑯ + ⑰ + ⑱ + ⑲ + ⑳", c(out.total_deductions), out.total_deductions);
  Yen before = max(out.employment_income_after_adjustment - out.total_deductions, Yen(0));
  // 1,000円未満切捨て (課税総所得金額: 国税通則法118条1項).
  out.taxable_income = rounding::truncate_to_1000_yen(before);
  step("taxable_income (㉒)", "⑪ − ㉑, 1,000円未満切捨て (国税通則法118条1項)",
       c(out.employment_income_after_adjustment) + " − " + c(out.total_deductions) + " = " + c(before) + " → " +
           c(out.taxable_income),
       out.taxable_income);
  Yen taxable_limit = d.param_yen("yearend_taxable_income_limit");
  if (out.taxable_income > taxable_limit)
    throw KyuyoError(ErrorCode::kUnsupported, "課税給与所得金額 " + c(out.taxable_income) + " is over " +
                                                  c(taxable_limit) + ": outside 年末調整");

  // ㉓ ㉔ ㉕ ㉖
  out.computed_tax = computed_tax(r, out.taxable_income, &t);
  tr.push_back(t);
  if (in.housing_credit > Yen(0)) {
    Yen lim = d.param_yen("housing_credit_income_limit");
    if (out.total_income > lim) {
      out.housing_credit_unused = in.housing_credit;
      step("housing_credit (㉔)", "住宅借入金等特別控除 (措法41条)",
           "合計所得金額 " + c(out.total_income) + " > " + c(lim) + ": not allowed", Yen(0));
    } else {
      out.housing_credit = min(in.housing_credit, out.computed_tax);
      out.housing_credit_unused = in.housing_credit - out.housing_credit;
      step("housing_credit (㉔)", "住宅借入金等特別控除 (措法41条, 41条の2の2): up to ㉓",
           "declared " + c(in.housing_credit) + ", applied " + c(out.housing_credit) +
               (out.housing_credit_unused > Yen(0) ? ", unused " + c(out.housing_credit_unused) : std::string()),
           out.housing_credit);
    }
  }
  out.annual_income_tax = out.computed_tax - out.housing_credit;
  step("annual_income_tax (㉕)", "㉓ − ㉔", c(out.computed_tax) + " − " + c(out.housing_credit),
       out.annual_income_tax);
  Rate rr = d.param_rate("reconstruction_rate");
  // 100円未満切捨て (年調年税額: 『年末調整のしかた』; 復興財源確保法28条).
  out.annual_tax = rounding::truncate_to_100_yen(out.annual_income_tax * rr);
  step("annual_tax (㉖)", "㉕ × " + rr.percent_str() + " (復興特別所得税, 復興財源確保法13条), 100円未満切捨て",
       c(out.annual_income_tax) + " × " + rr.percent_str() + " = " + (out.annual_income_tax * rr).str() + " → " +
           c(out.annual_tax),
       out.annual_tax);
  if (in.withheld >= out.annual_tax)
    out.excess = in.withheld - out.annual_tax;
  else
    out.shortfall = out.annual_tax - in.withheld;
  step(out.shortfall > Yen(0) ? "shortfall" : "excess", "⑧ − ㉖ (差引超過額又は不足額)",
       c(in.withheld) + " − " + c(out.annual_tax), out.shortfall > Yen(0) ? out.shortfall : out.excess);
  return out;
}

std::vector<std::pair<std::string, Yen>> result_lines(const YearEndResult& r) {
  return {{"employment_income", r.employment_income},
          {"income_adjustment", r.income_adjustment},
          {"employment_income_after_adjustment", r.employment_income_after_adjustment},
          {"social_insurance", r.social_insurance},
          {"small_business_mutual", r.small_business_mutual},
          {"life_insurance", r.life_insurance},
          {"earthquake_insurance", r.earthquake_insurance},
          {"spouse_deduction", r.spouse_deduction},
          {"specific_relative_deduction", r.specific_relative_deduction},
          {"dependent_deduction", r.dependent_deduction},
          {"basic_deduction", r.basic_deduction},
          {"total_deductions", r.total_deductions},
          {"taxable_income", r.taxable_income},
          {"computed_tax", r.computed_tax},
          {"housing_credit", r.housing_credit},
          {"annual_income_tax", r.annual_income_tax},
          {"annual_tax", r.annual_tax},
          {"excess", r.excess},
          {"shortfall", r.shortfall}};
}

}  // namespace kyuyo::yearend
