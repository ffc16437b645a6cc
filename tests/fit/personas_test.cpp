// Six realistic personas against the real catalog (data/programs) and the
// real bridge/pathway data. Assertions rest on facts the catalog holds on
// 2026-11-25 (e.g. OMSCS: minimum GPA 3.0, no GRE, TOEFL 100 / IELTS 7.5, a CS
// degree named; Georgia Tech on-campus MSCS: GRE required, on campus only).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/catalog.hpp"
#include "gradfit/fit.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kData;
using gradfit::test::kPersonas;

class Personas : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<CatalogError> errors;
    auto c = LoadCatalog(kData, &errors);
    ASSERT_TRUE(c.ok()) << c.status().message();
    catalog_ = new Catalog(std::move(c.value()));
    auto d = LoadFitData(kData);
    ASSERT_TRUE(d.ok()) << d.status().message();
    data_ = new FitData(std::move(d.value()));
  }
  static void TearDownTestSuite() {
    delete catalog_;
    delete data_;
  }

  Profile Load(const std::string& name) {
    auto p = LoadProfile(kPersonas + name + ".toml");
    EXPECT_TRUE(p.ok()) << p.status().message();
    return p.ok() ? p.value() : Profile{};
  }
  Assessment AssessAll(const Profile& p) {
    auto a = Assess({p, {}}, *catalog_, *data_);
    EXPECT_TRUE(a.ok());
    return a.value();
  }
  static const ProgramAssessment& Program(const Assessment& a, const std::string& id) {
    for (const auto& p : a.programs)
      if (p.program_id == id) return p;
    ADD_FAILURE() << "no program " << id;
    return a.programs.front();
  }
  static const Check& CheckOf(const ProgramAssessment& p, const std::string& id) {
    for (const auto& c : p.checks)
      if (c.id == id) return c;
    ADD_FAILURE() << p.program_id << ": no check " << id;
    return p.checks.front();
  }
  static int Count(const Assessment& a, ProgramVerdict v) {
    int n = 0;
    for (const auto& p : a.programs) n += p.verdict == v;
    return n;
  }

  static Catalog* catalog_;
  static FitData* data_;
};
Catalog* Personas::catalog_ = nullptr;
FitData* Personas::data_ = nullptr;

TEST_F(Personas, HumanitiesGraduateShouldBridgeFirst) {
  Assessment a = AssessAll(Load("humanities_career_changer"));
  EXPECT_EQ(a.pathway.options.front().pathway, Pathway::kBridgeThenMasters);
  EXPECT_THAT(a.pathway.headline,
              HasSubstr("gaps to close first: calculus, linear_algebra, probability, programming"));
  // Georgia Tech OMSA (online analytics): GPA 3.0, GRE optional, prerequisites
  // programming, calculus, linear algebra, probability, statistics.
  const auto& omsa = Program(a, "gatech-omsa");
  EXPECT_EQ(omsa.verdict, ProgramVerdict::kEligibleWithGaps);
  const Check& la = CheckOf(omsa, "prereq.linear_algebra");
  EXPECT_EQ(la.verdict, Verdict::kNotMet);
  ASSERT_TRUE(la.bridge);
  EXPECT_THAT(la.bridge->title, HasSubstr("18.06"));
  EXPECT_EQ(CheckOf(omsa, "prereq.statistics").verdict, Verdict::kMet);      // self-study
  EXPECT_EQ(CheckOf(omsa, "prereq.programming").verdict, Verdict::kNotMet);  // half a year
  // OMSCS prefers a CS degree: a humanities degree does not meet it, which is a note.
  const auto& omscs = Program(a, "gatech-omscs");
  EXPECT_EQ(omscs.verdict, ProgramVerdict::kEligible);
  EXPECT_EQ(CheckOf(omscs, "prereq.cs_degree").reason,
            "Preferred, not required: The program expects a computer science degree; your "
            "degree is in humanities.");
  // Open now: only programs whose requirement she lacks is merely preferred or recommended.
  for (const auto& p : a.programs) {
    if (p.verdict != ProgramVerdict::kEligible) continue;
    bool note = false;
    for (const auto& c : p.checks) note |= c.requirement != Requirement::kRequired;
    EXPECT_TRUE(note) << p.program_id;
  }
  // Drexel's MS in ML and AI: the catalog holds its name only, so everything
  // it would ask is unknown.
  const auto& drexel = Program(a, "drexel-msmlai");
  EXPECT_EQ(drexel.verdict, ProgramVerdict::kUnknown);
  EXPECT_EQ(CheckOf(drexel, "prereq").reason,
            "The catalog does not list this program's prerequisite subjects.");
}

TEST_F(Personas, CsGraduateWithLowGpaAndNoGre) {
  Profile p = Load("cs_grad_low_gpa_no_gre");
  Assessment a = AssessAll(p);
  EXPECT_EQ(a.pathway.options.front().pathway, Pathway::kMasters);
  const auto& omscs = Program(a, "gatech-omscs");
  EXPECT_EQ(omscs.verdict, ProgramVerdict::kEligible);
  EXPECT_EQ(CheckOf(omscs, "gpa").reason, "GPA 3.1/4.0 meets the 3.0 minimum.");
  EXPECT_EQ(CheckOf(omscs, "gre").reason, "GRE not required.");
  const auto& campus = Program(a, "gatech-mscs-ml");
  EXPECT_EQ(campus.verdict, ProgramVerdict::kNotEligible);
  EXPECT_EQ(campus.summary, "GRE required but you have none.");
  // Columbia's 3.3 minimum is the online route's only; this profile does not say
  // it studies online, so the GPA leaves the verdict open instead of closing it.
  const auto& columbia = Program(a, "columbia-mscs-ml");
  EXPECT_NE(columbia.verdict, ProgramVerdict::kNotEligible);
  EXPECT_EQ(CheckOf(columbia, "gpa").verdict, Verdict::kUnknown);
  EXPECT_EQ(CheckOf(columbia, "gpa").reason,
            "The 3.3/4.0 minimum GPA is stated for online students only; the profile does not "
            "say whether that is you. GPA 3.1/4.0 is below the 3.3 minimum.");
  EXPECT_EQ(CheckOf(Program(a, "cmu-msml"), "gpa").verdict, Verdict::kUnknown);
  // What if they took the GRE? The on-campus MSCS opens; Columbia (GRE optional) is unchanged.
  auto w = WhatIf({p, {}}, {{"gre.quant", "165"}}, *catalog_, *data_);
  ASSERT_TRUE(w.ok()) << w.status().message();
  bool campus_opened = false;
  for (const auto& c : w->changes) {
    if (c.program_id == "gatech-mscs-ml") {
      campus_opened =
          c.before == ProgramVerdict::kNotEligible && c.after == ProgramVerdict::kEligible;
      ASSERT_FALSE(c.reasons.empty());
      EXPECT_THAT(c.reasons.front(), HasSubstr("gre: not_met -> met"));
    }
    EXPECT_NE(c.program_id, "columbia-mscs-ml");
  }
  EXPECT_TRUE(campus_opened);
}

TEST_F(Personas, WorkingEngineerOnlinePartTimeWithEmployerSupport) {
  Assessment a = AssessAll(Load("working_swe_online"));
  EXPECT_EQ(a.pathway.options.front().pathway, Pathway::kMasters);
  // UIUC online MCS: $600/credit (2018) x 32 credits = 19,200, carried to today's prices
  // (above 20,000); the budget is not marked hard, so that is a note.
  const auto& uiuc = Program(a, "uiuc-mcs-online");
  EXPECT_EQ(uiuc.verdict, ProgramVerdict::kEligible);
  EXPECT_THAT(CheckOf(uiuc, "budget").reason,
              HasSubstr("600 USD per credit x 32 credits (US semester hours); x "));
  EXPECT_THAT(CheckOf(uiuc, "budget").reason, HasSubstr("a year from 2018 to"));
  EXPECT_EQ(CheckOf(uiuc, "budget").requirement, Requirement::kPreferred);
  // OMSCS: about 7,000 USD in total (a dated third-party guide) fits the 20,000 budget.
  const auto& omscs = Program(a, "gatech-omscs");
  EXPECT_EQ(omscs.verdict, ProgramVerdict::kEligible);
  EXPECT_EQ(CheckOf(omscs, "online").verdict, Verdict::kMet);
  EXPECT_EQ(CheckOf(omscs, "part_time").verdict, Verdict::kMet);
  EXPECT_THAT(CheckOf(omscs, "budget").reason,
              HasSubstr("Estimated tuition 7,000 USD (7,000 USD for the whole program) (2026 "
                        "figure)"));
  // A program without tuition in the catalog: budget unknown, never a pass.
  EXPECT_THAT(CheckOf(Program(a, "drexel-msmlai"), "budget").reason,
              HasSubstr("the catalog has no tuition"));
  // Berkeley MIDS: 2,850 x 27 = 76,950 (2023-24, carried to today), minus 5,250 x 20/12
  // = 8,750 support: above the budget, a note as the budget is not marked hard.
  const auto& mids = Program(a, "berkeley-mids");
  EXPECT_NE(mids.verdict, ProgramVerdict::kNotEligible);
  EXPECT_EQ(CheckOf(mids, "budget").verdict, Verdict::kNotMet);
  EXPECT_THAT(CheckOf(mids, "budget").reason, HasSubstr("minus 8,750 USD employer support = "));
  EXPECT_EQ(CheckOf(Program(a, "cmu-msml"), "online").reason,
            "You must study online; this program is on_campus only.");
  // Columbia's online-only minimum GPA binds this online student, and is met.
  const auto& columbia_gpa = CheckOf(Program(a, "columbia-mscs-ml"), "gpa");
  EXPECT_EQ(columbia_gpa.verdict, Verdict::kMet);
  EXPECT_THAT(columbia_gpa.reason,
              HasSubstr("(The minimum is stated for online students, as you are.)"));
}

TEST_F(Personas, InternationalApplicantWithoutEnglishTest) {
  Profile p = Load("international_no_english_test");
  Assessment a = AssessAll(p);
  const auto& omscs = Program(a, "gatech-omscs");
  EXPECT_EQ(omscs.verdict, ProgramVerdict::kNotEligible);
  EXPECT_EQ(CheckOf(omscs, "toefl").reason, "TOEFL minimum 100, but you have no TOEFL score.");
  EXPECT_EQ(CheckOf(omscs, "gpa").reason,
            "GPA 8.2/10 is 3.28 on the program's 4.0 scale (linear conversion) and meets the 3.0 "
            "minimum.");
  EXPECT_EQ(CheckOf(Program(a, "mbzuai-msc-ml"), "location").verdict, Verdict::kNotMet);
  EXPECT_EQ(Count(a, ProgramVerdict::kEligible), 0);
  // The pathway names the next step: an English test is all that closes OMSCS.
  EXPECT_NE(a.pathway.headline.find("Next step: take an English test"), std::string::npos)
      << a.pathway.headline;
  // With TOEFL 105, OMSCS opens and IELTS is no longer needed.
  auto w = WhatIf({p, {}}, {{"toefl", "105"}}, *catalog_, *data_);
  ASSERT_TRUE(w.ok());
  const auto& after = Program(w->after, "gatech-omscs");
  EXPECT_EQ(after.verdict, ProgramVerdict::kEligible);
  EXPECT_EQ(CheckOf(after, "ielts").verdict, Verdict::kNotApplicable);
  EXPECT_GE(w->changes.size(), 1u);
}

TEST_F(Personas, StatisticsGraduateAimingAtResearch) {
  Assessment a = AssessAll(Load("statistics_grad_research"));
  EXPECT_EQ(a.pathway.options.front().pathway, Pathway::kPhd);
  ASSERT_TRUE(a.pathway.options.front().facts);
  EXPECT_DOUBLE_EQ(*a.pathway.options.front().facts->stipend_usd_per_year, 31050);
  EXPECT_EQ(a.pathway.options[1].pathway, Pathway::kMasters);
  // A statistics degree against OMSCS's named CS degree: unknown, ask the program.
  EXPECT_THAT(CheckOf(Program(a, "gatech-omscs"), "prereq.cs_degree").reason,
              HasSubstr("your degree is in statistics, which it may accept"));
  EXPECT_EQ(Program(a, "ucsd-mds-online").verdict, ProgramVerdict::kEligible);
  EXPECT_EQ(Count(a, ProgramVerdict::kNotEligible), 0);
  // CMU MSML prerequisites are all covered; only the GPA minimum is unknown.
  const auto& cmu = Program(a, "cmu-msml");
  EXPECT_EQ(cmu.verdict, ProgramVerdict::kUnknown);
  EXPECT_EQ(CheckOf(cmu, "prereq.multivariable_calculus").verdict, Verdict::kMet);
}

TEST_F(Personas, AnalystWithSmallBudget) {
  Assessment a = AssessAll(Load("analyst_small_budget"));
  // OMSCS (about 7,000 USD in total) fits the 12,000 budget, so a master's stays the first
  // pathway, ahead of a graduate certificate; the budget is no reason against it.
  EXPECT_EQ(a.pathway.options.front().pathway, Pathway::kMasters);
  for (const auto& r : a.pathway.options.front().reasons_against)
    EXPECT_EQ(r.find("fits your budget"), std::string::npos) << r;
  const auto& omscs = Program(a, "gatech-omscs");
  EXPECT_EQ(CheckOf(omscs, "budget").verdict, Verdict::kMet);
  EXPECT_THAT(CheckOf(omscs, "budget").reason, HasSubstr("within your budget of 12,000 USD"));
  const auto& mads = Program(a, "umich-mads");  // $1,548/credit x 38 (2025-26)
  EXPECT_EQ(CheckOf(mads, "budget").verdict, Verdict::kNotMet);
  EXPECT_THAT(CheckOf(mads, "budget").reason, HasSubstr("1,548 USD per credit x 38"));
  const auto& uiuc = Program(a, "uiuc-mcs-online");
  EXPECT_EQ(CheckOf(uiuc, "prereq.algorithms").verdict, Verdict::kNotMet);
  EXPECT_THAT(CheckOf(uiuc, "prereq.data_structures").reason, HasSubstr("CS50"));
  EXPECT_EQ(CheckOf(uiuc, "prereq.cs_degree").verdict, Verdict::kUnknown);  // economics
}

TEST_F(Personas, AKnownGapOutranksAnUnknownMinimum) {
  // CMU MSML states no minimum GPA; this person has none of its seven prerequisites.
  Assessment a = AssessAll(Load("career_changer_cannot_move"));
  const auto& cmu = Program(a, "cmu-msml");
  EXPECT_EQ(CheckOf(cmu, "gpa").verdict, Verdict::kUnknown);
  EXPECT_EQ(cmu.verdict, ProgramVerdict::kEligibleWithGaps);
  // The strongest reason first: the gaps, then what is unknown.
  EXPECT_THAT(cmu.summary, ::testing::StartsWith("7 prerequisite gap(s) to close: programming"));
  EXPECT_THAT(cmu.summary, HasSubstr("unknown"));
  // Grouped with the known gaps, before every program whose verdict is only unknown.
  size_t cmu_at = 0, first_unknown = a.programs.size();
  for (size_t k = 0; k < a.programs.size(); ++k) {
    if (a.programs[k].program_id == "cmu-msml") cmu_at = k;
    if (a.programs[k].verdict == ProgramVerdict::kUnknown && first_unknown == a.programs.size())
      first_unknown = k;
  }
  EXPECT_LT(cmu_at, first_unknown);
}

TEST_F(Personas, APreferredRequirementIsANoteNotANo) {
  // OMSCS: "Preferred: an undergraduate degree in computer science or a related field".
  Assessment a = AssessAll(Load("humanities_career_changer"));
  const auto& omscs = Program(a, "gatech-omscs");
  const Check& cs = CheckOf(omscs, "prereq.cs_degree");
  EXPECT_EQ(cs.verdict, Verdict::kNotMet);
  EXPECT_EQ(cs.requirement, Requirement::kPreferred);
  EXPECT_THAT(cs.reason, ::testing::StartsWith("Preferred, not required:"));
  EXPECT_NE(omscs.verdict, ProgramVerdict::kNotEligible);
  EXPECT_THAT(omscs.summary, HasSubstr("Note: Preferred, not required"));
  // CU Boulder's MSCS says nothing is required, only recommended.
  const auto& boulder = Program(a, "cuboulder-mscs-coursera");
  EXPECT_EQ(CheckOf(boulder, "prereq.linear_algebra").requirement, Requirement::kRecommended);
  EXPECT_NE(boulder.verdict, ProgramVerdict::kEligibleWithGaps);
}

TEST_F(Personas, AThinProfileGetsTheWarningAndTheSuggestion) {
  Assessment a = AssessAll(Load("thin_profile"));
  const ProfileConfidence& c = a.confidence;
  EXPECT_TRUE(c.thin);
  EXPECT_EQ(c.answered, 1);  // location.country only
  EXPECT_EQ(c.total, 11);
  EXPECT_THAT(c.Summary(), HasSubstr("Rests on 1 of 11 essential answers"));
  EXPECT_THAT(c.Suggestion(), HasSubstr("gradfit profile init"));
  // Which missing answers would change the verdict: at least the degree level (no
  // bachelor's closes every master's).
  bool level_decisive = false;
  for (const auto& e : c.essentials)
    if (e.key == "education.level") level_decisive = e.could_change_verdict;
  EXPECT_TRUE(level_decisive);
  EXPECT_THAT(c.Summary(), HasSubstr("education.level (could change the verdict)"));
  // A full profile is not thin.
  EXPECT_FALSE(AssessAll(Load("working_swe_online")).confidence.thin);
}

TEST_F(Personas, ABudgetDecidesOnlyWhenMarkedHard) {
  Profile p = Load("analyst_small_budget");
  const Assessment soft_assessment = AssessAll(p);  // kept alive: `soft` points into it
  const auto& soft = CheckOf(Program(soft_assessment, "umich-mads"), "budget");
  EXPECT_EQ(soft.verdict, Verdict::kNotMet);
  EXPECT_EQ(soft.requirement, Requirement::kPreferred);
  EXPECT_FALSE(soft.hard_constraint);
  ASSERT_TRUE(SetProfileField(p, "constraints.budget_hard", "true").ok());
  const Assessment hard_assessment = AssessAll(p);
  const auto& mads = Program(hard_assessment, "umich-mads");
  EXPECT_EQ(mads.verdict, ProgramVerdict::kNotEligible);
  EXPECT_TRUE(CheckOf(mads, "budget").hard_constraint);
}

TEST_F(Personas, UnknownProgramIdIsAnError) {
  auto a = Assess({Load("analyst_small_budget"), {"no-such-program"}}, *catalog_, *data_);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
}

TEST_F(Personas, WhatIfRejectsAnInvalidOverride) {
  auto w = WhatIf({Load("analyst_small_budget"), {}}, {{"gpa", "5.2"}}, *catalog_, *data_);
  ASSERT_FALSE(w.ok());
  EXPECT_THAT(w.status().message(), HasSubstr("education.gpa"));
}

}  // namespace
}  // namespace gradfit
