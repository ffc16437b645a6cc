// The quantile rule of the catalog-wide ranges (tuition peers, the cost criterion's
// unknown lines): linear interpolation between order statistics (type 7 of Hyndman
// and Fan, R's default). `v` must not be empty.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace gradfit {

inline double InterpolatedQuantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  const double pos = q * static_cast<double>(v.size() - 1);
  const std::size_t lo = static_cast<std::size_t>(pos), hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace gradfit
