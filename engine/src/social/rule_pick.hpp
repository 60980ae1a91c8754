#pragma once
// Internal: picks the rule file for a date (the covering file with the latest `from`, so that a
// later open-ended file overrides an earlier one) and names it for traces.
#include <string>

#include "kyuyo/core/error.hpp"
#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::social::detail {

inline const rules::RuleFile* pick(const rules::RuleLibrary& lib, const std::string& id, const Date& d) {
  const rules::RuleFile* best = nullptr;
  for (const auto* f : lib.all(id))
    if (f->covers(d) && (!best || f->from > best->from)) best = f;
  return best;
}

inline Result<const rules::RuleFile*> need(const rules::RuleLibrary& lib, const std::string& id, const Date& d,
                                           const std::string& what) {
  if (auto* f = pick(lib, id, d)) return f;
  return fail(ErrorCode::kRuleData, "no rule data '" + id + "' (" + what + ") in force on " + iso(d) +
                                        " (add a dated file under schemas/rules/social/)");
}

inline std::string file_name(const rules::RuleFile& f) {
  auto p = f.path.rfind('/');
  return p == std::string::npos ? f.path : f.path.substr(p + 1);
}

}  // namespace kyuyo::social::detail
