// TOPSIS (Hwang & Yoon 1981): vector normalisation, weighted ideal / anti-ideal points,
// Euclidean distances, relative closeness d- / (d+ + d-).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

Result<TopsisResult> Topsis(const DecisionMatrix& matrix, std::span<const double> weights) {
  if (Status s = Validate(matrix); !s.ok()) return s;
  const std::size_t n = matrix.n(), m = matrix.m();
  if (weights.size() != m) {
    return Status::InvalidArgument(fmt::format("{} weights for {} criteria", weights.size(), m));
  }
  TopsisResult r;
  r.weighted.resize(n * m);
  r.ideal.resize(m);
  r.anti_ideal.resize(m);
  for (std::size_t j = 0; j < m; ++j) {
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      if (matrix.is_missing(i, j)) {
        return Status::InvalidArgument(
            fmt::format("value of '{}' on '{}' is missing: resolve missing values first",
                        matrix.alternatives[i], matrix.criteria[j]));
      }
      const double v = matrix.value(i, j);
      if (v < 0.0) {
        return Status::InvalidArgument(
            fmt::format("TOPSIS needs non-negative values; '{}' has {} on '{}'",
                        matrix.alternatives[i], v, matrix.criteria[j]));
      }
      largest = std::max(largest, v);
    }
    // x_ij / |x_j| computed as s_ij / |s_j| with s_ij = x_ij / max_i x_ij in [0, 1]: the
    // squares can neither overflow (cells of 1e200) nor underflow (cells of 1e-320).
    double sum_sq = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double s = largest > 0.0 ? matrix.value(i, j) / largest : 0.0;
      sum_sq += s * s;
    }
    const double norm = std::sqrt(sum_sq);  // >= 1 when the criterion has a non-zero cell
    const bool benefit = matrix.directions[j] == Direction::kBenefit;
    double best = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double v = norm > 0.0 ? weights[j] * ((matrix.value(i, j) / largest) / norm) : 0.0;
      r.weighted[j * n + i] = v;
      if (i == 0 || (benefit ? v > best : v < best)) best = v;
      if (i == 0 || (benefit ? v < worst : v > worst)) worst = v;
    }
    r.ideal[j] = best;
    r.anti_ideal[j] = worst;
  }
  // Distances scaled by the largest per-alternative difference before squaring, so that
  // tiny weighted differences (a criterion of weight 1e-300) do not underflow to 0.
  std::vector<double> scale_plus(n, 0.0), scale_minus(n, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      const double v = r.weighted[j * n + i];
      scale_plus[i] = std::max(scale_plus[i], std::abs(v - r.ideal[j]));
      scale_minus[i] = std::max(scale_minus[i], std::abs(v - r.anti_ideal[j]));
    }
  }
  r.d_plus.assign(n, 0.0);
  r.d_minus.assign(n, 0.0);
  r.closeness.assign(n, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      const double v = r.weighted[j * n + i];
      const double p = scale_plus[i] > 0.0 ? (v - r.ideal[j]) / scale_plus[i] : 0.0;
      const double q = scale_minus[i] > 0.0 ? (v - r.anti_ideal[j]) / scale_minus[i] : 0.0;
      r.d_plus[i] += p * p;
      r.d_minus[i] += q * q;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const double root_plus = std::sqrt(r.d_plus[i]), root_minus = std::sqrt(r.d_minus[i]);
    r.d_plus[i] = scale_plus[i] * root_plus;
    r.d_minus[i] = scale_minus[i] * root_minus;
    // The ratio in units of the larger scale, so subnormal distances keep their proportion.
    const double unit = std::max(scale_plus[i], scale_minus[i]);
    const double a_plus = unit > 0.0 ? (scale_plus[i] / unit) * root_plus : 0.0;
    const double a_minus = unit > 0.0 ? (scale_minus[i] / unit) * root_minus : 0.0;
    const double total = a_plus + a_minus;
    // Both 0 only when every weighted criterion is constant: no alternative is better.
    r.closeness[i] = total > 0.0 ? a_minus / total : 0.5;
  }
  return r;
}

}  // namespace gradfit::decide
