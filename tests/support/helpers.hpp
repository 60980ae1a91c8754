#pragma once
/// \brief Test helpers: temporary directories, running the kyuyo binary, reading files, and the
/// My Number leak scanner (12-digit strings with a valid check digit).
#include <filesystem>
#include <string>
#include <vector>

namespace kyuyo::test {

/// A fresh temporary directory, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string str(const std::string& child = {}) const { return child.empty() ? path_.string() : (path_ / child).string(); }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs build/kyuyo with args (each word shell-quoted), optional env assignments ("K=V") and
/// working directory. stdin is /dev/null.
RunResult run_kyuyo(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                    const std::string& cwd = {});

std::string read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, const std::string& content);

/// The test source dir (tests/).
std::string test_dir();
/// ../shared/reference (may be missing outside CI).
std::string shared_reference_dir();

/// Every 12-digit run (not part of a longer digit run) whose last digit is a valid 個人番号
/// check digit. Used to prove no My Number leaks into outputs.
std::vector<std::string> find_my_number_like(const std::string& bytes);
/// Scans every file below dir; returns "path" for each file holding one.
std::vector<std::string> files_with_my_numbers(const std::filesystem::path& dir);

}  // namespace kyuyo::test
