// Programs side by side: criteria for this user and the key facts with ages.
#include <fmt/core.h>

#include <algorithm>

#include "gradfit/rank.hpp"

namespace gradfit {

Result<CompareResult> ComparePrograms(const std::vector<std::string>& ids, const Profile& profile,
                                      const Catalog& catalog, const RankData& data) {
  if (ids.size() < 2) return Status::InvalidArgument("compare needs at least two program ids");
  auto table = ComputeCriteria(profile, catalog, data, ids);
  if (!table.ok()) return table.status();
  CompareResult out;
  const auto& all = AllCriteria();
  for (size_t j = 0; j < kCriteria; ++j) out.criteria[j] = std::string(ToString(all[j]));
  out.programs = table->programs;
  out.values = table->values;
  out.eligibility = table->eligibility;
  out.money_currency = table->money_currency;
  out.fact_keys = {"label",
                   "structure.duration_months",
                   "structure.credits",
                   "modality.formats",
                   "modality.part_time",
                   "admissions.min_gpa",
                   "admissions.gre",
                   "admissions.toefl_ibt_min",
                   "admissions.ielts_min",
                   "tuition",
                   "industry.internship",
                   "outcomes",
                   "graduate_outcomes"};
  const Date today = Today();
  for (const Program* p : out.programs) {
    const auto rows = ProgramFactRows(*p, today);
    std::vector<FactRow> picked;
    for (const auto& key : out.fact_keys) {
      auto it =
          std::find_if(rows.begin(), rows.end(), [&](const FactRow& r) { return r.key == key; });
      picked.push_back(it != rows.end() ? *it : FactRow{key, "unknown"});
    }
    out.facts.push_back(std::move(picked));
  }
  return out;
}

}  // namespace gradfit
