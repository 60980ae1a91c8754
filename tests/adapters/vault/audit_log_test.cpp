// The hash-chained audit log: each kind of tampering is detected.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using namespace kyuyo::vault::testing;

class VaultAudit : public VaultFixture {
 protected:
  void SetUp() override {
    VaultFixture::SetUp();
    register_all();
    Vault v(*db, clerk, key_path);
    for (int i = 0; i < 3; ++i) (void)v.provide({e1, Purpose::kTaxWithholding, Destination::kTaxOffice, "", {}, {}, "f"});
    auto ok = verify_audit(*db);
    ASSERT_TRUE(ok.ok());
    n = ok.entries;
    ASSERT_GE(n, 8);
  }
  std::vector<std::string> problems() {
    std::vector<std::string> out;
    for (auto& p : verify_audit(*db).problems) out.push_back(std::to_string(p.seq) + ": " + p.what);
    return out;
  }
  std::int64_t n = 0;
};

TEST_F(VaultAudit, IntactChainVerifies) {
  auto v = verify_audit(*db);
  EXPECT_TRUE(v.ok());
  EXPECT_FALSE(v.head_hash.empty());
  for (const auto& e : read_audit(*db)) EXPECT_EQ(audit_entry_hash(e), e.hash);
}

TEST_F(VaultAudit, EditedEntryDetected) {
  db->session() << "UPDATE vault_audit SET operator = 'someone-else' WHERE seq = 5";
  auto p = problems();
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("5: content does not match its hash"), std::string::npos) << p[0];
}

TEST_F(VaultAudit, EditedEntryWithRecomputedHashBreaksTheNextLink) {
  auto e = read_audit(*db)[4];
  e.detail = "rewritten";
  std::string h = audit_entry_hash(e);
  db->session() << "UPDATE vault_audit SET detail = 'rewritten', hash = :h WHERE seq = 5", soci::use(h);
  auto p = problems();
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("6: does not chain"), std::string::npos) << p[0];
}

TEST_F(VaultAudit, DeletedEntryDetected) {
  db->session() << "DELETE FROM vault_audit WHERE seq = 4";
  auto p = problems();
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("missing (deleted)"), std::string::npos) << p[0];
}

TEST_F(VaultAudit, DeletedTailDetected) {
  long long last = n;
  db->session() << "DELETE FROM vault_audit WHERE seq = :s", soci::use(last);
  auto p = problems();
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("at the end of the log are missing"), std::string::npos) << p[0];
}

TEST_F(VaultAudit, InsertedEntryDetected) {
  // make room after entry 3 and insert a forged entry chained to entry 3
  auto& sql = db->session();
  sql << "UPDATE vault_audit SET seq = -seq WHERE seq >= 4";
  sql << "UPDATE vault_audit SET seq = 1 - seq WHERE seq < 0";
  auto third = read_audit(*db)[2];
  AuditEntry forged = third;
  forged.seq = 4;
  forged.action = "view";
  forged.prev_hash = third.hash;
  forged.hash = audit_entry_hash(forged);
  long long s = 4;
  sql << "INSERT INTO vault_audit(seq, at, operator, action, employer, person, purpose, destination, document, "
         "output_file, detail, prev_hash, hash) VALUES(:s,:a,:o,:ac,'','','','','','','',:p,:h)",
      soci::use(s), soci::use(forged.at), soci::use(forged.operator_name), soci::use(forged.action),
      soci::use(forged.prev_hash), soci::use(forged.hash);
  EXPECT_FALSE(problems().empty());
}

TEST_F(VaultAudit, ReorderedEntriesDetected) {
  auto& sql = db->session();
  sql << "UPDATE vault_audit SET seq = -1 WHERE seq = 3";
  sql << "UPDATE vault_audit SET seq = 3 WHERE seq = 4";
  sql << "UPDATE vault_audit SET seq = 4 WHERE seq = -1";
  auto p = problems();
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("3:"), std::string::npos) << p[0];
}

TEST_F(VaultAudit, FiltersByOperatorPersonAndAction) {
  EXPECT_EQ(read_audit(*db, {.action = std::string(action::kProvide)}).size(), 3u);
  EXPECT_EQ(read_audit(*db, {.operator_name = std::string("clerk"), .action = std::string(action::kRegister)}).size(), 3u);
  EXPECT_EQ(read_audit(*db, {.person = std::string("E001:1")}).size(), 1u);
  EXPECT_TRUE(read_audit(*db, {.from = kyuyo::Date(2099, 1, 1)}).empty());
  EXPECT_EQ(read_audit(*db, {.to = kyuyo::Date(2099, 1, 1)}).size(), static_cast<std::size_t>(n));
}
