// kyuyo mynumber import FILE: the CSV of a collection round (取得), all or nothing.
// Columns (header row; Japanese or English names; UTF-8, BOM allowed):
//   事業所コード|employer (optional), 対象者|person (E001 or E001:2), 個人番号|my_number,
//   利用目的|purposes (gensen;shaho;koyo), 本人確認方法|check (card|documents|in-person),
//   番号確認書類|number_document, 身元確認書類|identity_document, 確認者|verified_by,
//   確認日|verified_on, 扶養親族の確認者|dependent_check (employee|employer-proxy),
//   代理権確認書類|proxy_document
// Errors name file, line and column and never echo a number.
#include <fstream>
#include <iostream>
#include <map>

#include "kyuyo/vault/audit_log.hpp"
#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool q = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (q) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') cur += '"', ++i;
      else if (c == '"') q = false;
      else cur += c;
    } else if (c == '"') q = true;
    else if (c == ',') out.push_back(cur), vault::wipe(cur);
    else cur += c;
  }
  out.push_back(cur);
  vault::wipe(cur);
  for (auto& f : out) {
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.pop_back();
    while (!f.empty() && f.front() == ' ') f.erase(0, 1);
  }
  return out;
}

const std::map<std::string, std::string>& aliases() {
  static const std::map<std::string, std::string> m{
      {"事業所コード", "employer"}, {"対象者", "person"}, {"個人番号", "my_number"}, {"利用目的", "purposes"},
      {"本人確認方法", "check"}, {"番号確認書類", "number_document"}, {"身元確認書類", "identity_document"},
      {"確認者", "verified_by"}, {"確認日", "verified_on"}, {"扶養親族の確認者", "dependent_check"},
      {"代理権確認書類", "proxy_document"}};
  return m;
}

int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_employer_options(d, false);
  vaultcli::add_operator_options(d);
  d.add_options()("file", po::value<std::string>()->required(), "collection CSV");
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = ctx.parse(d, &pos, "FILE");
  if (!vm) return 0;
  std::string file = (*vm)["file"].as<std::string>();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw KyuyoError(ErrorCode::kNotFound, "cannot read the file", file);
  auto db = open_db(*vm);
  auto op = vaultcli::login(*db, *vm);
  vault::Vault v(*db, op, vaultcli::opt(*vm, "key-file"));

  std::vector<Error> errors;
  std::string line;
  std::map<std::string, std::size_t> col;
  int lineno = 0, added = 0, unchanged = 0;
  auto err = [&](int ln, const std::string& field, const std::string& msg) {
    errors.push_back(Error{ErrorCode::kInvalidInput, msg, file + ":" + std::to_string(ln) + (field.empty() ? "" : ": " + field)});
  };
  {
    db::Transaction tx(*db);
    std::map<std::string, int> seen;
    while (std::getline(in, line)) {
      ++lineno;
      if (lineno == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      auto f = split_csv_line(line);
      vault::wipe(line);
      if (lineno == 1) {
        for (std::size_t i = 0; i < f.size(); ++i) col[aliases().count(f[i]) ? aliases().at(f[i]) : f[i]] = i;
        for (const char* need : {"person", "my_number", "purposes", "check", "verified_by", "verified_on"})
          if (!col.count(need)) err(1, need, "required column missing");
        if (!errors.empty()) break;
        continue;
      }
      if (f.size() == 1 && f[0].empty()) continue;
      auto get = [&](const char* name) -> std::string {
        auto it = col.find(name);
        return it == col.end() || it->second >= f.size() ? std::string() : f[it->second];
      };
      std::string number_text = get("my_number");
      if (col["my_number"] < f.size()) vault::wipe(f[col["my_number"]]);
      auto number = vault::MyNumber::parse(number_text);
      vault::wipe(number_text);
      std::string person_text = get("person");
      try {
        if (!number) {
          err(lineno, "個人番号", number.error().message);
          continue;
        }
        auto ref = vault::PersonRef::parse(person_text);
        if (!ref) {
          err(lineno, "対象者", ref.error().message);
          continue;
        }
        std::int64_t employer_id = 0;
        if (!get("employer").empty()) {
          po::variables_map one;
          one.insert({"employer", po::variable_value(get("employer"), false)});
          employer_id = resolve_employer(*db, one);
        } else {
          employer_id = resolve_employer(*db, *vm);
        }
        auto p = vault::resolve_person(*db, employer_id, *ref);
        if (seen.count(p.key())) {
          err(lineno, "対象者", p.ref.str() + " appears twice (first on line " + std::to_string(seen[p.key()]) + ")");
          continue;
        }
        seen[p.key()] = lineno;
        vault::Registration reg;
        std::string purposes = get("purposes");
        bool bad = false;
        for (std::size_t i = 0; i <= purposes.size();) {
          auto j = purposes.find_first_of(";|/ ", i);
          if (j == std::string::npos) j = purposes.size();
          if (j > i) {
            auto pp = vault::parse_purpose(purposes.substr(i, j - i));
            if (!pp) err(lineno, "利用目的", "unknown purpose '" + purposes.substr(i, j - i) + "' (gensen, shaho, koyo)"), bad = true;
            else reg.purposes.insert(*pp);
          }
          i = j + 1;
        }
        auto m = vault::parse_check_method(get("check"));
        if (!m) err(lineno, "本人確認方法", "must be card, documents or in-person"), bad = true;
        auto von = parse_date(get("verified_on"));
        if (!von) err(lineno, "確認日", von.error().message), bad = true;
        if (!get("dependent_check").empty()) {
          auto c = vault::parse_dependent_check(get("dependent_check"));
          if (!c) err(lineno, "扶養親族の確認者", "must be employee or employer-proxy"), bad = true;
          else reg.dependent_check = *c;
        }
        if (bad) continue;
        reg.method = *m;
        reg.verified_on = *von;
        reg.number_document = get("number_document");
        reg.identity_document = get("identity_document");
        reg.verified_by = get("verified_by");
        reg.proxy_document = get("proxy_document");
        if (v.register_number(p, reg, *number)) ++added;
        else ++unchanged;
      } catch (const KyuyoError& e) {
        err(lineno, "", e.error().message);
      }
    }
    if (errors.empty()) {
      auto ev = vault::AuditEvent{op.name, vault::action::kRegister, "", "", "", "", "", file,
                                  "import: " + std::to_string(added) + " registered, " + std::to_string(unchanged) +
                                      " unchanged"};
      vault::append_audit(*db, ev);
      tx.commit();
    }
  }
  if (!errors.empty()) {
    vault::append_audit_now(*db, vault::AuditEvent{op.name, vault::action::kRefused, "", "", "", "", "", file,
                                                   "import refused: " + std::to_string(errors.size()) +
                                                       " error(s); nothing registered"});
    throw KyuyoErrors(errors);
  }
  *ctx.out << file << ": " << added << " number(s) registered, " << unchanged << " already registered\n";
  return 0;
}

Register reg({"mynumber", "import"}, "Register the My Numbers of a collection round from a CSV (all or nothing)", run);
}  // namespace
}  // namespace kyuyo::cli
