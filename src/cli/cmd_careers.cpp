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
#include "gradfit/careers_json.hpp"
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
  return LoadOptionalWages(global.catalog_dir);
}

const WageStats* WagesFor(const std::optional<WageTable>& wages, const Role& role) {
  return WagesForRole(wages ? &*wages : nullptr, role);
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

void RunCareers(const GlobalOptions& global, const std::string& role_id, bool json,
                int& exit_code) {
  auto data = LoadCareersOrReport(global, exit_code);
  if (!data) return;
  const auto wages = LoadWages(global);
  if (role_id.empty()) {
    if (json) {
      std::cout << RolesJson(*data, wages ? &*wages : nullptr)
                       .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
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
    std::cout << RoleJson(*data, *r, wages ? &*wages : nullptr)
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
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
      std::cout << CoverageMatrixJson(matrix).dump(2, ' ', false,
                                                   nlohmann::json::error_handler_t::replace)
                << "\n";
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
  if (args.json) {
    std::vector<CareersError> errors;
    auto out =
        ProgramCoverageJson(*catalog, *data, matcher, args.program_id, args.role_id, &errors);
    if (!out.ok()) {
      for (const CareersError& e : errors) std::cerr << "error: " << e.ToString() << "\n";
      if (errors.empty()) std::cerr << "error: " << out.status().message() << "\n";
      exit_code = kExitInvalidData;
      return;
    }
    std::cout << out->dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
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
  for (const Role* r : roles) {
    PrintCoverage(ComputeCoverage(*p, *r, matcher, overrides), *p, faculty);
    if (r != roles.back()) std::cout << "\n----\n\n";
  }
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
