// kyuyo filing shaho shoyo --payment-date D: 賞与支払届 (2265700) from the finalised bonus runs
// paid in D's month up to D; two bonuses to one person in the month are added together (備考:
// the first payment day). 70歳以上被用者: 個人番号 via the vault's 提供 call, else 基礎年金番号.
#include "filing_shaho_common.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/forms/shaho/shoyo_record.hpp"

namespace kyuyo::cli {
namespace {
namespace fsh = forms::shaho;

int run(Context& ctx) {
  po::options_description d("options");
  shahocli::add_common_options(d);
  d.add_options()("payment-date", po::value<std::string>()->required(), "賞与支払年月日 (YYYY-MM-DD)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  Date paid = shahocli::date_opt(*vm, "payment-date");
  auto j = shahocli::open_job(*vm);
  std::string dir = shahocli::form_dir(*vm, paid.year(), "shoyo") + "/" + iso(paid);
  db::PayrollRepo pay(*j.db);
  YearMonth ym = YearMonth::of(paid);
  std::vector<fsh::Record> records;
  std::vector<Error> errors;
  for (const auto& e : j.employees) {
    if (!e.social_insurance) continue;
    fsh::ShoyoInput in;
    in.office = j.office;
    in.person = fsh::insured_of(e);
    for (const auto& p : pay.payments_paid_in(e.id, ym, ym))
      if (p.kind == payroll::RunKind::kBonus && p.payment_date <= paid)
        in.payments.push_back({p.payment_date, p.gross - p.in_kind, p.in_kind});
    if (in.payments.empty()) continue;
    // Not insured on the payment: acquired later, or lost before (loss = day after leaving).
    if (e.hire_date > in.payments.front().paid_on) continue;
    if (e.leave_date && *e.leave_date + boost::gregorian::days(1) <= in.payments.front().paid_on) continue;
    in.over70 = age_at(e.birth_date, paid) >= 70;
    shahocli::collect(records, errors, fsh::build_shoyo(in, j.created));
  }
  if (!errors.empty()) throw KyuyoErrors(errors);
  if (records.empty())
    throw KyuyoError(ErrorCode::kNotFound, "no finalised bonus run paid in " + ym.str() + " up to " + iso(paid) +
                                               " (run kyuyo bonus run first)");
  shahocli::Numbers n;
  std::vector<Error> missing;
  shahocli::provide_numbers(j, records, "shaho-other", dir + "/SHFD0006.CSV", n, [&](fsh::Record& r, const std::string& note) {
    if (r.items[16 - 1].empty())
      missing.push_back(Error{ErrorCode::kInvalidInput, "70歳以上被用者: neither 個人番号 (" + note + ") nor 基礎年金番号",
                              r.person + ": 2265700 賞与支払届 項番16 基礎年金番号"});
  });
  if (!missing.empty()) throw KyuyoErrors(missing);
  return shahocli::write_and_report(ctx, j, dir, records, n, "賞与支払届");
}

Register reg({"filing", "shaho", "shoyo"}, "賞与支払届 (2265700) for a bonus payment date as SHFD0006.CSV", run);
}  // namespace
}  // namespace kyuyo::cli
