// SMAA-2 (Lahdelma & Salminen 2001): how robust is a ranking when the weights (and
// uncertain values) vary? Samples weight vectors uniformly from the simplex, ranks the
// alternatives by weighted-sum utility over the min-max normalised criteria for every
// sample, and counts which rank each alternative takes.
//
// Determinism: samples are split into fixed chunks of kSmaaChunk; chunk c draws from its
// own generator seeded from (seed, c). Counts are integers and central-weight sums are
// fixed-point integers, so the result is bit-identical for any thread count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gradfit/decide.hpp"
#include "gradfit/status.hpp"

namespace gradfit::decide {

inline constexpr std::size_t kSmaaChunk = 256;  // samples per RNG stream / work unit

struct SmaaOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  unsigned threads = 1;   // 0 = all hardware threads
  std::size_t top_k = 0;  // 0 = track every rank; K = ranks 1..K only (faster)
  // Optional ordering of criteria, most important first (a permutation of 0..M-1): each
  // sampled weight vector is sorted to respect it.
  std::vector<std::size_t> order;
  // Optional weight intervals (both M long): samples outside are rejected.
  std::vector<double> weight_lo, weight_hi;
  std::size_t max_draws_per_sample = 100000;  // rejection cap; beyond it: an error
  bool confidence = true;                     // compute confidence factors
};

struct SmaaResult {
  std::size_t n = 0, m = 0;
  std::size_t ranks = 0;  // ranks tracked: n, or top_k
  std::size_t samples = 0;
  std::vector<std::uint32_t> rank_counts;  // n * ranks, row i = alternative i
  std::vector<double> central_weights;     // n * m; NaN row when i never ranks first
  std::vector<double> confidence;          // n; NaN when i never ranks first (or disabled)
  std::uint64_t weight_draws = 0;          // weight vectors drawn (> samples with rejection)

  // b[i][r]: share of samples where alternative i takes rank r (0-based).
  double acceptability(std::size_t i, std::size_t r) const {
    return static_cast<double>(rank_counts[i * ranks + r]) / static_cast<double>(samples);
  }
  double first_rank(std::size_t i) const { return acceptability(i, 0); }
};

// Runs SMAA-2 on a normalised matrix (see MinMaxNormalise; intervals in `norm.lo/hi` are
// sampled uniformly per sample). Errors: zero samples, an empty matrix, top_k > n, a bad
// ordering, infeasible weight intervals, rejection cap reached, full ranks too large
// (n * n counters above 2^26, i.e. n > 8192: use top_k).
Result<SmaaResult> RunSmaa(const Normalised& norm, const SmaaOptions& options);

}  // namespace gradfit::decide
