#pragma once
/// \brief The kyuyo command registry. Each command lives in its own cli/commands/*.cpp and
/// registers itself:
///
///   static kyuyo::cli::Register reg{{"calc", "withholding"}, "Monthly withholding tax", run};
///
/// where run(Context&) parses ctx.args (the words after the command path) with
/// boost::program_options, and returns an exit code. Conventions (README):
///   0 success, 1 user or data error (KyuyoError/KyuyoErrors), 2 usage error (UsageError).
///   --help on every command; progress on stderr; results on stdout.
#include <boost/program_options.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kyuyo::db {
class Database;
}

namespace kyuyo::cli {

namespace po = boost::program_options;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Context {
  std::vector<std::string> path;  ///< e.g. {"calc", "withholding"}
  std::vector<std::string> args;  ///< the remaining words
  std::ostream* out;
  std::ostream* err;

  /// Parses args against desc (plus --help). Returns nullopt when --help was printed.
  /// Throws UsageError on unknown or malformed options. positional may be null.
  std::optional<po::variables_map> parse(po::options_description& desc,
                                         const po::positional_options_description* positional = nullptr,
                                         const std::string& usage_line = {});
  std::string command_name() const;  ///< "calc withholding"
};

using Handler = std::function<int(Context&)>;

struct CommandInfo {
  std::vector<std::string> path;
  std::string summary;
  Handler handler;
};

std::vector<CommandInfo>& registry();

struct Register {
  Register(std::vector<std::string> path, std::string summary, Handler h) {
    registry().push_back(CommandInfo{std::move(path), std::move(summary), std::move(h)});
  }
};

/// Runs the command line; returns the exit code.
int dispatch(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

// ---- shared options -------------------------------------------------------------------------
/// Adds --db (default $KYUYO_DB or kyuyo.db).
void add_db_option(po::options_description& d);
/// Opens the database named by --db (migrating it).
std::unique_ptr<db::Database> open_db(const po::variables_map& vm);
/// Adds --employer CODE and --all-employers.
void add_employer_options(po::options_description& d, bool allow_all = true);
/// Adds --out DIR (default "out").
void add_out_option(po::options_description& d);
/// Adds --format text|json|csv (machine-readable output on request).
void add_format_option(po::options_description& d);

/// Resolves --employer for commands acting on one employer: the given code, or the only
/// employer in the database. Throws KyuyoError when ambiguous or unknown.
std::int64_t resolve_employer(db::Database& db, const po::variables_map& vm);
/// All employer ids for --all-employers, else the one from resolve_employer.
std::vector<std::int64_t> resolve_employers(db::Database& db, const po::variables_map& vm);

/// Runs a batch for the employer named by --employer, or for every employer with --all-employers.
/// fn(employer_id, out_dir) does one employer's batch (its own transaction). With --all-employers
/// each employer's outputs go under OUT/<employer code>/, each is reported under a
/// "== CODE name ==" heading, a failing employer is reported and the others still run, and the
/// exit code is 1 when any failed. out_dir is "" when the command has no --out option.
int for_each_employer(Context& ctx, db::Database& db, const po::variables_map& vm,
                      const std::function<int(std::int64_t employer_id, const std::string& out_dir)>& fn);

}  // namespace kyuyo::cli
