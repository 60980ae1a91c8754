// Encryption round trip, tamper detection, keyed lookup hash, key file permissions.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "kyuyo/vault/crypto.hpp"
#include "kyuyo/vault/key_file.hpp"
#include "vault_fixture.hpp"

using namespace kyuyo::vault;
using kyuyo::ErrorCode;
using kyuyo::KyuyoError;
using kyuyo::vault::testing::synth;

namespace {
ErrorCode code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const KyuyoError& e) {
    return e.error().code;
  }
  return ErrorCode::kInternal;
}
}  // namespace

TEST(VaultCrypto, RoundTrip) {
  auto k = generate_key();
  std::string n = synth(7);
  std::string ct = seal(k, n, "e:1");
  EXPECT_TRUE(ct.find(n) == std::string::npos);
  EXPECT_TRUE(kyuyo::test::find_my_number_like(ct).empty());
  EXPECT_TRUE(open_sealed(k, ct, "e:1").view() == n);
  EXPECT_NE(seal(k, n, "e:1"), ct) << "random nonce: two seals differ";
}

TEST(VaultCrypto, TamperingIsDetected) {
  auto k = generate_key();
  std::string ct = seal(k, synth(7), "e:1");
  for (std::size_t i : {3ul, 10ul, 40ul, ct.size() - 3}) {
    std::string t = ct;
    t[i] = t[i] == 'A' ? 'B' : 'A';
    EXPECT_EQ(code_of([&] { open_sealed(k, t, "e:1"); }), ErrorCode::kPermission) << "byte " << i;
  }
  EXPECT_EQ(code_of([&] { open_sealed(k, ct.substr(0, ct.size() - 4), "e:1"); }), ErrorCode::kPermission);
  // moved to another person's row (associated data differs)
  EXPECT_EQ(code_of([&] { open_sealed(k, ct, "e:2"); }), ErrorCode::kPermission);
  // another key
  auto other = generate_key();
  EXPECT_EQ(code_of([&] { open_sealed(other, ct, "e:1"); }), ErrorCode::kPermission);
}

TEST(VaultCrypto, LookupHashIsKeyedAndStable) {
  auto k = generate_key(), k2 = generate_key();
  EXPECT_EQ(lookup_hash(k, synth(1)), lookup_hash(k, synth(1)));
  EXPECT_NE(lookup_hash(k, synth(1)), lookup_hash(k, synth(2)));
  EXPECT_NE(lookup_hash(k, synth(1)), lookup_hash(k2, synth(1)));
  EXPECT_TRUE(kyuyo::test::find_my_number_like(lookup_hash(k, synth(1))).empty());
}

TEST(VaultKeyFile, CreatedWith0600AndReloaded) {
  kyuyo::test::TempDir d;
  auto k = generate_key();
  write_key_file(d.str("k"), k, true);
  struct stat st {};
  ASSERT_EQ(::stat(d.str("k").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto back = load_key_file(d.str("k"));
  EXPECT_EQ(back.key_id, k.key_id);
  EXPECT_TRUE(back.key.view() == k.key.view());
  EXPECT_EQ(code_of([&] { write_key_file(d.str("k"), k, true); }), ErrorCode::kConflict) << "never overwritten";
}

TEST(VaultKeyFile, RefusedWhenGroupOrOthersHaveAccess) {
  kyuyo::test::TempDir d;
  write_key_file(d.str("k"), generate_key(), true);
  for (mode_t m : {0640, 0604, 0660, 0644, 0601, 0610}) {
    ::chmod(d.str("k").c_str(), m);
    try {
      load_key_file(d.str("k"));
      ADD_FAILURE() << "mode " << std::oct << m << " accepted";
    } catch (const KyuyoError& e) {
      EXPECT_EQ(e.error().code, ErrorCode::kPermission);
      EXPECT_NE(e.error().message.find("chmod 600"), std::string::npos);
    }
  }
  ::chmod(d.str("k").c_str(), 0400);
  EXPECT_NO_THROW(load_key_file(d.str("k")));
}

TEST(VaultKeyFile, MalformedOrMissingRefused) {
  kyuyo::test::TempDir d;
  kyuyo::test::write_file(d.path() / "k", "not a key\n");
  ::chmod(d.str("k").c_str(), 0600);
  EXPECT_EQ(code_of([&] { load_key_file(d.str("k")); }), ErrorCode::kInvalidInput);
  EXPECT_EQ(code_of([&] { load_key_file(d.str("missing")); }), ErrorCode::kNotFound);
}
