// Eligibility checks against programs built in code: every verdict kind and
// its reason, GPA scale conversion, English tests, prerequisites with bridges,
// constraints, and how checks combine into a program verdict.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

const Check& Find(const std::vector<Check>& checks, const std::string& id) {
  for (const auto& c : checks)
    if (c.id == id) return c;
  static Check none{"<missing>", CheckGroup::kAdmission, Verdict::kUnknown, "", std::nullopt};
  ADD_FAILURE() << "no check " << id;
  return none;
}

Program Msml() {
  Program p;
  p.id = "test-msml";
  p.name.value = "MS in Machine Learning";
  p.admissions.min_gpa.value = Gpa{3.0, 4.0};
  p.admissions.gre.value = GrePolicy::kRequired;
  p.admissions.toefl_ibt_min.value = 100;
  p.admissions.ielts_min.value = 7.0;
  p.admissions.prerequisite_subjects.value =
      std::vector<std::string>{"programming", "linear_algebra", "probability", "cs_degree"};
  p.modality.value = std::vector<Modality>{Modality::kOnCampus};
  p.part_time.value = false;
  p.duration_months.value = 16;
  p.country.value = "US";
  p.tuition.value = Tuition{58000, "USD", TuitionBasis::kPerYear, "2025-26", 2025, "all", ""};
  return p;
}

Profile Applicant() {
  Profile p;
  for (auto [k, v] :
       std::vector<std::pair<std::string, std::string>>{{"degree", "bachelor"},
                                                        {"field", "computer_science"},
                                                        {"gpa", "3.1"},
                                                        {"native_english", "true"},
                                                        {"gre", "none"},
                                                        {"programming_years", "3"},
                                                        {"linear_algebra", "course"},
                                                        {"probability", "self_study"}})
    EXPECT_TRUE(SetProfileField(p, k, v).ok()) << k;
  return p;
}

FitData Bridges() {
  FitData d;
  d.bridges.push_back(
      Bridge{"linear_algebra", "MIT 18.06SC Linear Algebra", "MIT OpenCourseWare",
             "http://ocw.mit.edu/courses/mathematics/18-06sc-linear-algebra-fall-2011/Syllabus/",
             14, "free", "", ""});
  return d;
}

TEST(GpaCheck, SameScaleMeetsAndFails) {
  Profile p = Applicant();
  auto checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "gpa").verdict, Verdict::kMet);
  EXPECT_EQ(Find(checks, "gpa").reason, "GPA 3.1/4.0 meets the 3.0 minimum.");
  ASSERT_TRUE(SetProfileField(p, "gpa", "2.9").ok());
  checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "gpa").verdict, Verdict::kNotMet);
  EXPECT_EQ(Find(checks, "gpa").reason, "GPA 2.9/4.0 is below the 3.0 minimum.");
}

TEST(GpaCheck, ConvertsAcrossScalesLinearly) {
  EXPECT_DOUBLE_EQ(ConvertGpa(8.2, 10, 4.0), 3.28);
  EXPECT_DOUBLE_EQ(ConvertGpa(85, 100, 4.0), 3.4);
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "gpa", "7.2/10").ok());
  auto c = Find(AdmissionChecks(p, Msml()), "gpa");
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
  EXPECT_EQ(c.reason,
            "GPA 7.2/10 is 2.88 on the program's 4.0 scale (linear conversion) and is below the "
            "3.0 minimum.");
}

TEST(GpaCheck, UnknownWhenEitherSideLacksTheFact) {
  Profile p = Applicant();
  Program prog = Msml();
  prog.admissions.min_gpa.value.reset();
  EXPECT_EQ(Find(AdmissionChecks(p, prog), "gpa").verdict, Verdict::kUnknown);
  p.education.gpa.reset();
  auto c = Find(AdmissionChecks(p, Msml()), "gpa");
  EXPECT_EQ(c.verdict, Verdict::kUnknown);
  EXPECT_THAT(c.reason, HasSubstr("your GPA is not in the profile"));
}

TEST(GreCheck, PolicyAgainstScores) {
  Profile p = Applicant();
  Program prog = Msml();
  auto c = Find(AdmissionChecks(p, prog), "gre");
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
  EXPECT_EQ(c.reason, "GRE required but you have none.");
  ASSERT_TRUE(SetProfileField(p, "gre.quant", "165").ok());
  c = Find(AdmissionChecks(p, prog), "gre");
  EXPECT_EQ(c.verdict, Verdict::kMet);
  EXPECT_THAT(c.reason, HasSubstr("Q 165"));
  prog.admissions.gre.value = GrePolicy::kOptional;
  EXPECT_EQ(Find(AdmissionChecks(p, prog), "gre").verdict, Verdict::kNotApplicable);
  prog.admissions.gre.value.reset();
  p.tests.gre = {};
  EXPECT_EQ(Find(AdmissionChecks(p, prog), "gre").verdict, Verdict::kUnknown);
}

TEST(EnglishCheck, NativeSpeakerNeedsNoTest) {
  auto checks = AdmissionChecks(Applicant(), Msml());
  EXPECT_EQ(Find(checks, "ielts").verdict, Verdict::kNotApplicable);
  EXPECT_EQ(Find(checks, "ielts").reason, "IELTS not needed: native English speaker.");
}

TEST(EnglishCheck, ScoreBelowMinimumAndTheOtherTestNotNeeded) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "native_english", "no").ok());
  ASSERT_TRUE(SetProfileField(p, "toefl", "96").ok());
  auto checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "toefl").verdict, Verdict::kNotMet);
  EXPECT_EQ(Find(checks, "toefl").reason, "TOEFL 96 is below the 100 this program asks.");
  EXPECT_EQ(Find(checks, "ielts").verdict, Verdict::kNotApplicable);  // no IELTS: TOEFL decides
  ASSERT_TRUE(SetProfileField(p, "ielts", "7.5").ok());
  checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "ielts").verdict, Verdict::kMet);
  EXPECT_EQ(Find(checks, "toefl").verdict, Verdict::kNotApplicable);
  EXPECT_THAT(Find(checks, "toefl").reason, HasSubstr("TOEFL not needed: IELTS 7.5 meets"));
}

TEST(EnglishCheck, NoTestAtAllFailsUnlessDegreeCountryMayWaive) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "native_english", "no").ok());
  ASSERT_TRUE(SetProfileField(p, "toefl", "none").ok());
  ASSERT_TRUE(SetProfileField(p, "ielts", "none").ok());
  auto checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "toefl").verdict, Verdict::kNotMet);
  EXPECT_EQ(Find(checks, "toefl").reason, "TOEFL minimum 100, but you have no TOEFL score.");
  ASSERT_TRUE(SetProfileField(p, "degree_country", "GB").ok());
  checks = AdmissionChecks(p, Msml());
  EXPECT_EQ(Find(checks, "toefl").verdict, Verdict::kUnknown);
  EXPECT_THAT(Find(checks, "toefl").reason, HasSubstr("Your degree is from GB"));
}

TEST(DegreeLevel, MastersNeedABachelors) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "degree", "associate").ok());
  auto c = Find(AdmissionChecks(p, Msml()), "degree");
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
}

TEST(Prerequisites, GapsCarryABridge) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "linear_algebra", "none").ok());
  FitData data = Bridges();
  auto checks = PrerequisiteChecks(p, Msml(), &data);
  const Check& la = Find(checks, "prereq.linear_algebra");
  EXPECT_EQ(la.verdict, Verdict::kNotMet);
  EXPECT_EQ(la.group, CheckGroup::kPrerequisite);
  ASSERT_TRUE(la.bridge);
  EXPECT_EQ(la.bridge->title, "MIT 18.06SC Linear Algebra");
  EXPECT_THAT(la.reason, HasSubstr("about 14 weeks, free"));
  // Self-study counts, with a caveat.
  const Check& prob = Find(checks, "prereq.probability");
  EXPECT_EQ(prob.verdict, Verdict::kMet);
  EXPECT_THAT(prob.reason, HasSubstr("self-studied"));
  EXPECT_EQ(Find(checks, "prereq.programming").verdict, Verdict::kMet);
  EXPECT_EQ(Find(checks, "prereq.cs_degree").verdict, Verdict::kMet);
}

TEST(Prerequisites, NoBridgeRecordedIsSaid) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "probability", "none").ok());
  FitData data = Bridges();
  const auto checks = PrerequisiteChecks(p, Msml(), &data);  // keep the checks alive
  const Check& c = Find(checks, "prereq.probability");
  EXPECT_FALSE(c.bridge);
  EXPECT_THAT(c.reason, HasSubstr("No bridge course is recorded"));
}

TEST(Prerequisites, DegreeRulesAreFirmAndAlternatives) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "field", "mathematics").ok());
  Program prog = Msml();
  // cs_degree alone: a maths degree may be accepted -> unknown.
  EXPECT_EQ(Find(PrerequisiteChecks(p, prog, nullptr), "prereq.cs_degree").verdict,
            Verdict::kUnknown);
  // With quantitative_degree listed too, maths meets it.
  prog.admissions.prerequisite_subjects.value->push_back("quantitative_degree");
  EXPECT_EQ(Find(PrerequisiteChecks(p, prog, nullptr), "prereq.degree_field").verdict,
            Verdict::kMet);
  // A humanities degree does not, and it is an admission check (no bridge).
  ASSERT_TRUE(SetProfileField(p, "field", "humanities").ok());
  const auto checks = PrerequisiteChecks(p, prog, nullptr);  // keep the checks alive
  const Check& c = Find(checks, "prereq.degree_field");
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
  EXPECT_EQ(c.group, CheckGroup::kAdmission);
}

TEST(Prerequisites, CatalogWithoutSubjectsIsUnknown) {
  Program prog = Msml();
  prog.admissions.prerequisite_subjects.value.reset();
  prog.admissions.prerequisites_text.value = "A strong maths background.";
  auto checks = PrerequisiteChecks(Applicant(), prog, nullptr);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].verdict, Verdict::kUnknown);
  EXPECT_THAT(checks[0].reason, HasSubstr("A strong maths background."));
}

TEST(Constraints, OnlyStatedConstraintsAreChecked) {
  EXPECT_TRUE(ConstraintChecks(Applicant(), Msml(), nullptr).empty());
}

TEST(Constraints, OnlinePartTimeDurationLocation) {
  Profile p = Applicant();
  for (auto [k, v] : std::vector<std::pair<std::string, std::string>>{{"online", "yes"},
                                                                      {"part_time", "yes"},
                                                                      {"max_months", "12"},
                                                                      {"relocate", "no"},
                                                                      {"country", "CA"}})
    ASSERT_TRUE(SetProfileField(p, k, v).ok());
  auto checks = ConstraintChecks(p, Msml(), nullptr);
  EXPECT_EQ(Find(checks, "online").reason,
            "You must study online; this program is on_campus only.");
  EXPECT_EQ(Find(checks, "part_time").verdict, Verdict::kNotMet);
  EXPECT_THAT(Find(checks, "duration").reason, HasSubstr("takes 16 months; your limit is 12"));
  EXPECT_EQ(Find(checks, "location").verdict, Verdict::kNotMet);
  EXPECT_THAT(Find(checks, "location").reason, HasSubstr("United States"));
  Program online = Msml();
  online.modality.value = std::vector<Modality>{Modality::kOnline};
  online.part_time.value = true;
  checks = ConstraintChecks(p, online, nullptr);
  EXPECT_EQ(Find(checks, "online").verdict, Verdict::kMet);
  EXPECT_EQ(Find(checks, "location").verdict, Verdict::kMet);
}

TEST(Constraints, BudgetEstimatesTuitionAndSubtractsEmployerSupport) {
  Profile p = Applicant();
  ASSERT_TRUE(SetProfileField(p, "budget", "70000 USD").ok());
  // Without an academic year the figure is used as published (no escalation).
  auto Msml = [] {
    Program m = ::gradfit::Msml();
    m.tuition.value->academic_year.clear();
    m.tuition.value->academic_year_start = 0;
    return m;
  };
  auto c = Find(ConstraintChecks(p, Msml(), nullptr), "budget");
  // 58,000 a year x 16 months / 12 = 77,333.
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
  EXPECT_THAT(c.reason, HasSubstr("Estimated tuition 77,333 USD"));
  ASSERT_TRUE(SetProfileField(p, "employer_support", "5250 USD").ok());
  c = Find(ConstraintChecks(p, Msml(), nullptr), "budget");
  // minus 5,250 x 16 / 12 = 7,000 -> 70,333, still above 70,000.
  EXPECT_THAT(c.reason, HasSubstr("minus 7,000 USD employer support = 70,333 USD, above"));
  ASSERT_TRUE(SetProfileField(p, "budget", "71000 USD").ok());
  EXPECT_EQ(Find(ConstraintChecks(p, Msml(), nullptr), "budget").verdict, Verdict::kMet);
  // A budget not marked hard is a note; marked hard, a hard constraint.
  ASSERT_TRUE(SetProfileField(p, "budget", "1000 USD").ok());
  c = Find(ConstraintChecks(p, Msml(), nullptr), "budget");
  EXPECT_EQ(c.requirement, Requirement::kPreferred);
  EXPECT_FALSE(c.fails());
  ASSERT_TRUE(SetProfileField(p, "budget_hard", "true").ok());
  c = Find(ConstraintChecks(p, Msml(), nullptr), "budget");
  EXPECT_TRUE(c.fails());
  EXPECT_TRUE(c.hard_constraint);
  ASSERT_TRUE(SetProfileField(p, "budget_hard", "false").ok());
  // Another currency: unknown, never a guess.
  ASSERT_TRUE(SetProfileField(p, "budget", "71000 EUR").ok());
  EXPECT_EQ(Find(ConstraintChecks(p, Msml(), nullptr), "budget").verdict, Verdict::kUnknown);
  // Per term: ceil(16 months / 6) = 3 terms.
  Program term = Msml();
  term.tuition.value->basis = TuitionBasis::kPerTerm;
  ASSERT_TRUE(SetProfileField(p, "budget", "71000 USD").ok());
  c = Find(ConstraintChecks(p, term, nullptr), "budget");
  EXPECT_EQ(c.verdict, Verdict::kNotMet);
  EXPECT_THAT(c.reason, HasSubstr("58,000 USD per term x 3 terms"));
  // An old figure is carried to today's prices.
  Program old = Msml();
  old.tuition.value->academic_year = "2020-21";
  old.tuition.value->academic_year_start = 2020;
  EXPECT_THAT(Find(ConstraintChecks(p, old, nullptr), "budget").reason, HasSubstr("from 2020-21"));
}

TEST(Combine, VerdictPrecedence) {
  auto make = [](CheckGroup g, Verdict v) { return Check{"x", g, v, "", std::nullopt}; };
  EXPECT_EQ(CombineVerdict({make(CheckGroup::kAdmission, Verdict::kMet)}),
            ProgramVerdict::kEligible);
  EXPECT_EQ(CombineVerdict({make(CheckGroup::kPrerequisite, Verdict::kNotMet),
                            make(CheckGroup::kAdmission, Verdict::kNotApplicable)}),
            ProgramVerdict::kEligibleWithGaps);
  // A known gap outranks an unknown fact.
  EXPECT_EQ(CombineVerdict({make(CheckGroup::kPrerequisite, Verdict::kNotMet),
                            make(CheckGroup::kAdmission, Verdict::kUnknown)}),
            ProgramVerdict::kEligibleWithGaps);
  EXPECT_EQ(CombineVerdict({make(CheckGroup::kAdmission, Verdict::kUnknown)}),
            ProgramVerdict::kUnknown);
  // A preferred requirement not met is a note: it decides nothing.
  Check preferred = make(CheckGroup::kAdmission, Verdict::kNotMet);
  preferred.requirement = Requirement::kPreferred;
  EXPECT_EQ(CombineVerdict({preferred, make(CheckGroup::kAdmission, Verdict::kMet)}),
            ProgramVerdict::kEligible);
  EXPECT_EQ(CombineVerdict({make(CheckGroup::kConstraint, Verdict::kNotMet),
                            make(CheckGroup::kAdmission, Verdict::kUnknown)}),
            ProgramVerdict::kNotEligible);
}

TEST(AssessProgram, GroupsAndSummarizes) {
  Profile p = Applicant();
  auto a = AssessProgram(p, Msml(), nullptr, nullptr);
  EXPECT_EQ(a.verdict, ProgramVerdict::kNotEligible);  // GRE required, none
  EXPECT_EQ(a.summary, "GRE required but you have none.");
  ASSERT_TRUE(SetProfileField(p, "gre", "taken").ok());
  ASSERT_TRUE(SetProfileField(p, "linear_algebra", "none").ok());
  a = AssessProgram(p, Msml(), nullptr, nullptr);
  EXPECT_EQ(a.verdict, ProgramVerdict::kEligibleWithGaps);
  EXPECT_EQ(a.summary, "1 prerequisite gap(s) to close: linear algebra. Everything else is met.");
}

}  // namespace
}  // namespace gradfit
