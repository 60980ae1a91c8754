// kyuyo mynumber register PERSON: 取得 of one number. The number is never a command-line argument
// (it would stay in shell history and process lists): it is read from stdin, or prompted on the
// terminal without echo.
#include <iostream>
#include <unistd.h>

#include "kyuyo/vault/audit_log.hpp"
#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_employer_options(d, false);
  vaultcli::add_operator_options(d);
  d.add_options()("person", po::value<std::string>()->required(), "社員番号 (E001), 社員番号:連番 for a dependent (E001:2), or @owner for the owner of a 個人事業主 employer")(
      "purpose", po::value<std::string>()->required(),
      "利用目的, comma separated: gensen (源泉徴収票作成事務), shaho (健康保険・厚生年金保険届出事務), koyo (雇用保険届出事務)")(
      "check", po::value<std::string>()->required(), "本人確認: card | documents | in-person")(
      "number-document", po::value<std::string>()->default_value(""), "番号確認書類 (e.g. 通知カード, 住民票)")(
      "identity-document", po::value<std::string>()->default_value(""), "身元確認書類 (e.g. 運転免許証)")(
      "verified-by", po::value<std::string>()->required(), "who performed the 本人確認")(
      "verified-on", po::value<std::string>()->required(), "date of the 本人確認 (YYYY-MM-DD)")(
      "dependent-check", po::value<std::string>(), "dependents: employee | employer-proxy")(
      "proxy-document", po::value<std::string>()->default_value(""), "employer-proxy: 代理権 document (委任状)");
  po::positional_options_description pos;
  pos.add("person", 1);
  auto vm = ctx.parse(d, &pos, "PERSON --purpose P[,P] --check METHOD --verified-by NAME --verified-on DATE  (number on stdin)");
  if (!vm) return 0;
  vault::Registration reg;
  std::string purposes = (*vm)["purpose"].as<std::string>();
  for (std::size_t i = 0; i <= purposes.size();) {
    auto j = purposes.find_first_of(",|;", i);
    if (j == std::string::npos) j = purposes.size();
    if (j > i) reg.purposes.insert(vaultcli::purpose(purposes.substr(i, j - i)));
    i = j + 1;
  }
  auto m = vault::parse_check_method((*vm)["check"].as<std::string>());
  if (!m) throw UsageError("--check must be card, documents or in-person");
  reg.method = *m;
  reg.number_document = (*vm)["number-document"].as<std::string>();
  reg.identity_document = (*vm)["identity-document"].as<std::string>();
  reg.verified_by = (*vm)["verified-by"].as<std::string>();
  reg.verified_on = vaultcli::date_option(*vm, "verified-on");
  if (vm->count("dependent-check")) {
    auto c = vault::parse_dependent_check((*vm)["dependent-check"].as<std::string>());
    if (!c) throw UsageError("--dependent-check must be employee or employer-proxy");
    reg.dependent_check = *c;
  }
  reg.proxy_document = (*vm)["proxy-document"].as<std::string>();

  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  auto p = vaultcli::person(*db, *vm, (*vm)["person"].as<std::string>());
  std::string text;
  if (isatty(STDIN_FILENO)) {
    auto s = vault::read_secret(nullptr, "個人番号 of " + p.ref.str() + " (not echoed): ");
    text.assign(s.view());
  } else {
    std::getline(std::cin, text);
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
  }
  auto number = vault::MyNumber::parse(text);
  vault::wipe(text);
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));
  try {
    if (!number) throw KyuyoError(number.error().code, number.error().message, p.employer_code + " " + p.ref.str());
    db::Transaction tx(*db);
    bool added = v.register_number(p, reg, *number);
    tx.commit();
    *ctx.out << p.ref.str() << " " << p.name << ": " << (added ? "個人番号 registered" : "already registered (unchanged)")
             << "\n";
  } catch (const KyuyoError& e) {
    vault::AuditEvent ev{op.name, vault::action::kRefused, p.employer_code, p.ref.str(), "", "", "", "",
                         "取得拒否: " + e.error().message};
    vault::append_audit_now(*db, ev);
    throw;
  }
  return 0;
}

Register reg({"mynumber", "register"}, "Register one person's My Number (read from stdin or the terminal)", run);
}  // namespace
}  // namespace kyuyo::cli
