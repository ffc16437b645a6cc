// Moving a weight slider: re-rank the whole catalog with the SMAA-2 robustness
// check (10,000 samples) through POST /api/v1/rank on a live server, request to
// answer, against the same library call (RankPrograms + JSON) in the same run.
// Target: under 50 ms at the API. scripts/bench.sh prints the ratio.
#include <benchmark/benchmark.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "gradfit/rank.hpp"
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

void BM_RankLibrary(benchmark::State& state) {
  auto catalog = gradfit::LoadCatalog(kData, nullptr).value();
  auto fit = gradfit::LoadFitData(kData).value();
  std::vector<gradfit::CareersError> ce;
  auto careers = gradfit::LoadCareersData(kData, &ce).value();
  auto money = gradfit::LoadMoneyData(kData).value();
  gradfit::SkillMatcher matcher(careers.skills);
  const gradfit::RankData data{&fit, &careers, &matcher, &money};
  gradfit::RankRequest req;
  req.profile = Persona();
  int64_t i = 0;
  for (auto _ : state) {
    req.profile.priorities.kind = gradfit::Priorities::Kind::kWeights;
    const nlohmann::json weights = Weights(i++);  // kept alive: items() refers to it
    for (const auto& [k, v] : weights.items())
      req.profile.priorities.weights[*gradfit::ParseCriterion(k)] = v.get<double>();
    auto r = gradfit::RankPrograms(req, catalog, data);
    std::string body = gradfit::RankResultJson(*r).dump();  // the API answers with this
    benchmark::DoNotOptimize(body);
  }
  state.counters["programs"] = static_cast<double>(catalog.programs.size());
}
BENCHMARK(BM_RankLibrary)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_RankApi(benchmark::State& state) {
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
  client.set_read_timeout(60, 0);
  const nlohmann::json profile = nlohmann::json::parse(gradfit::ProfileToJson(Persona()));
  int64_t i = 0;
  for (auto _ : state) {
    const std::string body = nlohmann::json{{"profile", profile}, {"weights", Weights(i++)}}.dump();
    auto r = client.Post("/api/v1/rank", body, "application/json");
    if (!r || r->status != 200) {
      state.SkipWithError("POST /api/v1/rank failed");
      break;
    }
    benchmark::DoNotOptimize(r->body);
  }
  (*server)->Stop();
  run.join();
  fs::remove(db);
}
BENCHMARK(BM_RankApi)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
