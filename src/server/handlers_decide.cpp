// POST /decide: the generic decision methods on the user's own matrix.
#include <fmt/core.h>

#include <cmath>
#include <limits>

#include "gradfit/decide_report.hpp"
#include "server/handlers.hpp"

namespace gradfit::server {

ApiResponse DecideMatrix(const ApiRequest& req, AppContext&) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  Fields f(body, "$");
  if (auto e = f.OnlyKnown({"alternatives", "criteria", "types", "matrix", "weights", "method",
                            "missing", "samples", "seed", "explain"}))
    return *e;
  decide::DecideRequest r;
  std::vector<std::string> types;
  if (auto e = f.Strings("alternatives", &r.matrix.alternatives)) return *e;
  if (auto e = f.Strings("criteria", &r.matrix.criteria)) return *e;
  if (auto e = f.Strings("types", &types)) return *e;
  const size_t n = r.matrix.alternatives.size(), m = r.matrix.criteria.size();
  if (n < 2) return ErrorResponse(400, "give two or more alternatives", "$.alternatives");
  if (m < 1) return ErrorResponse(400, "give one or more criteria", "$.criteria");
  if (types.size() != m)
    return ErrorResponse(
        400, fmt::format("expected {} types (benefit or cost), one per criterion", m), "$.types");
  for (size_t j = 0; j < m; ++j) {
    if (types[j] == "benefit")
      r.matrix.directions.push_back(decide::Direction::kBenefit);
    else if (types[j] == "cost")
      r.matrix.directions.push_back(decide::Direction::kCost);
    else
      return ErrorResponse(400, "not benefit or cost", fmt::format("$.types[{}]", j));
  }
  if (!body.contains("matrix") || !body["matrix"].is_array() || body["matrix"].size() != n)
    return ErrorResponse(400, fmt::format("expected {} rows, one per alternative", n), "$.matrix");
  r.matrix.values.assign(n * m, std::numeric_limits<double>::quiet_NaN());
  for (size_t i = 0; i < n; ++i) {
    const auto& row = body["matrix"][i];
    if (!row.is_array() || row.size() != m)
      return ErrorResponse(400, fmt::format("expected {} values, one per criterion", m),
                           fmt::format("$.matrix[{}]", i));
    for (size_t j = 0; j < m; ++j) {
      if (row[j].is_null()) continue;  // unknown: handled by `missing`
      if (!row[j].is_number())
        return ErrorResponse(400, "expected a number or null",
                             fmt::format("$.matrix[{}][{}]", i, j));
      r.matrix.values[j * n + i] = row[j].get<double>();
    }
  }
  if (f.Has("weights")) {
    if (!body["weights"].is_array() || body["weights"].size() != m)
      return ErrorResponse(400, fmt::format("expected {} weights", m), "$.weights");
    for (size_t j = 0; j < m; ++j) {
      if (!body["weights"][j].is_number())
        return ErrorResponse(400, "expected a number", fmt::format("$.weights[{}]", j));
      r.weights.push_back(body["weights"][j].get<double>());
    }
  }
  std::string method = "weighted", missing = "penalise";
  if (auto e = f.String("method", &method)) return *e;
  if (method == "weighted")
    r.method = decide::Method::kWeightedSum;
  else if (method == "topsis")
    r.method = decide::Method::kTopsis;
  else
    return ErrorResponse(400, "not one of: weighted, topsis", "$.method");
  if (auto e = f.String("missing", &missing)) return *e;
  if (missing == "penalise")
    r.missing = decide::MissingPolicy::kPenalise;
  else if (missing == "sample")
    r.missing = decide::MissingPolicy::kSample;
  else if (missing == "exclude")
    r.missing = decide::MissingPolicy::kExclude;
  else
    return ErrorResponse(400, "not one of: penalise, sample, exclude", "$.missing");
  std::size_t seed = r.smaa.seed;
  if (auto e = f.Count("samples", &r.smaa.samples)) return *e;
  if (r.smaa.samples > 1000000) return ErrorResponse(400, "at most 1000000 samples", "$.samples");
  if (auto e = f.Count("seed", &seed)) return *e;
  if (auto e = f.Count("explain", &r.explain_top)) return *e;
  r.smaa.seed = seed;
  r.smaa.threads = 0;
  auto report = decide::Decide(r);
  if (!report.ok()) return ErrorResponse(400, report.status().message(), "$");
  return JsonTextResponse(decide::DecisionReportToJson(*report));
}

}  // namespace gradfit::server
