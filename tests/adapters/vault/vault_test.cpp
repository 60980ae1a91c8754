// The vault: 取得, 提供, roles and purposes, storage without plaintext, key handling, purge.
#include <gtest/gtest.h>

#include <filesystem>
#include <soci/soci.h>

#include "kyuyo/vault/crypto.hpp"
#include "kyuyo/vault/retention.hpp"
#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using namespace kyuyo::vault::testing;
using kyuyo::Date;
using kyuyo::ErrorCode;
using kyuyo::KyuyoError;

namespace {
KyuyoError error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const KyuyoError& e) {
    return e;
  }
  return KyuyoError(ErrorCode::kInternal, "no error thrown");
}
ProvideRequest req(const Person& p, Purpose pu = Purpose::kTaxWithholding, Destination d = Destination::kTaxOffice) {
  ProvideRequest r;
  r.person = p;
  r.purpose = pu;
  r.destination = d;
  r.document_kind = pu == Purpose::kTaxWithholding ? "gensen-choshuhyo" : "";
  r.year = 2026;
  r.output_file = "out/2026/etax/test-tax-office.xtx";
  return r;
}
}  // namespace

class Vault_ : public VaultFixture {};

TEST_F(Vault_, ProvideReturnsTheNumberToAuthorisedOperatorsOnly) {
  register_all();
  Vault v(*db, clerk, key_path);
  {
    auto p = v.provide(req(e1));
    ASSERT_TRUE(p.provided()) << redact(p.note());
    EXPECT_TRUE(p.digits() == synth(1)) << "decrypted number differs";
  }
  Vault u(*db, user, key_path);
  auto p = u.provide(req(e1));
  EXPECT_EQ(p.outcome(), ProvisionOutcome::kWithheldNotAuthorised);
  EXPECT_FALSE(u.can_provide());
  EXPECT_NE(p.note().find("個人番号なしで作成"), std::string::npos);
  EXPECT_THROW(p.digits(), KyuyoError);
  // the provided document registered for retention; the withheld one did not
  long long docs = 0;
  db->session() << "SELECT COUNT(*) FROM vault_documents WHERE kind = 'gensen-choshuhyo'", soci::into(docs);
  EXPECT_EQ(docs, 1);
  auto log = read_audit(*db, {.action = std::string(action::kWithheld)});
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].operator_name, "user");
}

TEST_F(Vault_, ProvideRefusesOffPurposeAndWrongDestination) {
  register_all();
  Vault v(*db, clerk, key_path);
  // E001:1 was collected for 源泉徴収票作成事務 only
  auto off = v.provide(req(d1, Purpose::kSocialInsurance, Destination::kPensionOffice));
  EXPECT_EQ(off.outcome(), ProvisionOutcome::kRefusedPurpose);
  EXPECT_THROW(off.digits(), KyuyoError);
  // E001 collected for gensen+shaho, not koyo
  EXPECT_EQ(v.provide(req(e1, Purpose::kEmploymentInsurance, Destination::kHelloWork)).outcome(),
            ProvisionOutcome::kRefusedPurpose);
  // 税務署 does not receive 健康保険 documents
  EXPECT_EQ(v.provide(req(e1, Purpose::kSocialInsurance, Destination::kTaxOffice)).outcome(),
            ProvisionOutcome::kRefusedDestination);
  // a document kind of another purpose
  auto r = req(e1, Purpose::kSocialInsurance, Destination::kPensionOffice);
  r.document_kind = "gensen-choshuhyo";
  EXPECT_EQ(v.provide(r).outcome(), ProvisionOutcome::kRefusedPurpose);
  EXPECT_EQ(v.provide(req(e3)).outcome(), ProvisionOutcome::kNotRegistered);
  EXPECT_EQ(read_audit(*db, {.action = std::string(action::kRefused)}).size(), 4u);
}

TEST_F(Vault_, RevealNeedsRolePurposeAndTerminal) {
  register_all();
  Vault u(*db, user, key_path);
  EXPECT_EQ(error_of([&] { u.reveal(e1, Purpose::kTaxWithholding, true); }).error().code, ErrorCode::kPermission);
  Vault v(*db, clerk, key_path);
  EXPECT_EQ(error_of([&] { v.reveal(e1, Purpose::kEmploymentInsurance, true); }).error().code, ErrorCode::kPermission);
  auto not_tty = error_of([&] { v.reveal(e1, Purpose::kTaxWithholding, false); });
  EXPECT_NE(std::string(not_tty.what()).find("not a terminal"), std::string::npos);
  auto shown = v.reveal(e1, Purpose::kTaxWithholding, true);
  EXPECT_TRUE(shown.digits() == synth(1));
  EXPECT_EQ(read_audit(*db, {.action = std::string(action::kView)}).size(), 1u);
  EXPECT_EQ(read_audit(*db, {.person = std::string("E001"), .action = std::string(action::kRefused)}).size(), 3u);
}

TEST_F(Vault_, RegistrationRefusalsNeverEchoTheNumber) {
  register_all();
  Vault v(*db, clerk, key_path);
  kyuyo::db::Transaction tx(*db);
  // a second, different number for the same person
  auto second = error_of([&] { v.register_number(e1, reg(), number(synth(9))); });
  EXPECT_EQ(second.error().code, ErrorCode::kConflict);
  EXPECT_NE(second.error().message.find("different"), std::string::npos);
  // the same number for another person
  auto dup = error_of([&] { v.register_number(e3, reg(), number(synth(1))); });
  EXPECT_EQ(dup.error().code, ErrorCode::kConflict);
  EXPECT_NE(dup.error().message.find("another person"), std::string::npos);
  // same number again with other purposes: purposes cannot be added afterwards
  auto more = error_of([&] { v.register_number(e1, reg({Purpose::kEmploymentInsurance}), number(synth(1))); });
  EXPECT_EQ(more.error().code, ErrorCode::kConflict);
  // identical registration: a no-op
  EXPECT_FALSE(v.register_number(e1, reg(), number(synth(1))));
  // dependents need who checked; employer-proxy needs the 委任状
  auto r = reg();
  EXPECT_EQ(error_of([&] { v.register_number(resolve_person(*db, 1, {"E001", 1}), r, number(synth(5))); })
                .error()
                .code,
            ErrorCode::kInvalidInput);  // a dependent without dependent_check
  r.dependent_check = DependentCheck::kEmployerProxy;
  EXPECT_EQ(error_of([&] { v.register_number(e3, r, number(synth(5))); }).error().code, ErrorCode::kInvalidInput);
  auto no_purpose = reg({});
  EXPECT_EQ(error_of([&] { v.register_number(e3, no_purpose, number(synth(5))); }).error().code,
            ErrorCode::kInvalidInput);
  auto by_docs = reg();
  by_docs.method = CheckMethod::kDocuments;
  by_docs.number_document = "通知カード";
  EXPECT_EQ(error_of([&] { v.register_number(e3, by_docs, number(synth(5))); }).error().code, ErrorCode::kInvalidInput);
  for (int i : {1, 2, 4, 5, 9}) {
    for (const auto& msg : {second.error().to_string(), dup.error().to_string(), more.error().to_string()})
      EXPECT_TRUE(msg.find(synth(i)) == std::string::npos) << "message echoes a number: " << redact(msg);
  }
  Vault u(*db, user, key_path);
  EXPECT_EQ(error_of([&] { u.register_number(e3, reg(), number(synth(5))); }).error().code, ErrorCode::kPermission);
}

TEST_F(Vault_, NoPlaintextInDatabaseFilesOrAuditLog) {
  register_all();
  {
    Vault v(*db, clerk, key_path);
    auto p = v.provide(req(e1));
    ASSERT_TRUE(p.provided());
  }
  std::string bytes = file_bytes();
  for (int i : {1, 2, 4}) EXPECT_TRUE(bytes.find(synth(i)) == std::string::npos) << "plaintext number #" << i << " in the database files";
  EXPECT_TRUE(kyuyo::test::find_my_number_like(bytes).empty()) << "a 12-digit string with a valid check digit is stored";
  for (const auto& e : read_audit(*db)) {
    std::string all = e.operator_name + e.action + e.person + e.purpose + e.destination + e.document + e.output_file + e.detail;
    EXPECT_TRUE(kyuyo::test::find_my_number_like(all).empty()) << "audit entry " << e.seq;
  }
}

TEST_F(Vault_, TamperedCiphertextOrSwappedRowsAreDetected) {
  register_all();
  auto& sql = db->session();
  std::string a, b;
  sql << "SELECT ciphertext FROM vault_numbers WHERE person_key = 'e:1'", soci::into(a);
  sql << "SELECT ciphertext FROM vault_numbers WHERE person_key = 'e:2'", soci::into(b);
  // swap the two persons' ciphertexts: associated data binds each to its person
  sql << "UPDATE vault_numbers SET ciphertext = :b WHERE person_key = 'e:1'", soci::use(b);
  Vault v(*db, clerk, key_path);
  EXPECT_EQ(error_of([&] { v.provide(req(e1)); }).error().code, ErrorCode::kPermission);
  std::string t = a;
  t[10] = t[10] == 'A' ? 'B' : 'A';
  sql << "UPDATE vault_numbers SET ciphertext = :t WHERE person_key = 'e:1'", soci::use(t);
  EXPECT_EQ(error_of([&] { v.provide(req(e1)); }).error().code, ErrorCode::kPermission);
  sql << "UPDATE vault_numbers SET ciphertext = :a WHERE person_key = 'e:1'", soci::use(a);
  EXPECT_TRUE(v.provide(req(e1)).provided());
}

TEST_F(Vault_, KeyFileMustMatchTheDatabase) {
  register_all();
  write_key_file(dir.str("other.key"), generate_key(), true);
  Vault v(*db, clerk, dir.str("other.key"));
  auto e = error_of([&] { v.provide(req(e1)); });
  EXPECT_EQ(e.error().code, ErrorCode::kPermission);
  EXPECT_NE(e.error().message.find("does not belong to this database"), std::string::npos);
  EXPECT_THROW(init_key(*db, dir.str("third.key"), "x"), KyuyoError) << "a second keys init is refused";
  EXPECT_FALSE(std::filesystem::exists(dir.str("third.key")));
}

TEST_F(Vault_, RotationReencryptsEverythingUnderTheNewKey) {
  register_all();
  std::filesystem::copy_file(key_path, dir.str("old.key"));
  std::string before;
  db->session() << "SELECT ciphertext FROM vault_numbers WHERE person_key = 'e:1'", soci::into(before);
  Vault clerk_v(*db, clerk, key_path);
  EXPECT_EQ(error_of([&] { clerk_v.rotate_key(); }).error().code, ErrorCode::kPermission) << "責任者 only";
  Vault m(*db, manager, key_path);
  std::string id = m.rotate_key();
  EXPECT_EQ(load_key_file(key_path).key_id, id);
  EXPECT_FALSE(std::filesystem::exists(key_path + ".new"));
  std::string after;
  long long on_new = 0;
  db->session() << "SELECT ciphertext FROM vault_numbers WHERE person_key = 'e:1'", soci::into(after);
  db->session() << "SELECT COUNT(*) FROM vault_numbers WHERE status = 'active' AND key_id = :k", soci::use(id),
      soci::into(on_new);
  EXPECT_NE(before, after);
  EXPECT_EQ(on_new, 3);
  Vault v(*db, clerk, key_path);
  auto p = v.provide(req(e1));
  ASSERT_TRUE(p.provided());
  EXPECT_TRUE(p.digits() == synth(1));
  // duplicate detection still works under the new key
  kyuyo::db::Transaction tx(*db);
  EXPECT_EQ(error_of([&] { v.register_number(e3, reg(), number(synth(2))); }).error().code, ErrorCode::kConflict);
  // the old key opens nothing any more
  Vault old(*db, clerk, dir.str("old.key"));
  EXPECT_EQ(error_of([&] { old.provide(req(e1)); }).error().code, ErrorCode::kPermission);
  EXPECT_EQ(read_audit(*db, {.action = std::string(action::kKeyRotate)}).size(), 1u);
}

TEST_F(Vault_, PurgeErasesOnlyNumbersPastRetention) {
  register_all();
  Vault c(*db, clerk, key_path);
  {
    kyuyo::db::Transaction tx(*db);
    c.register_document(e2, "fuyo-kojo-shinkokusho", 2015, std::nullopt, "paper");  // keep until 2023-01-10
    // a current employee with an old document: never purged
    c.register_document(e1, "fuyo-kojo-shinkokusho", 2010, std::nullopt, "paper");
    tx.commit();
  }
  std::string ct, lh;
  db->session() << "SELECT ciphertext, lookup_hash FROM vault_numbers WHERE person_key = 'e:2'", soci::into(ct),
      soci::into(lh);
  EXPECT_TRUE(file_bytes().find(ct) != std::string::npos) << "precondition: ciphertext is in the files";

  Vault m(*db, manager, key_path);
  // the boundary: due from the day after 2023-01-10
  auto r0 = m.purge(Date(2023, 1, 10), Date(2026, 11, 1), "定期削除", dir.str("out"));
  EXPECT_TRUE(r0.purged.empty());
  EXPECT_EQ(error_of([&] { c.purge(Date(2024, 1, 1), Date(2026, 11, 1), "x", dir.str("out")); }).error().code,
            ErrorCode::kPermission);
  EXPECT_EQ(error_of([&] { m.purge(Date(2027, 1, 1), Date(2026, 11, 1), "x", dir.str("out")); }).error().code,
            ErrorCode::kInvalidInput)
      << "a future as-of would purge inside retention";
  EXPECT_EQ(error_of([&] { m.purge(Date(2024, 1, 1), Date(2026, 11, 1), "", dir.str("out")); }).error().code,
            ErrorCode::kInvalidInput);
  auto r = m.purge(Date(2023, 1, 11), Date(2026, 11, 1), "保存期間経過", dir.str("out"));
  ASSERT_EQ(r.purged.size(), 1u);
  EXPECT_EQ(r.purged[0].number.person.ref.str(), "E002");
  ASSERT_TRUE(std::filesystem::exists(r.certificate_file));
  EXPECT_TRUE(kyuyo::test::files_with_my_numbers(dir.str("out")).empty());

  // nothing of the purged number is left in the database file or its WAL
  std::string bytes = file_bytes();
  EXPECT_TRUE(bytes.find(ct) == std::string::npos) << "ciphertext still in the database files";
  EXPECT_TRUE(bytes.find(lh) == std::string::npos) << "lookup hash still in the database files";
  EXPECT_TRUE(bytes.find(synth(2)) == std::string::npos);
  EXPECT_EQ(std::filesystem::exists(db_path + "-wal") ? std::filesystem::file_size(db_path + "-wal") : 0u, 0u);

  // the deletion record; the employee E001 (employed) and the dependent are untouched
  long long dels = 0, active = 0;
  std::string reason, basis;
  db->session() << "SELECT COUNT(*) FROM vault_deletions", soci::into(dels);
  db->session() << "SELECT reason, basis FROM vault_deletions", soci::into(reason), soci::into(basis);
  db->session() << "SELECT COUNT(*) FROM vault_numbers WHERE status = 'active'", soci::into(active);
  EXPECT_EQ(dels, 1);
  EXPECT_EQ(reason, "保存期間経過");
  EXPECT_NE(basis.find("退職 2016-03-31"), std::string::npos);
  EXPECT_EQ(active, 2);
  // a purged number cannot be brought back
  Vault v(*db, clerk, key_path);
  EXPECT_EQ(v.provide(req(e2)).outcome(), ProvisionOutcome::kPurged);
  kyuyo::db::Transaction tx(*db);
  EXPECT_EQ(error_of([&] { v.register_number(e2, reg(), number(synth(2))); }).error().code, ErrorCode::kConflict);
}

TEST_F(Vault_, RetentionStatusShowsEmployedAndDue) {
  register_all();
  Vault v(*db, clerk, key_path);
  auto st = v.retention(Date(2026, 4, 1));
  ASSERT_EQ(st.size(), 3u);
  int due = 0, employed = 0;
  for (const auto& s : st) {
    due += s.due;
    employed += !s.keep_until.has_value();
  }
  EXPECT_EQ(due, 1);       // E002, left 2016, no documents → kept until 2017-01-31
  EXPECT_EQ(employed, 2);  // E001 and the dependent E001:1
}
