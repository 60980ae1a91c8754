#include "kyuyo/vault/deletion_certificate.hpp"

#include <algorithm>
#include <filesystem>

#include "kyuyo/adapters/pdf/pdf_document.hpp"

namespace kyuyo::vault {

void write_deletion_certificate(const std::string& path, const DeletionCertificate& c) {
  namespace fs = std::filesystem;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path());
  pdf::Document doc;
  doc.set_info("個人番号 削除・廃棄証明書");
  const std::size_t per_page = 22;
  std::size_t pages = c.lines.empty() ? 1 : (c.lines.size() + per_page - 1) / per_page;
  for (std::size_t pg = 0; pg < pages; ++pg) {
    doc.new_page(pdf::PageSize::a4());
    double y = 20;
    doc.text(105, y, "個人番号 削除・廃棄証明書", 16, pdf::Font::kMincho, pdf::Align::kCenter);
    y += 12;
    doc.text(20, y, "削除日時 (UTC): " + c.deleted_at, 10);
    y += 6;
    doc.text(20, y, "基準日: " + c.as_of, 10);
    y += 6;
    doc.text(20, y, "削除実施者: " + c.operator_name + " (" + c.operator_role + ")", 10);
    y += 6;
    doc.text(20, y, "削除の理由: " + c.reason, 10);
    y += 6;
    doc.text(20, y, "頁: " + std::to_string(pg + 1) + " / " + std::to_string(pages), 10);
    y += 10;
    doc.rect(15, y - 5, 180, 8, 0.5);
    doc.text(17, y, "事業者", 8);
    doc.text(35, y, "社員番号", 8);
    doc.text(55, y, "氏名", 8);
    doc.text(85, y, "区分", 8);
    doc.text(103, y, "保存期限", 8);
    doc.text(125, y, "削除の根拠", 8);
    y += 8;
    for (std::size_t i = pg * per_page; i < std::min(c.lines.size(), (pg + 1) * per_page); ++i) {
      const auto& l = c.lines[i];
      doc.text(17, y, l.employer_code, 8);
      doc.text(35, y, l.person_ref, 8);
      doc.text(55, y, l.person_name, 8);
      doc.text(85, y, l.kind, 8);
      doc.text(103, y, l.keep_until, 8);
      std::string basis = l.basis;
      if (basis.size() > 90) {
        std::size_t cut = 87;  // cut on a UTF-8 character boundary
        while (cut > 0 && (static_cast<unsigned char>(basis[cut]) & 0xC0) == 0x80) --cut;
        basis = basis.substr(0, cut) + "...";
      }
      doc.text(125, y, basis, 6);
      doc.line(15, y + 2.5, 195, y + 2.5, 0.2);
      y += 9;
    }
    doc.text(20, 262,
             "上記の者の個人番号を、保存期間の経過後、容易に復元できない手段（暗号文と照合用ハッシュの消去、",
             9, pdf::Font::kMincho);
    doc.text(20, 268, "SQLite secure_delete による上書き及び WAL のチェックポイント）により削除したことを証明します。",
             9, pdf::Font::kMincho);
    doc.text(20, 274, "本書には個人番号を記載していません。削除の記録は kyuyo audit log で確認できます。", 9,
             pdf::Font::kMincho);
    doc.text(140, 286, "責任者 確認印: ＿＿＿＿＿＿", 9, pdf::Font::kMincho);
  }
  doc.save(path);
}

}  // namespace kyuyo::vault
