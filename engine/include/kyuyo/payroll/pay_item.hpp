#pragma once
/// \brief Pay items (支給・控除項目): what an employer pays and deducts, and how each item is
/// treated by tax, social insurance and employment insurance. Built-in items have fixed codes
/// (the payroll CSV column names); an employer adds its own with a category prefix
/// ("allowance:役職手当", "deduction:組合費", "inkind:社宅", "nontaxable:出張日当").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/core/yen.hpp"

namespace kyuyo::payroll {

enum class ItemCategory {
  kTaxable,         ///< 課税支給: 基本給, 諸手当, 時間外手当 (entered as amounts), 賞与
  kCommuteTransit,  ///< 通勤手当 (交通機関・有料道路): non-taxable up to the 合理的な運賃 (capped)
  kCommuteCar,      ///< 通勤手当 (自動車・自転車等の交通用具): non-taxable up to the distance limit
  kInKind,          ///< 現物給与 (taxable part, valued by the employer): counted in pay, not paid in cash
  kNonTaxable,      ///< 非課税支給 other than commuting (e.g. 出張日当 within the rules): paid in cash,
                    ///< outside 課税支給額; counted in 社会保険 報酬 and 雇用保険 賃金 only when
                    ///< the item says so (default: not)
  kDeduction,       ///< その他控除 after tax: 財形貯蓄, 組合費, 社宅家賃, 貸付金返済 …
};

std::string category_name(ItemCategory c);  ///< "taxable", "commute_transit", …
std::optional<ItemCategory> parse_category(std::string_view s);

struct PayItemDef {
  std::string code;  ///< CSV column name: "base", "overtime", "allowance:役職手当"
  std::string name;  ///< printed on the payslip
  ItemCategory category = ItemCategory::kTaxable;
};

/// The built-in items every employer has (CSV column → name, category).
const std::vector<PayItemDef>& builtin_items();

/// The item for a CSV column header: a built-in code, or "<prefix>:<名称>" with prefix
/// allowance (課税手当), variable (課税手当 that is 非固定的賃金, e.g. 精勤手当: see
/// social/fixed_wage.hpp), inkind (現物給与), nontaxable, deduction. Nullopt for anything else.
std::optional<PayItemDef> item_for_column(std::string_view header);

/// One amount of one item in a pay input.
struct PayItemAmount {
  std::string code;
  Yen amount;
};

}  // namespace kyuyo::payroll
