// Rank and compare results as JSON (CLI --json and the HTTP API).
#include <nlohmann/json.hpp>

#include "gradfit/rank.hpp"

namespace gradfit {
using nlohmann::json;

namespace {

json ValueJson(const CriterionValue& v) {
  json j = {{"value", v.value ? json(*v.value) : json(nullptr)}, {"explanation", v.explanation}};
  j["range"] = v.range ? json::array({v.range->first, v.range->second}) : json(nullptr);
  j["stale"] = v.stale;
  j["third_party"] = v.third_party;
  return j;
}

bool ThirdPartyOnly(const Program& p, const std::vector<int>& sources) {
  for (int i : sources)
    if (const Source* s = p.source_of(i); s && s->first_party) return false;
  return true;
}

}  // namespace

json RankResultJson(const RankResult& r) {
  json j;
  j["weights_origin"] = r.weights_origin;
  j["samples"] = r.samples;
  j["money_currency"] = r.money_currency;
  j["notes"] = r.notes;
  j["swaps"] = r.swaps;
  j["order_vs_p1"] = r.order_vs_p1.empty() ? json(nullptr) : json(r.order_vs_p1);
  const ProfileConfidence& pc = r.profile_confidence;
  j["profile_confidence"] = {{"answered", pc.answered}, {"total", pc.total},
                             {"missing", pc.missing},   {"thin", pc.thin},
                             {"summary", pc.Summary()}, {"suggestion", pc.Suggestion()}};
  j["set_aside"] = json::array();
  for (const SetAsideProgram& s : r.set_aside)
    j["set_aside"].push_back({{"id", s.id},
                              {"name", s.name},
                              {"institution", s.institution},
                              {"eligibility", std::string(ToString(s.eligibility))},
                              {"reason", s.reason},
                              {"breaks_constraint", s.breaks_constraint}});
  for (size_t c = 0; c < kCriteria; ++c) j["weights"][r.criteria[c]] = r.weights[c];
  j["programs"] = json::array();
  for (const RankedProgram& p : r.programs) {
    json e = {{"id", p.id},
              {"name", p.name},
              {"institution", p.institution},
              {"rank", p.rank},
              {"score", p.score},
              {"eligibility", std::string(ToString(p.eligibility))},
              {"eligibility_reason", p.eligibility_reason},
              {"broken_constraint",
               p.broken_constraint.empty() ? json(nullptr) : json(p.broken_constraint)},
              {"pareto_optimal", p.pareto_optimal},
              {"first_rank_acceptability", p.first_rank_acceptability},
              {"rank_acceptability", p.rank_acceptability}};
    e["confidence"] = p.confidence ? json(*p.confidence) : json(nullptr);
    for (size_t c = 0; c < kCriteria; ++c) {
      json v = ValueJson(p.criteria[c]);
      v["contribution"] = p.contributions[c];
      e["criteria"][r.criteria[c]] = v;
    }
    j["programs"].push_back(e);
  }
  return j;
}

json CompareResultJson(const CompareResult& r, const Date& today) {
  json j;
  j["money_currency"] = r.money_currency;
  j["programs"] = json::array();
  for (size_t k = 0; k < r.programs.size(); ++k) {
    const Program& p = *r.programs[k];
    json e = {{"id", p.id}, {"eligibility", std::string(ToString(r.eligibility[k]))}};
    for (size_t c = 0; c < kCriteria; ++c) e["criteria"][r.criteria[c]] = ValueJson(r.values[k][c]);
    for (const FactRow& f : r.facts[k]) {
      json sources = json::array();
      for (int i : f.sources)
        if (const Source* s = p.source_of(i)) sources.push_back(s->url);
      e["facts"][f.key] = {
          {"value", f.known ? json(f.value) : json(nullptr)},
          {"sources", sources},
          {"as_of", f.as_of && f.known ? json(f.as_of->ToString()) : json(nullptr)},
          {"stale", f.stale},
          {"third_party", f.known && ThirdPartyOnly(p, f.sources)}};
    }
    j["programs"].push_back(e);
  }
  return j;
}

}  // namespace gradfit
