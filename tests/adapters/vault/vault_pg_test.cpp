// The vault's life cycle on PostgreSQL (throwaway server from tests/support/pg_server.hpp):
// register, provide, refusals, rotation, purge, audit chain.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "support/pg_server.hpp"
#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using namespace kyuyo::vault::testing;
using kyuyo::Date;
using kyuyo::test::PgServer;

class VaultPg : public VaultFixture {
 protected:
  void SetUp() override {
    auto* pg = PgServer::get();
    if (!pg && PgServer::binaries_missing()) GTEST_SKIP() << PgServer::skip_reason();
    if (!pg) FAIL() << PgServer::skip_reason();
    open(pg->create_database());
  }
};

TEST_F(VaultPg, LifecycleOnPostgresql) {
  register_all();
  Vault c(*db, clerk, key_path);
  {
    auto p = c.provide({e1, Purpose::kTaxWithholding, Destination::kTaxOffice, "gensen-choshuhyo", 2026, {}, "f.xtx"});
    ASSERT_TRUE(p.provided()) << redact(p.note());
    EXPECT_TRUE(p.digits() == synth(1));
  }
  EXPECT_EQ(c.provide({d1, Purpose::kSocialInsurance, Destination::kPensionOffice, "", {}, {}, "f"}).outcome(),
            ProvisionOutcome::kRefusedPurpose);
  Vault u(*db, user, key_path);
  EXPECT_EQ(u.provide({e1, Purpose::kTaxWithholding, Destination::kTaxOffice, "", {}, {}, "f"}).outcome(),
            ProvisionOutcome::kWithheldNotAuthorised);
  {
    kyuyo::db::Transaction tx(*db);
    EXPECT_THROW(c.register_number(e3, reg(), number(synth(1))), kyuyo::KyuyoError);
  }
  Vault m(*db, manager, key_path);
  m.rotate_key();
  Vault c2(*db, clerk, key_path);
  auto again = c2.provide({e1, Purpose::kTaxWithholding, Destination::kTaxOffice, "", {}, {}, "f"});
  ASSERT_TRUE(again.provided());
  EXPECT_TRUE(again.digits() == synth(1));
  auto r = m.purge(Date(2026, 4, 1), Date(2026, 11, 1), "保存期間経過", dir.str("out"));
  ASSERT_EQ(r.purged.size(), 1u);
  long long left = 0;
  db->session() << "SELECT COUNT(*) FROM vault_numbers WHERE status = 'purged' AND ciphertext IS NULL AND lookup_hash IS NULL",
      soci::into(left);
  EXPECT_EQ(left, 1);
  EXPECT_TRUE(kyuyo::test::files_with_my_numbers(dir.str("out")).empty());
  auto v = verify_audit(*db);
  EXPECT_TRUE(v.ok()) << (v.problems.empty() ? "" : v.problems[0].what);
  db->session() << "UPDATE vault_audit SET detail = 'x' WHERE seq = 3";
  EXPECT_FALSE(verify_audit(*db).ok());
}
