// AHP weights (Saaty 1980): principal eigenvector of a reciprocal pairwise comparison
// matrix, consistency index CI = (lambda_max - n) / (n - 1) and ratio CR = CI / RI(n).
#include <fmt/format.h>

#include <array>
#include <cmath>
#include <limits>

#include "gradfit/decide_weights.hpp"

namespace gradfit::decide {

double SaatyRandomIndex(std::size_t n) {
  // Saaty (1980) for n = 1..10; the usual extension (Saaty 1980/1994 tables) for 11..15.
  static constexpr std::array<double, 15> kRi = {0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                                 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
  if (n == 0 || n > kRi.size()) return std::numeric_limits<double>::quiet_NaN();
  return kRi[n - 1];
}

Result<AhpResult> AhpWeights(std::size_t n, std::span<const double> a) {
  if (n == 0) return Status::InvalidArgument("AHP needs at least one criterion");
  if (n > 15) return Status::InvalidArgument("AHP random index is tabulated up to 15 criteria");
  if (a.size() != n * n) {
    return Status::InvalidArgument(
        fmt::format("pairwise matrix has {} entries, expected {}x{}", a.size(), n, n));
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double v = a[i * n + j];
      if (!std::isfinite(v) || v <= 0.0) {
        return Status::InvalidArgument(fmt::format(
            "pairwise entry ({},{}) must be a positive number, got {}", i + 1, j + 1, v));
      }
      if (i == j && std::abs(v - 1.0) > 1e-9) {
        return Status::InvalidArgument(fmt::format("diagonal entry ({0},{0}) must be 1", i + 1));
      }
      if (std::abs(v * a[j * n + i] - 1.0) > 1e-6) {
        return Status::InvalidArgument(
            fmt::format("pairwise matrix is not reciprocal: ({},{}) = {} but ({},{}) = {}", i + 1,
                        j + 1, v, j + 1, i + 1, a[j * n + i]));
      }
    }
  }
  // Power iteration: a positive matrix has a unique positive principal eigenvector.
  std::vector<double> w(n, 1.0 / static_cast<double>(n)), next(n);
  double lambda = static_cast<double>(n);
  for (int iter = 0; iter < 10000; ++iter) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double s = 0.0;
      for (std::size_t j = 0; j < n; ++j) s += a[i * n + j] * w[j];
      next[i] = s;
      sum += s;
    }
    lambda = sum;  // w sums to 1, so sum(A w) = lambda once converged
    double diff = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= sum;
      diff = std::max(diff, std::abs(next[i] - w[i]));
    }
    w.swap(next);
    if (diff < 1e-12) break;
  }
  AhpResult r;
  r.weights = w;
  r.lambda_max = lambda;
  r.ri = SaatyRandomIndex(n);
  if (n > 2) {
    r.ci = (lambda - static_cast<double>(n)) / static_cast<double>(n - 1);
    r.cr = r.ci / r.ri;
  }
  r.consistent = r.cr <= 0.1;
  if (!r.consistent) {
    r.warning = fmt::format(
        "pairwise comparisons are inconsistent: CR = {:.3f} > 0.10 (Saaty); revise the judgements",
        r.cr);
  }
  return r;
}

}  // namespace gradfit::decide
