// The server's handlers see a plain request and return a plain response: no
// HTTP library in them, so each handler only parses, calls the library and
// formats. The route table (routes.cpp) maps method + path to a handler.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gradfit/careers.hpp"
#include "gradfit/catalog.hpp"
#include "gradfit/fit.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/rank.hpp"
#include "gradfit/rank_cache.hpp"
#include "gradfit/server.hpp"
#include "gradfit/store.hpp"

namespace gradfit::server {

// What every handler may use: the catalog and data loaded once, the store.
struct AppContext {
  ServerOptions options;
  Catalog catalog;
  FitData fit;
  CareersData careers;
  MoneyData money;
  std::optional<WageTable> wages;  // data/wages.toml as `gradfit careers` reads it
  std::unique_ptr<SkillMatcher> matcher;
  std::unique_ptr<Store> store;
  // Criteria tables kept across re-ranks (a slider move changes only the weights). Last, so it
  // is destroyed (its warm-up thread joined) before the catalog and data it reads.
  std::unique_ptr<CriteriaCache> criteria_cache = std::make_unique<CriteriaCache>();
  RankData data() const { return {&fit, &careers, matcher.get(), &money, criteria_cache.get()}; }
  // Computes the criteria table of this profile's default ranking (every program) in the
  // background, so the ranking page's first /rank finds it ready.
  void WarmRanking(const Profile& profile) {
    criteria_cache->WarmInBackground(profile, catalog, data());
  }
};

struct ApiRequest {
  std::string method;
  std::string path;                 // decoded
  std::vector<std::string> params;  // the {placeholders} of the route, in order
  std::multimap<std::string, std::string> query;
  std::string body;
  std::string content_type;
  std::optional<std::string> query_value(const std::string& key) const;
};

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
};

using Handler = ApiResponse (*)(const ApiRequest&, AppContext&);

// {"error": {"message": …, "path": …}} ("path" left out when empty).
ApiResponse ErrorResponse(int status, const std::string& message, const std::string& path = "");
ApiResponse JsonResponse(const nlohmann::json& j, int status = 200);
ApiResponse JsonTextResponse(std::string json_text, int status = 200);
// A library Status as an error: NotFound 404, InvalidArgument/InvalidData 400,
// IoError 500 (the message is logged, not sent: it may hold a file path).
ApiResponse StatusResponse(const Status& s, const std::string& path = "");

// --- reading request bodies and query strings, each error naming the field ---

// The request body as a JSON object; an error response for malformed JSON or a non-object.
std::optional<ApiResponse> ParseJsonObject(const ApiRequest& req, nlohmann::json* out);

// Typed access to the members of a JSON object, with the JSON path of each.
class Fields {
 public:
  Fields(const nlohmann::json& object, std::string path) : j_(object), path_(std::move(path)) {}
  // An error for any member not in `allowed`.
  std::optional<ApiResponse> OnlyKnown(const std::vector<std::string>& allowed) const;
  std::string PathOf(const std::string& key) const { return path_ + "." + key; }
  bool Has(const std::string& key) const;
  // Each reads `key` when present (and not null); returns an error for a wrong type.
  std::optional<ApiResponse> String(const std::string& key, std::string* out) const;
  std::optional<ApiResponse> Number(const std::string& key, std::optional<double>* out) const;
  std::optional<ApiResponse> Number(const std::string& key, double* out) const;
  std::optional<ApiResponse> Count(const std::string& key, std::size_t* out) const;  // >= 0 integer
  std::optional<ApiResponse> Bool(const std::string& key, bool* out) const;
  std::optional<ApiResponse> Strings(const std::string& key, std::vector<std::string>* out) const;

 private:
  const nlohmann::json& j_;
  std::string path_;
};

// The profile a request means: "profile": {…} (validated as a profile file) or
// "profile_id": N (a stored profile); neither: an empty profile.
std::optional<ApiResponse> ProfileFromBody(const nlohmann::json& body, AppContext& ctx,
                                           Profile* out);
// A profile document (the whole body is the profile), errors at `$.key.path`.
std::optional<ApiResponse> ParseProfileDocument(const std::string& json_text,
                                                const std::string& base_path, Profile* out);

// Query parameters: "true"/"false", numbers.
std::optional<ApiResponse> QueryBool(const ApiRequest& req, const std::string& key,
                                     std::optional<bool>* out);
std::optional<ApiResponse> QueryNumber(const ApiRequest& req, const std::string& key,
                                       std::optional<double>* out);

}  // namespace gradfit::server
