// `gradfit decide` end to end: the process as a user runs it (spawn to exit) and the phase
// split inside it (read the CSV, score, Pareto set, robustness, write), at N = 50, 1,000,
// 20,000 and 100,000 alternatives x 8 criteria. scripts/bench.sh divides each time by the
// TOPSIS kernel time of the same N in the same run.
// Matrices: uniform (LCG, like decide_bench) and anti-correlated (each row sums to 1, so
// almost every alternative is Pareto-optimal: the worst case of the Pareto phase).
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/decide.hpp"
#include "gradfit/decide_csv.hpp"
#include "gradfit/decide_report.hpp"
#include "gradfit/decide_smaa.hpp"

extern char** environ;

namespace {

using namespace gradfit::decide;
namespace fs = std::filesystem;

constexpr std::size_t kCriteria = 8;
const char* const kTypes = "benefit,benefit,benefit,benefit,cost,cost,cost,cost";
// On the anti-correlated matrix every criterion is a benefit: rows on the simplex then
// dominate none of each other (the worst case).
const char* const kAntiTypes = "benefit,benefit,benefit,benefit,benefit,benefit,benefit,benefit";

// Writes (once per process) an N x 8 CSV; anti = rows on the simplex (anti-correlated).
std::string MatrixFile(std::size_t n, bool anti) {
  static fs::path dir;
  static std::map<std::pair<std::size_t, bool>, std::string> made;
  if (dir.empty()) {
    std::string tmpl = (fs::temp_directory_path() / "gradfit_e2e_XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    std::atexit([] { fs::remove_all(dir); });
  }
  auto& path = made[{n, anti}];
  if (!path.empty()) return path;
  path = (dir / ((anti ? "anti" : "uniform") + std::to_string(n) + ".csv")).string();
  std::ofstream out(path);
  out << "name";
  for (std::size_t j = 0; j < kCriteria; ++j) out << ",c" << j;
  out << '\n';
  std::uint64_t state = 42 + n;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 40) / static_cast<double>(1u << 24);
  };
  char cell[32];
  for (std::size_t i = 0; i < n; ++i) {
    double row[kCriteria], sum = 0.0;
    for (double& v : row) sum += (v = next() + 1e-6);
    out << "alt" << i;
    for (double v : row) {
      std::snprintf(cell, sizeof cell, ",%.6f", anti ? v / sum : v);
      out << cell;
    }
    out << '\n';
  }
  return path;
}

DecisionMatrix Loaded(std::size_t n, bool anti) {
  auto m = ReadMatrixCsv(MatrixFile(n, anti)).value();
  std::vector<Direction> dirs = ParseDirections(anti ? kAntiTypes : kTypes).value();
  m.directions = dirs;
  return m;
}

DecideRequest Request(std::size_t n, bool anti) {
  DecideRequest r;
  r.matrix = Loaded(n, anti);
  r.method = Method::kTopsis;
  r.smaa.samples = 0;
  return r;
}

void BM_Kernel_Topsis(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const DecisionMatrix d = Loaded(n, false);
  const std::vector<double> w(kCriteria, 1.0 / kCriteria);
  for (auto _ : state) benchmark::DoNotOptimize(Topsis(d, w).value().closeness.data());
}

void BM_Phase_Read(benchmark::State& state) {
  const std::string path = MatrixFile(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) benchmark::DoNotOptimize(ReadMatrixCsv(path).value().values.data());
}

// Everything Decide does except the Pareto set and SMAA: missing values, weights,
// normalisation, weighted sum, TOPSIS, ranking, contributions, explanations.
void BM_Phase_Score(benchmark::State& state) {
  const DecideRequest r = Request(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) {
    auto d = ResolveMissing(r.matrix, r.missing).value();
    auto norm = MinMaxNormalise(d.matrix).value();
    const std::vector<double> w(kCriteria, 1.0 / kCriteria);
    auto ws = WeightedSumScores(norm, w);
    auto t = Topsis(d.matrix, w).value();
    auto order = RankByScore(t.closeness);
    benchmark::DoNotOptimize(order.data());
    benchmark::DoNotOptimize(ws.data());
  }
}

// range(1) = 1: anti-correlated matrix (most points optimal).
void BM_Phase_Pareto(benchmark::State& state) {
  const DecisionMatrix d = Loaded(static_cast<std::size_t>(state.range(0)), state.range(1) == 1);
  std::size_t front = 0;
  for (auto _ : state) {
    auto f = ParetoFront(d);
    front = f.size();
    benchmark::DoNotOptimize(f.data());
  }
  state.counters["front"] = static_cast<double>(front);
}

// SMAA-2 as `decide --top 10` runs it: 10,000 weight samples, ranks 1..10, all cores.
void BM_Phase_Robustness(benchmark::State& state) {
  const DecisionMatrix d = Loaded(static_cast<std::size_t>(state.range(0)), false);
  const Normalised norm = MinMaxNormalise(d).value();
  SmaaOptions o;
  o.samples = 10000;
  o.top_k = 10;
  o.threads = 0;
  for (auto _ : state) benchmark::DoNotOptimize(RunSmaa(norm, o).value().rank_counts.data());
}

void BM_Phase_WriteJson(benchmark::State& state) {
  const DecisionReport report =
      Decide(Request(static_cast<std::size_t>(state.range(0)), false)).value();
  std::size_t bytes = 0;
  for (auto _ : state) {  // streamed in pieces, as `decide --json` writes it
    bytes = 0;
    WriteDecisionReportJson(report, [&](std::string_view piece) {
      bytes += piece.size();
      benchmark::DoNotOptimize(piece.data());
    });
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}

// Spawns the gradfit binary next to this one, stdout to /dev/null, and waits for its exit.
void RunProcess(benchmark::State& state, std::vector<std::string> args) {
  const std::string exe = (fs::read_symlink("/proc/self/exe").parent_path() / "gradfit").string();
  args.insert(args.begin(), exe);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  double child_cpu = 0.0;  // the child's user + system time: fairer on a loaded machine
  for (auto _ : state) {
    pid_t pid = 0;
    int status = 0;
    rusage usage{};
    if (posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv.data(), environ) != 0 ||
        wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      state.SkipWithError(("gradfit failed: " + exe).c_str());
      break;
    }
    child_cpu += static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                 static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
  }
  state.counters["child_cpu_ms"] = child_cpu / static_cast<double>(state.iterations());
  posix_spawn_file_actions_destroy(&actions);
}

// range(1): 0 = table, 1 = --json, 2 = --top 10 (table), 3 = anti-correlated table.
void BM_EndToEnd_Topsis(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const auto mode = state.range(1);
  std::vector<std::string> args = {"decide",
                                   "--matrix",
                                   MatrixFile(n, mode == 3),
                                   "--types",
                                   mode == 3 ? kAntiTypes : kTypes,
                                   "--method",
                                   "topsis",
                                   "--samples",
                                   "0"};
  if (mode == 1) args.push_back("--json");
  if (mode == 2) args.insert(args.end(), {"--top", "10"});
  RunProcess(state, args);
}

void Sizes(benchmark::internal::Benchmark* b) {
  for (int n : {50, 1000, 20000, 100000}) b->Arg(n);
}

BENCHMARK(BM_Kernel_Topsis)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Phase_Read)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Phase_Score)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Phase_Pareto)
    ->ArgNames({"n", "anti"})
    ->ArgsProduct({{50, 1000, 20000, 100000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Phase_Robustness)->Apply(Sizes)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Phase_WriteJson)->Apply(Sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd_Topsis)
    ->ArgNames({"n", "mode"})
    ->ArgsProduct({{50, 1000, 20000, 100000}, {0, 1, 2}})
    ->Args({20000, 3})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
