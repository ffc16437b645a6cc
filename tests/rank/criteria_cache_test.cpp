// The criteria cache: a re-rank with other weights reuses the weight-independent
// table and gives byte for byte the answer computed without the cache; another
// profile, other programs, or a catalog changed by the user's own figures is
// another entry; bounded, thread-safe, errors not kept.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "gradfit/catalog_overlay.hpp"
#include "gradfit/rank.hpp"
#include "gradfit/rank_cache.hpp"
#include "rank/rank_world.hpp"

namespace gradfit {
namespace {

const std::string kMyFacts =
    std::string(GRADFIT_TEST_DIR) + "/catalog/fixtures/overlay/my-facts.toml";

using test::Persona;
using test::TheWorld;
using test::World;

RankRequest WeightedRequest(const std::string& persona, double cost_weight = 2) {
  RankRequest r;
  r.profile = Persona(persona);
  r.profile.priorities.kind = Priorities::Kind::kWeights;
  r.profile.priorities.weights = {{Criterion::kAdmissions, 1}, {Criterion::kCurriculum, 2},
                                  {Criterion::kIndustry, 1},   {Criterion::kModality, 1},
                                  {Criterion::kOutcomes, 1},   {Criterion::kCost, cost_weight}};
  r.samples = 2000;
  return r;
}

// The answer as the API sends it.
std::string Answer(const RankRequest& req, const Catalog& catalog, const RankData& data) {
  auto r = RankPrograms(req, catalog, data);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? RankResultJson(*r).dump() : r.status().message();
}

TEST(CriteriaCacheTest, ACachedAnswerIsByteIdenticalToAFreshOne) {
  const World& w = TheWorld();
  for (const char* persona : {"working_swe_online", "humanities_career_changer"}) {
    SCOPED_TRACE(persona);
    CriteriaCache cache;
    const RankRequest req = WeightedRequest(persona);
    const std::string fresh = Answer(req, w.catalog, w.data());
    EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), fresh);  // computed and kept
    EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), fresh);  // from the cache
    EXPECT_EQ(cache.stats().misses, 1u);
    EXPECT_EQ(cache.stats().hits, 1u);
  }
}

TEST(CriteriaCacheTest, OtherWeightsReuseTheTableAndGiveTheFreshAnswer) {
  const World& w = TheWorld();
  CriteriaCache cache;
  (void)Answer(WeightedRequest("working_swe_online"), w.catalog, w.data(&cache));
  for (double cost : {0.0, 0.5, 5.0}) {
    const RankRequest req = WeightedRequest("working_swe_online", cost);
    EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), Answer(req, w.catalog, w.data()));
  }
  RankRequest ranked = WeightedRequest("working_swe_online");
  ranked.profile.priorities = {};
  ranked.profile.priorities.kind = Priorities::Kind::kRanking;
  ranked.profile.priorities.ranking = {Criterion::kCost, Criterion::kOutcomes};
  EXPECT_EQ(Answer(ranked, w.catalog, w.data(&cache)), Answer(ranked, w.catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 1u);
  EXPECT_EQ(cache.stats().hits, 4u);
  EXPECT_EQ(cache.stats().entries, 1u);
}

TEST(CriteriaCacheTest, TheSameSeedGivesTheSameAnswerAndAnotherSeedAnother) {
  const World& w = TheWorld();
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  const std::string first = Answer(req, w.catalog, w.data(&cache));
  EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), first);
  req.seed = 7;
  EXPECT_NE(Answer(req, w.catalog, w.data(&cache)), first);  // SMAA samples, not the table
  EXPECT_EQ(cache.stats().misses, 1u);
}

TEST(CriteriaCacheTest, AnotherProfileIsAnotherEntryWithItsOwnAnswer) {
  const World& w = TheWorld();
  CriteriaCache cache;
  const RankRequest req = WeightedRequest("working_swe_online");
  const std::string first = Answer(req, w.catalog, w.data(&cache));
  RankRequest richer = req;
  ASSERT_TRUE(richer.profile.work.salary.has_value());
  richer.profile.work.salary->amount += 20000;  // changes lost income and the ROI
  const std::string second = Answer(richer, w.catalog, w.data(&cache));
  EXPECT_NE(second, first);
  EXPECT_EQ(second, Answer(richer, w.catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 2u);
  EXPECT_EQ(cache.stats().entries, 2u);
  // Back to the first profile: still kept.
  EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), first);
  EXPECT_EQ(cache.stats().misses, 2u);
}

TEST(CriteriaCacheTest, OtherProgramsAreAnotherEntry) {
  const World& w = TheWorld();
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  req.rank_all = true;
  (void)Answer(req, w.catalog, w.data(&cache));
  req.program_ids = {w.catalog.programs[3].id, w.catalog.programs[0].id, w.catalog.programs[7].id};
  const std::string some = Answer(req, w.catalog, w.data(&cache));
  EXPECT_EQ(some, Answer(req, w.catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 2u);
  auto compared = ComparePrograms(req.program_ids, req.profile, w.catalog, w.data(&cache));
  ASSERT_TRUE(compared.ok()) << compared.status().message();
  EXPECT_EQ(CompareResultJson(*compared, Date{2027, 3, 10}).dump(),
            CompareResultJson(*ComparePrograms(req.program_ids, req.profile, w.catalog, w.data()),
                              Date{2027, 3, 10})
                .dump());
  EXPECT_EQ(cache.stats().hits, 1u);  // compare asked the same question as the subset ranking
}

TEST(CriteriaCacheTest, TheUsersOwnFiguresRenewTheCatalogAndTheAnswer) {
  const World& w = TheWorld();
  Catalog catalog = w.catalog;  // a copy: same generation, same content, served from the cache
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  req.rank_all = true;  // cmu-msml is ranked, whatever the persona's constraints
  const std::string before = Answer(req, w.catalog, w.data(&cache));
  EXPECT_EQ(Answer(req, catalog, w.data(&cache)), before);
  EXPECT_EQ(cache.stats().hits, 1u);

  std::vector<InputError> errors;
  auto overlay = LoadFactsOverlay(kMyFacts, catalog, &errors);
  ASSERT_TRUE(overlay.ok()) << overlay.status().message();
  const auto generation = catalog.generation;
  ASSERT_TRUE(ApplyFactsOverlay(catalog, *overlay).ok());
  EXPECT_NE(catalog.generation, generation);
  const std::string after = Answer(req, catalog, w.data(&cache));
  EXPECT_EQ(after, Answer(req, catalog, w.data()));
  EXPECT_NE(after, before);  // cmu-msml's tuition is the user's 61,000 a year now
  EXPECT_EQ(cache.stats().misses, 2u);
}

TEST(CriteriaCacheTest, ACatalogEditedInPlaceIsRenewedByWhoeverEditsIt) {
  const World& w = TheWorld();
  Catalog catalog = w.catalog;
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  req.rank_all = true;
  const std::string before = Answer(req, catalog, w.data(&cache));
  catalog.programs.erase(catalog.programs.begin());
  catalog.Renew();
  const std::string after = Answer(req, catalog, w.data(&cache));
  EXPECT_NE(after, before);
  EXPECT_EQ(after, Answer(req, catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 2u);
}

TEST(CriteriaCacheTest, ACatalogBuiltByHandIsNeverCached) {
  const World& w = TheWorld();
  Catalog hand;
  hand.institutions = w.catalog.institutions;
  hand.programs.assign(w.catalog.programs.begin(), w.catalog.programs.begin() + 6);
  ASSERT_EQ(hand.generation, 0u);
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  req.rank_all = true;
  EXPECT_EQ(Answer(req, hand, w.data(&cache)), Answer(req, hand, w.data()));
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(CriteriaFingerprint(req.profile, hand, w.data(), {}), "");
}

TEST(CriteriaCacheTest, TheFingerprintIgnoresOnlyThePriorities) {
  const World& w = TheWorld();
  const Profile p = Persona("working_swe_online");
  const std::string key = CriteriaFingerprint(p, w.catalog, w.data(), {});
  Profile weighted = p;
  weighted.priorities.kind = Priorities::Kind::kWeights;
  weighted.priorities.weights = {{Criterion::kCost, 3}};
  EXPECT_EQ(CriteriaFingerprint(weighted, w.catalog, w.data(), {}), key);
  // A stored profile (saved as ProfileToJson text and read back) has the same key.
  auto stored = ParseProfileJson(ProfileToJson(p), "stored");
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_EQ(CriteriaFingerprint(*stored, w.catalog, w.data(), {}), key);
  Profile moved = p;
  moved.location.country = "CA";
  EXPECT_NE(CriteriaFingerprint(moved, w.catalog, w.data(), {}), key);
  Profile hard = p;
  hard.constraints.must_online = !hard.constraints.must_online.value_or(false);
  EXPECT_NE(CriteriaFingerprint(hard, w.catalog, w.data(), {}), key);
  EXPECT_NE(CriteriaFingerprint(p, w.catalog, w.data(), {"a"}), key);
  EXPECT_NE(CriteriaFingerprint(p, w.catalog, w.data(), {"a,b"}),
            CriteriaFingerprint(p, w.catalog, w.data(), {"a", "b"}));
}

TEST(CriteriaCacheTest, KeepsAtMostItsCapacityLeastRecentlyUsedOut) {
  const World& w = TheWorld();
  CriteriaCache cache(2);
  RankRequest a = WeightedRequest("working_swe_online"), b = a, c = a;
  b.profile.work.salary->amount += 1000;
  c.profile.work.salary->amount += 2000;
  (void)Answer(a, w.catalog, w.data(&cache));
  (void)Answer(b, w.catalog, w.data(&cache));
  (void)Answer(a, w.catalog, w.data(&cache));  // a used last: b goes next
  (void)Answer(c, w.catalog, w.data(&cache));
  EXPECT_EQ(cache.stats().entries, 2u);
  EXPECT_EQ(cache.stats().misses, 3u);
  (void)Answer(a, w.catalog, w.data(&cache));
  EXPECT_EQ(cache.stats().misses, 3u);
  (void)Answer(b, w.catalog, w.data(&cache));
  EXPECT_EQ(cache.stats().misses, 4u);
}

TEST(CriteriaCacheTest, ThreadsAskingAtOnceComputeOnceAndAgree) {
  const World& w = TheWorld();
  CriteriaCache cache;
  constexpr int kThreads = 4;
  std::vector<std::string> answers(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      answers[t] = Answer(WeightedRequest("working_swe_online", t), w.catalog, w.data(&cache));
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t)
    EXPECT_EQ(answers[t], Answer(WeightedRequest("working_swe_online", t), w.catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 1u);
  EXPECT_EQ(cache.stats().hits, kThreads - 1u);
}

TEST(CriteriaCacheTest, AWarmUpInTheBackgroundMakesTheFirstRankAHit) {
  const World& w = TheWorld();
  CriteriaCache cache;
  const RankRequest req = WeightedRequest("humanities_career_changer");
  cache.WarmInBackground(req.profile, w.catalog, w.data());
  cache.WaitIdle();
  EXPECT_EQ(cache.stats().misses, 1u);
  EXPECT_EQ(Answer(req, w.catalog, w.data(&cache)), Answer(req, w.catalog, w.data()));
  EXPECT_EQ(cache.stats().misses, 1u);
  EXPECT_EQ(cache.stats().hits, 1u);
}

TEST(CriteriaCacheTest, ErrorsAreAnsweredNotKept) {
  const World& w = TheWorld();
  CriteriaCache cache;
  RankRequest req = WeightedRequest("working_swe_online");
  req.program_ids = {"no-such-program", w.catalog.programs[0].id};
  auto r = RankPrograms(req, w.catalog, w.data(&cache));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(cache.stats().entries, 0u);
}

}  // namespace
}  // namespace gradfit
