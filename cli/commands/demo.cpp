// kyuyo demo: the bundled sample company's year, run end to end through the real commands
// (design.md: "not a separate code path"). Each step below is an ordinary kyuyo command line;
// modules append their steps here as they land.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>

#include "command.hpp"
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::cli {
namespace {
namespace fs = std::filesystem;

struct Step {
  const char* what;
  std::vector<std::string> args;  // {db} {out} {samples} {key} are replaced
  bool needs_db = true;
};

// The sample company's year. Order matters: data first, then the vault, then runs and filings.
std::vector<Step> demo_steps() {
  return {
      {"create the database", {"init"}},
      {"check the rule data", {"rules", "check"}, false},
      // DEMO-STEPS (modules add their steps below this line, in dependency order)
      {"import the sample employer (UTF-8 with BOM)", {"import", "employers", "{samples}/company/employers.csv"}},
      {"import the sample employees (UTF-8 with BOM)", {"import", "employees", "{samples}/company/employees.csv"}},
      {"import the sample dependents (Shift_JIS)",
       {"import", "dependents", "{samples}/company/dependents.csv", "--encoding", "cp932"}},
      {"list the employees", {"employees", "list"}},
      {"export the employee list as CSV",
       {"employees", "list", "--format", "csv", "--output", "{out}/employees/employees.csv"}},
  };
}

std::string substitute(std::string s, const std::map<std::string, std::string>& vars) {
  for (const auto& [k, v] : vars) {
    for (std::size_t pos = 0; (pos = s.find(k, pos)) != std::string::npos; pos += v.size()) s.replace(pos, k.size(), v);
  }
  return s;
}

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("out", po::value<std::string>()->default_value("out"), "output directory")(
      "db", po::value<std::string>(), "database (default: OUT/demo.db, recreated on every run)");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  std::string out = (*vm)["out"].as<std::string>();
  fs::create_directories(out);
  std::string db = vm->count("db") ? (*vm)["db"].as<std::string>() : out + "/demo.db";
  if (!vm->count("db")) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  }
  std::map<std::string, std::string> vars{{"{db}", db},
                                          {"{out}", out},
                                          {"{samples}", resources::samples_dir()},
                                          {"{key}", out + "/demo.key"}};
  // The demo's operators authenticate non-interactively (see README: batch runs).
  setenv("KYUYO_KEY_FILE", vars["{key}"].c_str(), 1);
  auto steps = demo_steps();
  int n = 0;
  for (const auto& s : steps) {
    ++n;
    std::vector<std::string> args;
    for (const auto& a : s.args) args.push_back(substitute(a, vars));
    if (s.needs_db) {
      args.push_back("--db");
      args.push_back(db);
    }
    *ctx.err << "[demo " << n << "/" << steps.size() << "] " << s.what << ": kyuyo";
    for (const auto& a : args) *ctx.err << " " << a;
    *ctx.err << "\n";
    int rc = dispatch(args, *ctx.out, *ctx.err);
    if (rc != 0) {
      *ctx.err << "demo: step '" << s.what << "' failed (exit " << rc << ")\n";
      return rc;
    }
  }
  *ctx.err << "demo: done; outputs under " << out << "/\n";
  return 0;
}
Register reg({"demo"}, "Run the bundled sample company's year end to end (outputs under out/)", run);
}  // namespace
}  // namespace kyuyo::cli
