// Direct weights, rank-order centroid, and AHP against Saaty's published drinks example.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/decide_weights.hpp"

namespace gradfit::decide {
namespace {

TEST(DirectWeights, NormalisesToSumOneAndSaysSo) {
  auto r = NormaliseWeights(std::vector<double>{3, 1, 1});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->weights[0], 0.6);
  EXPECT_DOUBLE_EQ(r->weights[1], 0.2);
  EXPECT_TRUE(r->renormalised);
  EXPECT_DOUBLE_EQ(r->raw_sum, 5.0);
  auto exact = NormaliseWeights(std::vector<double>{0.5, 0.25, 0.25});
  ASSERT_TRUE(exact.ok());
  EXPECT_FALSE(exact->renormalised);
}

TEST(DirectWeights, RejectsNegativeAllZeroEmptyAndNonFinite) {
  auto neg = NormaliseWeights(std::vector<double>{0.5, -0.1, 0.6});
  ASSERT_FALSE(neg.ok());
  EXPECT_NE(neg.status().message().find("weight 2 is negative"), std::string::npos);
  EXPECT_FALSE(NormaliseWeights(std::vector<double>{0, 0}).ok());
  EXPECT_FALSE(NormaliseWeights(std::vector<double>{}).ok());
  EXPECT_FALSE(NormaliseWeights(std::vector<double>{NAN, 1}).ok());
}

// Rank-order centroid weights for 4 criteria (Barron & Barrett 1996, Table 1):
// 0.5208, 0.2708, 0.1458, 0.0625.
TEST(RankOrderCentroid, MatchesPublishedTableForFourCriteria) {
  auto r = RankOrderCentroid(std::vector<int>{3, 1, 4, 2});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR((*r)[1], 0.5208, 5e-5);
  EXPECT_NEAR((*r)[3], 0.2708, 5e-5);
  EXPECT_NEAR((*r)[0], 0.1458, 5e-5);
  EXPECT_NEAR((*r)[2], 0.0625, 5e-5);
}

TEST(RankOrderCentroid, TiesShareTheMeanOfTheirPositions) {
  auto r = RankOrderCentroid(std::vector<int>{1, 2, 2, 4});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR((*r)[1], (0.2708333 + 0.1458333) / 2, 1e-6);
  EXPECT_DOUBLE_EQ((*r)[1], (*r)[2]);
  double sum = 0;
  for (double w : *r) sum += w;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_FALSE(RankOrderCentroid(std::vector<int>{1, 3, 3}).ok());  // not competition style
  EXPECT_FALSE(RankOrderCentroid(std::vector<int>{0, 1}).ok());
  EXPECT_FALSE(RankOrderCentroid(std::vector<int>{1, 5}).ok());
}

// Saaty's "which drink is consumed more in the U.S." example (Saaty, Decision making with
// the analytic hierarchy process, Int. J. Services Sciences 1(1), 2008, Table 2; also the
// AHPy test suite). Published priorities: coffee .177, wine .019, tea .042, beer .116,
// sodas .190, milk .129, water .327; C.R. = .022.
TEST(Ahp, MatchesSaatyDrinkConsumptionExample) {
  const std::vector<double> a = {1,      9, 5,      2,      1,      1,      1. / 2,  // coffee
                                 1. / 9, 1, 1. / 3, 1. / 9, 1. / 9, 1. / 9, 1. / 9,  // wine
                                 1. / 5, 3, 1,      1. / 3, 1. / 4, 1. / 3, 1. / 9,  // tea
                                 1. / 2, 9, 3,      1,      1. / 2, 1,      1. / 3,  // beer
                                 1,      9, 4,      2,      1,      2,      1. / 2,  // sodas
                                 1,      9, 3,      1,      1. / 2, 1,      1. / 3,  // milk
                                 2,      9, 9,      3,      2,      3,      1};      // water
  auto r = AhpWeights(7, a);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const double published[7] = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
  for (std::size_t j = 0; j < 7; ++j) EXPECT_NEAR(r->weights[j], published[j], 0.0005) << j;
  EXPECT_NEAR(r->cr, 0.022, 0.0005);
  EXPECT_DOUBLE_EQ(r->ri, 1.32);
  EXPECT_TRUE(r->consistent);
  EXPECT_TRUE(r->warning.empty());
}

TEST(Ahp, ConsistentMatrixHasLambdaEqualToNAndZeroCr) {
  // a_ij = v_i / v_j for v = (4, 2, 1): perfectly consistent.
  const std::vector<double> a = {1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1};
  auto r = AhpWeights(3, a);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->weights[0], 4.0 / 7, 1e-10);
  EXPECT_NEAR(r->lambda_max, 3.0, 1e-10);
  EXPECT_NEAR(r->cr, 0.0, 1e-10);
}

TEST(Ahp, WarnsWhenConsistencyRatioExceedsTenPercent) {
  // A prefers B (9), B prefers C (9), but C prefers A (9): a cycle.
  const std::vector<double> a = {1, 9, 1. / 9, 1. / 9, 1, 9, 9, 1. / 9, 1};
  auto r = AhpWeights(3, a);
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r->cr, 0.1);
  EXPECT_FALSE(r->consistent);
  EXPECT_NE(r->warning.find("CR"), std::string::npos);
}

TEST(Ahp, RejectsNonReciprocalBadDiagonalAndNonPositive) {
  EXPECT_FALSE(AhpWeights(2, std::vector<double>{1, 3, 3, 1}).ok());
  EXPECT_FALSE(AhpWeights(2, std::vector<double>{2, 1, 1, 1}).ok());
  EXPECT_FALSE(AhpWeights(2, std::vector<double>{1, 0, 0, 1}).ok());
  EXPECT_FALSE(AhpWeights(3, std::vector<double>{1, 1, 1, 1}).ok());
  EXPECT_DOUBLE_EQ(SaatyRandomIndex(3), 0.58);
  EXPECT_DOUBLE_EQ(SaatyRandomIndex(10), 1.49);
  EXPECT_TRUE(std::isnan(SaatyRandomIndex(16)));
}

}  // namespace
}  // namespace gradfit::decide
