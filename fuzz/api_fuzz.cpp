// Fuzz target: every API route that reads a request body (and the query strings
// of compare and programs), through the same entry as the HTTP server
// (HandleApiRequest: the media type and nesting guards, the route, the handler,
// the library), without a network. The first byte picks the route; the rest is
// the body. An escaping exception or a 5xx is a bug: the server would answer
// "internal error".
//
// Computation cost is not what this target looks for (a rank of the whole
// catalog takes a second): the catalog is cut to the programs the seeds name,
// and bodies asking for more than kMaxSamples Monte Carlo samples are skipped
// (they parse exactly like smaller counts).
#include <stdlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "server/app_context.hpp"
#include "server/request_guard.hpp"

namespace {

using gradfit::server::ApiRequest;

struct Target {
  const char* method;
  const char* path;
  const char* content_type;
  const char* query_key;  // non-null: the bytes are this query parameter, not a body
};

// The order is the seed files' first byte (fuzz/api_corpus/): append, never reorder.
constexpr Target kTargets[] = {
    {"POST", "/api/v1/assess", "application/json", nullptr},
    {"POST", "/api/v1/rank", "application/json", nullptr},
    {"POST", "/api/v1/cost", "application/json", nullptr},
    {"POST", "/api/v1/roi", "application/json", nullptr},
    {"POST", "/api/v1/decide", "application/json", nullptr},
    {"POST", "/api/v1/profiles", "application/json", nullptr},
    {"PUT", "/api/v1/profiles/1", "application/json", nullptr},
    {"POST", "/api/v1/profiles/import", "application/toml", nullptr},
    {"POST", "/api/v1/shortlist", "application/json", nullptr},
    {"PUT", "/api/v1/applications/cmu-msml", "application/json", nullptr},
    {"GET", "/api/v1/compare", "", "ids"},
    {"GET", "/api/v1/programs", "", "keyword"},
};
constexpr size_t kTargetCount = sizeof kTargets / sizeof kTargets[0];
constexpr double kMaxSamples = 2000;
const char* const kPrograms[] = {"cmu-msml", "gatech-omscs", "stanford-mscs-ai", "columbia-mscs-ml",
                                 "northwestern-msai"};

bool AsksForManySamples(const std::string& body) {
  if (gradfit::server::JsonNestingDepth(body) > gradfit::server::kMaxJsonDepth) return false;
  const auto j = nlohmann::json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("samples")) return false;
  const auto& s = j["samples"];
  return s.is_number() && s.get<double>() > kMaxSamples;
}

gradfit::server::AppContext* Context() {
  static gradfit::server::AppContext* ctx = [] {
    auto* c = new gradfit::server::AppContext;
    gradfit::ServerOptions o;
    o.catalog_dir = GRADFIT_SOURCE_DIR "/data";
    // A throwaway store: writes accumulate in it for the length of the run.
    std::string dir = (std::filesystem::temp_directory_path() / "gradfit-fuzz-XXXXXX").string();
    if (!mkdtemp(dir.data())) abort();
    static std::string store_dir = dir;  // removed when the run ends
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(store_dir, ec);
    });
    o.db_path = dir + "/fuzz.db";
    if (gradfit::Status s = gradfit::server::LoadAppContext(o, c); !s.ok()) {
      std::fprintf(stderr, "api_fuzz: %s\n", s.message().c_str());
      abort();
    }
    auto& programs = c->catalog.programs;
    programs.erase(std::remove_if(programs.begin(), programs.end(),
                                  [](const gradfit::Program& p) {
                                    return std::find(std::begin(kPrograms), std::end(kPrograms),
                                                     p.id) == std::end(kPrograms);
                                  }),
                   programs.end());
    if (programs.size() != std::size(kPrograms)) abort();
    // Profile 1 exists, so PUT /profiles/1 reaches the update.
    ApiRequest create{"POST", "/api/v1/profiles",     {},
                      {},     "{\"name\": \"fuzz\"}", "application/json"};
    if (gradfit::server::HandleApiRequest(create, *c).status != 201) abort();
    return c;
  }();
  return ctx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Target& t = kTargets[data[0] % kTargetCount];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  ApiRequest req;
  req.method = t.method;
  req.path = t.path;
  req.content_type = t.content_type;
  if (t.query_key)
    req.query.emplace(t.query_key, std::move(bytes));
  else
    req.body = std::move(bytes);
  if (AsksForManySamples(req.body)) return 0;
  const auto res = gradfit::server::HandleApiRequest(req, *Context());
  if (res.status >= 500) {
    std::fprintf(stderr, "api_fuzz: %s %s answered %d: %s\n", t.method, t.path, res.status,
                 res.body.c_str());
    __builtin_trap();
  }
  return 0;
}
