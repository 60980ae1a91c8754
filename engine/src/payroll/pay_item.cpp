#include "kyuyo/payroll/pay_item.hpp"

#include "kyuyo/payroll/pay_input.hpp"

namespace kyuyo::payroll {

std::string category_name(ItemCategory c) {
  switch (c) {
    case ItemCategory::kTaxable: return "taxable";
    case ItemCategory::kCommuteTransit: return "commute_transit";
    case ItemCategory::kCommuteCar: return "commute_car";
    case ItemCategory::kInKind: return "inkind";
    case ItemCategory::kNonTaxable: return "nontaxable";
    case ItemCategory::kDeduction: return "deduction";
  }
  return "taxable";
}

std::optional<ItemCategory> parse_category(std::string_view s) {
  for (auto c : {ItemCategory::kTaxable, ItemCategory::kCommuteTransit, ItemCategory::kCommuteCar,
                 ItemCategory::kInKind, ItemCategory::kNonTaxable, ItemCategory::kDeduction})
    if (category_name(c) == s) return c;
  return std::nullopt;
}

const std::vector<PayItemDef>& builtin_items() {
  static const std::vector<PayItemDef> items = {
      {"base", "基本給", ItemCategory::kTaxable},
      {"overtime", "時間外手当", ItemCategory::kTaxable},
      {"late_night", "深夜手当", ItemCategory::kTaxable},
      {"holiday_work", "休日手当", ItemCategory::kTaxable},
      {"family_allowance", "家族手当", ItemCategory::kTaxable},
      {"housing_allowance", "住宅手当", ItemCategory::kTaxable},
      {"position_allowance", "役職手当", ItemCategory::kTaxable},
      {"absence_deduction", "欠勤控除", ItemCategory::kTaxable},  // entered as a negative amount
      {"bonus", "賞与", ItemCategory::kTaxable},
      {"commute_transit", "通勤手当(交通機関)", ItemCategory::kCommuteTransit},
      {"commute_car", "通勤手当(交通用具)", ItemCategory::kCommuteCar},
      {"in_kind", "現物給与", ItemCategory::kInKind},
      {"savings", "財形貯蓄", ItemCategory::kDeduction},
      {"union_dues", "組合費", ItemCategory::kDeduction},
      {"company_housing", "社宅家賃", ItemCategory::kDeduction},
      {"loan_repayment", "貸付金返済", ItemCategory::kDeduction},
  };
  return items;
}

std::optional<PayItemDef> item_for_column(std::string_view header) {
  for (const auto& d : builtin_items())
    if (d.code == header) return d;
  auto colon = header.find(':');
  if (colon == std::string_view::npos || colon + 1 >= header.size()) return std::nullopt;
  std::string_view prefix = header.substr(0, colon), name = header.substr(colon + 1);
  if (name.find_first_of("\t\n\r") != std::string_view::npos) return std::nullopt;
  ItemCategory c;
  if (prefix == "allowance") c = ItemCategory::kTaxable;
  else if (prefix == "variable") c = ItemCategory::kTaxable;  // 課税手当, 非固定的賃金 (social/fixed_wage.hpp)
  else if (prefix == "inkind") c = ItemCategory::kInKind;
  else if (prefix == "nontaxable") c = ItemCategory::kNonTaxable;
  else if (prefix == "deduction") c = ItemCategory::kDeduction;
  else return std::nullopt;
  return PayItemDef{std::string(header), std::string(name), c};
}

std::string run_kind_name(RunKind k) { return k == RunKind::kMonthly ? "monthly" : "bonus"; }

Yen PayInput::amount(const std::string& code) const {
  Yen s;
  for (const auto& i : items)
    if (i.code == code) s += i.amount;
  return s;
}

}  // namespace kyuyo::payroll
