#include "command.hpp"

#include <algorithm>
#include <iostream>
#include <sstream>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::cli {

std::vector<CommandInfo>& registry() {
  static std::vector<CommandInfo> r;
  return r;
}

std::string Context::command_name() const {
  std::string s;
  for (const auto& p : path) s += (s.empty() ? "" : " ") + p;
  return s;
}

std::optional<po::variables_map> Context::parse(po::options_description& desc,
                                                const po::positional_options_description* positional,
                                                const std::string& usage_line) {
  po::options_description all;
  all.add_options()("help,h", "show this help");
  all.add(desc);
  po::variables_map vm;
  try {
    po::command_line_parser p(args);
    p.options(all);
    if (positional) p.positional(*positional);
    else p.positional(po::positional_options_description());
    po::store(p.run(), vm);
    if (vm.count("help")) {
      *out << "usage: kyuyo " << command_name() << (usage_line.empty() ? " [options]" : " " + usage_line)
           << "\n\n";
      for (const auto& c : registry())
        if (c.path == path) *out << c.summary << "\n\n";
      *out << all;
      return std::nullopt;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(std::string(e.what()));
  }
  return vm;
}

namespace {
void print_overview(std::ostream& o) {
  o << "kyuyo — payroll and year-end tax filing engine for Japan\n\n"
       "usage: kyuyo <command> [options]   (kyuyo <command> --help for details)\n\n"
       "commands:\n";
  auto cmds = registry();
  std::sort(cmds.begin(), cmds.end(), [](auto& a, auto& b) { return a.path < b.path; });
  for (const auto& c : cmds) {
    std::string name;
    for (const auto& p : c.path) name += (name.empty() ? "" : " ") + p;
    o << "  " << name;
    if (name.size() < 30) o << std::string(30 - name.size(), ' ');
    else o << "  ";
    o << c.summary << "\n";
  }
  o << "\nglobal: --db URL (default $KYUYO_DB or ./kyuyo.db; postgresql://… for PostgreSQL)\n"
       "exit codes: 0 success, 1 data or user error, 2 usage error\n";
}
}  // namespace

int dispatch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
    print_overview(argv.empty() ? err : out);
    return argv.empty() ? 2 : 0;
  }
  if (argv[0] == "--version") {
    out << "kyuyo 0.1.0\n";
    return 0;
  }
  // longest registered path that prefixes argv
  const CommandInfo* best = nullptr;
  for (const auto& c : registry()) {
    if (c.path.size() > argv.size()) continue;
    if (!std::equal(c.path.begin(), c.path.end(), argv.begin())) continue;
    if (!best || c.path.size() > best->path.size()) best = &c;
  }
  if (!best) {
    // a group word ("calc") alone: list its subcommands
    bool group = false;
    for (const auto& c : registry())
      if (c.path.size() > 1 && c.path[0] == argv[0]) {
        if (!group) out << "kyuyo " << argv[0] << " subcommands:\n";
        group = true;
        std::string name;
        for (const auto& p : c.path) name += (name.empty() ? "" : " ") + p;
        out << "  " << name << "  — " << c.summary << "\n";
      }
    if (group) return (argv.size() > 1 && argv[1] != "--help" && argv[1] != "-h") ? 2 : 0;
    err << "kyuyo: unknown command '" << argv[0] << "' (see kyuyo --help)\n";
    return 2;
  }
  Context ctx{best->path, std::vector<std::string>(argv.begin() + best->path.size(), argv.end()), &out, &err};
  try {
    return best->handler(ctx);
  } catch (const UsageError& e) {
    err << "kyuyo " << ctx.command_name() << ": " << e.what() << "\n(see kyuyo " << ctx.command_name()
        << " --help)\n";
    return 2;
  } catch (const KyuyoErrors& e) {
    for (const auto& x : e.errors()) err << "error: " << x.to_string() << "\n";
    err << e.errors().size() << " error(s); nothing was written\n";
    return 1;
  } catch (const KyuyoError& e) {
    err << "error: " << e.error().to_string() << "\n";
    return 1;
  }
}

void add_db_option(po::options_description& d) {
  d.add_options()("db", po::value<std::string>()->default_value(db::default_url()),
                  "database: SQLite file path or postgresql://user@host:port/dbname ($KYUYO_DB)");
}

std::unique_ptr<db::Database> open_db(const po::variables_map& vm) {
  return db::Database::open(vm["db"].as<std::string>());
}

void add_employer_options(po::options_description& d, bool allow_all) {
  d.add_options()("employer", po::value<std::string>(), "employer code (optional when the database holds one)");
  if (allow_all) d.add_options()("all-employers", "act on every employer, reporting per employer");
}

void add_out_option(po::options_description& d) {
  d.add_options()("out", po::value<std::string>()->default_value("out"), "output directory");
}

void add_format_option(po::options_description& d) {
  d.add_options()("format", po::value<std::string>()->default_value("text"), "output format: text, json or csv");
}

std::int64_t resolve_employer(db::Database& db, const po::variables_map& vm) {
  auto& sql = db.session();
  if (vm.count("employer")) {
    std::string code = vm["employer"].as<std::string>();
    long long id = 0;
    soci::indicator ind;
    sql << "SELECT id FROM employers WHERE code = :c", soci::use(code), soci::into(id, ind);
    if (!sql.got_data()) throw KyuyoError(ErrorCode::kNotFound, "no employer with code '" + code + "'");
    return id;
  }
  long long n = 0;
  sql << "SELECT COUNT(*) FROM employers", soci::into(n);
  if (n == 0) throw KyuyoError(ErrorCode::kNotFound, "the database holds no employer yet (kyuyo import employers)");
  if (n > 1) throw KyuyoError(ErrorCode::kInvalidInput, "the database holds several employers: give --employer CODE or --all-employers");
  long long id = 0;
  sql << "SELECT id FROM employers", soci::into(id);
  return id;
}

std::vector<std::int64_t> resolve_employers(db::Database& db, const po::variables_map& vm) {
  if (vm.count("all-employers")) {
    std::vector<std::int64_t> ids;
    std::vector<std::string> codes;
    soci::rowset<std::string> rs = (db.session().prepare << "SELECT code FROM employers ORDER BY code");
    for (const auto& c : rs) codes.push_back(c);
    for (const auto& c : codes) {
      long long id = 0;
      db.session() << "SELECT id FROM employers WHERE code = :c", soci::use(c), soci::into(id);
      ids.push_back(id);
    }
    return ids;
  }
  return {resolve_employer(db, vm)};
}

int for_each_employer(Context& ctx, db::Database& db, const po::variables_map& vm,
                      const std::function<int(std::int64_t, const std::string&)>& fn) {
  std::string out = vm.count("out") ? vm["out"].as<std::string>() : std::string();
  if (!vm.count("all-employers")) return fn(resolve_employer(db, vm), out);
  if (vm.count("employer")) throw UsageError("give either --employer or --all-employers, not both");
  struct Row {
    long long id;
    std::string code, name;
  };
  std::vector<Row> employers;
  {
    std::vector<std::string> codes;
    soci::rowset<std::string> rs = (db.session().prepare << "SELECT code FROM employers ORDER BY code");
    for (const auto& c : rs) codes.push_back(c);
    for (const auto& c : codes) {
      Row r{0, c, {}};
      db.session() << "SELECT id, name FROM employers WHERE code = :c", soci::use(c), soci::into(r.id),
          soci::into(r.name);
      employers.push_back(r);
    }
  }
  if (employers.empty()) throw KyuyoError(ErrorCode::kNotFound, "the database holds no employer yet");
  int failed = 0;
  for (const auto& e : employers) {
    *ctx.out << "== " << e.code << " " << e.name << " ==\n";
    try {
      if (fn(e.id, out.empty() ? out : out + "/" + e.code) != 0) ++failed;
    } catch (const KyuyoErrors& x) {
      ++failed;
      for (const auto& err : x.errors()) *ctx.err << "error: [" << e.code << "] " << err.to_string() << "\n";
      *ctx.err << "[" << e.code << "] nothing was written for this employer\n";
    } catch (const KyuyoError& x) {
      ++failed;
      *ctx.err << "error: [" << e.code << "] " << x.error().to_string() << "\n";
      *ctx.err << "[" << e.code << "] nothing was written for this employer\n";
    }
  }
  *ctx.out << employers.size() - failed << " of " << employers.size() << " employers done"
           << (failed ? ", " + std::to_string(failed) + " failed" : std::string()) << "\n";
  return failed ? 1 : 0;
}

}  // namespace kyuyo::cli
