#pragma once
// Shared by the social tests: the social rule data only (schemas/rules/social/) and small builders.
#include <gtest/gtest.h>

#include "kyuyo/adapters/resources.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/social/social.hpp"

namespace kyuyo::social::test {

inline const rules::RuleLibrary& lib() {
  static const rules::RuleLibrary l = xml::load_rule_library(resources::rules_dir() + "/social");
  return l;
}

inline YearMonth ym(int y, int m) { return YearMonth{y, m}; }

/// A Tokyo (13) 一般の事業 employee insured since 2020-01-01, with the grades for `remuneration`.
inline PremiumInput monthly_input(int y, int m, std::int64_t remuneration, Date birth, int pref = 13) {
  PremiumInput in;
  in.insurer.prefecture = pref;
  in.person.birth_date = birth;
  in.person.acquired = Date(2020, 1, 1);
  in.premium_month = ym(y, m);
  auto g = grade_for(lib(), Yen(remuneration), in.premium_month);
  EXPECT_TRUE(g.has_value());
  in.standard = *g;
  in.wages_paid = Yen(remuneration);
  return in;
}

inline PremiumResult monthly(const PremiumInput& in) {
  auto r = monthly_premiums(lib(), in);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().to_string());
  return r ? *r : PremiumResult{};
}

inline BonusInput bonus_input(Date paid, std::int64_t bonus, Date birth = Date(1990, 5, 10)) {
  BonusInput b;
  b.insurer.prefecture = 13;
  b.person.birth_date = birth;
  b.person.acquired = Date(2020, 1, 1);
  b.payment_date = paid;
  b.bonus = Yen(bonus);
  return b;
}

inline PremiumResult bonus(const BonusInput& in) {
  auto r = bonus_premiums(lib(), in);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().to_string());
  return r ? *r : PremiumResult{};
}

}  // namespace kyuyo::social::test
