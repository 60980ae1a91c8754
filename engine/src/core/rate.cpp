#include "kyuyo/core/rate.hpp"

#include <numeric>

namespace kyuyo {
namespace {
template <class T>
T abs_(T v) { return v < 0 ? -v : v; }

__int128 gcd128(__int128 a, __int128 b) {
  a = abs_(a);
  b = abs_(b);
  while (b != 0) {
    __int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::int64_t narrow(__int128 v) {
  if (v > INT64_MAX || v < INT64_MIN) throw KyuyoError(ErrorCode::kOverflow, "rate overflow");
  return static_cast<std::int64_t>(v);
}

std::string int128_str(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 m = neg ? static_cast<unsigned __int128>(-v) : static_cast<unsigned __int128>(v);
  std::string s;
  while (m) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  }
  return neg ? "-" + s : s;
}

// Parses an unsigned decimal "12.345" into num/10^k. Empty or malformed: error.
Result<Rate> parse_decimal(std::string_view t, std::string_view whole) {
  if (t.empty()) return fail(ErrorCode::kInvalidInput, "empty number in rate '" + std::string(whole) + "'");
  __int128 num = 0;
  __int128 den = 1;
  bool dot = false;
  bool digit = false;
  for (char c : t) {
    if (c == '.') {
      if (dot) return fail(ErrorCode::kInvalidInput, "malformed rate '" + std::string(whole) + "'");
      dot = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
      num = num * 10 + (c - '0');
      if (dot) den *= 10;
      if (num > INT64_MAX / 100 || den > INT64_MAX / 100)
        return fail(ErrorCode::kInvalidInput, "rate has too many digits '" + std::string(whole) + "'");
    } else {
      return fail(ErrorCode::kInvalidInput, "malformed rate '" + std::string(whole) + "'");
    }
  }
  if (!digit) return fail(ErrorCode::kInvalidInput, "malformed rate '" + std::string(whole) + "'");
  return Rate(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
}
}  // namespace

Rate::Rate(std::int64_t num, std::int64_t den) {
  if (den == 0) throw KyuyoError(ErrorCode::kInvalidInput, "rate with zero denominator");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  std::int64_t g = std::gcd(num, den);
  if (g == 0) g = 1;
  num_ = num / g;
  den_ = den / g;
}

Result<Rate> Rate::parse(std::string_view text) {
  std::string_view t = text;
  bool neg = false;
  if (!t.empty() && t.front() == '-') {
    neg = true;
    t.remove_prefix(1);
  }
  Result<Rate> r = fail(ErrorCode::kInvalidInput, "");
  if (!t.empty() && t.back() == '%') {
    auto base = parse_decimal(t.substr(0, t.size() - 1), text);
    if (!base) return base;
    r = *base / 100;
  } else if (auto slash = t.find('/'); slash != std::string_view::npos) {
    auto n = parse_decimal(t.substr(0, slash), text);
    if (!n) return n;
    auto d = parse_decimal(t.substr(slash + 1), text);
    if (!d) return d;
    if (d->is_zero()) return fail(ErrorCode::kInvalidInput, "rate with zero denominator '" + std::string(text) + "'");
    // (a/b) / (c/d) = a*d / (b*c)
    r = Rate(narrow(static_cast<__int128>(n->num()) * d->den()),
             narrow(static_cast<__int128>(n->den()) * d->num()));
  } else {
    r = parse_decimal(t, text);
  }
  if (r && neg) r = *r * -1;
  return r;
}

Rate Rate::operator+(Rate o) const {
  return Rate(narrow(static_cast<__int128>(num_) * o.den_ + static_cast<__int128>(o.num_) * den_),
              narrow(static_cast<__int128>(den_) * o.den_));
}
Rate Rate::operator-(Rate o) const { return *this + o * -1; }
Rate Rate::operator*(std::int64_t k) const { return Rate(narrow(static_cast<__int128>(num_) * k), den_); }
Rate Rate::operator/(std::int64_t k) const { return Rate(num_, narrow(static_cast<__int128>(den_) * k)); }
Rate Rate::operator*(Rate o) const {
  return Rate(narrow(static_cast<__int128>(num_) * o.num_), narrow(static_cast<__int128>(den_) * o.den_));
}
std::strong_ordering Rate::operator<=>(const Rate& o) const {
  return static_cast<__int128>(num_) * o.den_ <=> static_cast<__int128>(o.num_) * den_;
}

std::string Rate::percent_str() const {
  // num/den * 100 as a finite decimal when possible
  __int128 n = static_cast<__int128>(num_) * 100;
  __int128 d = den_;
  std::string s = int128_str(n / d);
  __int128 rem = abs_(n % d);
  if (rem == 0) return s + "%";
  std::string frac;
  for (int i = 0; i < 12 && rem != 0; ++i) {
    rem *= 10;
    frac += static_cast<char>('0' + static_cast<int>(rem / d));
    rem %= d;
  }
  if (rem != 0) return str();
  if (n < 0 && s == "0") s = "-0";
  return s + "." + frac + "%";
}

ExactAmount::ExactAmount(__int128 num, __int128 den) {
  if (den == 0) throw KyuyoError(ErrorCode::kInternal, "exact amount with zero denominator");
  if (den < 0) {
    num = -num;
    den = -den;
  }
  __int128 g = gcd128(num, den);
  if (g == 0) g = 1;
  num_ = num / g;
  den_ = den / g;
}

ExactAmount ExactAmount::operator+(const ExactAmount& o) const {
  return ExactAmount(num_ * o.den_ + o.num_ * den_, den_ * o.den_);
}
ExactAmount ExactAmount::operator-(const ExactAmount& o) const {
  return ExactAmount(num_ * o.den_ - o.num_ * den_, den_ * o.den_);
}
ExactAmount ExactAmount::operator/(std::int64_t k) const { return ExactAmount(num_, den_ * k); }
ExactAmount ExactAmount::operator*(std::int64_t k) const { return ExactAmount(num_ * k, den_); }
std::strong_ordering ExactAmount::operator<=>(const ExactAmount& o) const {
  return num_ * o.den_ <=> o.num_ * den_;
}

std::string ExactAmount::str() const {
  std::string s = int128_str(num_ / den_);
  __int128 rem = abs_(num_ % den_);
  if (rem == 0) return s;
  std::string frac;
  for (int i = 0; i < 12 && rem != 0; ++i) {
    rem *= 10;
    frac += static_cast<char>('0' + static_cast<int>(rem / den_));
    rem %= den_;
  }
  if (rem != 0) return int128_str(num_) + "/" + int128_str(den_);
  if (num_ < 0 && s == "0") s = "-0";
  return s + "." + frac;
}

ExactAmount operator*(Yen y, Rate r) {
  return ExactAmount(static_cast<__int128>(y.value()) * r.num(), r.den());
}

}  // namespace kyuyo
