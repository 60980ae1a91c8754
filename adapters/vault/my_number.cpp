#include "kyuyo/vault/my_number.hpp"

#include <sodium.h>

#include "kyuyo/vault/secret.hpp"

namespace kyuyo::vault {

int MyNumber::check_digit(std::string_view base) {
  // 総務省令第85号 第5条 (J-LIS, shared/reference/my-number.md §3.1):
  // check = 11 − (Σ_{n=1..11} P_n × Q_n mod 11), 0 when the remainder is 0 or 1;
  // P_n counted from the rightmost digit, Q_n = n+1 (n ≤ 6), n−5 (7 ≤ n ≤ 11).
  if (base.size() != 11) return -1;
  int sum = 0;
  for (int n = 1; n <= 11; ++n) {
    char c = base[11 - n];
    if (c < '0' || c > '9') return -1;
    int q = n <= 6 ? n + 1 : n - 5;
    sum += (c - '0') * q;
  }
  int r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

Result<MyNumber> MyNumber::parse(std::string_view text) {
  // Messages describe the problem only; the input is never echoed.
  for (unsigned char c : text) {
    if (c >= 0x80)
      return fail(ErrorCode::kInvalidInput,
                  "個人番号 must be 12 half-width digits (full-width or other non-ASCII characters found; the value is not shown)");
  }
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '\t')
      return fail(ErrorCode::kInvalidInput,
                  "個人番号 must be 12 digits without spaces or hyphens (the value is not shown)");
    if (c < '0' || c > '9')
      return fail(ErrorCode::kInvalidInput, "個人番号 must contain digits only (the value is not shown)");
  }
  if (text.size() != 12)
    return fail(ErrorCode::kInvalidInput,
                "個人番号 must have exactly 12 digits, got " + std::to_string(text.size()) + " (the value is not shown)");
  int cd = check_digit(text.substr(0, 11));
  if (cd != text[11] - '0')
    return fail(ErrorCode::kInvalidInput, "個人番号 check digit does not match (a typing error?; the value is not shown)");
  MyNumber n;
  for (std::size_t i = 0; i < 12; ++i) n.d_[i] = text[i];
  return n;
}

MyNumber::MyNumber(MyNumber&& o) noexcept : d_(o.d_) { sodium_memzero(o.d_.data(), o.d_.size()); }

MyNumber& MyNumber::operator=(MyNumber&& o) noexcept {
  if (this != &o) {
    d_ = o.d_;
    sodium_memzero(o.d_.data(), o.d_.size());
  }
  return *this;
}

MyNumber::~MyNumber() { sodium_memzero(d_.data(), d_.size()); }

bool MyNumber::same_as(const MyNumber& o) const { return sodium_memcmp(d_.data(), o.d_.data(), d_.size()) == 0; }

}  // namespace kyuyo::vault
