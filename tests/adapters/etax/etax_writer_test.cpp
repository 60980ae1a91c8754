// e-Tax .xtx writer: the official 法定調書 procedure PHS0051 (PHS0051-250.xsd VR 25.0.0, the
// 源泉徴収票 form HSZ062-006.xsd VR 6.0, the 合計表 HSZ600-003.xsd VR 3.0, ITdefinition.xsd, as
// copied in zhaoy75/beermes @ ad07ebd5, etax/19XMLスキーマ/; docs/etax.md). Every document is
// validated against schemas/etax/hoteishiryo.xsd (ours, from those facts); the golden document is
// compared canonically (xmllint --c14n). With KYUYO_ETAX_SCHEMA_DIR pointing at the official
// package the documents are also validated against it.
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
  e.representative = "加藤 大輔";
  e.etax_user_id = "0000111122223333";
  e.tax_office_code = "01103";
  e.tax_office_name = "神田";
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
  EXPECT_NE(xml.find("<DATA xmlns=\"http://xml.e-tax.nta.go.jp/XSD/hoteishiryo\""), std::string::npos);
  EXPECT_NE(xml.find("xmlns:gen=\"http://xml.e-tax.nta.go.jp/XSD/general\""), std::string::npos);
  EXPECT_NE(xml.find("<PHS0051 VR=\"25.0.0\" id=\"PHS0051\">"), std::string::npos) << "PHS0051-250.xsd";
  EXPECT_NE(xml.find("<CATALOG id=\"CATALOG\">"), std::string::npos);
  EXPECT_NE(xml.find("<rdf:description about=\"#HSZ062-2\"/>"), std::string::npos) << "the forms listed in CATALOG";
  EXPECT_NE(xml.find("<IT VR=\"1.5\" id=\"IT\">"), std::string::npos);
  EXPECT_NE(xml.find("<gen:zeimusho_CD>01103</gen:zeimusho_CD>"), std::string::npos) << "ZEIMUSHO is required";
  EXPECT_NE(xml.find("<NOZEISHA_ID ID=\"NOZEISHA_ID\">0000111122223333</NOZEISHA_ID>"), std::string::npos);
  EXPECT_NE(xml.find("<NOZEISHA_NM ID=\"NOZEISHA_NM\">株式会社さくら精機</NOZEISHA_NM>"), std::string::npos);
  EXPECT_NE(xml.find("<procedure_CD>PHS0051</procedure_CD>"), std::string::npos);
  EXPECT_EQ(count_of(xml, "<HSZ062 VR=\"6.0\""), 2u) << "one HSZ062 per slip";
  EXPECT_EQ(count_of(xml, "<HSZ600 VR=\"3.0\""), 1u) << "the 合計表 exactly once";
  EXPECT_NE(xml.find("<DIF00020>6543210</DIF00020>"), std::string::npos) << "支払金額 inside DIF00000";
  EXPECT_NE(xml.find("<DIJ10000>610000</DIJ10000>"), std::string::npos) << "特定親族特別控除の額";
  EXPECT_NE(xml.find("<DIL00130>1</DIL00130>"), std::string::npos) << "特親 人";
  EXPECT_EQ(xml.find("<DIL00140>"), std::string::npos) << "特親 従人: none on these slips";
  EXPECT_NE(xml.find("<DID10030 IDREF=\"NOZEISHA_NM\"/>"), std::string::npos) << "支払者 from the IT part";
  // HSZ062 repeats DIZ00000 at most 4 times: the 5th dependent is in 摘要
  EXPECT_EQ(count_of(xml, "<DIZ00000>"), 4u);
  EXPECT_NE(xml.find("控除対象扶養親族5 山田 四郎"), std::string::npos);
  // 合計表: Ⓐ all recipients, Ⓑ the filed subset
  EXPECT_NE(xml.find("<BLI00020>2</BLI00020>"), std::string::npos);
  EXPECT_NE(xml.find("<BLI00040>7493210</BLI00040>"), std::string::npos);
  TempDir dir;
  std::string actual = c14n(dir, xml);
  std::string path = test_dir() + "/adapters/etax/golden/gensen-2026-tax-office.c14n.xml";
  if (std::getenv("KYUYO_UPDATE_GOLDEN")) write_file(path, actual);
  EXPECT_TRUE(actual == read_file(path)) << "differs from " << path << " (not printed: it holds 個人番号)";
}

TEST(EtaxWriter, HoldsExactlyTheNumbersOfThePeopleOnTheSlipsButNoUnder16s) {
  FixtureNumbers numbers;
  auto rq = request(&numbers);
  std::string xml = etax::build_xtx(rq);
  std::set<std::string> expected, minors;
  for (const auto& s : rq.slips) {
    expected.insert(FixtureNumbers::number_for(s.number));
    if (s.spouse) expected.insert(FixtureNumbers::number_for(s.spouse->number));
    for (const auto& p : s.dependents) expected.insert(FixtureNumbers::number_for(p.number));  // 5th in 摘要
    for (const auto& p : s.minors) minors.insert(FixtureNumbers::number_for(p.number));
  }
  auto found = find_my_number_like(xml);
  EXPECT_TRUE(std::set<std::string>(found.begin(), found.end()) == expected) << "not exactly the people on the slips";
  EXPECT_EQ(found.size(), expected.size()) << "each number once";
  for (const auto& m : minors) EXPECT_EQ(xml.find(m), std::string::npos) << "HSZ062 has no 16歳未満 個人番号";
  for (const auto& m : minors) EXPECT_EQ(numbers.calls.count(m), 0u) << "and the vault is not asked for one";
}

TEST(EtaxWriter, WithoutANumberSourceNoNumberIsWrittenAndTheDocumentStaysValid) {
  std::string xml = etax::build_xtx(request(nullptr));
  EXPECT_TRUE(find_my_number_like(xml).empty());
  EXPECT_EQ(xml.find("DID00030"), std::string::npos);
  EXPECT_EQ(xml.find("kojinbango"), std::string::npos);
}

TEST(EtaxWriter, SpecificRelativesSecondaryCountIsWrittenAfterTheMainOne) {
  // HSZ062-006.xsd: DIL00120 特親 = DIL00130 人, then DIL00140 従人; the document stays valid.
  auto rq = request(nullptr);
  rq.slips[0].specific_relatives_otsu = 1;
  std::string xml = etax::build_xtx(rq);
  auto main = xml.find("<DIL00130>1</DIL00130>");
  auto otsu = xml.find("<DIL00140>1</DIL00140>");
  ASSERT_NE(main, std::string::npos);
  ASSERT_NE(otsu, std::string::npos);
  EXPECT_LT(main, otsu);
}

TEST(EtaxWriter, NonResidentDependentsCarryTheirOverseasCode) {
  auto rq = request(nullptr);
  rq.slips[0].dependents[1].non_resident = true;
  rq.slips[0].dependents[1].overseas_code = "02";  // 留学
  rq.slips[0].minors[0].non_resident = true;
  std::string xml = etax::build_xtx(rq);
  auto after = [&](const std::string& name) {
    auto p = xml.find(name);
    auto k = xml.find("<DIZ00030>", p);
    return xml.substr(xml.find("<kubun_CD>", k) + 10, 2);
  };
  EXPECT_EQ(after("山田 二郎"), "00");
  EXPECT_EQ(after("山田 緑"), "02");
  auto m = xml.find("<DIF10030>", xml.find("山田 さくら"));
  EXPECT_EQ(xml.substr(xml.find("<kubun_CD>", m) + 10, 2), "01");
}

TEST(EtaxWriter, AnEmployerWithoutTheETaxUserIdOrTaxOfficeIsRefused) {
  FixtureNumbers numbers;
  auto rq = request(&numbers);
  rq.employer.etax_user_id.clear();
  try {
    etax::build_xtx(rq);
    FAIL() << "accepted";
  } catch (const KyuyoError& e) {
    EXPECT_NE(std::string(e.what()).find("利用者識別番号"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(numbers.calls.empty()) << "refused before any 提供";
  rq = request(&numbers);
  rq.employer.tax_office_code = "1103";
  EXPECT_THROW(etax::build_xtx(rq), KyuyoError);
}

TEST(EtaxWriter, ValidationRejectsABrokenDocumentNamingTheLine) {
  std::string xml = etax::build_xtx(request(nullptr));
  auto pos = xml.find("<DIF00020>");
  std::string bad = xml;
  bad.replace(pos, std::string("<DIF00020>6543210").size(), "<DIF00020>六百万");
  try {
    etax::validate_xtx(bad, {}, "bad.xtx");
    FAIL() << "accepted an invalid amount";
  } catch (const KyuyoErrors& e) {
    EXPECT_NE(std::string(e.what()).find("bad.xtx:"), std::string::npos) << e.what();
  }
  // an element the form does not have is refused too
  std::string renamed = xml;
  renamed.replace(renamed.find("<DID00070>"), 10, "<DID00071>");
  renamed.replace(renamed.find("</DID00070>"), 11, "</DID00071>");
  EXPECT_THROW(etax::validate_xtx(renamed), KyuyoErrors);
  // a reference to an IT item that is not there breaks the IDREF
  std::string dangling = xml;
  dangling.replace(dangling.find("IDREF=\"NOZEISHA_NM\""), 19, "IDREF=\"NOZEISHA_XX\"");
  EXPECT_THROW(etax::validate_xtx(dangling), KyuyoErrors);
}

TEST(EtaxWriter, SchemaDirWithoutTheProcedureSchemaIsRefused) {
  TempDir dir;
  try {
    etax::validate_xtx("<DATA/>", dir.str());
    FAIL() << "accepted";
  } catch (const KyuyoError& e) {
    EXPECT_NE(std::string(e.what()).find("PHS0051-250.xsd"), std::string::npos) << e.what();
  }
  EXPECT_THROW(etax::validate_xtx("<DATA/>", dir.str() + "/missing"), KyuyoError);
}

// The official package (NTA e-Tax XMLスキーマ; a copy: github.com/zhaoy75/beermes @ ad07ebd5,
// etax/19XMLスキーマ/): set KYUYO_ETAX_SCHEMA_DIR to its folder to run this.
TEST(EtaxWriter, DocumentsValidateAgainstTheOfficialPackage) {
  const char* official = std::getenv("KYUYO_ETAX_SCHEMA_DIR");
  if (!official || !*official)
    GTEST_SKIP() << "\n*** KYUYO_ETAX_SCHEMA_DIR is not set: the e-Tax documents were NOT validated against the "
                    "official XMLスキーマ package (only against schemas/etax/) ***";
  FixtureNumbers numbers;
  for (auto* n : {static_cast<forms::NumberSource*>(&numbers), static_cast<forms::NumberSource*>(nullptr)}) {
    auto rq = request(n);
    rq.schema_dir = official;
    std::string xml;
    EXPECT_NO_THROW(xml = etax::build_xtx(rq));
    // and a broken one is refused by the official schemas as well
    if (!xml.empty()) {
      std::string renamed = xml;
      renamed.replace(renamed.find("<DID00070>"), 10, "<DID00071>");
      renamed.replace(renamed.find("</DID00070>"), 11, "</DID00071>");
      EXPECT_THROW(etax::validate_xtx(renamed, official), KyuyoErrors);
    }
  }
  auto sole = request(&numbers);  // a 個人事業主: the owner's 個人番号 in the IT part
  sole.employer.corporate_number.clear();
  sole.schema_dir = official;
  EXPECT_NO_THROW(etax::build_xtx(sole));
  auto otsu = request(nullptr);  // 特親 従人 (DIL00140) in its place
  otsu.slips[0].specific_relatives_otsu = 1;
  otsu.schema_dir = official;
  EXPECT_NO_THROW(etax::build_xtx(otsu));
}

}  // namespace
}  // namespace kyuyo::test
