// The amounts the fit checks print: formatted from the double itself, so a
// figure beyond any integer type (UBSan once caught llround(1e308)) is defined.
#include "fit/check_text.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace gradfit::fit {
namespace {

TEST(CheckText, AmountsGroupThousandsAtAnySize) {
  EXPECT_EQ(Amount(58000), "58,000");
  EXPECT_EQ(Amount(-1234.6), "-1,235");
  EXPECT_EQ(Amount(0), "0");
  EXPECT_EQ(Amount(1e20), "100,000,000,000,000,000,000");
  EXPECT_EQ(Amount(1e308).size(), 309u + 102u);  // 309 digits and 102 commas
  EXPECT_EQ(Amount(HUGE_VAL), "inf");
}

}  // namespace
}  // namespace gradfit::fit
