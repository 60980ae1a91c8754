#pragma once
// Helpers for the vault CLI tests: a database with the sample company, a key file and three
// operators. Numbers are synthetic; failure messages go through redact().
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <sys/wait.h>

#include "support/helpers.hpp"

namespace kyuyo::vault::clitest {

inline std::string redact(const std::string& s) { return std::regex_replace(s, std::regex("[0-9]{12}"), "<12 digits>"); }

inline std::string samples() { return kyuyo::test::test_dir() + "/../samples/company"; }

inline std::string quote(const std::string& s) {
  std::string r = "'";
  for (char c : s) r += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return r + "'";
}

/// Runs kyuyo with stdin from a file (run_kyuyo uses /dev/null), or under `script` so that stdout
/// is a terminal.
inline kyuyo::test::RunResult run_with(const std::vector<std::string>& args, const std::vector<std::string>& env,
                                       const std::string& stdin_file, bool on_terminal = false) {
  kyuyo::test::TempDir tmp;
  std::string cmd = "env";
  for (const auto& e : env) cmd += " " + quote(e);
  cmd += " " + quote(KYUYO_BINARY);
  for (const auto& a : args) cmd += " " + quote(a);
  std::string full = on_terminal ? "script -qec " + quote(cmd) + " /dev/null" : cmd;
  full += " <" + quote(stdin_file.empty() ? "/dev/null" : stdin_file) + " >" + quote(tmp.str("out")) + " 2>" +
          quote(tmp.str("err"));
  int status = std::system(full.c_str());
  kyuyo::test::RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = kyuyo::test::read_file(tmp.path() / "out");
  r.err = kyuyo::test::read_file(tmp.path() / "err");
  return r;
}

class VaultCli : public ::testing::Test {
 protected:
  void SetUp() override {
    db = dir.str("k.db");
    key = dir.str("k.key");
    env = {"KYUYO_KEY_FILE=" + key, "KYUYO_PASSPHRASE=cli test passphrase", "KYUYO_NEW_PASSPHRASE=cli test passphrase",
           "KYUYO_DB=" + db};
    for (auto args : std::vector<std::vector<std::string>>{
             {"import", "employers", samples() + "/employers.csv"},
             {"import", "employees", samples() + "/employees.csv"},
             {"import", "dependents", samples() + "/dependents.csv", "--encoding", "cp932"},
             {"import", "employees", samples() + "/former_employees.csv"},
             {"keys", "init"},
             {"operator", "add", "kanri", "--role", "責任者"},
             {"operator", "add", "tanto", "--role", "事務取扱担当者", "--operator", "kanri"},
             {"operator", "add", "ippan", "--role", "一般", "--operator", "kanri"}}) {
      auto r = run(args);
      ASSERT_EQ(r.exit_code, 0) << args[0] << " " << args[1] << ": " << redact(r.err);
    }
  }
  kyuyo::test::RunResult run(std::vector<std::string> args, std::vector<std::string> extra_env = {}) {
    auto e = env;
    e.insert(e.end(), extra_env.begin(), extra_env.end());
    return kyuyo::test::run_kyuyo(args, e, dir.str());
  }
  void import_samples() {
    auto r = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"});
    ASSERT_EQ(r.exit_code, 0) << redact(r.err);
  }
  kyuyo::test::TempDir dir;
  std::string db, key;
  std::vector<std::string> env;
};

}  // namespace kyuyo::vault::clitest
