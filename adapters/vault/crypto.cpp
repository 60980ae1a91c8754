#include "kyuyo/vault/crypto.hpp"

#include <cstring>
#include <sodium.h>
#include <vector>

#include "kyuyo/core/error.hpp"

namespace kyuyo::vault {
namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "kyuyovlt";
constexpr std::uint64_t kSubkeyEncrypt = 1;
constexpr std::uint64_t kSubkeyLookup = 2;

SecretBytes subkey(const DataKey& key, std::uint64_t id, std::size_t len) {
  if (key.key.size() != crypto_kdf_KEYBYTES) throw KyuyoError(ErrorCode::kInternal, "vault key has the wrong size");
  SecretBytes out(len);
  crypto_kdf_derive_from_key(out.data(), len, id, kKdfContext, key.key.data());
  return out;
}
}  // namespace

std::string to_base64(const unsigned char* p, std::size_t n) {
  ensure_sodium();
  std::string out(sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), p, n, sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::strlen(out.c_str()));
  return out;
}

std::string from_base64(std::string_view text) {
  ensure_sodium();
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return {};
  out.resize(len);
  return out;
}

std::string seal(const DataKey& key, std::string_view plaintext, std::string_view associated) {
  ensure_sodium();
  auto k = subkey(key, kSubkeyEncrypt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  std::vector<unsigned char> buf(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                                 crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned char* nonce = buf.data();
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      buf.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen,
      reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
      reinterpret_cast<const unsigned char*>(associated.data()), associated.size(), nullptr, nonce, k.data());
  return "x1:" + to_base64(buf.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
}

SecretBytes open_sealed(const DataKey& key, std::string_view sealed, std::string_view associated) {
  ensure_sodium();
  const std::string bad = "stored 個人番号 failed authentication: the ciphertext was altered, moved to another person, or the key is wrong";
  if (sealed.substr(0, 3) != "x1:") throw KyuyoError(ErrorCode::kPermission, bad);
  std::string raw = from_base64(sealed.substr(3));
  if (raw.size() < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
    throw KyuyoError(ErrorCode::kPermission, bad);
  auto k = subkey(key, kSubkeyEncrypt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  const auto* nonce = reinterpret_cast<const unsigned char*>(raw.data());
  const auto* c = nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  std::size_t clen = raw.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  SecretBytes out(clen - crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long mlen = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(out.data(), &mlen, nullptr, c, clen,
                                                 reinterpret_cast<const unsigned char*>(associated.data()),
                                                 associated.size(), nonce, k.data()) != 0)
    throw KyuyoError(ErrorCode::kPermission, bad);
  return out;
}

std::string lookup_hash(const DataKey& key, std::string_view plaintext) {
  ensure_sodium();
  auto k = subkey(key, kSubkeyLookup, crypto_generichash_KEYBYTES);
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(), k.data(),
                     k.size());
  return to_base64(h, sizeof h);
}

}  // namespace kyuyo::vault
