#include "kyuyo/vault/key_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sodium.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "kyuyo/core/error.hpp"
#include "kyuyo/vault/crypto.hpp"

namespace kyuyo::vault {
namespace {
constexpr const char* kMagic = "kyuyo-vault-key-v1 ";

std::string fingerprint(const SecretBytes& key) {
  unsigned char h[12];
  static const unsigned char ctx[] = "kyuyo vault key id";
  crypto_generichash(h, sizeof h, ctx, sizeof ctx - 1, key.data(), key.size());
  return to_base64(h, sizeof h);
}

std::string octal_mode(mode_t m) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04o", static_cast<unsigned>(m & 07777));
  return buf;
}
}  // namespace

DataKey generate_key() {
  ensure_sodium();
  DataKey k;
  k.key = SecretBytes(crypto_kdf_KEYBYTES);
  crypto_kdf_keygen(k.key.data());
  k.key_id = fingerprint(k.key);
  return k;
}

void write_key_file(const std::string& path, const DataKey& key, bool exclusive) {
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC);
  int fd = ::open(path.c_str(), flags, 0600);
  if (fd < 0) {
    if (errno == EEXIST)
      throw KyuyoError(ErrorCode::kConflict, "key file already exists; refusing to overwrite it", path);
    throw KyuyoError(ErrorCode::kInvalidInput, std::string("cannot create key file: ") + std::strerror(errno), path);
  }
  ::fchmod(fd, 0600);  // also when O_TRUNC reused an existing file
  std::string text =
      "# kyuyo My Number vault data key. Keep it secret and back it up offline (see docs/vault.md):\n"
      "# without it no stored 個人番号 can be read; with it and the database, all of them can.\n";
  text += kMagic + to_base64(key.key.data(), key.key.size()) + "\n";
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  sodium_memzero(text.data(), text.size());
  ::close(fd);
  if (!ok) throw KyuyoError(ErrorCode::kInvalidInput, "cannot write key file", path);
}

DataKey load_key_file(const std::string& path) {
  ensure_sodium();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw KyuyoError(ErrorCode::kNotFound, "key file not found (create one with kyuyo keys init)", path);
  if (!S_ISREG(st.st_mode)) throw KyuyoError(ErrorCode::kPermission, "key file is not a regular file", path);
  if (st.st_mode & 077)
    throw KyuyoError(ErrorCode::kPermission,
                     "key file is accessible by group or others (mode " + octal_mode(st.st_mode) +
                         "); refusing to use it. Run: chmod 600 " + path,
                     path);
  std::ifstream in(path, std::ios::binary);
  std::string line, b64;
  while (std::getline(in, line)) {
    if (line.rfind(kMagic, 0) == 0) {
      b64 = line.substr(std::strlen(kMagic));
      while (!b64.empty() && (b64.back() == '\r' || b64.back() == ' ')) b64.pop_back();
    }
    wipe(line);
  }
  std::string raw = from_base64(b64);
  wipe(b64);
  if (raw.size() != crypto_kdf_KEYBYTES) {
    wipe(raw);
    throw KyuyoError(ErrorCode::kInvalidInput, "not a kyuyo vault key file (no valid key line)", path);
  }
  DataKey k;
  k.key = SecretBytes::take(raw);
  k.key_id = fingerprint(k.key);
  return k;
}

std::string key_file_path(const std::optional<std::string>& option) {
  if (option && !option->empty()) return *option;
  const char* v = std::getenv("KYUYO_KEY_FILE");
  if (v && *v) return v;
  throw KyuyoError(ErrorCode::kInvalidInput, "no vault key file: give --key-file PATH or set KYUYO_KEY_FILE");
}

}  // namespace kyuyo::vault
