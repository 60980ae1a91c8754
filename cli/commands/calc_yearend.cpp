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

// KIND[:MOD]... with MOD one of the disabilities, non-resident, student, remittance=X, age=N,
// no-documents (the last four only with non-resident).
yearend::Dependent parse_dependent(const std::string& text) {
  std::vector<std::string> parts;
  for (std::size_t pos = 0;;) {
    auto colon = text.find(':', pos);
    parts.push_back(text.substr(pos, colon == std::string::npos ? std::string::npos : colon - pos));
    if (colon == std::string::npos) break;
    pos = colon + 1;
  }
  auto k = yearend::parse_dependent_kind(parts[0]);
  if (!k)
    throw UsageError("--dependent: unknown KIND '" + parts[0] +
                     "' (under16, general-teen, specific, general, elderly, cohabiting-elderly)");
  yearend::Dependent dep{*k, yearend::Disability::kNone, Yen(0)};
  bool overseas_detail = false;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& m = parts[i];
    if (m == "non-resident") {
      dep.non_resident = true;
    } else if (m == "student") {
      dep.overseas = yearend::OverseasCondition::kStudent;
      overseas_detail = true;
    } else if (m.rfind("remittance=", 0) == 0) {
      dep.overseas = yearend::OverseasCondition::kRemittance;
      dep.remittance = parse_yen("dependent", m.substr(11));
      overseas_detail = true;
    } else if (m.rfind("age=", 0) == 0) {
      std::string n = m.substr(4);
      if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos)
        throw UsageError("--dependent: '" + m + "' is not an age");
      dep.age = std::stoi(n);
      overseas_detail = true;
    } else if (m == "no-documents") {
      dep.documents = false;
      overseas_detail = true;
    } else if (auto d = yearend::parse_disability(m); d && !m.empty()) {
      dep.disability = *d;
    } else {
      throw UsageError("--dependent: unknown modifier '" + m +
                       "' (disabled, special-disabled, cohabiting-special-disabled, non-resident, student, "
                       "remittance=X, age=N, no-documents)");
    }
  }
  if (overseas_detail && !dep.non_resident)
    throw UsageError("--dependent: student, remittance=X, age=N and no-documents need non-resident");
  return dep;
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
       "KIND[:disabled|:special-disabled|:cohabiting-special-disabled][:non-resident[:student|:remittance=X]"
       "[:age=N][:no-documents]], repeatable; KIND: under16, general-teen (16-18), specific (19-22), general "
       "(23-69), elderly (70+), cohabiting-elderly (同居老親等). A non-resident (国外居住親族) general dependent "
       "needs age=N; aged 30-69 it counts only as student (留学), disabled or with remittance=X ≥ 38万円; "
       "no-documents: 親族関係書類・送金関係書類 not presented")
      ("specific-relative-income", po::value<std::vector<std::string>>(),
       "合計所得金額 of a 特定親族 (19-22, income above the dependent limit), repeatable")
      ("self-disabled", po::bool_switch(), "the employee is a 障害者")
      ("self-special-disabled", po::bool_switch(), "the employee is a 特別障害者")
      ("widow", po::bool_switch(), "寡婦")
      ("single-parent", po::bool_switch(), "ひとり親")
      ("single-parent-child-income", po::value<std::vector<std::string>>(),
       "総所得金額等 of a 生計を一にする子 (with --single-parent; repeatable): ひとり親控除 needs one within "
       "the year's limit (58万円 for 2025, 62万円 for 2026). Without it the claim is taken as declared")
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
  if (v.count("single-parent-child-income")) {
    if (!v["single-parent"].as<bool>()) throw UsageError("--single-parent-child-income needs --single-parent");
    std::vector<Yen> children;
    for (const auto& s : v["single-parent-child-income"].as<std::vector<std::string>>())
      children.push_back(parse_yen("single-parent-child-income", s));
    in.single_parent_children = children;
  }
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
