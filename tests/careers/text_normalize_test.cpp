// Normalisation, stemming and matching of single titles, including odd input.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/careers.hpp"

namespace gradfit {
namespace {

using ::testing::ElementsAre;

TEST(Stem, VariantsShareAStem) {
  EXPECT_EQ(StemWord("optimization"), StemWord("optimisation"));
  EXPECT_EQ(StemWord("optimization"), StemWord("optimizing"));
  EXPECT_EQ(StemWord("models"), "model");
  EXPECT_EQ(StemWord("modelling"), StemWord("model"));
  EXPECT_EQ(StemWord("programming"), "program");
  EXPECT_EQ(StemWord("databases"), StemWord("database"));
  EXPECT_EQ(StemWord("statistics"), StemWord("statistical"));
  EXPECT_EQ(StemWord("visualization"), StemWord("visual"));
  EXPECT_EQ(StemWord("processes"), StemWord("processing"));
  EXPECT_EQ(StemWord("analysis"), "analysis");  // -is is not a plural
  EXPECT_EQ(StemWord("ml"), "ml");
  EXPECT_EQ(StemWord("donn\xc3\xa9"
                     "es"),
            "donn\xc3\xa9"
            "es");  // non-ASCII left alone
}

TEST(Normalize, RemovesCourseNumbersAndCodes) {
  EXPECT_THAT(NormalizeCourseText("10-701 or 10-715 Introduction to Machine Learning"),
              ElementsAre("or", "introduction", "to", "machin", "learn"));
  EXPECT_THAT(NormalizeCourseText("CS 7641 Machine Learning"), ElementsAre("machin", "learn"));
  EXPECT_THAT(NormalizeCourseText("DS-GA 1003 Big Data"), ElementsAre("big", "data"));
  EXPECT_THAT(NormalizeCourseText("COMS/STAT 6509/6701 Graphical Models"),
              ElementsAre("graphic", "model"));
  // Meaningful acronyms survive even before a number.
  EXPECT_THAT(NormalizeCourseText("AI 101"), ElementsAre("ai"));
}

TEST(Normalize, OddInputNeverCrashes) {
  for (std::string s : {std::string(""), std::string("   "), std::string("!!!---///"),
                        std::string("\xe2\x80\x93"), std::string("\xe2\x80"), std::string("\xc3"),
                        std::string("機械学習"), std::string("Apprentissage\xe2\x80\x99profond"),
                        std::string(1000, 'x'), std::string("a\0b", 3)}) {
    EXPECT_NO_THROW(NormalizeCourseText(s));
  }
  EXPECT_THAT(NormalizeCourseText("l\xe2\x80\x99"
                                  "apprentissage automatique"),
              ElementsAre("l", "apprentissag", "automatiqu"));
}

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<CareersError> errors;
    auto data = LoadCareersData(GRADFIT_SOURCE_DIR "/data", &errors);
    ASSERT_TRUE(data.ok());
    data_ = std::move(data).value();
    matcher_ = std::make_unique<SkillMatcher>(data_.skills);
  }
  std::vector<std::string> Ids(std::string_view title) const {
    std::vector<std::string> ids;
    for (const SkillMatch& s : matcher_->Match(title).skills) ids.push_back(s.skill_id);
    return ids;
  }
  CareersData data_;
  std::unique_ptr<SkillMatcher> matcher_;
};

TEST_F(MatcherTest, ExplainsTheTermsThatMatched) {
  const CourseMapping m = matcher_->Match("Probabilistic Graphical Models");
  EXPECT_EQ(m.Explain(),
            "'Probabilistic Graphical Models' -> probability_statistics, "
            "probabilistic_graphical_models: matched 'probabilistic', 'graphical models'");
}

TEST_F(MatcherTest, LongestTermWins) {
  // "evolutionary algorithms" is optimisation, not the algorithms skill.
  EXPECT_THAT(Ids("Evolutionary Algorithms"), ElementsAre("optimisation"));
  EXPECT_THAT(Ids("COMS 4774 Unsupervised Machine Learning"), ElementsAre("unsupervised_learning"));
  EXPECT_THAT(Ids("Generative AI"), ElementsAre("deep_learning"));
}

TEST_F(MatcherTest, WeakTermsOnlyWhenNothingElseMatched) {
  EXPECT_THAT(Ids("Introduction to Data Science"),
              ElementsAre("probability_statistics", "supervised_learning"));
  EXPECT_TRUE(matcher_->Match("Introduction to Data Science").skills.front().weak);
  EXPECT_THAT(Ids("Probability and Statistics for Data Science"),
              ElementsAre("probability_statistics"));
}

TEST_F(MatcherTest, UnmatchedCoursesSaySo) {
  const CourseMapping m = matcher_->Match("Sport Innovation");
  EXPECT_FALSE(m.matched());
  EXPECT_EQ(m.Explain(), "'Sport Innovation' -> no skill matched");
  EXPECT_FALSE(matcher_->Match("機械学習").matched());
  EXPECT_FALSE(matcher_->Match("").matched());
}

TEST_F(MatcherTest, SynonymsAndOtherLanguages) {
  EXPECT_THAT(Ids("NLP"), ElementsAre("natural_language_processing"));
  EXPECT_THAT(Ids("Convex Optimisation"), ElementsAre("optimisation"));
  EXPECT_THAT(Ids("Bases de donn\xc3\xa9"
                  "es"),
              ElementsAre("databases"));
  EXPECT_THAT(Ids("Fondamentaux de l'apprentissage automatique"),
              ElementsAre("supervised_learning", "unsupervised_learning"));
}

TEST_F(MatcherTest, DescriptionAddsSkills) {
  const CourseMapping m = matcher_->Match("Special Topics", "Covers Spark and SQL databases");
  std::vector<std::string> ids;
  for (const auto& s : m.skills) ids.push_back(s.skill_id);
  EXPECT_THAT(ids, ElementsAre("big_data_distributed", "databases"));
}

TEST_F(MatcherTest, OverrideReplacesTheMatch) {
  const CourseOverrides o = {
      {"TECH 5900 Product Studio (4 credits)", {"software_engineering"}, "x.toml", 3}};
  EXPECT_TRUE(ValidateOverrides(o, data_.skills).empty());
  const CourseMapping m = matcher_->Match("TECH 5900 Product Studio (4 credits)", {}, o);
  EXPECT_TRUE(m.overridden);
  ASSERT_EQ(m.skills.size(), 1u);
  EXPECT_EQ(m.skills[0].skill_id, "software_engineering");
  EXPECT_EQ(m.Explain(),
            "'TECH 5900 Product Studio (4 credits)' -> software_engineering: catalog override");
  const CourseOverrides bad = {{"X", {"no_such_skill"}, "p.toml", 9}};
  const auto errors = ValidateOverrides(bad, data_.skills);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].ToString(),
            "p.toml:9: course_skills.\"X\": unknown skill id 'no_such_skill'");
}

}  // namespace
}  // namespace gradfit
