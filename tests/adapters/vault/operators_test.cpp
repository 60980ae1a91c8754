// Operators: bootstrap rule, roles, Argon2id passphrases, failed logins recorded and slowed.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using namespace kyuyo::vault::testing;
using kyuyo::ErrorCode;
using kyuyo::KyuyoError;

TEST(VaultOperators, FirstOperatorMustBeAManagerThenOnlyManagersAdd) {
  kyuyo::test::TempDir d;
  auto db = kyuyo::db::Database::open(d.str("t.db"));
  EXPECT_THROW(add_operator(*db, std::nullopt, "a", Role::kClerk, secret("long enough")), KyuyoError);
  auto boss = add_operator(*db, std::nullopt, "boss", Role::kManager, secret("long enough"));
  EXPECT_THROW(add_operator(*db, std::nullopt, "b", Role::kClerk, secret("long enough")), KyuyoError)
      << "after bootstrap an unauthenticated add is refused";
  auto clerk = add_operator(*db, boss, "clerk", Role::kClerk, secret("long enough"));
  EXPECT_THROW(add_operator(*db, clerk, "c", Role::kUser, secret("long enough")), KyuyoError) << "clerks cannot add";
  EXPECT_THROW(add_operator(*db, boss, "short", Role::kUser, secret("short")), KyuyoError);
  EXPECT_THROW(add_operator(*db, boss, "clerk", Role::kUser, secret("long enough")), KyuyoError) << "duplicate name";
  std::string hash;
  db->session() << "SELECT pw_hash FROM vault_operators WHERE name = 'boss'", soci::into(hash);
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(hash.find("long enough") == std::string::npos);
}

TEST(VaultOperators, RolesAndLabels) {
  EXPECT_EQ(parse_role("責任者"), Role::kManager);
  EXPECT_EQ(parse_role("事務取扱担当者"), Role::kClerk);
  EXPECT_EQ(parse_role("一般"), Role::kUser);
  EXPECT_FALSE(parse_role("admin"));
  EXPECT_TRUE(may_use_numbers(Role::kManager));
  EXPECT_TRUE(may_use_numbers(Role::kClerk));
  EXPECT_FALSE(may_use_numbers(Role::kUser));
}

TEST(VaultOperators, FailedLoginsAreRecordedAndSlowedDown) {
  kyuyo::test::TempDir d;
  auto db = kyuyo::db::Database::open(d.str("t.db"));
  add_operator(*db, std::nullopt, "boss", Role::kManager, secret("right passphrase"));
  try {
    login(*db, "boss", secret("wrong passphrase"));
    ADD_FAILURE() << "wrong passphrase accepted";
  } catch (const KyuyoError& e) {
    EXPECT_EQ(e.error().code, ErrorCode::kPermission);
    EXPECT_TRUE(std::string(e.what()).find("wrong passphrase") != std::string::npos);
  }
  int failed = 0;
  db->session() << "SELECT failed_logins FROM vault_operators WHERE name = 'boss'", soci::into(failed);
  EXPECT_EQ(failed, 1);
  auto log = read_audit(*db, {.action = std::string(action::kLoginFailed)});
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].operator_name, "boss");
  EXPECT_THROW(login(*db, "nobody", secret("whatever pass")), KyuyoError);
  EXPECT_EQ(read_audit(*db, {.action = std::string(action::kLoginFailed)}).size(), 2u);
  auto ok = login(*db, "boss", secret("right passphrase"));
  EXPECT_EQ(ok.role, Role::kManager);
  db->session() << "SELECT failed_logins FROM vault_operators WHERE name = 'boss'", soci::into(failed);
  EXPECT_EQ(failed, 0);
  // the delay grows with consecutive failures and is capped
  EXPECT_EQ(failed_login_delay(1).count(), 1);
  EXPECT_EQ(failed_login_delay(3).count(), 4);
  EXPECT_EQ(failed_login_delay(5).count(), 16);
  EXPECT_EQ(failed_login_delay(50).count(), 30);
}
