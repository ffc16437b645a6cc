// CareersData lookups, error formatting and the two-file loader.
#include "gradfit/careers_data.hpp"

#include <fmt/format.h>

namespace gradfit {

const Skill* CareersData::find_skill(std::string_view id) const {
  for (const Skill& s : skills)
    if (s.id == id) return &s;
  return nullptr;
}

const Role* CareersData::find_role(std::string_view id) const {
  for (const Role& r : roles)
    if (r.id == id) return &r;
  return nullptr;
}

Result<CareersData> LoadCareersData(const std::string& dir, std::vector<CareersError>* errors) {
  auto skills = LoadSkills(dir + "/skills.toml", errors);
  if (!skills.ok()) return skills.status();
  return LoadRoles(dir + "/roles.toml", std::move(skills).value(), errors);
}

}  // namespace gradfit
