// Sort-filter-skyline (Chomicki et al. 2003) with a partitioned window, for any number of
// criteria.
//
// Rows are sorted by decreasing sum, ties by decreasing lexicographic order: if a dominates
// b then sum(a) >= sum(b) (rounding is monotone) and a > b lexicographically, so every
// dominator comes first. Dominance is transitive, so a row is dominated iff a row already
// kept dominates it: each row is compared with the kept window only.
//
// The window is cut so that most comparisons are skipped without reading a value
// (the grid and pivot filters of BSkyTree, Lee & Hwang 2014, on a fixed grid):
// - every value gets a level, the number of per-criterion quantile thresholds below it
//   (a monotone map: a >= b implies level(a) >= level(b)); the levels of a row are packed
//   into one 64-bit word with a guard bit per field, so "q's level >= p's level on every
//   criterion", necessary for q to dominate p, is one subtraction;
// - kept rows are grouped by their mask of criteria above the median; q can dominate p only
//   if q's mask contains p's, so a row is compared only with the groups listed for its mask.
// Only rows that pass both filters are compared value by value.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>

#include "pareto_internal.hpp"

namespace gradfit::decide::pareto {
namespace {

constexpr std::size_t kMaskCriteria = 8;  // at most 256 groups

// Level codes: `fields` criteria of `bits` bits each (bits - 1 value bits and a guard bit).
struct Grid {
  std::size_t fields = 0, bits = 0, levels = 0;
  std::uint64_t guards = 0;
  // Per coded criterion, `levels` increasing thresholds, the last one +infinity (no finite
  // value is above it), so a branch-free binary search counts the thresholds below a value.
  std::vector<double> thresholds;
};

Grid MakeGrid(const std::vector<double>& rows, std::size_t n, std::size_t m) {
  Grid g;
  g.fields = std::min<std::size_t>(m, 21);
  g.bits = g.fields <= 10 ? 6 : g.fields <= 12 ? 5 : g.fields <= 16 ? 4 : 3;
  g.levels = std::size_t{1} << (g.bits - 1);
  for (std::size_t j = 0; j < g.fields; ++j)
    g.guards |= std::uint64_t{1} << (j * g.bits + g.bits - 1);
  // Quantiles of an evenly spaced sample: the thresholds only need to be monotone, not exact.
  const std::size_t step = std::max<std::size_t>(1, n / 1024);
  std::vector<double> sample;
  g.thresholds.assign(g.fields * g.levels, std::numeric_limits<double>::infinity());
  for (std::size_t j = 0; j < g.fields; ++j) {
    sample.clear();
    for (std::size_t i = 0; i < n; i += step) sample.push_back(rows[i * m + j]);
    std::sort(sample.begin(), sample.end());
    for (std::size_t k = 1; k < g.levels; ++k)
      g.thresholds[j * g.levels + k - 1] = sample[k * sample.size() / g.levels];
  }
  return g;
}

std::uint64_t Code(const Grid& g, const double* row) {
  std::uint64_t code = 0;
  for (std::size_t j = 0; j < g.fields; ++j) {
    const double* t = &g.thresholds[j * g.levels];
    std::size_t below = 0;  // thresholds below row[j]
    for (std::size_t half = g.levels / 2; half > 0; half /= 2)
      below += t[below + half - 1] < row[j] ? half : 0;
    code |= static_cast<std::uint64_t>(below) << (j * g.bits);
  }
  return code;
}

// Criteria (among the first kMaskCriteria) whose level is in the upper half.
std::uint32_t Mask(const Grid& g, std::uint64_t code) {
  const std::uint64_t half = std::uint64_t{1} << (g.bits - 2);
  const std::size_t count = std::min(g.fields, kMaskCriteria);
  std::uint32_t mask = 0;
  for (std::size_t j = 0; j < count; ++j)
    mask |= static_cast<std::uint32_t>((code >> (j * g.bits)) & half ? 1u : 0u) << j;
  return mask;
}

// Kept rows with one mask, packed: codes, rows (W values each, zero padded) and indices.
struct Group {
  std::uint32_t mask = 0;
  std::vector<std::uint64_t> codes;
  std::vector<double> rows;
  std::vector<std::size_t> ids;
};

// The first row of g that dominates p (>= everywhere, > somewhere), or its size. W is the
// padded width when known at compile time (vectorised), else 0 and `width` is used.
template <std::size_t W>
std::size_t FindDominator(const Group& g, std::uint64_t code, std::uint64_t guards, const double* p,
                          std::size_t width) {
  const std::size_t w = W ? W : width;
  const std::size_t count = g.codes.size();
  for (std::size_t f = 0; f < count; ++f) {
    if ((((g.codes[f] | guards) - code) & guards) != guards) continue;  // a level below p's
    const double* q = &g.rows[f * w];
    bool all_ge = true, any_gt = false;
    for (std::size_t j = 0; j < w; ++j) {
      all_ge &= q[j] >= p[j];
      any_gt |= q[j] > p[j];
    }
    if (all_ge && any_gt) return f;
  }
  return count;
}

std::size_t FindDominatorAnyWidth(const Group& g, std::uint64_t code, std::uint64_t guards,
                                  const double* p, std::size_t width) {
  switch (width) {
    case 4:
      return FindDominator<4>(g, code, guards, p, width);
    case 8:
      return FindDominator<8>(g, code, guards, p, width);
    case 12:
      return FindDominator<12>(g, code, guards, p, width);
    case 16:
      return FindDominator<16>(g, code, guards, p, width);
    default:
      return FindDominator<0>(g, code, guards, p, width);
  }
}

}  // namespace

std::vector<std::size_t> FrontSortFilter(const std::vector<double>& rows, std::size_t n,
                                         std::size_t m) {
  if (n == 0) return {};
  struct Key {
    double sum;
    std::size_t id;
  };
  std::vector<Key> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0.0;
    for (std::size_t j = 0; j < m; ++j) sum += rows[i * m + j];
    keys[i] = {sum, i};
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.sum != b.sum) return a.sum > b.sum;
    return std::lexicographical_compare(&rows[b.id * m], &rows[b.id * m] + m, &rows[a.id * m],
                                        &rows[a.id * m] + m);
  });

  // The rows in that order, padded to a multiple of 4 with zeros (neutral: 0 >= 0 and not
  // 0 > 0), so the common widths get a comparison loop of known length; their codes and masks.
  const Grid grid = MakeGrid(rows, n, m);
  const std::size_t width = (m + 3) / 4 * 4;
  std::vector<double> sorted(n * width, 0.0);
  std::vector<std::uint64_t> codes(n);
  std::vector<std::uint32_t> masks(n);
  std::vector<std::size_t> per_mask(std::size_t{1} << std::min(m, kMaskCriteria), 0);
  for (std::size_t k = 0; k < n; ++k) {
    if (k + 16 < n) __builtin_prefetch(&rows[keys[k + 16].id * m]);  // a gather: hide the misses
    double* p = &sorted[k * width];
    for (std::size_t j = 0; j < m; ++j) p[j] = rows[keys[k].id * m + j];
    codes[k] = Code(grid, p);
    masks[k] = Mask(grid, codes[k]);
    ++per_mask[masks[k]];
  }

  std::vector<Group> groups;  // in order of creation: the strongest rows come first
  std::vector<int> group_of(per_mask.size(), -1);
  // For each mask, the groups whose mask contains it (the only ones that can hold a
  // dominator), in order of creation.
  std::vector<std::vector<std::uint32_t>> supersets(per_mask.size());
  for (std::size_t k = 0; k < n; ++k) {
    const double* p = &sorted[k * width];
    const std::uint64_t code = codes[k];
    const std::uint32_t mask = masks[k];
    bool dominated = false;
    for (const std::uint32_t index : supersets[mask]) {
      Group& g = groups[index];
      const std::size_t by = FindDominatorAnyWidth(g, code, grid.guards, p, width);
      if (by == g.codes.size()) continue;
      // Move the dominator to the head of its group: a row that dominates one often dominates
      // the next, so later scans stop sooner. The order of a group does not change the result.
      if (by > 0) {
        std::swap(g.codes[by], g.codes[0]);
        std::swap_ranges(&g.rows[by * width], &g.rows[by * width] + width, g.rows.begin());
        std::swap(g.ids[by], g.ids[0]);
      }
      dominated = true;
      break;
    }
    if (dominated) continue;
    int& slot = group_of[mask];
    if (slot < 0) {
      slot = static_cast<int>(groups.size());
      // Every submask of `mask` (mask itself and 0 included) gets the new group.
      for (std::uint32_t sub = mask;; sub = (sub - 1) & mask) {
        supersets[sub].push_back(static_cast<std::uint32_t>(slot));
        if (sub == 0) break;
      }
      Group& g = groups.emplace_back();
      g.mask = mask;
      g.codes.reserve(per_mask[mask]);
      g.rows.reserve(per_mask[mask] * width);
      g.ids.reserve(per_mask[mask]);
    }
    Group& g = groups[static_cast<std::size_t>(slot)];
    g.codes.push_back(code);
    g.rows.insert(g.rows.end(), p, p + width);
    g.ids.push_back(keys[k].id);
  }
  std::vector<std::size_t> front;
  for (const Group& g : groups) front.insert(front.end(), g.ids.begin(), g.ids.end());
  return front;
}

}  // namespace gradfit::decide::pareto
