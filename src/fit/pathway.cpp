// The pathway verdict: a transparent, additive rule set (docs/METHODS.md,
// "Fit: pathway rules") that scores master's, bridge-then-master's, graduate
// certificate, bootcamp, self-study and PhD from the profile and the program
// checks. Each rule that fires adds points and a reason.
#include <fmt/format.h>

#include <algorithm>

#include "fit/check_text.hpp"
#include "fit/field_rules.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

// What the rules look at, derived once from the profile and the checks.
struct Signals {
  std::optional<bool> has_bachelor;
  std::optional<bool> technical;  // quantitative field
  int maths_gaps = 0, maths_unknown = 0;
  std::vector<std::string> gap_subjects;
  std::optional<double> programming_years;
  bool research = false, industry_only = false;
  std::optional<double> budget_usd;
  std::optional<double> max_months;
  bool must_part_time = false;
  std::optional<double> work_years;
  std::optional<double> gpa4;  // GPA on a 4.0 scale
  int eligible = 0, with_gaps = 0, not_eligible = 0, unknown = 0;
  int budget_met = 0, budget_not_met = 0;
  // Programs closed only by a missing or low English test score.
  int english_only = 0;
  std::vector<std::string> target_roles;
};

bool IsEnglishTest(const Check& c) { return c.id == "toefl" || c.id == "ielts"; }

// True when the program is not eligible and every check that fails is an
// English test: a TOEFL/IELTS score would open it (if the rest is known).
bool ClosedOnlyByEnglish(const ProgramAssessment& a) {
  if (a.verdict != ProgramVerdict::kNotEligible) return false;
  bool english_failed = false;
  for (const auto& c : a.checks) {
    if (c.verdict != Verdict::kNotMet) continue;
    if (!IsEnglishTest(c)) return false;
    english_failed = true;
  }
  return english_failed;
}

Signals Read(const Profile& p, const std::vector<ProgramAssessment>& programs) {
  Signals s;
  if (p.education.level)
    s.has_bachelor =
        *p.education.level != DegreeLevel::kNone && *p.education.level != DegreeLevel::kAssociate;
  if (p.education.field) s.technical = fit::IsQuantitativeField(*p.education.field);
  for (const char* subject : {"calculus", "linear_algebra", "probability", "statistics"}) {
    const auto* level = p.coursework.find(subject);
    if (!level || !*level) {
      ++s.maths_unknown;
    } else if (**level == CourseworkLevel::kNone) {
      ++s.maths_gaps;
      s.gap_subjects.emplace_back(subject);
    }
  }
  s.programming_years = p.coursework.programming_years;
  if (s.programming_years && *s.programming_years < 1) s.gap_subjects.emplace_back("programming");
  for (TargetRole r : p.goals.target_roles) {
    s.target_roles.emplace_back(ToString(r));
    if (r == TargetRole::kResearchScientist) s.research = true;
  }
  if (p.goals.orientation == Orientation::kResearch) s.research = true;
  s.industry_only = p.goals.orientation == Orientation::kIndustry && !s.research;
  if (p.constraints.budget && p.constraints.budget->currency == "USD")
    s.budget_usd = p.constraints.budget->amount;
  s.max_months = p.constraints.max_duration_months;
  s.must_part_time = p.constraints.must_part_time.value_or(false);
  s.work_years = p.work.years;
  if (p.education.gpa && !std::isnan(p.education.gpa->value))
    s.gpa4 = ConvertGpa(p.education.gpa->value, p.education.gpa->scale, 4.0);
  for (const auto& a : programs) {
    switch (a.verdict) {
      case ProgramVerdict::kEligible:
        ++s.eligible;
        break;
      case ProgramVerdict::kEligibleWithGaps:
        ++s.with_gaps;
        break;
      case ProgramVerdict::kNotEligible:
        ++s.not_eligible;
        break;
      case ProgramVerdict::kUnknown:
        ++s.unknown;
        break;
    }
    if (ClosedOnlyByEnglish(a)) ++s.english_only;
    for (const auto& c : a.checks) {
      if (c.id != "budget") continue;
      if (c.verdict == Verdict::kMet) ++s.budget_met;
      if (c.verdict == Verdict::kNotMet) ++s.budget_not_met;
    }
  }
  return s;
}

struct Scorer {
  PathwayOption option;
  void For(int points, std::string reason) {
    option.score += points;
    option.reasons_for.push_back(fmt::format("{} (+{})", reason, points));
  }
  void Against(int points, std::string reason) {
    option.score -= points;
    option.reasons_against.push_back(fmt::format("{} (-{})", reason, points));
  }
};

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) {
    if (!out.empty()) out += ", ";
    out += x;
  }
  return out;
}

PathwayOption Masters(const Signals& s) {
  Scorer k{{Pathway::kMasters, 50, {}, {}, std::nullopt}};
  if (s.has_bachelor == false) k.Against(40, "a master's requires a bachelor's degree");
  if (s.has_bachelor == true) k.For(10, "you hold a bachelor's degree");
  if (s.technical == true) k.For(10, "your degree is in a quantitative field");
  if (s.technical == false) k.Against(10, "your degree is not in a quantitative field");
  if (s.maths_gaps == 0 && s.maths_unknown == 0)
    k.For(10, "calculus, linear algebra, probability and statistics are covered");
  if (s.maths_gaps >= 2)
    k.Against(15, fmt::format("{} core maths subjects to learn first", s.maths_gaps));
  if (s.programming_years && *s.programming_years >= 1) k.For(5, "you already program");
  if (s.programming_years && *s.programming_years < 1)
    k.Against(10, "little programming experience");
  if (!s.target_roles.empty())
    k.For(5, "the degree leads to the roles you want: " + Join(s.target_roles));
  if (s.eligible > 0)
    k.For(15, fmt::format("{} program(s) you are eligible for now", s.eligible));
  else if (s.with_gaps > 0)
    k.For(5, fmt::format("{} program(s) open once you close gaps", s.with_gaps));
  if (s.eligible == 0 && s.with_gaps == 0 && (s.not_eligible + s.unknown) > 0)
    k.Against(10, "no assessed program is confirmed open to you yet");
  if (s.budget_met == 0 && s.budget_not_met > 0)
    k.Against(20, fmt::format("none of the {} program(s) with known tuition fits your budget",
                              s.budget_not_met));
  if (s.research)
    k.Against(25, "research scientist roles usually ask for a PhD; a thesis master's is a step");
  return k.option;
}

PathwayOption BridgeFirst(const Signals& s) {
  Scorer k{{Pathway::kBridgeThenMasters, 40, {}, {}, std::nullopt}};
  if (s.has_bachelor == false) k.Against(40, "a master's requires a bachelor's degree");
  bool gaps = !s.gap_subjects.empty();
  if (gaps) k.For(25, "gaps to close first: " + Join(s.gap_subjects));
  if (s.technical == false)
    k.For(10, "a non-quantitative degree: bridge courses show you can do the maths");
  if (!gaps && s.maths_unknown == 0 && s.technical == true)
    k.Against(30, "no prerequisite gaps to bridge");
  if (s.with_gaps > 0)
    k.For(10, fmt::format("{} program(s) open once you close the gaps", s.with_gaps));
  if (s.research) k.Against(5, "research careers usually go through a PhD");
  return k.option;
}

PathwayOption Certificate(const Signals& s) {
  Scorer k{{Pathway::kGraduateCertificate, 35, {}, {}, std::nullopt}};
  if (s.has_bachelor == false) k.Against(30, "graduate certificates require a bachelor's degree");
  if (s.work_years && *s.work_years >= 3)
    k.For(10, "a short credential on top of your work experience");
  if (s.max_months && *s.max_months <= 12)
    k.For(10, fmt::format("fits your {}-month limit", *s.max_months));
  if (s.budget_met == 0 && s.budget_not_met > 0)
    k.For(10, "fewer credits than a master's (usually 12-15 credit hours), so less tuition");
  if (s.research) k.Against(15, "no thesis: research careers want a PhD");
  if (s.eligible > 0 && s.budget_not_met == 0) k.Against(5, "a full master's is open to you");
  return k.option;
}

PathwayOption Bootcamp(const Signals& s) {
  Scorer k{{Pathway::kBootcamp, 30, {}, {}, std::nullopt}};
  if (s.max_months && *s.max_months <= 6)
    k.For(15, fmt::format("fits your {}-month limit", *s.max_months));
  if (s.has_bachelor == false) k.For(10, "no degree needed");
  if (s.budget_met == 0 && s.budget_not_met > 0)
    k.For(10,
          "no program with known tuition fits your budget; bootcamps cost less (see typical cost)");
  if (s.research) k.Against(30, "no route to research");
  if (s.technical == true && s.programming_years && *s.programming_years >= 3)
    k.Against(10, "you already have what bootcamps teach");
  for (const auto& r : s.target_roles)
    if (r == "ml_engineer" || r == "research_scientist") {
      k.Against(10, "ML engineering and research roles expect depth a short course does not give");
      break;
    }
  return k.option;
}

PathwayOption SelfStudy(const Signals& s) {
  Scorer k{{Pathway::kSelfStudy, 30, {}, {}, std::nullopt}};
  if ((s.budget_usd && *s.budget_usd < 10000) || (s.budget_met == 0 && s.budget_not_met > 0))
    k.For(15, "free course materials fit a budget no program fits");
  if (s.technical == true && s.programming_years && *s.programming_years >= 3)
    k.For(15, "a strong technical base: structured self-study can take you far");
  if (s.research) k.Against(20, "research careers need a degree");
  if (s.technical == false && s.programming_years && *s.programming_years < 1)
    k.Against(15, "career changers gain most from structure and a credential");
  return k.option;
}

PathwayOption Phd(const Signals& s) {
  Scorer k{{Pathway::kPhd, 25, {}, {}, std::nullopt}};
  if (s.research) k.For(45, "you aim at research");
  if (s.industry_only) k.Against(20, "you aim at industry");
  if (s.has_bachelor == false) k.Against(40, "a PhD requires a degree");
  if (s.technical == true && s.maths_gaps == 0 && s.maths_unknown == 0)
    k.For(10, "strong maths background");
  if (s.gpa4 && *s.gpa4 >= 3.5) k.For(5, fmt::format("GPA {:.2f}/4.0", *s.gpa4));
  if (s.max_months && *s.max_months < 60)
    k.Against(20,
              fmt::format("a PhD takes about five years; your limit is {} months", *s.max_months));
  if (s.must_part_time) k.Against(20, "PhDs are full-time");
  if (s.budget_usd && *s.budget_usd < 10000)
    k.For(5, "funded PhDs pay a stipend and waive tuition");
  return k.option;
}

std::string DescribeFacts(const PathwayFacts& f) {
  std::string out;
  if (f.typical_cost_usd)
    out += fmt::format("typical cost ${}", fit::Amount(*f.typical_cost_usd));
  else if (f.cost_low_usd && f.cost_high_usd)
    out += fmt::format("cost ${}-${}", fit::Amount(*f.cost_low_usd), fit::Amount(*f.cost_high_usd));
  else
    out += "cost unknown";
  if (f.months_low) out += fmt::format(", about {} months", *f.months_low);
  return out;
}

}  // namespace

PathwayVerdict AssessPathway(const Profile& p, const std::vector<ProgramAssessment>& programs,
                             const FitData* data) {
  Signals s = Read(p, programs);
  PathwayVerdict v;
  v.options = {Masters(s), BridgeFirst(s), Certificate(s), Bootcamp(s), SelfStudy(s), Phd(s)};
  for (auto& o : v.options) {
    o.score = std::clamp(o.score, 0, 100);
    if (data)
      if (const PathwayFacts* f = data->facts_for(o.pathway)) o.facts = *f;
  }
  std::stable_sort(
      v.options.begin(), v.options.end(),
      [](const PathwayOption& a, const PathwayOption& b) { return a.score > b.score; });
  const PathwayOption& top = v.options.front();
  static const std::map<Pathway, std::string> kNames = {
      {Pathway::kMasters, "A master's in ML"},
      {Pathway::kBridgeThenMasters, "Bridge courses first, then a master's"},
      {Pathway::kGraduateCertificate, "A graduate certificate"},
      {Pathway::kBootcamp, "A bootcamp"},
      {Pathway::kSelfStudy, "Structured self-study"},
      {Pathway::kPhd, "A PhD path"}};
  v.headline = fmt::format("{} fits best (score {}/100)", kNames.at(top.pathway), top.score);
  if (!top.reasons_for.empty()) v.headline += ": " + top.reasons_for.front();
  if (top.facts &&
      (top.facts->typical_cost_usd || top.facts->cost_high_usd || top.facts->months_low))
    v.headline += "; " + DescribeFacts(*top.facts);
  v.headline += ".";
  if (s.english_only > 0)
    v.headline += fmt::format(
        " Next step: take an English test (TOEFL or IELTS); only the test stands between you and "
        "{} program(s).",
        s.english_only);
  return v;
}

}  // namespace gradfit
