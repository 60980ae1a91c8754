// Rate: exact rationals parsed from the decimal strings official tables print.
#include "kyuyo/core/rate.hpp"

#include <gtest/gtest.h>

using kyuyo::ExactAmount;
using kyuyo::Rate;
using kyuyo::Yen;

TEST(Rate, ParsesPercentPerMilleAndDecimals) {
  EXPECT_EQ(*Rate::parse("9.85%"), Rate(985, 10000));
  EXPECT_EQ(*Rate::parse("18.3%"), Rate(183, 1000));
  EXPECT_EQ(*Rate::parse("5.5/1000"), Rate(55, 10000));
  EXPECT_EQ(*Rate::parse("3/1000"), Rate(3, 1000));
  EXPECT_EQ(*Rate::parse("0.0183"), Rate(183, 10000));
  EXPECT_EQ(*Rate::parse("45.945%"), Rate(45945, 100000));
  EXPECT_EQ(*Rate::parse("102.1%"), Rate(1021, 1000));
  EXPECT_EQ(*Rate::parse("0%"), Rate(0, 1));
  EXPECT_EQ(*Rate::parse("-1.5%"), Rate(-15, 1000));
}

TEST(Rate, RejectsMalformedText) {
  for (const char* bad : {"", "%", "abc", "1..2%", "1.2.3", "9,85%", " 9.85%", "1/0", "/1000", "5.5/", "1e3"}) {
    EXPECT_FALSE(Rate::parse(bad).has_value()) << "accepted '" << bad << "'";
  }
}

TEST(Rate, ExactArithmetic) {
  Rate health = *Rate::parse("9.85%");
  Rate support = *Rate::parse("0.23%");
  EXPECT_EQ(health + support, *Rate::parse("10.08%"));
  EXPECT_EQ((health + support) / 2, *Rate::parse("5.04%"));
  EXPECT_EQ(*Rate::parse("18.3%") / 2, *Rate::parse("9.15%"));
  EXPECT_EQ(Rate(1, 3) * 3, Rate(1, 1));
  EXPECT_LT(*Rate::parse("1%"), *Rate::parse("1.01%"));
  EXPECT_EQ(Rate(985, 10000).percent_str(), "9.85%");
  EXPECT_EQ(Rate(1, 3).percent_str(), "1/3");
}

TEST(ExactAmount, ProductIsExact) {
  // 300,000 × 9.91% / 2 = 14,865 exactly
  ExactAmount a = Yen(300000) * *Rate::parse("9.91%") / 2;
  EXPECT_EQ(a, ExactAmount(Yen(14865)));
  // 98,000 × 10.08% / 2 = 4,939.2
  ExactAmount b = Yen(98000) * *Rate::parse("10.08%") / 2;
  EXPECT_EQ(b.str(), "4939.2");
  EXPECT_EQ((b + ExactAmount(Yen(1))).str(), "4940.2");
  // Large products stay exact (int128): 9e15 yen × 45.945%
  ExactAmount c = Yen(9000000000000000LL) * *Rate::parse("45.945%");
  EXPECT_EQ(c.str(), "4135050000000000");
}
