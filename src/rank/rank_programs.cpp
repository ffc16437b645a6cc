// Ranks programs for one user with the generic decision module: weights from
// the profile's priorities, TOPSIS or weighted sum on the resolved matrix,
// contributions, swap thresholds, Pareto set, and SMAA-2 acceptabilities.
#include <fmt/core.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gradfit/decide_smaa.hpp"
#include "gradfit/rank.hpp"

namespace gradfit {
namespace {

struct Weights {
  std::array<double, kCriteria> w{};
  std::string origin;
  std::vector<std::size_t> order;  // most important first, when the user ranked criteria
};

Weights WeightsFor(const Profile& profile) {
  Weights out;
  const auto& all = AllCriteria();
  if (auto pw = PriorityWeights(profile.priorities)) {
    for (size_t j = 0; j < kCriteria; ++j) {
      auto it = pw->find(all[j]);
      out.w[j] = it == pw->end() ? 0.0 : it->second;
    }
    if (profile.priorities.kind == Priorities::Kind::kRanking) {
      out.origin = "your ranking of the criteria (rank-order centroid weights)";
      for (Criterion c : profile.priorities.ranking)
        out.order.push_back(
            static_cast<size_t>(std::find(all.begin(), all.end(), c) - all.begin()));
      if (out.order.size() != kCriteria)
        out.order.clear();  // partial ranking: no ordering constraint
    } else {
      out.origin = "your weights (normalised to sum 1)";
    }
    return out;
  }
  out.w.fill(1.0 / kCriteria);
  out.origin =
      "equal weights: your priorities are unknown (the robustness check covers all weights)";
  return out;
}

// When the program most often first under sampled weights (P(1st)) is not the
// printed #1, one line on why: P(1st) counts many weightings (within the
// user's ranking when given), the order only the user's; name the criteria on
// which the P(1st) leader beats #1 and the weight the user gives them.
std::string OrderVersusFirstRank(const std::vector<RankedProgram>& ranked,
                                 const std::vector<size_t>& order, const decide::Normalised& norm,
                                 const std::vector<double>& w, const std::vector<size_t>& cols,
                                 const std::array<std::string, kCriteria>& names, bool topsis) {
  size_t best = order.front();
  for (size_t t = 0; t < ranked.size(); ++t)
    if (ranked[t].first_rank_acceptability > ranked[best].first_rank_acceptability) best = t;
  const size_t leader = order.front();
  // A tie or a hair's difference is no disagreement worth a line.
  if (best == leader ||
      ranked[best].first_rank_acceptability < ranked[leader].first_rank_acceptability + 0.02)
    return "";
  std::vector<std::pair<double, size_t>> ahead;  // (normalised lead, column)
  for (size_t c = 0; c < cols.size(); ++c) {
    const double lead = norm.at(best, c) - norm.at(leader, c);
    if (lead > 0.05) ahead.push_back({lead, c});
  }
  std::sort(ahead.rbegin(), ahead.rend());
  std::vector<std::string> on;
  double weight_on = 0;
  for (size_t a = 0; a < ahead.size() && a < 3; ++a) {
    on.push_back(names[cols[ahead[a].second]]);
    weight_on += w[ahead[a].second];
  }
  size_t rank_of_best = 0;
  for (size_t pos = 0; pos < order.size(); ++pos)
    if (order[pos] == best) rank_of_best = pos + 1;
  std::string why =
      on.empty() ? "it is never far behind on any criterion"
                 : fmt::format("it is ahead on {}, which your weights count at {:.2f} of {:.2f}",
                               fmt::join(on, " and "), weight_on, 1.0);
  return fmt::format(
      "{} (#{}) is first in the most weight samples (P(1st) {:.0f}% vs {:.0f}% for #1 {}): "
      "P(1st) tries many weightings, the order uses yours{}; {}.",
      ranked[best].id, rank_of_best, 100 * ranked[best].first_rank_acceptability,
      100 * ranked[leader].first_rank_acceptability, ranked[leader].id,
      topsis ? " with TOPSIS (P(1st) uses the weighted sum)" : "", why);
}

}  // namespace

Result<RankResult> RankPrograms(const RankRequest& req, const Catalog& catalog,
                                const RankData& data) {
  auto table_or = ComputeCriteria(req.profile, catalog, data, req.program_ids);
  if (!table_or.ok()) return table_or.status();
  CriteriaTable table = std::move(table_or).value();

  RankResult out;
  out.money_currency = table.money_currency;
  const auto& all = AllCriteria();
  for (size_t j = 0; j < kCriteria; ++j) out.criteria[j] = std::string(ToString(all[j]));
  Weights weights = WeightsFor(req.profile);
  out.weights_origin = weights.origin;

  out.profile_confidence = AssessProfileConfidence(req.profile);

  // Rows kept: by default the candidates (no hard constraint broken, not known
  // to be not eligible), the others set aside with their reason; with
  // rank_all every program (or all but the not eligible, with eligible_only).
  std::vector<size_t> rows;
  size_t left_out = 0;
  for (size_t k = 0; k < table.programs.size(); ++k) {
    const bool not_eligible = table.eligibility[k] == ProgramVerdict::kNotEligible;
    const bool breaks = !table.broken_constraint[k].empty();
    if (!req.rank_all && (breaks || not_eligible)) {
      const Program& p = *table.programs[k];
      const Institution* inst = catalog.find_institution(p.institution_id);
      out.set_aside.push_back(
          {p.id, p.name.value_or(p.id), inst ? inst->name.value_or(inst->id) : p.institution_id,
           table.eligibility[k], breaks ? table.broken_constraint[k] : table.eligibility_reason[k],
           breaks});
      continue;
    }
    if (req.eligible_only && not_eligible) {
      ++left_out;
      continue;
    }
    rows.push_back(k);
  }
  // Programs that break a hard constraint first: the reason the person gave.
  std::stable_sort(out.set_aside.begin(), out.set_aside.end(),
                   [](const SetAsideProgram& a, const SetAsideProgram& b) {
                     return a.breaks_constraint > b.breaks_constraint;
                   });
  if (left_out)
    out.notes.push_back(fmt::format("{} program(s) you are not eligible for left out", left_out));
  if (rows.size() < 2) {
    if (!req.rank_all)
      return Status::InvalidArgument(fmt::format(
          "only {} program(s) meet your hard constraints and requirements ({} set aside); rank "
          "them all with --all, or relax a constraint",
          rows.size(), out.set_aside.size()));
    return Status::InvalidArgument("ranking needs at least two programs");
  }

  // Criteria with no known value anywhere cannot separate programs: drop them
  // and share their weight among the others (said in a note).
  std::vector<size_t> cols;
  for (size_t j = 0; j < kCriteria; ++j) {
    bool any = false;
    for (size_t k : rows) any |= table.values[k][j].value.has_value();
    if (any && weights.w[j] > 0) {
      cols.push_back(j);
    } else if (weights.w[j] > 0) {
      out.notes.push_back(
          fmt::format("criterion '{}' is unknown for every program: left out, its "
                      "weight shared among the others",
                      out.criteria[j]));
    }
  }
  if (cols.empty()) return Status::InvalidData("no criterion is known for these programs");
  double wsum = 0;
  for (size_t j : cols) wsum += weights.w[j];
  out.weights.fill(0.0);
  for (size_t j : cols) out.weights[j] = weights.w[j] / wsum;

  decide::DecisionMatrix m;
  const size_t n = rows.size(), mc = cols.size();
  for (size_t k : rows) m.alternatives.push_back(table.programs[k]->id);
  m.values.assign(n * mc, std::numeric_limits<double>::quiet_NaN());
  m.lo.assign(n * mc, 0.0);
  m.hi.assign(n * mc, 0.0);
  for (size_t c = 0; c < mc; ++c) {
    const size_t j = cols[c];
    m.criteria.push_back(out.criteria[j]);
    m.directions.push_back(all[j] == Criterion::kCost ? decide::Direction::kCost
                                                      : decide::Direction::kBenefit);
    for (size_t i = 0; i < n; ++i) {
      const CriterionValue& v = table.values[rows[i]][j];
      if (!v.value) continue;
      const size_t cell = c * n + i;
      m.values[cell] = *v.value;
      m.lo[cell] = v.range ? v.range->first : *v.value;
      m.hi[cell] = v.range ? v.range->second : *v.value;
    }
  }
  auto resolved = decide::ResolveMissing(m, req.missing);
  if (!resolved.ok()) return resolved.status();
  for (auto& note : resolved->notes) out.notes.push_back(note);
  const decide::DecisionMatrix& rm = resolved->matrix;
  std::vector<double> w;
  for (size_t j : cols) w.push_back(out.weights[j]);

  auto norm = decide::MinMaxNormalise(rm);
  if (!norm.ok()) return norm.status();
  std::vector<double> scores;
  if (req.method == RankMethod::kTopsis) {
    // TOPSIS needs non-negative values: shift a criterion that has negatives (NPV) by its
    // minimum, which leaves min-max contributions and SMAA unchanged.
    decide::DecisionMatrix shifted = rm;
    for (size_t c = 0; c < mc; ++c) {
      double lo = 0;
      for (size_t i = 0; i < shifted.n(); ++i)
        lo = std::min(lo, shifted.values[c * shifted.n() + i]);
      if (lo < 0)
        for (size_t i = 0; i < shifted.n(); ++i) shifted.values[c * shifted.n() + i] -= lo;
    }
    shifted.lo.clear();
    shifted.hi.clear();
    auto topsis = decide::Topsis(shifted, w);
    if (!topsis.ok()) return topsis.status();
    scores = topsis->closeness;
  } else {
    scores = decide::WeightedSumScores(*norm, w);
  }
  const auto order = decide::RankByScore(scores);
  const auto pareto = decide::ParetoFront(rm);

  decide::SmaaOptions so;
  so.samples = req.samples;
  so.seed = req.seed;
  so.threads = req.threads;
  if (weights.order.size() == kCriteria && cols.size() == kCriteria) so.order = weights.order;
  decide::SmaaResult smaa;
  if (req.samples > 0) {
    auto s = decide::RunSmaa(*norm, so);
    if (!s.ok()) return s.status();
    smaa = std::move(s).value();
    out.samples = smaa.samples;
  }

  const size_t kept = rm.n();
  std::vector<RankedProgram> ranked(kept);
  for (size_t t = 0; t < kept; ++t) {
    const size_t k = rows[resolved->kept[t]];
    const Program& p = *table.programs[k];
    RankedProgram& r = ranked[t];
    r.id = p.id;
    r.name = p.name.value_or(p.id);
    const Institution* inst = catalog.find_institution(p.institution_id);
    r.institution = inst ? inst->name.value_or(inst->id) : p.institution_id;
    r.eligibility = table.eligibility[k];
    r.eligibility_reason = table.eligibility_reason[k];
    r.broken_constraint = table.broken_constraint[k];
    r.criteria = table.values[k];
    r.score = scores[t];
    const auto contrib = decide::Contributions(*norm, w, t);
    for (size_t c = 0; c < mc; ++c) r.contributions[cols[c]] = contrib[c];
    if (out.samples) {
      for (size_t rank = 0; rank < smaa.ranks; ++rank)
        r.rank_acceptability.push_back(smaa.acceptability(t, rank));
      r.first_rank_acceptability = smaa.first_rank(t);
      if (!smaa.confidence.empty() && !std::isnan(smaa.confidence[t]))
        r.confidence = smaa.confidence[t];
    }
    r.pareto_optimal = std::find(pareto.begin(), pareto.end(), t) != pareto.end();
  }
  for (size_t pos = 0; pos < order.size(); ++pos) ranked[order[pos]].rank = pos + 1;

  // Which weight change would let a runner-up overtake the leader.
  const size_t top = std::min(req.explain, order.size());
  for (size_t a = 0; a + 1 < top; ++a)
    for (size_t b = a + 1; b < top; ++b)
      for (const auto& th : decide::SwapThresholds(*norm, w, order[a], order[b]))
        // Thresholds at the ends of [0, 1] say nothing a user can act on.
        if (th.weight > 0.005 && th.weight < 0.995 &&
            th.challenger_wins_above != (w[th.criterion] > th.weight))
          out.swaps.push_back(decide::DescribeSwap(rm, order[a], order[b], th));

  if (!out.swaps.empty() && req.method == RankMethod::kTopsis)
    out.notes.push_back("weight thresholds are computed on the weighted-sum scores");
  size_t unknown_cells = 0;
  for (size_t c = 0; c < mc; ++c)
    for (size_t i = 0; i < n; ++i) unknown_cells += std::isnan(m.values[c * n + i]);
  if (unknown_cells && req.missing == decide::MissingPolicy::kSample)
    out.notes.push_back(
        "an unknown criterion value counts at the midpoint of its criterion's observed range in "
        "the "
        "score and contributions, and is sampled over that range in the robustness check");
  if (out.samples && !order.empty())
    out.order_vs_p1 = OrderVersusFirstRank(ranked, order, *norm, w, cols, out.criteria,
                                           req.method == RankMethod::kTopsis);
  for (size_t idx : order) out.programs.push_back(std::move(ranked[idx]));
  return out;
}

}  // namespace gradfit
