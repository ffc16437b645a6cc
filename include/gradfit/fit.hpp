// Fit: is a master's in ML right for this applicant, and which programs can
// they get into?
//
// - Eligibility: every admission requirement, prerequisite subject and stated
//   constraint becomes a Check with a verdict (met / not met / unknown / not
//   applicable) and a reason in words. Unknown means the catalog or the profile
//   lacks the fact; it is never turned into a pass or a fail.
// - Pathway: a documented rule set scores master's, bridge-then-master's,
//   graduate certificate, bootcamp, self-study and PhD (docs/METHODS.md, "Fit").
// - What-if: apply overrides to a copy of the profile and diff the verdicts.
// - Questionnaire: the questions behind `gradfit profile init`.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/catalog.hpp"
#include "gradfit/profile.hpp"
#include "gradfit/status.hpp"

namespace gradfit {

// --- reference data: data/bridges.toml and data/pathways.toml ----------------

// A well-known way to close a prerequisite gap (a course with a public page).
struct Bridge {
  std::string subject;  // prerequisite vocabulary id: "linear_algebra"
  std::string title;    // "MIT OCW 18.06 Linear Algebra"
  std::string provider;
  std::string url;              // the source: the course's own page
  std::optional<double> weeks;  // rough weeks at ~10 h/week
  std::string cost;             // "free", "free to audit", …
  std::string weeks_basis;      // where the weeks figure comes from
  std::string note;
};

enum class Pathway {
  kMasters,
  kBridgeThenMasters,
  kGraduateCertificate,
  kBootcamp,
  kSelfStudy,
  kPhd
};
std::string_view ToString(Pathway p);  // masters | bridge_then_masters | graduate_certificate | …

// Typical cost and duration of a pathway, with sources. Absent = unknown.
struct PathwayFacts {
  Pathway pathway = Pathway::kMasters;
  std::optional<double> cost_low_usd, cost_high_usd;  // total tuition for the pathway
  std::optional<double> typical_cost_usd;             // a published average, when there is one
  std::optional<double> months_low, months_high;
  std::optional<double> stipend_usd_per_year;  // PhD: a published stipend
  std::vector<std::string> sources;            // URLs
  std::string note;
};

struct FitData {
  std::vector<Bridge> bridges;
  std::vector<PathwayFacts> pathways;
  // Bridges for a subject, in file order (empty when none).
  std::vector<const Bridge*> bridges_for(std::string_view subject) const;
  const PathwayFacts* facts_for(Pathway p) const;
};

// Reads <dir>/bridges.toml and <dir>/pathways.toml. Errors (InvalidData) name
// file, line and key: unknown subject or pathway, missing url, negative weeks.
Result<FitData> LoadFitData(const std::string& dir);

// --- checks -----------------------------------------------------------------

enum class Verdict { kMet, kNotMet, kUnknown, kNotApplicable };
enum class CheckGroup { kAdmission, kPrerequisite, kConstraint };
// How firmly the program (or the user, for a constraint) asks for it: only a
// required check decides the program verdict; the others are notes.
enum class Requirement { kRequired, kPreferred, kRecommended };
std::string_view ToString(Verdict v);      // met | not_met | unknown | not_applicable
std::string_view ToString(CheckGroup g);   // admission | prerequisite | constraint
std::string_view ToString(Requirement r);  // required | preferred | recommended

struct Check {
  std::string id;  // "gpa", "gre", "toefl", "ielts", "prereq.linear_algebra", "online", "budget", …
  CheckGroup group = CheckGroup::kAdmission;
  Verdict verdict = Verdict::kUnknown;
  std::string reason;            // one sentence a user can read
  std::optional<Bridge> bridge;  // prerequisite not met: a way to close the gap
  Requirement requirement = Requirement::kRequired;
  // A hard constraint of the profile (must_online, must_part_time, location,
  // a budget marked hard): a program that breaks one is not a candidate.
  bool hard_constraint = false;

  // Not met and required: counts against the program.
  bool fails() const {
    return verdict == Verdict::kNotMet && requirement == Requirement::kRequired;
  }
};

enum class ProgramVerdict { kEligible, kEligibleWithGaps, kNotEligible, kUnknown };
std::string_view ToString(
    ProgramVerdict v);  // eligible | eligible_with_gaps | not_eligible | unknown

struct ProgramAssessment {
  std::string program_id;
  std::string program_name;  // "" when the catalog has no name
  std::string institution;   // the institution's name, or its id
  ProgramVerdict verdict = ProgramVerdict::kUnknown;
  std::vector<Check> checks;
  std::string summary;  // why this verdict, in one line
};

// GPA on another scale, by linear proportion (value / scale * target_scale);
// docs/METHODS.md states the rule and its limits.
double ConvertGpa(double value, double scale, double target_scale);

// Admission requirements: gpa, gre, toefl, ielts.
std::vector<Check> AdmissionChecks(const Profile& p, const Program& program);
// One check per prerequisite subject the program lists (or one unknown check
// when the catalog lists none); gaps carry a bridge from `data` when known.
std::vector<Check> PrerequisiteChecks(const Profile& p, const Program& program,
                                      const FitData* data);
// Only the constraints the user stated: online, part_time, duration, budget,
// location (preferred countries / relocation).
std::vector<Check> ConstraintChecks(const Profile& p, const Program& program,
                                    const Catalog* catalog);

// By the worst KNOWN finding first, over required checks only (a preferred or
// recommended one is a note): not_eligible when a required admission or
// constraint check is not met; eligible_with_gaps when a required prerequisite
// is not met (even if other facts are unknown); unknown when nothing fails but
// some check is unknown; eligible when everything is met or not applicable.
ProgramVerdict CombineVerdict(const std::vector<Check>& checks);

// The hard constraint a program breaks (the first hard-constraint check not
// met), or nullptr when it breaks none.
const Check* BrokenHardConstraint(const std::vector<Check>& checks);

ProgramAssessment AssessProgram(const Profile& p, const Program& program, const Catalog* catalog,
                                const FitData* data);

// --- pathway ----------------------------------------------------------------

struct PathwayOption {
  Pathway pathway = Pathway::kMasters;
  int score = 0;  // 0-100, from the rules in docs/METHODS.md
  std::vector<std::string> reasons_for;
  std::vector<std::string> reasons_against;
  std::optional<PathwayFacts> facts;
};

struct PathwayVerdict {
  std::vector<PathwayOption> options;  // best first
  std::string headline;                // "A master's fits: …"
};

// Scores every pathway from the profile and, when given, the program
// assessments (how many programs are open). Never fails: missing facts lower
// confidence and are named in the reasons.
PathwayVerdict AssessPathway(const Profile& p, const std::vector<ProgramAssessment>& programs,
                             const FitData* data);

// --- confidence: how much of the profile an answer rests on ----------------------

// One of the ESSENTIAL answers (the questionnaire asks them first; the list is
// in docs/METHODS.md, "Confidence").
struct EssentialAnswer {
  std::string key;    // the profile key to set: "education.level" (the first of alternatives)
  std::string label;  // "your degree level"
  std::string feeds;  // what it changes: "eligibility", "curriculum criterion", …
  bool answered = false;
  bool could_change_verdict = false;  // set by Assess: a plausible answer changes the pathway
};

struct ProfileConfidence {
  std::vector<EssentialAnswer> essentials;  // in asking order
  std::vector<std::string> missing;         // keys of the unanswered essentials
  int answered = 0;
  int total = 0;
  bool thin = false;  // more than kThinAfterMissing essentials missing
  // "Rests on 4 of 11 essential answers; missing: …".
  std::string Summary() const;
  // What to do about it: `gradfit profile init`, or the missing `--set` keys.
  std::string Suggestion() const;
};
inline constexpr int kThinAfterMissing = 2;

// The one rule for the CLI, the questionnaire and the web app.
ProfileConfidence AssessProfileConfidence(const Profile& p);

// --- the whole assessment ---------------------------------------------------

struct AssessRequest {
  Profile profile;
  std::vector<std::string> program_ids;  // empty: every program in the catalog
};

struct Assessment {
  PathwayVerdict pathway;
  std::vector<ProgramAssessment> programs;  // grouped: eligible, with gaps, unknown, not eligible
  // Which essential answers the verdict rests on, and which missing ones would
  // change the top pathway (tried with plausible answers).
  ProfileConfidence confidence;
};

// Errors: NotFound when a requested program id is not in the catalog.
Result<Assessment> Assess(const AssessRequest& request, const Catalog& catalog,
                          const FitData& data);

// --- what-if ----------------------------------------------------------------

struct Override {
  std::string key;    // profile key or alias: "gre.quant"
  std::string value;  // "165"
};
// Parses "key=value". Error: InvalidArgument when there is no '='.
Result<Override> ParseOverride(std::string_view text);

struct VerdictChange {
  std::string program_id;
  std::string program_name;
  ProgramVerdict before = ProgramVerdict::kUnknown;
  ProgramVerdict after = ProgramVerdict::kUnknown;
  std::vector<std::string>
      reasons;  // the checks whose verdict changed, as "before → after: reason"
};

struct WhatIfResult {
  Profile changed;
  Assessment before;
  Assessment after;
  std::vector<VerdictChange> changes;  // only programs whose verdict changed
  bool pathway_changed = false;        // the top pathway differs
};

// Applies the overrides to a copy of the profile (validated: an override that
// makes the profile invalid is an InvalidArgument error naming the key) and
// diffs the two assessments.
Result<WhatIfResult> WhatIf(const AssessRequest& request, const std::vector<Override>& overrides,
                            const Catalog& catalog, const FitData& data);

// --- JSON output (for --json and the web app) ---------------------------------

std::string AssessmentToJson(const Assessment& a);
std::string WhatIfToJson(const WhatIfResult& w);

// --- the profile questionnaire --------------------------------------------------

struct Question {
  std::string key;            // a profile field key (SetProfileField)
  std::string prompt;         // "Your GPA"
  std::string help;           // one line on why it is asked
  std::string default_value;  // shown in brackets; "" = no default (empty answer: unknown)
  // Asked only when this returns true for the answers so far (nullptr: always).
  bool (*applies)(const Profile&) = nullptr;
  // One of the essential answers (EssentialAnswersMissing): asked first.
  bool essential = false;
};
// Essential questions first, then details; a question is asked only where its
// answer can change a verdict, a ranking or a cost.
const std::vector<Question>& ProfileQuestions();

// The essential answers a verdict rests on that `p` does not have, as profile
// keys ("coursework.probability|coursework.statistics" when either will do):
// education.level, education.field, coursework.programming_years,
// coursework.linear_algebra, coursework.calculus, probability or statistics,
// goals.target_roles, can_relocate or must_online, location.country, salary or
// bachelor_salary, and for a non-native speaker native_english or an English
// score. Empty: the profile is not thin.
std::vector<std::string> EssentialAnswersMissing(const Profile& p);

// How a questionnaire run went, for the transcript and for measuring it.
struct QuestionnaireStats {
  int asked = 0;                  // questions asked (a re-ask is not counted again)
  int asked_until_essential = 0;  // questions asked when the essentials were complete (0: never)
  bool stopped_early = false;     // the person typed "done" before the last question
};

// Asks every applicable question on `out`, reading answers line by line from
// `in`. An empty answer takes the default (or leaves the fact unknown), "?"
// leaves it unknown, a bad answer is explained and asked again with the form
// to type, money and grades are echoed as understood ("understood: 65,000
// USD a year"), "done" stops and keeps the answers so far, and end of input
// or "q" aborts with an InvalidArgument("aborted") status. The result is
// validated; `start` supplies the defaults when it knows a field.
Result<Profile> RunQuestionnaire(std::istream& in, std::ostream& out, const Profile& start = {},
                                 QuestionnaireStats* stats = nullptr);

}  // namespace gradfit
