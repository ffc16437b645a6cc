// Normalisation, weighted sum, Pareto front, explanations and missing-value policies.
#include <gtest/gtest.h>

#include <cmath>

#include "decide/test_matrices.hpp"
#include "gradfit/decide.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(MinMaxNormalise, BestIsOneWorstIsZeroWithDirection) {
  const auto d =
      FromRows({{10, 100}, {20, 300}, {15, 200}}, {Direction::kBenefit, Direction::kCost});
  auto n = MinMaxNormalise(d);
  ASSERT_TRUE(n.ok());
  EXPECT_DOUBLE_EQ(n->at(0, 0), 0.0);
  EXPECT_DOUBLE_EQ(n->at(1, 0), 1.0);
  EXPECT_DOUBLE_EQ(n->at(2, 0), 0.5);
  EXPECT_DOUBLE_EQ(n->at(0, 1), 1.0);  // cheapest is best
  EXPECT_DOUBLE_EQ(n->at(1, 1), 0.0);
  EXPECT_DOUBLE_EQ(n->at(2, 1), 0.5);
}

TEST(MinMaxNormalise, ConstantCriterionIsZeroAndRescalingChangesNothing) {
  const auto d = FromRows({{1, 7, 0.2}, {3, 7, 0.9}, {2, 7, 0.4}},
                          {Direction::kBenefit, Direction::kBenefit, Direction::kCost});
  auto a = MinMaxNormalise(d);
  auto scaled = d;
  for (std::size_t i = 0; i < 3; ++i) scaled.values[2 * 3 + i] *= 1000.0;  // criterion 2 x1000
  auto b = MinMaxNormalise(scaled);
  ASSERT_TRUE(a.ok() && b.ok());
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_DOUBLE_EQ(a->at(i, 1), 0.0);
    for (std::size_t j = 0; j < 3; ++j) EXPECT_NEAR(a->at(i, j), b->at(i, j), 1e-15);
  }
}

TEST(WeightedSum, ScoresAndRanksWithDeterministicTies) {
  const auto d =
      FromRows({{0, 1}, {1, 0}, {1, 1}, {0, 0}}, {Direction::kBenefit, Direction::kBenefit});
  auto n = MinMaxNormalise(d).value();
  const std::vector<double> w = {0.5, 0.5};
  const auto s = WeightedSumScores(n, w);
  EXPECT_DOUBLE_EQ(s[0], 0.5);
  EXPECT_DOUBLE_EQ(s[2], 1.0);
  const auto order = RankByScore(s);
  EXPECT_EQ(order, (std::vector<std::size_t>{2, 0, 1, 3}));  // 0 and 1 tie: lower index first
  const auto c = Contributions(n, w, 2);
  EXPECT_DOUBLE_EQ(c[0] + c[1], s[2]);
}

TEST(Pareto, FrontExcludesDominatedAlternatives) {
  // A2 is dominated by A0 (higher benefit, lower cost); A3 equals A1 (neither dominates).
  const auto d =
      FromRows({{5, 10}, {3, 5}, {4, 12}, {3, 5}}, {Direction::kBenefit, Direction::kCost});
  EXPECT_TRUE(Dominates(d, 0, 2));
  EXPECT_FALSE(Dominates(d, 2, 0));
  EXPECT_FALSE(Dominates(d, 1, 3));
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{0, 1, 3}));
}

TEST(Explain, SwapThresholdMakesScoresTie) {
  // Leader strong on c0, challenger strong on c1.
  const auto d = FromRows({{1.0, 0.2, 0.5}, {0.3, 1.0, 0.5}, {0.0, 0.0, 0.0}, {1.0, 1.0, 1.0}},
                          {Direction::kBenefit, Direction::kBenefit, Direction::kBenefit});
  auto n = MinMaxNormalise(d).value();
  const std::vector<double> w = {0.5, 0.3, 0.2};
  const auto s = WeightedSumScores(n, w);
  ASSERT_GT(s[0], s[1]);
  const auto thresholds = SwapThresholds(n, w, 0, 1);
  ASSERT_FALSE(thresholds.empty());
  bool saw_c1 = false;
  for (const auto& t : thresholds) {
    // Re-weight: criterion t.criterion to t.weight, the others rescaled proportionally.
    std::vector<double> w2(3);
    for (std::size_t j = 0; j < 3; ++j) {
      w2[j] = j == t.criterion ? t.weight : w[j] * (1 - t.weight) / (1 - w[t.criterion]);
    }
    const auto s2 = WeightedSumScores(n, w2);
    EXPECT_NEAR(s2[0], s2[1], 1e-12);
    if (t.criterion == 1) {
      saw_c1 = true;
      EXPECT_TRUE(t.challenger_wins_above);
      EXPECT_GT(t.weight, w[1]);
      const std::string text = DescribeSwap(d, 0, 1, t);
      EXPECT_NE(text.find("A1 overtakes A0 if c1 weighs more than"), std::string::npos) << text;
    }
  }
  EXPECT_TRUE(saw_c1);
}

TEST(MissingValues, ExcludePenaliseAndSampleAreExplicit) {
  auto d = FromRows({{1, 10}, {kNaN, 20}, {3, 30}}, {Direction::kBenefit, Direction::kCost});
  auto ex = ResolveMissing(d, MissingPolicy::kExclude);
  ASSERT_TRUE(ex.ok());
  EXPECT_EQ(ex->matrix.n(), 2u);
  EXPECT_EQ(ex->excluded, (std::vector<std::size_t>{1}));
  EXPECT_NE(ex->notes[0].find("A1"), std::string::npos);

  auto pen = ResolveMissing(d, MissingPolicy::kPenalise);
  ASSERT_TRUE(pen.ok());
  EXPECT_DOUBLE_EQ(pen->matrix.value(1, 0), 1.0);  // worst observed benefit value

  auto sam = ResolveMissing(d, MissingPolicy::kSample);
  ASSERT_TRUE(sam.ok());
  ASSERT_TRUE(sam->matrix.has_intervals());
  EXPECT_DOUBLE_EQ(sam->matrix.lo[1], 1.0);
  EXPECT_DOUBLE_EQ(sam->matrix.hi[1], 3.0);
  EXPECT_DOUBLE_EQ(sam->matrix.value(1, 0), 2.0);
  EXPECT_DOUBLE_EQ(sam->matrix.lo[3 + 1], 20.0);  // observed cells keep a zero-width interval

  // An explicit mask works like NaN; a normalisation with a missing value is refused.
  auto masked = FromRows({{1, 10}, {2, 20}}, {Direction::kBenefit, Direction::kBenefit});
  masked.missing = {0, 0, 1, 0};
  EXPECT_TRUE(masked.is_missing(0, 1));
  EXPECT_FALSE(MinMaxNormalise(masked).ok());
  auto pen2 = ResolveMissing(masked, MissingPolicy::kPenalise);
  ASSERT_TRUE(pen2.ok());
  EXPECT_DOUBLE_EQ(pen2->matrix.value(0, 1), 20.0);

  auto all_missing = FromRows({{kNaN, 1}, {kNaN, 2}}, {Direction::kBenefit, Direction::kBenefit});
  EXPECT_FALSE(ResolveMissing(all_missing, MissingPolicy::kPenalise).ok());
}

}  // namespace
}  // namespace gradfit::decide
