// scripts/convert_withholding.py: re-running it on ../shared/reference/data reproduces the
// committed schemas/rules/withholding/{monthly,bonus}-*.xml byte for byte, and it refuses to write
// when the two 令和8年分 月額表 extractions (keiri-tools S1, renjaku S2) disagree in a single cell.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/helpers.hpp"
#include "withholding_fixture.hpp"

namespace kyuyo::withholding::test {
namespace {

namespace fs = std::filesystem;

std::string repo_root() { return fs::path(kyuyo::test::test_dir()).parent_path().string(); }

int run_converter(const std::string& data, const std::string& out, const std::string& log) {
  std::string cmd = "python3 '" + repo_root() + "/scripts/convert_withholding.py' '" + data +
                    "' '" + out + "' >'" + log + "' 2>&1";
  int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

bool have_python() { return std::system("python3 -c 'import json, decimal' >/dev/null 2>&1") == 0; }

TEST(WithholdingConversion, ReproducesCommittedXmlExactly) {
  WH_REQUIRE_SHARED(dir);
  if (!have_python())
    GTEST_SKIP() << "SKIPPED LOUDLY: python3 not available; conversion not re-run";
  kyuyo::test::TempDir tmp;
  ASSERT_EQ(run_converter(dir, tmp.str("out"), tmp.str("log")), 0)
      << kyuyo::test::read_file(tmp.str("log"));
  int files = 0;
  for (const char* name : {"monthly-2020-01-01.xml", "monthly-2026-01-01.xml",
                           "bonus-2020-01-01.xml", "bonus-2026-01-01.xml"}) {
    std::string committed = kyuyo::test::read_file(resources::rules_dir() + "/withholding/" + name);
    std::string generated = kyuyo::test::read_file(tmp.str("out") + "/" + name);
    EXPECT_FALSE(committed.empty()) << name;
    EXPECT_TRUE(committed == generated)
        << name << " differs from a fresh conversion; re-run scripts/convert_withholding.py";
    ++files;
  }
  EXPECT_EQ(files, 4);
}

TEST(WithholdingConversion, RefusesWhenTheTwoExtractionsDisagree) {
  WH_REQUIRE_SHARED(dir);
  if (!have_python())
    GTEST_SKIP() << "SKIPPED LOUDLY: python3 not available; conversion not re-run";
  kyuyo::test::TempDir tmp;
  fs::create_directories(tmp.str("data"));
  for (const auto& e : fs::directory_iterator(dir))
    fs::copy_file(e.path(), tmp.path() / "data" / e.path().filename());
  // Change one 甲 cell of the keiri extraction: the 175,000 row, n=2 (250 → 260).
  std::string json = kyuyo::test::read_file(tmp.str("data/withholding-monthly-r08.keiri.json"));
  const std::string from = R"({"min":175000,"max":177000,"kou":[3480,1870,250,)";
  auto at = json.find(from);
  ASSERT_NE(at, std::string::npos);
  json.replace(at, from.size(), R"({"min":175000,"max":177000,"kou":[3480,1870,260,)");
  kyuyo::test::write_file(tmp.str("data/withholding-monthly-r08.keiri.json"), json);
  EXPECT_NE(run_converter(tmp.str("data"), tmp.str("out"), tmp.str("log")), 0);
  std::string log = kyuyo::test::read_file(tmp.str("log"));
  EXPECT_NE(log.find("disagree"), std::string::npos) << log;
  EXPECT_NE(log.find("175000"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(tmp.str("out/monthly-2026-01-01.xml")));
}

}  // namespace
}  // namespace kyuyo::withholding::test
