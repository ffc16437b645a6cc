// The SMAA ranking kernels against std::stable_sort, including heavy ties.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "decide/smaa_kernels.hpp"

namespace gradfit::decide::detail {
namespace {

std::vector<std::uint32_t> Reference(const std::vector<float>& u) {
  std::vector<std::uint32_t> order(u.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return u[a] > u[b]; });
  return order;
}

void CheckAll(const std::vector<float>& u) {
  const std::size_t n = u.size();
  const auto ref = Reference(u);
  RankScratch scratch;
  scratch.Reserve(n);
  std::vector<std::uint16_t> rank_of(n);
  const std::uint32_t first = RankAll(u.data(), n, scratch, rank_of.data(), 1);
  EXPECT_EQ(first, ref[0]);
  for (std::size_t r = 0; r < n; ++r) ASSERT_EQ(rank_of[ref[r]], r) << "rank " << r;
  TopKScratch topk;
  topk.Reserve(n);
  for (std::size_t k : {std::size_t{1}, std::size_t{3}, std::size_t{10}, n}) {
    if (k > n) continue;
    std::vector<std::uint32_t> top(k);
    RankTopK(u.data(), n, k, topk, top.data());
    for (std::size_t r = 0; r < k; ++r) ASSERT_EQ(top[r], ref[r]) << "k " << k << " rank " << r;
  }
}

TEST(RankKernels, MatchStableSortOnRandomTiedAndSkewedInputs) {
  std::uint64_t s = 1;
  auto next = [&] {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>(s >> 40) * 0x1p-24f;
  };
  for (std::size_t n : {1u, 2u, 7u, 50u, 333u, 1000u, 4096u}) {
    std::vector<float> u(n);
    for (auto& v : u) v = next();
    CheckAll(u);
    for (auto& v : u) v = static_cast<float>(static_cast<int>(next() * 4)) / 4;  // 4 values
    CheckAll(u);
    for (auto& v : u) v = next() < 0.9f ? 0.5f + next() * 1e-6f : next();  // a dense cluster
    CheckAll(u);
    std::fill(u.begin(), u.end(), 0.25f);
    CheckAll(u);
  }
}

// The tiled utility product gives, bit for bit, the plain sum over criteria in order j = 0..m-1
// (so results never depend on tiling), and block minima of the descending keys, including the
// tail block and negative utilities.
TEST(UtilityKernel, EqualsThePlainOrderedSumAndItsBlockMinima) {
  std::uint64_t st = 7;
  auto next = [&] {
    st = st * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>(st >> 40) * 0x1p-24f - 0.25f;
  };
  // All-negative utilities too: there a padded lane (utility 0) would beat every real one.
  for (const float sign : {1.0f, -1.0f})
    for (std::size_t n : {5u, 32u, 100u, 1000u}) {
      const std::size_t m = 8, samples = 3, blocks = KeyBlocks(n);
      std::vector<float> x(m * n), w(samples * m), u(samples * n);
      for (auto& v : x) v = sign > 0 ? next() : -0.01f - (next() + 0.25f);
      for (auto& v : w) v = next() + 0.25f;
      std::vector<std::uint32_t> bmin(samples * blocks);
      BlockUtilities(x.data(), n, m, w.data(), samples, u.data(), bmin.data());
      for (std::size_t s = 0; s < samples; ++s) {
        for (std::size_t b = 0; b < blocks; ++b) {
          std::uint32_t mn = ~0u;
          for (std::size_t i = b * kKeyBlock; i < std::min(n, (b + 1) * kKeyBlock); ++i) {
            float acc = 0.0f;
            for (std::size_t j = 0; j < m; ++j) acc += w[s * m + j] * x[j * n + i];
            ASSERT_EQ(u[s * n + i], acc) << "n " << n << " sample " << s << " alternative " << i;
            mn = std::min(mn, DescendingKey(acc));
          }
          ASSERT_EQ(bmin[s * blocks + b], mn) << "n " << n << " block " << b;
        }
      }
    }
}

TEST(RankKernels, DescendingKeyOrdersFloats) {
  EXPECT_LT(DescendingKey(1.0f), DescendingKey(0.5f));
  EXPECT_LT(DescendingKey(0.5f), DescendingKey(0.0f));
  EXPECT_LT(DescendingKey(0.0f), DescendingKey(-1.0f));
  EXPECT_EQ(DescendingKey(0.0f), DescendingKey(-0.0f));
  EXPECT_EQ(KeyToFloat(DescendingKey(0.375f)), 0.375f);
  EXPECT_EQ(KeyToFloat(DescendingKey(-2.5f)), -2.5f);
}

}  // namespace
}  // namespace gradfit::decide::detail
