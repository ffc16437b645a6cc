// The six criteria of the brief, per program, from catalog facts and the
// profile. Every value says what it was made of; unknown stays unknown (with a
// plausible range where part of it is known). docs/METHODS.md "Ranking programs".
#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/quantile.hpp"
#include "gradfit/careers_coverage.hpp"
#include "gradfit/money.hpp"
#include "gradfit/outcomes.hpp"
#include "gradfit/rank.hpp"
#include "gradfit/rank_cache.hpp"

namespace gradfit {
namespace {

constexpr size_t kAdm = 0, kCur = 1, kInd = 2, kMod = 3, kOut = 4, kCost = 5;

// Share of met checks; unknown checks widen the range to [met/T, (met+unknown)/T].
CriterionValue ShareOfChecks(const std::vector<Check>& checks,
                             const std::vector<CheckGroup>& groups,
                             const std::vector<std::string>& only_ids, std::string_view what) {
  int met = 0, not_met = 0, unknown = 0;
  std::vector<std::string> failed, open;
  for (const Check& c : checks) {
    if (c.requirement != Requirement::kRequired) continue;  // a note, not a requirement
    if (std::find(groups.begin(), groups.end(), c.group) == groups.end()) continue;
    if (!only_ids.empty() && std::find(only_ids.begin(), only_ids.end(), c.id) == only_ids.end())
      continue;
    switch (c.verdict) {
      case Verdict::kMet:
        ++met;
        break;
      case Verdict::kNotMet:
        ++not_met;
        failed.push_back(c.id);
        break;
      case Verdict::kUnknown:
        ++unknown;
        open.push_back(c.id);
        break;
      case Verdict::kNotApplicable:
        break;
    }
  }
  CriterionValue v;
  const int total = met + not_met + unknown;
  if (total == 0) {
    v.explanation = fmt::format("no {} check applies", what);
    v.value = 1.0;  // nothing to fail: a full score, said in words
    return v;
  }
  const double lo = double(met) / total, hi = double(met + unknown) / total;
  v.value = unknown ? 0.5 * (lo + hi) : lo;
  if (unknown) v.range = {lo, hi};
  v.explanation = fmt::format("{} of {} {} checks met", met, total, what);
  if (!failed.empty()) v.explanation += fmt::format("; not met: {}", fmt::join(failed, ", "));
  if (!open.empty())
    v.explanation +=
        fmt::format("; unknown: {} (range {:.2f}-{:.2f})", fmt::join(open, ", "), lo, hi);
  return v;
}

// Industry ties: three signals from the catalog, each 0..1; unknown signals
// widen the range.
CriterionValue IndustryTies(const Program& p) {
  double known_sum = 0;
  int unknown = 0;
  std::vector<std::string> parts;
  if (p.industry.internship.known()) {
    const double s = *p.industry.internship == Internship::kRequired   ? 1.0
                     : *p.industry.internship == Internship::kOptional ? 0.6
                                                                       : 0.0;
    known_sum += s;
    parts.push_back(fmt::format("internship {} ({:.1f})", ToString(*p.industry.internship), s));
  } else {
    ++unknown;
    parts.push_back("internship unknown");
  }
  if (p.industry.partners.known()) {
    known_sum += 1;
    parts.push_back(fmt::format("{} named industry partner(s) (1)", p.industry.partners->size()));
  } else {
    ++unknown;
    parts.push_back("partners unknown");
  }
  if (p.practicum.known()) {
    known_sum += 1;
    parts.push_back("practicum/capstone described (1)");
  } else {
    ++unknown;
    parts.push_back("practicum unknown");
  }
  CriterionValue v;
  v.explanation = fmt::format("{}", fmt::join(parts, "; "));
  if (unknown == 3) return v;  // nothing known
  const double lo = known_sum / 3, hi = (known_sum + unknown) / 3;
  v.value = 0.5 * (lo + hi);
  if (unknown) v.range = {lo, hi};
  return v;
}

// What the program's graduates earned (College Scorecard), with its provenance,
// appended to the outcomes explanation; empty when the catalog has no row.
std::string GraduateEarningsNote(const Program& p) {
  if (!p.graduate_outcomes.known()) return "";
  const FieldOutcome& g = *p.graduate_outcomes;
  return fmt::format(
      "; graduates' median earnings 1 year after: {} (College Scorecard {}, UNITID {} CIP {} "
      "master's, federally aided completers)",
      g.earnings_1yr ? FormatUsd(*g.earnings_1yr) : "suppressed", g.release, g.unitid, g.cip);
}

// The plausible range of each cost line over the programs where it is known:
// an unknown line is counted at its median and sampled over p10-p90, never as 0.
struct LineRange {
  double p10 = 0, p50 = 0, p90 = 0;
  size_t known = 0;
};
// Over the bills of the whole catalog (not only the programs asked about), for this user.
std::map<std::string, LineRange> CostLineRanges(const std::vector<CostBill>& bills) {
  std::map<std::string, std::vector<double>> amounts;
  for (const CostBill& bill : bills)
    for (const CostLine& line : bill.lines)
      if (line.amount) amounts[line.key].push_back(*line.amount);
  std::map<std::string, LineRange> out;
  for (auto& [key, v] : amounts)
    out[key] = {InterpolatedQuantile(v, 0.1), InterpolatedQuantile(v, 0.5),
                InterpolatedQuantile(v, 0.9), v.size()};
  return out;
}

CriterionValue CostCriterion(const ProgramRoi& r, const std::map<std::string, LineRange>& ranges,
                             const TuitionTotal& tuition) {
  CriterionValue v;
  if (r.bill.lines.empty()) {
    v.explanation = "no cost could be computed";
    return v;
  }
  double known = 0, mid = 0, lo = 0, hi = 0;
  std::vector<std::string> sampled, uncounted;
  for (const CostLine& line : r.bill.lines) {
    if (line.amount) {
      known += *line.amount;
      continue;
    }
    auto it = ranges.find(line.key);
    if (it == ranges.end() || it->second.known < 3) {
      uncounted.push_back(line.label);  // unknown for (nearly) every program alike
      continue;
    }
    mid += it->second.p50;
    lo += it->second.p10;
    hi += it->second.p90;
    sampled.push_back(fmt::format("{} {:.0f}-{:.0f}", line.label, it->second.p10, it->second.p90));
  }
  v.value = known + mid;
  if (!sampled.empty()) v.range = {known + lo, known + hi};
  v.explanation = fmt::format("total cost {:.0f} {} for this user", *v.value, r.bill.currency);
  if (!sampled.empty())
    v.explanation += fmt::format(
        " (known lines {:.0f}; unknown, counted at the catalog median and "
        "sampled over p10-p90: {})",
        known, fmt::join(sampled, ", "));
  if (!uncounted.empty())
    v.explanation +=
        fmt::format(" (unknown for too many programs to estimate: {})", fmt::join(uncounted, ", "));
  if (tuition.amount)
    v.explanation += fmt::format("; tuition {}{}", tuition.basis, tuition.Marks());
  v.stale = tuition.stale;
  v.third_party = tuition.third_party;
  return v;
}

std::vector<std::string> RoleIds(const Profile& profile) {
  std::vector<std::string> ids;
  for (TargetRole r : profile.goals.target_roles) ids.emplace_back(ToString(r));
  return ids;
}

}  // namespace

Result<CriteriaTable> ComputeCriteria(const Profile& profile, const Catalog& catalog,
                                      const RankData& data, const std::vector<std::string>& ids) {
  if (data.cache) return data.cache->Get(profile, catalog, data, ids);
  if (!data.fit || !data.careers || !data.matcher || !data.money)
    return Status::InvalidArgument("ranking needs the fit, careers and money data");
  CriteriaTable t;
  if (ids.empty()) {
    for (const Program& p : catalog.programs) t.programs.push_back(&p);
  } else {
    for (const auto& id : ids) {
      const Program* p = catalog.find_program(id);
      if (!p) return Status::NotFound("no program '" + id + "' in the catalog");
      t.programs.push_back(p);
    }
  }

  // One bill per catalog program, computed once: the cost lines' ranges are taken over the
  // whole catalog, and the listed programs' ROI (one parallel Monte Carlo run) reuses them.
  CostInputs cost;
  RoiInputs roi;
  ApplyProfile(profile, &cost, &roi);
  std::vector<CostBill> all_bills;
  all_bills.reserve(catalog.programs.size());
  for (const Program& p : catalog.programs)
    all_bills.push_back(ComputeCost(p, &catalog, cost, *data.money));
  const auto line_ranges = CostLineRanges(all_bills);
  std::vector<CostBill> bills;
  if (ids.empty()) {
    bills = std::move(all_bills);
  } else {
    for (const Program* p : t.programs)
      bills.push_back(all_bills[static_cast<size_t>(p - catalog.programs.data())]);
  }
  const std::vector<ProgramRoi> money =
      EvaluateProgramsRoi(t.programs, &catalog, std::move(bills), cost, roi, *data.money);
  t.money_currency = cost.display_currency;
  const std::vector<std::string> roles = RoleIds(profile);
  TuitionTotalOptions tuition_options;
  tuition_options.currency = cost.display_currency;
  tuition_options.rates = &data.money->rates;

  for (size_t k = 0; k < t.programs.size(); ++k) {
    const Program& p = *t.programs[k];
    std::array<CriterionValue, kCriteria> row;
    const ProgramAssessment a = AssessProgram(profile, p, &catalog, data.fit);
    t.eligibility.push_back(a.verdict);
    t.eligibility_reason.push_back(a.summary);
    const Check* broken = BrokenHardConstraint(a.checks);
    t.broken_constraint.push_back(broken ? broken->reason : "");

    row[kAdm] = ShareOfChecks(a.checks, {CheckGroup::kAdmission, CheckGroup::kPrerequisite}, {},
                              "admission and prerequisite");

    auto cur = CurriculumScore(p, *data.careers, roles, *data.matcher);
    if (!cur.ok()) return cur.status();
    if (cur->has_value()) {
      row[kCur].value = **cur;
      row[kCur].explanation =
          fmt::format("coverage {:.2f} of the skills of {} from the listed courses", **cur,
                      roles.empty() ? "all roles" : fmt::format("{}", fmt::join(roles, ", ")));
    } else {
      row[kCur].explanation = "no courses listed in the catalog";
    }

    row[kInd] = IndustryTies(p);
    row[kMod] = ShareOfChecks(a.checks, {CheckGroup::kConstraint},
                              {"online", "part_time", "duration", "location"}, "modality");

    const ProgramRoi& r = money[k];
    if (r.ok) {
      row[kOut].value = r.summary.npv_p50;
      row[kOut].explanation =
          fmt::format("median NPV {:.0f} {} over {} years (salary: {})", r.summary.npv_p50,
                      r.bill.currency, roi.horizon_years, r.salary_source);
    } else {
      row[kOut].explanation = "ROI not computable: " + r.why_not;
    }
    row[kOut].explanation += GraduateEarningsNote(p);
    row[kCost] = CostCriterion(r, line_ranges, EstimateTuitionTotal(p, tuition_options));
    t.values.push_back(std::move(row));
  }
  return t;
}

}  // namespace gradfit
