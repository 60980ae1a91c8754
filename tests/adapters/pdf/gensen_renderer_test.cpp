// 源泉徴収票 PDF (adapters/pdf/gensen_renderer): the 令和7年分以降 layout (forms/layouts/gensen/2025.xml,
// used for 2026 too), compared by extracted text (pdftotext -layout) with golden files; the
// 受給者交付用 copy holds no 12-digit number with a valid check digit, the submission copies hold
// exactly the numbers of the people on the slip. Box list: shared/reference/filing-formats.md §3.2.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "forms/slip_fixture.hpp"
#include "kyuyo/adapters/pdf/gensen_renderer.hpp"
#include "support/helpers.hpp"

namespace kyuyo::test {
namespace {

std::string pdf_text(const std::string& pdf) {
  std::string txt = pdf + ".txt";
  EXPECT_EQ(std::system(("pdftotext -enc UTF-8 -layout " + pdf + " " + txt + " 2>/dev/null").c_str()), 0);
  return read_file(txt);
}

void expect_golden(const std::string& name, const std::string& actual) {
  std::string path = test_dir() + "/adapters/pdf/gensen_golden/" + name;
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) write_file(path, actual);
  // not EXPECT_EQ: the text holds (test) 個人番号, which no failure message may print
  EXPECT_TRUE(actual == read_file(path)) << "golden " << path << " (KYUYO_UPDATE_GOLDEN=1 to rewrite after review)";
}

/// The numbers a submission copy of `s` should hold: the employee, the spouse, the 控除対象扶養親族
/// and, with `minors` (the 市区町村 copy), the 16歳未満の扶養親族.
std::set<std::string> numbers_of(const forms::WithholdingSlip& s, bool minors) {
  std::set<std::string> n{FixtureNumbers::number_for(s.number)};
  if (s.spouse) n.insert(FixtureNumbers::number_for(s.spouse->number));
  for (const auto& p : s.dependents) n.insert(FixtureNumbers::number_for(p.number));
  if (minors)
    for (const auto& p : s.minors) n.insert(FixtureNumbers::number_for(p.number));
  return n;
}

std::set<std::string> found_in(const std::string& text) {
  auto f = find_my_number_like(text);
  return {f.begin(), f.end()};
}

std::string render(const TempDir& dir, const std::string& name, const std::vector<forms::WithholdingSlip>& slips,
                   pdf::GensenRenderOptions o, bool a4 = false) {
  auto layout = pdf::load_gensen_layout(2026);
  pdf::Document doc;
  if (a4) pdf::render_gensen_a4(doc, layout, slips, o);
  else
    for (const auto& s : slips) pdf::render_gensen_a6(doc, layout, s, o);
  std::string path = dir.str(name);
  doc.save(path);
  if (const char* keep = std::getenv("KYUYO_PREVIEW_DIR"))  // to look at the pages (pdftoppm)
    std::system(("cp " + path + " " + std::string(keep) + "/").c_str());
  return path;
}

TEST(GensenRenderer, LayoutForAYearWithoutItsOwnFileIsTheNewestEarlierOne) {
  EXPECT_EQ(pdf::load_gensen_layout(2026).year, 2025);
  EXPECT_EQ(pdf::load_gensen_layout(2025).year, 2025);
  EXPECT_THROW(pdf::load_gensen_layout(2019), KyuyoError);
}

TEST(GensenRenderer, TheNineDependentCountCellsStandInOneRowInTheFormsOrder) {
  // 控除対象扶養親族等の数: 特定 人/従人, 老人 内/人/従人, その他 人/従人, 特親 人/従人 (official e-Tax
  // HSZ062-006.xsd DIL00010–DIL00140): one value cell each, left to right between 42 and 92 mm.
  const auto layout = pdf::load_gensen_layout(2025);
  const std::vector<std::string> order{"specific", "specific_otsu", "elderly_inner", "elderly", "elderly_otsu",
                                       "other", "other_otsu", "specific_relatives", "specific_relatives_otsu"};
  std::vector<const pdf::GensenLayout::Item*> cells;
  for (const auto& f : order) {
    const pdf::GensenLayout::Item* found = nullptr;
    for (const auto& it : layout.items)
      if (it.kind == pdf::GensenLayout::Item::kText && it.field == f) found = &it;
    ASSERT_NE(found, nullptr) << "no cell for " << f;
    cells.push_back(found);
  }
  for (std::size_t i = 0; i < cells.size(); ++i) {
    EXPECT_GT(cells[i]->x, 42.0) << order[i];
    EXPECT_LT(cells[i]->x, 92.0) << order[i];
    EXPECT_EQ(cells[i]->y, cells[0]->y) << order[i];
    if (i) EXPECT_GT(cells[i]->x, cells[i - 1]->x) << order[i];
  }
}

TEST(GensenRenderer, EmployeeCopyHasEveryBoxAndNoNumber) {
  TempDir dir;
  FixtureNumbers numbers;
  pdf::GensenRenderOptions o{forms::SlipCopy::kEmployee, true, &numbers};
  std::string pdf = render(dir, "1001-employee.pdf", {fixture_slip_adjusted()}, o);
  std::string text = pdf_text(pdf);
  EXPECT_TRUE(numbers.calls.empty()) << "the employee copy must never ask for a number";
  EXPECT_TRUE(find_my_number_like(read_file(pdf)).empty());
  EXPECT_TRUE(find_my_number_like(text).empty());
  for (const char* s : {"令和8", "給与所得の源泉徴収票", "(受給者交付用)", "6,543", "210", "4,788", "889", "2,695",
                        "106", "400", "特親", "特定親族特別", "610,000", "1,040,000", "電子交付", "前職分 株式会社みどり商事",
                        "控除対象扶養親族5 山田 四郎", "山田 花子", "山田 さくら", "株式会社さくら精機"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  EXPECT_EQ(text.find("7030001099997"), std::string::npos) << "payer number only on submission copies";
  expect_golden("employee.txt", text);
}

TEST(GensenRenderer, TaxOfficeCopyHoldsExactlyTheNumbersOfThePeopleOnTheSlip) {
  TempDir dir;
  FixtureNumbers numbers;
  auto s = fixture_slip_adjusted();
  pdf::GensenRenderOptions o{forms::SlipCopy::kTaxOffice, true, &numbers};
  std::string text = pdf_text(render(dir, "1001-tax-office.pdf", {s}, o));
  // no 16歳未満の扶養親族's number on the 税務署 copy (HSZ062 has no place for one; 住民税 only)
  EXPECT_TRUE(found_in(text) == numbers_of(s, false)) << "not exactly the numbers of the people on the slip";
  EXPECT_NE(text.find("(税務署提出用)"), std::string::npos);
  EXPECT_EQ(text.find("電子交付"), std::string::npos) << "電子交付 is for the employee copy only";
  EXPECT_NE(text.find("7030001099997"), std::string::npos);
  expect_golden("tax-office.txt", text);
}

TEST(GensenRenderer, MunicipalityCopyIsTheKyuyoShiharaiHokokusho) {
  TempDir dir;
  FixtureNumbers numbers;
  pdf::GensenRenderOptions o{forms::SlipCopy::kMunicipality, false, &numbers};
  std::string text = pdf_text(render(dir, "1009-municipality.pdf", {fixture_slip_leaver()}, o));
  EXPECT_NE(text.find("給与支払報告書(個人別明細書)"), std::string::npos);
  EXPECT_NE(text.find("(市区町村提出用)"), std::string::npos);
  auto found = find_my_number_like(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0] == FixtureNumbers::number_for({9, std::nullopt})) << "not the leaver's own number";
  expect_golden("municipality-leaver.txt", text);
}

TEST(GensenRenderer, MunicipalityCopyAlsoHoldsTheUnder16DependentsNumbers) {
  TempDir dir;
  FixtureNumbers numbers;
  auto s = fixture_slip_adjusted();
  pdf::GensenRenderOptions o{forms::SlipCopy::kMunicipality, false, &numbers};
  std::string text = pdf_text(render(dir, "1001-municipality.pdf", {s}, o));
  EXPECT_TRUE(found_in(text) == numbers_of(s, true)) << "the 16歳未満's numbers too (住民税)";
}

TEST(GensenRenderer, TekiyoOverflowIsJoinedOnTheLastRowNotDropped) {
  TempDir dir;
  FixtureNumbers numbers;
  auto s = fixture_slip_adjusted();
  for (int i = 0; i < 3; ++i)
    s.dependents.push_back(fixture_person("ヤマダ", "追加" + std::to_string(i + 6), 1, 20 + i));
  pdf::GensenRenderOptions o{forms::SlipCopy::kTaxOffice, false, &numbers};
  std::string text = pdf_text(render(dir, "overflow.pdf", {s}, o));
  std::string flat;
  for (char c : text)
    if (c != '\n') flat += c;
  for (const char* n : {"前職分", "山田 四郎", "追加6", "追加7", "追加8"}) EXPECT_NE(flat.find(n), std::string::npos) << n;
  for (int i = 0; i < 3; ++i)
    EXPECT_NE(flat.find(FixtureNumbers::number_for({1, 20 + i})), std::string::npos) << "5th+ numbers on the tax-office copy";
}

TEST(GensenRenderer, FourSlipsOnOneA4Sheet) {
  TempDir dir;
  std::vector<forms::WithholdingSlip> slips(5, fixture_slip_leaver());
  std::string pdf = render(dir, "all-employee.pdf", slips, {forms::SlipCopy::kEmployee}, true);
  std::string info = dir.str("info.txt");
  ASSERT_EQ(std::system(("pdfinfo " + pdf + " > " + info).c_str()), 0);
  std::string i = read_file(info);
  EXPECT_NE(i.find("Pages:           2"), std::string::npos) << i;
  EXPECT_NE(i.find("841.89 x 595.276 pts (A4)"), std::string::npos) << i;  // A4 landscape
}

}  // namespace
}  // namespace kyuyo::test
