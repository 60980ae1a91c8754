#pragma once
/// \brief Exact rates (num/den, reduced) parsed from decimal strings, and ExactAmount, the exact
/// product of an amount and a rate. Nothing here ever touches floating point.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "kyuyo/core/error.hpp"
#include "kyuyo/core/yen.hpp"

namespace kyuyo {

class Rate {
 public:
  constexpr Rate() = default;
  /// num/den; den > 0. Reduced on construction.
  Rate(std::int64_t num, std::int64_t den);

  /// Parses "9.85%", "5.5/1000", "0.0183", "18.3%", "3/1000", "0.5". Whitespace is not allowed.
  static Result<Rate> parse(std::string_view text);
  static Rate percent(std::int64_t hundredths_of_percent) { return Rate(hundredths_of_percent, 10000); }

  std::int64_t num() const { return num_; }
  std::int64_t den() const { return den_; }

  Rate operator+(Rate o) const;
  Rate operator-(Rate o) const;
  Rate operator*(std::int64_t k) const;
  Rate operator/(std::int64_t k) const;
  Rate operator*(Rate o) const;
  bool operator==(const Rate& o) const { return num_ == o.num_ && den_ == o.den_; }
  std::strong_ordering operator<=>(const Rate& o) const;

  /// Exact decimal when the denominator allows ("9.85%"), else "num/den".
  std::string percent_str() const;
  std::string str() const { return std::to_string(num_) + "/" + std::to_string(den_); }
  bool is_zero() const { return num_ == 0; }

 private:
  std::int64_t num_ = 0;
  std::int64_t den_ = 1;
};

/// An exact rational amount of yen (num/den), the result of Yen × Rate before a named rounding.
class ExactAmount {
 public:
  ExactAmount() = default;
  ExactAmount(Yen y) : num_(y.value()), den_(1) {}  // NOLINT: an amount is exact
  ExactAmount(__int128 num, __int128 den);

  __int128 num() const { return num_; }
  __int128 den() const { return den_; }

  ExactAmount operator+(const ExactAmount& o) const;
  ExactAmount operator-(const ExactAmount& o) const;
  ExactAmount operator/(std::int64_t k) const;
  ExactAmount operator*(std::int64_t k) const;
  bool operator==(const ExactAmount& o) const { return num_ * o.den_ == o.num_ * den_; }
  std::strong_ordering operator<=>(const ExactAmount& o) const;

  /// Decimal text for traces, e.g. "13635.5" (exact when finite, else "num/den").
  std::string str() const;

 private:
  __int128 num_ = 0;
  __int128 den_ = 1;
};

ExactAmount operator*(Yen y, Rate r);
inline ExactAmount operator*(Rate r, Yen y) { return y * r; }

}  // namespace kyuyo
