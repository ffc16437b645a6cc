// JSON of the careers answers (one place for the CLI and the HTTP API).
#include "gradfit/careers_json.hpp"

#include <fmt/core.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace gradfit {
namespace {

nlohmann::json WageJson(const WageStats* w) {
  if (w == nullptr) return nullptr;
  auto num = [](const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
  };
  return {{"soc", w->soc},         {"title", w->title},  {"year", w->year},
          {"median", num(w->p50)}, {"p10", num(w->p10)}, {"p90", num(w->p90)},
          {"mean", num(w->mean)},  {"url", w->url},      {"attribution", w->attribution}};
}

nlohmann::json CoverageJson(const ProgramCoverage& c, const FacultyDepth& f) {
  auto credits = [](const std::vector<SkillCredit>& list) {
    nlohmann::json a = nlohmann::json::array();
    for (const SkillCredit& s : list)
      a.push_back({{"skill", s.skill_id},
                   {"weight", s.weight},
                   {"credit", s.credit},
                   {"core_courses", s.core_courses},
                   {"elective_courses", s.elective_courses}});
    return a;
  };
  auto mappings = [](const std::vector<CourseMapping>& list) {
    nlohmann::json a = nlohmann::json::array();
    for (const CourseMapping& m : list) {
      nlohmann::json skills = nlohmann::json::array();
      for (const SkillMatch& s : m.skills) skills.push_back(s.skill_id);
      a.push_back({{"course", m.course},
                   {"skills", skills},
                   {"overridden", m.overridden},
                   {"explanation", m.Explain()}});
    }
    return a;
  };
  nlohmann::json sugg = nlohmann::json::array();
  for (const ElectiveSuggestion& s : c.suggestions)
    sugg.push_back({{"course", s.course}, {"gain", s.gain}, {"skills", s.skills}});
  return {{"program", c.program_id},
          {"role", c.role_id},
          {"known", c.known},
          {"score", c.known ? nlohmann::json(c.score) : nlohmann::json()},
          {"core_only_score", c.known ? nlohmann::json(c.core_only_score) : nlohmann::json()},
          {"score_with_suggestions",
           c.known ? nlohmann::json(c.score_with_suggestions) : nlohmann::json()},
          {"covered", credits(c.covered)},
          {"missing", credits(c.missing)},
          {"suggested_electives", sugg},
          {"elective_share", c.elective_share},
          {"core_courses", mappings(c.core)},
          {"elective_courses", mappings(c.electives)},
          {"notes", c.notes},
          {"faculty_depth",
           {{"csrankings_faculty", f.count ? nlohmann::json(*f.count) : nlohmann::json()},
            {"source", f.source_url},
            {"retrieved", f.retrieved},
            {"attribution", f.attribution},
            {"note", f.note}}}};
}

}  // namespace

const WageStats* WagesForRole(const WageTable* wages, const Role& role) {
  if (!wages) return nullptr;
  if (const WageStats* w = wages->for_role(role.id)) return w;
  return wages->find_soc(role.soc_code);
}

std::optional<WageTable> LoadOptionalWages(const std::string& catalog_dir) {
  const std::string path = catalog_dir + "/wages.toml";
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  auto wages = ParseWages(text.str(), path);
  if (!wages.ok()) return std::nullopt;
  return std::move(wages).value();
}

nlohmann::json RolesJson(const CareersData& data, const WageTable* wages) {
  nlohmann::json out = nlohmann::json::array();
  for (const Role& r : data.roles)
    out.push_back({{"id", r.id},
                   {"name", r.name},
                   {"soc_code", r.soc_code},
                   {"wages", WageJson(WagesForRole(wages, r))}});
  return out;
}

nlohmann::json RoleJson(const CareersData& data, const Role& r, const WageTable* wages) {
  nlohmann::json skills = nlohmann::json::array();
  for (const RoleSkill& s : r.skills)
    skills.push_back(
        {{"id", s.skill_id}, {"name", data.find_skill(s.skill_id)->name}, {"weight", s.weight}});
  return {{"id", r.id},
          {"name", r.name},
          {"summary", r.summary},
          {"qualifications", r.qualifications},
          {"soc_code", r.soc_code},
          {"onet_code", r.onet_code},
          {"onet_title", r.onet_title},
          {"soc_note", r.soc_note},
          {"skills", skills},
          {"wages", WageJson(WagesForRole(wages, r))},
          {"onet_attribution", data.onet_attribution}};
}

Result<nlohmann::json> ProgramCoverageJson(const Catalog& catalog, const CareersData& data,
                                           const SkillMatcher& matcher,
                                           const std::string& program_id,
                                           const std::string& role_id,
                                           std::vector<CareersError>* errors) {
  const Program* p = catalog.find_program(program_id);
  if (p == nullptr)
    return Status::NotFound(
        fmt::format("unknown program '{}' (see `gradfit programs list`)", program_id));
  std::vector<const Role*> roles;
  if (role_id.empty()) {
    for (const Role& r : data.roles) roles.push_back(&r);
  } else if (const Role* r = data.find_role(role_id)) {
    roles.push_back(r);
  } else {
    return Status::NotFound(fmt::format("unknown role '{}' (see `gradfit careers`)", role_id));
  }
  CourseOverrides overrides;
  if (!p->file.empty() && std::filesystem::exists(p->file)) {
    std::vector<CareersError> local;
    auto o = ReadCourseOverrides(p->file, data.skills, errors ? errors : &local);
    if (!o.ok()) return o.status();
    overrides = std::move(o).value();
  }
  const FacultyDepth faculty = GetFacultyDepth(catalog.find_institution(p->institution_id));
  nlohmann::json out = nlohmann::json::array();
  for (const Role* r : roles)
    out.push_back(CoverageJson(ComputeCoverage(*p, *r, matcher, overrides), faculty));
  if (roles.size() == 1) return nlohmann::json(out.front());
  return out;
}

nlohmann::json CoverageMatrixJson(const std::vector<std::vector<ProgramCoverage>>& matrix) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& row : matrix) {
    nlohmann::json scores = nlohmann::json::object();
    for (const ProgramCoverage& c : row)
      scores[c.role_id] = c.known ? nlohmann::json(c.score) : nlohmann::json();
    out.push_back({{"program", row.front().program_id}, {"coverage", scores}});
  }
  return out;
}

}  // namespace gradfit
