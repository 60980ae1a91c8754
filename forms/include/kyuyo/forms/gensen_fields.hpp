#pragma once
/// \brief The 源泉徴収票 boxes as named text values, as a layout (forms/layouts/gensen/<year>.xml)
/// places them. forms/ maps; adapters/pdf/gensen_renderer draws. Amount fields hold plain digits
/// ("4968200", the renderer splits them into the 千/円 cells); check boxes hold "1"; absent
/// names are empty boxes. 個人番号 cells are never here: the renderer asks a NumberSource.
#include <map>
#include <string>

#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::forms {

enum class SlipCopy {
  kEmployee,      ///< 受給者交付用 (never a My Number)
  kTaxOffice,     ///< 税務署提出用
  kMunicipality,  ///< 市区町村提出用 (給与支払報告書 個人別明細書)
};
std::string copy_code(SlipCopy c);   ///< employee / tax-office / municipality (file names, --copy)
std::string copy_label(SlipCopy c);  ///< (受給者交付用) …
bool copy_carries_numbers(SlipCopy c);
/// The 16歳未満の扶養親族's 個人番号 are for the 住民税 (給与支払報告書, 市区町村 copy) only: the
/// 源泉徴収票 filed with the 税務署 has no place for them (e-Tax HSZ062-006.xsd: 16歳未満 rows
/// DIF10000 hold フリガナ, 氏名 and 国外扶養区分 only, unlike the 控除対象扶養親族 DIZ00000).
bool copy_carries_minor_numbers(SlipCopy c);

/// Field names: see forms/layouts/gensen/README.md.
std::map<std::string, std::string> slip_fields(const WithholdingSlip& s, SlipCopy copy);

/// Where on the slip a 個人番号 goes: "employee", "spouse", "dependent1".."dependent4",
/// "minor1".."minor4". nullopt when the slot is empty.
std::optional<NumberRef> number_slot(const WithholdingSlip& s, const std::string& slot);

}  // namespace kyuyo::forms
