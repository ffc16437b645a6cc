// JSON form of the assessment and the what-if diff (for --json and the web app).
#include <nlohmann/json.hpp>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

nlohmann::json CheckJson(const Check& c) {
  nlohmann::json j = {{"id", c.id},
                      {"group", ToString(c.group)},
                      {"verdict", ToString(c.verdict)},
                      {"reason", c.reason},
                      {"requirement", ToString(c.requirement)},
                      {"hard_constraint", c.hard_constraint}};
  if (c.bridge) {
    j["bridge"] = {{"subject", c.bridge->subject},
                   {"title", c.bridge->title},
                   {"provider", c.bridge->provider},
                   {"url", c.bridge->url},
                   {"cost", c.bridge->cost}};
    j["bridge"]["weeks"] = c.bridge->weeks ? nlohmann::json(*c.bridge->weeks) : nlohmann::json();
  }
  return j;
}

nlohmann::json ProgramJson(const ProgramAssessment& a) {
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& c : a.checks) checks.push_back(CheckJson(c));
  return {{"program_id", a.program_id},   {"program_name", a.program_name},
          {"institution", a.institution}, {"verdict", ToString(a.verdict)},
          {"summary", a.summary},         {"checks", checks}};
}

nlohmann::json Opt(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json PathwayJson(const PathwayVerdict& v) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& o : v.options) {
    nlohmann::json j = {{"pathway", ToString(o.pathway)},
                        {"score", o.score},
                        {"reasons_for", o.reasons_for},
                        {"reasons_against", o.reasons_against}};
    if (o.facts) {
      j["facts"] = {{"cost_low_usd", Opt(o.facts->cost_low_usd)},
                    {"cost_high_usd", Opt(o.facts->cost_high_usd)},
                    {"typical_cost_usd", Opt(o.facts->typical_cost_usd)},
                    {"months_low", Opt(o.facts->months_low)},
                    {"months_high", Opt(o.facts->months_high)},
                    {"stipend_usd_per_year", Opt(o.facts->stipend_usd_per_year)},
                    {"sources", o.facts->sources},
                    {"note", o.facts->note}};
    }
    options.push_back(j);
  }
  return {{"headline", v.headline}, {"options", options}};
}

nlohmann::json AssessmentJsonValue(const Assessment& a) {
  nlohmann::json programs = nlohmann::json::array();
  nlohmann::json counts = {
      {"eligible", 0}, {"eligible_with_gaps", 0}, {"not_eligible", 0}, {"unknown", 0}};
  for (const auto& p : a.programs) {
    programs.push_back(ProgramJson(p));
    counts[std::string(ToString(p.verdict))] =
        counts[std::string(ToString(p.verdict))].get<int>() + 1;
  }
  nlohmann::json essentials = nlohmann::json::array();
  for (const auto& e : a.confidence.essentials)
    essentials.push_back({{"key", e.key},
                          {"label", e.label},
                          {"feeds", e.feeds},
                          {"answered", e.answered},
                          {"could_change_verdict", e.could_change_verdict}});
  nlohmann::json confidence = {
      {"answered", a.confidence.answered}, {"total", a.confidence.total},
      {"missing", a.confidence.missing},   {"thin", a.confidence.thin},
      {"summary", a.confidence.Summary()}, {"suggestion", a.confidence.Suggestion()},
      {"essentials", essentials}};
  return {{"pathway", PathwayJson(a.pathway)},
          {"confidence", confidence},
          {"counts", counts},
          {"programs", programs}};
}

}  // namespace

std::string AssessmentToJson(const Assessment& a) {
  return AssessmentJsonValue(a).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

std::string WhatIfToJson(const WhatIfResult& w) {
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& c : w.changes)
    changes.push_back({{"program_id", c.program_id},
                       {"program_name", c.program_name},
                       {"before", ToString(c.before)},
                       {"after", ToString(c.after)},
                       {"reasons", c.reasons}});
  return nlohmann::json({{"changes", changes},
                         {"pathway_changed", w.pathway_changed},
                         {"pathway_before", ToString(w.before.pathway.options.front().pathway)},
                         {"pathway_after", ToString(w.after.pathway.options.front().pathway)},
                         {"after", AssessmentJsonValue(w.after)}})
             .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace gradfit
