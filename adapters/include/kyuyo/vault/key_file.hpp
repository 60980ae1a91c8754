#pragma once
/// \brief The vault data key: 32 random bytes kept OUTSIDE the database in a key file
/// (`--key-file` / `KYUYO_KEY_FILE`). The file is created with mode 0600 and refused whenever its
/// group or others have any access. The key id (a BLAKE2b digest of a derived subkey) is stored in
/// the database so that a wrong key file is recognised before anything is decrypted.
#include <optional>
#include <string>

#include "kyuyo/vault/secret.hpp"

namespace kyuyo::vault {

struct DataKey {
  SecretBytes key;     ///< 32 bytes, locked memory
  std::string key_id;  ///< public fingerprint, base64 (no secret)
};

/// A fresh random key (randombytes_buf).
DataKey generate_key();
/// Writes the key file with mode 0600. exclusive: refuse when the file exists.
void write_key_file(const std::string& path, const DataKey& key, bool exclusive);
/// Reads a key file. Refuses (KyuyoError kPermission) when it is not a regular file or when
/// group/other have any permission bit; kInvalidInput when its content is malformed.
DataKey load_key_file(const std::string& path);
/// The key file path: the option when given, else $KYUYO_KEY_FILE; KyuyoError when neither.
std::string key_file_path(const std::optional<std::string>& option);

}  // namespace kyuyo::vault
