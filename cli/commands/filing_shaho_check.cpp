// kyuyo filing shaho check FILE: validates any SHFD0006.CSV against the file and item rules and
// lists every problem with line and item number (exit 1 when there is any).
#include <fstream>
#include <sstream>

#include "filing_shaho_common.hpp"
#include "kyuyo/adapters/shaho/shfd_check.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("file", po::value<std::string>()->required(), "the SHFD0006.CSV to check")(
      "as-of", po::value<std::string>(), "check date for payment/acquisition/loss dates (default today)");
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = ctx.parse(d, &pos, "FILE");
  if (!vm) return 0;
  std::string path = (*vm)["file"].as<std::string>();
  std::ifstream f(path, std::ios::binary);
  if (!f) throw KyuyoError(ErrorCode::kNotFound, "cannot read the file", path);
  std::stringstream ss;
  ss << f.rdbuf();
  forms::shaho::CheckOptions opt;
  opt.as_of = vm->count("as-of") ? shahocli::date_opt(*vm, "as-of") : shahocli::today();
  auto s = shaho::check_shfd(ss.str(), opt);
  for (const auto& p : s.problems) *ctx.out << path << ": " << p.str() << "\n";
  if (s.problems.empty()) {
    *ctx.out << path << ": OK (" << s.data_records << " data records)\n";
    return 0;
  }
  *ctx.err << path << ": " << s.problems.size() << " problem(s) in " << s.data_records << " data records\n";
  return 1;
}

Register reg({"filing", "shaho", "check"}, "Check a SHFD0006.CSV against the 日本年金機構 item rules", run);
}  // namespace
}  // namespace kyuyo::cli
