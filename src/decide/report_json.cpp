// DecisionReport -> JSON (for `gradfit decide --json` and the web API).
#include <cmath>
#include <nlohmann/json.hpp>

#include "gradfit/decide_report.hpp"

namespace gradfit::decide {
namespace {

nlohmann::json Number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); }

}  // namespace

std::string DecisionReportToJson(const DecisionReport& r) {
  using nlohmann::json;
  json out;
  out["method"] = MethodName(r.method);
  out["normalisation"] = "min-max per criterion with direction (1 = best observed, 0 = worst)";
  json criteria = json::array();
  for (std::size_t j = 0; j < r.criteria.size(); ++j) {
    criteria.push_back({{"name", r.criteria[j]},
                        {"type", r.directions[j] == Direction::kBenefit ? "benefit" : "cost"},
                        {"weight", r.weights[j]}});
  }
  out["criteria"] = criteria;
  json alts = json::array();
  std::vector<std::size_t> rank_of(r.alternatives.size());
  for (std::size_t k = 0; k < r.ranking.size(); ++k) rank_of[r.ranking[k]] = k + 1;
  for (std::size_t i = 0; i < r.alternatives.size(); ++i) {
    json a = {{"name", r.alternatives[i]},
              {"rank", rank_of[i]},
              {"score", r.scores[i]},
              {"weighted_sum", r.weighted_scores[i]},
              {"pareto_optimal", static_cast<bool>(r.pareto[i])},
              {"contributions", r.contributions[i]}};
    if (r.smaa) {
      const SmaaResult& s = *r.smaa;
      json acc = json::array();
      for (std::size_t k = 0; k < s.ranks; ++k) acc.push_back(s.acceptability(i, k));
      a["rank_acceptability"] = acc;
      a["first_rank_acceptability"] = s.first_rank(i);
      json cw = json::array();
      for (std::size_t j = 0; j < s.m; ++j) cw.push_back(Number(s.central_weights[i * s.m + j]));
      a["central_weights"] = std::isnan(s.central_weights[i * s.m]) ? json() : cw;
      a["confidence_factor"] = Number(s.confidence[i]);
    }
    alts.push_back(a);
  }
  out["alternatives"] = alts;
  out["excluded"] = r.excluded;
  if (r.smaa) {
    out["smaa"] = {{"samples", r.smaa->samples},
                   {"ranks_tracked", r.smaa->ranks},
                   {"weight_draws", r.smaa->weight_draws},
                   {"utility", "weighted sum over min-max normalised criteria"}};
  }
  json swaps = json::array();
  for (const auto& p : r.swaps) {
    json t = json::array();
    for (std::size_t k = 0; k < p.thresholds.size(); ++k) {
      t.push_back({{"criterion", r.criteria[p.thresholds[k].criterion]},
                   {"weight", p.thresholds[k].weight},
                   {"challenger_wins", p.thresholds[k].challenger_wins_above ? "above" : "below"},
                   {"text", p.sentences[k]}});
    }
    swaps.push_back({{"leader", r.alternatives[p.leader]},
                     {"challenger", r.alternatives[p.challenger]},
                     {"thresholds", t}});
  }
  out["swaps"] = swaps;
  out["notes"] = r.notes;
  return out.dump(2) + "\n";
}

}  // namespace gradfit::decide
