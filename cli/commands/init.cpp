// kyuyo init: create (or migrate) a database.
#include <iostream>

#include "command.hpp"
#include "kyuyo/adapters/db/database.hpp"

namespace kyuyo::cli {
namespace {
int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  *ctx.out << "database ready: " << db->url() << " (schema version " << db->schema_version() << ")\n";
  return 0;
}
Register reg({"init"}, "Create a database (or bring it to the current schema)", run);
}  // namespace
}  // namespace kyuyo::cli
