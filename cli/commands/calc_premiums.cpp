// kyuyo calc premiums: one employee's monthly (and optionally bonus) premiums for a premium month
// (…月分): 健康保険+介護+子ども・子育て支援金, 厚生年金, 雇用保険, and the employer's figures, as
// key<TAB>value lines; --explain adds "# " lines with grades, rates (rule file and line) and rounding.
#include <iostream>
#include <optional>

#include "command.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/social/social.hpp"

namespace kyuyo::cli {
namespace {

Yen yen_option(const std::string& option, const std::string& text) {
  std::string digits;
  for (char ch : text) {
    if (ch == ',') continue;
    if (ch < '0' || ch > '9') throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
    digits += ch;
  }
  if (digits.empty() || digits.size() > 15) throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
  return Yen(std::stoll(digits));
}

model::EmploymentBusiness business_option(const std::string& s) {
  if (s == "general") return model::EmploymentBusiness::kGeneral;
  if (s == "agriculture") return model::EmploymentBusiness::kAgriculture;
  if (s == "construction") return model::EmploymentBusiness::kConstruction;
  throw UsageError("--business: '" + s + "' must be general, agriculture or construction");
}

void line(std::ostream& o, const std::string& k, const std::string& v) { o << k << '\t' << v << '\n'; }
void line(std::ostream& o, const std::string& k, Yen v) { line(o, k, v.str()); }

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()
      ("month", po::value<std::string>()->required(), "premium month YYYY-MM (…月分)")
      ("prefecture", po::value<std::string>()->required(),
       "協会けんぽ 支部 of the 事業所: name (東京都 or 東京) or JIS code (13)")
      ("remuneration", po::value<std::string>()->required(), "報酬月額 (looked up in the grade tables)")
      ("birth-date", po::value<std::string>()->required(), "birth date YYYY-MM-DD (介護 40–64, 厚年 to 70, 健保 to 75)")
      ("wage", po::value<std::string>(), "wages paid in the month for 雇用保険 (default: --remuneration)")
      ("business", po::value<std::string>()->default_value("general"),
       "雇用保険 事業の種類: general | agriculture (農林水産・清酒製造) | construction")
      ("bonus", po::value<std::string>(), "a bonus paid in the month (賞与額; no earlier bonuses this 年度/month)")
      ("kumiai-rates", po::value<std::string>(),
       "健康保険組合 rate file (schemas/rules/social/KUMIAI.md) instead of the 協会けんぽ rate")
      ("explain", po::bool_switch(), "print grades, rates and rounding steps as '# ' lines");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  const auto& v = *vm;

  auto month = YearMonth::parse(v["month"].as<std::string>());
  if (!month) throw UsageError("--month: '" + v["month"].as<std::string>() + "' is not YYYY-MM");
  auto birth = parse_date(v["birth-date"].as<std::string>());
  if (!birth) throw UsageError("--birth-date: '" + v["birth-date"].as<std::string>() + "' is not YYYY-MM-DD");
  auto pref = social::parse_prefecture(v["prefecture"].as<std::string>());
  if (!pref) throw UsageError("--prefecture: " + pref.error().message);
  const Yen remuneration = yen_option("remuneration", v["remuneration"].as<std::string>());
  const Yen wage = v.count("wage") ? yen_option("wage", v["wage"].as<std::string>()) : remuneration;
  const auto business = business_option(v["business"].as<std::string>());
  if (*birth > month->last_day()) throw UsageError("--birth-date: after the premium month");

  const auto& lib = xml::default_rule_library();
  std::optional<rules::RuleFile> kumiai;
  if (v.count("kumiai-rates")) kumiai = xml::load_rule_file(v["kumiai-rates"].as<std::string>());

  const auto grades = value_or_throw(social::grade_for(lib, remuneration, *month));
  social::PremiumInput in;
  in.insurer = {*pref, kumiai ? &*kumiai : nullptr, business};
  in.person.birth_date = *birth;
  in.person.acquired = month->first_day();  // insured for the whole month
  in.premium_month = *month;
  in.standard = grades;
  in.wages_paid = wage;
  const auto r = value_or_throw(social::monthly_premiums(lib, in));
  const auto t = social::employer_month_totals({r});

  auto& o = *ctx.out;
  line(o, "month", month->str());
  line(o, "prefecture", kumiai ? "健康保険組合 (" + kumiai->title + ")" : social::prefecture_name(*pref));
  line(o, "remuneration", remuneration);
  line(o, "health_grade", std::to_string(grades.health_grade));
  line(o, "pension_grade", std::to_string(grades.pension_grade));
  line(o, "standard_monthly", grades.health_standard);
  line(o, "standard_monthly_pension", grades.pension_standard);
  line(o, "care_applies", r.care_charged ? "yes" : "no");
  line(o, "health_rate", r.health_combined.charged ? r.health_combined.rate.percent_str() : "0%");
  line(o, "health_employee", r.health_combined.employee);
  line(o, "health_insurance_employee", r.health_employee_line);
  line(o, "care_employee", r.care_employee_line);
  line(o, "support_employee", r.support_employee_line);
  line(o, "pension_employee", r.pension.employee);
  line(o, "wage", wage);
  line(o, "employment_employee", r.employment.employee);
  line(o, "employee_total", r.health_combined.employee + r.pension.employee + r.employment.employee);
  line(o, "health_employer", t.health_employer);
  line(o, "pension_employer", t.pension_employer);
  line(o, "child_contribution_employer", t.child_contribution_employer);
  line(o, "employment_employer", t.employment_employer);
  line(o, "employer_total", t.health_employer + t.pension_employer + t.child_contribution_employer + t.employment_employer);

  std::optional<social::PremiumResult> b;
  if (v.count("bonus")) {
    social::BonusInput bi;
    bi.insurer = in.insurer;
    bi.person = in.person;
    bi.payment_date = month->last_day();
    bi.bonus = yen_option("bonus", v["bonus"].as<std::string>());
    b = value_or_throw(social::bonus_premiums(lib, bi));
    const auto bt = social::employer_month_totals({*b});
    line(o, "bonus", bi.bonus);
    line(o, "standard_bonus_health", b->health_base);
    line(o, "standard_bonus_pension", b->pension_base);
    line(o, "bonus_health_employee", b->health_combined.employee);
    line(o, "bonus_pension_employee", b->pension.employee);
    line(o, "bonus_employment_employee", b->employment.employee);
    line(o, "bonus_health_employer", bt.health_employer);
    line(o, "bonus_pension_employer", bt.pension_employer);
    line(o, "bonus_child_contribution_employer", bt.child_contribution_employer);
    line(o, "bonus_employment_employer", bt.employment_employer);
  }
  if (v["explain"].as<bool>()) {
    o << "# 報酬月額 " << remuneration.str() << " → 健保 " << grades.health_grade << "級 " << grades.health_standard.str()
      << ", 厚年 " << grades.pension_grade << "級 " << grades.pension_standard.str() << " (social.grades)\n";
    for (const auto& s : r.trace) o << "# " << s << '\n';
    for (const auto& s : t.trace) o << "# employer: " << s << '\n';
    if (b)
      for (const auto& s : b->trace) o << "# bonus: " << s << '\n';
  }
  return 0;
}

Register reg({"calc", "premiums"},
             "Monthly social and labour insurance premiums (健保・介護・支援金・厚年・雇用保険) for one employee", run);

}  // namespace
}  // namespace kyuyo::cli
