// The one table of bounds (gradfit/bounds.hpp) and the one code checker
// (gradfit/iso_codes.hpp) that the CLI, the API and the loaders share.
#include "gradfit/bounds.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "gradfit/iso_codes.hpp"

namespace gradfit {
namespace {

TEST(Bounds, NonFiniteNumbersBreakEveryBound) {
  for (const NumberBound& b : AllNumberBounds()) {
    EXPECT_TRUE(CheckNumber(b, std::nan(""))) << b.name;
    EXPECT_TRUE(CheckNumber(b, HUGE_VAL)) << b.name;
    EXPECT_TRUE(CheckNumber(b, -HUGE_VAL)) << b.name;
    EXPECT_TRUE(CheckNumber(b, 1e308)) << b.name;
    EXPECT_FALSE(CheckNumber(b, b.max)) << b.name;
    EXPECT_FALSE(b.reason.empty()) << b.name;
  }
  EXPECT_TRUE(CheckNumber("no_such_bound", std::nan("")));
  EXPECT_FALSE(CheckNumber("no_such_bound", 1e308));
}

TEST(Bounds, TheIssueCasesAreRefusedAndTheDefaultsAccepted) {
  EXPECT_TRUE(CheckNumber("salary", -1));
  EXPECT_TRUE(CheckNumber("runs", -5));
  EXPECT_TRUE(CheckNumber("runs", 2e9));
  EXPECT_TRUE(CheckNumber("runs", 2.5));
  EXPECT_TRUE(CheckNumber("horizon", 2e9));
  EXPECT_TRUE(CheckNumber("discount", -1));
  EXPECT_TRUE(CheckNumber("completion", 2));
  EXPECT_TRUE(CheckNumber("months", -5));
  EXPECT_TRUE(CheckNumber("months", 0));  // (0, 120]
  EXPECT_TRUE(CheckNumber("tuition_inflation", -3));
  EXPECT_TRUE(CheckNumber("relocation_cost", -1));
  for (auto [name, value] : {std::pair{"salary", 90000.0},
                             {"runs", 10000.0},
                             {"horizon", 30.0},
                             {"discount", 0.03},
                             {"completion", 0.85},
                             {"months", 16.0},
                             {"tuition_inflation", 0.04},
                             {"relocation_cost", 5000.0},
                             {"threads", 0.0},
                             {"samples", 0.0},
                             {"top", 0.0}})
    EXPECT_FALSE(CheckNumber(name, value)) << name;
}

TEST(Bounds, OptionNamesFindTheirBound) {
  ASSERT_NE(FindNumberBound("--relocation-cost"), nullptr);
  EXPECT_EQ(FindNumberBound("--relocation-cost")->name, "relocation_cost");
  EXPECT_EQ(FindNumberBound("--tuition-inflation")->name, "tuition_inflation");
  EXPECT_EQ(FindNumberBound("nothing"), nullptr);
}

TEST(Bounds, TheMessageNamesTheBoundAndItsReason) {
  auto e = CheckNumber("completion", 2);
  ASSERT_TRUE(e);
  EXPECT_NE(e->find("from 0 to 1"), std::string::npos) << *e;
  EXPECT_NE(e->find("probability"), std::string::npos) << *e;
  auto big = CheckNumber("salary", 2e11);
  ASSERT_TRUE(big);
  EXPECT_NE(big->find("100,000,000,000"), std::string::npos) << *big;
}

TEST(Bounds, OptionTextIsParsedWhole) {
  EXPECT_EQ(ParseNumberOption("1e3"), 1000.0);
  EXPECT_EQ(ParseNumberOption("+0.5"), 0.5);
  EXPECT_EQ(ParseNumberOption("-5"), -5.0);
  EXPECT_FALSE(ParseNumberOption(""));
  EXPECT_FALSE(ParseNumberOption("12abc"));
  EXPECT_FALSE(ParseNumberOption("0x10"));
  EXPECT_TRUE(std::isinf(*ParseNumberOption("1e999")));
  const auto tiny = ParseNumberOption("1e-320");
  ASSERT_TRUE(tiny);
  EXPECT_GT(*tiny, 0);
  EXPECT_LT(*tiny, 1e-300);
  EXPECT_TRUE(std::isnan(*ParseNumberOption("nan")));
}

TEST(Codes, OneCheckerForCountriesCurrenciesAndStates) {
  EXPECT_FALSE(CheckCode(CodeKind::kCountry, "US"));
  EXPECT_TRUE(CheckCode(CodeKind::kCountry, "ZZ"));
  EXPECT_TRUE(CheckCode(CodeKind::kCountry, "us"));  // callers upper-case what users type
  EXPECT_FALSE(CheckCode(CodeKind::kCurrency, "EUR"));
  EXPECT_TRUE(CheckCode(CodeKind::kCurrency, "XYZ"));
  EXPECT_FALSE(CheckCode(CodeKind::kUsState, "GA"));
  EXPECT_FALSE(CheckCode(CodeKind::kUsState, "DC"));
  EXPECT_FALSE(CheckCode(CodeKind::kUsState, "PR"));
  EXPECT_TRUE(CheckCode(CodeKind::kUsState, "ZZ"));
  EXPECT_TRUE(CheckCode(CodeKind::kUsState, ""));
  EXPECT_EQ(CodeKindOfField("salary_currency"), CodeKind::kCurrency);
  EXPECT_EQ(CodeKindOfField("--aid-currency"), CodeKind::kCurrency);
  EXPECT_EQ(CodeKindOfField("work_country"), CodeKind::kCountry);
  EXPECT_EQ(CodeKindOfField("state"), CodeKind::kUsState);
  EXPECT_EQ(CodeKindOfField("program"), std::nullopt);
}

}  // namespace
}  // namespace gradfit
