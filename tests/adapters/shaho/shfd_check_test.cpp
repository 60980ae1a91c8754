// `kyuyo filing shaho check` rules over hand-broken files: each case starts from the golden file
// (fixtures/golden_santei_SHFD0006.CSV) and breaks one rule of shared/reference/
// social-insurance.md §5.1–5.4; the checker must report it with its line and item number.
#include <gtest/gtest.h>

#include "kyuyo/adapters/shaho/shfd_check.hpp"
#include "kyuyo/adapters/shaho/sjis.hpp"
#include "support/helpers.hpp"

namespace kyuyo::shaho {
namespace {
using boost::gregorian::date;

std::string golden() { return test::read_file(test::test_dir() + "/adapters/shaho/fixtures/golden_santei_SHFD0006.CSV"); }

std::string sjis(const std::string& utf8) { return *to_sjis(utf8); }

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto p = s.find(from);
  EXPECT_NE(p, std::string::npos) << "fixture text not found";
  if (p != std::string::npos) s.replace(p, from.size(), to);
  return s;
}

bool reports(const std::string& file, int line, int item, const std::string& fragment = {}) {
  auto s = check_shfd(file, {date(2026, 11, 23)});
  for (const auto& p : s.problems)
    if (p.line == line && p.item == item && p.message.find(fragment) != std::string::npos) return true;
  std::string all;
  for (const auto& p : s.problems) all += p.str() + "\n";
  ADD_FAILURE() << "expected line " << line << " item " << item << " '" << fragment << "'; got:\n" << all;
  return false;
}

TEST(ShfdCheck, GoldenFileIsClean) {
  auto s = check_shfd(golden(), {date(2026, 11, 23)});
  EXPECT_TRUE(s.problems.empty());
  EXPECT_EQ(s.data_records, 2);
}

TEST(ShfdCheck, FileLevelRules) {
  std::string g = golden();
  // LF-only line ends.
  std::string lf = g;
  for (std::size_t p = 0; (p = lf.find("\r\n", p)) != std::string::npos;) lf.erase(p, 1);
  EXPECT_TRUE(reports(lf, 1, 0, "CRLF"));
  // Last line without CRLF.
  EXPECT_TRUE(reports(g.substr(0, g.size() - 2), 7, 0, "CRLF"));
  // A CP932 extension (髙 = 0xFBFC) in the kanji name of line 6.
  EXPECT_TRUE(reports(replace_once(g, sjis("吉田"), "\xFB\xFC" + sjis("田")), 6, 7, "JIS X 0208"));
  // NEC special ① (0x8740).
  EXPECT_TRUE(reports(replace_once(g, sjis("吉田"), "\x87\x40" + sjis("田")), 6, 7, "JIS X 0208"));
  // UTF-8 instead of Shift_JIS (UTF-8 半角カナ starts with 0xEF, not a JIS X 0208 lead byte).
  EXPECT_TRUE(reports(replace_once(g, sjis("ﾖｼﾀﾞ"), "ﾖｼﾀﾞ"), 6, 6, "JIS X 0208"));
  // Size: 4.5 MB or more.
  std::string big = g;
  std::string rec = g.substr(g.find("2225700"), g.find("\r\n", g.find("2225700")) + 2 - g.find("2225700"));
  while (big.size() < 4'500'000) big += rec;
  EXPECT_TRUE(reports(big, 0, 0, "4.5 MB"));
  // No data records.
  EXPECT_TRUE(reports(g.substr(0, g.find("2225700")), 0, 0));
}

TEST(ShfdCheck, HeaderRules) {
  std::string g = golden();
  EXPECT_TRUE(reports(replace_once(g, ",20170101,22223", ",20170101,22222"), 1, 6, "22223"));
  EXPECT_TRUE(reports(replace_once(g, ",20170101,", ",20171301,"), 1, 5));
  EXPECT_TRUE(reports(replace_once(g, ",001,2017", ",000,2017"), 1, 4));
  EXPECT_TRUE(reports(replace_once(g, "21,01,", "13,01,"), 1, 1, "東京 = 21"));
  EXPECT_TRUE(reports(replace_once(g, "[kanri]", "[kanry]"), 2, 0));
  EXPECT_TRUE(reports(replace_once(g, "\r\n,001\r\n", "\r\n,002\r\n"), 3, 2));
  EXPECT_TRUE(reports(replace_once(g, "[data]", "[date]"), 5, 0));
  // 社労士 variant without the 社労士氏名 on line 3.
  EXPECT_TRUE(reports(replace_once(g, "21,01," + sjis("ｹｲﾄ") + ",001,", ",,00000007,001,"), 3, 1, "社会保険労務士"));
  // 事業所情報: half-width text in 事業所名称, 事業所番号 not digits.
  EXPECT_TRUE(reports(replace_once(g, sjis("健保サービス株式会社"), "KENPO"), 4, 8));
  EXPECT_TRUE(reports(replace_once(g, ",123,100,", ",12A,100,"), 4, 4));
  // A data record whose office differs from line 4.
  EXPECT_TRUE(reports(replace_once(g, "2225700,21,01,", "2225700,21,02,"), 6, 2, "事業所情報"));
}

TEST(ShfdCheck, DataRecordRulesWithLineAndItem) {
  std::string g = golden();
  std::string k = sjis("ﾖｼﾀﾞ ﾀﾛｳ");
  EXPECT_TRUE(reports(replace_once(g, k, sjis("ﾖｼﾀﾞﾀﾛｳ")), 6, 6, "half-width space"));
  EXPECT_TRUE(reports(replace_once(g, sjis("吉田\u3000太郎"), sjis("吉田 太郎")), 6, 7));
  EXPECT_TRUE(reports(replace_once(g, ",5,590527,", ",4,590527,"), 6, 8));
  EXPECT_TRUE(reports(replace_once(g, ",5,590527,", ",5,590231,"), 6, 9, "real date"));
  EXPECT_TRUE(reports(replace_once(g, ",9,08,09,", ",9,08,10,"), 6, 12));
  EXPECT_TRUE(reports(replace_once(g, ",0260,0260,", ",0000,0260,"), 6, 13, "0000"));
  EXPECT_TRUE(reports(replace_once(g, ",0260,0260,9,07,09,", ",0260,0260,9,07,13,"), 6, 17, "month"));
  EXPECT_TRUE(reports(replace_once(g, ",04,05,06,", ",05,05,06,"), 6, 22));
  EXPECT_TRUE(reports(replace_once(g, ",0300000,0315000,", ",0300000,0316000,"), 6, 35, "must equal"));
  EXPECT_TRUE(reports(replace_once(g, ",0905000,", ",0905001,"), 6, 37));
  EXPECT_TRUE(reports(replace_once(g, ",0301666,", ",0301667,"), 6, 38, "cut off"));
  // 個人番号 on an under-70 record (allowed only with 備考 70歳以上被用者), not echoed.
  std::string mn = replace_once(g, ",0301666,,,", ",0301666,,123456789018,");
  EXPECT_TRUE(reports(mn, 6, 40, "70歳以上被用者"));
  for (const auto& p : check_shfd(mn).problems) EXPECT_EQ(p.message.find("123456789018"), std::string::npos);
  // Wrong item count and unknown form.
  EXPECT_TRUE(reports(replace_once(g, ",0301666,,,", ",0301666,,"), 6, 0, "53 items"));
  EXPECT_TRUE(reports(replace_once(g, "2225700,21", "2225701,21"), 6, 1, "unknown"));
  // Every problem is listed, not only the first: two broken lines → both reported.
  std::string two = replace_once(replace_once(g, ",0905000,", ",0905001,"), ",0905000,", ",0905002,");
  auto s = check_shfd(two, {date(2026, 11, 23)});
  ASSERT_EQ(s.problems.size(), 2u);
  EXPECT_EQ(s.problems[0].line, 6);
  EXPECT_EQ(s.problems[1].line, 7);
  EXPECT_EQ(s.problems[1].str(), "line 7, item 37: must equal the sum of 合計 over the months of at least 17 days (905000)");
}

}  // namespace
}  // namespace kyuyo::shaho
