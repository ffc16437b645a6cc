// TOPSIS (Hwang & Yoon 1981): vector normalisation, weighted ideal / anti-ideal points,
// Euclidean distances, relative closeness d- / (d+ + d-).
#include <fmt/format.h>

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
    double sum_sq = 0.0;
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
      sum_sq += v * v;
    }
    const double norm = std::sqrt(sum_sq);
    const bool benefit = matrix.directions[j] == Direction::kBenefit;
    double best = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double v = norm > 0.0 ? weights[j] * matrix.value(i, j) / norm : 0.0;
      r.weighted[j * n + i] = v;
      if (i == 0 || (benefit ? v > best : v < best)) best = v;
      if (i == 0 || (benefit ? v < worst : v > worst)) worst = v;
    }
    r.ideal[j] = best;
    r.anti_ideal[j] = worst;
  }
  r.d_plus.assign(n, 0.0);
  r.d_minus.assign(n, 0.0);
  r.closeness.assign(n, 0.0);
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      const double v = r.weighted[j * n + i];
      r.d_plus[i] += (v - r.ideal[j]) * (v - r.ideal[j]);
      r.d_minus[i] += (v - r.anti_ideal[j]) * (v - r.anti_ideal[j]);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    r.d_plus[i] = std::sqrt(r.d_plus[i]);
    r.d_minus[i] = std::sqrt(r.d_minus[i]);
    const double total = r.d_plus[i] + r.d_minus[i];
    // Both 0 only when every weighted criterion is constant: no alternative is better.
    r.closeness[i] = total > 0.0 ? r.d_minus[i] / total : 0.5;
  }
  return r;
}

}  // namespace gradfit::decide
