// gradfit careers [ROLE] | coverage ID --role ROLE | coverage --matrix
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "gradfit/careers.hpp"
#include "gradfit/money_data.hpp"

namespace gradfit::cli {
namespace {

std::optional<CareersData> LoadCareersOrReport(const GlobalOptions& global, int& exit_code) {
  std::vector<CareersError> errors;
  auto data = LoadCareersData(global.catalog_dir, &errors);
  if (data.ok()) return std::move(data).value();
  for (const CareersError& e : errors) std::cerr << "error: " << e.ToString() << "\n";
  exit_code = kExitInvalidData;
  return std::nullopt;
}

// Wages are optional here: without data/wages.toml the SOC code is shown.
std::optional<WageTable> LoadWages(const GlobalOptions& global) {
  const std::string path = global.catalog_dir + "/wages.toml";
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  auto wages = ParseWages(text.str(), path);
  if (!wages.ok()) return std::nullopt;
  return std::move(wages).value();
}

const WageStats* WagesFor(const std::optional<WageTable>& wages, const Role& role) {
  if (!wages) return nullptr;
  if (const WageStats* w = wages->for_role(role.id)) return w;
  return wages->find_soc(role.soc_code);
}

std::string Money(const std::optional<double>& v) {
  if (!v) return "n/a";
  std::string digits = fmt::format("{:.0f}", *v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return "$" + out;
}

nlohmann::json WageJson(const WageStats* w) {
  if (w == nullptr) return nullptr;
  auto num = [](const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
  };
  return {{"soc", w->soc},         {"title", w->title},  {"year", w->year},
          {"median", num(w->p50)}, {"p10", num(w->p10)}, {"p90", num(w->p90)},
          {"mean", num(w->mean)},  {"url", w->url},      {"attribution", w->attribution}};
}

void RunCareers(const GlobalOptions& global, const std::string& role_id, bool json,
                int& exit_code) {
  auto data = LoadCareersOrReport(global, exit_code);
  if (!data) return;
  const auto wages = LoadWages(global);
  if (role_id.empty()) {
    if (json) {
      nlohmann::json out = nlohmann::json::array();
      for (const Role& r : data->roles)
        out.push_back({{"id", r.id},
                       {"name", r.name},
                       {"soc_code", r.soc_code},
                       {"wages", WageJson(WagesFor(wages, r))}});
      std::cout << out.dump(2) << "\n";
      return;
    }
    TextTable t({"role", "name", "SOC", "US median wage", "p10-p90"});
    int year = 0;
    for (const Role& r : data->roles) {
      const WageStats* w = WagesFor(wages, r);
      if (w) year = w->year;
      t.AddRow({r.id, r.name, r.soc_code, w ? Money(w->p50) : "see `gradfit roi`",
                w ? Money(w->p10) + "-" + Money(w->p90) : ""});
    }
    std::cout << t.Render();
    if (wages)
      std::cout << fmt::format(
          "Wages: BLS OEWS May {} (national, all industries; the SOC occupation is the closest to "
          "the "
          "role, see `gradfit careers ROLE`). Source: U.S. Bureau of Labor Statistics, "
          "Occupational "
          "Employment and Wage Statistics.\n",
          year);
    else
      std::cout << "Wages: data/wages.toml not found; wages by SOC code are in `gradfit roi`.\n";
    return;
  }
  const Role* r = data->find_role(role_id);
  if (r == nullptr) {
    std::cerr << fmt::format("error: unknown role '{}' (see `gradfit careers`)\n", role_id);
    exit_code = kExitInvalidData;
    return;
  }
  const WageStats* w = WagesFor(wages, *r);
  if (json) {
    nlohmann::json skills = nlohmann::json::array();
    for (const RoleSkill& s : r->skills)
      skills.push_back(
          {{"id", s.skill_id}, {"name", data->find_skill(s.skill_id)->name}, {"weight", s.weight}});
    std::cout << nlohmann::json{{"id", r->id},
                                {"name", r->name},
                                {"summary", r->summary},
                                {"qualifications", r->qualifications},
                                {"soc_code", r->soc_code},
                                {"onet_code", r->onet_code},
                                {"onet_title", r->onet_title},
                                {"soc_note", r->soc_note},
                                {"skills", skills},
                                {"wages", WageJson(w)},
                                {"onet_attribution", data->onet_attribution}}
                     .dump(2)
              << "\n";
    return;
  }
  std::cout << fmt::format("{} ({})\n\n{}\n\nTypical qualifications: {}\n\n", r->name, r->id,
                           r->summary, r->qualifications);
  TextTable t({"skill", "weight", "what it is"}, {30, 8, 80});
  for (const RoleSkill& s : r->skills) {
    const Skill* sk = data->find_skill(s.skill_id);
    t.AddRow({s.skill_id, fmt::format("{:.2f}", s.weight), sk->definition});
  }
  std::cout << "Skills the role weighs (weights sum to 1):\n" << t.Render() << "\n";
  std::cout << fmt::format("Occupation: O*NET {} {} (SOC {}).{}\n", r->onet_code, r->onet_title,
                           r->soc_code, r->soc_note.empty() ? "" : " " + r->soc_note);
  if (w)
    std::cout << fmt::format("US wages, BLS OEWS May {}: median {}, 10th-90th percentile {}-{}.\n",
                             w->year, Money(w->p50), Money(w->p10), Money(w->p90))
              << w->attribution << ".\n";
  else
    std::cout << "Wages: not loaded; see `gradfit roi` for SOC " << r->soc_code << ".\n";
  std::cout << "\n" << data->onet_attribution << "\n";
}

struct CoverageArgs {
  std::string program_id, role_id;
  bool json = false, matrix = false;
};

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

void PrintCoverage(const ProgramCoverage& c, const Program& p, const FacultyDepth& f) {
  std::cout << fmt::format("{} — {}\nRole: {}\n", p.id, p.name.known() ? *p.name : "", c.role_id);
  if (!c.known) {
    std::cout << "Coverage: unknown (the catalog lists no courses for this program)\n";
  } else {
    std::cout << fmt::format(
        "Coverage: {:.2f} of the role's skill weight (core courses alone {:.2f}; with the "
        "suggested "
        "electives {:.2f})\n\n",
        c.score, c.core_only_score, c.score_with_suggestions);
    TextTable covered({"covered skill", "weight", "credit", "taught by"}, {30, 8, 8, 90});
    for (const SkillCredit& s : c.covered) {
      std::string by;
      for (const auto& t : s.core_courses) by += (by.empty() ? "" : "; ") + t + " (core)";
      if (s.core_courses.empty())
        for (const auto& t : s.elective_courses) by += (by.empty() ? "" : "; ") + t + " (elective)";
      covered.AddRow(
          {s.skill_id, fmt::format("{:.2f}", s.weight), fmt::format("{:.2f}", s.credit), by});
    }
    if (covered.rows() > 0) std::cout << covered.Render() << "\n";
    if (!c.missing.empty()) {
      std::string m;
      for (const SkillCredit& s : c.missing)
        m += (m.empty() ? "" : ", ") + fmt::format("{} ({:.2f})", s.skill_id, s.weight);
      std::cout << "Missing (no listed course teaches it): " << m << "\n";
    }
    if (!c.suggestions.empty()) {
      std::cout << "Electives that best close the gap (greedy):\n";
      for (const ElectiveSuggestion& s : c.suggestions) {
        std::string skills;
        for (const auto& id : s.skills) skills += (skills.empty() ? "" : ", ") + id;
        std::cout << fmt::format("  +{:.2f}  {}  ({})\n", s.gain, s.course, skills);
      }
    }
    std::cout << "\nHow courses were read:\n";
    for (const auto* list : {&c.core, &c.electives})
      for (const CourseMapping& m : *list)
        std::cout << "  " << (list == &c.core ? "core     " : "elective ") << m.Explain() << "\n";
  }
  for (const std::string& n : c.notes) std::cout << "Note: " << n << "\n";
  if (f.count)
    std::cout << fmt::format(
        "\nFaculty depth: {} faculty listed in CSRankings ({}, as of {}). {}\n", *f.count,
        f.source_url, f.retrieved, f.attribution);
  else
    std::cout << "\nFaculty depth: unknown (" << f.note << ")\n";
}

void RunCoverage(const GlobalOptions& global, const CoverageArgs& args, int& exit_code) {
  auto data = LoadCareersOrReport(global, exit_code);
  if (!data) return;
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  const SkillMatcher matcher(data->skills);

  if (args.matrix) {
    const auto matrix = CoverageMatrix(catalog->programs, *data, matcher);
    if (args.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& row : matrix) {
        nlohmann::json scores = nlohmann::json::object();
        for (const ProgramCoverage& c : row)
          scores[c.role_id] = c.known ? nlohmann::json(c.score) : nlohmann::json();
        out.push_back({{"program", row.front().program_id}, {"coverage", scores}});
      }
      std::cout << out.dump(2) << "\n";
      return;
    }
    std::vector<std::string> headers = {"program"};
    for (const Role& r : data->roles) headers.push_back(r.id);
    TextTable t(headers);
    for (const auto& row : matrix) {
      std::vector<std::string> cells = {row.front().program_id};
      for (const ProgramCoverage& c : row)
        cells.push_back(c.known ? fmt::format("{:.2f}", c.score) : "unknown");
      t.AddRow(cells);
    }
    std::cout << t.Render()
              << "Coverage in [0,1] of each role's weighted skills by the program's listed courses "
                 "(docs/METHODS.md, Curriculum coverage); unknown = no courses listed.\n";
    return;
  }

  if (args.program_id.empty()) {
    std::cerr << "error: give a program id, or --matrix\n";
    exit_code = kExitUsage;
    return;
  }
  const Program* p = catalog->find_program(args.program_id);
  if (p == nullptr) {
    std::cerr << fmt::format("error: unknown program '{}' (see `gradfit programs list`)\n",
                             args.program_id);
    exit_code = kExitInvalidData;
    return;
  }
  std::vector<const Role*> roles;
  if (args.role_id.empty()) {
    for (const Role& r : data->roles) roles.push_back(&r);
  } else if (const Role* r = data->find_role(args.role_id)) {
    roles.push_back(r);
  } else {
    std::cerr << fmt::format("error: unknown role '{}' (see `gradfit careers`)\n", args.role_id);
    exit_code = kExitInvalidData;
    return;
  }
  CourseOverrides overrides;
  if (!p->file.empty() && std::filesystem::exists(p->file)) {
    std::vector<CareersError> errors;
    auto o = ReadCourseOverrides(p->file, data->skills, &errors);
    if (!o.ok()) {
      for (const CareersError& e : errors) std::cerr << "error: " << e.ToString() << "\n";
      exit_code = kExitInvalidData;
      return;
    }
    overrides = std::move(o).value();
  }
  const FacultyDepth faculty = GetFacultyDepth(catalog->find_institution(p->institution_id));
  nlohmann::json out = nlohmann::json::array();
  for (const Role* r : roles) {
    const ProgramCoverage c = ComputeCoverage(*p, *r, matcher, overrides);
    if (args.json) {
      out.push_back(CoverageJson(c, faculty));
    } else {
      PrintCoverage(c, *p, faculty);
      if (r != roles.back()) std::cout << "\n----\n\n";
    }
  }
  if (args.json) std::cout << (roles.size() == 1 ? out.front() : out).dump(2) << "\n";
}

}  // namespace

void RegisterCareersCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  auto role_id = std::make_shared<std::string>();
  auto careers_json = std::make_shared<bool>(false);
  CLI::App* careers =
      app.add_subcommand("careers", "The roles an ML master's leads to, their skills and wages");
  careers->add_option("ROLE", *role_id, "A role id (e.g. ml_engineer) for its details");
  careers->add_flag("--json", *careers_json, "Machine-readable output");
  careers->callback([&global, &exit_code, role_id, careers_json] {
    RunCareers(global, *role_id, *careers_json, exit_code);
  });

  auto args = std::make_shared<CoverageArgs>();
  CLI::App* coverage = app.add_subcommand(
      "coverage", "How much of a role's skills a program's courses teach, and what is missing");
  coverage->add_option("ID", args->program_id, "Program id");
  coverage->add_option("--role", args->role_id, "Role id (default: every role)");
  coverage->add_flag("--matrix", args->matrix, "Programs x roles table of coverage scores");
  coverage->add_flag("--json", args->json, "Machine-readable output");
  coverage->callback([&global, &exit_code, args] { RunCoverage(global, *args, exit_code); });
}

}  // namespace gradfit::cli
