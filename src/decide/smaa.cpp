// SMAA-2 driver: weight sampling, per-chunk sample loop over threads, reduction.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <thread>

#include "gradfit/decide_smaa.hpp"
#include "smaa_kernels.hpp"
#include "smaa_rng.hpp"

namespace gradfit::decide {
namespace {

using detail::Xoshiro256;

constexpr std::size_t kBlock = 16;                // samples per utility matrix product
constexpr double kFixedScale = 4294967296.0;      // central weights summed as w * 2^32
constexpr std::size_t kMaxCountCells = 1u << 26;  // n * ranks cap (256 MB per thread)
constexpr std::size_t kCountBlock = 64;           // samples counted together (full ranks)

// Draws weight vectors under the user's constraints.
class WeightSampler {
 public:
  WeightSampler(std::size_t m, const SmaaOptions& o) : m_(m), o_(o), raw_(m) {}

  // Fills w (m doubles). Returns false when the rejection cap was reached.
  bool Draw(Xoshiro256& rng, double* w, std::uint64_t& draws) {
    for (std::size_t attempt = 0; attempt < o_.max_draws_per_sample; ++attempt) {
      ++draws;
      double sum = 0.0;
      for (std::size_t j = 0; j < m_; ++j) {
        raw_[j] = -std::log(rng.UniformOpenZero());  // exponential(1): uniform on the simplex
        sum += raw_[j];
      }
      for (std::size_t j = 0; j < m_; ++j) raw_[j] /= sum;
      if (!o_.order.empty()) {
        std::sort(raw_.begin(), raw_.end(), std::greater<>());
        for (std::size_t k = 0; k < m_; ++k) w[o_.order[k]] = raw_[k];
      } else {
        std::copy(raw_.begin(), raw_.end(), w);
      }
      if (o_.weight_lo.empty()) return true;
      bool inside = true;
      for (std::size_t j = 0; j < m_ && inside; ++j) {
        inside = w[j] >= o_.weight_lo[j] && w[j] <= o_.weight_hi[j];
      }
      if (inside) return true;
    }
    return false;
  }

 private:
  std::size_t m_;
  const SmaaOptions& o_;
  std::vector<double> raw_;
};

Status CheckOptions(const Normalised& norm, const SmaaOptions& o) {
  const std::size_t n = norm.n, m = norm.m;
  if (n == 0 || m == 0)
    return Status::InvalidArgument("SMAA needs at least one alternative and criterion");
  if (n > 0xFFFFFFFFu) return Status::InvalidArgument("too many alternatives");
  if (o.samples == 0) return Status::InvalidArgument("SMAA needs at least one sample");
  if (o.samples > (std::size_t{1} << 30)) return Status::InvalidArgument("at most 2^30 samples");
  if (o.top_k > n) {
    return Status::InvalidArgument(
        fmt::format("top-K of {} with only {} alternatives", o.top_k, n));
  }
  const std::size_t ranks = o.top_k == 0 ? n : o.top_k;
  if (n * ranks > kMaxCountCells) {
    return Status::InvalidArgument(fmt::format(
        "full rank acceptabilities for {} alternatives need {} counters; track the top ranks "
        "only (top_k) instead",
        n, n * ranks));
  }
  if (!o.order.empty()) {
    if (o.order.size() != m) {
      return Status::InvalidArgument(
          fmt::format("criterion ordering has {} entries for {} criteria", o.order.size(), m));
    }
    std::vector<bool> seen(m, false);
    for (std::size_t c : o.order) {
      if (c >= m || seen[c]) {
        return Status::InvalidArgument("criterion ordering must list each criterion once");
      }
      seen[c] = true;
    }
  }
  if (!o.weight_lo.empty() || !o.weight_hi.empty()) {
    if (o.weight_lo.size() != m || o.weight_hi.size() != m) {
      return Status::InvalidArgument("weight intervals need a lower and upper bound per criterion");
    }
    double sum_lo = 0.0, sum_hi = 0.0;
    for (std::size_t j = 0; j < m; ++j) {
      if (!(o.weight_lo[j] >= 0.0 && o.weight_lo[j] <= o.weight_hi[j] && o.weight_hi[j] <= 1.0)) {
        return Status::InvalidArgument(
            fmt::format("weight interval {} is [{}, {}]: need 0 <= lo <= hi <= 1", j + 1,
                        o.weight_lo[j], o.weight_hi[j]));
      }
      sum_lo += o.weight_lo[j];
      sum_hi += o.weight_hi[j];
    }
    if (sum_lo > 1.0 + 1e-12 || sum_hi < 1.0 - 1e-12) {
      return Status::InvalidArgument(fmt::format(
          "weight intervals are infeasible: lower bounds sum to {:.4f}, upper bounds to {:.4f}; "
          "no weight vector summing to 1 fits",
          sum_lo, sum_hi));
    }
  }
  return Status::Ok();
}

// Per-thread accumulators (integers: their sum does not depend on the reduction order).
struct Accumulator {
  std::vector<std::uint32_t> counts;  // n * ranks
  // Full ranks count into 16-bit cells first (half the memory traffic of the hot loop),
  // folded into `counts` before they could overflow.
  std::vector<std::uint16_t> counts16;
  std::size_t since_fold = 0;
  void Fold() {
    for (std::size_t c = 0; c < counts16.size(); ++c) counts[c] += counts16[c];
    std::fill(counts16.begin(), counts16.end(), std::uint16_t{0});
    since_fold = 0;
  }
  std::vector<std::uint64_t> central;  // n * m, fixed point
  std::uint64_t draws = 0;
};

// Samples the uncertain values of one sample into xs (criterion-major floats).
void SampleValues(const std::vector<float>& lo, const std::vector<float>& span, Xoshiro256& rng,
                  float* xs) {
  for (std::size_t c = 0; c < lo.size(); ++c) xs[c] = lo[c] + span[c] * rng.UniformFloat();
}

template <typename Fn>
void RunChunks(std::size_t chunks, unsigned threads, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  auto worker = [&](unsigned t) {
    for (std::size_t c = next.fetch_add(1); c < chunks; c = next.fetch_add(1)) fn(t, c);
  };
  if (threads <= 1) {
    worker(0);
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker, t);
  for (auto& th : pool) th.join();
}

}  // namespace

Result<SmaaResult> RunSmaa(const Normalised& norm, const SmaaOptions& options) {
  if (Status s = CheckOptions(norm, options); !s.ok()) return s;
  const std::size_t n = norm.n, m = norm.m, cells = n * m;
  const std::size_t ranks = options.top_k == 0 ? n : options.top_k;
  const bool full = options.top_k == 0;
  const bool uncertain = !norm.lo.empty();
  const std::size_t chunks = (options.samples + kSmaaChunk - 1) / kSmaaChunk;
  unsigned threads =
      options.threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.threads;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));

  std::vector<float> x(norm.x.begin(), norm.x.end()), lo, span;
  if (uncertain) {
    lo.assign(norm.lo.begin(), norm.lo.end());
    span.resize(cells);
    for (std::size_t c = 0; c < cells; ++c) span[c] = static_cast<float>(norm.hi[c] - norm.lo[c]);
  }

  std::vector<Accumulator> acc(threads);
  for (auto& a : acc) {
    a.counts.assign(n * ranks, 0);
    a.central.assign(n * m, 0);
    if (full) a.counts16.assign(n * ranks, 0);
  }
  std::atomic<bool> capped{false};

  RunChunks(chunks, threads, [&](unsigned t, std::size_t chunk) {
    // Thread-local scratch lives for the chunk; chunks are large, so this is not per sample.
    Accumulator& a = acc[t];
    Xoshiro256 rng(detail::ChunkSeed(options.seed, 0, chunk));
    WeightSampler sampler(m, options);
    std::vector<double> wd(kBlock * m);
    std::vector<float> wf(kBlock * m), u(kBlock * n), xs(uncertain ? cells : 0);
    std::vector<std::uint32_t> order(full ? 0 : ranks);
    detail::TopKScratch topk;
    const std::size_t blocks = detail::KeyBlocks(n);
    std::vector<std::uint32_t> bmin(full ? 0 : kBlock * blocks);
    if (!full) topk.Reserve(n);
    // Full ranks: rank_of[i * kCountBlock + s] for up to kCountBlock samples, then counted
    // alternative by alternative: each row of counts is loaded once per block of samples
    // instead of once per sample.
    std::vector<std::uint16_t> rank_of(full ? kCountBlock * n : 0);
    std::size_t buffered = 0;
    if (full && a.since_fold + kSmaaChunk > 0xFFFF) a.Fold();
    auto flush = [&] {
      a.since_fold += buffered;
      for (std::size_t i = 0; i < n; ++i) {
        std::uint16_t* row = &a.counts16[i * ranks];
        for (std::size_t s = 0; s < buffered; ++s) ++row[rank_of[s * n + i]];
      }
      buffered = 0;
    };
    detail::RankScratch scratch;
    if (full) scratch.Reserve(n);
    const std::size_t s_end = std::min(options.samples, (chunk + 1) * kSmaaChunk);
    for (std::size_t s0 = chunk * kSmaaChunk; s0 < s_end; s0 += kBlock) {
      const std::size_t bs = std::min(kBlock, s_end - s0);
      for (std::size_t s = 0; s < bs; ++s) {
        if (!sampler.Draw(rng, &wd[s * m], a.draws)) {
          capped = true;
          return;
        }
        for (std::size_t j = 0; j < m; ++j) wf[s * m + j] = static_cast<float>(wd[s * m + j]);
      }
      if (!uncertain) {
        detail::BlockUtilities(x.data(), n, m, wf.data(), bs, u.data(),
                               full ? nullptr : bmin.data());
      }
      for (std::size_t s = 0; s < bs; ++s) {
        float* us = &u[s * n];
        if (uncertain) {
          SampleValues(lo, span, rng, xs.data());
          detail::BlockUtilities(xs.data(), n, m, &wf[s * m], 1, us,
                                 full ? nullptr : &bmin[s * blocks]);
        }
        std::size_t first = 0;
        if (full) {
          first = detail::RankAll(us, n, scratch, &rank_of[buffered * n], 1);
          if (++buffered == kCountBlock) flush();
        } else {
          detail::RankTopK(us, n, ranks, topk, order.data(), &bmin[s * blocks]);
          std::uint32_t* counts = a.counts.data();
          for (std::size_t r = 0; r < ranks; ++r) ++counts[std::size_t{order[r]} * ranks + r];
          first = order[0];
        }
        std::uint64_t* central = &a.central[first * m];
        for (std::size_t j = 0; j < m; ++j) {
          central[j] += static_cast<std::uint64_t>(wd[s * m + j] * kFixedScale + 0.5);
        }
      }
    }
    if (full) flush();
  });
  if (capped) {
    return Status::InvalidArgument(fmt::format(
        "weight constraints accept too few weight vectors: none in {} draws for one sample; "
        "widen the weight intervals or drop the ordering",
        options.max_draws_per_sample));
  }

  SmaaResult r;
  r.n = n;
  r.m = m;
  r.ranks = ranks;
  r.samples = options.samples;
  r.rank_counts.assign(n * ranks, 0);
  std::vector<std::uint64_t> central(n * m, 0);
  for (auto& a : acc) {
    if (full) a.Fold();
    for (std::size_t c = 0; c < a.counts.size(); ++c) r.rank_counts[c] += a.counts[c];
    for (std::size_t c = 0; c < central.size(); ++c) central[c] += a.central[c];
    r.weight_draws += a.draws;
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  r.central_weights.assign(n * m, nan);
  r.confidence.assign(n, nan);
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t firsts = r.rank_counts[i * ranks];
    if (firsts == 0) continue;
    candidates.push_back(i);
    for (std::size_t j = 0; j < m; ++j) {
      r.central_weights[i * m + j] =
          static_cast<double>(central[i * m + j]) / kFixedScale / static_cast<double>(firsts);
    }
  }
  if (!options.confidence || candidates.empty()) return r;

  // Confidence factors: weights fixed at each candidate's central weight vector; only the
  // values vary. One value sample serves every candidate (a matrix product with the
  // candidates' weight vectors).
  const std::size_t nc = candidates.size();
  std::vector<float> wc(nc * m);
  for (std::size_t c = 0; c < nc; ++c) {
    for (std::size_t j = 0; j < m; ++j) {
      wc[c * m + j] = static_cast<float>(r.central_weights[candidates[c] * m + j]);
    }
  }
  // Whether alternative `i` is the first of the best (the highest utility, ties to the lower
  // index): the kernel's per-block best keys (computed while the sums are in registers) tell
  // whether anyone is strictly better; only a best one scans for an earlier equal.
  const std::size_t blocks = detail::KeyBlocks(n);
  auto first_of_best = [blocks](const float* us, const std::uint32_t* block_min, std::size_t i) {
    std::uint32_t best = block_min[0];
    for (std::size_t b = 1; b < blocks; ++b) best = std::min(best, block_min[b]);
    if (detail::DescendingKey(us[i]) != best) return false;
    for (std::size_t k = 0; k < i; ++k)
      if (us[k] == us[i]) return false;
    return true;
  };
  std::vector<std::vector<std::uint64_t>> wins(threads, std::vector<std::uint64_t>(nc, 0));
  const std::size_t value_samples = uncertain ? options.samples : 1;
  const std::size_t cf_chunks = (value_samples + kSmaaChunk - 1) / kSmaaChunk;
  RunChunks(cf_chunks, std::min<unsigned>(threads, static_cast<unsigned>(cf_chunks)),
            [&](unsigned t, std::size_t chunk) {
              Xoshiro256 rng(detail::ChunkSeed(options.seed, 1, chunk));
              std::vector<float> xs(cells), uc(nc * n);
              std::vector<std::uint32_t> bmin(nc * blocks);
              const std::size_t s_end = std::min(value_samples, (chunk + 1) * kSmaaChunk);
              for (std::size_t s = chunk * kSmaaChunk; s < s_end; ++s) {
                if (uncertain) {
                  SampleValues(lo, span, rng, xs.data());
                } else {
                  xs = x;
                }
                detail::BlockUtilities(xs.data(), n, m, wc.data(), nc, uc.data(), bmin.data());
                for (std::size_t c = 0; c < nc; ++c) {
                  if (first_of_best(&uc[c * n], &bmin[c * blocks], candidates[c])) ++wins[t][c];
                }
              }
            });
  for (std::size_t c = 0; c < nc; ++c) {
    std::uint64_t total = 0;
    for (const auto& w : wins) total += w[c];
    r.confidence[candidates[c]] = static_cast<double>(total) / static_cast<double>(value_samples);
  }
  return r;
}

}  // namespace gradfit::decide
