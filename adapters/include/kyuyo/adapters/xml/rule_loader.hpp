#pragma once
/// \brief Loads rule data files (schemas/rules/**.xml) with Xerces-C: schema validation against
/// schemas/rules.xsd (grammar cached, the document cannot choose its own schema), DTDs and
/// external entities refused. Any problem throws KyuyoErrors naming file, line and reason.
#include <string>

#include "kyuyo/rules/rule_file.hpp"

namespace kyuyo::xml {

/// Loads one file. Throws KyuyoErrors listing every problem found (file:line: reason).
rules::RuleFile load_rule_file(const std::string& path);

/// Loads every *.xml below dir (recursively, sorted by path). Default: resources::rules_dir().
rules::RuleLibrary load_rule_library(const std::string& dir = {});

/// The library for the installed rules, loaded once per process (thread-safe).
const rules::RuleLibrary& default_rule_library();

}  // namespace kyuyo::xml
