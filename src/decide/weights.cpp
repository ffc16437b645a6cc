// Criterion weights from direct values and from a ranking (rank-order centroid).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "gradfit/decide_weights.hpp"

namespace gradfit::decide {

Result<DirectWeights> NormaliseWeights(std::span<const double> raw) {
  if (raw.empty()) return Status::InvalidArgument("no weights given");
  DirectWeights out;
  for (std::size_t j = 0; j < raw.size(); ++j) {
    if (!std::isfinite(raw[j])) {
      return Status::InvalidArgument(fmt::format("weight {} is not a finite number", j + 1));
    }
    if (raw[j] < 0.0) {
      return Status::InvalidArgument(fmt::format("weight {} is negative ({})", j + 1, raw[j]));
    }
    out.raw_sum += raw[j];
  }
  if (!(out.raw_sum > 0.0)) return Status::InvalidArgument("all weights are zero");
  // Divide by the largest weight first: the sum of weights near 1e308 overflows to inf,
  // and w / inf would make every weight 0.
  const double largest = *std::max_element(raw.begin(), raw.end());
  double scaled_sum = 0.0;
  for (double w : raw) scaled_sum += w / largest;
  out.weights.reserve(raw.size());
  for (double w : raw) out.weights.push_back((w / largest) / scaled_sum);
  out.renormalised = std::abs(out.raw_sum - 1.0) > 1e-9;
  return out;
}

Result<std::vector<double>> RankOrderCentroid(std::span<const int> ranks) {
  const std::size_t m = ranks.size();
  if (m == 0) return Status::InvalidArgument("no criterion ranks given");
  for (std::size_t j = 0; j < m; ++j) {
    if (ranks[j] < 1 || static_cast<std::size_t>(ranks[j]) > m) {
      return Status::InvalidArgument(
          fmt::format("rank {} of criterion {} is outside 1..{}", ranks[j], j + 1, m));
    }
  }
  // centroid[p] = (1/M) sum_{k=p..M} 1/k for position p (1-based).
  std::vector<double> centroid(m + 2, 0.0);
  for (std::size_t p = m; p >= 1; --p) centroid[p] = centroid[p + 1] + 1.0 / static_cast<double>(p);
  for (std::size_t p = 1; p <= m; ++p) centroid[p] /= static_cast<double>(m);

  std::vector<int> sorted(ranks.begin(), ranks.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<double> out(m);
  for (std::size_t j = 0; j < m; ++j) {
    const int r = ranks[j];
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), r) - sorted.begin();
    const auto last = std::upper_bound(sorted.begin(), sorted.end(), r) - sorted.begin();
    if (static_cast<std::size_t>(first) + 1 != static_cast<std::size_t>(r)) {
      return Status::InvalidArgument(fmt::format(
          "criterion ranks must be competition style (1,2,2,4): rank {} follows {} better "
          "criteria",
          r, first));
    }
    double sum = 0.0;
    for (auto p = first + 1; p <= last; ++p) sum += centroid[static_cast<std::size_t>(p)];
    out[j] = sum / static_cast<double>(last - first);
  }
  return out;
}

}  // namespace gradfit::decide
