#pragma once
/// \brief Authenticated encryption of numbers (libsodium XChaCha20-Poly1305 IETF, random 192-bit
/// nonce, the row's person key as associated data) and the keyed BLAKE2b lookup hash used for
/// duplicate detection. Both use subkeys derived from the data key (crypto_kdf), so the same key
/// file never encrypts and hashes with the same bytes. Text forms are base64 (never hex: a hex
/// string may contain a 12-digit run that looks like a number).
#include <string>
#include <string_view>

#include "kyuyo/vault/key_file.hpp"
#include "kyuyo/vault/secret.hpp"

namespace kyuyo::vault {

/// base64(nonce || ciphertext+tag).
std::string seal(const DataKey& key, std::string_view plaintext, std::string_view associated);
/// Decrypts; throws KyuyoError(kPermission) when the text was altered, belongs to another row,
/// or the key is wrong (the message never contains any plaintext).
SecretBytes open_sealed(const DataKey& key, std::string_view sealed, std::string_view associated);
/// base64 keyed BLAKE2b-256 of plaintext (duplicate detection without plaintext).
std::string lookup_hash(const DataKey& key, std::string_view plaintext);

std::string to_base64(const unsigned char* p, std::size_t n);
/// Empty result on malformed input.
std::string from_base64(std::string_view text);

}  // namespace kyuyo::vault
