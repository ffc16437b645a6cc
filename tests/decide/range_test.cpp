// TOPSIS, min-max normalisation and weights across the whole double range: the same
// closeness whatever the scale of a criterion, never NaN, never a spurious 0.5 for everyone.
#include <gtest/gtest.h>

#include <cmath>

#include "gradfit/decide.hpp"
#include "gradfit/decide_weights.hpp"
#include "test_matrices.hpp"

namespace gradfit::decide {
namespace {

using testing::FromRows;

// Three alternatives, two criteria; criterion 0 multiplied by `scale` (small integers times
// a power of ten are exact enough at any magnitude for a 1e-9 comparison).
DecisionMatrix Scaled(double scale) {
  return FromRows({{1.0 * scale, 3.0}, {2.0 * scale, 1.0}, {4.0 * scale, 2.0}},
                  {Direction::kBenefit, Direction::kCost});
}

TEST(TopsisRange, ClosenessDoesNotDependOnTheScaleOfACriterion) {
  const std::vector<double> w = {0.6, 0.4};
  const auto reference = Topsis(Scaled(1.0), w).value().closeness;
  for (double scale : {1e200, 1e300, 4e307, 1e-300, 1e-320, 4.9e-324 * 1024}) {
    auto r = Topsis(Scaled(scale), w);
    ASSERT_TRUE(r.ok()) << r.status().message();
    for (std::size_t i = 0; i < 3; ++i) {
      ASSERT_FALSE(std::isnan(r->closeness[i])) << scale;
      EXPECT_NEAR(r->closeness[i], reference[i], 1e-9) << "scale " << scale << " alt " << i;
    }
  }
}

TEST(TopsisRange, CellsNearTheLargestDoubleMatchTheSameMatrixAtUnitScale) {
  const auto huge = FromRows({{1e308, 1e308}, {1.7e308, 0.0}, {0.0, 1.2e308}},
                             {Direction::kBenefit, Direction::kBenefit});
  const auto unit =
      FromRows({{1.0, 1.0}, {1.7, 0.0}, {0.0, 1.2}}, {Direction::kBenefit, Direction::kBenefit});
  const std::vector<double> w = {0.5, 0.5};
  auto r = Topsis(huge, w);
  ASSERT_TRUE(r.ok());
  const auto reference = Topsis(unit, w).value().closeness;
  for (std::size_t i = 0; i < 3; ++i) {
    ASSERT_TRUE(std::isfinite(r->closeness[i]));
    EXPECT_NEAR(r->closeness[i], reference[i], 1e-12) << i;
  }
  EXPECT_NE(reference[1], reference[2]);  // not all 0.5
}

TEST(TopsisRange, NegativeHugeCellIsAClearError) {
  const auto d = FromRows({{-1e308, 1.0}, {1e308, 2.0}}, {Direction::kBenefit, Direction::kCost});
  auto r = Topsis(d, std::vector<double>{0.5, 0.5});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("non-negative"), std::string::npos);
}

TEST(TopsisRange, TinyWeightStillSeparatesWhenItIsTheOnlySpread) {
  // Criterion 0 is constant; only criterion 1 (weight 1e-300 of the total) separates.
  const auto d = FromRows({{1.0, 1.0}, {1.0, 2.0}}, {Direction::kBenefit, Direction::kBenefit});
  auto r = Topsis(d, std::vector<double>{1.0, 1e-300});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->closeness[0], 0.0);
  EXPECT_DOUBLE_EQ(r->closeness[1], 1.0);
}

TEST(MinMaxRange, PlusMinusLargestDoubleNormalisesExactly) {
  const auto d = FromRows({{-1e308}, {0.0}, {1e308}}, {Direction::kBenefit});
  auto norm = MinMaxNormalise(d);
  ASSERT_TRUE(norm.ok());
  EXPECT_DOUBLE_EQ(norm->x[0], 0.0);
  EXPECT_DOUBLE_EQ(norm->x[1], 0.5);
  EXPECT_DOUBLE_EQ(norm->x[2], 1.0);
}

TEST(WeightsRange, WeightsNearTheLargestDoubleNormalise) {
  auto w = NormaliseWeights(std::vector<double>{1e308, 1e308, 5e307});
  ASSERT_TRUE(w.ok());
  EXPECT_DOUBLE_EQ(w->weights[0], 0.4);
  EXPECT_DOUBLE_EQ(w->weights[1], 0.4);
  EXPECT_DOUBLE_EQ(w->weights[2], 0.2);
}

TEST(WeightsRange, NonFiniteWeightIsRefused) {
  EXPECT_FALSE(NormaliseWeights(std::vector<double>{1.0, std::nan("")}).ok());
  EXPECT_FALSE(NormaliseWeights(std::vector<double>{1.0, INFINITY}).ok());
}

}  // namespace
}  // namespace gradfit::decide
