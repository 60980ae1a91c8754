// kyuyo bench withholding: monthly withholding for N (default 10,000,000) random (amount,
// dependents) pairs through the engine API (withholding::Engine::monthly), printing calculations
// per second. A benchmark, not a test: figures are printed, nothing is asserted. The pairs come
// from a fixed-seed integer PRNG (splitmix64), so every run computes the same pairs and prints the
// same checksum.
#include <chrono>
#include <cstdint>
#include <iostream>

#include "command.hpp"
#include "kyuyo/adapters/xml/rule_loader.hpp"
#include "kyuyo/withholding/withholding.hpp"

namespace kyuyo::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct SplitMix64 {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

int run(Context& ctx) {
  po::options_description d("options");
  d.add_options()("count", po::value<std::int64_t>()->default_value(10'000'000),
                  "number of (amount, dependents) pairs")(
      "year", po::value<int>()->default_value(2026), "year of the payment date")(
      "method", po::value<std::string>()->default_value("table"), "table | computer")(
      "max-amount", po::value<std::int64_t>()->default_value(1'500'000),
      "amounts are uniform in 0..max-amount yen")(
      "seed", po::value<std::uint64_t>()->default_value(20260101), "PRNG seed")(
      "trace", po::bool_switch(), "also build the explain trace for every calculation");
  auto vm = ctx.parse(d);
  if (!vm) return 0;
  const auto& v = *vm;
  const std::int64_t count = v["count"].as<std::int64_t>();
  const std::int64_t max_amount = v["max-amount"].as<std::int64_t>();
  if (count <= 0 || max_amount <= 0) throw UsageError("--count and --max-amount must be positive");
  const std::string method = v["method"].as<std::string>();
  if (method != "table" && method != "computer")
    throw UsageError("--method: must be table or computer");
  const bool trace = v["trace"].as<bool>();

  auto t0 = Clock::now();
  withholding::Engine engine(xml::default_rule_library());
  double setup = std::chrono::duration<double>(Clock::now() - t0).count();

  withholding::MonthlyQuery q;
  q.payment_date = Date(v["year"].as<int>(), 6, 25);
  q.method =
      method == "table" ? model::WithholdingMethod::kTable : model::WithholdingMethod::kComputer;
  SplitMix64 rng{v["seed"].as<std::uint64_t>()};
  std::int64_t checksum = 0;
  auto t1 = Clock::now();
  for (std::int64_t i = 0; i < count; ++i) {
    std::uint64_t r = rng.next();
    q.amount_after_social =
        Yen(static_cast<std::int64_t>((r >> 8) % static_cast<std::uint64_t>(max_amount + 1)));
    q.dependents = static_cast<int>(r & 0x7) + ((r & 0x38) == 0 ? 2 : 0);  // 0..9, some above 7
    auto res = engine.monthly(q, trace);
    if (!res) throw KyuyoError(res.error());
    checksum += res->tax.value();
  }
  double secs = std::chrono::duration<double>(Clock::now() - t1).count();
  *ctx.out << "withholding benchmark (" << method << ", payment date " << iso(q.payment_date)
           << (trace ? ", with explain trace" : ", no trace") << ")\n"
           << "  engine setup (compile rule data): " << static_cast<long long>(setup * 1000)
           << " ms\n"
           << "  calculations: " << count << " in " << static_cast<long long>(secs * 1000)
           << " ms\n"
           << "  calculations per second: "
           << static_cast<long long>(count / (secs > 0 ? secs : 1e-9)) << "\n"
           << "  checksum (sum of taxes): " << checksum << "\n";
  return 0;
}

Register reg({"bench", "withholding"}, "Benchmark: monthly withholding for 10 million random pairs",
             run);

}  // namespace
}  // namespace kyuyo::cli
