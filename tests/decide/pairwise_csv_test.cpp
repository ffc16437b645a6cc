// AHP pairwise comparisons read from CSV, matched to the decision matrix's criteria by name.
#include <gtest/gtest.h>

#include "gradfit/decide_csv.hpp"
#include "gradfit/decide_weights.hpp"

namespace gradfit::decide {
namespace {

const std::vector<std::string> kCriteria = {"cost", "quality", "service"};

TEST(PairwiseCsvTest, ReordersToTheMatrixCriteriaAndGivesAhpWeights) {
  // Rows and columns in another order than kCriteria; a consistent matrix where quality is
  // twice as important as cost and four times as important as service.
  const std::string csv =
      "criterion,quality,service,cost\n"
      "quality,1,4,2\n"
      "service,0.25,1,0.5\n"
      "cost,0.5,2,1\n";
  auto a = ParsePairwiseCsv(csv, "p.csv", kCriteria);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ((*a)[0 * 3 + 1], 0.5);  // cost vs quality
  EXPECT_EQ((*a)[1 * 3 + 2], 4.0);  // quality vs service
  auto ahp = AhpWeights(3, *a);
  ASSERT_TRUE(ahp.ok()) << ahp.status().message();
  EXPECT_NEAR(ahp->weights[0], 2.0 / 7, 1e-9);
  EXPECT_NEAR(ahp->weights[1], 4.0 / 7, 1e-9);
  EXPECT_NEAR(ahp->weights[2], 1.0 / 7, 1e-9);
  EXPECT_NEAR(ahp->cr, 0.0, 1e-9);
  EXPECT_TRUE(ahp->consistent);
}

TEST(PairwiseCsvTest, NamesWhatIsMissing) {
  auto missing_row = ParsePairwiseCsv(
      "c,cost,quality,service\ncost,1,1,1\nquality,1,1,1\nspeed,1,1,1\n", "p.csv", kCriteria);
  ASSERT_FALSE(missing_row.ok());
  EXPECT_NE(missing_row.status().message().find("'service' is missing as a row"), std::string::npos)
      << missing_row.status().message();
  auto too_small = ParsePairwiseCsv("c,cost\ncost,1\n", "p.csv", kCriteria);
  ASSERT_FALSE(too_small.ok());
  EXPECT_NE(too_small.status().message().find("p.csv"), std::string::npos);
  auto gap = ParsePairwiseCsv("c,cost,quality,service\ncost,1,,1\nquality,1,1,1\nservice,1,1,1\n",
                              "p.csv", kCriteria);
  ASSERT_FALSE(gap.ok());
  EXPECT_NE(gap.status().message().find("no value for 'cost' against 'quality'"), std::string::npos)
      << gap.status().message();
  EXPECT_EQ(ReadPairwiseCsv("/nonexistent.csv", kCriteria).status().code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace gradfit::decide
