#pragma once
// Shared by the year-end tests: the yearend rule data only (schemas/rules/yearend/), so that
// these tests do not depend on other modules' rule files.
#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/yearend/components.hpp"
#include "kyuyo/yearend/year_end.hpp"

namespace kyuyo::yearend::test {

inline const rules::RuleLibrary& yearend_rules() {
  static const rules::RuleLibrary lib = xml::load_rule_library(resources::rules_dir() + "/yearend");
  return lib;
}
inline YearRules rules_for(int year) { return year_rules(yearend_rules(), year); }

}  // namespace kyuyo::yearend::test
