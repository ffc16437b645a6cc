// DecisionMatrix checks and the missing-value policies.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

bool DecisionMatrix::is_missing(std::size_t i, std::size_t j) const {
  const std::size_t cell = j * n() + i;
  return std::isnan(values[cell]) || (!missing.empty() && missing[cell] != 0);
}

Status Validate(const DecisionMatrix& matrix) {
  const std::size_t n = matrix.n(), m = matrix.m();
  if (n == 0) return Status::InvalidArgument("decision matrix has no alternatives");
  if (m == 0) return Status::InvalidArgument("decision matrix has no criteria");
  if (matrix.directions.size() != m) {
    return Status::InvalidArgument(
        fmt::format("{} directions for {} criteria", matrix.directions.size(), m));
  }
  if (matrix.values.size() != n * m) {
    return Status::InvalidArgument(
        fmt::format("{} values for {} alternatives x {} criteria", matrix.values.size(), n, m));
  }
  if (!matrix.missing.empty() && matrix.missing.size() != n * m) {
    return Status::InvalidArgument("missing-value mask does not match the matrix size");
  }
  if (matrix.lo.size() != matrix.hi.size() || (!matrix.lo.empty() && matrix.lo.size() != n * m)) {
    return Status::InvalidArgument("uncertainty intervals do not match the matrix size");
  }
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      if (matrix.is_missing(i, j)) continue;
      const std::size_t c = j * n + i;
      if (!std::isfinite(matrix.values[c])) {
        return Status::InvalidArgument(fmt::format("value of '{}' on '{}' is not finite",
                                                   matrix.alternatives[i], matrix.criteria[j]));
      }
      if (matrix.has_intervals() &&
          !(matrix.lo[c] <= matrix.values[c] && matrix.values[c] <= matrix.hi[c])) {
        return Status::InvalidArgument(fmt::format(
            "interval [{}, {}] of '{}' on '{}' does not contain its value {}", matrix.lo[c],
            matrix.hi[c], matrix.alternatives[i], matrix.criteria[j], matrix.values[c]));
      }
    }
  }
  return Status::Ok();
}

Result<ResolvedMatrix> ResolveMissing(const DecisionMatrix& matrix, MissingPolicy policy) {
  if (Status s = Validate(matrix); !s.ok()) return s;
  const std::size_t n = matrix.n(), m = matrix.m();

  // Observed range per criterion (point values and interval bounds).
  std::vector<double> lo(m, std::numeric_limits<double>::infinity());
  std::vector<double> hi(m, -std::numeric_limits<double>::infinity());
  std::vector<std::size_t> missing_per_criterion(m, 0);
  std::vector<bool> alt_has_missing(n, false);
  for (std::size_t j = 0; j < m; ++j) {
    for (std::size_t i = 0; i < n; ++i) {
      if (matrix.is_missing(i, j)) {
        ++missing_per_criterion[j];
        alt_has_missing[i] = true;
        continue;
      }
      const std::size_t c = j * n + i;
      lo[j] = std::min(lo[j], matrix.has_intervals() ? matrix.lo[c] : matrix.values[c]);
      hi[j] = std::max(hi[j], matrix.has_intervals() ? matrix.hi[c] : matrix.values[c]);
    }
    if (missing_per_criterion[j] == n) {
      return Status::InvalidData(
          fmt::format("criterion '{}' has no observed value", matrix.criteria[j]));
    }
  }

  ResolvedMatrix out;
  for (std::size_t i = 0; i < n; ++i) {
    if (policy == MissingPolicy::kExclude && alt_has_missing[i]) {
      out.excluded.push_back(i);
    } else {
      out.kept.push_back(i);
    }
  }
  if (out.kept.empty()) {
    return Status::InvalidData("every alternative has a missing value: none left to rank");
  }

  const std::size_t k = out.kept.size();
  DecisionMatrix& r = out.matrix;
  r.criteria = matrix.criteria;
  r.directions = matrix.directions;
  for (std::size_t i : out.kept) r.alternatives.push_back(matrix.alternatives[i]);
  r.values.resize(k * m);
  const bool need_intervals =
      matrix.has_intervals() ||
      (policy == MissingPolicy::kSample && !out.kept.empty() &&
       std::any_of(missing_per_criterion.begin(), missing_per_criterion.end(),
                   [](std::size_t c) { return c > 0; }));
  if (need_intervals) {
    r.lo.resize(k * m);
    r.hi.resize(k * m);
  }
  std::size_t filled = 0;
  for (std::size_t j = 0; j < m; ++j) {
    const double worst = matrix.directions[j] == Direction::kBenefit ? lo[j] : hi[j];
    for (std::size_t t = 0; t < k; ++t) {
      const std::size_t i = out.kept[t];
      const std::size_t src = j * n + i, dst = j * k + t;
      if (!matrix.is_missing(i, j)) {
        r.values[dst] = matrix.values[src];
        if (need_intervals) {
          r.lo[dst] = matrix.has_intervals() ? matrix.lo[src] : matrix.values[src];
          r.hi[dst] = matrix.has_intervals() ? matrix.hi[src] : matrix.values[src];
        }
        continue;
      }
      ++filled;
      if (policy == MissingPolicy::kPenalise) {
        r.values[dst] = worst;
        if (need_intervals) r.lo[dst] = r.hi[dst] = worst;
      } else {  // kSample (kExclude never reaches here)
        r.values[dst] = 0.5 * (lo[j] + hi[j]);
        r.lo[dst] = lo[j];
        r.hi[dst] = hi[j];
      }
    }
  }
  if (!out.excluded.empty()) {
    std::string names;
    for (std::size_t i : out.excluded) {
      names += (names.empty() ? "" : ", ") + matrix.alternatives[i];
    }
    out.notes.push_back(fmt::format("excluded {} alternative(s) with missing values: {}",
                                    out.excluded.size(), names));
  }
  if (filled > 0 && policy == MissingPolicy::kPenalise) {
    out.notes.push_back(fmt::format(
        "{} missing value(s) replaced by the worst observed value of their criterion", filled));
  }
  if (filled > 0 && policy == MissingPolicy::kSample) {
    out.notes.push_back(fmt::format(
        "{} missing value(s) treated as unknown within their criterion's observed range: "
        "sampled uniformly in SMAA, midpoint in deterministic methods",
        filled));
  }
  return out;
}

}  // namespace gradfit::decide
