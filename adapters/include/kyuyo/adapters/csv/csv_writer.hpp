#pragma once
/// \brief CSV output for Excel (賃金台帳, listings, exports): RFC 4180 quoting, CRLF line ends,
/// UTF-8 with BOM (Excel opens it correctly) or Shift_JIS (CP932) for systems that need it.
///
///   csv::Writer w(csv::OutputEncoding::kUtf8Bom);
///   w.row({"社員番号", "氏名"});
///   w.row({"1001", "山田 太郎"});
///   w.save("out/2026/ledger/賃金台帳.csv");   // throws KyuyoError (e.g. a character CP932 lacks)
///   std::string bytes = w.bytes();              // or take the encoded bytes
#include <string>
#include <vector>

namespace kyuyo::csv {

enum class OutputEncoding {
  kUtf8Bom,  ///< UTF-8 with a BOM
  kUtf8,     ///< UTF-8 without BOM (stdout, pipes)
  kCp932,    ///< Shift_JIS (CP932)
};

/// One field, quoted when it holds a comma, quote, CR or LF (or leading/trailing spaces).
std::string quote_field(const std::string& utf8);

class Writer {
 public:
  explicit Writer(OutputEncoding enc = OutputEncoding::kUtf8Bom) : enc_(enc) {}
  void row(const std::vector<std::string>& fields);
  /// The encoded file content. Throws KyuyoError naming row and column when a character cannot
  /// be encoded in CP932.
  std::string bytes() const;
  /// Writes bytes() to path (creating parent directories), atomically via a temporary file.
  void save(const std::string& path) const;

 private:
  OutputEncoding enc_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace kyuyo::csv
