// The decision pipeline behind `gradfit decide` (see gradfit/decide_report.hpp).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
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
// none), by sorting rows; a note names each group.
std::vector<std::size_t> IdenticalRows(const DecisionMatrix& d,
                                       const std::vector<std::string>& names,
                                       std::vector<std::string>& notes) {
  const std::size_t n = d.n(), m = d.m();
  std::vector<std::size_t> order(n), same(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::iota(same.begin(), same.end(), std::size_t{0});
  auto less = [&](std::size_t a, std::size_t b) {
    for (std::size_t j = 0; j < m; ++j) {
      if (d.value(a, j) != d.value(b, j)) return d.value(a, j) < d.value(b, j);
    }
    return a < b;
  };
  auto equal = [&](std::size_t a, std::size_t b) {
    for (std::size_t j = 0; j < m; ++j)
      if (d.value(a, j) != d.value(b, j)) return false;
    return true;
  };
  std::sort(order.begin(), order.end(), less);
  std::size_t groups = 0;
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && equal(order[k], order[end])) ++end;
    if (end - k > 1) {
      std::vector<std::string> members;
      for (std::size_t q = k; q < end; ++q) {
        same[order[q]] = order[k];  // order[k] is the lowest index of the group
        if (members.size() < 5) members.push_back(names[order[q]]);
      }
      if (++groups <= 5) {
        notes.push_back(fmt::format(
            "{}{} are identical on every criterion: they tie at every weight, and the split of "
            "ranks between them (SMAA) only follows input order",
            fmt::join(members, ", "), end - k > members.size() ? " and others" : ""));
      }
    }
    k = end;
  }
  if (groups > 5)
    notes.push_back(fmt::format("{} more groups of identical alternatives", groups - 5));
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
