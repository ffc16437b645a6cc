// Moving a weight slider: re-rank the whole catalog with the SMAA-2 robustness
// check (10,000 samples) through POST /api/v1/rank on a live server, request to
// answer, against the same library call (RankPrograms + JSON) in the same run.
// The weights change every iteration, so no answer can be a kept one; the server's
// criteria cache (rank_cache.hpp) keeps only the weight-independent table.
//   BM_RankLibrary        no cache: criteria (bills, ROI Monte Carlo) + ranking, the reference
//   BM_RankLibraryCached  the criteria table from a warm cache + ranking
//   BM_RankApi            POST /rank, warm (the slider moving), the target: under 50 ms
//   BM_RankApiCold        POST /rank with a profile never seen (the first call for it)
// scripts/bench.sh prints them and their ratios.
#include <benchmark/benchmark.h>
#include <httplib.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "gradfit/rank.hpp"
#include "gradfit/rank_cache.hpp"
#include "gradfit/server.hpp"

namespace {

namespace fs = std::filesystem;
const std::string kData = GRADFIT_SOURCE_DIR "/data";
const std::string kPersona = GRADFIT_SOURCE_DIR "/tests/fit/personas/working_swe_online.toml";

std::string ReadFile(const std::string& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

gradfit::Profile Persona() {
  return gradfit::ParseProfileToml(ReadFile(kPersona), kPersona).value();
}

// Alternating slider positions, so no answer can be a cached one.
nlohmann::json Weights(int64_t i) {
  return {{"admissions", 1}, {"curriculum", 2},         {"industry", 1},
          {"modality", 1},   {"outcomes", 1 + (i % 2)}, {"cost", 2 - (i % 2) * 0.5}};
}

// CPU time of the whole process (every thread: the server's, the SMAA and Monte Carlo
// workers), less disturbed than wall time by other work on a shared machine.
double ProcessCpuMs() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
  return ms(u.ru_utime) + ms(u.ru_stime);
}

void SetWeights(gradfit::Profile* p, int64_t i) {
  p->priorities.kind = gradfit::Priorities::Kind::kWeights;
  const nlohmann::json weights = Weights(i);  // kept alive: items() refers to it
  for (const auto& [k, v] : weights.items())
    p->priorities.weights[*gradfit::ParseCriterion(k)] = v.get<double>();
}

void RankLibrary(benchmark::State& state, bool cached) {
  auto catalog = gradfit::LoadCatalog(kData, nullptr).value();
  auto fit = gradfit::LoadFitData(kData).value();
  std::vector<gradfit::CareersError> ce;
  auto careers = gradfit::LoadCareersData(kData, &ce).value();
  auto money = gradfit::LoadMoneyData(kData).value();
  gradfit::SkillMatcher matcher(careers.skills);
  gradfit::CriteriaCache cache;
  const gradfit::RankData data{&fit, &careers, &matcher, &money, cached ? &cache : nullptr};
  gradfit::RankRequest req;
  req.profile = Persona();
  if (cached) (void)gradfit::RankPrograms(req, catalog, data);  // warm
  int64_t i = 0;
  const double cpu0 = ProcessCpuMs();
  for (auto _ : state) {
    SetWeights(&req.profile, i++);
    auto r = gradfit::RankPrograms(req, catalog, data);
    std::string body = gradfit::RankResultJson(*r).dump();  // the API answers with this
    benchmark::DoNotOptimize(body);
  }
  state.counters["cpu_ms_all_threads"] = (ProcessCpuMs() - cpu0) / state.iterations();
  state.counters["programs"] = static_cast<double>(catalog.programs.size());
}
void BM_RankLibrary(benchmark::State& state) { RankLibrary(state, false); }
void BM_RankLibraryCached(benchmark::State& state) { RankLibrary(state, true); }
BENCHMARK(BM_RankLibrary)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_RankLibraryCached)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// cold: every request carries a profile the server has not seen (another salary), so its
// criteria table is computed; warm: the same profile, other weights each time.
void RankApi(benchmark::State& state, bool cold) {
  const fs::path db = fs::temp_directory_path() / "gradfit-server-bench.db";
  fs::remove(db);
  gradfit::ServerOptions o;
  o.port = 0;
  o.catalog_dir = kData;
  o.db_path = db.string();
  auto server = gradfit::Server::Create(o);
  if (!server.ok()) {
    state.SkipWithError(server.status().message().c_str());
    return;
  }
  const int port = (*server)->Bind().value();
  std::thread run([&] { (void)(*server)->Run(); });
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  // As a browser does: without it a request written in two parts waits for the delayed ACK
  // (Nagle), ~40 ms that belong to the client, not to the server.
  client.set_tcp_nodelay(true);
  client.set_read_timeout(60, 0);
  gradfit::Profile persona = Persona();
  int64_t i = 0;
  auto request = [&] {
    if (cold) persona.work.salary->amount = 90000 + static_cast<double>(i);
    const nlohmann::json profile = nlohmann::json::parse(gradfit::ProfileToJson(persona));
    const std::string body = nlohmann::json{{"profile", profile}, {"weights", Weights(i++)}}.dump();
    return client.Post("/api/v1/rank", body, "application/json");
  };
  // Untimed: the first call (and the server's start-up warm-up) out of the way.
  if (auto r = request(); !r || r->status != 200) state.SkipWithError("POST /api/v1/rank failed");
  const double cpu0 = ProcessCpuMs();
  for (auto _ : state) {
    auto r = request();
    if (!r || r->status != 200) {
      state.SkipWithError("POST /api/v1/rank failed");
      break;
    }
    benchmark::DoNotOptimize(r->body);
  }
  if (state.iterations() > 0)
    state.counters["cpu_ms_all_threads"] = (ProcessCpuMs() - cpu0) / state.iterations();
  (*server)->Stop();
  run.join();
  fs::remove(db);
}
void BM_RankApi(benchmark::State& state) { RankApi(state, false); }
void BM_RankApiCold(benchmark::State& state) { RankApi(state, true); }
BENCHMARK(BM_RankApi)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_RankApiCold)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
