// The rule-data loader: valid files load with every value typed; each malformed fixture
// (tests/adapters/xml/fixtures/invalid/, one per failure kind) is refused naming file and line.
#include "kyuyo/adapters/xml/rule_loader.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "kyuyo/core/error.hpp"
#include "support/helpers.hpp"

using namespace kyuyo;
namespace fs = std::filesystem;

namespace {
std::string fixture(const std::string& name) { return test::test_dir() + "/adapters/xml/fixtures/" + name; }

std::vector<Error> load_errors(const std::string& path) {
  try {
    xml::load_rule_file(path);
  } catch (const KyuyoErrors& e) {
    return e.errors();
  }
  return {};
}
}  // namespace

TEST(RuleLoader, LoadsValidFileWithTypedValues) {
  auto f = xml::load_rule_file(fixture("valid.xml"));
  EXPECT_EQ(f.id, "t.valid");
  EXPECT_EQ(f.axis, rules::Axis::kPaymentDate);
  EXPECT_EQ(f.from, Date(2026, 1, 1));
  ASSERT_TRUE(f.until);
  EXPECT_EQ(*f.until, Date(2026, 12, 31));
  EXPECT_EQ(f.param_yen("basic"), Yen(580000));
  EXPECT_EQ(f.param_rate("rate"), *Rate::parse("9.85%"));
  EXPECT_EQ(f.param_int("count"), 7);
  EXPECT_EQ(f.param_text("label"), "東京都");
  const auto& t = f.table("t");
  EXPECT_EQ(t.source, "test source text");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.yen(0, "hi"), Yen(63000));
  EXPECT_TRUE(t.is_null(1, "hi"));
  EXPECT_EQ(t.rate(0, "r"), Rate(55, 10000));
  EXPECT_EQ(t.text(1, "name"), "二");
  EXPECT_GT(t.rows[1].line, t.rows[0].line);
  EXPECT_EQ(f.content_hash.size(), 16u);
  EXPECT_THROW(f.table("nope"), KyuyoError);
  EXPECT_THROW(f.param_yen("rate"), KyuyoError);  // wrong type asked
}

struct BadCase {
  const char* file;
  int line;            // expected line in the error, 0 = any
  const char* needle;  // expected text in the message
};

class RuleLoaderRejects : public ::testing::TestWithParam<BadCase> {};

TEST_P(RuleLoaderRejects, NamesFileLineAndReason) {
  const auto& c = GetParam();
  std::string path = fixture(std::string("invalid/") + c.file);
  auto errors = load_errors(path);
  ASSERT_FALSE(errors.empty()) << c.file << " was accepted";
  bool found = false;
  for (const auto& e : errors) {
    EXPECT_NE(e.where.find(path), std::string::npos) << e.to_string();
    if (e.to_string().find(c.needle) != std::string::npos &&
        (c.line == 0 || e.where == path + ":" + std::to_string(c.line)))
      found = true;
  }
  std::string all;
  for (const auto& e : errors) all += e.to_string() + "\n";
  EXPECT_TRUE(found) << "expected '" << c.needle << "' at line " << c.line << " in:\n" << all;
}

INSTANTIATE_TEST_SUITE_P(
    NegativeFixtures, RuleLoaderRejects,
    ::testing::Values(BadCase{"malformed.xml", 5, "expected end of tag"},                 // unclosed element
                      BadCase{"missing_source.xml", 4, "missing required attribute 'source'"},           // citation required
                      BadCase{"bad_token.xml", 8, "'12a' is not a whole yen amount"},
                      BadCase{"bad_rate.xml", 4, "malformed rate"},
                      BadCase{"row_width.xml", 8, "row has 3 values, expected 2"},
                      BadCase{"dtd.xml", 0, "DTD is not allowed"},
                      BadCase{"external_entity.xml", 0, "DTD is not allowed"},
                      BadCase{"duplicate_table.xml", 5, "duplicate table id 't'"},
                      BadCase{"bad_axis.xml", 0, "monthly"},
                      BadCase{"bad_date.xml", 0, "2026-02-30"},
                      BadCase{"until_before_from.xml", 2, "until is before from"},
                      BadCase{"wrong_namespace.xml", 0, "rules"},
                      BadCase{"unknown_element.xml", 6, "formula"}),
    [](const auto& info) {
      std::string n = info.param.file;
      return n.substr(0, n.find('.'));
    });

TEST(RuleLoader, MissingFileIsAnError) {
  auto errors = load_errors("/nonexistent/rules.xml");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].to_string().find("cannot read"), std::string::npos);
}

TEST(RuleLoader, LibraryLooksUpByDateAndRefusesOverlaps) {
  test::TempDir dir;
  auto write = [&](const std::string& name, const std::string& from, const std::string& until, const std::string& v) {
    test::write_file(dir.path() / name,
                     "<?xml version=\"1.0\"?>\n<rules xmlns=\"urn:kyuyo:rules:1\" id=\"t.lib\" axis=\"tax-year\" from=\"" +
                         from + "\"" + (until.empty() ? "" : " until=\"" + until + "\"") +
                         "><title>t</title><param id=\"v\" type=\"yen\" source=\"test source text\">" + v +
                         "</param></rules>\n");
  };
  write("a.xml", "2025-01-01", "2025-12-31", "1");
  write("b.xml", "2026-01-01", "", "2");
  auto lib = xml::load_rule_library(dir.str());
  EXPECT_EQ(lib.at("t.lib", Date(2025, 12, 31)).param_yen("v"), Yen(1));
  EXPECT_EQ(lib.at("t.lib", Date(2026, 1, 1)).param_yen("v"), Yen(2));
  EXPECT_EQ(lib.at("t.lib", Date(2030, 1, 1)).param_yen("v"), Yen(2));
  EXPECT_THROW(lib.at("t.lib", Date(2024, 12, 31)), KyuyoError);
  EXPECT_THROW(lib.at("t.other", Date(2026, 1, 1)), KyuyoError);
  write("c.xml", "2026-06-01", "", "3");
  EXPECT_THROW(xml::load_rule_library(dir.str()), KyuyoErrors);
}

TEST(RuleLoader, InstalledRuleDataAllLoads) {
  const auto& lib = xml::default_rule_library();
  EXPECT_GE(lib.size(), 1u);
  const auto& g = lib.at("social.grades", Date(2026, 4, 1));
  EXPECT_EQ(g.table("health").rows.size(), 50u);
  EXPECT_EQ(g.table("pension").rows.size(), 32u);
}
