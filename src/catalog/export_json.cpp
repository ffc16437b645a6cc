// Catalog → JSON.
#include <nlohmann/json.hpp>

#include "gradfit/catalog_export.hpp"
#include "gradfit/outcomes.hpp"

namespace gradfit {
using nlohmann::json;

json SourceJson(const Source& s) {
  json j = {{"id", s.id}, {"url", s.url}, {"first_party", s.first_party}};
  j["retrieved"] = s.retrieved.valid() ? json(s.retrieved.ToString()) : json(nullptr);
  j["page_date"] = s.page_date ? json(s.page_date->ToString()) : json(nullptr);
  if (!s.note.empty()) j["note"] = s.note;
  if (!s.attribution.empty()) j["attribution"] = s.attribution;
  if (s.user_supplied) j["user_supplied"] = true;
  return j;
}

json ScopeJson(const Scope& scope) {
  if (scope.empty()) return json(nullptr);
  json j = json::object();
  if (scope.modality) j["modality"] = std::string(ToString(*scope.modality));
  if (scope.residency) j["residency"] = std::string(ToString(*scope.residency));
  if (!scope.track.empty()) j["track"] = scope.track;
  return j;
}

json ProgramSummaryJson(const Catalog& catalog, const Program& p, const Date& today) {
  auto opt = [](const auto& fact, auto get) -> json {
    return fact.known() ? json(get(*fact)) : json(nullptr);
  };
  const Institution* inst = catalog.find_institution(p.institution_id);
  json j;
  j["id"] = p.id;
  j["name"] = opt(p.name, [](const auto& v) { return v; });
  j["institution"] = inst && inst->name.known() ? json(*inst->name) : json(p.institution_id);
  j["label"] = opt(p.label, [](Label l) { return std::string(ToString(l)); });
  j["country"] = opt(p.country, [](const auto& v) { return v; });
  j["modality"] = opt(p.modality, [](const auto& v) {
    json a = json::array();
    for (auto m : v) a.push_back(std::string(ToString(m)));
    return a;
  });
  j["part_time"] = opt(p.part_time, [](bool b) { return b; });
  j["duration_months"] = opt(p.duration_months, [](double d) { return d; });
  j["gre"] = opt(p.admissions.gre, [](GrePolicy g) { return std::string(ToString(g)); });
  j["tuition"] = p.tuition.known() ? json{{"amount", p.tuition->amount},
                                          {"currency", p.tuition->currency},
                                          {"basis", std::string(ToString(p.tuition->basis))},
                                          {"academic_year", p.tuition->academic_year}}
                                   : json(nullptr);
  // Facts to check: older than kStaleAfterYears, and the user's own figures.
  const MarkedFacts marked = MarkFacts(p, today);
  j["stale_facts"] = marked.stale;
  j["your_facts"] = marked.yours;
  j["passed_deadlines"] = marked.passed_deadlines;
  return j;
}

// A College Scorecard row with its figures; suppressed cells are null.
json FieldOutcomeJson(const Program& p, const Fact<FieldOutcome>& f) {
  if (!f.known()) return nullptr;
  const FieldOutcome& o = *f;
  auto num = [](const auto& v) { return v ? json(*v) : json(nullptr); };
  json ids = json::array();
  for (int i : f.sources)
    if (const Source* s = p.source_of(i)) ids.push_back(s->id);
  return {{"unitid", o.unitid},
          {"state", o.state},
          {"cip", o.cip},
          {"cip_title", o.cip_title},
          {"credential_level", o.credential_level},
          {"completers", num(o.completers)},
          {"earnings_1yr", num(o.earnings_1yr)},
          {"earnings_4yr", num(o.earnings_4yr)},
          {"median_debt", num(o.median_debt)},
          {"threshold_state", num(o.threshold_state)},
          {"threshold_national", num(o.threshold_national)},
          {"release", o.release},
          {"cip_basis", o.cip_basis},
          {"sources", ids}};
}

json ProgramJson(const Catalog& catalog, const Program& p, const Date& today) {
  json j = ProgramSummaryJson(catalog, p, today);
  j["institution_id"] = p.institution_id;
  json facts = json::object();
  for (const FactRow& row : ProgramFactRows(p, today)) {
    json f;
    f["value"] = row.known ? json(row.value) : json(nullptr);
    json ids = json::array();
    for (int i : row.sources)
      if (const Source* s = p.source_of(i)) ids.push_back(s->id);
    f["sources"] = ids;
    f["as_of"] = row.as_of && row.known ? json(row.as_of->ToString()) : json(nullptr);
    f["age_years"] =
        row.known && row.as_of ? json(std::round(row.age_years * 10) / 10) : json(nullptr);
    f["stale"] = row.stale;
    f["scope"] = ScopeJson(row.scope);
    if (row.key == "deadlines" && row.known) f["passed"] = row.passed;
    f["yours"] = row.yours;
    if (facts.contains(row.key)) {
      if (!facts[row.key].is_array()) facts[row.key] = json::array({facts[row.key]});
      facts[row.key].push_back(f);
    } else {
      facts[row.key] = f;
    }
  }
  j["facts"] = facts;
  j["graduate_outcomes"] = FieldOutcomeJson(p, p.graduate_outcomes);
  j["bachelor_outcomes"] = FieldOutcomeJson(p, p.bachelor_outcomes);
  json sources = json::array();
  for (const auto& s : p.sources) sources.push_back(SourceJson(s));
  j["sources"] = sources;
  return j;
}

json ProgramDetailJson(const Catalog& catalog, const Program& p, const Date& today,
                       const LivingCosts* living) {
  json j = ProgramJson(catalog, p, today);
  // A program without a stated tuition gets the labelled peer estimate (or why there is none).
  j["tuition_estimate"] = nullptr;
  if (!p.tuition.known()) {
    const TuitionPeerEstimate est = EstimateTuitionFromPeers(catalog, p, StudiedOnline(p));
    j["tuition_estimate"] = {{"p10", est.range ? json(est.range->first) : json(nullptr)},
                             {"p90", est.range ? json(est.range->second) : json(nullptr)},
                             {"currency", est.currency},
                             {"peers", est.peers},
                             {"online", StudiedOnline(p)},
                             {"note", est.note}};
  }
  j["outcome_tests"] = nullptr;
  if (auto tests = EvaluateOutcomeTests(p, living)) {
    j["outcome_tests"] = json::array();
    for (const OutcomeTest* t : {&tests->earnings_premium, &tests->debt_to_earnings})
      j["outcome_tests"].push_back({{"id", t->id},
                                    {"name", t->name},
                                    {"verdict", std::string(ToString(t->verdict))},
                                    {"detail", t->detail},
                                    {"meaning", t->meaning}});
  }
  return j;
}

json TuitionTotalJson(const TuitionTotal& t) {
  return {{"amount", t.amount ? json(*t.amount) : json(nullptr)},
          {"currency", t.currency},
          {"basis", t.basis},
          {"estimated", t.estimated},
          {"academic_year", t.academic_year},
          {"stale", t.stale},
          {"third_party", t.third_party}};
}

json ProgramSelectionJson(const Catalog& catalog, const ProgramSelection& selection,
                          const Date& today, const TuitionTotalOptions& totals) {
  json out = {{"count", selection.programs.size()},
              {"excluded_unknown", selection.excluded_unknown}};
  out["programs"] = json::array();
  for (const Program* p : selection.programs) {
    json j = ProgramSummaryJson(catalog, *p, today);
    j["tuition_total"] = TuitionTotalJson(EstimateTuitionTotal(*p, totals));
    out["programs"].push_back(std::move(j));
  }
  return out;
}

}  // namespace gradfit
