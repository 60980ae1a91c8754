// kyuyo keys / operator / audit through the binary.
#include <sys/stat.h>

#include "kyuyo/adapters/db/database.hpp"
#include "vault_cli_support.hpp"

using namespace kyuyo::vault::clitest;

TEST_F(VaultCli, KeyFileIs0600AndRefusedWhenOthersCanRead) {
  struct stat st {};
  ASSERT_EQ(::stat(key.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto again = run({"keys", "init", "--operator", "kanri"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already has a vault key"), std::string::npos) << again.err;
  import_samples();
  ::chmod(key.c_str(), 0644);
  auto r = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("chmod 600"), std::string::npos) << redact(r.err);
  ::chmod(key.c_str(), 0600);
}

TEST_F(VaultCli, KeyRotationKeepsNumbersReadable) {
  import_samples();
  std::string before = kyuyo::test::read_file(key);
  EXPECT_EQ(run({"keys", "rotate", "--operator", "tanto"}).exit_code, 1) << "責任者 only";
  auto r = run({"keys", "rotate", "--operator", "kanri"});
  ASSERT_EQ(r.exit_code, 0) << redact(r.err);
  EXPECT_NE(kyuyo::test::read_file(key), before);
  auto shown = run_with({"mynumber", "show", "1001", "--purpose", "gensen", "--operator", "tanto"}, env, "", true);
  if (shown.exit_code == 0) {
    EXPECT_NE(shown.out.find("個人番号"), std::string::npos);
  }
  auto again = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"});
  EXPECT_EQ(again.exit_code, 0) << redact(again.err);
  EXPECT_NE(again.out.find("24 already registered"), std::string::npos) << "duplicate detection under the new key";
}

TEST_F(VaultCli, OperatorsBootstrapAndRoles) {
  auto r = run({"operator", "add", "x", "--role", "一般", "--operator", "tanto"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("責任者"), std::string::npos);
  EXPECT_EQ(run({"operator", "add", "x", "--role", "boss", "--operator", "kanri"}).exit_code, 2);
  auto list = run({"operator", "list"});
  EXPECT_NE(list.out.find("tanto\t事務取扱担当者"), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("ippan\t一般\tpayroll only"), std::string::npos) << list.out;
}

TEST_F(VaultCli, FailedLoginIsRefusedAndRecorded) {
  auto r = run({"mynumber", "import", samples() + "/mynumbers.csv", "--operator", "tanto"},
               {"KYUYO_PASSPHRASE=wrong wrong"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("login refused"), std::string::npos) << r.err;
  auto log = run({"audit", "log", "--action", "login-failed", "--operator", "kanri", "--format", "csv"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find(",tanto,login-failed,"), std::string::npos) << log.out;
  auto none = run({"mynumber", "import", samples() + "/mynumbers.csv"}, {"KYUYO_OPERATOR="});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("needs an operator"), std::string::npos);
}

TEST_F(VaultCli, AuditVerifyDetectsTamperingAndLogFilters) {
  import_samples();
  (void)run({"mynumber", "show", "1009", "--purpose", "shaho", "--operator", "tanto"});
  auto ok = run({"audit", "verify"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("intact"), std::string::npos);

  auto csv = run({"audit", "log", "--format", "csv", "--operator", "kanri", "--person", "1009"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("seq,at,operator,action,", 0), 0u);
  EXPECT_NE(csv.out.find(",refused,拒否,SAKURA,1009,"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find(",register,取得,SAKURA,1009,"), std::string::npos) << csv.out;
  auto refused = run({"audit", "log", "--action", "refused", "--by", "tanto", "--operator", "kanri"});
  EXPECT_NE(refused.out.find("1 entries"), std::string::npos) << refused.out;
  auto all = run({"audit", "log", "--format", "csv", "--operator", "kanri", "--from", "2000-01-01", "--to", "2999-12-31"});
  EXPECT_TRUE(kyuyo::test::find_my_number_like(all.out).empty()) << "the audit log holds a number";
  EXPECT_EQ(run({"audit", "log", "--operator", "ippan"}).exit_code, 1) << "ordinary users do not read the log";

  {
    auto d = kyuyo::db::Database::open(db);
    d->session() << "UPDATE vault_audit SET detail = 'nothing happened' WHERE seq = 12";
  }
  auto bad = run({"audit", "verify"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("TAMPERED"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("audit entry 12"), std::string::npos) << bad.err;
}
