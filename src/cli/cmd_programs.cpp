// gradfit programs list | show
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::cli {
namespace {

struct ListArgs {
  std::string label, modality, country, gre, sort = "id", keyword, currency = "USD";
  std::optional<bool> part_time;
  std::optional<double> max_tuition;
  bool descending = false, json = false;
};

std::string TuitionCell(const Program& p) {
  if (!p.tuition.known()) return "unknown";
  const Tuition& t = *p.tuition;
  static const char* kBasis[] = {"total", "/credit", "/term", "/year"};
  return fmt::format("{:.0f} {}{} ({})", t.amount, t.currency,
                     t.basis == TuitionBasis::kTotal ? " total" : kBasis[int(t.basis)],
                     t.academic_year);
}

std::string ModalityCell(const Program& p) {
  if (!p.modality.known()) return "unknown";
  std::string s;
  for (auto m : *p.modality) s += (s.empty() ? "" : ", ") + std::string(ToString(m));
  return s;
}

// Turns the flags into a filter; returns false (and sets the exit code) on a bad value.
bool BuildFilter(const ListArgs& a, ProgramFilter* f, int& exit_code) {
  auto bad = [&](const std::string& flag, const std::string& v, const std::string& allowed) {
    fmt::print(stderr, "gradfit: --{} '{}' is not one of: {}\n", flag, v, allowed);
    exit_code = kExitUsage;
    return false;
  };
  if (!a.label.empty() && !(f->label = ParseLabel(a.label)))
    return bad("label", a.label, "ml, cs_ml_specialization, data_science, ai_ml, ai, other");
  if (!a.modality.empty() && !(f->modality = ParseModality(a.modality)))
    return bad("modality", a.modality, "on_campus, online, hybrid");
  if (!a.gre.empty() && !(f->gre = ParseGrePolicy(a.gre)))
    return bad("gre", a.gre, "required, optional, not_required, not_accepted");
  auto sort = ParseProgramSort(a.sort);
  if (!sort) return bad("sort", a.sort, "id, name, tuition, duration, country");
  f->sort = *sort;
  if (!a.country.empty() && !IsIsoCountry(a.country))
    return bad("country", a.country, "an ISO 3166 alpha-2 code such as US, GB, DE");
  if (!IsIsoCurrency(a.currency)) return bad("currency", a.currency, "an ISO 4217 code");
  f->country = a.country;
  f->part_time = a.part_time;
  f->max_tuition = a.max_tuition;
  f->tuition_currency = a.currency;
  f->keyword = a.keyword;
  f->descending = a.descending;
  return true;
}

void RunList(const GlobalOptions& global, const ListArgs& args, int& exit_code) {
  ProgramFilter filter;
  if (!BuildFilter(args, &filter, exit_code)) return;
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  const ProgramSelection sel = SelectPrograms(*catalog, filter);
  if (args.json) {
    fmt::print("{}\n", ProgramSelectionJson(*catalog, sel).dump(2));
    return;
  }
  TextTable t({"id", "program", "institution", "label", "country", "modality", "months", "tuition"},
              {26, 48, 36, 20, 7, 24, 6, 32});
  for (const Program* p : sel.programs) {
    const Institution* inst = catalog->find_institution(p->institution_id);
    t.AddRow({p->id, p->name.value_or("unknown"),
              inst ? inst->name.value_or(inst->id) : p->institution_id,
              p->label.known() ? std::string(ToString(*p->label)) : "unknown",
              p->country.value_or("?"), ModalityCell(*p),
              p->duration_months.known() ? fmt::format("{:g}", *p->duration_months) : "?",
              TuitionCell(*p)});
  }
  fmt::print("{}", t.Render());
  fmt::print("\n{} of {} programs", sel.programs.size(), catalog->programs.size());
  if (sel.excluded_unknown)
    fmt::print("; {} more left out because a filtered fact is unknown", sel.excluded_unknown);
  fmt::print(". `gradfit programs show ID` for every fact with its source.\n");
}

void RunShow(const GlobalOptions& global, const std::string& id, bool json, int& exit_code) {
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  const Program* p = catalog->find_program(id);
  if (!p) {
    fmt::print(stderr, "gradfit: no program '{}' in the catalog (`gradfit programs list`)\n", id);
    exit_code = kExitInvalidData;
    return;
  }
  const Date today = Today();
  if (json) {
    fmt::print("{}\n", ProgramJson(*catalog, *p, today).dump(2));
    return;
  }
  const Institution* inst = catalog->find_institution(p->institution_id);
  fmt::print("{} — {}\n", p->name.value_or(p->id), inst ? inst->name.value_or(inst->id) : "");
  fmt::print("id {}   file {}\n\n", p->id, p->file);
  int stale = 0, unknown = 0;
  for (const FactRow& row : ProgramFactRows(*p, today)) {
    if (!row.known) {
      ++unknown;
      fmt::print("  {:<36} unknown\n", row.key);
      continue;
    }
    std::string refs;
    for (int i : row.sources) refs += fmt::format("[{}]", i + 1);
    std::string age = row.as_of ? fmt::format("as of {}", row.as_of->ToString()) : "undated";
    if (row.stale) {
      age += fmt::format(", {:.0f} years old: CHECK", row.age_years);
      ++stale;
    }
    fmt::print("  {:<36} {}  {} {}\n", row.key, row.value, refs, age);
  }
  if (inst) {
    fmt::print("\ninstitution\n");
    if (inst->domain.known()) fmt::print("  domain {}\n", *inst->domain);
    if (inst->csrankings_faculty.known()) {
      const Source* s = inst->source_of(inst->csrankings_faculty.source());
      fmt::print("  CSRankings-listed faculty {} (source: {}{})\n", *inst->csrankings_faculty,
                 s ? s->url : "?", s && !s->attribution.empty() ? "; " + s->attribution : "");
    }
  }
  fmt::print("\nsources\n");
  for (size_t i = 0; i < p->sources.size(); ++i) {
    const Source& s = p->sources[i];
    fmt::print("  [{}] {} ({}{}{})\n", i + 1, s.url, s.first_party ? "first-party" : "third-party",
               s.page_date ? ", page dated " + s.page_date->ToString() : "",
               s.retrieved.valid() ? ", retrieved " + s.retrieved.ToString() : "");
    if (!s.note.empty()) fmt::print("      {}\n", s.note);
    if (!s.attribution.empty()) fmt::print("      {}\n", s.attribution);
  }
  fmt::print("\n{} facts unknown; {} older than {:g} years (marked CHECK).\n", unknown, stale,
             kStaleAfterYears);
}

}  // namespace

void RegisterProgramsCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  CLI::App* programs = app.add_subcommand("programs", "List and inspect the catalog's programs");
  programs->require_subcommand(1);

  static ListArgs list_args;
  auto* list = programs->add_subcommand("list", "Programs, filtered and sorted");
  list->add_option("--label", list_args.label,
                   "ml | cs_ml_specialization | data_science | ai_ml | ai | other");
  list->add_option("--modality", list_args.modality, "on_campus | online | hybrid");
  list->add_option("--part-time", list_args.part_time, "true: part-time study allowed");
  list->add_option("--country", list_args.country, "ISO 3166 alpha-2 code, e.g. US");
  list->add_option("--gre", list_args.gre, "required | optional | not_required | not_accepted");
  list->add_option("--max-tuition", list_args.max_tuition,
                   "Maximum published tuition amount (as published, per its basis)");
  list->add_option("--currency", list_args.currency, "Currency of --max-tuition")
      ->capture_default_str();
  list->add_option("--keyword,-k", list_args.keyword, "Search names, institutions and courses");
  list->add_option("--sort", list_args.sort, "id | name | tuition | duration | country")
      ->capture_default_str();
  list->add_flag("--desc", list_args.descending, "Sort in descending order");
  list->add_flag("--json", list_args.json, "Machine-readable output");
  list->callback([&] { RunList(global, list_args, exit_code); });

  static std::string show_id;
  static bool show_json = false;
  auto* show =
      programs->add_subcommand("show", "Every fact of one program, with its source and age");
  show->add_option("id", show_id, "Program id (see `programs list`)")->required();
  show->add_flag("--json", show_json, "Machine-readable output");
  show->callback([&] { RunShow(global, show_id, show_json, exit_code); });
}

}  // namespace gradfit::cli
