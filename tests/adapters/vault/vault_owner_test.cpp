// The owner of a 個人事業主 employer as a vault subject ("@owner", person key o:<employer id>,
// migration 0101): registered for 源泉徴収票作成事務 only, refused for an employer with a 法人番号,
// provided through the 提供 call, listed, re-encrypted by a key rotation; on SQLite and PostgreSQL
// (where the migration drops the NOT NULL of vault_numbers.employee_id instead of rebuilding).
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "kyuyo/vault/retention.hpp"
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
  // Retention: while a 個人事業主, the owner's number is the payer's and is never due.
  auto owner_status = [&](const kyuyo::Date& as_of) {
    for (auto& s : c2.retention(as_of))
      if (s.number.person.is_owner()) return std::optional<RetentionStatus>(s);
    return std::optional<RetentionStatus>();
  };
  {
    auto s = owner_status(kyuyo::Date(2040, 1, 1));
    ASSERT_TRUE(s.has_value());
    EXPECT_FALSE(s->keep_until.has_value());
    EXPECT_FALSE(s->due);
  }
  // a 法人 has no owner's number
  db.session() << "UPDATE employers SET corporate_number = '7030001099997' WHERE id = 1";
  EXPECT_THROW(resolve_person(db, 1, *ref), kyuyo::KyuyoError);
  // … so after 法人成り it is kept only as long as the 2026 源泉徴収票 / 給与支払報告書 that hold it.
  std::optional<kyuyo::Date> latest;
  for (const auto& n : c2.numbers())
    if (n.person.is_owner())
      for (const auto& d : c2.documents(n.id)) latest = latest ? std::max(*latest, d.keep_until) : d.keep_until;
  ASSERT_TRUE(latest.has_value()) << "the 提供 calls recorded their documents";
  {
    auto s = owner_status(*latest);
    ASSERT_TRUE(s.has_value());
    ASSERT_TRUE(s->keep_until.has_value());
    EXPECT_EQ(*s->keep_until, *latest);
    EXPECT_FALSE(s->due) << "still within the documents' retention";
  }
  {
    auto s = owner_status(*latest + boost::gregorian::days(1));
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->due) << "due once the documents' retention has ended";
  }
}

TEST(VaultRetention, OwnerKeepUntil) {
  const kyuyo::Date as_of(2030, 6, 1);
  EXPECT_FALSE(owner_keep_until(false, {kyuyo::Date(2034, 1, 31)}, as_of).has_value());
  EXPECT_EQ(owner_keep_until(true, {kyuyo::Date(2033, 1, 31), kyuyo::Date(2034, 1, 31)}, as_of), kyuyo::Date(2034, 1, 31));
  EXPECT_EQ(owner_keep_until(true, {}, as_of), kyuyo::Date(2030, 5, 31)) << "no document: due at once";
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
