// Shared by `kyuyo filing slips|etax|eltax|summary`: options, the year's slips from the store,
// and the vault (only submission outputs log in; without an operator the numbers are left out).
#pragma once
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/filings/slip_source.hpp"
#include "kyuyo/adapters/filings/vault_number_source.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/operators.hpp"
#include "kyuyo/vault/vault.hpp"

namespace kyuyo::cli::gensen {

inline void add_options(po::options_description& d, bool numbers) {
  d.add_options()("year", po::value<int>()->required(), "tax year (2025 = 令和7年分, 2026 = 令和8年分)");
  add_employer_options(d, false);
  add_out_option(d);
  add_db_option(d);
  if (numbers)
    d.add_options()("operator", po::value<std::string>(),
                    "vault operator for the 個人番号 ($KYUYO_OPERATOR); without one the numbers are left out")(
        "key-file", po::value<std::string>(), "vault key file ($KYUYO_KEY_FILE)");
}

struct Job {
  std::unique_ptr<db::Database> db;
  const rules::RuleLibrary* lib = nullptr;
  int year = 0;
  std::string out;  ///< OUT/<year>
  filings::YearSlips ys;
  std::unique_ptr<vault::Vault> vault;
  std::string vault_note;
};

inline Job open_job(const po::variables_map& vm) {
  Job j;
  j.year = vm["year"].as<int>();
  if (j.year < 2025 || j.year > 9999) throw UsageError("--year: 2025 (令和7年分) or later");
  j.db = open_db(vm);
  j.lib = &xml::default_rule_library();
  j.ys = filings::load_slips(*j.db, *j.lib, EmployerId(resolve_employer(*j.db, vm)), j.year);
  j.out = vm["out"].as<std::string>() + "/" + std::to_string(j.year);
  return j;
}

/// Logs the operator in (for outputs that carry numbers).
inline void open_vault(Job& j, const po::variables_map& vm) {
  std::optional<std::string> op;
  if (vm.count("operator")) op = vm["operator"].as<std::string>();
  else if (const char* e = std::getenv("KYUYO_OPERATOR")) op = std::string(e);
  if (!op) {
    j.vault_note = "個人番号なしで作成しました: 操作者が指定されていません (--operator / KYUYO_OPERATOR)";
    return;
  }
  std::optional<std::string> key;
  if (vm.count("key-file")) key = vm["key-file"].as<std::string>();
  j.vault = std::make_unique<vault::Vault>(*j.db, vault::login_from_environment(*j.db, op), key);
  if (!j.vault->can_provide())
    j.vault_note = "個人番号なしで作成しました: 操作者 " + j.vault->op().name + " (" + vault::role_label(j.vault->op().role) +
                   ") には個人番号の利用権限がありません";
}

/// A number source for one output file, or null when the numbers are left out.
inline std::unique_ptr<filings::VaultNumberSource> numbers_for(Job& j, vault::Destination dest, const std::string& kind,
                                                               const std::string& file) {
  if (!j.vault || !j.vault->can_provide()) return nullptr;
  return std::make_unique<filings::VaultNumberSource>(*j.db, *j.vault, dest, kind, j.year, file);
}

inline void report_notes(std::ostream& err, const Job& j, const forms::NumberSource* n) {
  if (!j.vault_note.empty()) err << "note: " << j.vault_note << "\n";
  if (n)
    for (const auto& s : n->notes()) err << "note: " << s << "\n";
}

}  // namespace kyuyo::cli::gensen
