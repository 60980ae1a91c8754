// CLI conventions: --help everywhere, exit codes 0/1/2, init creates a database.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "support/helpers.hpp"

using kyuyo::test::run_kyuyo;

TEST(Cli, HelpListsCommands) {
  auto r = run_kyuyo({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("init"), std::string::npos);
  EXPECT_NE(r.out.find("exit codes"), std::string::npos);
}

TEST(Cli, UnknownCommandIsUsageError) {
  auto r = run_kyuyo({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command"), std::string::npos);
}

TEST(Cli, UnknownOptionIsUsageError) {
  auto r = run_kyuyo({"init", "--bogus"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(Cli, InitCreatesDatabase) {
  kyuyo::test::TempDir dir;
  auto r = run_kyuyo({"init", "--db", dir.str("k.db")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "k.db"));
  auto again = run_kyuyo({"init", "--db", dir.str("k.db")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
}

TEST(Cli, EveryCommandHasHelp) {
  auto r = run_kyuyo({"--help"});
  ASSERT_EQ(r.exit_code, 0);
  std::istringstream in(r.out);
  std::string line;
  bool in_cmds = false;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line == "commands:") { in_cmds = true; continue; }
    if (in_cmds && line.empty()) break;
    if (!in_cmds) continue;
    // "  calc withholding      summary": command words are separated by one space, summary by 2+
    std::string words = line.substr(2, line.find("  ", 2) - 2);
    std::vector<std::string> args;
    std::istringstream w(words);
    std::string a;
    while (w >> a) args.push_back(a);
    args.push_back("--help");
    auto h = run_kyuyo(args);
    EXPECT_EQ(h.exit_code, 0) << words;
    EXPECT_NE(h.out.find("usage: kyuyo " + words), std::string::npos) << words;
    ++checked;
  }
  EXPECT_GE(checked, 2);
}
