// kyuyo calc yearend: one employee's 年末調整 from figures on the command line, printing one
// "key<TAB>value" line per 年末調整 line of the 源泉徴収簿 (⑨–㉖, excess, shortfall).
#include <iostream>

#include "command.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/yearend/year_end.hpp"

namespace kyuyo::cli {
namespace {

Yen parse_yen(const std::string& option, const std::string& text) {
  std::string digits;
  for (char ch : text) {
    if (ch == ',') continue;
    if (ch < '0' || ch > '9') throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
    digits += ch;
  }
  if (digits.empty() || digits.size() > 15) throw UsageError("--" + option + ": '" + text + "' is not a whole number of yen");
  return Yen(std::stoll(digits));
}

Yen yen_opt(const po::variables_map& vm, const std::string& name) {
  return vm.count(name) ? parse_yen(name, vm[name].as<std::string>()) : Yen(0);
}

yearend::Dependent parse_dependent(const std::string& text) {
  auto colon = text.find(':');
  std::string kind = text.substr(0, colon);
  std::string dis = colon == std::string::npos ? std::string() : text.substr(colon + 1);
  auto k = yearend::parse_dependent_kind(kind);
  if (!k)
    throw UsageError("--dependent: unknown KIND '" + kind +
                     "' (under16, general-teen, specific, general, elderly, cohabiting-elderly)");
  auto d = yearend::parse_disability(dis);
  if (!d || (colon != std::string::npos && dis.empty()))
    throw UsageError("--dependent: unknown disability '" + dis +
                     "' (disabled, special-disabled, cohabiting-special-disabled)");
  return yearend::Dependent{*k, *d, Yen(0)};
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()
      ("year", po::value<int>()->required(), "tax year (2025 = 令和7年分, 2026 = 令和8年分)")
      ("salary", po::value<std::string>()->required(), "給与等の総額 for the year (yen)")
      ("withheld", po::value<std::string>()->required(), "income tax withheld so far this year (yen)")
      ("social", po::value<std::string>()->required(), "社会保険料等 deducted from pay and declared (yen)")
      ("small-business-mutual", po::value<std::string>(), "小規模企業共済等掛金 (iDeCo etc.) paid")
      ("life-general-new", po::value<std::string>(), "新生命保険料 paid")
      ("life-general-old", po::value<std::string>(), "旧生命保険料 paid")
      ("life-care", po::value<std::string>(), "介護医療保険料 paid")
      ("life-pension-new", po::value<std::string>(), "新個人年金保険料 paid")
      ("life-pension-old", po::value<std::string>(), "旧個人年金保険料 paid")
      ("quake", po::value<std::string>(), "地震保険料 paid")
      ("quake-old-long", po::value<std::string>(), "旧長期損害保険料 paid")
      ("spouse-income", po::value<std::string>(), "spouse's 合計所得金額 (declares a spouse)")
      ("spouse-elderly", po::bool_switch(), "spouse is 70 or over on 31 December (declares a spouse)")
      ("dependent", po::value<std::vector<std::string>>(),
       "KIND[:disabled|:special-disabled|:cohabiting-special-disabled], repeatable; KIND: under16, "
       "general-teen (16-18), specific (19-22), general (23-69), elderly (70+), cohabiting-elderly (同居老親等)")
      ("specific-relative-income", po::value<std::vector<std::string>>(),
       "合計所得金額 of a 特定親族 (19-22, income above the dependent limit), repeatable")
      ("self-disabled", po::bool_switch(), "the employee is a 障害者")
      ("self-special-disabled", po::bool_switch(), "the employee is a 特別障害者")
      ("widow", po::bool_switch(), "寡婦")
      ("single-parent", po::bool_switch(), "ひとり親")
      ("working-student", po::bool_switch(), "勤労学生")
      ("housing-credit", po::value<std::string>(), "住宅借入金等特別控除額 (credit, yen)")
      ("explain", po::bool_switch(), "show each rule applied");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  const auto& v = *vm;
  if (v["self-disabled"].as<bool>() && v["self-special-disabled"].as<bool>())
    throw UsageError("--self-disabled and --self-special-disabled exclude each other");
  if (v["widow"].as<bool>() && v["single-parent"].as<bool>())
    throw UsageError("--widow and --single-parent exclude each other");

  yearend::YearEndInput in;
  in.year = v["year"].as<int>();
  if (in.year < 1989 || in.year > 9999) throw UsageError("--year: '" + std::to_string(in.year) + "' is not a tax year");
  in.salary = yen_opt(v, "salary");
  in.withheld = yen_opt(v, "withheld");
  in.social_insurance_payroll = yen_opt(v, "social");
  in.small_business_mutual = yen_opt(v, "small-business-mutual");
  in.life.general_new = yen_opt(v, "life-general-new");
  in.life.general_old = yen_opt(v, "life-general-old");
  in.life.care = yen_opt(v, "life-care");
  in.life.pension_new = yen_opt(v, "life-pension-new");
  in.life.pension_old = yen_opt(v, "life-pension-old");
  in.quake.quake = yen_opt(v, "quake");
  in.quake.old_long = yen_opt(v, "quake-old-long");
  if (v.count("spouse-income") || v["spouse-elderly"].as<bool>())
    in.spouse = yearend::Spouse{yen_opt(v, "spouse-income"), v["spouse-elderly"].as<bool>(), yearend::Disability::kNone};
  if (v.count("dependent"))
    for (const auto& s : v["dependent"].as<std::vector<std::string>>()) in.dependents.push_back(parse_dependent(s));
  if (v.count("specific-relative-income"))
    for (const auto& s : v["specific-relative-income"].as<std::vector<std::string>>())
      in.specific_relatives.push_back(parse_yen("specific-relative-income", s));
  if (v["self-disabled"].as<bool>()) in.self_disability = yearend::Disability::kDisabled;
  if (v["self-special-disabled"].as<bool>()) in.self_disability = yearend::Disability::kSpecialDisabled;
  if (v["widow"].as<bool>()) in.widow = yearend::WidowStatus::kWidow;
  if (v["single-parent"].as<bool>()) in.widow = yearend::WidowStatus::kSingleParent;
  in.working_student = v["working-student"].as<bool>();
  in.housing_credit = yen_opt(v, "housing-credit");

  auto r = yearend::compute(xml::default_rule_library(), in);
  for (const auto& [key, value] : yearend::result_lines(r)) *ctx.out << key << '\t' << value.str() << '\n';
  if (v["explain"].as<bool>()) {
    *ctx.out << "# 年末調整 " << r.year << " (rules " << r.rules_hash << ")\n";
    for (const auto& t : r.trace)
      *ctx.out << "# " << t.line << ": " << t.rule << ": " << t.detail << " → " << t.value.str() << '\n';
  }
  return 0;
}

Register reg({"calc", "yearend"}, "Year-end adjustment (年末調整) for one employee", run);
}  // namespace
}  // namespace kyuyo::cli
