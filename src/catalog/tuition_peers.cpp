// A labelled estimate of the tuition of a program whose tuition the catalog does
// not state: the p10-p90 of what comparable catalog programs charge (docs/METHODS.md,
// "Tuition estimated from peers"). Shown everywhere as "estimate, not a fact".
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/quantile.hpp"
#include "gradfit/catalog_query.hpp"

namespace gradfit {
namespace {

bool CampusOffered(const Program& p) {
  return !p.modality.known() || p.offers(Modality::kOnCampus) || p.offers(Modality::kHybrid);
}

// The currency most of the peers state their tuition in (ties: alphabetical).
std::string LocalCurrency(const std::vector<const Program*>& peers) {
  std::map<std::string, int> count;
  for (const Program* q : peers) ++count[q->tuition->currency];
  std::string best;
  int n = 0;
  for (const auto& [cur, c] : count)
    if (c > n) best = cur, n = c;
  return best;
}

}  // namespace

bool StudiedOnline(const Program& p) { return p.offers(Modality::kOnline) && !CampusOffered(p); }

TuitionPeerEstimate EstimateTuitionFromPeers(const Catalog& catalog, const Program& p, bool online,
                                             const TuitionTotalOptions& options) {
  TuitionPeerEstimate out;
  const auto* country = catalog.country_of(p);
  if (!country || !country->known()) {
    out.note = "no estimate: the program's country is unknown";
    return out;
  }
  std::vector<const Program*> peers;
  for (const Program& q : catalog.programs) {
    if (q.id == p.id || !q.tuition.known()) continue;
    const auto* qc = catalog.country_of(q);
    if (!qc || !qc->known() || **qc != **country) continue;
    if (online ? !q.offers(Modality::kOnline) : !CampusOffered(q)) continue;
    peers.push_back(&q);
  }
  TuitionTotalOptions o = options;
  if (o.currency.empty()) o.currency = LocalCurrency(peers);
  out.currency = o.currency;
  std::vector<double> totals;
  for (const Program* q : peers)
    if (auto t = EstimateTuitionTotal(*q, o); t.amount) totals.push_back(*t.amount);
  out.peers = totals.size();
  const char* route = online ? "offered online" : "on campus";
  if (totals.size() < kMinTuitionPeers) {
    out.note = fmt::format(
        "no estimate: only {} comparable programs in {} ({}) with a whole-program tuition ({} "
        "needed)",
        totals.size(), **country, route, kMinTuitionPeers);
    return out;
  }
  out.range = {InterpolatedQuantile(totals, 0.1), InterpolatedQuantile(totals, 0.9)};
  out.note = fmt::format(
      "estimate, not a fact: p10-p90 of the whole-program tuition of {} catalog programs in {} "
      "({})",
      totals.size(), **country, route);
  return out;
}

TuitionPeerEstimate EstimateTuitionFromPeers(const Catalog& catalog, const Program& p,
                                             bool online) {
  TuitionTotalOptions own_currency;
  own_currency.currency.clear();
  return EstimateTuitionFromPeers(catalog, p, online, own_currency);
}

}  // namespace gradfit
