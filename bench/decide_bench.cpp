// Benchmarks of the decision module: TOPSIS and SMAA-2 at N = 50, 1,000 and 20,000
// alternatives, M = 8 criteria, K = 10,000 samples, on one thread and on all cores.
// Inputs match bench/numpy_smaa.py (same LCG matrix); scripts/bench.sh prints the ratios.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <thread>

#include "gradfit/decide.hpp"
#include "gradfit/decide_smaa.hpp"

namespace {

using namespace gradfit::decide;

constexpr std::size_t kCriteria = 8;
constexpr std::size_t kSamples = 10000;

// Criterion-major N x M matrix in [0, 1) from a 64-bit LCG (same as bench/numpy_smaa.py).
DecisionMatrix LcgMatrix(std::size_t n, std::size_t m, std::uint64_t seed) {
  DecisionMatrix d;
  for (std::size_t i = 0; i < n; ++i)
    d.alternatives.push_back(std::string(1, 'a').append(std::to_string(i)));
  for (std::size_t j = 0; j < m; ++j)
    d.criteria.push_back(std::string(1, 'c').append(std::to_string(j)));
  d.directions.assign(m, Direction::kBenefit);
  d.values.resize(n * m);
  std::uint64_t state = seed;
  for (auto& v : d.values) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    v = static_cast<double>(state >> 40) / static_cast<double>(1u << 24);
  }
  return d;
}

const Normalised& Norm(std::size_t n) {
  static std::size_t cached_n = 0;
  static Normalised cached;
  if (cached_n != n) {
    cached = MinMaxNormalise(LcgMatrix(n, kCriteria, 42)).value();
    cached_n = n;
  }
  return cached;
}

void BM_Topsis(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const DecisionMatrix d = LcgMatrix(n, kCriteria, 42);
  const std::vector<double> w(kCriteria, 1.0 / kCriteria);
  for (auto _ : state) {
    auto r = Topsis(d, w);
    benchmark::DoNotOptimize(r.value().closeness.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}

// range(0) = N, range(1) = top-K (0 = full ranks), range(2) = threads (0 = all cores).
void BM_Smaa(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  SmaaOptions o;
  o.samples = kSamples;
  o.seed = 7;
  o.top_k = static_cast<std::size_t>(state.range(1));
  o.threads = static_cast<unsigned>(state.range(2));
  const Normalised& norm = Norm(n);
  for (auto _ : state) {
    auto r = RunSmaa(norm, o);
    if (!r.ok()) {
      state.SkipWithError(r.status().message().c_str());
      break;
    }
    benchmark::DoNotOptimize(r.value().rank_counts.data());
  }
  state.counters["threads"] = o.threads == 0 ? std::thread::hardware_concurrency() : o.threads;
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kSamples * n));
}

BENCHMARK(BM_Topsis)->Arg(50)->Arg(1000)->Arg(20000)->Unit(benchmark::kMicrosecond);

// Full rank acceptabilities at N = 20,000 would need N^2 = 4e8 counters (1.6 GB) and are
// refused by RunSmaa; N = 20,000 runs in top-10 mode.
BENCHMARK(BM_Smaa)
    ->ArgNames({"n", "top", "threads"})
    ->Args({50, 0, 1})
    ->Args({50, 0, 0})
    ->Args({1000, 0, 1})
    ->Args({1000, 0, 0})
    ->Args({50, 10, 1})
    ->Args({50, 10, 0})
    ->Args({1000, 10, 1})
    ->Args({1000, 10, 0})
    ->Args({20000, 10, 1})
    ->Args({20000, 10, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
