// Admission requirement checks: GPA (with scale conversion), GRE policy and
// English tests (TOEFL iBT, IELTS), and the rule that combines all checks of a
// program into one verdict.
#include <fmt/format.h>

#include <algorithm>

#include "fit/check_text.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

using fit::Num;

Check AdmissionCheck(std::string id, Verdict v, std::string reason) {
  return Check{std::move(id), CheckGroup::kAdmission, v, std::move(reason), std::nullopt};
}

// Which scoped catalog facts apply to this user (docs/METHODS.md, "Scoped facts"):
// only a stated need to study online says the route; residency is where they live.
ScopeContext UserScope(const Profile& p) {
  ScopeContext c;
  if (p.constraints.must_online.value_or(false)) c.online = true;
  c.country = p.location.country;
  c.us_state = p.location.us_state;
  return c;
}

// The minimum GPA check, for a minimum that holds for the user's group.
Check GpaCheckInScope(const Profile& p, const Program& program);

// A minimum stated for one group (e.g. the online route) binds only its members:
// outside the group it does not apply; when the profile does not say, a GPA
// below it leaves the verdict open instead of failing.
Check GpaCheck(const Profile& p, const Program& program) {
  const auto& min = program.admissions.min_gpa;
  if (!min.known() || min.scope.empty()) return GpaCheckInScope(p, program);
  const std::string group = min.scope.ToString();
  const auto applies = ScopeApplies(min.scope, UserScope(p), program.country.value_or(""));
  const std::string stated = fmt::format("The {}/{} minimum GPA is stated for {} students only",
                                         Num(min->minimum), Num(min->scale), group);
  if (applies == false)
    return AdmissionCheck(
        "gpa", Verdict::kNotApplicable,
        stated + ", which you are not; the catalog records no minimum for your route.");
  Check c = GpaCheckInScope(p, program);
  if (applies == true) {
    c.reason += fmt::format(" (The minimum is stated for {} students, as you are.)", group);
  } else if (c.verdict == Verdict::kNotMet) {
    c.verdict = Verdict::kUnknown;
    c.reason = stated + fmt::format("; the profile does not say whether that is you. {}", c.reason);
  } else {
    c.reason += fmt::format(" (The minimum is stated for {} students only.)", group);
  }
  return c;
}

Check GpaCheckInScope(const Profile& p, const Program& program) {
  const auto& min = program.admissions.min_gpa;
  const auto& gpa = p.education.gpa;
  bool has_gpa = gpa && !std::isnan(gpa->value);
  if (!min.known()) {
    if (has_gpa)
      return AdmissionCheck(
          "gpa", Verdict::kUnknown,
          fmt::format("The catalog does not state a minimum GPA for this program (yours: "
                      "{}/{}).",
                      Num(gpa->value), Num(gpa->scale)));
    return AdmissionCheck(
        "gpa", Verdict::kUnknown,
        "The catalog does not state a minimum GPA, and your GPA is not in the profile.");
  }
  std::string min_text = fmt::format("{}/{}", Num(min->minimum), Num(min->scale));
  if (!has_gpa)
    return AdmissionCheck(
        "gpa", Verdict::kUnknown,
        fmt::format("The minimum GPA is {}, but your GPA is not in the profile.", min_text));
  double mine = gpa->value;
  std::string mine_text = fmt::format("GPA {}/{}", Num(gpa->value), Num(gpa->scale));
  if (gpa->scale != min->scale) {
    mine = ConvertGpa(gpa->value, gpa->scale, min->scale);
    mine_text += fmt::format(" is {:.2f} on the program's {} scale (linear conversion) and", mine,
                             Num(min->scale));
  }
  bool ok = mine + 1e-9 >= min->minimum;
  return AdmissionCheck("gpa", ok ? Verdict::kMet : Verdict::kNotMet,
                        fmt::format("{} {} the {} minimum.", mine_text, ok ? "meets" : "is below",
                                    Num(min->minimum)));
}

std::string GreScoresText(const GreScores& g) {
  std::string out;
  if (g.quant) out += fmt::format("Q {}", *g.quant);
  if (g.verbal) out += fmt::format("{}V {}", out.empty() ? "" : ", ", *g.verbal);
  if (g.awa) out += fmt::format("{}AWA {}", out.empty() ? "" : ", ", Num(*g.awa));
  return out.empty() ? "scores not given" : out;
}

Check GreCheck(const Profile& p, const Program& program) {
  const auto& policy = program.admissions.gre;
  const auto& gre = p.tests.gre;
  if (!policy.known()) {
    if (gre.status == TestStatus::kTaken)
      return AdmissionCheck(
          "gre", Verdict::kMet,
          fmt::format("GRE policy not in the catalog, but you have GRE scores ({}).",
                      GreScoresText(gre)));
    return AdmissionCheck(
        "gre", Verdict::kUnknown,
        gre.status == TestStatus::kNone
            ? "The catalog does not say whether the GRE is required, and you have none."
            : "The catalog does not state the GRE policy, and the profile does not say "
              "whether you took it.");
  }
  switch (*policy) {
    case GrePolicy::kRequired:
      if (gre.status == TestStatus::kTaken)
        return AdmissionCheck(
            "gre", Verdict::kMet,
            fmt::format("GRE required; you have scores ({}).", GreScoresText(gre)));
      if (gre.status == TestStatus::kNone)
        return AdmissionCheck("gre", Verdict::kNotMet, "GRE required but you have none.");
      return AdmissionCheck("gre", Verdict::kUnknown,
                            "GRE required; the profile does not say whether you took it.");
    case GrePolicy::kOptional:
      return AdmissionCheck("gre", Verdict::kNotApplicable,
                            gre.status == TestStatus::kTaken
                                ? "GRE optional; you may send your scores."
                                : "GRE optional: not needed to apply.");
    case GrePolicy::kNotRequired:
      return AdmissionCheck("gre", Verdict::kNotApplicable, "GRE not required.");
    case GrePolicy::kNotAccepted:
      return AdmissionCheck("gre", Verdict::kNotApplicable,
                            "The program does not consider GRE scores.");
  }
  return AdmissionCheck("gre", Verdict::kUnknown, "GRE policy not understood.");
}

// One English test against its minimum, before the two tests are combined.
Check EnglishTestCheck(const std::string& id, const std::string& name, const EnglishTest& test,
                       const Fact<double>& min, std::optional<bool> native,
                       const std::string& other_name, const EnglishTest& other) {
  if (native && *native)
    return AdmissionCheck(id, Verdict::kNotApplicable,
                          fmt::format("{} not needed: native English speaker.", name));
  if (test.status == TestStatus::kTaken && test.score) {
    if (!min.known())
      return AdmissionCheck(id, Verdict::kUnknown,
                            fmt::format("The catalog does not state a {} minimum (yours: {}).",
                                        name, Num(*test.score)));
    bool ok = *test.score + 1e-9 >= *min;
    return AdmissionCheck(id, ok ? Verdict::kMet : Verdict::kNotMet,
                          fmt::format("{} {} {} the {} this program asks.", name, Num(*test.score),
                                      ok ? "meets" : "is below", Num(*min)));
  }
  if (other.status == TestStatus::kTaken && other.score)
    return AdmissionCheck(
        id, Verdict::kNotApplicable,
        fmt::format("No {} score; your {} score is checked instead.", name, other_name));
  std::string if_not_native = native ? "" : " (needed only if English is not your first language)";
  if (test.status == TestStatus::kNone) {
    if (!min.known())
      return AdmissionCheck(id, Verdict::kUnknown,
                            fmt::format("You have no {} score, and the catalog does not state a {} "
                                        "minimum{}.",
                                        name, name, if_not_native));
    return AdmissionCheck(id, native ? Verdict::kNotMet : Verdict::kUnknown,
                          fmt::format("{} minimum {}, but you have no {} score{}.", name, Num(*min),
                                      name, if_not_native));
  }
  return AdmissionCheck(
      id, Verdict::kUnknown,
      fmt::format("The profile does not give a {} score{}.", name, if_not_native));
}

std::vector<Check> EnglishChecks(const Profile& p, const Program& program) {
  const auto& a = program.admissions;
  Check toefl = EnglishTestCheck("toefl", "TOEFL", p.tests.toefl_ibt, a.toefl_ibt_min,
                                 p.tests.native_english, "IELTS", p.tests.ielts);
  Check ielts = EnglishTestCheck("ielts", "IELTS", p.tests.ielts, a.ielts_min,
                                 p.tests.native_english, "TOEFL", p.tests.toefl_ibt);
  // Programs accept either test: one met makes the other one not needed.
  auto other_met = [](Check& self, const Check& other, const std::string& name) {
    if (other.verdict == Verdict::kMet && self.verdict != Verdict::kMet)
      self = AdmissionCheck(self.id, Verdict::kNotApplicable,
                            fmt::format("{} not needed: {}", name, other.reason));
  };
  Check toefl_before = toefl;
  other_met(toefl, ielts, "TOEFL");
  other_met(ielts, toefl_before, "IELTS");
  // A degree from an English-speaking country often waives the test: say so.
  static const std::vector<std::string> kEnglishCountries = {"US", "GB", "IE", "CA", "AU", "NZ"};
  const auto& country = p.education.institution_country;
  bool english_degree = country && std::find(kEnglishCountries.begin(), kEnglishCountries.end(),
                                             *country) != kEnglishCountries.end();
  for (Check* c : {&toefl, &ielts}) {
    if (english_degree && c->verdict == Verdict::kNotMet) {
      c->verdict = Verdict::kUnknown;
      c->reason += fmt::format(
          " Your degree is from {}: many programs waive the test for that; "
          "the catalog does not record this program's waiver rule.",
          *country);
    }
  }
  return {toefl, ielts};
}

}  // namespace

double ConvertGpa(double value, double scale, double target_scale) {
  if (scale <= 0) return value;
  return value / scale * target_scale;
}

// Every master's program asks for a bachelor's degree (or its equivalent).
static Check DegreeLevelCheck(const Profile& p) {
  const auto& level = p.education.level;
  if (!level)
    return AdmissionCheck(
        "degree", Verdict::kUnknown,
        "A master's needs a bachelor's degree; your degree level is not in the profile.");
  if (*level == DegreeLevel::kNone || *level == DegreeLevel::kAssociate)
    return AdmissionCheck(
        "degree", Verdict::kNotMet,
        fmt::format("A master's needs a bachelor's degree; your highest degree is {}.",
                    ToString(*level)));
  return AdmissionCheck(
      "degree", Verdict::kMet,
      fmt::format("You hold a {} degree (a bachelor's or higher).", ToString(*level)));
}

std::vector<Check> AdmissionChecks(const Profile& p, const Program& program) {
  std::vector<Check> checks = {DegreeLevelCheck(p), GpaCheck(p, program), GreCheck(p, program)};
  for (auto& c : EnglishChecks(p, program)) checks.push_back(std::move(c));
  return checks;
}

ProgramVerdict CombineVerdict(const std::vector<Check>& checks) {
  bool unknown = false, gap = false;
  for (const auto& c : checks) {
    if (c.requirement != Requirement::kRequired) continue;
    if (c.verdict == Verdict::kNotMet) {
      if (c.group != CheckGroup::kPrerequisite) return ProgramVerdict::kNotEligible;
      gap = true;
    }
    if (c.verdict == Verdict::kUnknown) unknown = true;
  }
  // A known gap is a firmer finding than an unknown fact: it names the group.
  if (gap) return ProgramVerdict::kEligibleWithGaps;
  if (unknown) return ProgramVerdict::kUnknown;
  return ProgramVerdict::kEligible;
}

const Check* BrokenHardConstraint(const std::vector<Check>& checks) {
  for (const auto& c : checks)
    if (c.hard_constraint && c.fails()) return &c;
  return nullptr;
}

std::string_view ToString(Verdict v) {
  static constexpr std::string_view kNames[] = {"met", "not_met", "unknown", "not_applicable"};
  return kNames[static_cast<int>(v)];
}
std::string_view ToString(CheckGroup g) {
  static constexpr std::string_view kNames[] = {"admission", "prerequisite", "constraint"};
  return kNames[static_cast<int>(g)];
}
std::string_view ToString(Requirement r) {
  static constexpr std::string_view kNames[] = {"required", "preferred", "recommended"};
  return kNames[static_cast<int>(r)];
}
std::string_view ToString(ProgramVerdict v) {
  static constexpr std::string_view kNames[] = {"eligible", "eligible_with_gaps", "not_eligible",
                                                "unknown"};
  return kNames[static_cast<int>(v)];
}

}  // namespace gradfit
