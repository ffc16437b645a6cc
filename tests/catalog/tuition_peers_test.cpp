// Tuition estimated from peers: a labelled range for a program whose tuition no page states,
// taken over the real catalog's programs in the same country and route, never a fact.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_query.hpp"
#include "test_paths.hpp"

namespace gradfit {
namespace {

using ::testing::HasSubstr;

using gradfit::test::kData;

const Catalog& BundledCatalog() {
  static const Catalog catalog = [] {
    std::vector<CatalogError> errors;
    auto c = LoadCatalog(kData, &errors);
    EXPECT_TRUE(c.ok()) << c.status().message();
    return c.ok() ? std::move(c.value()) : Catalog{};
  }();
  return catalog;
}

// The whole-program totals of the peers the estimate must be taken over, in `currency`.
std::vector<double> PeerTotals(const Catalog& c, const Program& p, const std::string& currency) {
  std::vector<double> out;
  TuitionTotalOptions o;
  o.currency = currency;
  for (const Program& q : c.programs) {
    if (q.id == p.id || !q.tuition.known()) continue;
    const auto* qc = c.country_of(q);
    if (!qc || !qc->known() || **qc != **c.country_of(p)) continue;
    if (q.modality.known() && !q.offers(Modality::kOnCampus) && !q.offers(Modality::kHybrid))
      continue;  // on-campus route
    if (auto t = EstimateTuitionTotal(q, o); t.amount) out.push_back(*t.amount);
  }
  return out;
}

// Every UK program without a stated tuition gets a range within what UK programs charge.
TEST(TuitionPeersTest, AnUnknownUkTuitionGetsARangeWithinItsPeers) {
  const Catalog& c = BundledCatalog();
  int checked = 0;
  for (const Program& p : c.programs) {
    const auto* country = c.country_of(p);
    if (p.tuition.known() || !country || !country->known() || **country != "GB") continue;
    if (StudiedOnline(p)) continue;
    const auto est = EstimateTuitionFromPeers(c, p, false);
    const auto peers = PeerTotals(c, p, est.currency);
    ASSERT_GE(peers.size(), kMinTuitionPeers) << p.id;
    ASSERT_TRUE(est.range) << p.id << ": " << est.note;
    EXPECT_EQ(est.currency, "GBP");
    EXPECT_EQ(est.peers, peers.size());
    EXPECT_LE(est.range->first, est.range->second);
    EXPECT_GE(est.range->first, *std::min_element(peers.begin(), peers.end()));
    EXPECT_LE(est.range->second, *std::max_element(peers.begin(), peers.end()));
    EXPECT_THAT(est.note, HasSubstr("estimate, not a fact"));
    EXPECT_THAT(est.note, HasSubstr("in GB"));
    ++checked;
  }
  EXPECT_GT(checked, 3);
}

// A country with fewer than three priced programs gets no range, and says why.
TEST(TuitionPeersTest, TooFewPeersGiveNoEstimateAndSayWhy) {
  const Catalog& c = BundledCatalog();
  const Program* mahidol = c.find_program("mahidol-msc-cs");
  ASSERT_NE(mahidol, nullptr);
  ASSERT_FALSE(mahidol->tuition.known());
  const auto est = EstimateTuitionFromPeers(c, *mahidol, false);
  EXPECT_FALSE(est.range);
  EXPECT_THAT(est.note, HasSubstr("no estimate"));
  EXPECT_THAT(est.note, HasSubstr("3 needed"));
}

// The estimate is labelled in the program's JSON and never replaces the unknown fact.
TEST(TuitionPeersTest, ProgramJsonCarriesTheLabelledEstimateBesideANullTuition) {
  const Catalog& c = BundledCatalog();
  const Program* p = nullptr;
  for (const Program& q : c.programs)
    if (!q.tuition.known() && EstimateTuitionFromPeers(c, q, StudiedOnline(q)).range) p = &q;
  ASSERT_NE(p, nullptr);
  const auto j = ProgramDetailJson(c, *p, Date{2026, 12, 2}, nullptr);
  EXPECT_TRUE(j["tuition"].is_null());
  ASSERT_TRUE(j["tuition_estimate"].is_object());
  EXPECT_LE(j["tuition_estimate"]["p10"].get<double>(), j["tuition_estimate"]["p90"].get<double>());
  EXPECT_THAT(j["tuition_estimate"]["note"].get<std::string>(), HasSubstr("estimate, not a fact"));
  // A program with a stated tuition has no estimate.
  const Program* stated = c.find_program("cmu-msml");
  ASSERT_NE(stated, nullptr);
  EXPECT_TRUE(
      ProgramDetailJson(c, *stated, Date{2026, 12, 2}, nullptr)["tuition_estimate"].is_null());
}

// catalog stats counts stated, estimated and neither, adding up to every program.
TEST(TuitionPeersTest, StatsCountEstimatesApartFromStatedFigures) {
  const Catalog& c = BundledCatalog();
  const CatalogStats s = ComputeCatalogStats(c, Date{2026, 12, 2});
  int stated = 0;
  for (const auto& f : s.fields)
    if (f.key == "tuition") stated = f.known;
  EXPECT_GT(s.tuition_estimated, 0);
  EXPECT_EQ(stated + s.tuition_estimated + s.tuition_neither, s.programs);
}

}  // namespace
}  // namespace gradfit
