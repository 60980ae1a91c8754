#include "support/helpers.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace kyuyo::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device rd;
  auto base = fs::temp_directory_path();
  for (int i = 0; i < 100; ++i) {
    auto p = base / ("kyuyo-test-" + std::to_string(rd()));
    if (fs::create_directory(p)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create temp dir");
}
TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

namespace {
std::string shell_quote(const std::string& s) {
  std::string r = "'";
  for (char c : s) {
    if (c == '\'') r += "'\\''";
    else r += c;
  }
  return r + "'";
}
}  // namespace

RunResult run_kyuyo(const std::vector<std::string>& args, const std::vector<std::string>& env,
                    const std::string& cwd) {
  TempDir tmp;
  std::string cmd;
  if (!cwd.empty()) cmd += "cd " + shell_quote(cwd) + " && ";
  cmd += "env";
  for (const auto& e : env) cmd += " " + shell_quote(e);
  cmd += " " + shell_quote(KYUYO_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " </dev/null >" + shell_quote(tmp.str("out")) + " 2>" + shell_quote(tmp.str("err"));
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(tmp.path() / "out");
  r.err = read_file(tmp.path() / "err");
  return r;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, const std::string& content) {
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
}

std::string test_dir() { return KYUYO_TEST_DIR; }
std::string shared_reference_dir() { return KYUYO_SHARED_REFERENCE; }

namespace {
bool my_number_check_digit_ok(const std::string& s) {
  // 個人番号 check digit (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 8条 /
  // 総務省令第85号 5条): weights Qn = n+1 (1<=n<=6), n-5 (7<=n<=11), counted from the right.
  int sum = 0;
  for (int n = 1; n <= 11; ++n) {
    int p = s[11 - n] - '0';
    int q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  int r = sum % 11;
  int cd = r <= 1 ? 0 : 11 - r;
  return cd == s[11] - '0';
}
}  // namespace

std::vector<std::string> find_my_number_like(const std::string& bytes) {
  std::vector<std::string> out;
  std::size_t i = 0, n = bytes.size();
  while (i < n) {
    if (!isdigit(static_cast<unsigned char>(bytes[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && isdigit(static_cast<unsigned char>(bytes[j]))) ++j;
    if (j - i == 12) {
      std::string s = bytes.substr(i, 12);
      if (my_number_check_digit_ok(s)) out.push_back(s);
    }
    i = j;
  }
  return out;
}

std::vector<std::string> files_with_my_numbers(const fs::path& dir) {
  std::vector<std::string> out;
  if (!fs::exists(dir)) return out;
  for (auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    if (!find_my_number_like(read_file(e.path())).empty()) out.push_back(e.path().string());
  }
  return out;
}

}  // namespace kyuyo::test
