// kyuyo mynumber files: the 特定個人情報ファイル register (取扱状況を確認する手段): which tables and
// output files hold numbers, for what purpose, who may access them, and their deletion status.
// The register itself holds no number.
#include <iostream>
#include <map>
#include <soci/soci.h>

#include "mynumber_common.hpp"

namespace kyuyo::cli {
namespace {

int run(Context& ctx) {
  po::options_description d("options");
  add_db_option(d);
  add_format_option(d);
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  auto db = open_db(*vm);
  auto& sql = db->session();
  std::string managers, clerks;
  for (const auto& o : vault::list_operators(*db)) {
    if (o.role == vault::Role::kManager) managers += (managers.empty() ? "" : ", ") + o.name;
    if (o.role == vault::Role::kClerk) clerks += (clerks.empty() ? "" : ", ") + o.name;
  }
  std::string access = managers + (clerks.empty() ? "" : (managers.empty() ? "" : ", ") + clerks);
  long long active = 0, purged = 0;
  sql << "SELECT COUNT(*) FROM vault_numbers WHERE status = 'active'", soci::into(active);
  sql << "SELECT COUNT(*) FROM vault_numbers WHERE status = 'purged'", soci::into(purged);
  std::map<std::string, long long> by_purpose;
  {
    soci::rowset<std::string> rs = (sql.prepare << "SELECT purposes FROM vault_numbers WHERE status = 'active'");
    for (const auto& s : rs) {
      std::stringstream ss(s);
      std::string t;
      while (std::getline(ss, t, ','))
        if (auto p = vault::parse_purpose(t)) ++by_purpose[vault::purpose_label(*p)];
    }
  }
  std::string purposes;
  for (auto& [k, n] : by_purpose) purposes += (purposes.empty() ? "" : ", ") + k + " (" + std::to_string(n) + ")";
  bool csv = (*vm)["format"].as<std::string>() == "csv";
  auto q = [](std::string s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string r = "\"";
    for (char c : s) r += (c == '"') ? std::string("\"\"") : std::string(1, c);
    return r + "\"";
  };
  if (csv) *ctx.out << "種類・名称,保管場所,利用目的,責任者,アクセス権を有する者,削除・廃棄状況\n";
  auto entry = [&](const std::string& name, const std::string& where, const std::string& purpose,
                   const std::string& who, const std::string& status) {
    if (csv) {
      *ctx.out << q(name) << "," << q(where) << "," << q(purpose) << "," << q(managers) << "," << q(who) << ","
               << q(status) << "\n";
      return;
    }
    *ctx.out << "■ " << name << "\n    保管場所: " << where << "\n    利用目的: " << purpose
             << "\n    責任者: " << (managers.empty() ? "(未登録)" : managers)
             << "\n    アクセス権を有する者: " << (who.empty() ? "(なし)" : who) << "\n    削除・廃棄状況: " << status
             << "\n";
  };
  if (!csv) *ctx.out << "特定個人情報ファイル管理台帳 (" << db->url() << ")\n\n";
  entry("個人番号 (暗号化: XChaCha20-Poly1305)", "table vault_numbers",
        purposes.empty() ? "(未取得)" : purposes, access,
        std::to_string(active) + " 件保管中, " + std::to_string(purged) + " 件削除済み (暗号文消去)");
  entry("データ鍵 (鍵ファイル; 番号そのものは含まない)", "--key-file / KYUYO_KEY_FILE (mode 0600, DB の外)",
        "上記の復号", managers + (clerks.empty() ? "" : ", " + clerks), "鍵更新は kyuyo keys rotate");
  // Output files that carry numbers (registered submission copies)
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT d.output_file, d.kind, d.purpose, d.destination, n.status, d.keep_until, n.purged_at "
                      "FROM vault_documents d JOIN vault_numbers n ON n.id = d.number_id "
                      "WHERE d.output_file <> '' ORDER BY d.output_file");
  std::map<std::string, std::tuple<std::string, std::string, std::string, long long, long long, std::string>> files;
  for (const auto& r : rs) {
    auto& f = files[r.get<std::string>(0)];
    std::get<0>(f) = r.get<std::string>(1);
    std::get<1>(f) = r.get<std::string>(2);
    std::get<2>(f) = r.get<std::string>(3);
    (r.get<std::string>(4) == "active" ? std::get<3>(f) : std::get<4>(f))++;
    std::get<5>(f) = std::max(std::get<5>(f), r.get<std::string>(5));
  }
  for (auto& [file, f] : files) {
    auto [kind, purpose, dest, act, pur, keep] = f;
    std::string plabel = purpose;
    if (auto p = vault::parse_purpose(purpose)) plabel = vault::purpose_label(*p);
    std::string dlabel = dest;
    if (auto x = vault::parse_destination(dest)) dlabel = vault::destination_label(*x);
    entry("提出用書類 " + kind + (dlabel.empty() ? "" : " → " + dlabel), file, plabel, access,
          std::to_string(act) + " 人分保管期限内 (最終 " + keep + "), " + std::to_string(pur) +
              " 人分は番号削除済み: 控えを廃棄またはマスキングすること");
  }
  if (!csv)
    *ctx.out << "\n個人番号を含まない記録: vault_audit (取扱状況の記録, ハッシュチェーン), vault_deletions (削除・廃棄の記録), "
                "vault_documents (書類と保存期限), vault_operators (担当者)\n";
  return 0;
}

Register reg({"mynumber", "files"}, "Print the 特定個人情報ファイル register (where numbers are, purpose, access, deletion)", run);
}  // namespace
}  // namespace kyuyo::cli
