// The careers answers as JSON, shared by `gradfit careers|coverage --json` and
// the HTTP API (GET /api/v1/careers, /api/v1/coverage), so both give the same JSON.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "gradfit/careers.hpp"
#include "gradfit/catalog.hpp"
#include "gradfit/money_data.hpp"

namespace gradfit {

// Wages of a role: by role id, else by its SOC code; nullptr when not in the table.
const WageStats* WagesForRole(const WageTable* wages, const Role& role);

// data/wages.toml of a catalog folder, or nullopt when missing or unreadable
// (wages are optional for the careers answers).
std::optional<WageTable> LoadOptionalWages(const std::string& catalog_dir);

// `careers --json`: every role with its SOC code and wages.
nlohmann::json RolesJson(const CareersData& data, const WageTable* wages);
// `careers ROLE --json`: one role with its skills, wages and attribution.
nlohmann::json RoleJson(const CareersData& data, const Role& role, const WageTable* wages);

// `coverage ID [--role R] --json`: one object for one role, an array for every
// role (role_id empty). NotFound for an unknown program or role; InvalidData
// when the program's course overrides are broken (`errors` gets them).
Result<nlohmann::json> ProgramCoverageJson(const Catalog& catalog, const CareersData& data,
                                           const SkillMatcher& matcher,
                                           const std::string& program_id,
                                           const std::string& role_id,
                                           std::vector<CareersError>* errors = nullptr);
// `coverage --matrix --json`: [{program, coverage: {role: score|null}}].
nlohmann::json CoverageMatrixJson(const std::vector<std::vector<ProgramCoverage>>& matrix);

}  // namespace gradfit
