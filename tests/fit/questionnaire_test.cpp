// The profile questionnaire driven by scripted input: defaults, unknowns,
// re-asking after bad answers, conditional questions, and aborting.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

// One line per asked question, in order; the runner skips questions whose
// condition is false, so the script lists only the asked ones.
Result<Profile> RunScript(const std::vector<std::string>& answers,
                          std::string* transcript = nullptr) {
  std::string script;
  for (const auto& a : answers) script += a + "\n";
  std::istringstream in(script);
  std::ostringstream out;
  auto r = RunQuestionnaire(in, out);
  if (transcript) *transcript = out.str();
  return r;
}

TEST(Questionnaire, EveryQuestionIsAProfileField) {
  for (const auto& q : ProfileQuestions()) {
    Profile p;
    auto got = GetProfileField(p, q.key);
    EXPECT_TRUE(got.ok()) << q.key;
    EXPECT_FALSE(q.help.empty()) << q.key;
    if (!q.default_value.empty())
      EXPECT_TRUE(SetProfileField(p, q.key, q.default_value).ok()) << q.key;
  }
}

TEST(Questionnaire, ScriptedAnswersWithReasksAndDefaults) {
  std::vector<std::string> answers = {
      "",         // level [bachelor]
      "physics",  // field
      "?",        // institution country: unknown
      "5.2",      // GPA above the default 4.0 scale: explained, re-asked
      "5.2/10",   // GPA with its scale
      "",         // scale [10] from the answer above
      "no",       // native English
      "banana",   // TOEFL: bad -> re-asked
      "104",      // TOEFL
      "none",     // IELTS
      "taken",    // GRE
      "171",      // quant: out of range -> re-asked
      "166",      // quant
      "",         // verbal: unknown
      "",         // awa: unknown
      "course",
      "course",
      "course",
      "course",
      "course",
      "none",
      "self_study",
      "course",
      "none",            // machine learning
      "2",               // programming years
      "python, julia",   // languages
      "3",               // work years
      "lab technician",  // role
      "48000 EUR",       // salary
      "0 EUR",           // employer support
      "de",              // country
      "ml_engineer,data_scientist",
      "industry",
      "30000 EUR",  // budget
      "24",         // max months
      "",
      "",       // part-time [no], online [no]
      "yes",    // relocate
      "DE,NL",  // countries
      "Fall 2027",
      "cost,outcomes",
  };
  std::string transcript;
  auto p = RunScript(answers, &transcript);
  ASSERT_TRUE(p.ok()) << p.status().message() << "\n" << transcript;
  EXPECT_EQ(*p->education.level, DegreeLevel::kBachelor);
  EXPECT_EQ(*p->education.field, FieldOfStudy::kPhysics);
  EXPECT_FALSE(p->education.institution_country);
  EXPECT_DOUBLE_EQ(p->education.gpa->value, 5.2);
  EXPECT_DOUBLE_EQ(p->education.gpa->scale, 10);
  EXPECT_DOUBLE_EQ(*p->tests.toefl_ibt.score, 104);
  EXPECT_EQ(*p->tests.gre.quant, 166);
  EXPECT_FALSE(p->tests.gre.verbal);
  EXPECT_EQ(*p->coursework.machine_learning, CourseworkLevel::kNone);
  EXPECT_EQ(*p->location.country, "DE");
  EXPECT_FALSE(p->location.us_state);  // not asked outside the US
  EXPECT_FALSE(*p->constraints.must_online);
  EXPECT_EQ(p->priorities.kind, Priorities::Kind::kRanking);
  // The bad answers were explained.
  EXPECT_THAT(transcript, HasSubstr("GPA 5.2 is above the maximum 4"));
  EXPECT_THAT(transcript, HasSubstr("Maximum of your GPA scale [10]"));
  EXPECT_THAT(transcript, HasSubstr("'banana' is neither a score nor 'none'"));
  EXPECT_THAT(transcript, HasSubstr("171 is out of range"));
  EXPECT_THAT(transcript, HasSubstr("Highest degree [bachelor]"));
}

TEST(Questionnaire, EndOfInputAborts) {
  auto r = RunScript({"", "computer_science"});
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("aborted"));
}

TEST(Questionnaire, QuitAborts) {
  auto r = RunScript({"", "q"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "aborted");
}

TEST(Questionnaire, StartProfileSuppliesDefaults) {
  Profile start;
  ASSERT_TRUE(SetProfileField(start, "field", "statistics").ok());
  std::istringstream in("\n\n");  // level, field: keep both, then input ends
  std::ostringstream out;
  auto r = RunQuestionnaire(in, out, start);
  EXPECT_FALSE(r.ok());
  EXPECT_THAT(out.str(), HasSubstr("Field of that degree [statistics]"));
}

}  // namespace
}  // namespace gradfit
