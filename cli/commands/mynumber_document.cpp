// kyuyo mynumber document PERSON --kind K (--year Y | --completed DATE): records that a document
// holding the person's number was produced (retention input), e.g. 申告書 collected on paper or
// documents from a previous system. Filings register their documents through Vault::provide.
#include <iostream>

#include "kyuyo/vault/retention.hpp"
#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_employer_options(d, false);
  vaultcli::add_operator_options(d);
  d.add_options()("person", po::value<std::string>()->required(), "社員番号 (E001) or 社員番号:連番 (E001:2)")(
      "kind", po::value<std::string>(), "document kind (see --list-kinds)")(
      "year", po::value<int>(), "year of a 申告書 / 源泉徴収票")("completed", po::value<std::string>(),
                                                              "完結の日 of a 社会保険 / 雇用保険 document")(
      "file", po::value<std::string>()->default_value(""), "where the document is kept (paper file, output file)")(
      "list-kinds", "list the document kinds and their retention");
  po::positional_options_description pos;
  pos.add("person", 1);
  if (std::find(ctx.args.begin(), ctx.args.end(), "--list-kinds") != ctx.args.end()) {
    for (const auto& r : vault::document_rules())
      *ctx.out << r.kind << "\t" << r.label << "\t" << r.years << " years (" << r.start << ")\t" << r.source << "\n";
    return 0;
  }
  auto vm = ctx.parse(d, &pos, "PERSON --kind KIND (--year YYYY | --completed DATE)");
  if (!vm) return 0;
  if (!vm->count("kind")) throw UsageError("--kind is required (see --list-kinds)");
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  auto p = vaultcli::person(*db, *vm, (*vm)["person"].as<std::string>());
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));
  std::optional<int> year;
  if (vm->count("year")) year = (*vm)["year"].as<int>();
  std::optional<Date> completed;
  if (vm->count("completed")) completed = vaultcli::date_option(*vm, "completed");
  db::Transaction tx(*db);
  v.register_document(p, (*vm)["kind"].as<std::string>(), year, completed, (*vm)["file"].as<std::string>());
  tx.commit();
  auto rule = vault::document_rule((*vm)["kind"].as<std::string>());
  *ctx.out << p.ref.str() << " " << p.name << ": " << rule.label << " recorded, kept until "
           << iso(vault::document_keep_until(rule, year, completed)) << "\n";
  return 0;
}

Register reg({"mynumber", "document"}, "Record a document that carries a person's My Number (for retention)", run);
}  // namespace
}  // namespace kyuyo::cli
