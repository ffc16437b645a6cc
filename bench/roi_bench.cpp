// ROI Monte Carlo throughput in paths per second: the closed-form engine on
// one thread and on all cores, against a naive reference (the same draws,
// each path summed month by month) measured in the same run.
#include <benchmark/benchmark.h>

#include <cmath>
#include <thread>

#include "gradfit/money_roi.hpp"

namespace {

std::vector<gradfit::RoiModel> Models(int n) {
  std::vector<gradfit::RoiModel> v;
  for (int i = 0; i < n; ++i) {
    gradfit::RoiModel m;
    m.current_salary = 50000 + 100 * (i % 300);
    m.study_months = 9 + i % 18;
    m.direct_cost = 10000 + 97 * i;
    m.horizon_years = 40;  // a full career
    m.completion_rate = 0.85;
    // The three earnings paths in turn: a fixed entry wage, a converging entry wage (the career
    // changer: one more geometric series per path) and a premium on the person's own path.
    if (i % 3 == 1) {
      m.target_salary = 135980;
      m.convergence_half_life_years = 3;
    } else if (i % 3 == 2) {
      m.path = gradfit::EarningsPath::kPremium;
      m.premium = 0.25;
    }
    v.push_back(m);
  }
  return v;
}

gradfit::RoiUncertainty Uncertainty(bool premium = false) {
  gradfit::RoiUncertainty u;
  u.salary_mu = premium ? std::log(1.25) : std::log(105210.0);
  u.salary_sigma = premium ? 0.075 : 0.2;
  u.growth_sd = 0.005;
  u.job_gap_mean_months = 3;
  return u;
}

// 10,000 paths x `programs` programs.
void BM_ClosedFormBatch(benchmark::State& state) {
  const int programs = state.range(0), threads = state.range(1);
  auto models = Models(programs);
  std::vector<gradfit::RoiUncertainty> unc;
  for (const auto& m : models)
    unc.push_back(Uncertainty(m.path == gradfit::EarningsPath::kPremium));
  gradfit::MonteCarloOptions o;
  o.runs = 10000;
  o.threads = threads;
  for (auto _ : state) benchmark::DoNotOptimize(gradfit::SimulateRoiBatch(models, unc, o));
  state.counters["paths/s"] = benchmark::Counter(static_cast<double>(programs) * o.runs,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  state.counters["threads"] = threads;
}
BENCHMARK(BM_ClosedFormBatch)
    ->Args({1000, 1})
    ->Args({1000, static_cast<int>(std::thread::hardware_concurrency())})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The naive reference: month-by-month sums per path, one thread, 10,000 paths of one program.
void BM_NaiveMonthlyLoop(benchmark::State& state) {
  auto m = Models(1)[0];
  gradfit::MonteCarloOptions o;
  o.runs = 10000;
  o.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(gradfit::SimulateRoiNaiveMean(m, Uncertainty(), o));
  state.counters["paths/s"] = benchmark::Counter(static_cast<double>(o.runs),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_NaiveMonthlyLoop)->Unit(benchmark::kMillisecond)->UseRealTime();

// The closed-form engine on the same single program, one thread (same work as the naive one).
void BM_ClosedFormOneProgram(benchmark::State& state) {
  auto m = Models(1)[0];
  gradfit::MonteCarloOptions o;
  o.runs = 10000;
  o.threads = 1;
  for (auto _ : state) benchmark::DoNotOptimize(gradfit::SimulateRoi(m, Uncertainty(), o));
  state.counters["paths/s"] = benchmark::Counter(static_cast<double>(o.runs),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ClosedFormOneProgram)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
