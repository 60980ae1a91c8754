// kyuyo operator add | operator list: the people allowed to handle My Numbers (docs/vault.md).
#include <iostream>

#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run_add(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  vaultcli::add_operator_options(d, false);
  d.add_options()("name", po::value<std::string>()->required(), "new operator's name")(
      "role", po::value<std::string>()->required(), "責任者 | 事務取扱担当者 | 一般 (or manager | clerk | user)");
  po::positional_options_description pos;
  pos.add("name", 1);
  auto vm = ctx.parse(d, &pos, "NAME --role ROLE");
  if (!vm) return 0;
  auto role = vault::parse_role((*vm)["role"].as<std::string>());
  if (!role) throw UsageError("--role must be 責任者, 事務取扱担当者 or 一般");
  auto db = open_db(*vm);
  std::optional<vault::Operator> by;
  if (vault::operator_count(*db) > 0) by = vaultcli::login(*db, *vm);
  std::string name = (*vm)["name"].as<std::string>();
  auto pass = vault::read_secret("KYUYO_NEW_PASSPHRASE", "new passphrase for " + name + ": ");
  if (!std::getenv("KYUYO_NEW_PASSPHRASE")) {
    auto again = vault::read_secret(nullptr, "repeat the passphrase: ");
    if (again.view() != pass.view()) throw KyuyoError(ErrorCode::kInvalidInput, "the passphrases differ");
  }
  db::Transaction tx(*db);
  auto op = vault::add_operator(*db, by, name, *role, pass);
  tx.commit();
  *ctx.out << "operator " << op.name << " added as " << vault::role_label(op.role)
           << (by ? "" : " (first operator: bootstrap)") << "\n";
  return 0;
}

int run_list(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  for (const auto& o : vault::list_operators(*db))
    *ctx.out << o.name << "\t" << vault::role_label(o.role) << "\t"
             << (vault::may_use_numbers(o.role) ? "may use 個人番号" : "payroll only (no 個人番号)") << "\n";
  return 0;
}

Register reg_add({"operator", "add"}, "Add an operator with a role (the first one must be a 責任者)", run_add);
Register reg_list({"operator", "list"}, "List operators and their roles", run_list);
}  // namespace
}  // namespace kyuyo::cli
