// SMAA inner kernels. Plain C++ written so that g++ -O2/-O3 vectorises the hot loops with
// the baseline instruction set (no -march flags).
#include "smaa_kernels.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

// On x86-64, hot kernels are compiled for AVX2 and for the baseline and picked at
// run time (glibc ifunc), so the binary stays portable without -march flags.
// clang (the sanitizer build) cannot clone function templates: it gets the baseline code.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define GRADFIT_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define GRADFIT_AVX2_CLONES
#endif

namespace gradfit::decide::detail {

namespace {
constexpr std::size_t kTile = 32;  // alternatives per tile: 8 SSE registers of accumulators
}

namespace {

// Four 8-float vectors hold a 32-alternative tile in registers (AVX2: four ymm; baseline x86-64:
// the compiler splits each into two xmm). GCC vector extensions keep the accumulators out of
// memory, which a plain float[32] array did not (it was zeroed and copied through the stack).
// The helpers below are always inlined into the target clones; GCC's note that a 32-byte vector
// return changes the ABI without AVX does not apply to inlined code.
#pragma GCC diagnostic ignored "-Wpsabi"
typedef float V8 __attribute__((vector_size(32)));
typedef std::uint32_t K8 __attribute__((vector_size(32)));
typedef std::int32_t I8 __attribute__((vector_size(32)));
static_assert(kTile == 4 * 8);

inline V8 Load8(const float* p) {
  V8 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// DescendingKey on eight lanes: negative floats flip all bits, others only the sign bit, then
// the whole key is inverted so that the best utility has the smallest key.
inline K8 DescendingKey8(V8 f) {
  f += V8{};  // -0 -> +0, as DescendingKey
  I8 bits;
  std::memcpy(&bits, &f, sizeof bits);
  const I8 flip = (bits >> 31) | std::numeric_limits<std::int32_t>::min();
  return ~(K8)(bits ^ flip);
}

inline K8 Min8(K8 a, K8 b) { return a < b ? a : b; }

// Sums of one 32-alternative tile for one weight vector: row j of the tile starts at
// x + j * stride. Order j = 0..m-1 per element, starting from 0 (as the naive sum).
struct TileSums {
  V8 a[4];
};
inline TileSums SumTile(const float* x, std::size_t stride, std::size_t m, const float* ws) {
  V8 a0{}, a1{}, a2{}, a3{};
  for (std::size_t j = 0; j < m; ++j) {
    const float wj = ws[j];
    const float* xj = x + j * stride;
    a0 += wj * Load8(xj);
    a1 += wj * Load8(xj + 8);
    a2 += wj * Load8(xj + 16);
    a3 += wj * Load8(xj + 24);
  }
  return {{a0, a1, a2, a3}};
}

// The smallest DescendingKey of the first `valid` lanes of a tile.
inline std::uint32_t TileMinKey(const TileSums& t, std::size_t valid) {
  // Lanes past the end hold padding: OR-ing the all-ones compare mask gives them the worst key.
  const K8 lane{0, 1, 2, 3, 4, 5, 6, 7};
  const auto v = static_cast<std::uint32_t>(valid);
  K8 k[4];
  for (std::uint32_t q = 0; q < 4; ++q) k[q] = DescendingKey8(t.a[q]) | (K8)(lane + q * 8 >= v);
  const K8 mn8 = Min8(Min8(k[0], k[1]), Min8(k[2], k[3]));
  std::uint32_t mn = mn8[0];
  for (int l = 1; l < 8; ++l) mn = mn8[l] < mn ? mn8[l] : mn;
  return mn;
}

constexpr std::size_t kPaddedTailMaxM = 32;  // criteria up to which the tail is padded on the stack

template <bool kBlockMin>
// Built twice, for AVX2 and for any x86-64, and picked at run time (no -march needed).
// AVX2 without FMA: the same operations in the same order, so identical results.
GRADFIT_AVX2_CLONES void BlockUtilitiesImpl(const float* x, std::size_t n, std::size_t m,
                                            const float* w, std::size_t samples, float* u,
                                            std::uint32_t* block_min) {
  const std::size_t blocks = KeyBlocks(n);
  std::size_t i0 = 0;
  for (; i0 + kTile <= n; i0 += kTile) {
    for (std::size_t s = 0; s < samples; ++s) {
      const TileSums t = SumTile(x + i0, n, m, w + s * m);
      std::memcpy(u + s * n + i0, t.a, sizeof t.a);
      if constexpr (kBlockMin) block_min[s * blocks + i0 / kTile] = TileMinKey(t, kTile);
    }
  }
  if (i0 == n) return;
  const std::size_t rest = n - i0;
  if (m <= kPaddedTailMaxM) {
    // The last, partial tile: copied once into a zero-padded tile, then summed as the others
    // (padding adds +0 terms to lanes that are never read).
    // Only the m rows in use are cleared: this runs once per sample in SMAA, and clearing all
    // kPaddedTailMaxM rows (4 KB) cost more than the sums of a few criteria.
    float pad[kPaddedTailMaxM * kTile];
    std::memset(pad, 0, m * kTile * sizeof(float));
    for (std::size_t j = 0; j < m; ++j) std::memcpy(pad + j * kTile, x + j * n + i0, rest * 4);
    for (std::size_t s = 0; s < samples; ++s) {
      const TileSums t = SumTile(pad, kTile, m, w + s * m);
      std::memcpy(u + s * n + i0, t.a, rest * sizeof(float));
      if constexpr (kBlockMin) block_min[s * blocks + i0 / kTile] = TileMinKey(t, rest);
    }
    return;
  }
  for (std::size_t s = 0; s < samples; ++s) {  // many criteria: plain loop
    const float* ws = w + s * m;
    std::uint32_t mn = ~0u;
    for (std::size_t i = i0; i < n; ++i) {
      float acc = 0.0f;
      for (std::size_t j = 0; j < m; ++j) acc += ws[j] * x[j * n + i];
      u[s * n + i] = acc;
      const std::uint32_t kk = DescendingKey(acc);
      mn = kk < mn ? kk : mn;
    }
    if constexpr (kBlockMin) block_min[s * blocks + i0 / kTile] = mn;
  }
}

}  // namespace

void BlockUtilities(const float* x, std::size_t n, std::size_t m, const float* w,
                    std::size_t samples, float* u, std::uint32_t* block_min) {
  static_assert(kTile == kKeyBlock);
  if (block_min != nullptr) {
    BlockUtilitiesImpl<true>(x, n, m, w, samples, u, block_min);
  } else {
    BlockUtilitiesImpl<false>(x, n, m, w, samples, u, nullptr);
  }
}

void RankScratch::Reserve(std::size_t n) {
  key.resize(n);
  bucket.resize(n);
  hist.resize(n + 1);
  sorted.resize(n + 2 * kRankWindow);
  index.resize(n);
  pos.resize(n);
  oversized.reserve(64);
}

namespace {

// Small n: each rank is a count of the alternatives that sort before it (a smaller key, or an
// equal key at a lower index), eight alternatives per vector against every other one. O(n^2)
// compares, but branch-free and in registers: cheaper than the bucket passes below up to about
// kPairwiseMaxN alternatives.
// sk: scratch for n + 7 keys.
GRADFIT_AVX2_CLONES std::uint32_t RankPairwise(const float* u, std::size_t n, std::int32_t* sk,
                                               std::uint16_t* rank_of, std::size_t stride) {
  // Signed keys (key ^ 2^31 keeps the order) so that vector compares are native; padded to a
  // multiple of 8.
  for (std::size_t k = 0; k < n; ++k)
    sk[k] = static_cast<std::int32_t>(DescendingKey(u[k]) ^ 0x80000000u);
  for (std::size_t k = n; k % 8 != 0; ++k) sk[k] = std::numeric_limits<std::int32_t>::max();
  const I8 lane{0, 1, 2, 3, 4, 5, 6, 7};
  std::uint32_t first = 0;
  for (std::size_t i0 = 0; i0 < n; i0 += 8) {
    I8 ki;
    std::memcpy(&ki, sk + i0, sizeof ki);
    I8 before{};  // minus the number of alternatives ranked before each lane (compares are -1)
    for (std::size_t j = 0; j < i0; ++j) before += (I8{} + sk[j]) <= ki;  // lower index wins ties
    const std::size_t block_end = std::min(n, i0 + 8);
    for (std::size_t j = i0; j < block_end; ++j) {
      const I8 kj = I8{} + sk[j];
      const I8 lower_index = lane > static_cast<std::int32_t>(j - i0);
      before += (kj < ki) | ((kj == ki) & lower_index);
    }
    for (std::size_t j = block_end; j < n; ++j) before += (I8{} + sk[j]) < ki;
    for (std::size_t l = 0; l < 8 && i0 + l < n; ++l) {
      const auto r = static_cast<std::uint16_t>(-before[l]);
      rank_of[(i0 + l) * stride] = r;
      if (r == 0) first = static_cast<std::uint32_t>(i0 + l);
    }
  }
  return first;
}

}  // namespace

// Built for AVX2 and for any x86-64, picked at run time (integer work: identical results).
GRADFIT_AVX2_CLONES std::uint32_t RankAll(const float* u, std::size_t n, RankScratch& scratch,
                                          std::uint16_t* rank_of, std::size_t stride) {
  // scratch.sorted holds n + 2 * kRankWindow >= n + 7 entries.
  if (n <= kPairwiseMaxN) return RankPairwise(u, n, scratch.sorted.data(), rank_of, stride);
  constexpr std::size_t W = kRankWindow;
  // Keys and their range in one pass: integer min/max vectorises, float min/max does not
  // without -ffast-math. The smallest key is the highest utility.
  std::uint32_t* key = scratch.key.data();
  std::uint32_t kmin = ~0u, kmax = 0u;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t kk = DescendingKey(u[k]);
    key[k] = kk;
    kmin = kk < kmin ? kk : kmin;
    kmax = kk > kmax ? kk : kmax;
  }
  if (kmin == kmax) {  // all equal: index order
    for (std::size_t k = 0; k < n; ++k) rank_of[k * stride] = static_cast<std::uint16_t>(k);
    return 0;
  }
  const float hi = KeyToFloat(kmin), lo = KeyToFloat(kmax);
  const std::size_t buckets = n;
  const float scale = static_cast<float>(buckets) / (hi - lo);
  const auto last = static_cast<std::int32_t>(buckets - 1);
  std::int32_t* bucket = scratch.bucket.data();
  for (std::size_t k = 0; k < n; ++k) {
    // floor((hi - u) * scale) is monotone in u; the best utility lands in bucket 0.
    const auto b = static_cast<std::int32_t>((hi - u[k]) * scale);
    bucket[k] = b < last ? b : last;
  }
  std::uint32_t* hist = scratch.hist.data();
  std::memset(hist, 0, (buckets + 1) * sizeof(std::uint32_t));
  std::uint32_t fullest = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t c = ++hist[bucket[k] + 1];
    fullest = c > fullest ? c : fullest;
  }
  scratch.oversized.clear();
  if (fullest > W + 1) {  // rare: list the buckets the window cannot cover
    for (std::size_t b = 0; b < buckets; ++b) {
      if (hist[b + 1] > W + 1) scratch.oversized.push_back(static_cast<std::uint32_t>(b));
    }
  }
  std::uint32_t run = 0;  // running sum in a register (no store-to-load chain)
  for (std::size_t b = 1; b <= buckets; ++b) {
    run += hist[b];
    hist[b] = run;
  }
  // Stable scatter into bucket order of the keys as signed integers (key ^ 2^31 keeps the
  // order and lets SSE2 compare them natively), between W sentinels on each side:
  // INT32_MIN in front (never greater than a key), INT32_MAX behind (never smaller).
  std::int32_t* sorted = scratch.sorted.data() + W;
  std::uint16_t* index = scratch.index.data();
  for (std::size_t k = 0; k < W; ++k) {
    sorted[-1 - static_cast<std::ptrdiff_t>(k)] = std::numeric_limits<std::int32_t>::min();
    sorted[n + k] = std::numeric_limits<std::int32_t>::max();
  }
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t p = hist[bucket[k]]++;
    sorted[p] = static_cast<std::int32_t>(key[k] ^ 0x80000000u);
    index[p] = static_cast<std::uint16_t>(k);
  }
  // Final rank of slot p: p - #(earlier window keys greater than its key) + #(later window
  // keys smaller than its key). Equal keys are already in index order.
  std::int32_t* pos = scratch.pos.data();
  for (std::size_t p = 0; p < n; ++p) {
    const std::int32_t kp = sorted[p];
    std::int32_t c = static_cast<std::int32_t>(p);
    // Signed offsets: for p < d the index reaches the sentinels before sorted[0].
    const auto sp = static_cast<std::ptrdiff_t>(p);
    for (std::ptrdiff_t d = 1; d <= static_cast<std::ptrdiff_t>(W); ++d) c -= sorted[sp - d] > kp;
    for (std::size_t d = 1; d <= W; ++d) c += sorted[p + d] < kp;
    pos[p] = c;
  }
  // Rare buckets wider than the window: exact counts inside the bucket.
  for (std::uint32_t b : scratch.oversized) {
    const std::uint32_t begin = b == 0 ? 0 : hist[b - 1], end = hist[b];
    for (std::uint32_t p = begin; p < end; ++p) {
      std::int32_t c = 0;
      for (std::uint32_t q = begin; q < end; ++q) {
        c += q < p ? sorted[q] <= sorted[p] : sorted[q] < sorted[p];
      }
      pos[p] = static_cast<std::int32_t>(begin) + c;
    }
  }
  for (std::size_t p = 0; p < n; ++p)
    rank_of[index[p] * stride] = static_cast<std::uint16_t>(pos[p]);
  for (std::size_t p = 0;; ++p) {  // rank 0 sits in the first W + 1 slots
    if (pos[p] == 0) return index[p];
  }
}

void TopKScratch::Reserve(std::size_t n) {
  block_min.resize(n);
  nth.resize(n);
  candidates.resize(n + 1);
  if (n <= kPairwiseMaxN) {
    pair_keys.resize(n + 7);
    pair_rank.resize(n);
  }
}

void RankTopK(const float* u, std::size_t n, std::size_t k, TopKScratch& scratch,
              std::uint32_t* top, const std::uint32_t* block_min) {
  if (n <= kPairwiseMaxN) {  // few alternatives: rank them all, keep the first k
    RankPairwise(u, n, scratch.pair_keys.data(), scratch.pair_rank.data(), 1);
    for (std::size_t i = 0; i < n; ++i)
      if (scratch.pair_rank[i] < k) top[scratch.pair_rank[i]] = static_cast<std::uint32_t>(i);
    return;
  }
  // Block width: kKeyBlock when there are at least 2k blocks, narrower for small n.
  const bool wide = n / kKeyBlock >= 2 * k;
  const std::size_t width = wide ? kKeyBlock : std::max<std::size_t>(1, n / (2 * k));
  const std::size_t blocks = (n + width - 1) / width;
  const std::uint32_t* bmin = block_min;
  if (!wide || bmin == nullptr) {
    std::uint32_t* own = scratch.block_min.data();
    for (std::size_t b = 0; b < blocks; ++b) {
      std::uint32_t mn = ~0u;
      const std::size_t end = std::min(n, (b + 1) * width);
      for (std::size_t i = b * width; i < end; ++i) {
        const std::uint32_t kk = DescendingKey(u[i]);
        mn = kk < mn ? kk : mn;
      }
      own[b] = mn;
    }
    bmin = own;
  }
  std::uint32_t threshold = ~0u;
  if (blocks >= k) {
    std::uint32_t* nth = scratch.nth.data();
    std::copy(bmin, bmin + blocks, nth);
    std::nth_element(nth, nth + (k - 1), nth + blocks);
    threshold = nth[k - 1];
  }
  // Branch-free compaction: always write, advance only for a candidate.
  std::uint64_t* cand = scratch.candidates.data();
  std::size_t count = 0;
  for (std::size_t b = 0; b < blocks; ++b) {
    if (bmin[b] > threshold) continue;
    const std::size_t end = std::min(n, (b + 1) * width);
    for (std::size_t i = b * width; i < end; ++i) {
      const std::uint32_t kk = DescendingKey(u[i]);
      cand[count] = (std::uint64_t{kk} << 32) | i;
      count += kk <= threshold;
    }
  }
  // Packed words order by key, then index: exactly the rank order.
  std::partial_sort(cand, cand + k, cand + count);
  for (std::size_t p = 0; p < k; ++p) top[p] = static_cast<std::uint32_t>(cand[p]);
}

}  // namespace gradfit::decide::detail
