// 給与支払報告書 315 CSV (adapters/eltax): Shift_JIS, CRLF, no header, ordered by 市区町村コード
// (総税市第49号 layout, docs/eltax.md), golden bytes for the fixture slips; 個人番号 only from the
// source and exactly the people on the slips; characters outside JIS X 0208 are refused naming
// the employee and item (総務省告示第429号).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "forms/slip_fixture.hpp"
#include "kyuyo/adapters/csv/encoding.hpp"
#include "kyuyo/adapters/eltax/eltax_writer.hpp"
#include "kyuyo/forms/eltax_record.hpp"
#include "kyuyo/core/error.hpp"
#include "support/helpers.hpp"

namespace kyuyo::test {
namespace {

TEST(EltaxWriter, GoldenBytesShiftJisCrlfOrderedByMunicipality) {
  FixtureNumbers numbers;
  std::string bytes = eltax::report_csv({fixture_slip_adjusted(), fixture_slip_leaver()}, &numbers);
  std::string path = test_dir() + "/adapters/eltax/golden/fixture-315.csv";
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) write_file(path, bytes);
  EXPECT_TRUE(bytes == read_file(path)) << "differs from " << path;
  auto utf8 = csv::cp932_to_utf8(bytes);
  ASSERT_TRUE(utf8.has_value());
  // 131121 (山田) before 131148 (中野)
  EXPECT_LT(utf8->find("山田 太郎"), utf8->find("中野 恵子"));
  EXPECT_EQ(utf8->rfind("315,", 0), 0u);
  EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), 2);
  EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\r'), 2);
}

TEST(EltaxWriter, NumbersOnlyFromTheSourceAndExactlyThePeopleOnTheSlips) {
  FixtureNumbers numbers;
  auto a = fixture_slip_adjusted();
  std::string with = eltax::report_csv({a}, &numbers);
  std::set<std::string> expected{FixtureNumbers::number_for(a.number), FixtureNumbers::number_for(a.spouse->number)};
  for (const auto& p : a.dependents) expected.insert(FixtureNumbers::number_for(p.number));
  for (const auto& p : a.minors) expected.insert(FixtureNumbers::number_for(p.number));
  auto found = find_my_number_like(with);
  EXPECT_TRUE(std::set<std::string>(found.begin(), found.end()) == expected) << "not exactly the people on the slips";
  EXPECT_EQ(found.size(), expected.size());
  std::string without = eltax::report_csv({a}, nullptr);
  EXPECT_TRUE(find_my_number_like(without).empty());
}

TEST(EltaxWriter, NonJisCharacterIsRefusedNamingEmployeeAndItem) {
  auto s = fixture_slip_leaver();
  s.name = "𠮷田 花子";  // outside JIS X 0208 / CP932
  try {
    eltax::report_csv({s}, nullptr);
    FAIL() << "accepted";
  } catch (const KyuyoErrors& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("社員番号 1009"), std::string::npos) << m;
    EXPECT_NE(m.find("支払を受ける者の氏名"), std::string::npos) << m;
  }
}

TEST(EltaxWriter, ASeparatorInAFifthPersonsNameIsRefused) {
  auto s = fixture_slip_adjusted();
  ASSERT_GE(s.dependents.size(), 5u);
  s.dependents[4].name = "山田,五郎";  // would shift every later item of the 315 record
  FixtureNumbers numbers;
  try {
    eltax::report_csv({s}, &numbers);
    FAIL() << "accepted";
  } catch (const KyuyoErrors& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("5人目以降の控除対象扶養親族"), std::string::npos) << m;
    EXPECT_NE(m.find("comma"), std::string::npos) << m;
    EXPECT_TRUE(find_my_number_like(m).empty()) << "the message names no number";
  }
}

TEST(EltaxWriter, NonResidentDependentsCarryTheirOverseasCode) {
  auto s = fixture_slip_adjusted();
  s.dependents[1].non_resident = true;
  s.dependents[1].overseas_code = "02";  // 留学
  s.minors[0].non_resident = true;       // 16歳未満: 01
  auto r = forms::eltax_315_record(s);
  auto item = [&](const std::string& name) {
    for (const auto& f : r)
      if (f.name == name) return f.value;
    ADD_FAILURE() << "no item " << name;
    return std::string();
  };
  EXPECT_EQ(item("控除対象扶養親族1 区分"), "00");
  EXPECT_EQ(item("控除対象扶養親族2 区分"), "02");
  EXPECT_EQ(item("16歳未満の扶養親族1 区分"), "01");
  EXPECT_EQ(item("控除対象配偶者 区分"), "00");
}

}  // namespace
}  // namespace kyuyo::test
