// Prerequisite checks: the program's prerequisite subjects against the user's
// coursework and degree, each gap with a bridge course from data/bridges.toml.
#include <fmt/format.h>

#include <algorithm>

#include "fit/field_rules.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

// Readable names of the prerequisite vocabulary.
std::string SubjectName(const std::string& s) {
  if (s == "cs_degree") return "a computer science degree";
  if (s == "quantitative_degree") return "a quantitative degree";
  if (s == "multivariable_calculus") return "multivariable calculus";
  if (s == "linear_algebra") return "linear algebra";
  if (s == "discrete_math") return "discrete mathematics";
  if (s == "data_structures") return "data structures";
  if (s == "machine_learning") return "machine learning";
  return s;
}

// Minimum years of programming that count as "programming" (docs/METHODS.md).
constexpr double kProgrammingYears = 1.0;

Check PrerequisiteCheck(const std::string& subject, Verdict v, std::string reason) {
  return Check{"prereq." + subject, CheckGroup::kPrerequisite, v, std::move(reason), std::nullopt};
}

void AttachBridge(Check& c, const std::string& subject, const FitData* data) {
  if (!data) return;
  auto bridges = data->bridges_for(subject);
  if (bridges.empty()) {
    c.reason += " No bridge course is recorded for this subject.";
    return;
  }
  const Bridge& b = *bridges.front();
  c.bridge = b;
  c.reason += fmt::format(" Bridge: {}", b.title);
  if (b.weeks) c.reason += fmt::format(", about {} weeks", *b.weeks);
  if (!b.cost.empty()) c.reason += fmt::format(", {}", b.cost);
  c.reason += fmt::format(" ({}).", b.url);
}

// Degree prerequisites. `cs_degree` alone: a CS degree is asked for or named
// first, so another quantitative degree is "unknown" (may be accepted); with
// `quantitative_degree` also listed, either kind meets it (docs/DATA.md).
Check DegreeCheck(const Profile& p, bool cs_listed, bool quant_listed) {
  std::string id = cs_listed && quant_listed ? "degree_field"
                   : cs_listed               ? "cs_degree"
                                             : "quantitative_degree";
  std::string asked = cs_listed && quant_listed
                          ? "a computer science or other quantitative (STEM) degree"
                      : cs_listed ? "a computer science degree"
                                  : "a quantitative (STEM) degree";
  const auto& field = p.education.field;
  const auto& level = p.education.level;
  if (level && (*level == DegreeLevel::kNone || *level == DegreeLevel::kAssociate))
    return PrerequisiteCheck(
        id, Verdict::kNotMet,
        fmt::format("The program expects {}; your highest degree is {}.", asked, ToString(*level)));
  if (!field)
    return PrerequisiteCheck(
        id, Verdict::kUnknown,
        fmt::format("The program expects {}; your field of study is not in the profile.", asked));
  std::string mine = fmt::format("your degree is in {}", ToString(*field));
  if (fit::IsCsField(*field))
    return PrerequisiteCheck(id, Verdict::kMet,
                             fmt::format("The program expects {}; {}.", asked, mine));
  std::optional<bool> quant = fit::IsQuantitativeField(*field);
  if (!quant)
    return PrerequisiteCheck(
        id, Verdict::kUnknown,
        fmt::format("The program expects {}; whether your {} degree counts depends on "
                    "its maths content.",
                    asked, ToString(*field)));
  if (*quant && quant_listed)
    return PrerequisiteCheck(id, Verdict::kMet,
                             fmt::format("The program expects {}; {}.", asked, mine));
  if (*quant)
    return PrerequisiteCheck(
        id, Verdict::kUnknown,
        fmt::format("The program names a computer science degree; {}, which it may "
                    "accept: ask the program.",
                    mine));
  return PrerequisiteCheck(id, Verdict::kNotMet,
                           fmt::format("The program expects {}; {}.", asked, mine));
}

Check ProgrammingCheck(const Profile& p) {
  const auto& years = p.coursework.programming_years;
  if (!years)
    return PrerequisiteCheck(
        "programming", Verdict::kUnknown,
        "The program expects programming; your programming experience is not in the "
        "profile.");
  bool ok = *years >= kProgrammingYears;
  std::string langs;
  for (const auto& l : p.coursework.programming_languages) {
    if (!langs.empty()) langs += ", ";
    langs += l;
  }
  return PrerequisiteCheck(
      "programming", ok ? Verdict::kMet : Verdict::kNotMet,
      fmt::format("Programming: {} year(s){} {} the {} year gradfit counts as enough.",
                  fmt::format("{}", *years), langs.empty() ? "" : " (" + langs + ")",
                  ok ? "meets" : "is below", fmt::format("{}", kProgrammingYears)));
}

Check CourseworkCheck(const Profile& p, const std::string& subject) {
  const auto* level = p.coursework.find(subject);
  std::string name = SubjectName(subject);
  if (!level || !*level)
    return PrerequisiteCheck(
        subject, Verdict::kUnknown,
        fmt::format("The program expects {}; the profile does not say whether you "
                    "studied it.",
                    name));
  switch (**level) {
    case CourseworkLevel::kCourse:
      return PrerequisiteCheck(subject, Verdict::kMet,
                               fmt::format("{}: taken as a graded course.", name));
    case CourseworkLevel::kSelfStudy:
      return PrerequisiteCheck(
          subject, Verdict::kMet,
          fmt::format("{}: self-studied; some programs want it on a transcript, so be "
                      "ready to show it (e.g. a graded online course).",
                      name));
    case CourseworkLevel::kNone:
      break;
  }
  return PrerequisiteCheck(
      subject, Verdict::kNotMet,
      fmt::format("The program expects {}, which you have not studied.", name));
}

}  // namespace

namespace {

// The checks of one list of subjects; a preferred or recommended subject that
// is not met reads as a note ("Preferred, not required: …").
void AddSubjectChecks(const Profile& p, const std::vector<std::string>& subjects,
                      Requirement requirement, const FitData* data, std::vector<Check>& checks) {
  auto listed = [&](const char* id) {
    return std::find(subjects.begin(), subjects.end(), id) != subjects.end();
  };
  std::vector<Check> out;
  bool cs = listed("cs_degree"), quant = listed("quantitative_degree");
  if (cs || quant) {
    Check c = DegreeCheck(p, cs, quant);
    // A required degree cannot be bridged by a course: a firm admission requirement.
    if (requirement == Requirement::kRequired) c.group = CheckGroup::kAdmission;
    out.push_back(std::move(c));
  }
  for (const auto& subject : subjects) {
    if (subject == "cs_degree" || subject == "quantitative_degree") continue;
    Check c = subject == "programming" ? ProgrammingCheck(p) : CourseworkCheck(p, subject);
    if (c.verdict == Verdict::kNotMet) AttachBridge(c, subject, data);
    out.push_back(std::move(c));
  }
  for (Check& c : out) {
    c.requirement = requirement;
    if (requirement != Requirement::kRequired && c.verdict != Verdict::kMet)
      c.reason = fmt::format("{}, not required: {}",
                             requirement == Requirement::kPreferred ? "Preferred" : "Recommended",
                             c.reason);
    checks.push_back(std::move(c));
  }
}

}  // namespace

std::vector<Check> PrerequisiteChecks(const Profile& p, const Program& program,
                                      const FitData* data) {
  const Admissions& a = program.admissions;
  std::vector<Check> checks;
  if (!a.prerequisite_subjects.known()) {
    std::string text =
        a.prerequisites_text.known() ? " The program says: \"" + *a.prerequisites_text + "\"" : "";
    checks.push_back(Check{"prereq", CheckGroup::kPrerequisite, Verdict::kUnknown,
                           "The catalog does not list this program's prerequisite subjects." + text,
                           std::nullopt});
  } else {
    AddSubjectChecks(p, *a.prerequisite_subjects, Requirement::kRequired, data, checks);
  }
  if (a.preferred_subjects.known())
    AddSubjectChecks(p, *a.preferred_subjects, Requirement::kPreferred, data, checks);
  if (a.recommended_subjects.known())
    AddSubjectChecks(p, *a.recommended_subjects, Requirement::kRecommended, data, checks);
  return checks;
}

}  // namespace gradfit
