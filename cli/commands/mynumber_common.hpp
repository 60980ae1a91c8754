#pragma once
// Shared by the vault commands (keys, operator, mynumber, audit): operator login options,
// opening the vault, and person references (社員番号 / 社員番号:連番 within --employer).
#include <memory>
#include <optional>
#include <string>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/vault/operators.hpp"
#include "kyuyo/vault/person.hpp"
#include "kyuyo/vault/vault.hpp"

namespace kyuyo::cli::vaultcli {

/// --operator NAME ($KYUYO_OPERATOR) and, when with_key, --key-file PATH ($KYUYO_KEY_FILE).
inline void add_operator_options(po::options_description& d, bool with_key = true) {
  d.add_options()("operator", po::value<std::string>(),
                  "operator name ($KYUYO_OPERATOR); passphrase from $KYUYO_PASSPHRASE or prompted on the terminal");
  if (with_key) d.add_options()("key-file", po::value<std::string>(), "vault key file ($KYUYO_KEY_FILE)");
}

inline std::optional<std::string> opt(const po::variables_map& vm, const char* name) {
  if (vm.count(name)) return vm[name].as<std::string>();
  return std::nullopt;
}

inline vault::Operator login(db::Database& db, const po::variables_map& vm) {
  return vault::login_from_environment(db, opt(vm, "operator"));
}

inline vault::Person person(db::Database& db, const po::variables_map& vm, const std::string& text) {
  auto ref = value_or_throw(vault::PersonRef::parse(text));
  return vault::resolve_person(db, resolve_employer(db, vm), ref);
}

inline vault::Purpose purpose(const std::string& text) {
  auto p = vault::parse_purpose(text);
  if (!p) throw UsageError("unknown purpose '" + text + "' (gensen, shaho or koyo)");
  return *p;
}

inline Date date_option(const po::variables_map& vm, const char* name) {
  auto d = parse_date(vm[name].as<std::string>());
  if (!d) throw UsageError(std::string("--") + name + ": " + d.error().message);
  return *d;
}

/// Today's date (UTC), read here in the CLI (the engine never reads a clock).
inline Date today() { return value_or_throw(parse_date(db::Database::now_utc().substr(0, 10))); }

}  // namespace kyuyo::cli::vaultcli
