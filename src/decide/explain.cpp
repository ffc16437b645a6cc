// Explanations: the weight change on one criterion that would swap two alternatives.
//
// With w_j set to t and the other weights scaled by (1 - t) / (1 - w_j), a score becomes
// S(t) = t * x_j + (1 - t) * R, with R = (S - w_j x_j) / (1 - w_j) the score on the other
// criteria. The gap D(t) = S_leader(t) - S_challenger(t) is linear in t, so it vanishes at
// t* = dR / (dR - dx_j) with dR = R_l - R_c and dx_j = x_lj - x_cj.
#include <fmt/format.h>

#include <cmath>

#include "gradfit/decide.hpp"

namespace gradfit::decide {

std::vector<SwapThreshold> SwapThresholds(const Normalised& norm, std::span<const double> weights,
                                          std::size_t leader, std::size_t challenger) {
  std::vector<SwapThreshold> out;
  if (weights.size() != norm.m) return out;
  double s_l = 0.0, s_c = 0.0;
  for (std::size_t j = 0; j < norm.m; ++j) {
    s_l += weights[j] * norm.at(leader, j);
    s_c += weights[j] * norm.at(challenger, j);
  }
  for (std::size_t j = 0; j < norm.m; ++j) {
    const double w = weights[j];
    if (w >= 1.0) continue;  // no other weight to rescale
    const double x_l = norm.at(leader, j), x_c = norm.at(challenger, j);
    const double r_l = (s_l - w * x_l) / (1.0 - w), r_c = (s_c - w * x_c) / (1.0 - w);
    const double d_rest = r_l - r_c, d_x = x_l - x_c;
    const double denom = d_rest - d_x;
    if (std::abs(denom) < 1e-12) continue;  // gap does not depend on w_j
    const double t = d_rest / denom;
    if (!(t >= 0.0 && t <= 1.0)) continue;
    // D(t) = d_rest + t * (d_x - d_rest): the challenger leads where D < 0.
    out.push_back({j, t, (d_x - d_rest) < 0.0});
  }
  return out;
}

std::string DescribeSwap(const DecisionMatrix& matrix, std::size_t leader, std::size_t challenger,
                         const SwapThreshold& threshold) {
  return fmt::format("{} overtakes {} if {} weighs {} than {:.2f}", matrix.alternatives[challenger],
                     matrix.alternatives[leader], matrix.criteria[threshold.criterion],
                     threshold.challenger_wins_above ? "more" : "less", threshold.weight);
}

}  // namespace gradfit::decide
