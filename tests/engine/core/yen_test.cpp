// Yen: exact integer money, overflow-checked at every boundary.
#include "kyuyo/core/yen.hpp"

#include <gtest/gtest.h>

#include <climits>

#include "kyuyo/core/error.hpp"

using kyuyo::KyuyoError;
using kyuyo::Yen;

TEST(Yen, Arithmetic) {
  EXPECT_EQ((Yen(1000) + Yen(234)).value(), 1234);
  EXPECT_EQ((Yen(1000) - Yen(1234)).value(), -234);
  EXPECT_EQ((Yen(1234) * 3).value(), 3702);
  EXPECT_EQ((-Yen(5)).value(), -5);
  Yen y(10);
  y += Yen(5);
  y -= Yen(3);
  EXPECT_EQ(y.value(), 12);
  EXPECT_LT(Yen(1), Yen(2));
}

TEST(Yen, OverflowIsAnErrorAtTheBoundary) {
  Yen max(INT64_MAX), min(INT64_MIN);
  EXPECT_EQ((max + Yen(0)).value(), INT64_MAX);
  EXPECT_THROW(max + Yen(1), KyuyoError);
  EXPECT_THROW(min - Yen(1), KyuyoError);
  EXPECT_EQ((min + Yen(1)).value(), INT64_MIN + 1);
  EXPECT_THROW(-min, KyuyoError);
  EXPECT_THROW(max * 2, KyuyoError);
  EXPECT_EQ((Yen(INT64_MAX / 2) * 2).value(), INT64_MAX - 1);
  try {
    (void)(max + Yen(1));
  } catch (const KyuyoError& e) {
    EXPECT_EQ(e.error().code, kyuyo::ErrorCode::kOverflow);
  }
}

TEST(Yen, Formatting) {
  EXPECT_EQ(Yen(0).with_commas(), "0");
  EXPECT_EQ(Yen(999).with_commas(), "999");
  EXPECT_EQ(Yen(1000).with_commas(), "1,000");
  EXPECT_EQ(Yen(1234567).with_commas(), "1,234,567");
  EXPECT_EQ(Yen(-1234567).with_commas(), "-1,234,567");
  EXPECT_EQ(Yen(INT64_MIN).with_commas(), "-9,223,372,036,854,775,808");
  EXPECT_EQ(Yen(42).str(), "42");
}

TEST(Yen, NoFloatingPointConstruction) {
  static_assert(!std::is_constructible_v<Yen, double>);
  static_assert(!std::is_constructible_v<Yen, float>);
  static_assert(std::is_constructible_v<Yen, long long>);
}
