#include "kyuyo/vault/secret.hpp"

#include <cstring>
#include <mutex>
#include <new>
#include <sodium.h>

#include "kyuyo/core/error.hpp"

namespace kyuyo::vault {

void ensure_sodium() {
  static std::once_flag once;
  static bool ok = false;
  std::call_once(once, [] { ok = sodium_init() >= 0; });
  if (!ok) throw KyuyoError(ErrorCode::kInternal, "libsodium could not be initialised");
}

SecretBytes::SecretBytes(std::size_t n) {
  ensure_sodium();
  if (n == 0) return;
  p_ = static_cast<unsigned char*>(sodium_malloc(n));
  if (!p_) throw std::bad_alloc();
  n_ = n;
  sodium_memzero(p_, n_);
}

SecretBytes::SecretBytes(SecretBytes&& o) noexcept : p_(o.p_), n_(o.n_) {
  o.p_ = nullptr;
  o.n_ = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& o) noexcept {
  if (this != &o) {
    if (p_) sodium_free(p_);  // sodium_free wipes before freeing
    p_ = o.p_;
    n_ = o.n_;
    o.p_ = nullptr;
    o.n_ = 0;
  }
  return *this;
}

SecretBytes::~SecretBytes() {
  if (p_) sodium_free(p_);
}

SecretBytes SecretBytes::take(std::string& s) {
  SecretBytes b(s.size());
  if (!s.empty()) std::memcpy(b.data(), s.data(), s.size());
  wipe(s);
  return b;
}

void wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
  s.clear();
  s.shrink_to_fit();
}

}  // namespace kyuyo::vault
