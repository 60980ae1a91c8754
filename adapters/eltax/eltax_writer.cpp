#include "kyuyo/adapters/eltax/eltax_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/adapters/csv/encoding.hpp"
#include "kyuyo/core/error.hpp"
#include "kyuyo/forms/eltax_record.hpp"
#include "kyuyo/vault/secret.hpp"

namespace kyuyo::eltax {
namespace fs = std::filesystem;

std::string report_csv(std::vector<forms::WithholdingSlip> slips, forms::NumberSource* numbers,
                       const std::function<bool(const forms::WithholdingSlip&)>& files_tax_office) {
  std::stable_sort(slips.begin(), slips.end(), [](const auto& a, const auto& b) {
    return std::tie(a.municipality_code, a.employee_code) < std::tie(b.municipality_code, b.employee_code);
  });
  std::string out;
  std::vector<Error> errors;
  for (const auto& s : slips) {
    std::string line;
    line.reserve(8192);  // one allocation: no stale copy of a number is left behind by a regrowth
    bool first = true;
    int item = 0;
    for (const auto& f : forms::eltax_315_record(s, files_tax_office && files_tax_office(s))) {
      ++item;
      bool separator = f.value.find_first_of(",\"\r\n\t") != std::string::npos;
      for (const auto& nn : f.numbered_names)
        if (nn.second.find_first_of(",\"\r\n\t") != std::string::npos) separator = true;
      if (separator)
        errors.push_back(Error{ErrorCode::kInvalidInput,
                               "社員番号 " + s.employee_code + ": " + f.name + " holds a comma, quote, tab or line break",
                               "item " + std::to_string(item)});
      if (!first) line += ',';
      first = false;
      if (f.number) {
        if (numbers) numbers->with_number(*f.number, [&](std::string_view d) { line.append(d); });
        continue;
      }
      std::string value = f.value;
      if (!f.numbered_names.empty()) {
        // "(個人番号)氏名" per person (chumaltd/luca-jp jp_payreport.rb, items 132/133); the digits go
        // straight into the line, never into `value`
        for (std::size_t i = 0; i < f.numbered_names.size(); ++i) {
          if (i) line += *csv::utf8_to_cp932("　");
          const auto& [who, name] = f.numbered_names[i];
          if (numbers)  // the digits go from the vault's buffer straight into `line` (wiped below)
            numbers->with_number(who, [&](std::string_view d) {
              line += '(';
              line.append(d);
              line += ')';
            });
          auto n = csv::utf8_to_cp932(name);
          if (!n) {
            errors.push_back(Error{ErrorCode::kInvalidInput,
                                   "社員番号 " + s.employee_code + ": " + f.name + ": " + n.error().message +
                                       " (JIS X 0208 only, 総務省告示第429号)",
                                   "item " + std::to_string(item)});
            continue;
          }
          line += *n;
        }
        continue;
      }
      auto enc = csv::utf8_to_cp932(value);
      if (!enc) {
        errors.push_back(Error{ErrorCode::kInvalidInput,
                               "社員番号 " + s.employee_code + ": " + f.name + ": " + enc.error().message +
                                   " (JIS X 0208 only, 総務省告示第429号)",
                               "item " + std::to_string(item)});
        continue;
      }
      line += *enc;
    }
    out += line + "\r\n";
    vault::wipe(line);
  }
  if (!errors.empty()) {
    vault::wipe(out);
    throw KyuyoErrors(std::move(errors));
  }
  return out;
}

void save_bytes(const std::string& path, std::string& bytes) {
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) throw KyuyoError(ErrorCode::kInvalidInput, "cannot write", path);
  }
  fs::rename(tmp, path);
  vault::wipe(bytes);
}

void render_sokatsu(pdf::Document& doc, const Sokatsu& s) {
  using pdf::Align;
  using pdf::Font;
  doc.new_page(pdf::PageSize::a4());
  std::string wy = wareki_year(s.year);
  doc.text(105, 22, wy + "分 給与支払報告書(総括表)", 15, Font::kMincho, Align::kCenter);
  doc.text(20, 35, "提出先市区町村コード  " + s.municipality_code, 11);
  doc.text(190, 35, "給与の支払期間  " + wy + "1月分から12月分まで", 9, Font::kGothic, Align::kRight);
  struct Row {
    std::string label, value;
  };
  std::vector<Row> rows{{"給与支払者 氏名又は名称", s.payer_name},
                        {"給与支払者 住所(所在地)", s.payer_address},
                        {"個人番号又は法人番号", s.payer_corporate_number},
                        {"電話", s.payer_phone},
                        {"受給者総人員", std::to_string(s.total_people) + " 人"},
                        {"報告人員", std::to_string(s.reported) + " 人"},
                        {"  うち特別徴収対象者", std::to_string(s.special) + " 人"},
                        {"  うち普通徴収対象者", std::to_string(s.ordinary) + " 人"}};
  for (const auto& [code, n] : s.ordinary_reasons) rows.push_back({"    普通徴収 切替理由 " + code, std::to_string(n) + " 人"});
  double y = 45;
  doc.rect(20, y, 170, 9.0 * static_cast<double>(rows.size()), 0.6);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    double yy = y + 9.0 * static_cast<double>(i);
    if (i) doc.line(20, yy, 190, yy, 0.3);
    doc.text(23, yy + 6, rows[i].label, 9, Font::kMincho);
    doc.text(80, yy + 6, rows[i].value, 10);
  }
  if (s.payer_corporate_number.empty() && s.payer_number && s.numbers)  // row 3: 個人番号又は法人番号
    s.numbers->with_number(*s.payer_number, [&](std::string_view d) { doc.text(80, y + 9.0 * 2 + 6, std::string(d), 10); });
  doc.line(75, y, 75, y + 9.0 * static_cast<double>(rows.size()), 0.3);
  double fy = y + 9.0 * static_cast<double>(rows.size()) + 10;
  doc.text(20, fy, "普通徴収 切替理由: 普A 総従業員数2人以下 / 普B 他の事業所で特別徴収 / 普C 給与が少なく税額が引けない /", 7);
  doc.text(20, fy + 4, "普D 給与の支払が不定期 / 普E 事業専従者 / 普F 退職者・退職予定者 (eLTAX 摘要コード; docs/eltax.md)", 7);
}

}  // namespace kyuyo::eltax
