// The whole assessment: program checks, the combined verdicts, the pathway,
// and the what-if diff.
#include <fmt/format.h>

#include <algorithm>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

int GroupOrder(ProgramVerdict v) {
  switch (v) {
    case ProgramVerdict::kEligible:
      return 0;
    case ProgramVerdict::kEligibleWithGaps:
      return 1;
    case ProgramVerdict::kUnknown:
      return 2;
    case ProgramVerdict::kNotEligible:
      return 3;
  }
  return 4;
}

std::string Summary(const ProgramAssessment& a) {
  int gaps = 0, unknown = 0;
  std::string first_fail, first_unknown;
  for (const auto& c : a.checks) {
    if (c.verdict == Verdict::kNotMet) {
      if (c.group == CheckGroup::kPrerequisite)
        ++gaps;
      else if (first_fail.empty())
        first_fail = c.reason;
    }
    if (c.verdict == Verdict::kUnknown) {
      ++unknown;
      if (first_unknown.empty()) first_unknown = c.reason;
    }
  }
  switch (a.verdict) {
    case ProgramVerdict::kEligible:
      return "Every requirement gradfit knows of is met.";
    case ProgramVerdict::kEligibleWithGaps:
      return fmt::format("{} prerequisite gap(s) to close; everything else is met.", gaps);
    case ProgramVerdict::kNotEligible:
      return first_fail;
    case ProgramVerdict::kUnknown:
      return fmt::format("{} fact(s) unknown{}, e.g. {}", unknown,
                         gaps ? fmt::format(" and {} gap(s)", gaps) : "", first_unknown);
  }
  return "";
}

}  // namespace

ProgramAssessment AssessProgram(const Profile& p, const Program& program, const Catalog* catalog,
                                const FitData* data) {
  ProgramAssessment a;
  a.program_id = program.id;
  a.program_name = program.name.known() ? *program.name : "";
  a.institution = program.institution_id;
  if (catalog)
    if (const Institution* inst = catalog->find_institution(program.institution_id))
      if (inst->name.known()) a.institution = *inst->name;
  for (auto& c : AdmissionChecks(p, program)) a.checks.push_back(std::move(c));
  for (auto& c : PrerequisiteChecks(p, program, data)) a.checks.push_back(std::move(c));
  for (auto& c : ConstraintChecks(p, program, catalog)) a.checks.push_back(std::move(c));
  a.verdict = CombineVerdict(a.checks);
  a.summary = Summary(a);
  return a;
}

Result<Assessment> Assess(const AssessRequest& request, const Catalog& catalog,
                          const FitData& data) {
  std::vector<const Program*> programs;
  if (request.program_ids.empty()) {
    for (const auto& p : catalog.programs) programs.push_back(&p);
  } else {
    for (const auto& id : request.program_ids) {
      const Program* p = catalog.find_program(id);
      if (!p) return Status::NotFound(fmt::format("no program '{}' in the catalog", id));
      programs.push_back(p);
    }
  }
  Assessment out;
  for (const Program* p : programs)
    out.programs.push_back(AssessProgram(request.profile, *p, &catalog, &data));
  std::stable_sort(out.programs.begin(), out.programs.end(),
                   [](const ProgramAssessment& a, const ProgramAssessment& b) {
                     return GroupOrder(a.verdict) < GroupOrder(b.verdict);
                   });
  out.pathway = AssessPathway(request.profile, out.programs, &data);
  return out;
}

Result<Override> ParseOverride(std::string_view text) {
  auto eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0)
    return Status::InvalidArgument(fmt::format("'{}' is not key=value (e.g. gre.quant=165)", text));
  return Override{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

Result<WhatIfResult> WhatIf(const AssessRequest& request, const std::vector<Override>& overrides,
                            const Catalog& catalog, const FitData& data) {
  WhatIfResult w;
  w.changed = request.profile;
  for (const auto& o : overrides) {
    Status s = SetProfileField(w.changed, o.key, o.value);
    if (!s.ok())
      return Status::InvalidArgument("what-if " + o.key + "=" + o.value + ": " + s.message());
  }
  auto errors = ValidateProfile(w.changed);
  if (!errors.empty())
    return Status::InvalidArgument("what-if makes the profile invalid: " +
                                   errors.front().ToString());
  auto before = Assess(request, catalog, data);
  if (!before.ok()) return before.status();
  AssessRequest changed_request{w.changed, request.program_ids};
  auto after = Assess(changed_request, catalog, data);
  if (!after.ok()) return after.status();
  w.before = std::move(before.value());
  w.after = std::move(after.value());
  for (const auto& b : w.before.programs) {
    auto it =
        std::find_if(w.after.programs.begin(), w.after.programs.end(),
                     [&](const ProgramAssessment& a) { return a.program_id == b.program_id; });
    if (it == w.after.programs.end() || it->verdict == b.verdict) continue;
    VerdictChange change{b.program_id, b.program_name, b.verdict, it->verdict, {}};
    for (const auto& cb : b.checks) {
      for (const auto& ca : it->checks) {
        if (ca.id == cb.id && ca.verdict != cb.verdict)
          change.reasons.push_back(fmt::format("{}: {} -> {}: {}", ca.id, ToString(cb.verdict),
                                               ToString(ca.verdict), ca.reason));
      }
    }
    w.changes.push_back(std::move(change));
  }
  w.pathway_changed =
      w.before.pathway.options.front().pathway != w.after.pathway.options.front().pathway;
  return w;
}

}  // namespace gradfit
