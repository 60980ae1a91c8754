#include "kyuyo/core/rounding.hpp"

namespace kyuyo::rounding {
namespace {
Yen to_yen(__int128 v) {
  if (v > INT64_MAX || v < INT64_MIN) throw KyuyoError(ErrorCode::kOverflow, "amount overflow in rounding");
  return Yen(static_cast<std::int64_t>(v));
}
// Splits |a| into whole yen q and remainder r/den (0 <= r < den); returns sign.
struct Parts {
  bool neg;
  __int128 q, r, den;
};
Parts split(const ExactAmount& a) {
  bool neg = a.num() < 0;
  __int128 n = neg ? -a.num() : a.num();
  return Parts{neg, n / a.den(), n % a.den(), a.den()};
}
Yen signed_result(const Parts& p, __int128 mag) { return to_yen(p.neg ? -mag : mag); }
}  // namespace

Yen truncate_to_yen(const ExactAmount& a) {
  auto p = split(a);
  return signed_result(p, p.q);
}

Yen round_up_to_yen(const ExactAmount& a) {
  auto p = split(a);
  return signed_result(p, p.r ? p.q + 1 : p.q);
}

Yen round_half_up_to_yen(const ExactAmount& a) {
  auto p = split(a);
  return signed_result(p, 2 * p.r >= p.den ? p.q + 1 : p.q);
}

Yen round_50sen_rule(const ExactAmount& a) {
  auto p = split(a);
  return signed_result(p, 2 * p.r > p.den ? p.q + 1 : p.q);
}

Yen round_half_up_to_10_yen(const ExactAmount& a) {
  // |a| / 10, half up
  bool neg = a.num() < 0;
  __int128 n = neg ? -a.num() : a.num();
  __int128 d = a.den() * 10;
  __int128 q = n / d, r = n % d;
  if (2 * r >= d) ++q;
  return to_yen(neg ? -q * 10 : q * 10);
}

Yen truncate_to_10_yen(Yen y) { return Yen(y.value() / 10 * 10); }
Yen truncate_to_100_yen(Yen y) { return Yen(y.value() / 100 * 100); }
Yen truncate_to_100_yen(const ExactAmount& a) { return truncate_to_100_yen(truncate_to_yen(a)); }
Yen truncate_to_1000_yen(Yen y) { return Yen(y.value() / 1000 * 1000); }

}  // namespace kyuyo::rounding
