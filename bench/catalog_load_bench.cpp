// How long a large catalog takes to load: 50,000 generated programs, loaded
// and validated serially and on all cores, against a reference that only reads
// the same files' bytes (the I/O floor) in the same run.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog_generator.hpp"
#include "gradfit/catalog.hpp"

namespace {

const std::filesystem::path& CatalogDir(int programs) {
  static std::map<int, std::filesystem::path> dirs;
  auto it = dirs.find(programs);
  if (it != dirs.end()) return it->second;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gradfit_bench_catalog_" + std::to_string(programs));
  gradfit::bench::WriteSyntheticCatalog(dir, programs);
  return dirs[programs] = dir;
}

void BM_ReadBytesOnly(benchmark::State& state) {
  const auto& dir = CatalogDir(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    size_t bytes = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "programs")) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      bytes += buf.str().size();
    }
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["programs"] = static_cast<double>(state.range(0));
}

void BM_LoadCatalog(benchmark::State& state) {
  const auto& dir = CatalogDir(static_cast<int>(state.range(0)));
  gradfit::LoadOptions options;
  options.parallel = state.range(1) != 0;
  for (auto _ : state) {
    std::vector<gradfit::CatalogError> errors;
    auto catalog = gradfit::LoadCatalog(dir.string(), &errors, options);
    if (!catalog.ok()) {
      state.SkipWithError(errors.empty() ? "load failed" : errors[0].ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(catalog->programs.data());
  }
  state.counters["programs"] = static_cast<double>(state.range(0));
  state.counters["programs_per_s"] = benchmark::Counter(
      static_cast<double>(state.range(0)) * state.iterations(), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_ReadBytesOnly)->Arg(1000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_LoadCatalog)
    ->ArgsProduct({{1000, 50000}, {0, 1}})
    ->ArgNames({"programs", "parallel"})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
