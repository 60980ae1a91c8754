// e-Tax .xtx writer: structure per shared/reference/filing-formats.md §1.2 (DATA root with the
// default and gen namespaces, CONTENTS, the IT part with ID attributes) and the slip as the
// official TEG108 form (TEG108-001.xsd, kyotsu namespace, copied in okathira-dev/
// client-web-api-sandbox; docs/etax.md). Every document is validated against schemas/etax/; the
// golden document is compared canonically (xmllint --c14n).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "forms/slip_fixture.hpp"
#include "kyuyo/adapters/etax/etax_writer.hpp"
#include "kyuyo/core/error.hpp"
#include "support/helpers.hpp"

namespace kyuyo::test {
namespace {

model::Employer employer() {
  model::Employer e;
  e.code = "SAKURA";
  e.name = "株式会社さくら精機";
  e.name_kana = "カブシキガイシャサクラセイキ";
  e.corporate_number = "7030001099997";
  e.postal_code = "101-0047";
  e.address = "東京都千代田区内神田九丁目9番9号 さくらビル3階";
  e.phone = "03-0000-0000";
  return e;
}

etax::XtxRequest request(forms::NumberSource* n) {
  etax::XtxRequest rq;
  rq.year = 2026;
  rq.employer = employer();
  rq.submitted_on = Date(2027, 1, 29);
  rq.slips = {fixture_slip_adjusted(), fixture_slip_leaver()};
  rq.totals.year = 2026;
  rq.totals.all = {2, Yen(6543210 - 900000 + 1850000), Yen(106400 - 21000 + 38520)};
  rq.totals.submitted = rq.totals.all;
  rq.totals.deemed = true;
  rq.numbers = n;
  return rq;
}

std::size_t count_of(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

std::string c14n(const TempDir& dir, const std::string& xml) {
  write_file(dir.path() / "in.xml", xml);
  EXPECT_EQ(std::system(("xmllint --c14n " + dir.str("in.xml") + " > " + dir.str("out.xml")).c_str()), 0);
  return read_file(dir.path() / "out.xml");
}

TEST(EtaxWriter, DocumentIsValidAndMatchesTheGoldenCanonically) {
  FixtureNumbers numbers;
  std::string xml = etax::build_xtx(request(&numbers));
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"", 0), 0u) << xml.substr(0, 60);
  EXPECT_NE(xml.find("<DATA xmlns=\"http://xml.e-tax.nta.go.jp/XSD/gensen\""), std::string::npos);
  EXPECT_NE(xml.find("xmlns:gen=\"http://xml.e-tax.nta.go.jp/XSD/general\""), std::string::npos);
  EXPECT_NE(xml.find("<NOZEISHA_NM ID=\"NOZEISHA_NM\">株式会社さくら精機</NOZEISHA_NM>"), std::string::npos);
  EXPECT_NE(xml.find("xmlns:kyo=\"http://xml.e-tax.nta.go.jp/XSD/kyotsu\""), std::string::npos);
  EXPECT_NE(xml.find("<kyo:TEG108 VR=\"1.0\""), std::string::npos) << "TEG108-001.xsd: VR enumeration 1.0";
  EXPECT_NE(xml.find("<kyo:ZPE00020>6543210</kyo:ZPE00020>"), std::string::npos) << "支払金額 inside ZPE00000";
  EXPECT_NE(xml.find("<kyo:KYU00050>610000</kyo:KYU00050>"), std::string::npos) << "特定親族特別控除の額";
  EXPECT_NE(xml.find("<gen:procedure_CD>KYU0010</gen:procedure_CD>"), std::string::npos) << "at most 7 characters";
  // TEG108 repeats ZPH10000 at most 4 times: the 5th dependent is a KYU00120 entry
  EXPECT_EQ(count_of(xml, "<kyo:ZPH10000>"), 4u);
  EXPECT_EQ(count_of(xml, "<kyo:KYU00120>"), 1u);
  TempDir dir;
  std::string actual = c14n(dir, xml);
  std::string path = test_dir() + "/adapters/etax/golden/gensen-2026-tax-office.c14n.xml";
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) write_file(path, actual);
  EXPECT_EQ(actual, read_file(path));
}

TEST(EtaxWriter, HoldsExactlyTheNumbersOfThePeopleOnTheSlips) {
  FixtureNumbers numbers;
  auto rq = request(&numbers);
  std::string xml = etax::build_xtx(rq);
  std::set<std::string> expected;
  for (const auto& s : rq.slips) {
    expected.insert(FixtureNumbers::number_for(s.number));
    if (s.spouse) expected.insert(FixtureNumbers::number_for(s.spouse->number));
    for (const auto& p : s.dependents) expected.insert(FixtureNumbers::number_for(p.number));
    for (const auto& p : s.minors) expected.insert(FixtureNumbers::number_for(p.number));
  }
  auto found = find_my_number_like(xml);
  EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), expected);
  EXPECT_EQ(found.size(), expected.size()) << "each number once";
}

TEST(EtaxWriter, WithoutANumberSourceNoNumberIsWrittenAndTheDocumentStaysValid) {
  std::string xml = etax::build_xtx(request(nullptr));
  EXPECT_TRUE(find_my_number_like(xml).empty());
  EXPECT_EQ(xml.find("KYU00010"), std::string::npos);
}

TEST(EtaxWriter, ValidationRejectsABrokenDocumentNamingTheLine) {
  std::string xml = etax::build_xtx(request(nullptr));
  auto pos = xml.find("<kyo:ZPE00020>");
  std::string bad = xml;
  bad.replace(pos, std::string("<kyo:ZPE00020>6543210").size(), "<kyo:ZPE00020>六百万");
  try {
    etax::validate_xtx(bad, {}, "bad.xtx");
    FAIL() << "accepted an invalid amount";
  } catch (const KyuyoErrors& e) {
    EXPECT_NE(std::string(e.what()).find("bad.xtx:"), std::string::npos) << e.what();
  }
  // elements out of the schema's order are refused too
  std::string swapped = xml;
  swapped.replace(swapped.find("<kyo:ZPC00120>"), 14, "<kyo:ZPC00121>");
  swapped.replace(swapped.find("</kyo:ZPC00120>"), 15, "</kyo:ZPC00121>");
  EXPECT_THROW(etax::validate_xtx(swapped), KyuyoErrors);
}

TEST(EtaxWriter, SchemaDirValidatesAgainstAnotherPackage) {
  TempDir dir;
  EXPECT_THROW(etax::validate_xtx("<DATA/>", dir.str()), KyuyoError) << "no .xsd in the directory";
  // our own schemas copied elsewhere work like an official package would
  std::filesystem::copy(std::string(KYUYO_SOURCE_ROOT) + "/schemas/etax/general.xsd", dir.path() / "general.xsd");
  std::filesystem::copy(std::string(KYUYO_SOURCE_ROOT) + "/schemas/etax/gensen.xsd", dir.path() / "gensen.xsd");
  std::filesystem::copy(std::string(KYUYO_SOURCE_ROOT) + "/schemas/etax/kyotsu.xsd", dir.path() / "kyotsu.xsd");
  EXPECT_NO_THROW(etax::build_xtx([&] {
    auto rq = request(nullptr);
    rq.schema_dir = dir.str();
    return rq;
  }()));
}

}  // namespace
}  // namespace kyuyo::test
