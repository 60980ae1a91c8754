#pragma once
/// \brief Yen: an exact integer amount of money (int64), overflow-checked. No floating point.
#include <compare>
#include <concepts>
#include <cstdint>
#include <string>

namespace kyuyo {

class Yen {
 public:
  constexpr Yen() = default;
  constexpr explicit Yen(std::int64_t v) : v_(v) {}
  template <std::floating_point F>
  Yen(F) = delete;  // money never comes from floating point

  constexpr std::int64_t value() const { return v_; }

  Yen operator+(Yen o) const;
  Yen operator-(Yen o) const;
  Yen operator-() const;
  Yen operator*(std::int64_t k) const;
  Yen& operator+=(Yen o) { return *this = *this + o; }
  Yen& operator-=(Yen o) { return *this = *this - o; }

  constexpr auto operator<=>(const Yen&) const = default;

  /// "123456" (plain digits, leading minus when negative).
  std::string str() const { return std::to_string(v_); }
  /// "123,456" with thousands separators.
  std::string with_commas() const;

  static constexpr Yen zero() { return Yen(0); }

 private:
  std::int64_t v_ = 0;
};

inline Yen operator*(std::int64_t k, Yen y) { return y * k; }
constexpr Yen max(Yen a, Yen b) { return a < b ? b : a; }
constexpr Yen min(Yen a, Yen b) { return a < b ? a : b; }

/// Literal: 1'000_yen
constexpr Yen operator""_yen(unsigned long long v) { return Yen(static_cast<std::int64_t>(v)); }

}  // namespace kyuyo
