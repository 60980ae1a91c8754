// kyuyo rules check: load and validate every rule data file (or the files given).
#include "command.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("file", po::value<std::vector<std::string>>(), "rule files to check (default: all under schemas/rules)");
  po::positional_options_description pos;
  pos.add("file", -1);
  auto vm = ctx.parse(d, &pos, "[FILE...]");
  if (!vm) return 0;
  if (vm->count("file")) {
    for (const auto& f : (*vm)["file"].as<std::vector<std::string>>()) {
      auto rf = xml::load_rule_file(f);
      *ctx.out << f << ": ok (" << rf.id << ", " << rules::axis_name(rf.axis) << " from " << iso(rf.from) << ")\n";
    }
    return 0;
  }
  auto lib = xml::load_rule_library();
  for (const auto* f : lib.files())
    *ctx.out << f->path << ": " << f->id << " from " << iso(f->from) << (f->until ? " until " + iso(*f->until) : "")
             << " [" << f->content_hash << "]\n";
  *ctx.out << lib.size() << " rule files ok\n";
  return 0;
}
Register reg({"rules", "check"}, "Validate rule data files against schemas/rules.xsd", run);
}  // namespace
}  // namespace kyuyo::cli
