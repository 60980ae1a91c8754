// kyuyo filing shaho shutoku --from D --to D: 資格取得届 (2200700) for everyone insured who was
// hired in the period. 個人番号 through the vault's 提供 call; without it, the address items
// (郵便番号, 住所(カナ) from the employee's 住所(フリガナ) in 半角カナ, 住所(漢字)).
#include "filing_shaho_common.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/forms/shaho/shutoku_record.hpp"

namespace kyuyo::cli {
namespace {
namespace fsh = forms::shaho;

bool remuneration_of(db::Database& db, const model::Employee& e, const std::map<std::string, std::pair<Yen, Yen>>& given,
                     Yen& cash, Yen& kind) {
  if (auto it = given.find(e.code); it != given.end()) {
    cash = it->second.first;
    kind = it->second.second;
    return true;
  }
  db::PayrollRepo repo(db);
  YearMonth first = YearMonth::of(e.hire_date);
  std::optional<Yen> declared;
  for (const auto& key : repo.input_keys(e.employer_id, payroll::RunKind::kMonthly, first.year)) {
    if (declared) break;
    repo.for_each_input(e.employer_id, payroll::RunKind::kMonthly, key, [&](const db::StoredInput& s) {
      if (!declared && s.employee_id == e.id && s.input.declared_remuneration && s.input.period >= first)
        declared = *s.input.declared_remuneration;
    });
  }
  if (declared) {
    cash = *declared;
    kind = Yen(0);
    return true;
  }
  auto pays = repo.payments_paid_in(e.id, first, first.plus_months(2));
  for (const auto& p : pays) {
    if (p.kind != payroll::RunKind::kMonthly) continue;
    cash = p.remuneration - p.in_kind;
    kind = p.in_kind;
    return true;
  }
  return false;
}

std::map<std::string, std::pair<Yen, Yen>> parse_given(const po::variables_map& vm) {
  std::map<std::string, std::pair<Yen, Yen>> m;
  if (!vm.count("remuneration")) return m;
  for (const auto& s : vm["remuneration"].as<std::vector<std::string>>()) {
    auto eq = s.find('=');
    if (eq == std::string::npos) throw UsageError("--remuneration wants 社員番号=YEN, got '" + s + "'");
    std::string v = s.substr(eq + 1), k = "0";
    if (auto plus = v.find('+'); plus != std::string::npos) {
      k = v.substr(plus + 1);
      v = v.substr(0, plus);
    }
    try {
      m[s.substr(0, eq)] = {Yen(std::stoll(v)), Yen(std::stoll(k))};
    } catch (const std::exception&) {
      throw UsageError("--remuneration wants 社員番号=YEN, got '" + s + "'");
    }
  }
  return m;
}

int run(Context& ctx) {
  po::options_description d("options");
  shahocli::add_common_options(d);
  d.add_options()("from", po::value<std::string>()->required(), "first 資格取得年月日 (YYYY-MM-DD)")(
      "to", po::value<std::string>()->required(), "last 資格取得年月日 (YYYY-MM-DD)")(
      "remuneration", po::value<std::vector<std::string>>()->composing(),
      "報酬月額 (expected monthly pay) as 社員番号=YEN or 社員番号=YEN+現物YEN; default: the 報酬月額 "
      "declared with the first stored pay input, else the first stored payment");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  Date from = shahocli::date_opt(*vm, "from"), to = shahocli::date_opt(*vm, "to");
  if (to < from) throw UsageError("--to is before --from");
  auto given = parse_given(*vm);
  auto j = shahocli::open_job(*vm);
  std::string dir = shahocli::form_dir(*vm, from.year(), "shutoku");
  std::vector<fsh::Record> records;
  std::map<std::int64_t, fsh::ShutokuInput> inputs;
  std::vector<Error> errors;
  for (const auto& e : j.employees) {
    if (!e.social_insurance || e.hire_date < from || e.hire_date > to) continue;
    fsh::ShutokuInput in;
    in.office = j.office;
    in.person = fsh::insured_of(e);
    in.sex = e.sex;
    in.acquired_on = e.hire_date;
    in.has_dependents = !db::EmployeeRepo(*j.db).dependents_of(e.id).empty() &&
                        [&] {
                          for (const auto& dep : db::EmployeeRepo(*j.db).dependents_of(e.id))
                            if (dep.health_dependent) return true;
                          return false;
                        }();
    // 報酬月額 (見込み): --remuneration, else the declared 報酬月額 of the first stored monthly pay
    // input, else the first finalised payment (資格取得時決定 inputs are not stored yet).
    if (!remuneration_of(*j.db, e, given, in.cash, in.in_kind)) {
      errors.push_back(Error{ErrorCode::kInvalidInput,
                             "報酬月額 unknown: give --remuneration " + e.code + "=YEN (no stored pay input or payment)",
                             in.person.label() + ": 2200700 資格取得届 項番21 報酬月額"});
      continue;
    }
    in.over70 = age_at(e.birth_date, e.hire_date) >= 70;
    in.short_time = e.employment_type == model::EmploymentType::kShortTime;
    in.postal_code = e.postal_code;
    in.address = e.address;
    in.address_kana = e.address_kana;  // 住所(フリガナ): written in 半角カナ when no 個人番号 is provided
    in.want_my_number = true;
    inputs[e.id.value()] = in;
    shahocli::collect(records, errors, fsh::build_shutoku(in, j.created));
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  shahocli::Numbers n;
  shahocli::provide_numbers(j, records, "shaho-shikaku-shutoku", dir + "/SHFD0006.CSV", n,
                            [&](fsh::Record& r, const std::string&) {
                              auto ok = fsh::shutoku_fill_address(r, inputs.at(r.employee_id));
                              if (!ok) throw KyuyoError(ok.error());
                            });
  return shahocli::write_and_report(ctx, j, dir, records, n, "資格取得届");
}

Register reg({"filing", "shaho", "shutoku"}, "資格取得届 (2200700) for hires in a period as SHFD0006.CSV", run);
}  // namespace
}  // namespace kyuyo::cli
