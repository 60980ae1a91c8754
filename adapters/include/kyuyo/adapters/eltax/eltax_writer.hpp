#pragma once
/// \brief 給与支払報告書 for eLTAX / 光ディスク等: the 個人別明細書 as standard CSV records (法定資料の
/// 種類 315, one line per employee, no header, CRLF, Shift_JIS per 総務省告示第429号 (JIS X 0208
/// characters); grouped by 提出先市町村コード), and the 総括表 per municipality as PDF.
///
///   std::string bytes = eltax::report_csv(slips, numbers);      // throws on a non-JIS character
///   eltax::save_bytes("out/2026/eltax/….csv", bytes);           // wipes bytes
///   eltax::render_sokatsu(doc, summary_for_city);
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/pdf/pdf_document.hpp"
#include "kyuyo/forms/number_source.hpp"
#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::eltax {

/// The records of the given slips (already in 提出範囲), ordered by 市区町村コード then 社員番号.
/// 個人番号 items come from `numbers` (empty when null or refused).
/// `files_tax_office(slip)`: whether the record also files the slip's 源泉徴収票 (統一CSV item 147
/// 作成区分 2 = 国税・地方 両方, else 1 = 地方のみ); empty: 地方のみ for every record.
std::string report_csv(std::vector<forms::WithholdingSlip> slips, forms::NumberSource* numbers,
                       const std::function<bool(const forms::WithholdingSlip&)>& files_tax_office = {});
void save_bytes(const std::string& path, std::string& bytes);

/// 給与支払報告書(総括表) for one municipality.
struct Sokatsu {
  int year = 0;
  std::string municipality_code;
  std::string payer_name, payer_address, payer_phone, payer_corporate_number;
  /// 個人事業主 (no 法人番号): the owner, whose 個人番号 fills the 個人番号又は法人番号 row through
  /// `numbers` (the vault's 提供 call for this 総括表 file); null: the row stays empty.
  std::optional<forms::NumberRef> payer_number;
  forms::NumberSource* numbers = nullptr;
  int total_people = 0;      ///< 受給者総人員 (all recipients of the employer)
  int reported = 0;          ///< 報告人員 (this municipality)
  int special = 0;           ///< うち特別徴収
  int ordinary = 0;          ///< うち普通徴収
  std::vector<std::pair<std::string, int>> ordinary_reasons;  ///< 普A–普F counts
};
void render_sokatsu(pdf::Document& doc, const Sokatsu& s);

}  // namespace kyuyo::eltax
