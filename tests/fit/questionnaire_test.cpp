// The profile questionnaire driven by scripted input: essentials first (and
// how many questions it takes to reach them), money and grades as people type
// them, re-asking with advice, skipping what cannot matter, stopping early.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct ScriptRun {
  Result<Profile> profile;
  QuestionnaireStats stats;
  std::string transcript;
};

// The transcript with every run of spaces and line breaks as one space: the
// questionnaire wraps its text, the tests look for sentences.
std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// One line per asked question, in order; the runner skips questions whose
// condition is false, so the script lists only the asked ones.
ScriptRun RunScript(const std::vector<std::string>& answers, const Profile& start = {}) {
  std::string script;
  for (const auto& a : answers) script += a + "\n";
  std::istringstream in(script);
  std::ostringstream out;
  QuestionnaireStats stats;
  auto r = RunQuestionnaire(in, out, start, &stats);
  return {std::move(r), stats, Flat(out.str())};
}

// Hana: a humanities graduate, five years an editor, who wants data science.
const std::vector<std::string> kCareerChangerEssentials = {
    "",                // highest degree [bachelor]
    "humanities",      // field
    "0.5",             // programming years
    "none",            // calculus
    "none",            // linear algebra
    "none",            // probability (statistics is then asked among the details)
    "data scientist",  // target roles, typed loosely
    "US",              // country
    "",                // must be online [no]
    "no",              // could relocate
    "5",               // years of work
    "$52,000",         // salary
    "yes",             // native English speaker
};
const std::vector<std::string> kCareerChangerDetails = {
    "self study",                                                  // statistics
    "3.6",                                                         // GPA on the 4.0 scale
    "none",       "none", "none", "none", "none", "none", "none",  // algorithms … machine learning
    "industry",                                                    // orientation
    "",                                                            // must study part-time [no]
    "",                                                            // study mode [full_time]
    "none",                                                        // employer tuition support
    "",                                                            // stipend [none]
    "PA",                                                          // US state
    "",                                                            // work country: the program's
    "30k",                                                         // budget
    "",                                                            // longest program
    "none",                                                        // GRE
    "",                                                            // priorities
};

// Wei: a software engineer who must keep the job and study online.
const std::vector<std::string> kEngineerEssentials = {
    "",                  // bachelor
    "computer_science",  // field
    "8",                 // programming years
    "course",
    "course",
    "course",                                // calculus, linear algebra, probability
    "ai_ml_software_engineer, ml_engineer",  // roles
    "us",                                    // country
    "yes",                                   // must be online (relocation is then not asked)
    "6",                                     // years of work
    "130k",                                  // salary
    "yes",                                   // native English
};

TEST(Questionnaire, EveryQuestionIsAProfileField) {
  for (const auto& q : ProfileQuestions()) {
    Profile p;
    auto got = GetProfileField(p, q.key);
    EXPECT_TRUE(got.ok()) << q.key;
    EXPECT_FALSE(q.help.empty()) << q.key;
    if (!q.default_value.empty()) {
      EXPECT_TRUE(SetProfileField(p, q.key, q.default_value).ok()) << q.key;
    }
  }
}

TEST(Questionnaire, EssentialQuestionsComeFirst) {
  bool details_started = false;
  for (const auto& q : ProfileQuestions()) {
    if (!q.essential) details_started = true;
    EXPECT_FALSE(details_started && q.essential) << q.key << " is essential but asked late";
  }
}

TEST(Questionnaire, CareerChangerReachesTheEssentialsInThirteenQuestions) {
  auto answers = kCareerChangerEssentials;
  answers.insert(answers.end(), kCareerChangerDetails.begin(), kCareerChangerDetails.end());
  ScriptRun run = RunScript(answers);
  ASSERT_TRUE(run.profile.ok()) << run.profile.status().message() << "\n" << run.transcript;
  EXPECT_EQ(run.stats.asked_until_essential, 13) << run.transcript;
  EXPECT_EQ(run.stats.asked, static_cast<int>(answers.size())) << run.transcript;
  const Profile& p = *run.profile;
  EXPECT_TRUE(EssentialAnswersMissing(p).empty());
  EXPECT_EQ(p.work.salary->amount, 52000);
  EXPECT_EQ(p.work.salary->currency, "USD");
  EXPECT_FALSE(p.work.bachelor_salary);  // not asked: there is a salary
  EXPECT_EQ(p.goals.target_roles, std::vector<TargetRole>{TargetRole::kDataScientist});
  EXPECT_EQ(p.coursework.statistics, CourseworkLevel::kSelfStudy);
  EXPECT_EQ(p.coursework.databases, CourseworkLevel::kNone);
  EXPECT_EQ(p.coursework.systems, CourseworkLevel::kNone);
  EXPECT_EQ(p.study.mode, StudyMode::kFullTime);
  EXPECT_EQ(p.constraints.budget->amount, 30000);
  EXPECT_DOUBLE_EQ(p.education.gpa->scale, 4.0);
  EXPECT_FALSE(p.education.research_experience);  // not asked of an industry-minded person
  EXPECT_THAT(run.transcript, HasSubstr("understood: 52,000 USD a year"));
  EXPECT_THAT(run.transcript, HasSubstr("That is enough for a first verdict"));
  EXPECT_THAT(run.transcript, Not(HasSubstr("TOEFL iBT score")));  // a native speaker is not asked
}

TEST(Questionnaire, EngineerWhoMustStudyOnlineNeedsTwelve) {
  auto answers = kEngineerEssentials;
  answers.push_back("done");
  ScriptRun run = RunScript(answers);
  ASSERT_TRUE(run.profile.ok()) << run.profile.status().message() << "\n" << run.transcript;
  EXPECT_EQ(run.stats.asked_until_essential, 12) << run.transcript;
  EXPECT_TRUE(run.stats.stopped_early);
  EXPECT_TRUE(EssentialAnswersMissing(*run.profile).empty());
  EXPECT_FALSE(run.profile->constraints.can_relocate);  // online only: not asked
  EXPECT_EQ(run.profile->work.salary->amount, 130000);
  EXPECT_THAT(run.transcript, Not(HasSubstr("Could you move")));
}

TEST(Questionnaire, EngineerFullRunAsksThirtyOne) {
  auto answers = kEngineerEssentials;
  answers.insert(answers.end(),
                 {"course",  // statistics
                  "3.4",     // GPA
                  "course", "course", "course", "course", "course", "course", "none",
                  "industry",  // orientation: no research question
                  "yes",       // must study part-time: study mode implied
                  "1",         // share of pay kept
                  "1",         // courses per term
                  "5250",      // employer support, in USD (the country's currency)
                  "WA",        // state; online only: no countries, no work country
                  "20k",       // budget
                  "",          // longest program
                  "none",      // GRE
                  "modality, cost, curriculum"});
  ScriptRun run = RunScript(answers);
  ASSERT_TRUE(run.profile.ok()) << run.profile.status().message() << "\n" << run.transcript;
  EXPECT_EQ(run.stats.asked, 31) << run.transcript;
  EXPECT_FALSE(run.stats.stopped_early);
  EXPECT_EQ(run.profile->study.mode, StudyMode::kPartTime);
  EXPECT_EQ(run.profile->priorities.ranking.front(), Criterion::kModality);
  EXPECT_THAT(run.transcript, HasSubstr("understood: 5,250 USD a year (no currency given: took "
                                        "USD, the currency of United States"));
}

TEST(Questionnaire, StudentIsAskedWhatTheBachelorsWouldPayAndGradesWithScales) {
  ScriptRun run = RunScript({
      "",                  // bachelor
      "computer science",  // field, typed with a space
      "3",                 // programming years
      "course",
      "course",
      "self_study",
      "ml_engineer",
      "IN",
      "no",        // online
      "yes",       // relocate
      "0",         // a student: no salary question
      "six lakh",  // not an amount: re-asked with the forms to type
      "6,00,000",  // taken as INR, the currency of India
      "no",        // not a native speaker
      "none",      // TOEFL
      "7.5",       // IELTS
      "course",    // statistics (a detail now)
      "8.6",       // GPA without its scale: re-asked, the advice says how
      "8.6/10",    // GPA with its scale
      "done",
  });
  ASSERT_TRUE(run.profile.ok()) << run.profile.status().message() << "\n" << run.transcript;
  const Profile& p = *run.profile;
  EXPECT_EQ(run.stats.asked_until_essential, 15) << run.transcript;
  EXPECT_FALSE(p.work.salary);
  EXPECT_EQ(p.work.bachelor_salary->amount, 600000);
  EXPECT_EQ(p.work.bachelor_salary->currency, "INR");
  EXPECT_DOUBLE_EQ(p.education.gpa->value, 8.6);
  EXPECT_DOUBLE_EQ(p.education.gpa->scale, 10);
  EXPECT_DOUBLE_EQ(*p.tests.ielts.score, 7.5);
  EXPECT_THAT(run.transcript, Not(HasSubstr("current gross salary")));
  EXPECT_THAT(run.transcript, HasSubstr("What would you earn a year with your bachelor's?"));
  EXPECT_THAT(run.transcript, HasSubstr("type e.g. 65000, 65k, $65,000 or 65000 EUR"));
  EXPECT_THAT(run.transcript,
              HasSubstr("understood: 600,000 INR a year (no currency given: took INR, the "
                        "currency of India)"));
  EXPECT_THAT(run.transcript, HasSubstr("give it with its scale, e.g. 8.6/10"));
  EXPECT_THAT(run.transcript, HasSubstr("understood: 8.6 on a 10-point scale"));
}

TEST(Questionnaire, StoppingBeforeTheEssentialsSaysWhatIsMissing) {
  ScriptRun run = RunScript({"", "physics", "done"});
  ASSERT_TRUE(run.profile.ok()) << run.transcript;
  EXPECT_EQ(run.stats.asked, 2);
  EXPECT_EQ(run.stats.asked_until_essential, 0);
  EXPECT_THAT(run.transcript, HasSubstr("Still unknown among the essentials: "
                                        "coursework.programming_years"));
  EXPECT_EQ(EssentialAnswersMissing(*run.profile).size(), 9u);
}

TEST(Questionnaire, PartTimeWorkerIsAskedPaceAndShareOfPay) {
  Profile start;
  for (const auto& [k, v] : std::vector<std::pair<std::string, std::string>>{
           {"education.level", "bachelor"}, {"field", "engineering"}})
    ASSERT_TRUE(SetProfileField(start, k, v).ok());
  auto answers = kEngineerEssentials;
  answers[1] = "";  // field [engineering] from the start profile
  answers.insert(answers.end(), {"course", "3.1", "course", "course", "course", "course", "none",
                                 "course", "none", "both", "some", "yes", "0.8", "1", "5250"});
  answers.push_back("done");
  ScriptRun run = RunScript(answers, start);
  ASSERT_TRUE(run.profile.ok()) << run.profile.status().message() << "\n" << run.transcript;
  const Profile& p = *run.profile;
  EXPECT_EQ(p.education.field, FieldOfStudy::kEngineering);
  EXPECT_EQ(p.education.research_experience, ResearchExperience::kSome);
  EXPECT_EQ(p.constraints.must_part_time, true);
  EXPECT_EQ(p.study.mode, StudyMode::kPartTime);  // implied, so the mode question is skipped
  EXPECT_DOUBLE_EQ(*p.study.keep_work_share, 0.8);
  EXPECT_DOUBLE_EQ(*p.study.courses_per_term, 1);
  EXPECT_THAT(run.transcript, Not(HasSubstr("full_time or part_time")));
  EXPECT_THAT(run.transcript, Not(HasSubstr("stipend")));
  EXPECT_EQ(p.work.employer_tuition_support->amount, 5250);
}

TEST(Questionnaire, EndOfInputAborts) {
  ScriptRun run = RunScript({"", "computer_science"});
  ASSERT_FALSE(run.profile.ok());
  EXPECT_THAT(run.profile.status().message(), HasSubstr("aborted"));
}

TEST(Questionnaire, QuitAborts) {
  ScriptRun run = RunScript({"", "q"});
  ASSERT_FALSE(run.profile.ok());
  EXPECT_EQ(run.profile.status().message(), "aborted");
}

TEST(Questionnaire, StartProfileSuppliesDefaults) {
  Profile start;
  ASSERT_TRUE(SetProfileField(start, "field", "statistics").ok());
  ScriptRun run = RunScript({"", ""}, start);  // level, field: keep both, then input ends
  EXPECT_FALSE(run.profile.ok());
  EXPECT_THAT(run.transcript, HasSubstr("Field of that degree [statistics]"));
}

}  // namespace
}  // namespace gradfit
