#pragma once
// The import file formats of employers, employees and dependents (docs/import-formats.md):
// column lists, Japanese labels, and rows ↔ model. Shared by the import commands and listings.
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/adapters/csv/field_parser.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::db {
class Database;
}

namespace kyuyo::cli::people_csv {

const std::vector<csv::Column>& employer_columns();
const std::vector<csv::Column>& employee_columns();
const std::vector<csv::Column>& dependent_columns();

/// Parses one employers.csv row (errors go to f's list). nullopt when the row has errors.
std::optional<model::Employer> parse_employer(csv::Fields& f);
/// Parses one employees.csv row; employer_id is left for the caller.
std::optional<model::Employee> parse_employee(csv::Fields& f);
/// Parses one dependents.csv row; employee_id is left for the caller.
std::optional<model::Dependent> parse_dependent(csv::Fields& f);

/// An employee as an employees.csv row (the header is employee_header()): listings round-trip.
std::vector<std::string> employee_header();
std::vector<std::string> employee_row(const std::string& employer_code, const model::Employee& e);

/// Resolves the employer a row belongs to: its 事業所コード cell, else --employer, else the only
/// employer in the database. Reports an error on f and returns nullopt when it cannot.
class EmployerResolver {
 public:
  EmployerResolver(db::Database& db, std::optional<std::string> option_code);
  std::optional<EmployerId> resolve(csv::Fields& f);
  std::string code_of(EmployerId id);

 private:
  db::Database& db_;
  std::optional<std::string> option_;
  std::map<std::string, std::optional<EmployerId>> cache_;  ///< code ("" = the only one) → id
};

/// Katakana (全角カナ, ー, ・, spaces) only.
bool is_katakana(const std::string& s);
/// Full-width katakana, digits (half- or full-width), hyphens and spaces: a 住所フリガナ.
bool is_kana_address(const std::string& s);
/// 都道府県 name (東京都) or JIS code (13) → code 1..47; 0 when unknown.
int prefecture_code(const std::string& s);
std::string prefecture_name(int code);

struct ImportInput {
  std::string file;
  std::optional<std::string> employer;  ///< --employer
  csv::Table table;
};
/// The options every import command shares (FILE, --encoding, --db, and --employer when
/// with_employer): parses them into vm_out (nullopt after --help), reads the file and checks its
/// header row. Problems go to errors.
ImportInput read_import_file(Context& ctx, bool with_employer, const std::string& what,
                             std::vector<Error>& errors, const std::vector<csv::Column>& columns,
                             std::optional<po::variables_map>& vm_out);
/// Orders errors by line, then column (as they appear in the file); stable otherwise.
void sort_by_place(std::vector<Error>& errors);
/// "employees.csv: 12 row(s): 12 added, 0 updated, 0 unchanged\n"
std::string summary(const std::string& file, std::size_t rows, int added, int updated,
                    int unchanged);

/// Stores every parsed (line, record) with upsert(record) -> db::Upserted<…> in ONE transaction
/// and returns the summary line. A database refusal names the file and line and rolls back all.
/// what: "employer", "employee", "dependent" (for the message).
template <class Record, class Upsert>
std::string store_all(db::Database& db, const std::string& file,
                      const std::vector<std::pair<int, Record>>& parsed, const std::string& what,
                      Upsert upsert) {
  db::Transaction tx(db);
  int added = 0, updated = 0, unchanged = 0;
  for (const auto& [line, record] : parsed) {
    try {
      auto r = upsert(record);
      (r.change == db::Change::kInserted  ? added
       : r.change == db::Change::kUpdated ? updated
                                          : unchanged)++;
    } catch (const soci::soci_error& x) {
      throw KyuyoError(ErrorCode::kConflict,
                       "cannot store the " + what + ": " + x.get_error_message(),
                       file + " line " + std::to_string(line));
    }
  }
  tx.commit();
  return summary(file, parsed.size(), added, updated, unchanged);
}

}  // namespace kyuyo::cli::people_csv
