// kyuyo yearend run --year Y: the 年末調整 of every eligible employee from the year's stored pay
// runs and declarations; stores the results (one transaction) and writes the 源泉徴収簿 (PDF, CSV)
// and the summary under OUT/<year>/yearend/.
#include <iomanip>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/adapters/yearend/yearend_batch.hpp"
#include "kyuyo/yearend/declarations.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("year", po::value<int>()->required(),
                  "tax year (2025 = 令和7年分, 2026 = 令和8年分)");
  add_employer_options(d, true);
  add_out_option(d);
  d.add_options()(
      "combined-only", po::bool_switch(),
      "write one 源泉徴収簿 PDF for all employees (ledger/all.pdf) instead of one per employee");
  add_db_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  int year = (*vm)["year"].as<int>();
  if (year < 1989 || year > 9999) throw UsageError("--year: not a tax year");
  auto db = open_db(*vm);
  return for_each_employer(ctx, *db, *vm, [&](std::int64_t employer, const std::string& out_dir) {
    yearend_batch::Request req;
    req.year = year;
    req.employer = EmployerId(employer);
    req.out_dir = out_dir;
    req.progress = ctx.err;
    req.combined_pdf = (*vm)["combined-only"].as<bool>();
    auto o = yearend_batch::run(*db, xml::default_rule_library(), req);
    auto& out = *ctx.out;
    out << "年末調整 " << req.year << ": " << o.results.size() << " employee(s), "
        << o.excluded.size() << " left out (run " << o.run_id << ")\n";
    for (const auto& s : o.results) {
      const auto& r = s.result;
      out << "  " << s.employee_code << "  " << s.employee_name << "  annual_tax "
          << r.annual_tax.str() << "  withheld " << r.withheld.str();
      if (r.shortfall > Yen(0))
        out << "  collect " << s.settlement.collect.str();
      else
        out << "  excess " << r.excess.str() << " (offset " << s.settlement.offset_on_last_pay.str()
            << ", refund " << s.settlement.refund.str() << ")";
      if (r.leaver != yearend::LeaverCase::kNone)
        out << "  adjusted at leaving: " << yearend::leaver_case_label(r.leaver);
      out << "\n";
    }
    for (const auto& x : o.excluded)
      out << "  " << x.employee_code << "  " << x.employee_name << "  left out: " << x.reason
          << "\n";
    out << "totals: excess " << o.total_excess.str() << " (offset " << o.total_offset.str()
        << ", refund " << o.total_refund.str() << "), shortfall " << o.total_shortfall.str()
        << " (collect " << o.total_collect.str() << ")\n";
    out << "wrote " << o.files.size() << " file(s) under " << req.out_dir << "/" << req.year
        << "/yearend/\n";
    return 0;
  });
}
Register reg(
    {"yearend", "run"},
    "Year-end adjustment (年末調整) of every eligible employee, with 源泉徴収簿 and summary", run);
}  // namespace
}  // namespace kyuyo::cli
