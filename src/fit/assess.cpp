// The whole assessment: program checks, the combined verdicts, the pathway,
// and the what-if diff.
#include <fmt/format.h>
#include <fmt/ranges.h>

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

// Readable subject of a prerequisite check id: "prereq.linear_algebra" -> "linear algebra".
std::string GapName(const std::string& id) {
  std::string s = id.rfind("prereq.", 0) == 0 ? id.substr(7) : id;
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

// The verdict's strongest reason first: a failed requirement, else the known
// gaps, else what is unknown; notes (preferred or recommended, not met) last.
std::string Summary(const ProgramAssessment& a) {
  std::vector<std::string> gaps, fails;
  int unknown = 0, notes = 0;
  std::string first_unknown, first_note;
  for (const auto& c : a.checks) {
    if (c.requirement != Requirement::kRequired) {
      if (c.verdict == Verdict::kNotMet && notes++ == 0) first_note = c.reason;
      continue;
    }
    if (c.verdict == Verdict::kNotMet) {
      if (c.group == CheckGroup::kPrerequisite)
        gaps.push_back(GapName(c.id));
      else
        fails.push_back(c.reason);
    }
    if (c.verdict == Verdict::kUnknown && unknown++ == 0) first_unknown = c.reason;
  }
  const std::string unknown_tail =
      unknown ? fmt::format(" {} fact(s) unknown, e.g. {}", unknown, first_unknown) : "";
  const std::string note_tail = notes ? " Note: " + first_note : "";
  switch (a.verdict) {
    case ProgramVerdict::kEligible:
      return "Every requirement gradfit knows of is met." + note_tail;
    case ProgramVerdict::kEligibleWithGaps:
      return fmt::format("{} prerequisite gap(s) to close: {}.{}", gaps.size(),
                         fmt::format("{}", fmt::join(gaps, ", ")),
                         unknown ? unknown_tail : " Everything else is met.");
    case ProgramVerdict::kNotEligible:
      if (fails.empty()) return "";
      return fails.front() +
             (fails.size() > 1 ? fmt::format(" ({} more requirement(s) not met.)", fails.size() - 1)
                               : "");
    case ProgramVerdict::kUnknown:
      return fmt::format("Nothing known rules it out;{}", unknown_tail) + note_tail;
  }
  return "";
}

// Plausible answers for a missing essential (both ends of what people answer).
std::vector<std::vector<std::pair<std::string, std::string>>> TrialAnswers(const std::string& key) {
  if (key == "education.level") return {{{key, "bachelor"}}, {{key, "none"}}};
  if (key == "education.field") return {{{key, "computer_science"}}, {{key, "humanities"}}};
  if (key == "coursework.programming_years") return {{{key, "0"}}, {{key, "3"}}};
  if (key == "coursework.probability")
    return {{{key, "course"}, {"coursework.statistics", "course"}},
            {{key, "none"}, {"coursework.statistics", "none"}}};
  if (key.rfind("coursework.", 0) == 0) return {{{key, "course"}}, {{key, "none"}}};
  if (key == "goals.target_roles") return {{{key, "research_scientist"}}, {{key, "ml_engineer"}}};
  if (key == "constraints.can_relocate") return {{{key, "true"}}, {{key, "false"}}};
  if (key == "location.country") return {{{key, "US"}}, {{key, "IN"}}};
  if (key == "work.salary") return {{{key, "30000 USD"}}, {{key, "150000 USD"}}};
  if (key == "tests.native_english") return {{{key, "true"}}, {{key, "false"}}};
  return {};
}

// Marks each missing essential whose plausible answers change the top pathway.
void MarkDecisiveMissing(const Profile& profile, const std::vector<const Program*>& programs,
                         const Catalog& catalog, const FitData& data, Pathway current,
                         ProfileConfidence& confidence) {
  for (EssentialAnswer& e : confidence.essentials) {
    if (e.answered) continue;
    for (const auto& trial : TrialAnswers(e.key)) {
      Profile changed = profile;
      bool ok = true;
      for (const auto& [key, value] : trial) ok &= SetProfileField(changed, key, value).ok();
      if (!ok) continue;
      std::vector<ProgramAssessment> assessed;
      for (const Program* p : programs)
        assessed.push_back(AssessProgram(changed, *p, &catalog, &data));
      const PathwayVerdict v = AssessPathway(changed, assessed, &data);
      if (!v.options.empty() && v.options.front().pathway != current) {
        e.could_change_verdict = true;
        break;
      }
    }
  }
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
  out.confidence = AssessProfileConfidence(request.profile);
  if (!out.pathway.options.empty())
    MarkDecisiveMissing(request.profile, programs, catalog, data,
                        out.pathway.options.front().pathway, out.confidence);
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
