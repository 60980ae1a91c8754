#pragma once
/// \brief 個人番号 (My Number): 12 digits, the last a check digit (総務省令第85号 第5条,
/// quoted by J-LIS; see shared/reference/my-number.md §3.1).
///
/// A MyNumber can only be made by MyNumber::parse, which accepts exactly 12 ASCII digits with a
/// valid check digit. It has no implicit conversion and no stream or text output: the only text
/// it yields is masked(). Its bytes are wiped (sodium_memzero) when it is destroyed or moved
/// from. Only the vault module reads the digits (through an internal accessor).
#include <array>
#include <iosfwd>
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"

namespace kyuyo::vault {

namespace detail {
struct MyNumberAccess;
}

class MyNumber {
 public:
  /// Parses exactly 12 ASCII digits with a valid check digit. The error message never contains
  /// the input. Full-width digits, spaces and hyphens are refused (the message says which).
  static Result<MyNumber> parse(std::string_view text);

  /// The check digit (0–9) for an 11-digit base, or -1 when base is not 11 ASCII digits.
  static int check_digit(std::string_view base11);

  MyNumber(const MyNumber&) = delete;
  MyNumber& operator=(const MyNumber&) = delete;
  MyNumber(MyNumber&& o) noexcept;
  MyNumber& operator=(MyNumber&& o) noexcept;
  ~MyNumber();

  /// "************": the only text form.
  static std::string masked() { return "************"; }

  /// Constant-time comparison.
  bool same_as(const MyNumber& o) const;

  friend std::ostream& operator<<(std::ostream&, const MyNumber&) = delete;

 private:
  MyNumber() = default;
  friend struct detail::MyNumberAccess;
  std::array<char, 12> d_{};
};

}  // namespace kyuyo::vault
