// The owner of a 個人事業主 employer as a vault subject ("@owner", person key o:<employer id>,
// migration 0101): registered for 源泉徴収票作成事務 only, refused for an employer with a 法人番号,
// provided through the 提供 call, listed, re-encrypted by a key rotation; on SQLite and PostgreSQL
// (where the migration drops the NOT NULL of vault_numbers.employee_id instead of rebuilding).
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "support/pg_server.hpp"
#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using namespace kyuyo::vault::testing;
using kyuyo::test::PgServer;

namespace {

void owner_lifecycle(kyuyo::db::Database& db, const Operator& clerk, const Operator& manager, const std::string& key_path,
                     Registration r) {
  auto ref = PersonRef::parse("@owner");
  ASSERT_TRUE(ref.has_value());
  EXPECT_TRUE(ref->owner);
  EXPECT_TRUE(PersonRef::parse("事業主")->owner);
  Person o = resolve_person(db, 1, *ref);  // ACME has no 法人番号: a 個人事業主
  EXPECT_TRUE(o.is_owner());
  EXPECT_EQ(o.key(), "o:1");
  EXPECT_EQ(o.ref.str(), "@owner");
  Vault c(db, clerk, key_path);
  auto shaho = r;
  shaho.purposes.insert(Purpose::kSocialInsurance);
  EXPECT_THROW(c.register_number(o, shaho, number(synth(77))), kyuyo::KyuyoError) << "gensen only";
  EXPECT_TRUE(c.register_number(o, r, number(synth(77))));
  {
    auto p = c.provide({o, Purpose::kTaxWithholding, Destination::kTaxOffice, "gensen-choshuhyo", 2026, {}, "f.xtx"});
    ASSERT_TRUE(p.provided()) << redact(p.note());
    EXPECT_TRUE(p.digits() == synth(77));
  }
  bool listed = false;
  for (const auto& n : c.numbers())
    if (n.person.is_owner()) listed = n.person.ref.str() == "@owner" && n.status == "active";
  EXPECT_TRUE(listed);
  Vault m(db, manager, key_path);
  m.rotate_key();
  Vault c2(db, clerk, key_path);
  auto p = c2.provide({o, Purpose::kTaxWithholding, Destination::kMunicipality, "kyuyo-shiharai-hokokusho", 2026, {}, "f.csv"});
  ASSERT_TRUE(p.provided()) << redact(p.note());
  EXPECT_TRUE(p.digits() == synth(77)) << "decrypts after rotation (associated data from the person key)";
  // a 法人 has no owner's number
  db.session() << "UPDATE employers SET corporate_number = '7030001099997' WHERE id = 1";
  EXPECT_THROW(resolve_person(db, 1, *ref), kyuyo::KyuyoError);
}

}  // namespace

class VaultOwner : public VaultFixture {};

TEST_F(VaultOwner, SoleProprietorsOwnerOnSqlite) { owner_lifecycle(*db, clerk, manager, key_path, reg({Purpose::kTaxWithholding})); }

class VaultOwnerPg : public VaultFixture {
 protected:
  void SetUp() override {
    auto* pg = PgServer::get();
    if (!pg && PgServer::binaries_missing()) GTEST_SKIP() << PgServer::skip_reason();
    if (!pg) FAIL() << PgServer::skip_reason();
    open(pg->create_database());
  }
};

TEST_F(VaultOwnerPg, SoleProprietorsOwnerOnPostgresql) {
  owner_lifecycle(*db, clerk, manager, key_path, reg({Purpose::kTaxWithholding}));
}
