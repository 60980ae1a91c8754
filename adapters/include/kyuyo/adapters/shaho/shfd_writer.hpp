#pragma once
/// \brief Writes SHFD0006.CSV: the header lines (媒体管理レコード ending in 22223, [kanri],
/// 事業所数情報, 事業所情報, [data]) — or the 社会保険労務士 variant — then one data record per
/// line; Shift_JIS within JIS X 0208, CRLF after every line, no quoting (a comma or line break in
/// a value is refused), split into several files when one would reach 4.5 MB (each part is a
/// complete file with its own header and the next 媒体通番, in DIR/part-NN/SHFD0006.CSV).
/// Every refusal names the person and the item; nothing is written unless every record is good.
/// Source: shared/reference/social-insurance.md §5.1–5.2.
///
///   auto header = kyuyo::shaho::header_of(employer, created_on, 1);
///   auto files = kyuyo::shaho::write_shfd("out/2026/shaho/santei", header, records,
///       [&](const forms::shaho::Record& r) -> std::optional<std::string_view> { … vault … });
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/core/date.hpp"
#include "kyuyo/forms/shaho/record.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::shaho {

inline constexpr std::string_view kFileName = "SHFD0006.CSV";
/// e-Gov refuses a file of 4.5 MB or more ([RK-CSV] 操作説明書 第三部 p.18): files stay below.
inline constexpr std::size_t kMaxFileBytes = 4'500'000;

/// Filing by a 社会保険労務士: line 1 becomes ",,<社労士コード>,<媒体通番>,<date>,22223" and
/// line 3 "<社労士氏名>,001" ([KIRICO] sr_fd_management_record.rb, sr_company_count.rb).
struct Sharoushi {
  std::string code;  ///< 社労士コード, 8 digits
  std::string name;  ///< 社労士氏名 (漢字)
};

struct FileHeader {
  forms::shaho::Office office;
  std::string postal_code;  ///< 7 digits ("101-0047" accepted)
  std::string address;      ///< 事業所所在地 (written full-width)
  std::string name;         ///< 事業所名称
  std::string owner;        ///< 事業主氏名 ("加藤 大輔" → "加藤　大輔")
  std::string phone;        ///< "03-0000-0000" → 03,0000,0000
  int medium_serial = 1;    ///< 媒体通番 001–999
  Date created_on;          ///< 作成年月日 (YYYYMMDD, 西暦)
  std::optional<Sharoushi> sharoushi;
};

/// From the stored employer. Throws KyuyoError naming the employer field when it cannot be used.
FileHeader header_of(const model::Employer& er, const Date& created_on, int medium_serial = 1);

/// The header lines (UTF-8, without line ends), for tests and the checker.
std::vector<std::vector<std::string>> header_lines(const FileHeader& h);

/// Supplies the 12 digits for a record whose wants_my_number is set (from a vault Provision held
/// by the caller until write_shfd returns), or nullopt: the item stays empty.
using NumberSource = std::function<std::optional<std::string_view>(const forms::shaho::Record&)>;

struct WrittenFile {
  std::string path;
  int records = 0;
  std::size_t bytes = 0;
  int medium_serial = 0;
};

/// Encodes and writes. Throws KyuyoErrors listing every refused item (person + item named);
/// then nothing is written. Old SHFD0006.CSV / part-NN files in dir are replaced.
std::vector<WrittenFile> write_shfd(const std::string& dir, const FileHeader& header,
                                    const std::vector<forms::shaho::Record>& records,
                                    const NumberSource& numbers = {}, std::size_t max_bytes = kMaxFileBytes);

/// One record's line (Shift_JIS bytes, no CRLF) — for tests. Throws KyuyoErrors.
std::string encode_record(const forms::shaho::Record& r, std::optional<std::string_view> my_number = std::nullopt);

}  // namespace kyuyo::shaho
