// Decide for one user: the six criteria of the brief computed per program from
// catalog facts and the profile, ranked with the generic decision module
// (gradfit/decide.hpp), explained, and stress-tested with SMAA-2. Mapping and
// missing-data policy: docs/METHODS.md, "Ranking programs".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/careers_data.hpp"
#include "gradfit/careers_match.hpp"
#include "gradfit/catalog.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/decide.hpp"
#include "gradfit/fit.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/profile.hpp"

namespace gradfit {

inline constexpr std::size_t kCriteria = 6;  // in the order of AllCriteria()

// One criterion value of one program, with what it was made of.
struct CriterionValue {
  std::optional<double> value;                     // nullopt: unknown
  std::optional<std::pair<double, double>> range;  // plausible range when partly unknown
  std::string explanation;                         // the facts it came from, in words
  // Marks of the figures it rests on (the cost criterion's tuition): older than
  // kStaleAfterYears, or from a third-party source only.
  bool stale = false;
  bool third_party = false;
};

class CriteriaCache;  // gradfit/rank_cache.hpp

// Everything the criteria need besides the catalog and the profile.
struct RankData {
  const FitData* fit = nullptr;
  const CareersData* careers = nullptr;
  const SkillMatcher* matcher = nullptr;
  const MoneyData* money = nullptr;
  // When set, criteria tables are kept there and reused by the next question that differs
  // only in the weights (the same answer, without recomputing the money). The server sets it.
  CriteriaCache* cache = nullptr;
};

// The six criterion values of each listed program (catalog order when ids is empty). They do
// not depend on the profile's priorities; with data.cache set they come from that cache.
struct CriteriaTable {
  std::vector<const Program*> programs;
  std::vector<ProgramVerdict> eligibility;
  // The hard constraint each program breaks ("" when it breaks none), and the
  // strongest reason of its verdict (ProgramAssessment::summary).
  std::vector<std::string> broken_constraint;
  std::vector<std::string> eligibility_reason;
  std::vector<std::array<CriterionValue, kCriteria>> values;
  std::string money_currency;
};
Result<CriteriaTable> ComputeCriteria(const Profile& profile, const Catalog& catalog,
                                      const RankData& data, const std::vector<std::string>& ids);

enum class RankMethod { kTopsis, kWeightedSum };

struct RankRequest {
  Profile profile;
  std::vector<std::string> program_ids;  // empty: every program
  RankMethod method = RankMethod::kTopsis;
  decide::MissingPolicy missing = decide::MissingPolicy::kSample;
  bool eligible_only = false;  // leave out programs whose verdict is not_eligible
  // false (the default): rank only the candidates, the programs that break no
  // hard constraint of the profile and are not known to be not eligible; the
  // others are listed in RankResult::set_aside with the reason. true: rank all.
  bool rank_all = false;
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  unsigned threads = 0;     // 0: all cores (the result does not depend on it)
  std::size_t explain = 3;  // swap explanations among the top `explain` programs
};

struct RankedProgram {
  std::string id;
  std::string name;
  std::string institution;
  ProgramVerdict eligibility = ProgramVerdict::kUnknown;
  std::array<CriterionValue, kCriteria> criteria;
  std::size_t rank = 0;                           // 1-based, by the chosen method
  double score = 0;                               // TOPSIS closeness or weighted-sum score
  std::array<double, kCriteria> contributions{};  // weighted-sum contribution per criterion
  std::vector<double> rank_acceptability;         // share of samples at rank 1, 2, …
  double first_rank_acceptability = 0;
  std::optional<double> confidence;  // SMAA-2 confidence factor (when it ever ranks first)
  bool pareto_optimal = false;
  std::string eligibility_reason;  // the verdict's strongest reason
  std::string broken_constraint;   // the hard constraint it breaks ("" when none)
};

// A program left out of the default ranking, and why.
struct SetAsideProgram {
  std::string id;
  std::string name;
  std::string institution;
  ProgramVerdict eligibility = ProgramVerdict::kUnknown;
  std::string reason;              // the hard constraint it breaks, else why it is not eligible
  bool breaks_constraint = false;  // `reason` is a hard constraint of the profile
};

struct RankResult {
  std::array<std::string, kCriteria> criteria;  // names
  std::array<double, kCriteria> weights{};      // used (sum 1); 0 for a dropped criterion
  std::string weights_origin;                   // "your weights", "your ranking (ROC)", …
  std::vector<RankedProgram> programs;          // best first
  std::vector<std::string> swaps;               // "X overtakes Y if cost weighs more than 0.35"
  std::vector<std::string> notes;               // missing data, dropped criteria, exclusions
  std::size_t samples = 0;
  std::string money_currency;
  std::vector<SetAsideProgram> set_aside;  // not candidates (default ranking only)
  // One line when the printed order and P(1st) name different leaders, saying why.
  std::string order_vs_p1;
  ProfileConfidence profile_confidence;  // how much of the profile the ranking rests on
};

Result<RankResult> RankPrograms(const RankRequest& request, const Catalog& catalog,
                                const RankData& data);

}  // namespace gradfit

#include <nlohmann/json_fwd.hpp>

namespace gradfit {

// Side by side: the six criteria and the key facts (with sources and ages) of
// two or more programs, for this user.
struct CompareResult {
  std::array<std::string, kCriteria> criteria;
  std::vector<const Program*> programs;
  std::vector<std::array<CriterionValue, kCriteria>> values;  // per program
  std::vector<ProgramVerdict> eligibility;
  std::vector<std::string> fact_keys;       // rows of key facts
  std::vector<std::vector<FactRow>> facts;  // [program][fact_keys index]
  std::string money_currency;
};
Result<CompareResult> ComparePrograms(const std::vector<std::string>& ids, const Profile& profile,
                                      const Catalog& catalog, const RankData& data);

nlohmann::json RankResultJson(const RankResult& r);
nlohmann::json CompareResultJson(const CompareResult& r, const Date& today);

}  // namespace gradfit
