// Retention boundaries. Rules: schemas/rules/vault/retention-2016-01-01.xml (所得税法施行規則76条の3:
// 翌年1月10日の翌日から7年; 健保則34条・厚年則28条: 完結の日から2年; 雇保則143条: 被保険者に関する書類 4年),
// as compiled in shared/reference/my-number.md §2.
#include <gtest/gtest.h>

#include "kyuyo/vault/retention.hpp"

using namespace kyuyo::vault;
using kyuyo::Date;

TEST(VaultRetention, DeclarationsSevenYearsFromJanuary11) {
  auto r = document_rule("fuyo-kojo-shinkokusho");
  EXPECT_EQ(r.years, 7);
  EXPECT_NE(r.source.find("76条の3"), std::string::npos);
  // 2016 declaration: period starts 2017-01-11, ends 2024-01-10
  EXPECT_EQ(document_keep_until(r, 2016, std::nullopt), Date(2024, 1, 10));
  EXPECT_EQ(document_keep_until(document_rule("hokenryo-kojo-shinkokusho"), 2025, std::nullopt), Date(2033, 1, 10));
}

TEST(VaultRetention, SocialInsuranceTwoYearsFromCompletion) {
  auto r = document_rule("shaho-shikaku-soshitsu");
  EXPECT_EQ(document_keep_until(r, std::nullopt, Date(2020, 3, 31)), Date(2022, 3, 31));
  // 29 February: no such day two years on → end of February (民法143条)
  EXPECT_EQ(document_keep_until(r, std::nullopt, Date(2020, 2, 29)), Date(2022, 2, 28));
}

TEST(VaultRetention, EmploymentInsuranceFourYearsAboutTheInsured) {
  EXPECT_EQ(document_keep_until(document_rule("koyo-shikaku-soshitsu"), std::nullopt, Date(2020, 3, 31)),
            Date(2024, 3, 31));
  EXPECT_EQ(document_keep_until(document_rule("koyo-other"), std::nullopt, Date(2020, 3, 31)), Date(2022, 3, 31));
}

TEST(VaultRetention, WithholdingSlipsFromFebruaryFirst) {
  EXPECT_EQ(document_keep_until(document_rule("gensen-choshuhyo"), 2016, std::nullopt), Date(2024, 1, 31));
}

TEST(VaultRetention, MissingDateOrUnknownKindIsAnError) {
  EXPECT_THROW(document_keep_until(document_rule("fuyo-kojo-shinkokusho"), std::nullopt, std::nullopt),
               kyuyo::KyuyoError);
  EXPECT_THROW(document_keep_until(document_rule("shaho-other"), 2020, std::nullopt), kyuyo::KyuyoError);
  EXPECT_THROW(document_rule("no-such-document"), kyuyo::KyuyoError);
}

TEST(VaultRetention, EmployedIsKeptIncludingLeave) {
  // no leave date (継続雇用, 休職 included) → kept whatever the documents say
  EXPECT_FALSE(number_keep_until(std::nullopt, {Date(2000, 1, 1)}, Date(2040, 1, 1)));
  // leave date on or after as_of → still employed on that day
  EXPECT_FALSE(number_keep_until(Date(2026, 3, 31), {}, Date(2026, 3, 31)));
  EXPECT_TRUE(number_keep_until(Date(2026, 3, 31), {}, Date(2026, 4, 1)));
}

TEST(VaultRetention, LeaverKeptUntilLatestDocumentAtItsBoundary) {
  Date leave(2016, 3, 31);
  std::vector<Date> docs{document_keep_until(document_rule("fuyo-kojo-shinkokusho"), 2016, std::nullopt),
                         document_keep_until(document_rule("koyo-shikaku-soshitsu"), std::nullopt, Date(2016, 4, 5))};
  auto keep = number_keep_until(leave, docs, Date(2024, 1, 10));
  ASSERT_TRUE(keep);
  EXPECT_EQ(*keep, Date(2024, 1, 10));
  // due only from the day after
  EXPECT_FALSE(Date(2024, 1, 10) > *keep);
  EXPECT_TRUE(Date(2024, 1, 11) > *keep);
}

TEST(VaultRetention, LeaverWithoutDocumentsKeptForTheLeaversSlips) {
  auto keep = number_keep_until(Date(2020, 6, 30), {}, Date(2020, 7, 1));
  ASSERT_TRUE(keep);
  EXPECT_EQ(*keep, Date(2021, 1, 31));
}
