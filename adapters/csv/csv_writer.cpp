#include "kyuyo/adapters/csv/csv_writer.hpp"

#include <filesystem>
#include <fstream>

#include "kyuyo/adapters/csv/encoding.hpp"
#include "kyuyo/core/error.hpp"

namespace kyuyo::csv {

std::string quote_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string r = "\"";
  for (char c : s) {
    if (c == '"') r += '"';
    r += c;
  }
  return r + "\"";
}

void Writer::row(const std::vector<std::string>& fields) { rows_.push_back(fields); }

std::string Writer::bytes() const {
  std::string out;
  if (enc_ == OutputEncoding::kUtf8Bom) out += kUtf8Bom;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    for (std::size_t c = 0; c < rows_[r].size(); ++c) {
      if (c) out += ',';
      std::string f = quote_field(rows_[r][c]);
      if (enc_ == OutputEncoding::kCp932) {
        auto enc = utf8_to_cp932(f);
        if (!enc)
          throw KyuyoError(
              ErrorCode::kInvalidInput, enc.error().message,
              "CSV output row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1));
        out += *enc;
      } else {
        out += f;
      }
    }
    out += "\r\n";
  }
  return out;
}

void Writer::save(const std::string& path) const {
  std::string content = bytes();
  namespace fs = std::filesystem;
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  fs::path tmp = p;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out) throw KyuyoError(ErrorCode::kInvalidInput, "cannot write the file", path);
  }
  fs::rename(tmp, p);
}

}  // namespace kyuyo::csv
