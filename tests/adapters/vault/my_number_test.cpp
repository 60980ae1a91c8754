// 個人番号 check digit (総務省令第85号 第5条 as quoted by J-LIS; vectors from
// shared/reference/my-number.md §3.1: 123456789018 worked example, 621498320257 python-stdnum).
#include <gtest/gtest.h>

#include "kyuyo/vault/my_number.hpp"
#include "vault_fixture.hpp"

using kyuyo::vault::MyNumber;
using kyuyo::vault::testing::synth;

TEST(MyNumber, AcceptsReferenceVectors) {
  // my-number.md §3.1 worked example (base 12345678901 → 8) and python-stdnum doctest (→ 7)
  EXPECT_EQ(MyNumber::check_digit("12345678901"), 8);
  EXPECT_EQ(MyNumber::check_digit("62149832025"), 7);
  EXPECT_TRUE(MyNumber::parse("123456789018").has_value());
  EXPECT_TRUE(MyNumber::parse("621498320257").has_value());
}

TEST(MyNumber, RemainderZeroOrOneGivesZero) {
  // Σ mod 11 ≤ 1 → check digit 0: base 00000000000 (Σ=0) and 00000000006 (Σ=6×2=12, 12 mod 11 = 1)
  EXPECT_EQ(MyNumber::check_digit("00000000000"), 0);
  EXPECT_EQ(MyNumber::check_digit("00000000006"), 0);
  // Σ mod 11 = 2 → 9: base 00000000001 (Σ=1×2)
  EXPECT_EQ(MyNumber::check_digit("00000000001"), 9);
}

TEST(MyNumber, RefusesEveryWrongCheckDigit) {
  std::string good = "123456789018";
  for (char c = '0'; c <= '9'; ++c) {
    std::string t = good;
    t[11] = c;
    EXPECT_EQ(MyNumber::parse(t).has_value(), c == '8') << "last digit " << c;
  }
  // a typo in the body is caught too
  EXPECT_FALSE(MyNumber::parse("123456789118").has_value());
  EXPECT_FALSE(MyNumber::parse("213456789018").has_value());  // transposition
}

TEST(MyNumber, RefusesWrongLengthNonDigitsAndFullWidth) {
  auto len11 = MyNumber::parse("12345678901");
  ASSERT_FALSE(len11);
  EXPECT_NE(len11.error().message.find("exactly 12 digits"), std::string::npos);
  EXPECT_FALSE(MyNumber::parse("1234567890180"));
  EXPECT_FALSE(MyNumber::parse(""));
  auto alpha = MyNumber::parse("12345678901A");
  ASSERT_FALSE(alpha);
  EXPECT_NE(alpha.error().message.find("digits only"), std::string::npos);
  auto spaced = MyNumber::parse("1234 5678 9018");
  ASSERT_FALSE(spaced);
  EXPECT_NE(spaced.error().message.find("without spaces or hyphens"), std::string::npos);
  EXPECT_FALSE(MyNumber::parse("1234-5678-9018"));
  // full-width ０-９ (U+FF10..): refused, not silently normalised
  auto fw = MyNumber::parse("１２３４５６７８９０１８");
  ASSERT_FALSE(fw);
  EXPECT_NE(fw.error().message.find("full-width"), std::string::npos);
}

TEST(MyNumber, ErrorsNeverEchoTheInput) {
  for (std::string bad : {"123456789019", "12345678901", "1234567890123", "12345678901A", "1234 5678 9019"}) {
    auto r = MyNumber::parse(bad);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().to_string().find(bad) == std::string::npos);
    EXPECT_TRUE(r.error().to_string().find(bad.substr(0, 8)) == std::string::npos);
  }
}

TEST(MyNumber, OnlyTextIsTheMask) {
  EXPECT_EQ(MyNumber::masked(), "************");
  static_assert(!std::is_convertible_v<MyNumber, std::string>);
  static_assert(!std::is_copy_constructible_v<MyNumber>);
}

TEST(MyNumber, SameAsComparesValues) {
  auto a = MyNumber::parse(synth(1)), b = MyNumber::parse(synth(1)), c = MyNumber::parse(synth(2));
  ASSERT_TRUE(a && b && c);
  EXPECT_TRUE(a->same_as(*b));
  EXPECT_FALSE(a->same_as(*c));
}

TEST(MyNumber, SyntheticTestNumbersAreValidAndObviouslyMadeUp) {
  for (int i = 0; i < 200; ++i) {
    std::string s = synth(i);
    EXPECT_EQ(s.substr(0, 4), "0000");
    EXPECT_TRUE(MyNumber::parse(s).has_value()) << "synthetic #" << i;
    EXPECT_EQ(kyuyo::test::find_my_number_like(s).size(), 1u) << "the leak scanner must see synthetic #" << i;
  }
}
