// SHFD0006.CSV writer (see shfd_writer.hpp). Source: shared/reference/social-insurance.md §5.1–5.2.
#include "kyuyo/adapters/shaho/shfd_writer.hpp"

#include <sodium.h>

#include <filesystem>
#include <fstream>

#include "kyuyo/adapters/shaho/sjis.hpp"
#include "kyuyo/forms/shaho/form_spec.hpp"
#include "kyuyo/forms/shaho/record_check.hpp"
#include "kyuyo/forms/shaho/shaho_text.hpp"

namespace kyuyo::shaho {
namespace fs = std::filesystem;
using forms::shaho::Record;

namespace {

std::string digits_of(std::string_view s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

std::string pad3(int v) {
  std::string s = std::to_string(v);
  return std::string(s.size() < 3 ? 3 - s.size() : 0, '0') + s;
}

void wipe(std::string& s) {
  if (!s.empty()) sodium_memzero(s.data(), s.size());
  s.clear();
}

/// Encodes one line's fields; errors name `who` and the field.
std::string encode_fields(const std::vector<std::string>& fields, const std::string& who,
                          const std::function<std::string(int)>& field_name, std::vector<Error>& errors) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    const std::string& v = fields[i];
    std::string where = who + ": " + field_name(static_cast<int>(i) + 1);
    if (v.find_first_of(",\r\n") != std::string::npos) {
      errors.push_back(Error{ErrorCode::kInvalidInput,
                             "contains a comma or a line break: the file has no quoting, so the value cannot be written", where});
      continue;
    }
    auto enc = to_sjis(v);
    if (!enc) {
      errors.push_back(Error{ErrorCode::kInvalidInput, enc.error().message, where});
      continue;
    }
    line += *enc;
  }
  return line;
}

std::string record_field_name(const Record& r, int no) {
  const forms::shaho::FormSpec* f = forms::shaho::form_spec(r.form_code);
  return r.form_code + " " + (f ? std::string(f->title) + " " + forms::shaho::item_label(*f, no) : "項番" + std::to_string(no));
}

}  // namespace

FileHeader header_of(const model::Employer& er, const Date& created_on, int serial) {
  FileHeader h;
  h.office = value_or_throw(forms::shaho::office_of(er));
  h.postal_code = er.postal_code;
  h.address = er.address;
  h.name = er.name;
  h.owner = er.representative;
  h.phone = er.phone;
  h.medium_serial = serial;
  h.created_on = created_on;
  return h;
}

std::vector<std::vector<std::string>> header_lines(const FileHeader& h) {
  using namespace forms::shaho;
  std::string date = digits_of(iso(h.created_on));
  std::vector<std::vector<std::string>> lines;
  if (h.sharoushi) lines.push_back({"", "", h.sharoushi->code, pad3(h.medium_serial), date, "22223"});
  else lines.push_back({h.office.prefecture, h.office.gunshiku, h.office.kigou, pad3(h.medium_serial), date, "22223"});
  lines.push_back({"[kanri]"});
  lines.push_back({h.sharoushi ? fullwidth(h.sharoushi->name) : "", "001"});
  std::string postal = digits_of(h.postal_code);
  std::vector<std::string> tel;
  {
    std::string part;
    for (char c : h.phone) {
      if (c >= '0' && c <= '9') part += c;
      else if (!part.empty()) { tel.push_back(part); part.clear(); }
    }
    if (!part.empty()) tel.push_back(part);
  }
  tel.resize(3);
  // 事業主氏名: one full-width space between the names (as the insured names).
  std::string owner = fullwidth(h.owner);
  lines.push_back({h.office.prefecture, h.office.gunshiku, h.office.kigou, h.office.number,
                   postal.size() == 7 ? postal.substr(0, 3) : postal, postal.size() == 7 ? postal.substr(3) : "",
                   fullwidth(h.address), fullwidth(h.name), owner, tel[0], tel[1], tel[2]});
  lines.push_back({"[data]"});
  return lines;
}

std::string encode_record(const Record& r, std::optional<std::string_view> my_number) {
  std::vector<Error> errors;
  std::vector<std::string> items = r.items;
  if (my_number) {
    if (!r.my_number_item || my_number->size() != 12) throw KyuyoError(ErrorCode::kInternal, r.person + ": 個人番号 item misuse");
    items[r.my_number_item - 1] = std::string(12, '0');  // encoded as a placeholder, replaced below
  }
  std::string line = encode_fields(items, r.person, [&](int no) { return record_field_name(r, no); }, errors);
  if (!errors.empty()) throw KyuyoErrors(errors);
  if (my_number) {
    // Byte offset of the 個人番号 item: count commas (every earlier field is already encoded).
    std::size_t pos = 0;
    for (int k = 1; k < r.my_number_item; ++k) pos = line.find(',', pos) + 1;
    line.replace(pos, 12, my_number->data(), 12);
  }
  return line;
}

std::vector<WrittenFile> write_shfd(const std::string& dir, const FileHeader& header, const std::vector<Record>& records,
                                    const NumberSource& numbers, std::size_t max_bytes) {
  std::vector<Error> errors;
  // Header lines.
  std::string head;
  {
    auto lines = header_lines(header);
    static const char* kHeaderNames[] = {"媒体管理レコード", "[kanri]", "事業所数情報", "事業所情報", "[data]"};
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string who = "SHFD0006.CSV header";
      std::string enc = encode_fields(lines[i], who, [&](int no) { return std::string(kHeaderNames[i]) + " 項目" + std::to_string(no); }, errors);
      head += enc + "\r\n";
    }
  }
  // Records: check the final items (with the number in place as a placeholder), then encode.
  std::vector<std::string> lines;
  lines.reserve(records.size());
  for (const Record& r : records) {
    std::optional<std::string_view> mn;
    if (r.wants_my_number && numbers) mn = numbers(r);
    std::vector<std::string> probe = r.items;
    if (mn) probe[r.my_number_item - 1] = std::string(12, '0');
    const forms::shaho::FormSpec* f = forms::shaho::form_spec(r.form_code);
    bool bad = false;
    for (const auto& p : forms::shaho::check_record(probe)) {
      errors.push_back(Error{ErrorCode::kInvalidInput, p.message, r.person + ": " + record_field_name(r, p.item)});
      bad = true;
    }
    (void)f;
    if (bad) continue;
    try {
      lines.push_back(encode_record(r, mn));
    } catch (const KyuyoErrors& e) {
      for (const auto& x : e.errors()) errors.push_back(x);
    }
  }
  if (!errors.empty()) {
    for (auto& l : lines) wipe(l);
    throw KyuyoErrors(errors);
  }
  if (records.empty()) throw KyuyoError(ErrorCode::kNotFound, "no records to write: SHFD0006.CSV not written", dir);
  // Split into parts below max_bytes.
  std::vector<std::vector<std::size_t>> parts(1);
  std::size_t size = head.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t add = lines[i].size() + 2;
    if (!parts.back().empty() && size + add >= max_bytes) {
      parts.emplace_back();
      size = head.size();
    }
    if (head.size() + add >= max_bytes)
      throw KyuyoError(ErrorCode::kInvalidInput, "one record does not fit below the file size limit", records[i].person);
    parts.back().push_back(i);
    size += add;
  }
  if (header.medium_serial + static_cast<int>(parts.size()) - 1 > 999)
    throw KyuyoError(ErrorCode::kInvalidInput, "媒体通番 would pass 999");
  // Write every part to a temporary file, then rename them all.
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string n = e.path().filename().string();
    if (n == kFileName || (e.is_directory() && n.rfind("part-", 0) == 0)) fs::remove_all(e.path());
  }
  std::vector<WrittenFile> out;
  std::vector<std::pair<std::string, std::string>> renames;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    FileHeader h = header;
    h.medium_serial = header.medium_serial + static_cast<int>(p);
    std::string body;
    if (p == 0) body = head;
    else {
      std::vector<Error> none;
      auto hl = header_lines(h);
      for (const auto& l : hl) body += encode_fields(l, "header", [](int) { return std::string(); }, none) + "\r\n";
    }
    for (std::size_t i : parts[p]) body += lines[i] + "\r\n";
    std::string folder = parts.size() == 1 ? dir : (fs::path(dir) / ("part-" + std::string(p + 1 < 10 ? "0" : "") + std::to_string(p + 1))).string();
    fs::create_directories(folder);
    std::string path = (fs::path(folder) / kFileName).string();
    std::string tmp = path + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f.write(body.data(), static_cast<std::streamsize>(body.size()));
      if (!f) throw KyuyoError(ErrorCode::kInternal, "cannot write", tmp);
    }
    out.push_back({path, static_cast<int>(parts[p].size()), body.size(), h.medium_serial});
    renames.emplace_back(tmp, path);
    wipe(body);
  }
  for (auto& l : lines) wipe(l);
  for (const auto& [tmp, path] : renames) fs::rename(tmp, path);
  return out;
}

}  // namespace kyuyo::shaho
