#pragma once
// Internal to the vault module: the one place that reads a MyNumber's digits.
#include <string_view>

#include "kyuyo/vault/my_number.hpp"

namespace kyuyo::vault::detail {
struct MyNumberAccess {
  static std::string_view digits(const MyNumber& n) { return {n.d_.data(), n.d_.size()}; }
};
}  // namespace kyuyo::vault::detail
