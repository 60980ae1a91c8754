#pragma once
/// \brief The deletion certificate (削除・廃棄証明書) PDF written by a purge: who deleted whose
/// numbers, when, why and on what retention basis. It never shows a number.
#include <string>
#include <vector>

namespace kyuyo::vault {

struct DeletionLine {
  std::string employer_code;
  std::string person_ref;   ///< E001 / E001:2
  std::string person_name;
  std::string kind;         ///< 本人 / 扶養親族等
  std::string keep_until;   ///< last day of retention
  std::string basis;
};

struct DeletionCertificate {
  std::string deleted_at;    ///< ISO-8601 UTC
  std::string as_of;         ///< 基準日
  std::string operator_name;
  std::string operator_role;
  std::string reason;
  std::vector<DeletionLine> lines;
};

/// Writes the certificate (creates parent directories). Throws KyuyoError on failure.
void write_deletion_certificate(const std::string& path, const DeletionCertificate& c);

}  // namespace kyuyo::vault
