// kyuyo mynumber show PERSON --purpose P: 閲覧 of one number by an authorised operator, on a
// terminal only (refused when stdout is not a terminal), recorded in the audit log.
#include <iostream>
#include <unistd.h>

#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_employer_options(d, false);
  vaultcli::add_operator_options(d);
  d.add_options()("person", po::value<std::string>()->required(), "社員番号 (E001) or 社員番号:連番 (E001:2)")(
      "purpose", po::value<std::string>()->required(), "the 事務 the number is looked at for: gensen, shaho or koyo");
  po::positional_options_description pos;
  pos.add("person", 1);
  auto vm = ctx.parse(d, &pos, "PERSON --purpose P");
  if (!vm) return 0;
  auto purpose = vaultcli::purpose((*vm)["purpose"].as<std::string>());
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  auto p = vaultcli::person(*db, *vm, (*vm)["person"].as<std::string>());
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));
  bool tty = ctx.out == &std::cout && isatty(STDOUT_FILENO);
  auto shown = v.reveal(p, purpose, tty);
  *ctx.out << p.ref.str() << " " << p.name << " 個人番号: " << shown.digits() << "\n" << std::flush;
  return 0;
}

Register reg({"mynumber", "show"}, "Show one My Number on a terminal to an authorised operator (recorded)", run);
}  // namespace
}  // namespace kyuyo::cli
