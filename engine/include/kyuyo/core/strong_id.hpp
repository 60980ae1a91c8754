#pragma once
/// \brief Strong identifiers: an EmployeeId is not an EmployerId is not an int.
#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace kyuyo {

template <class Tag, class Rep = std::int64_t>
class StrongId {
 public:
  constexpr StrongId() = default;
  constexpr explicit StrongId(Rep v) : v_(v) {}
  constexpr const Rep& value() const { return v_; }
  constexpr auto operator<=>(const StrongId&) const = default;

 private:
  Rep v_{};
};

struct EmployerTag;
struct EmployeeTag;
struct DependentTag;
struct PayRunTag;
struct OperatorTag;
using EmployerId = StrongId<EmployerTag>;
using EmployeeId = StrongId<EmployeeTag>;
using DependentId = StrongId<DependentTag>;
using PayRunId = StrongId<PayRunTag>;
using OperatorId = StrongId<OperatorTag>;

}  // namespace kyuyo

template <class Tag, class Rep>
struct std::hash<kyuyo::StrongId<Tag, Rep>> {
  size_t operator()(const kyuyo::StrongId<Tag, Rep>& id) const noexcept { return std::hash<Rep>{}(id.value()); }
};
