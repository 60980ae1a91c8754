// kyuyo keys init | keys rotate: the vault data key, kept outside the database (docs/vault.md).
#include <iostream>

#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run_init(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  vaultcli::add_operator_options(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  std::string path = vault::key_file_path(vaultcli::opt(*vm, "key-file"));
  // Bootstrap: before any operator exists, anyone setting up the database may create the key;
  // afterwards only a 責任者.
  std::string who = "(bootstrap)";
  if (vault::operator_count(*db) > 0) {
    auto op = vaultcli::login(*db, *vm);
    if (op.role != vault::Role::kManager)
      throw KyuyoError(ErrorCode::kPermission, "only a 責任者 may create the vault key");
    who = op.name;
  }
  std::string id = vault::init_key(*db, path, who);
  *ctx.out << "vault key created: " << path << " (mode 0600, key id " << id << ")\n"
           << "Back it up offline now: without it no stored 個人番号 can ever be read (docs/vault.md).\n";
  return 0;
}

int run_rotate(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  vaultcli::add_operator_options(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));
  std::string id = v.rotate_key();
  *ctx.out << "vault key rotated: every stored number re-encrypted under key " << id << "\n"
           << "The old key no longer opens anything; replace your offline backup with the new key file.\n";
  return 0;
}

Register reg_init({"keys", "init"}, "Create the vault data key file (mode 0600) for this database", run_init);
Register reg_rotate({"keys", "rotate"}, "Re-encrypt every stored My Number under a new key (one transaction)",
                    run_rotate);
}  // namespace
}  // namespace kyuyo::cli
