// 摘要 lines of the 給与所得の源泉徴収票 (『給与所得の源泉徴収票等の法定調書の作成と提出の手引』 第2章:
// 前職分の内訳, 5人目以降の控除対象扶養親族・16歳未満の扶養親族, 電子交付).
#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::forms {
namespace {

std::string person_text(const SlipPerson& p) {
  std::string s = p.name;
  if (!p.kana.empty()) s += "(" + p.kana + ")";
  if (p.non_resident) s += " 非居住者";
  if (p.specific_relative) s += " 特定親族";
  return s;
}

}  // namespace

std::vector<TekiyoLine> tekiyo_lines(const WithholdingSlip& s, bool electronic_copy) {
  std::vector<TekiyoLine> out;
  if (s.previous) {
    const auto& p = *s.previous;
    std::string t = "前職分 " + p.payer;
    if (!p.address.empty()) t += " " + p.address;
    t += " 支払金額" + p.salary.with_commas() + "円 社会保険料" + p.social.with_commas() + "円 源泉徴収税額" +
         p.tax.with_commas() + "円";
    if (p.left_on) {
      auto w = to_wareki(*p.left_on);
      t += " " + era_name(w.era) + std::to_string(w.year) + "." + std::to_string(w.month) + "." +
           std::to_string(w.day) + "退職";
    }
    out.push_back({t, std::nullopt});
  }
  for (std::size_t i = 4; i < s.dependents.size(); ++i)
    out.push_back({"控除対象扶養親族" + std::to_string(i + 1) + " " + person_text(s.dependents[i]), s.dependents[i].number});
  for (std::size_t i = 4; i < s.minors.size(); ++i)
    out.push_back({"16歳未満の扶養親族" + std::to_string(i + 1) + " " + person_text(s.minors[i]), s.minors[i].number, true});
  if (!s.ordinary_collection_reason.empty()) out.push_back({s.ordinary_collection_reason, std::nullopt});
  if (electronic_copy) out.push_back({"電子交付", std::nullopt});
  for (const auto& r : s.remarks) out.push_back({r, std::nullopt});
  return out;
}

}  // namespace kyuyo::forms
