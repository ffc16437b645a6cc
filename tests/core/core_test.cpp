// Core value types: partial dates, ISO codes, located input errors.
#include <gtest/gtest.h>

#include "gradfit/date.hpp"
#include "gradfit/input_error.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit {
namespace {

TEST(DateTest, ParsesPartialDatesAndRejectsImpossibleOnes) {
  EXPECT_EQ(ParseDate("2025")->ToString(), "2025");
  EXPECT_EQ(ParseDate("2025-09")->ToString(), "2025-09");
  EXPECT_EQ(ParseDate("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_FALSE(ParseDate("2025-02-29"));
  EXPECT_FALSE(ParseDate("2025-13"));
  EXPECT_FALSE(ParseDate("25-01-01"));
  EXPECT_FALSE(ParseDate("2025/01/01"));
  EXPECT_FALSE(ParseDate("1066"));
}

TEST(DateTest, AgeCountsFromTheStartOfAPartialDate) {
  const Date today{2026, 11, 25};
  EXPECT_NEAR(AgeInYears(Date{2024, 11, 25}, today), 2.0, 0.01);
  EXPECT_NEAR(AgeInYears(Date{2016, 0, 0}, today), 10.9, 0.01);
}

TEST(IsoCodesTest, CountriesAndCurrencies) {
  EXPECT_TRUE(IsIsoCountry("US"));
  EXPECT_TRUE(IsIsoCountry("GB"));
  EXPECT_FALSE(IsIsoCountry("UK"));
  EXPECT_FALSE(IsIsoCountry("us"));
  EXPECT_EQ(CountryName("CH"), "Switzerland");
  EXPECT_EQ(CountryName("XX"), "XX");
  EXPECT_TRUE(IsIsoCurrency("EUR"));
  EXPECT_FALSE(IsIsoCurrency("DOL"));
}

TEST(InputErrorTest, LeavesOutWhatIsUnknown) {
  EXPECT_EQ((InputError{"a.toml", 3, 7, "tuition.currency", "bad"}).ToString(),
            "a.toml:3:7: tuition.currency: bad");
  EXPECT_EQ((InputError{"a.toml", 3, 0, "x", "bad"}).ToString(), "a.toml:3: x: bad");
  EXPECT_EQ((InputError{"a.toml", 0, 0, "", "cannot read"}).ToString(), "a.toml: cannot read");
  EXPECT_EQ((InputError{"", 0, 0, "education.gpa", "too high"}).ToString(),
            "education.gpa: too high");
}

}  // namespace
}  // namespace gradfit
