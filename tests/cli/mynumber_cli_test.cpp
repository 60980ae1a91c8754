// kyuyo mynumber register / import / show / document / due / purge / files, and the demo, through
// the binary: refusals, all-or-nothing import, and no plaintext in any file written.
#include <filesystem>
#include <set>
#include <string>
#include <vector>
#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"

#include "vault_cli_support.hpp"

using namespace kyuyo::vault::clitest;
namespace fs = std::filesystem;

namespace {
std::string synth(const std::string& base11) {
  // 個人番号 check digit (総務省令第85号 第5条)
  int sum = 0;
  for (int n = 1; n <= 11; ++n) sum += (base11[11 - n] - '0') * (n <= 6 ? n + 1 : n - 5);
  int r = sum % 11;
  return base11 + std::to_string(r <= 1 ? 0 : 11 - r);
}
const char* kHeader = "対象者,個人番号,利用目的,本人確認方法,番号確認書類,身元確認書類,確認者,確認日,扶養親族の確認者,代理権確認書類\n";
}  // namespace

TEST_F(VaultCli, ImportIsAllOrNothingAndNeverEchoesNumbers) {
  std::string good = synth("00009000010"), good2 = synth("00009000020");
  std::string bad = good2.substr(0, 11) + std::to_string((good2[11] - '0' + 1) % 10);
  kyuyo::test::write_file(dir.path() / "round.csv",
                          std::string(kHeader) + "1001," + good + ",gensen,card,,,田村,2026-01-05,,\n" + "1002," + bad +
                              ",gensen,card,,,田村,2026-01-05,,\n" + "1003,１２３,gensen,card,,,田村,2026-01-05,,\n" +
                              "1001:1," + good2 + ",gensen,card,,,田村,2026-01-05,,\n" + "1004," + good2 +
                              ",gensen,card,,,田村,2026-01-05,,\n");
  auto r = run({"mynumber", "import", "round.csv", "--operator", "tanto"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("round.csv:3: 個人番号: 個人番号 check digit does not match"), std::string::npos) << redact(r.err);
  EXPECT_NE(r.err.find("round.csv:4: 個人番号: "), std::string::npos) << redact(r.err);
  EXPECT_NE(r.err.find("round.csv:5: dependent: say who checked"), std::string::npos) << redact(r.err);
  EXPECT_NE(r.err.find("nothing was written"), std::string::npos);
  for (const auto& n : {good, good2, bad}) EXPECT_TRUE(r.err.find(n) == std::string::npos) << "error echoes a number";
  EXPECT_TRUE(kyuyo::test::find_my_number_like(r.err + r.out).empty());
  // nothing registered: the sample import now adds all 24
  auto ok = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"});
  ASSERT_EQ(ok.exit_code, 0) << redact(ok.err);
  EXPECT_NE(ok.out.find("24 number(s) registered"), std::string::npos) << ok.out;
}

TEST_F(VaultCli, RegisterReadsStdinAndRefusesASecondNumber) {
  // the sample's number for 1004, entered alone first (never on the command line)
  kyuyo::test::write_file(dir.path() / "n.txt", synth("00001004000") + "\n");
  std::vector<std::string> base{"mynumber", "register", "1004", "--purpose", "gensen,shaho,koyo", "--check", "card",
                                "--verified-by", "田村", "--verified-on", "2026-01-05"};
  auto by_user = base;
  by_user.insert(by_user.end(), {"--operator", "ippan"});
  auto u = run_with(by_user, env, dir.str("n.txt"));
  EXPECT_EQ(u.exit_code, 1);
  EXPECT_NE(u.err.find("may not register"), std::string::npos) << redact(u.err);
  auto ok_args = base;
  ok_args.insert(ok_args.end(), {"--operator", "tanto"});
  auto ok = run_with(ok_args, env, dir.str("n.txt"));
  ASSERT_EQ(ok.exit_code, 0) << redact(ok.err);
  EXPECT_NE(ok.out.find("1004 高橋 健: 個人番号 registered"), std::string::npos) << redact(ok.out);
  auto imp = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"});
  ASSERT_EQ(imp.exit_code, 0) << redact(imp.err);
  EXPECT_NE(imp.out.find("23 number(s) registered, 1 already registered"), std::string::npos) << imp.out;
  // a second, different number for a person is refused without echoing either
  kyuyo::test::write_file(dir.path() / "n2.txt", synth("00009000030") + "\n");
  auto second = run_with(ok_args, env, dir.str("n2.txt"));
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("a different 個人番号 is already registered"), std::string::npos) << redact(second.err);
  EXPECT_TRUE(kyuyo::test::find_my_number_like(second.out + second.err).empty());
  // a wrong check digit on stdin
  kyuyo::test::write_file(dir.path() / "n3.txt", "000090000301\n");
  auto wrong = run_with(ok_args, env, dir.str("n3.txt"));
  EXPECT_EQ(wrong.exit_code, 1);
  EXPECT_TRUE(wrong.err.find("000090000301") == std::string::npos) << "error echoes the input";
}

TEST_F(VaultCli, ShowIsRefusedOffTerminalOffPurposeAndForOrdinaryUsers) {
  import_samples();
  auto not_tty = run({"mynumber", "show", "1001", "--purpose", "gensen", "--operator", "tanto"});
  EXPECT_EQ(not_tty.exit_code, 1);
  EXPECT_NE(not_tty.err.find("not a terminal"), std::string::npos) << redact(not_tty.err);
  EXPECT_TRUE(kyuyo::test::find_my_number_like(not_tty.out + not_tty.err).empty());
  auto off = run({"mynumber", "show", "1009", "--purpose", "shaho", "--operator", "tanto"});
  EXPECT_EQ(off.exit_code, 1);
  EXPECT_NE(off.err.find("not collected for 健康保険・厚生年金保険届出事務"), std::string::npos) << off.err;
  auto user = run({"mynumber", "show", "1001", "--purpose", "gensen", "--operator", "ippan"});
  EXPECT_EQ(user.exit_code, 1);
  EXPECT_NE(user.err.find("may not view"), std::string::npos) << user.err;
  auto log = run({"audit", "log", "--action", "refused", "--operator", "kanri", "--format", "csv"});
  EXPECT_EQ(std::count(log.out.begin(), log.out.end(), '\n'), 4) << "header + 3 refusals:\n" << log.out;
}

TEST_F(VaultCli, ShowOnATerminalRevealsAndRecords) {
  if (!fs::exists("/usr/bin/script")) GTEST_SKIP() << "util-linux script(1) not installed";
  import_samples();
  auto r = run_with({"mynumber", "show", "1001:1", "--purpose", "shaho", "--operator", "tanto"}, env, "", true);
  ASSERT_EQ(r.exit_code, 0) << redact(r.err + r.out);
  EXPECT_TRUE(r.out.find(synth("00001001010")) != std::string::npos) << "the number shown differs from the sample";
  auto log = run({"audit", "log", "--action", "view", "--operator", "kanri"});
  EXPECT_NE(log.out.find("閲覧 (view)  SAKURA 1001:1"), std::string::npos) << log.out;
}

TEST_F(VaultCli, DueAndPurgeOfALongGoneLeaver) {
  import_samples();
  ASSERT_EQ(run({"mynumber", "document", "0901", "--kind", "fuyo-kojo-shinkokusho", "--year", "2015", "--operator",
                 "tanto"})
                .exit_code,
            0);
  auto due0 = run({"mynumber", "due", "--as-of", "2023-01-10"});
  EXPECT_NE(due0.out.find("0 number(s) past retention"), std::string::npos) << due0.out;
  auto due = run({"mynumber", "due", "--as-of", "2023-01-11"});
  EXPECT_NE(due.out.find("SAKURA 0901\t森 和夫\t削除期限到来\t保存期限 2023-01-10"), std::string::npos) << due.out;
  EXPECT_NE(due.out.find("1 number(s) past retention"), std::string::npos) << due.out;
  auto all = run({"mynumber", "due", "--as-of", "2026-11-01", "--all", "--format", "csv"});
  EXPECT_NE(all.out.find("SAKURA,1006,伊藤 誠,保存期間中,2027-01-31,"), std::string::npos) << all.out;  // left 2026-09-30
  EXPECT_NE(all.out.find("SAKURA,1001,山田 太郎,在職中,-,"), std::string::npos) << all.out;
  auto by_clerk = run({"mynumber", "purge", "--as-of", "2026-04-01", "--reason", "x", "--operator", "tanto"});
  EXPECT_EQ(by_clerk.exit_code, 1);
  auto p = run({"mynumber", "purge", "--as-of", "2026-04-01", "--reason", "保存期間経過", "--operator", "kanri", "--out",
                dir.str("out")});
  ASSERT_EQ(p.exit_code, 0) << redact(p.err);
  EXPECT_NE(p.out.find("deleted: SAKURA 0901 森 和夫"), std::string::npos) << p.out;
  auto certs = kyuyo::test::files_with_my_numbers(dir.str("out"));
  EXPECT_TRUE(certs.empty());
  bool pdf = false;
  for (auto& e : fs::recursive_directory_iterator(dir.str("out"))) pdf |= e.path().extension() == ".pdf";
  EXPECT_TRUE(pdf) << "deletion certificate";
  auto again = run({"mynumber", "purge", "--as-of", "2026-04-01", "--reason", "保存期間経過", "--operator", "kanri"});
  EXPECT_NE(again.out.find("nothing deleted"), std::string::npos);
  auto files = run({"mynumber", "files"});
  EXPECT_NE(files.out.find("23 件保管中, 1 件削除済み"), std::string::npos) << files.out;
  EXPECT_NE(files.out.find("アクセス権を有する者: kanri, tanto"), std::string::npos) << files.out;
  // no plaintext anywhere in the database files
  EXPECT_TRUE(kyuyo::test::find_my_number_like(kyuyo::test::read_file(db)).empty());
  if (fs::exists(db + "-wal")) {
    EXPECT_TRUE(kyuyo::test::find_my_number_like(kyuyo::test::read_file(db + "-wal")).empty());
  }
}

TEST(VaultDemo, DemoRunsTheLifecycleAndLeavesNoNumberUnderOut) {
  kyuyo::test::TempDir dir;
  auto r = kyuyo::test::run_kyuyo({"demo", "--out", dir.str("out")}, {}, dir.str());
  ASSERT_EQ(r.exit_code, 0) << redact(r.err);
  EXPECT_NE(r.err.find("REFUSED off-purpose use"), std::string::npos);
  EXPECT_NE(r.err.find("refused as expected"), std::string::npos);
  EXPECT_NE(r.out.find("deleted: SAKURA 0901"), std::string::npos) << redact(r.out);
  EXPECT_TRUE(fs::exists(dir.path() / "out/vault/audit-log.csv"));
  // Every file under out/ holding a number-like string must be a submission copy that the vault
  // registered through its 提供 call (vault_documents.output_file); nothing else may hold one:
  // not the database, its WAL, the audit log CSV, the deletion certificate, payslips, …
  std::set<fs::path> registered;
  {
    auto db = kyuyo::db::Database::open((dir.path() / "out/demo.db").string());
    soci::rowset<std::string> rs = (db->session().prepare << "SELECT DISTINCT output_file FROM vault_documents");
    for (const auto& f : rs)
      if (!f.empty()) registered.insert(fs::weakly_canonical(dir.path() / f));
  }
  int unregistered = 0;
  std::string first;
  for (const auto& f : kyuyo::test::files_with_my_numbers(dir.path() / "out")) {
    if (registered.count(fs::weakly_canonical(f))) continue;
    if (!unregistered++) first = f;
  }
  EXPECT_EQ(unregistered, 0) << "files holding a number that the vault did not provide; first: " << first;
  for (const char* f : {"out/demo.db", "out/demo.db-wal", "out/vault/audit-log.csv"})
    if (fs::exists(dir.path() / f)) {
      EXPECT_TRUE(kyuyo::test::find_my_number_like(kyuyo::test::read_file(dir.path() / f)).empty()) << f;
    }
  EXPECT_TRUE(kyuyo::test::find_my_number_like(r.out + r.err).empty()) << "the demo printed a number";
  // The pay-run issue (#6): the demo's year of 2026, 12 monthly and 2 bonus runs, writes its payslips
  // under out/payslips/, one folder per run, each with a print file and one PDF per employee.
  std::vector<std::string> runs;
  for (int m = 1; m <= 12; ++m) runs.push_back((m < 10 ? "2026-0" : "2026-") + std::to_string(m));
  runs.push_back("bonus-2026-07-10");
  runs.push_back("bonus-2026-12-10");
  for (const auto& run : runs) {
    const fs::path d = dir.path() / "out/payslips" / run;
    EXPECT_TRUE(fs::exists(d / "all-employees.pdf")) << d;
    int slips = 0;
    if (fs::is_directory(d))
      for (const auto& e : fs::directory_iterator(d))
        if (e.path().extension() == ".pdf" && e.path().filename() != "all-employees.pdf") ++slips;
    EXPECT_GT(slips, 0) << d;
  }
  int folders = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "out/payslips")) folders += e.is_directory();
  EXPECT_EQ(folders, 14) << "12 monthly and 2 bonus runs";
}
