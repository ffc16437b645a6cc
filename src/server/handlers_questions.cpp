// POST /assess, POST /rank, GET /compare: the questions about one user.
#include <fmt/core.h>

#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

// "weights": {criterion: number} or "criteria_order": [criterion, …] replace the
// profile's priorities for this request (the UI's sliders).
std::optional<ApiResponse> ReadPriorities(const nlohmann::json& body, Priorities* out) {
  const bool weights = body.contains("weights") && !body["weights"].is_null();
  const bool order = body.contains("criteria_order") && !body["criteria_order"].is_null();
  if (weights && order)
    return ErrorResponse(400, "give weights or criteria_order, not both", "$.criteria_order");
  if (weights) {
    if (!body["weights"].is_object())
      return ErrorResponse(400, "expected an object {criterion: weight}", "$.weights");
    Priorities p;
    p.kind = Priorities::Kind::kWeights;
    for (const auto& [key, value] : body["weights"].items()) {
      const std::string path = "$.weights." + key;
      auto c = ParseCriterion(key);
      if (!c)
        return ErrorResponse(
            400,
            fmt::format("'{}' is not a criterion (admissions, curriculum, industry, modality, "
                        "outcomes, cost)",
                        key),
            path);
      if (!value.is_number() || value.get<double>() < 0)
        return ErrorResponse(400, "expected a number >= 0", path);
      p.weights[*c] = value.get<double>();
    }
    *out = p;
  }
  if (order) {
    if (!body["criteria_order"].is_array())
      return ErrorResponse(400, "expected an array of criteria, most important first",
                           "$.criteria_order");
    Priorities p;
    p.kind = Priorities::Kind::kRanking;
    for (size_t i = 0; i < body["criteria_order"].size(); ++i) {
      const auto& v = body["criteria_order"][i];
      const std::string path = fmt::format("$.criteria_order[{}]", i);
      auto c = v.is_string() ? ParseCriterion(v.get<std::string>()) : std::nullopt;
      if (!c) return ErrorResponse(400, "not a criterion", path);
      if (std::find(p.ranking.begin(), p.ranking.end(), *c) != p.ranking.end())
        return ErrorResponse(400, "listed twice", path);
      p.ranking.push_back(*c);
    }
    *out = p;
  }
  return std::nullopt;
}

}  // namespace

ApiResponse AssessProfile(const ApiRequest& req, AppContext& ctx) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  Fields f(body, "$");
  if (auto e = f.OnlyKnown({"profile", "profile_id", "programs", "what_if"})) return *e;
  AssessRequest request;
  if (auto e = ProfileFromBody(body, ctx, &request.profile)) return *e;
  std::vector<std::string> what_if;
  if (auto e = f.Strings("programs", &request.program_ids)) return *e;
  if (auto e = f.Strings("what_if", &what_if)) return *e;
  std::vector<Override> overrides;
  for (size_t i = 0; i < what_if.size(); ++i) {
    auto o = ParseOverride(what_if[i]);
    if (!o.ok()) return ErrorResponse(400, o.status().message(), fmt::format("$.what_if[{}]", i));
    overrides.push_back(*o);
  }
  if (!overrides.empty()) {
    auto w = WhatIf(request, overrides, ctx.catalog, ctx.fit);
    if (!w.ok())
      return StatusResponse(
          w.status(), w.status().code() == Status::Code::kNotFound ? "$.programs" : "$.what_if");
    return JsonTextResponse(WhatIfToJson(*w));
  }
  auto a = Assess(request, ctx.catalog, ctx.fit);
  if (!a.ok()) return StatusResponse(a.status(), "$.programs");
  return JsonTextResponse(AssessmentToJson(*a));
}

ApiResponse RankForUser(const ApiRequest& req, AppContext& ctx) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  Fields f(body, "$");
  if (auto e = f.OnlyKnown({"profile", "profile_id", "weights", "criteria_order", "method",
                            "missing", "samples", "seed", "eligible_only", "explain", "programs"}))
    return *e;
  RankRequest r;
  if (auto e = ProfileFromBody(body, ctx, &r.profile)) return *e;
  if (auto e = ReadPriorities(body, &r.profile.priorities)) return *e;
  std::string method = "topsis", missing = "sample";
  if (auto e = f.String("method", &method)) return *e;
  if (method == "topsis")
    r.method = RankMethod::kTopsis;
  else if (method == "weighted")
    r.method = RankMethod::kWeightedSum;
  else
    return ErrorResponse(400, "not one of: topsis, weighted", "$.method");
  if (auto e = f.String("missing", &missing)) return *e;
  if (missing == "sample")
    r.missing = decide::MissingPolicy::kSample;
  else if (missing == "penalise")
    r.missing = decide::MissingPolicy::kPenalise;
  else if (missing == "exclude")
    r.missing = decide::MissingPolicy::kExclude;
  else
    return ErrorResponse(400, "not one of: sample, penalise, exclude", "$.missing");
  std::size_t seed = r.seed;
  if (auto e = f.Count("samples", &r.samples)) return *e;
  if (r.samples > 1000000) return ErrorResponse(400, "at most 1000000 samples", "$.samples");
  if (auto e = f.Count("seed", &seed)) return *e;
  r.seed = seed;
  if (auto e = f.Count("explain", &r.explain)) return *e;
  if (auto e = f.Bool("eligible_only", &r.eligible_only)) return *e;
  if (auto e = f.Strings("programs", &r.program_ids)) return *e;
  auto result = RankPrograms(r, ctx.catalog, ctx.data());
  if (!result.ok()) return StatusResponse(result.status(), "$.programs");
  return JsonResponse(RankResultJson(*result));
}

ApiResponse CompareForUser(const ApiRequest& req, AppContext& ctx) {
  for (const auto& [key, value] : req.query)
    if (key != "ids" && key != "profile_id")
      return ErrorResponse(400, fmt::format("unknown query parameter '{}'", key), "?" + key);
  std::vector<std::string> ids;
  const std::string list = req.query_value("ids").value_or("");
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) ids.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  if (ids.size() < 2) return ErrorResponse(400, "give two or more program ids: ids=a,b", "?ids");
  Profile profile;
  if (auto v = req.query_value("profile_id")) {
    std::int64_t id = 0;
    try {
      size_t used = 0;
      id = std::stoll(*v, &used);
      if (used != v->size()) throw std::invalid_argument("x");
    } catch (const std::exception&) {
      return ErrorResponse(400, "expected a profile id (a whole number)", "?profile_id");
    }
    auto p = ctx.store->GetProfile(id);
    if (!p.ok()) return StatusResponse(p.status(), "?profile_id");
    profile = p->profile;
  }
  auto result = ComparePrograms(ids, profile, ctx.catalog, ctx.data());
  if (!result.ok()) return StatusResponse(result.status(), "?ids");
  return JsonResponse(CompareResultJson(*result, Today()));
}

}  // namespace gradfit::server
