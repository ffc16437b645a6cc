// Money and grades as people type them: every accepted form, what it is
// understood as, and broken input with advice that can be followed.
#include "fit/answer_forms.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "gradfit/profile.hpp"

namespace gradfit::fit {
namespace {

using ::testing::HasSubstr;

Money MoneyOf(std::string_view text, std::optional<std::string> country = std::nullopt) {
  auto r = ParseMoneyAnswer(text, country);
  EXPECT_TRUE(r.ok()) << text << ": " << r.status().message();
  return r.ok() ? r->money : Money{-1, "?"};
}

TEST(MoneyAnswer, TheFormsPeopleType) {
  struct Case {
    const char* text;
    double amount;
    const char* currency;
  };
  for (const Case& c : {Case{"65000 USD", 65000, "USD"}, Case{"USD 65000", 65000, "USD"},
                        Case{"$65,000", 65000, "USD"}, Case{"65k USD", 65000, "USD"},
                        Case{"65 000 EUR", 65000, "EUR"}, Case{"EUR 65000", 65000, "EUR"},
                        Case{"65000eur", 65000, "EUR"},
                        Case{"\xE2\x82\xAC"
                             "48,500",
                             48500, "EUR"},
                        Case{"\xC2\xA3"
                             "40k",
                             40000, "GBP"},
                        Case{"1.2m INR", 1200000, "INR"}, Case{"12,50,000 INR", 1250000, "INR"},
                        Case{"65.5k", 65500, "USD"}, Case{"5000 USD/month", 60000, "USD"},
                        Case{"70000 a year", 70000, "USD"}, Case{"none", 0, "USD"}}) {
    Money m = MoneyOf(c.text);
    EXPECT_DOUBLE_EQ(m.amount, c.amount) << c.text;
    EXPECT_EQ(m.currency, c.currency) << c.text;
  }
}

TEST(MoneyAnswer, ABareNumberTakesTheCountrysCurrencyAndSaysSo) {
  auto de = ParseMoneyAnswer("65000", std::string("DE"));
  ASSERT_TRUE(de.ok());
  EXPECT_EQ(de->money.currency, "EUR");
  EXPECT_EQ(de->Understood("a year"),
            "65,000 EUR a year (no currency given: took EUR, the currency of Germany)");
  auto none = ParseMoneyAnswer("65000", std::nullopt);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->money.currency, "USD");
  EXPECT_THAT(none->Understood(), HasSubstr("no currency given: took USD"));
  // '$' in Canada is the Canadian dollar, and the note says so.
  auto ca = ParseMoneyAnswer("$80,000", std::string("CA"));
  ASSERT_TRUE(ca.ok());
  EXPECT_EQ(ca->money.currency, "CAD");
  EXPECT_THAT(ca->Understood(), HasSubstr("'$' read as the dollar of CA"));
  // An explicit currency is taken as typed, with no note.
  EXPECT_EQ(ParseMoneyAnswer("65000 USD", std::string("DE"))->Understood("a year"),
            "65,000 USD a year");
  EXPECT_THAT(ParseMoneyAnswer("4000/month", std::string("US"))->Understood(),
              HasSubstr("48,000 USD (a monthly amount, times 12"));
}

TEST(MoneyAnswer, BrokenInputNamesTheFormsToType) {
  for (const char* bad : {"", "lots", "65000 XYZ", "USD", "$", "12 34 abc", "-5000", "k"}) {
    auto r = ParseMoneyAnswer(bad, std::string("US"));
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  }
  EXPECT_THAT(ParseMoneyAnswer("lots", std::nullopt).status().message(),
              HasSubstr("type e.g. 65000, 65k, $65,000 or 65000 EUR"));
  EXPECT_THAT(ParseMoneyAnswer("-5000", std::nullopt).status().message(), HasSubstr("negative"));
}

TEST(MoneyAnswer, FormatsAmountsWithThousandsSeparators) {
  EXPECT_EQ(FormatAmount(65000), "65,000");
  EXPECT_EQ(FormatAmount(1250000), "1,250,000");
  EXPECT_EQ(FormatAmount(999), "999");
  EXPECT_EQ(FormatAmount(12.5), "12.50");
}

TEST(GpaAnswer, ScalesPercentagesAndSlashes) {
  auto a = ParseGpaAnswer("8.6/10");
  ASSERT_TRUE(a.ok());
  EXPECT_DOUBLE_EQ(a->value, 8.6);
  EXPECT_DOUBLE_EQ(*a->scale, 10);
  EXPECT_EQ(a->understood, "8.6 on a 10-point scale");
  auto pct = ParseGpaAnswer("85%");
  ASSERT_TRUE(pct.ok());
  EXPECT_DOUBLE_EQ(pct->value, 85);
  EXPECT_DOUBLE_EQ(*pct->scale, 100);
  auto of = ParseGpaAnswer("3.4 out of 4");
  ASSERT_TRUE(of.ok());
  EXPECT_DOUBLE_EQ(*of->scale, 4);
  auto bare = ParseGpaAnswer("3.4");
  ASSERT_TRUE(bare.ok());
  EXPECT_DOUBLE_EQ(bare->value, 3.4);
  EXPECT_FALSE(bare->scale);  // the caller keeps the scale it has
}

TEST(GpaAnswer, GermanGradesAreInvertedOntoTheFourPointScale) {
  for (const char* text : {"1.7 (German)", "1,7 german", "German 1.7"}) {
    auto g = ParseGpaAnswer(text);
    ASSERT_TRUE(g.ok()) << text << ": " << g.status().message();
    EXPECT_NEAR(g->value, 3.3, 1e-9) << text;
    EXPECT_DOUBLE_EQ(*g->scale, 4.0);
    EXPECT_THAT(g->understood, HasSubstr("modified Bavarian formula"));
  }
  EXPECT_THAT(ParseGpaAnswer("5.0 (German)").status().message(),
              HasSubstr("runs from 1.0 (best) to 4.0"));
}

TEST(GpaAnswer, UkClassesGetAConservativeEquivalent) {
  EXPECT_DOUBLE_EQ(ParseGpaAnswer("First class")->value, 3.7);
  EXPECT_DOUBLE_EQ(ParseGpaAnswer("first class honours")->value, 3.7);
  EXPECT_DOUBLE_EQ(ParseGpaAnswer("2:1")->value, 3.3);
  EXPECT_DOUBLE_EQ(ParseGpaAnswer("2:2 (UK)")->value, 3.0);
  EXPECT_DOUBLE_EQ(ParseGpaAnswer("Third")->value, 2.3);
  EXPECT_THAT(ParseGpaAnswer("2:1")->understood, HasSubstr("UK 2:1 degree, counted as 3.3"));
}

TEST(GpaAnswer, BrokenInputSaysWhatToType) {
  for (const char* bad : {"", "good", "8.6/0", "8.6/x", "11/10", "-1", "90%/100", "A+"}) {
    auto r = ParseGpaAnswer(bad);
    EXPECT_FALSE(r.ok()) << bad;
  }
  EXPECT_THAT(ParseGpaAnswer("good").status().message(),
              HasSubstr("type e.g. 3.4/4, 8.6/10, 85%, 1.7 (German) or 2:1 (UK)"));
  EXPECT_THAT(ParseGpaAnswer("11/10").status().message(), HasSubstr("above the maximum 10"));
}

TEST(ProfileFieldForms, SetAcceptsTheSameFormsAndSaysWhatItUnderstood) {
  Profile p;
  ASSERT_TRUE(SetProfileField(p, "country", "IN").ok());
  auto salary = SetProfileFieldUnderstood(p, "salary", "12,50,000");
  ASSERT_TRUE(salary.ok()) << salary.status().message();
  EXPECT_EQ(*salary, "1,250,000 INR a year (no currency given: took INR, the currency of India)");
  EXPECT_EQ(p.work.salary->currency, "INR");
  auto gpa = SetProfileFieldUnderstood(p, "gpa", "8.6/10");
  ASSERT_TRUE(gpa.ok());
  EXPECT_DOUBLE_EQ(p.education.gpa->scale, 10);
  // A bare number keeps the scale already set.
  ASSERT_TRUE(SetProfileField(p, "gpa", "7.9").ok());
  EXPECT_DOUBLE_EQ(p.education.gpa->scale, 10);
  // A bare number above 4.0 in a fresh profile: the validation says how to give the scale.
  Profile fresh;
  ASSERT_TRUE(SetProfileField(fresh, "gpa", "8.6").ok());
  auto errors = ValidateProfile(fresh);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_THAT(errors[0].message, HasSubstr("give it with its scale, e.g. 8.6/10"));
  // Choices typed loosely.
  ASSERT_TRUE(SetProfileField(p, "coursework.calculus", "Self study").ok());
  EXPECT_EQ(p.coursework.calculus, CourseworkLevel::kSelfStudy);
  ASSERT_TRUE(SetProfileField(p, "field", "phys").ok());
  EXPECT_EQ(p.education.field, FieldOfStudy::kPhysics);
  EXPECT_FALSE(SetProfileField(p, "coursework.calculus", "s_or_c").ok());
  ASSERT_TRUE(SetProfileField(p, "roles", "Data scientist, ML engineer").ok());
  EXPECT_EQ(p.goals.target_roles.size(), 2u);
}

}  // namespace
}  // namespace gradfit::fit
