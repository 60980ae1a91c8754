#pragma once
/// \brief Secret bytes in locked memory (libsodium sodium_malloc: mlock'ed, guard pages, wiped
/// with sodium_memzero when freed). Used for data keys, passphrases and decrypted numbers.
/// Move-only; never printed.
#include <cstddef>
#include <string>
#include <string_view>

namespace kyuyo::vault {

/// Initialises libsodium once (thread-safe); throws KyuyoError when it cannot.
void ensure_sodium();

class SecretBytes {
 public:
  SecretBytes() = default;
  explicit SecretBytes(std::size_t n);
  SecretBytes(const SecretBytes&) = delete;
  SecretBytes& operator=(const SecretBytes&) = delete;
  SecretBytes(SecretBytes&& o) noexcept;
  SecretBytes& operator=(SecretBytes&& o) noexcept;
  ~SecretBytes();

  unsigned char* data() { return p_; }
  const unsigned char* data() const { return p_; }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  std::string_view view() const { return {reinterpret_cast<const char*>(p_), n_}; }
  /// Copies s into locked memory and wipes s.
  static SecretBytes take(std::string& s);

 private:
  unsigned char* p_ = nullptr;
  std::size_t n_ = 0;
};

/// Wipes a std::string's bytes in place (sodium_memzero) and clears it.
void wipe(std::string& s);

}  // namespace kyuyo::vault
