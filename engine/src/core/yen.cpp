#include "kyuyo/core/yen.hpp"

#include "kyuyo/core/error.hpp"

namespace kyuyo {
namespace {
[[noreturn]] void overflow(const char* op) {
  throw KyuyoError(ErrorCode::kOverflow, std::string("amount overflow in yen ") + op);
}
}  // namespace

Yen Yen::operator+(Yen o) const {
  std::int64_t r;
  if (__builtin_add_overflow(v_, o.v_, &r)) overflow("addition");
  return Yen(r);
}
Yen Yen::operator-(Yen o) const {
  std::int64_t r;
  if (__builtin_sub_overflow(v_, o.v_, &r)) overflow("subtraction");
  return Yen(r);
}
Yen Yen::operator-() const {
  std::int64_t r;
  if (__builtin_sub_overflow(std::int64_t{0}, v_, &r)) overflow("negation");
  return Yen(r);
}
Yen Yen::operator*(std::int64_t k) const {
  std::int64_t r;
  if (__builtin_mul_overflow(v_, k, &r)) overflow("multiplication");
  return Yen(r);
}

std::string Yen::with_commas() const {
  std::string digits;
  // build from the magnitude, careful with INT64_MIN
  unsigned __int128 mag = v_ < 0 ? static_cast<unsigned __int128>(-(static_cast<__int128>(v_)))
                                 : static_cast<unsigned __int128>(v_);
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(mag % 10)));
    mag /= 10;
  } while (mag);
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    out += digits[i];
    int rest = n - i - 1;
    if (rest > 0 && rest % 3 == 0) out += ',';
  }
  return v_ < 0 ? "-" + out : out;
}

}  // namespace kyuyo
