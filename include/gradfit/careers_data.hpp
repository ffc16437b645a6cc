// Careers data: the skill taxonomy (data/skills.toml) and the roles an ML
// master's leads to (data/roles.toml), with their loaders. Formats:
// docs/DATA.md "Skills and roles".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gradfit/input_error.hpp"
#include "gradfit/status.hpp"

namespace gradfit {

struct Skill {
  std::string id;
  std::string name;
  std::string definition;
  std::vector<std::string> terms;       // as written in the file
  std::vector<std::string> weak_terms;  // used only when no regular term matched
};

struct RoleSkill {
  std::string skill_id;
  double weight = 0;  // the role's weights sum to 1
};

struct Role {
  std::string id;
  std::string name;
  std::string summary;
  std::string qualifications;
  std::string soc_code;   // SOC 2018, e.g. "15-2051" (joins the wage data)
  std::string onet_code;  // O*NET-SOC, e.g. "15-2051.00"
  std::string onet_title;
  std::string soc_note;  // why this code, when the job has no occupation of its own
  std::vector<RoleSkill> skills;
};

struct CareersData {
  std::vector<Skill> skills;
  std::vector<Role> roles;
  std::string onet_attribution;  // licence text to show with O*NET-derived text
  std::string onet_source;

  const Skill* find_skill(std::string_view id) const;
  const Role* find_role(std::string_view id) const;
};

// One problem in a careers data file, located as precisely as the input allows.
using CareersError = InputError;  // key_path: "role[2].skills.deep_learnin"

// Reads a skills file. Errors (malformed TOML, missing/duplicate ids, empty
// terms) are appended to `errors`; on any error the result is not OK.
Result<std::vector<Skill>> LoadSkills(const std::string& path, std::vector<CareersError>* errors);

// Reads a roles file and checks every skill id against `skills` (an unknown id
// is an error naming file, line and id) and that weights are positive and sum
// to 1 (within 1e-6).
Result<CareersData> LoadRoles(const std::string& path, std::vector<Skill> skills,
                              std::vector<CareersError>* errors);

// Reads <dir>/skills.toml and <dir>/roles.toml.
Result<CareersData> LoadCareersData(const std::string& dir, std::vector<CareersError>* errors);

}  // namespace gradfit
