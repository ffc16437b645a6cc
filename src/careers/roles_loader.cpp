// Reads data/roles.toml and checks it against the skill taxonomy.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "careers/toml_reading.hpp"
#include "gradfit/careers_data.hpp"

namespace gradfit {
namespace cd = careers_detail;

bool IsSnakeCaseId(std::string_view id);  // skills_loader.cpp

namespace {

bool IsSocCode(std::string_view s) {  // "15-2051"
  if (s.size() != 7 || s[2] != '-') return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (i != 2 && !(s[i] >= '0' && s[i] <= '9')) return false;
  return true;
}

bool IsOnetCode(std::string_view s) {  // "15-2051.00"
  return s.size() == 10 && IsSocCode(s.substr(0, 7)) && s[7] == '.' && std::isdigit(s[8]) &&
         std::isdigit(s[9]);
}

void ReadRole(const toml::table& t, size_t index, const std::string& path,
              const std::vector<Skill>& skills, std::vector<CareersError>* errors, Role* r) {
  std::string prefix = fmt::format("role[{}].", index);
  static const std::set<std::string_view> kAllowed = {
      "id",        "name",       "summary",  "qualifications", "soc_code",
      "onet_code", "onet_title", "soc_note", "skills"};
  for (const auto& [k, v] : t)
    if (!kAllowed.count(k.str()))
      cd::AddError(errors, path, &v, prefix + std::string(k.str()), "unknown key");

  r->id = cd::RequiredString(t, "id", path, prefix, errors);
  if (!r->id.empty()) {
    if (!IsSnakeCaseId(r->id))
      cd::AddError(errors, path, t.get("id"), prefix + "id",
                   fmt::format("'{}' is not a snake_case id", r->id));
    prefix = fmt::format("role.{}.", r->id);
  }
  r->name = cd::RequiredString(t, "name", path, prefix, errors);
  r->summary = cd::RequiredString(t, "summary", path, prefix, errors);
  r->qualifications = cd::RequiredString(t, "qualifications", path, prefix, errors);
  r->soc_code = cd::RequiredString(t, "soc_code", path, prefix, errors);
  if (!r->soc_code.empty() && !IsSocCode(r->soc_code))
    cd::AddError(errors, path, t.get("soc_code"), prefix + "soc_code",
                 fmt::format("'{}' is not a SOC code like 15-2051", r->soc_code));
  r->onet_code = cd::RequiredString(t, "onet_code", path, prefix, errors);
  if (!r->onet_code.empty() &&
      (!IsOnetCode(r->onet_code) || r->onet_code.substr(0, 7) != r->soc_code))
    cd::AddError(errors, path, t.get("onet_code"), prefix + "onet_code",
                 fmt::format("'{}' is not an O*NET-SOC code of SOC {}", r->onet_code, r->soc_code));
  r->onet_title = cd::RequiredString(t, "onet_title", path, prefix, errors);
  r->soc_note = cd::OptionalString(t, "soc_note", path, prefix, errors);

  const toml::node* sn = t.get("skills");
  const toml::table* st = sn ? sn->as_table() : nullptr;
  if (st == nullptr || st->empty()) {
    cd::AddError(errors, path, sn ? sn : &t, prefix + "skills",
                 "expected a table { skill_id = weight, ... }");
    return;
  }
  double sum = 0;
  for (const auto& [k, v] : *st) {
    const std::string id(k.str());
    const std::string key = prefix + "skills." + id;
    bool known = false;
    for (const Skill& s : skills) known = known || s.id == id;
    if (!known) cd::AddError(errors, path, &v, key, fmt::format("unknown skill id '{}'", id));
    auto w = v.value<double>();
    if (!w || !(*w > 0) || *w > 1) {
      cd::AddError(errors, path, &v, key, "weight must be a number in (0, 1]");
      continue;
    }
    sum += *w;
    r->skills.push_back({id, *w});
  }
  // Heaviest first (TOML tables do not keep file order).
  std::sort(r->skills.begin(), r->skills.end(), [](const RoleSkill& a, const RoleSkill& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.skill_id < b.skill_id;
  });
  if (std::abs(sum - 1.0) > 1e-6)
    cd::AddError(errors, path, sn, prefix + "skills",
                 fmt::format("weights sum to {:.4f}, expected 1", sum));
}

}  // namespace

Result<CareersData> LoadRoles(const std::string& path, std::vector<Skill> skills,
                              std::vector<CareersError>* errors) {
  const size_t before = errors->size();
  auto root = cd::ParseTomlFile(path, errors);
  if (!root) return Status::InvalidData(errors->back().ToString());

  CareersData data;
  data.skills = std::move(skills);
  for (const auto& [k, v] : *root)
    if (k.str() != "role" && k.str() != "onet_attribution" && k.str() != "onet_source")
      cd::AddError(errors, path, &v, std::string(k.str()), "unknown key");
  data.onet_attribution = cd::RequiredString(*root, "onet_attribution", path, "", errors);
  data.onet_source = cd::RequiredString(*root, "onet_source", path, "", errors);

  const toml::array* arr = root->get_as<toml::array>("role");
  if (arr == nullptr || arr->empty()) {
    cd::AddError(errors, path, root->get("role"), "role", "expected one or more [[role]] tables");
    return Status::InvalidData(errors->back().ToString());
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::table* t = (*arr)[i].as_table();
    if (t == nullptr) {
      cd::AddError(errors, path, &(*arr)[i], fmt::format("role[{}]", i), "must be a table");
      continue;
    }
    Role r;
    ReadRole(*t, i, path, data.skills, errors, &r);
    if (!r.id.empty() && !seen.insert(r.id).second)
      cd::AddError(errors, path, t->get("id"), fmt::format("role[{}].id", i),
                   fmt::format("duplicate id '{}'", r.id));
    data.roles.push_back(std::move(r));
  }
  if (errors->size() > before) return Status::InvalidData((*errors)[before].ToString());
  return data;
}

}  // namespace gradfit
