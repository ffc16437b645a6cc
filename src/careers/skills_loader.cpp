// Reads data/skills.toml (format: docs/DATA.md "Skills and roles").
#include <fmt/format.h>

#include <set>

#include "careers/toml_reading.hpp"
#include "gradfit/careers_data.hpp"
#include "gradfit/careers_match.hpp"

namespace gradfit {
namespace cd = careers_detail;

bool IsSnakeCaseId(std::string_view id) {
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

namespace {

void CheckKeys(const toml::table& t, std::initializer_list<std::string_view> allowed,
               const std::string& file, const std::string& prefix,
               std::vector<CareersError>* errors) {
  for (const auto& [k, v] : t) {
    bool ok = false;
    for (auto a : allowed) ok = ok || k.str() == a;
    if (!ok) cd::AddError(errors, file, &v, prefix + std::string(k.str()), "unknown key");
  }
}

}  // namespace

Result<std::vector<Skill>> LoadSkills(const std::string& path, std::vector<CareersError>* errors) {
  const size_t before = errors->size();
  auto root = cd::ParseTomlFile(path, errors);
  if (!root) return Status::InvalidData(errors->back().ToString());

  CheckKeys(*root, {"skill"}, path, "", errors);
  const toml::array* arr = root->get_as<toml::array>("skill");
  if (arr == nullptr || arr->empty()) {
    cd::AddError(errors, path, root->get("skill"), "skill",
                 "expected one or more [[skill]] tables");
    return Status::InvalidData(errors->back().ToString());
  }
  std::vector<Skill> skills;
  std::set<std::string> seen;
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::table* t = (*arr)[i].as_table();
    std::string prefix = fmt::format("skill[{}].", i);
    if (t == nullptr) {
      cd::AddError(errors, path, &(*arr)[i], prefix, "must be a table");
      continue;
    }
    CheckKeys(*t, {"id", "name", "definition", "terms", "weak_terms"}, path, prefix, errors);
    Skill s;
    s.id = cd::RequiredString(*t, "id", path, prefix, errors);
    if (!s.id.empty()) {
      if (!IsSnakeCaseId(s.id))
        cd::AddError(errors, path, t->get("id"), prefix + "id",
                     fmt::format("'{}' is not a snake_case id", s.id));
      if (!seen.insert(s.id).second)
        cd::AddError(errors, path, t->get("id"), prefix + "id",
                     fmt::format("duplicate id '{}'", s.id));
      prefix = fmt::format("skill.{}.", s.id);
    }
    s.name = cd::RequiredString(*t, "name", path, prefix, errors);
    s.definition = cd::RequiredString(*t, "definition", path, prefix, errors);
    s.terms = cd::StringArray(*t, "terms", path, prefix, errors);
    s.weak_terms = cd::StringArray(*t, "weak_terms", path, prefix, errors);
    if (s.terms.empty())
      cd::AddError(errors, path, t->get("terms") ? t->get("terms") : t, prefix + "terms",
                   "needs at least one term");
    for (const auto* list : {&s.terms, &s.weak_terms})
      for (const std::string& term : *list)
        if (NormalizeCourseText(term).empty())
          cd::AddError(errors, path, t->get(list == &s.terms ? "terms" : "weak_terms"),
                       prefix + (list == &s.terms ? "terms" : "weak_terms"),
                       fmt::format("term '{}' has no words left after normalisation", term));
    skills.push_back(std::move(s));
  }
  if (errors->size() > before) return Status::InvalidData((*errors)[before].ToString());
  return skills;
}

}  // namespace gradfit
