#pragma once
/// \brief 給与支払報告書 (個人別明細書) as the eLTAX / 光ディスク等 standard CSV record, 法定資料の種類
/// 315, in the item order of the eLTAX 統一CSV (給与支払報告書・源泉徴収票統一CSVレイアウト): 147 items.
/// Sources (docs/eltax.md has the item table): items 1–13 網走市 仕様書 (filing-formats.md §1.5);
/// items 1–98 of the 平成26年 layout with their widths from arakanema/kyuhou_csv_validator
/// (kyuhou_csv_validator.rb, 2014); the 平成28年 insertion of items 92–133 (国民年金保険料等, 非居住者,
/// 法人番号, 個人番号, the persons 1–4, the 5th and later), items 141–143 (令和2年), 144–146 (令和7年)
/// and item 147 作成区分 from chumaltd/luca-jp lib/luca_salary/jp_payreport.rb (2026-04). The two
/// agree where they overlap (item 91 16歳未満扶養親族の数, 普通徴収 92 → 134 after the 42 inserted
/// items). What stays unconfirmed: the meaning and order of 144–146 (特親 主/従, 特定親族特別控除の額
/// is kyuyo's reading), codes 3/4 of item 23. A field whose value is a 個人番号 carries the person
/// instead of digits.
#include <optional>
#include <string>
#include <vector>
#include <utility>

#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::forms {

struct EltaxField {
  std::string name;                 ///< item name (docs/eltax.md)
  std::string value;                ///< text (UTF-8; the writer encodes)
  std::optional<NumberRef> number;  ///< a 個人番号 item: the writer asks the NumberSource
  /// Items 132/133 (the 5th and later persons): "(個人番号)氏名" per person, joined by a full-width
  /// space; the writer asks the NumberSource for each (no number: the name alone).
  std::vector<std::pair<NumberRef, std::string>> numbered_names;
};

/// Full-width katakana (and the long-vowel mark, full-width space, ・) to JIS X 0201 half-width
/// katakana, voiced marks split (ガ → ｶﾞ): item 137 フリガナ is 半角カナ. Other characters pass.
std::string to_halfwidth_kana(const std::string& utf8);

/// 普通徴収 切替理由 (eLTAX 摘要 codes 普A–普F) decided from the slip: 退職 → 普F, 乙欄 → 普B.
std::string ordinary_collection_reason(const WithholdingSlip& s);

/// The record for one employee. Throws KyuyoError when the slip has no 市区町村コード.
/// `file_tax_office`: the slip is also filed as a 源泉徴収票 through this record (item 147 作成区分
/// 2 = 国税・地方 両方; otherwise 1 = 地方のみ).
std::vector<EltaxField> eltax_315_record(const WithholdingSlip& s, bool file_tax_office = false);

}  // namespace kyuyo::forms
