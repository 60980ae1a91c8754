// 年末調整 for one employee: the 源泉徴収簿 年末調整 section ⑨–㉖ in order
// (『年末調整のしかた』 "年税額の計算"; 所得税法190条).
#include "kyuyo/yearend/year_end.hpp"

#include <functional>

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

using StepFn = std::function<void(std::string, std::string, std::string, Yen)>;

// 控除対象扶養親族 for a non-resident 扶養親族 (所得税法84条1項 as amended by 令和2年法律第8号,
// 令和5年分以後): aged under 30 or 70+ on 31 December, or 30–69 and 留学, a 障害者, or receiving
// 送金等 of at least overseas_remittance_min in the year. Ages and the amount are rule data.
bool overseas_dependent_counts(const rules::RuleFile& d, const Dependent& dp, const StepFn& step) {
  const std::int64_t from = d.param_int("overseas_dependent_age_from");
  const std::int64_t until = d.param_int("overseas_dependent_age_until");
  const Yen min_remit = d.param_yen("overseas_remittance_min");
  const std::string rule = "国外居住親族 (所得税法84条1項, 令和5年分以後): ages " + std::to_string(from) + "–" +
                           std::to_string(until - 1) + " need 留学, 障害者 or 送金 ≥ " + c(min_remit);
  std::string who = dependent_kind_name(dp.kind) + " (non-resident";
  bool in_band = false;
  if (dp.age) {
    who += ", age " + std::to_string(*dp.age);
    in_band = *dp.age >= from && *dp.age < until;
  } else if (dp.kind == DependentKind::kGeneral) {
    // 23–69 straddles the band: the age decides.
    throw KyuyoError(ErrorCode::kInvalidInput,
                     "a non-resident general (23–69) dependent needs the age on 31 December (" +
                         std::to_string(from) + "–" + std::to_string(until - 1) + " need 留学, 障害者 or 送金 ≥ " +
                         c(min_remit) + ")",
                     "dependent");
  }
  who += ")";
  if (!in_band) {
    step("dependent_deduction (⑲) 国外居住親族", rule, who + ": outside the band, no condition", Yen(0));
    return true;
  }
  if (dp.disability != Disability::kNone) {
    step("dependent_deduction (⑲) 国外居住親族", rule, who + ": 障害者", Yen(0));
    return true;
  }
  if (dp.overseas == OverseasCondition::kStudent) {
    step("dependent_deduction (⑲) 国外居住親族", rule, who + ": 留学", Yen(0));
    return true;
  }
  if (dp.overseas == OverseasCondition::kRemittance) {
    if (!dp.remittance) {
      step("dependent_deduction (⑲) 国外居住親族", rule, who + ": 送金 ≥ " + c(min_remit) + " as declared", Yen(0));
      return true;
    }
    bool ok = *dp.remittance >= min_remit;
    step("dependent_deduction (⑲) 国外居住親族", rule,
         who + ": 送金 " + c(*dp.remittance) + (ok ? " ≥ " : " < ") + c(min_remit) +
             (ok ? "" : ": not a 控除対象扶養親族, no 扶養控除"),
         Yen(0));
    return ok;
  }
  step("dependent_deduction (⑲) 国外居住親族", rule,
       who + ": none of 留学, 障害者, 送金: not a 控除対象扶養親族, no 扶養控除", Yen(0));
  return false;
}

// ひとり親 (所得税法2条1項31号): a 生計を一にする子 whose 総所得金額等 is within the year's limit.
bool single_parent_child_ok(const rules::RuleFile& d, const YearEndInput& in, const StepFn& step) {
  if (!in.single_parent_children) return true;  // not checked (calculator without the child's income)
  Yen lim = d.param_yen("single_parent_child_income_limit");
  for (Yen ch : *in.single_parent_children)
    if (ch <= lim) {
      step("dependent_deduction (⑲) ひとり親控除", "ひとり親 (所得税法2条1項31号): 生計を一にする子",
           "子の総所得金額等 " + c(ch) + " ≤ " + c(lim), Yen(0));
      return true;
    }
  step("dependent_deduction (⑲) ひとり親控除", "ひとり親 (所得税法2条1項31号): 生計を一にする子",
       in.single_parent_children->empty()
           ? std::string("no 生計を一にする子 declared: not a ひとり親, no deduction")
           : "every child's 総所得金額等 is over " + c(lim) + ": not a ひとり親, no deduction",
       Yen(0));
  return false;
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
  for (const auto& dp : in.dependents) {
    if (dp.remittance) check_non_negative(*dp.remittance, "dependent_remittance");
    if (!dp.non_resident && (dp.overseas != OverseasCondition::kNone || dp.remittance))
      throw KyuyoError(ErrorCode::kInvalidInput,
                       "国外居住親族の要件 (留学, 送金) applies only to a non-resident dependent", "dependent");
  }
  if (in.single_parent_children)
    for (Yen ch : *in.single_parent_children) check_non_negative(ch, "single_parent_child_income");
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

  // Which declared dependents are 扶養親族 this year (合計所得金額 ≤ the year's limit), and which of
  // those give 扶養控除 (控除対象扶養親族: a non-resident aged 30–69 only as 留学, 障害者 or with
  // 送金等 ≥ 38万円; 所得税法84条1項, 令和5年分以後).
  std::vector<bool> is_dependent, gives_deduction;
  bool under23 = false, special_disabled_relative = false;
  for (const auto& dp : in.dependents) {
    bool ok = dp.income <= dep_limit;
    bool deduct = ok;
    if (!ok)
      step("dependent_deduction (⑲)", "扶養親族 (所得税法2条1項34号)",
           dependent_kind_name(dp.kind) + " with income " + c(dp.income) + " > " + c(dep_limit) +
               ": not a 扶養親族, no deduction",
           Yen(0));
    if (ok && dp.non_resident && !dp.documents) {
      ok = deduct = false;
      step("dependent_deduction (⑲)", "国外居住親族: 親族関係書類・送金関係書類 (所得税法194条4項, 190条2号)",
           dependent_kind_name(dp.kind) + " (non-resident): documents not presented, no 扶養控除 or 障害者控除",
           Yen(0));
    }
    if (ok && dp.non_resident) deduct = overseas_dependent_counts(d, dp, step);
    is_dependent.push_back(ok);
    gives_deduction.push_back(deduct);
    if (!ok) continue;
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
    if (dp.non_resident && gives_deduction[i]) ++out.counts.non_resident;
    if (!gives_deduction[i]) {
      // A 扶養親族 but not a 控除対象扶養親族: no 扶養控除 (its 障害者控除 below still applies).
    } else switch (dp.kind) {
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
    if (gives_deduction[i])
      step("dependent_deduction (⑲) 扶養控除", "扶養控除 (所得税法84条)",
           dependent_kind_name(dp.kind) + (dp.non_resident ? " (non-resident)" : "") + ": " + what, v);
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
  else if (in.widow == WidowStatus::kSingleParent && single_parent_child_ok(d, in, step))
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
