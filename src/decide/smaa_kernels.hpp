// Inner kernels of SMAA: utilities for a block of samples, full ranking, top-K selection.
// Internal to src/decide (not part of the public API).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gradfit::decide::detail {

// If block_min is given, block_min[s * KeyBlocks(n) + b] = min of DescendingKey(u) over the
// b-th block of kKeyBlock alternatives (computed while the tile is in registers).
// u[s * n + i] = sum_j w[s * m + j] * x[j * n + i] for s < samples: a small matrix product
// (samples x m) * (m x n), tiled over alternatives so a tile of x is reused by every sample.
// The per-element summation order (j = 0..m-1) is fixed, so results never depend on tiling.
void BlockUtilities(const float* x, std::size_t n, std::size_t m, const float* w,
                    std::size_t samples, float* u, std::uint32_t* block_min = nullptr);

inline constexpr std::size_t kKeyBlock = 32;  // alternatives per tile / top-K block
inline std::size_t KeyBlocks(std::size_t n) { return (n + kKeyBlock - 1) / kKeyBlock; }

// Order-preserving map of a float to uint32 for descending sort: a smaller key is a larger
// utility. Equal floats give equal keys (+0 and -0 are made equal).
inline std::uint32_t DescendingKey(float f) {
  f += 0.0f;  // -0 -> +0
  std::uint32_t bits;
  __builtin_memcpy(&bits, &f, sizeof bits);
  const std::uint32_t ascending = (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
  return ~ascending;
}

inline float KeyToFloat(std::uint32_t key) {
  const std::uint32_t ascending = ~key;
  const std::uint32_t bits = (ascending & 0x80000000u) ? (ascending & 0x7FFFFFFFu) : ~ascending;
  float f;
  __builtin_memcpy(&f, &bits, sizeof f);
  return f;
}

// Scratch buffers reused across samples (no allocation per sample).
struct RankScratch {
  std::vector<std::uint32_t> key;        // n: DescendingKey(u_i)
  std::vector<std::int32_t> bucket;      // n
  std::vector<std::uint32_t> hist;       // buckets + 1
  std::vector<std::int32_t> sorted;      // n + 2 * kRankWindow keys in bucket order, padded
  std::vector<std::uint16_t> index;      // n alternative of each sorted slot
  std::vector<std::int32_t> pos;         // n final rank of each sorted slot
  std::vector<std::uint32_t> oversized;  // buckets holding more than kRankWindow + 1
  void Reserve(std::size_t n);
};

inline constexpr std::size_t kRankWindow = 7;
// Up to this many alternatives RankAll counts pairwise (see RankPairwise) instead of bucketing.
inline constexpr std::size_t kPairwiseMaxN = 96;

// rank_of[i * stride] = rank of alternative i (0 = best): decreasing utility, ties by lower index.
// Returns the alternative ranked first. Method for n <= kPairwiseMaxN: pairwise counts, eight
// alternatives per vector. Otherwise: a counting sort into n equal-width
// utility buckets (monotone in the utility, stable in the index), then each slot's final
// rank is its slot minus kRankWindow plus the number of keys in the +-kRankWindow window
// that sort before it (a branch-free, vectorised count; every earlier bucket sorts before,
// every later one after). Buckets larger than the window are ranked exactly by pairwise
// counts.
std::uint32_t RankAll(const float* u, std::size_t n, RankScratch& scratch, std::uint16_t* rank_of,
                      std::size_t stride);

struct TopKScratch {
  std::vector<std::uint32_t> block_min;   // blocks
  std::vector<std::uint32_t> nth;         // blocks (copy for nth_element)
  std::vector<std::uint64_t> candidates;  // up to n packed (key << 32 | index)
  std::vector<std::int32_t> pair_keys;    // n + 7, for n <= kPairwiseMaxN
  std::vector<std::uint16_t> pair_rank;   // n, for n <= kPairwiseMaxN
  void Reserve(std::size_t n);
};

// top[p] for p < k: the k best alternatives in rank order (same order as RankAll).
// Keys are split in blocks; the k-th smallest block minimum T bounds the k-th best key
// (k blocks each hold a key <= T), so only keys <= T in blocks whose minimum is <= T can
// be in the top k. Those few candidates are then sorted. Up to kPairwiseMaxN alternatives, all
// are ranked pairwise instead and the first k kept. `block_min` (optional) are the
// kKeyBlock-wide block minima from BlockUtilities.
void RankTopK(const float* u, std::size_t n, std::size_t k, TopKScratch& scratch,
              std::uint32_t* top, const std::uint32_t* block_min = nullptr);

}  // namespace gradfit::decide::detail
