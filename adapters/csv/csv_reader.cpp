#include "kyuyo/adapters/csv/csv_reader.hpp"

#include <fstream>
#include <sstream>

namespace kyuyo::csv {
namespace {

struct RawField {
  std::string bytes;
  int line = 0;  // line the field starts on
};
struct RawRecord {
  int line = 0;
  std::vector<RawField> fields;
};

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
}

// RFC 4180 on raw bytes. Safe for UTF-8 and CP932 alike: their multibyte sequences never contain
// the bytes of '"' (0x22), ',' (0x2C), CR or LF (CP932 trail bytes are 0x40–0xFC).
std::vector<RawRecord> split_records(std::string_view s, const std::string& file,
                                     std::vector<Error>& errors) {
  std::vector<RawRecord> out;
  std::size_t i = 0, n = s.size();
  int line = 1;
  auto where = [&](int l, std::size_t col) {
    return file + " line " + std::to_string(l) + ", column " + std::to_string(col);
  };
  while (i < n) {
    RawRecord rec;
    rec.line = line;
    bool end_of_record = false;
    while (!end_of_record) {
      RawField f;
      f.line = line;
      if (i < n && s[i] == '"') {
        int start_line = line;
        ++i;
        bool closed = false;
        while (i < n) {
          char c = s[i];
          if (c == '"') {
            if (i + 1 < n && s[i + 1] == '"') {
              f.bytes += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {  // CRLF inside quotes → LF
            f.bytes += '\n';
            i += 2;
            ++line;
            continue;
          }
          if (c == '\n' || c == '\r') ++line;
          f.bytes += c == '\r' ? '\n' : c;
          ++i;
        }
        if (!closed) {
          errors.push_back(
              Error{ErrorCode::kInvalidInput,
                    "quoted field is never closed (a \" is missing before the end of the file)",
                    where(start_line, rec.fields.size() + 1)});
          rec.fields.push_back(std::move(f));
          out.push_back(std::move(rec));
          return out;
        }
        // after the closing quote: a separator, a line end or the end of the file
        if (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
          errors.push_back(
              Error{ErrorCode::kInvalidInput,
                    "text after the closing quote (write a quote inside a quoted field as \"\")",
                    where(line, rec.fields.size() + 1)});
          while (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') ++i;
        }
      } else {
        bool stray = false;
        while (i < n && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
          if (s[i] == '"') stray = true;
          f.bytes += s[i++];
        }
        if (stray)
          errors.push_back(
              Error{ErrorCode::kInvalidInput,
                    "a \" inside an unquoted field (quote the whole field and double the \")",
                    where(line, rec.fields.size() + 1)});
      }
      rec.fields.push_back(std::move(f));
      if (i >= n) {
        end_of_record = true;
      } else if (s[i] == ',') {
        ++i;
        if (i >= n) {  // trailing comma at end of file: one more empty field
          rec.fields.push_back(RawField{"", line});
          end_of_record = true;
        }
      } else {  // CR, LF or CRLF
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ++i;
        ++i;
        ++line;
        end_of_record = true;
      }
    }
    bool blank = rec.fields.size() == 1 && rec.fields[0].bytes.empty();
    if (!blank) out.push_back(std::move(rec));
  }
  return out;
}

bool has_long_digit_run(std::string_view v) {
  int run = 0;
  for (unsigned char c : v) {
    run = std::isdigit(c) ? run + 1 : 0;
    if (run >= 12) return true;
  }
  return false;
}
}  // namespace

std::string normalize_header(std::string_view h) {
  std::string s(h);
  replace_all(s, "\xEF\xBC\x88", "(");  // （
  replace_all(s, "\xEF\xBC\x89", ")");  // ）
  auto is_space_at = [&](std::size_t pos, std::size_t& len) {
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) return len = 1, true;
    if (s.compare(pos, 3, "\xE3\x80\x80") == 0) return len = 3, true;  // U+3000
    return false;
  };
  std::size_t len = 0;
  while (!s.empty() && is_space_at(0, len)) s.erase(0, len);
  bool again = true;
  while (again && !s.empty()) {
    again = false;
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '*') {
      s.pop_back();
      again = true;
    } else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x80") == 0) {
      s.erase(s.size() - 3);
      again = true;
    }
  }
  return s;
}

std::string safe_value(std::string_view v) {
  if (has_long_digit_run(v)) return "(value withheld)";
  if (v.size() > 60) {
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80)
      --cut;  // keep UTF-8 whole
    return std::string(v.substr(0, cut)) + "…";
  }
  return std::string(v);
}

int Table::column(std::string_view header) const {
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (headers[i] == header) return static_cast<int>(i);
  return -1;
}

const std::string& Table::get(const Row& row, std::string_view header) const {
  static const std::string empty;
  int c = column(header);
  if (c < 0 || static_cast<std::size_t>(c) >= row.fields.size()) return empty;
  return row.fields[c];
}

std::map<std::string, std::string> Table::as_map(const Row& row) const {
  std::map<std::string, std::string> m;
  for (std::size_t i = 0; i < headers.size(); ++i)
    m[headers[i]] = i < row.fields.size() ? row.fields[i] : "";
  return m;
}

std::string Table::where(int line, int c) const {
  std::string w = file + " line " + std::to_string(line);
  if (c >= 0) {
    w += ", column " + std::to_string(c + 1);
    if (static_cast<std::size_t>(c) < headers.size() && !headers[c].empty())
      w += " (" + headers[c] + ")";
  }
  return w;
}

std::string Table::where(const Row& row, std::string_view header) const {
  int c = column(header);
  if (c >= 0) return where(row.line, c);
  return file + " line " + std::to_string(row.line) + " (" + std::string(header) + ")";
}

Table parse(std::string_view bytes, const std::string& file, Encoding encoding,
            std::vector<Error>& errors) {
  Table t;
  t.file = file;
  t.bom = bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom;
  if (t.bom) {
    if (encoding == Encoding::kCp932)
      errors.push_back(Error{
          ErrorCode::kInvalidInput,
          "the file starts with a UTF-8 BOM but --encoding cp932 was given (use utf-8 or auto)",
          file + " line 1"});
    bytes.remove_prefix(kUtf8Bom.size());
  }
  if (encoding == Encoding::kAuto) {
    encoding = (t.bom || !first_invalid_utf8(bytes)) ? Encoding::kUtf8 : Encoding::kCp932;
  }
  t.encoding = encoding;

  auto records = split_records(bytes, file, errors);
  bool first = true;
  for (auto& rec : records) {
    Row row;
    row.line = rec.line;
    for (std::size_t c = 0; c < rec.fields.size(); ++c) {
      const RawField& f = rec.fields[c];
      std::string text;
      if (encoding == Encoding::kUtf8) {
        if (auto bad = first_invalid_utf8(f.bytes)) {
          errors.push_back(Error{ErrorCode::kInvalidInput,
                                 "not valid UTF-8 at byte " + std::to_string(*bad + 1) +
                                     " of the field (is the file Shift_JIS? try --encoding cp932)",
                                 t.where(f.line, static_cast<int>(c))});
        } else {
          text = f.bytes;
        }
      } else {
        auto r = cp932_to_utf8(f.bytes);
        if (!r)
          errors.push_back(Error{ErrorCode::kInvalidInput, r.error().message,
                                 t.where(f.line, static_cast<int>(c))});
        else
          text = std::move(*r);
      }
      row.fields.push_back(std::move(text));
    }
    if (first) {
      first = false;
      for (auto& h : row.fields) t.headers.push_back(normalize_header(h));
      continue;
    }
    // ragged rows: extra empty trailing fields (as some exports write) are dropped
    while (row.fields.size() > t.headers.size() && row.fields.back().empty()) row.fields.pop_back();
    if (row.fields.size() != t.headers.size()) {
      errors.push_back(Error{ErrorCode::kInvalidInput,
                             "the row has " + std::to_string(row.fields.size()) +
                                 " fields but the header has " + std::to_string(t.headers.size()),
                             file + " line " + std::to_string(row.line)});
    }
    t.rows.push_back(std::move(row));
  }
  if (first)
    errors.push_back(
        Error{ErrorCode::kInvalidInput, "the file is empty (a header row is required)", file});
  return t;
}

Table read_file(const std::string& path, Encoding encoding, std::vector<Error>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw KyuyoError(ErrorCode::kInvalidInput, "cannot read the file", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path, encoding, errors);
}

}  // namespace kyuyo::csv
