#pragma once
/// \brief Where submission writers (源泉徴収票 税務署/市区町村提出用 PDF, e-Tax XML, eLTAX CSV) get a
/// 個人番号: through one call per cell, the digits handed to a sink and gone when it returns.
/// The implementation over the vault's 提供 call is adapters/filings/vault_number_source.hpp;
/// employee copies are written with no source at all.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kyuyo/forms/withholding_slip.hpp"

namespace kyuyo::forms {

class NumberSource {
 public:
  virtual ~NumberSource() = default;
  /// Calls sink(digits) when the number may be given (and is held); returns whether it did.
  /// The sink writes the digits into the output at once and keeps no copy.
  virtual bool with_number(const NumberRef& who, const std::function<void(std::string_view)>& sink) = 0;
  /// Sentences about refusals so far (never a number), for the command's report.
  virtual std::vector<std::string> notes() const { return {}; }
};

}  // namespace kyuyo::forms
