// Weighted sum over the min-max normalised matrix, and ranking by score.
#include <algorithm>
#include <numeric>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

std::vector<double> WeightedSumScores(const Normalised& norm, std::span<const double> weights) {
  std::vector<double> scores(norm.n, 0.0);
  for (std::size_t j = 0; j < norm.m && j < weights.size(); ++j) {
    const double w = weights[j];
    const double* col = norm.x.data() + j * norm.n;
    for (std::size_t i = 0; i < norm.n; ++i) scores[i] += w * col[i];
  }
  return scores;
}

std::vector<std::size_t> RankByScore(std::span<const double> scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  return order;
}

std::vector<double> Contributions(const Normalised& norm, std::span<const double> weights,
                                  std::size_t i) {
  std::vector<double> out(norm.m, 0.0);
  for (std::size_t j = 0; j < norm.m && j < weights.size(); ++j)
    out[j] = weights[j] * norm.at(i, j);
  return out;
}

}  // namespace gradfit::decide
