// Reads per-course skill overrides ([curriculum].course_skills) from a
// program file, so a curator can correct the matcher for one course.
#include <fmt/format.h>

#include "careers/toml_reading.hpp"
#include "gradfit/careers_match.hpp"

namespace gradfit {
namespace cd = careers_detail;

Result<CourseOverrides> ReadCourseOverrides(const std::string& program_file,
                                            const std::vector<Skill>& skills,
                                            std::vector<CareersError>* errors) {
  const size_t before = errors->size();
  auto root = cd::ParseTomlFile(program_file, errors);
  if (!root) return Status::InvalidData(errors->back().ToString());
  CourseOverrides out;
  const toml::node* n = root->at_path("curriculum.course_skills").node();
  if (n == nullptr) return out;
  const toml::table* t = n->as_table();
  if (t == nullptr) {
    cd::AddError(errors, program_file, n, "curriculum.course_skills",
                 "expected a table { \"Course title\" = [\"skill_id\", ...] }");
    return Status::InvalidData(errors->back().ToString());
  }
  for (const auto& [title, v] : *t) {
    const std::string key = fmt::format("curriculum.course_skills.\"{}\"", title.str());
    CourseOverride o{
        std::string(title.str()), {}, program_file, static_cast<int>(v.source().begin.line)};
    const toml::array* arr = v.as_array();
    if (arr == nullptr) {
      cd::AddError(errors, program_file, &v, key, "expected an array of skill ids");
      continue;
    }
    for (const toml::node& e : *arr) {
      if (auto s = e.value<std::string>()) {
        o.skill_ids.push_back(*s);
      } else {
        cd::AddError(errors, program_file, &e, key, "skill ids must be strings");
      }
    }
    out.push_back(std::move(o));
  }
  for (CareersError& e : ValidateOverrides(out, skills)) errors->push_back(std::move(e));
  if (errors->size() > before) return Status::InvalidData((*errors)[before].ToString());
  return out;
}

}  // namespace gradfit
