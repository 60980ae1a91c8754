#pragma once
/// \brief A bounded first-in-first-out hand-off between two threads of a pay run's pipeline
/// (pay_run_service.cpp): the producer blocks when it is full, the consumer when it is empty.
/// close() ends it gracefully (the consumer still gets what is queued); abort() ends it at once
/// (a stage failed: everything queued is dropped and every waiting thread returns).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace kyuyo::payroll_run {

template <class T>
class Handoff {
 public:
  explicit Handoff(std::size_t capacity) : capacity_(capacity) {}

  /// false when closed or aborted (v is dropped).
  bool push(T v) {
    std::unique_lock lock(m_);
    not_full_.wait(lock, [&] { return q_.size() < capacity_ || closed_ || aborted_; });
    if (closed_ || aborted_) return false;
    q_.push_back(std::move(v));
    not_empty_.notify_one();
    return true;
  }

  /// The next item; nullopt once closed and empty, or aborted.
  std::optional<T> pop() {
    std::unique_lock lock(m_);
    not_empty_.wait(lock, [&] { return !q_.empty() || closed_ || aborted_; });
    return take();
  }

  /// The next item if one is queued now.
  std::optional<T> try_pop() {
    std::lock_guard lock(m_);
    return take();
  }

  void close() {
    std::lock_guard lock(m_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  void abort() {
    std::lock_guard lock(m_);
    aborted_ = true;
    q_.clear();
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::optional<T> take() {
    if (aborted_ || q_.empty()) return std::nullopt;
    std::optional<T> v(std::move(q_.front()));
    q_.pop_front();
    not_full_.notify_one();
    return v;
  }

  std::size_t capacity_;
  std::mutex m_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> q_;
  bool closed_ = false, aborted_ = false;
};

}  // namespace kyuyo::payroll_run
