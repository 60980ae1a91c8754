#include "kyuyo/yearend/input.hpp"

namespace kyuyo::yearend {

std::optional<DependentKind> parse_dependent_kind(const std::string& s) {
  if (s == "under16") return DependentKind::kUnder16;
  if (s == "general-teen") return DependentKind::kGeneralTeen;
  if (s == "specific") return DependentKind::kSpecific;
  if (s == "general") return DependentKind::kGeneral;
  if (s == "elderly") return DependentKind::kElderly;
  if (s == "cohabiting-elderly") return DependentKind::kCohabitingElderly;
  return std::nullopt;
}

std::optional<Disability> parse_disability(const std::string& s) {
  if (s.empty() || s == "none") return Disability::kNone;
  if (s == "disabled") return Disability::kDisabled;
  if (s == "special-disabled") return Disability::kSpecialDisabled;
  if (s == "cohabiting-special-disabled") return Disability::kCohabitingSpecialDisabled;
  return std::nullopt;
}

std::string dependent_kind_name(DependentKind k) {
  switch (k) {
    case DependentKind::kUnder16: return "under16";
    case DependentKind::kGeneralTeen: return "general-teen";
    case DependentKind::kSpecific: return "specific";
    case DependentKind::kGeneral: return "general";
    case DependentKind::kElderly: return "elderly";
    case DependentKind::kCohabitingElderly: return "cohabiting-elderly";
  }
  return "?";
}

std::string disability_name(Disability d) {
  switch (d) {
    case Disability::kNone: return "none";
    case Disability::kDisabled: return "disabled";
    case Disability::kSpecialDisabled: return "special-disabled";
    case Disability::kCohabitingSpecialDisabled: return "cohabiting-special-disabled";
  }
  return "?";
}

bool is_under_23(DependentKind k) {
  return k == DependentKind::kUnder16 || k == DependentKind::kGeneralTeen || k == DependentKind::kSpecific;
}

}  // namespace kyuyo::yearend
