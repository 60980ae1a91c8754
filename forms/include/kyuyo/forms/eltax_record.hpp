#pragma once
/// \brief 給与支払報告書 (個人別明細書) as the eLTAX / 光ディスク等 standard CSV record, 法定資料の種類
/// 315 (総務省 総税市第49号 別紙1, reproduced in the municipal specifications cited in
/// shared/reference/filing-formats.md §1.5). Items 1–13 are confirmed by the 網走市 specification;
/// items 14–63 follow the nationwide layout as recalled (items 24–32 agree with the 福岡市 extract);
/// items 64 onward are kyuyo's order for the later additions (see docs/eltax.md). A field whose
/// value is a 個人番号 carries the person instead of digits.
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/forms/withholding_slip.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::forms {

struct EltaxField {
  std::string name;                 ///< item name (docs/eltax.md)
  std::string value;                ///< text (UTF-8; the writer encodes)
  std::optional<NumberRef> number;  ///< a 個人番号 item: the writer asks the NumberSource
};

/// 普通徴収 切替理由 (eLTAX 摘要 codes 普A–普F) decided from the slip: 退職 → 普F, 乙欄 → 普B.
std::string ordinary_collection_reason(const WithholdingSlip& s);

/// The record for one employee. Throws KyuyoError when the slip has no 市区町村コード.
std::vector<EltaxField> eltax_315_record(const WithholdingSlip& s);

}  // namespace kyuyo::forms
