// The sort-filter-skyline Pareto set against the pairwise O(N^2) definition, on random and
// adversarial matrices.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "gradfit/decide.hpp"
#include "test_matrices.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;
using testing::Random;

std::vector<Direction> Mixed(std::size_t m) {
  std::vector<Direction> d(m, Direction::kBenefit);
  for (std::size_t j = 1; j < m; j += 2) d[j] = Direction::kCost;
  return d;
}

void ExpectSameAsPairwise(const DecisionMatrix& d) {
  EXPECT_EQ(ParetoFront(d), ParetoFrontPairwise(d));
}

TEST(ParetoSkyline, MatchesPairwiseOnRandomMatrices) {
  for (std::size_t m : {1, 2, 3, 8}) {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      DecisionMatrix d = Random(300, m, seed);
      d.directions = Mixed(m);
      ExpectSameAsPairwise(d);
    }
  }
}

TEST(ParetoSkyline, CoarseValuesWithManyTiesAndDuplicates) {
  // Values rounded to {0, 0.25, ..., 1}: many equal cells, many duplicate rows.
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    DecisionMatrix d = Random(400, 3, seed);
    for (double& v : d.values) v = std::round(v * 4.0) / 4.0;
    d.directions = Mixed(3);
    const auto front = ParetoFront(d);
    EXPECT_EQ(front, ParetoFrontPairwise(d));
    EXPECT_FALSE(front.empty());
  }
}

TEST(ParetoSkyline, AllEqualRowsAreAllOptimal) {
  const auto d = FromRows(std::vector<std::vector<double>>(50, {1.0, 2.0, 3.0}), Mixed(3));
  EXPECT_EQ(ParetoFront(d).size(), 50u);
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, OneDominatingRowIsTheWholeFront) {
  DecisionMatrix d = Random(200, 4, 9);
  d.directions = std::vector<Direction>(4, Direction::kBenefit);
  for (std::size_t j = 0; j < 4; ++j) d.values[j * 200 + 137] = 2.0;  // above every [0, 1)
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{137}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, AntiCorrelatedFrontKeepsEveryPoint) {
  // Every row sums to 1 on benefit criteria: no row dominates another.
  DecisionMatrix d = Random(500, 5, 3);
  for (std::size_t i = 0; i < 500; ++i) {
    double sum = 0.0;
    for (std::size_t j = 0; j < 5; ++j) sum += d.values[j * 500 + i] + 1e-3;
    for (std::size_t j = 0; j < 5; ++j)
      d.values[j * 500 + i] = (d.values[j * 500 + i] + 1e-3) / sum;
  }
  const auto front = ParetoFront(d);
  EXPECT_GT(front.size(), 490u);  // rounding of the division may create a rare dominance
  EXPECT_EQ(front, ParetoFrontPairwise(d));
}

TEST(ParetoSkyline, DominatorWithTheSameRoundedSum) {
  // Row 1 dominates row 0 but 1e20 + 1 == 1e20 + 0 in doubles: the lexicographic
  // tie-break must still put row 1 first.
  const auto d =
      FromRows({{1e20, 0.0}, {1e20, 1.0}, {0.0, 5.0}}, {Direction::kBenefit, Direction::kBenefit});
  EXPECT_EQ(ParetoFront(d), (std::vector<std::size_t>{1, 2}));
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, ExtremeMagnitudesAndSignedZeros) {
  const auto d = FromRows(
      {{1e308, -1e308}, {1e308, 1e308}, {-0.0, 0.0}, {0.0, -0.0}, {5e-324, 0.0}, {-1e308, -1e308}},
      {Direction::kBenefit, Direction::kCost});
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, MissingValuesFollowThePairwiseDefinition) {
  DecisionMatrix d = Random(100, 3, 4);
  d.directions = Mixed(3);
  d.values[5] = d.values[150] = std::numeric_limits<double>::quiet_NaN();
  ExpectSameAsPairwise(d);
}

TEST(ParetoSkyline, EmptyAndSingleRow) {
  DecisionMatrix empty;
  empty.criteria = {"c"};
  empty.directions = {Direction::kBenefit};
  EXPECT_TRUE(ParetoFront(empty).empty());
  EXPECT_EQ(ParetoFront(FromRows({{3.0}}, {Direction::kCost})), (std::vector<std::size_t>{0}));
}

}  // namespace
}  // namespace gradfit::decide
