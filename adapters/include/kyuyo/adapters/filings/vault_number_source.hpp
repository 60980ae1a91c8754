#pragma once
/// \brief forms::NumberSource over the vault's 提供 call, for one submission output file: each cell
/// asks vault.provide({person, 源泉徴収票作成事務, destination, document kind, year, output file}); the
/// Provision lives only while the sink writes the digits. Refusals (ordinary user, not
/// registered, purged …) leave the cell empty and are collected as notes. Every call is in the
/// vault's audit log with the output file.
#include <string>
#include <vector>

#include "kyuyo/forms/number_source.hpp"
#include "kyuyo/vault/vault.hpp"

namespace kyuyo::filings {

class VaultNumberSource : public forms::NumberSource {
 public:
  VaultNumberSource(db::Database& db, vault::Vault& v, vault::Destination dest, std::string document_kind, int year,
                    std::string output_file)
      : db_(db), vault_(v), dest_(dest), kind_(std::move(document_kind)), year_(year), file_(std::move(output_file)) {}
  bool with_number(const forms::NumberRef& who, const std::function<void(std::string_view)>& sink) override;
  std::vector<std::string> notes() const override { return notes_; }
  int provided() const { return provided_; }

 private:
  db::Database& db_;
  vault::Vault& vault_;
  vault::Destination dest_;
  std::string kind_;
  int year_;
  std::string file_;
  std::vector<std::string> notes_;
  int provided_ = 0;
};

}  // namespace kyuyo::filings
