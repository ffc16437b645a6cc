// The decision pipeline behind `gradfit decide` (see gradfit/decide_report.hpp).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>

#include "gradfit/decide_report.hpp"
#include "gradfit/decide_weights.hpp"

namespace gradfit::decide {

const char* MethodName(Method method) { return method == Method::kTopsis ? "topsis" : "weighted"; }

namespace {

// The first k indices by decreasing score, equal scores by lower index (as RankByScore).
std::vector<std::size_t> TopByScore(const std::vector<double>& scores, std::size_t k) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                    [&](std::size_t a, std::size_t b) {
                      return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
                    });
  order.resize(k);
  return order;
}

// Criteria that cannot separate the alternatives, and alternatives the input says nothing
// about: both are said, not silently ranked.
void AddSpreadNotes(const DecisionMatrix& input, const Normalised& norm,
                    std::vector<std::string>& notes) {
  for (std::size_t j = 0; j < norm.m; ++j) {
    bool spread = false;
    for (std::size_t i = 0; i < norm.n && !spread; ++i) spread = norm.at(i, j) != 0.0;
    if (!spread) {
      notes.push_back(fmt::format(
          "criterion '{}' has the same value for every alternative: it separates none of them",
          input.criteria[j]));
    }
  }
  std::vector<std::string> empty;
  for (std::size_t i = 0; i < input.n(); ++i) {
    bool any = false;
    for (std::size_t j = 0; j < input.m() && !any; ++j) any = !input.is_missing(i, j);
    if (!any) empty.push_back(input.alternatives[i]);
  }
  if (!empty.empty()) {
    notes.push_back(fmt::format(
        "{} alternative(s) have no value on any criterion, so their place comes only from the "
        "missing-value policy: {}",
        empty.size(),
        fmt::join(
            empty.size() > 10 ? std::vector<std::string>(empty.begin(), empty.begin() + 10) : empty,
            ", ")));
  }
}

// identical_to[i]: the first alternative with exactly the same values as i (i itself when
// none); a note names each group, groups in increasing order of their values. Rows are
// grouped by a hash of their values (sorting the hashes, not the rows) and compared value by
// value only within a hash.
std::vector<std::size_t> IdenticalRows(const DecisionMatrix& d,
                                       const std::vector<std::string>& names,
                                       std::vector<std::string>& notes) {
  const std::size_t n = d.n(), m = d.m();
  std::vector<std::pair<std::uint64_t, std::size_t>> keys(n);
  for (std::size_t i = 0; i < n; ++i) keys[i] = {0x2545F4914F6CDD1DULL, i};
  for (std::size_t j = 0; j < m; ++j) {
    const double* column = &d.values[j * n];
    for (std::size_t i = 0; i < n; ++i) {
      const double v = column[i] + 0.0;  // -0.0 == 0.0: the same bits for both
      std::uint64_t bits = 0;
      std::memcpy(&bits, &v, sizeof bits);
      std::uint64_t h = (keys[i].first ^ bits) * 0x9E3779B97F4A7C15ULL;
      keys[i].first = h ^ (h >> 29);
    }
  }
  std::sort(keys.begin(), keys.end());
  auto equal = [&](std::size_t a, std::size_t b) {
    for (std::size_t j = 0; j < m; ++j)
      if (d.value(a, j) != d.value(b, j)) return false;
    return true;
  };
  std::vector<std::size_t> same(n);
  std::iota(same.begin(), same.end(), std::size_t{0});
  std::vector<std::vector<std::size_t>> groups;  // of two or more, each in index order
  std::vector<std::size_t> firsts;               // the first of each group in a hash run
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && keys[end].first == keys[k].first) ++end;
    if (end - k > 1) {  // equal hashes, in index order: group the equal rows
      firsts.clear();
      for (std::size_t q = k; q < end; ++q) {
        const std::size_t i = keys[q].second;
        for (std::size_t f : firsts) {
          if (equal(f, i)) {
            same[i] = f;
            break;
          }
        }
        if (same[i] == i) firsts.push_back(i);
      }
      for (std::size_t f : firsts) {
        std::vector<std::size_t> members;
        for (std::size_t q = k; q < end; ++q)
          if (same[keys[q].second] == f) members.push_back(keys[q].second);
        if (members.size() > 1) groups.push_back(std::move(members));
      }
    }
    k = end;
  }
  std::sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
    for (std::size_t j = 0; j < m; ++j) {
      if (d.value(a[0], j) != d.value(b[0], j)) return d.value(a[0], j) < d.value(b[0], j);
    }
    return a[0] < b[0];
  });
  for (std::size_t g = 0; g < groups.size() && g < 5; ++g) {
    std::vector<std::string> listed;
    for (std::size_t q = 0; q < groups[g].size() && q < 5; ++q)
      listed.push_back(names[groups[g][q]]);
    notes.push_back(fmt::format(
        "{}{} are identical on every criterion: they tie at every weight, and the split of "
        "ranks between them (SMAA) only follows input order",
        fmt::join(listed, ", "), groups[g].size() > listed.size() ? " and others" : ""));
  }
  if (groups.size() > 5)
    notes.push_back(fmt::format("{} more groups of identical alternatives", groups.size() - 5));
  return same;
}

}  // namespace

Result<DecisionReport> Decide(const DecideRequest& request) {
  const DecisionMatrix& input = request.matrix;
  if (Status s = Validate(input); !s.ok()) return s;
  DecisionReport report;
  const std::size_t m = input.m();

  std::vector<double> raw = request.weights;
  if (raw.empty()) {
    raw.assign(m, 1.0);
    report.notes.push_back("no weights given: every criterion weighs the same");
  }
  if (raw.size() != m) {
    return Status::InvalidArgument(fmt::format("{} weights for {} criteria", raw.size(), m));
  }
  auto weights = NormaliseWeights(raw);
  if (!weights.ok()) return weights.status();
  if (weights->renormalised && !request.weights.empty()) {
    report.notes.push_back(fmt::format("weights sum to {:.6g}, not 1: each was divided by {:.6g}",
                                       weights->raw_sum, weights->raw_sum));
  }
  report.weights = weights->weights;

  auto resolved = ResolveMissing(input, request.missing);
  if (!resolved.ok()) return resolved.status();
  for (auto& note : resolved->notes) report.notes.push_back(note);
  for (std::size_t i : resolved->excluded) report.excluded.push_back(input.alternatives[i]);
  const DecisionMatrix& d = resolved->matrix;
  const std::size_t n = d.n();
  report.alternatives = d.alternatives;
  report.criteria = d.criteria;
  report.directions = d.directions;
  report.method = request.method;

  auto norm = MinMaxNormalise(d);
  if (!norm.ok()) return norm.status();
  report.weighted_scores = WeightedSumScores(*norm, report.weights);
  if (request.method == Method::kTopsis) {
    auto t = Topsis(d, report.weights);
    if (!t.ok()) return t.status();
    report.scores = t->closeness;
  } else {
    report.scores = report.weighted_scores;
  }
  const bool limited = request.top > 0 && request.top < n;
  report.ranking = limited ? TopByScore(report.scores, request.top) : RankByScore(report.scores);
  report.contributions.resize(n);
  for (std::size_t i : report.ranking)
    report.contributions[i] = Contributions(*norm, report.weights, i);
  report.pareto.assign(n, false);
  if (limited) {
    // K alternatives against all N: O(K * N * M) instead of the whole Pareto set.
    for (std::size_t i : report.ranking) {
      bool dominated = false;
      for (std::size_t a = 0; a < n && !dominated; ++a) dominated = Dominates(d, a, i);
      report.pareto[i] = !dominated;
    }
  } else {
    for (std::size_t i : ParetoFront(d)) report.pareto[i] = true;
  }
  AddSpreadNotes(input, *norm, report.notes);
  report.identical_to = IdenticalRows(d, report.alternatives, report.notes);

  if (request.smaa.samples > 0) {
    SmaaOptions o = request.smaa;
    if (o.top_k > n) o.top_k = n;
    auto s = RunSmaa(*norm, o);
    if (!s.ok()) return s.status();
    report.smaa = std::move(s).value();
  }

  // Explanations follow the weighted-sum order (the model SMAA samples).
  const std::size_t explained = std::min(request.explain_top, n);
  const auto ws_order = TopByScore(report.weighted_scores, explained);
  for (std::size_t r = 0; r + 1 < explained; ++r) {
    PairExplanation pair;
    pair.leader = ws_order[r];
    pair.challenger = ws_order[r + 1];
    pair.thresholds = SwapThresholds(*norm, report.weights, pair.leader, pair.challenger);
    for (const auto& t : pair.thresholds) {
      pair.sentences.push_back(DescribeSwap(d, pair.leader, pair.challenger, t));
    }
    report.swaps.push_back(std::move(pair));
  }
  return report;
}

}  // namespace gradfit::decide
