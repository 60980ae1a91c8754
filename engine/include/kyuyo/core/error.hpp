#pragma once
/// \brief Errors as values. Messages name where and what went wrong and never carry a secret
/// (a My Number is never formatted into an Error: the MyNumber type has no text conversion).
#include <expected>
#include <stdexcept>
#include <string>
#include <vector>

namespace kyuyo {

enum class ErrorCode {
  kInvalidInput,   ///< bad user or file data (exit code 1)
  kNotFound,       ///< a referenced record or rule does not exist (exit code 1)
  kConflict,       ///< duplicates, immutable records (exit code 1)
  kOverflow,       ///< arithmetic overflow of an amount
  kRuleData,       ///< rule data missing or malformed
  kPermission,     ///< refused by access control (vault)
  kUnsupported,    ///< a case the engine refuses rather than guess
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInvalidInput;
  std::string message;  ///< human readable, names file/line/field or employer/employee/period
  std::string where;    ///< optional location ("employees.csv:12: 生年月日")

  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message, std::string where = {}) {
  return std::unexpected<Error>(Error{code, std::move(message), std::move(where)});
}

/// Exception carrying an Error, for code paths where an error must unwind (adapters, CLI).
class KyuyoError : public std::runtime_error {
 public:
  explicit KyuyoError(Error e) : std::runtime_error(e.to_string()), error_(std::move(e)) {}
  KyuyoError(ErrorCode code, std::string message, std::string where = {})
      : KyuyoError(Error{code, std::move(message), std::move(where)}) {}
  const Error& error() const { return error_; }

 private:
  Error error_;
};

/// Several errors at once (imports report all of them, not just the first).
class KyuyoErrors : public std::runtime_error {
 public:
  explicit KyuyoErrors(std::vector<Error> errors)
      : std::runtime_error(join(errors)), errors_(std::move(errors)) {}
  const std::vector<Error>& errors() const { return errors_; }

 private:
  static std::string join(const std::vector<Error>& es) {
    std::string s;
    for (const auto& e : es) {
      if (!s.empty()) s += '\n';
      s += e.to_string();
    }
    return s;
  }
  std::vector<Error> errors_;
};

/// Unwraps a Result or throws its Error as KyuyoError.
template <class T>
T value_or_throw(Result<T> r) {
  if (!r) throw KyuyoError(r.error());
  return std::move(*r);
}

}  // namespace kyuyo
