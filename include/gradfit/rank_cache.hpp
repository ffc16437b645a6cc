// The weight-independent part of a ranking, kept for the next re-rank. Moving a
// weight slider changes only the weights; the criteria table (eligibility,
// curriculum coverage, every program's bill and ROI Monte Carlo) stays the same
// and is most of the work. A CriteriaCache keeps the last few tables, keyed by
// what they depend on, so a re-rank with other weights only re-runs the
// decision methods and SMAA-2. Used by `gradfit serve` (one cache per server);
// the CLI answers one question per process and does not need it.
// Method and invalidation: docs/METHODS.md, "Ranking programs"; docs/ARCHITECTURE.md.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "gradfit/rank.hpp"

namespace gradfit {

// The text that names a criteria table: the catalog's generation, the identity of
// the fit/careers/money data, the program ids asked for, and the profile without
// its priorities (ProfileToJson, every field; the weights do not enter the table).
// Empty when the catalog has no generation (built by hand: never cached).
std::string CriteriaFingerprint(const Profile& profile, const Catalog& catalog,
                                const RankData& data, const std::vector<std::string>& ids);

// Thread-safe, bounded (least recently used out), deterministic: a table from the
// cache is the one ComputeCriteria computes for the same arguments, so every
// answer is byte-identical with and without it. Two threads asking the same
// question at once compute it once (the second waits for the first).
//
// Invalidation is by key: another profile (any field but the priorities), other
// program ids, or another catalog generation is another entry. LoadCatalog and
// ApplyFactsOverlay (the user's own figures) renew the generation; code that edits a
// loaded catalog in place must call Catalog::Renew(). The fit, careers and money
// data are identified by address and must not change while the cache is used.
class CriteriaCache {
 public:
  explicit CriteriaCache(std::size_t capacity = 8);
  ~CriteriaCache();  // waits for a background computation in progress
  CriteriaCache(const CriteriaCache&) = delete;
  CriteriaCache& operator=(const CriteriaCache&) = delete;

  // ComputeCriteria(profile, catalog, data, ids), from the cache when the same question was
  // answered before (`data.cache` is ignored). Errors are returned, not kept.
  Result<CriteriaTable> Get(const Profile& profile, const Catalog& catalog, const RankData& data,
                            const std::vector<std::string>& ids);

  // Computes the table for these arguments on the cache's own thread, so that a later Get is a
  // hit (a Get arriving meanwhile waits for it instead of computing it again). The catalog and
  // the data must outlive the cache. At most a few requests wait; older ones are dropped.
  void WarmInBackground(const Profile& profile, const Catalog& catalog, const RankData& data,
                        std::vector<std::string> ids = {});
  // Blocks until no background computation is queued or running (tests, benchmarks).
  void WaitIdle();

  struct Stats {
    std::size_t hits = 0;    // answered from a kept (or in-flight) table
    std::size_t misses = 0;  // computed
    std::size_t entries = 0;
  };
  Stats stats() const;
  void Clear();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gradfit
