#pragma once
/// \brief `kyuyo filing shaho check`: validates any SHFD0006.CSV (ours or another tool's) against
/// the file rules (Shift_JIS within JIS X 0208, CRLF, size below 4.5 MB, the five header lines
/// or the 社会保険労務士 variant) and the item rules of each data record
/// (forms/shaho/record_check.hpp), listing every problem with its line and item number.
/// Messages never contain a 個人番号.
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/forms/shaho/record_check.hpp"

namespace kyuyo::shaho {

struct FileProblem {
  int line = 0;  ///< 1-based; 0 for the whole file
  int item = 0;  ///< 1-based item (項番 / header field); 0 for the whole line
  std::string message;
  std::string str() const;  ///< "line 7, item 13: …"
};

struct CheckSummary {
  std::vector<FileProblem> problems;
  int data_records = 0;
};

CheckSummary check_shfd(std::string_view bytes, const forms::shaho::CheckOptions& opt = {});

}  // namespace kyuyo::shaho
