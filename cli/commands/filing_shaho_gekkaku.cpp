// kyuyo filing shaho gekkaku --month YYYY-MM: 月額変更届 (2221700) for every stored 随時改定
// (determination store, social::DeterminationKind::kZuiji) whose 改定年月 is the month. The
// determination keeps the three months, 従前 grades and the change month. 70歳以上被用者:
// 個人番号 via the vault's 提供 call, else 基礎年金番号.
#include "filing_shaho_common.hpp"
#include "kyuyo/adapters/db/determination_repo.hpp"
#include "kyuyo/forms/shaho/gekkaku_record.hpp"

namespace kyuyo::cli {
namespace {
namespace fsh = forms::shaho;

int run(Context& ctx) {
  po::options_description d("options");
  shahocli::add_common_options(d);
  d.add_options()("month", po::value<std::string>()->required(), "改定年月 YYYY-MM (the 4th month)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto ym = YearMonth::parse((*vm)["month"].as<std::string>());
  if (!ym) throw UsageError("--month: " + ym.error().message);
  auto j = shahocli::open_job(*vm);
  std::string dir = shahocli::form_dir(*vm, ym->year, "gekkaku") + "/" + ym->str();
  db::DeterminationRepo dets(*j.db);
  std::map<std::int64_t, const model::Employee*> by_id;
  for (const auto& e : j.employees) by_id[e.id.value()] = &e;
  std::vector<fsh::Record> records;
  std::vector<Error> errors;
  for (const auto& s : dets.list(EmployerId(j.employer.id), social::DeterminationKind::kZuiji, *ym)) {
    const auto& z = s.determination;
    if (z.effective_from != *ym) continue;
    auto it = by_id.find(s.employee_id.value());
    if (it == by_id.end()) continue;
    const model::Employee& e = *it->second;
    fsh::GekkakuInput in;
    in.office = j.office;
    in.person = fsh::insured_of(e);
    in.revision = *ym;
    in.over70 = age_at(e.birth_date, ym->first_day()) >= 70;
    in.short_time = e.employment_type == model::EmploymentType::kShortTime;
    if (z.previous) {
      in.previous_health = z.previous->health_standard;
      if (!in.over70 && z.previous->pension_grade > 0) in.previous_pension = z.previous->pension_standard;
    }
    if (!z.previous_from) {
      errors.push_back(Error{ErrorCode::kNotFound, "the stored 随時改定 has no 従前の改定月",
                             in.person.label() + ": 2221700 月額変更届 項番15"});
      continue;
    }
    in.previous_revision = *z.previous_from;
    if (z.change_month) {
      in.raise_month = z.change_month->month;
      in.raise_kind = z.change_direction < 0 ? 2 : 1;
    }
    if (z.months.size() != 3) {
      errors.push_back(Error{ErrorCode::kInvalidInput, "the stored 随時改定 does not hold three months",
                             in.person.label() + ": 2221700 月額変更届 項番22"});
      continue;
    }
    for (int i = 0; i < 3; ++i) in.months[i] = fsh::MonthPay{z.months[i].base_days, z.months[i].cash, z.months[i].in_kind};
    in.health_only = z.health_changed && !z.pension_changed;
    in.reason = z.change_direction < 0 ? "降給" : "昇給";
    shahocli::collect(records, errors, fsh::build_gekkaku(in));
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  if (records.empty())
    throw KyuyoError(ErrorCode::kNotFound, "no stored 随時改定 with 改定年月 " + ym->str() + ": nothing to file");
  shahocli::Numbers n;
  std::vector<Error> missing;
  shahocli::provide_numbers(j, records, "shaho-other", dir + "/SHFD0006.CSV", n, [&](fsh::Record& r, const std::string& note) {
    if (r.items[41 - 1].empty())
      missing.push_back(Error{ErrorCode::kInvalidInput, "70歳以上被用者: neither 個人番号 (" + note + ") nor 基礎年金番号",
                              r.person + ": 2221700 月額変更届 項番41 基礎年金番号"});
  });
  if (!missing.empty()) throw KyuyoErrors(missing);
  return shahocli::write_and_report(ctx, j, dir, records, n, "月額変更届");
}

Register reg({"filing", "shaho", "gekkaku"}, "月額変更届 (2221700) for a 改定年月 as SHFD0006.CSV", run);
}  // namespace
}  // namespace kyuyo::cli
