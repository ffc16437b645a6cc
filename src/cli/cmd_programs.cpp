// gradfit programs list | show
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/file_io.hpp"
#include "gradfit/iso_codes.hpp"
#include "gradfit/money_data.hpp"
#include "gradfit/outcomes.hpp"

namespace gradfit::cli {
namespace {

struct ListArgs {
  std::string label, modality, country, gre, sort = "id", keyword, currency = "USD";
  std::optional<bool> part_time;
  std::optional<double> max_tuition;
  bool descending = false, json = false;
};

// The whole-program estimate first (what the sort and --max-tuition use), with its marks.
std::string TuitionCell(const Program& p, const TuitionTotal& total) {
  if (!p.tuition.known()) return "unknown";
  if (!total.amount) return "total unknown";
  return fmt::format("{:.0f} {}{}", *total.amount, total.currency, total.Marks());
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
  // Exchange rates let tuition in other currencies be compared; without them
  // those programs stay unknown (and are counted) rather than guessed.
  auto money = LoadMoneyData(global.catalog_dir);
  if (money.ok()) filter.rates = &money->rates;
  TuitionTotalOptions total_options;
  total_options.currency = filter.tuition_currency;
  total_options.rates = filter.rates;
  const ProgramSelection sel = SelectPrograms(*catalog, filter);
  if (args.json) {
    fmt::print("{}\n", ProgramSelectionJson(*catalog, sel, Today(), total_options).dump(2));
    return;
  }
  TextTable t({"id", "program", "institution", "label", "country", "modality", "months", "tuition"},
              {30, 48, 36, 20, 7, 24, 6, 32});
  t.SetFit(0, TextTable::Fit::kKeep);  // the id is what every other command takes
  t.SetFit(7, TextTable::Fit::kKeep);
  t.SetMinWidth(1, 20);  // a program name cut shorter says too little
  // Left out in this order when the table cannot fit: `programs show` has them all.
  t.SetDroppable({2, 3, 5, 6, 4});  // institution, label, modality, months, country
  const Date today = Today();
  bool any_old = false;
  for (const Program* p : sel.programs) {
    const Institution* inst = catalog->find_institution(p->institution_id);
    const MarkedFacts marked = MarkFacts(*p, today);
    auto mark = [&](std::string cell, std::string_view key) {
      if (marked.is_yours(key)) cell += " (yours)";
      if (marked.is_stale(key)) cell += " *", any_old = true;
      return cell;
    };
    t.AddRow({p->id, mark(p->name.value_or("unknown"), "name"),
              inst ? inst->name.value_or(inst->id) : p->institution_id,
              mark(p->label.known() ? std::string(ToString(*p->label)) : "unknown", "label"),
              p->country.value_or("?"), mark(ModalityCell(*p), "modality.formats"),
              mark(p->duration_months.known() ? fmt::format("{:g}", *p->duration_months) : "?",
                   "structure.duration_months"),
              mark(TuitionCell(*p, EstimateTuitionTotal(*p, total_options)), "tuition")});
  }
  fmt::print("{}", t.Render());
  std::string footer =
      fmt::format("{} of {} programs", sel.programs.size(), catalog->programs.size());
  if (sel.excluded_unknown)
    footer +=
        fmt::format("; {} more left out because a filtered fact is unknown", sel.excluded_unknown);
  if (any_old)
    fmt::print("\n{}", Wrapped(fmt::format("* = older than {:g} years: check it against the "
                                           "source (`programs show ID`).",
                                           kStaleAfterYears),
                               0, 0));
  fmt::print(
      "\n{}",
      Wrapped(footer + ". `gradfit programs show ID` for every fact with its source.", 0, 0));
  fmt::print("{}", Wrapped(fmt::format("Tuition: the whole program in {}, estimated from the "
                                       "published figure (est.: per credit, term or year, an old "
                                       "figure carried to today, or converted); [old]: figure "
                                       "older than two years; [3rd-party]: no first-party "
                                       "source. Fees not included.",
                                       filter.tuition_currency),
                           0, 0));
}

// `text` wrapped to the output width, every line indented by `indent` spaces.
std::string WrappedAt(const std::string& text, size_t indent) {
  return Wrapped(text, indent, indent);
}

std::string SourceRefs(const std::vector<int>& sources) {
  std::string refs;
  for (int i : sources) refs += fmt::format("[{}]", i + 1);
  return refs;
}

// The state living costs for the debt-to-earnings floor; null when the catalog
// folder has none (the test then says its floor is unknown).
std::unique_ptr<LivingCosts> ReadLivingCosts(const std::string& catalog_dir) {
  const std::string file = catalog_dir + "/living_costs.toml";
  auto text = ReadInputFile(file);  // the bounded reader every input goes through
  if (!text.ok()) return nullptr;
  auto parsed = ParseLivingCosts(*text, file);
  return parsed.ok() ? std::make_unique<LivingCosts>(std::move(*parsed)) : nullptr;
}

std::string AmountOrSuppressed(const std::optional<double>& v) {
  return v ? FormatUsd(*v) : "suppressed (small cohort)";
}

void PrintGraduateOutcomes(const Program& p, const Institution* inst, const LivingCosts* living) {
  if (!p.graduate_outcomes.known()) {
    fmt::print("\noutcomes of graduates (College Scorecard): {}\n",
               p.country.known() && *p.country == "US"
                   ? "unknown (no matching master's row in the Scorecard data)"
                   : "unknown (the College Scorecard covers US institutions only)");
    return;
  }
  const FieldOutcome& g = *p.graduate_outcomes;
  fmt::print("\noutcomes of graduates: College Scorecard, release {} {}\n", g.release,
             SourceRefs(p.graduate_outcomes.sources));
  fmt::print("{}", WrappedAt(fmt::format("{} (UNITID {}, {}): master's completers in CIP {} {}",
                                         inst ? inst->name.value_or(inst->id) : p.institution_id,
                                         g.unitid, g.state, g.cip, g.cip_title),
                             2));
  fmt::print("  {:<22} {}\n", "completers",
             g.completers ? std::to_string(*g.completers) : "not reported");
  fmt::print("  {:<22} {} 1 year after completion\n", "median earnings",
             AmountOrSuppressed(g.earnings_1yr));
  fmt::print("  {:<22} {} 4 years after\n", "", AmountOrSuppressed(g.earnings_4yr));
  fmt::print("  {:<22} {} at completion\n", "median federal debt",
             AmountOrSuppressed(g.median_debt));
  if (p.bachelor_outcomes.known()) {
    const FieldOutcome& b = *p.bachelor_outcomes;
    fmt::print("  {:<22} {} 1 year after, {} 4 years after {}\n", "bachelor's, same CIP",
               b.earnings_1yr ? FormatUsd(*b.earnings_1yr) : "suppressed",
               b.earnings_4yr ? FormatUsd(*b.earnings_4yr) : "suppressed",
               SourceRefs(p.bachelor_outcomes.sources));
  } else {
    fmt::print("  {:<22} unknown (no bachelor's row in this CIP)\n", "bachelor's, same CIP");
  }
  fmt::print("  why this row\n{}", WrappedAt(g.cip_basis, 4));
  fmt::print("  caveats\n{}",
             WrappedAt("One row pools every master's program of the institution in this CIP, not "
                       "this program alone. Only completers with federal aid are measured, so "
                       "international students and employer-funded part-timers are "
                       "under-represented. These are what graduates typically earned (nominal "
                       "dollars of the measurement years), not a promise.",
                       4));
  if (auto tests = EvaluateOutcomeTests(p, living)) {
    fmt::print("  tests\n");
    for (const OutcomeTest* t : {&tests->earnings_premium, &tests->debt_to_earnings}) {
      std::string verdict(ToString(t->verdict));
      for (char& c : verdict) c = static_cast<char>(std::toupper(c));
      fmt::print("{}", WrappedAt(fmt::format("{}: {}", t->name, verdict), 4));
      fmt::print("{}", WrappedAt(t->detail, 6));
      fmt::print("{}", WrappedAt("What it means: " + t->meaning, 6));
    }
    if (tests->floor)
      fmt::print("{}", WrappedAt("living-wage floor source: " + tests->floor->source, 6));
  }
}

void PrintIpedsCharges(const Institution& inst) {
  if (!inst.ipeds_graduate_charges.known()) return;
  const InstitutionCharges& c = *inst.ipeds_graduate_charges;
  auto amount = [](const std::optional<double>& v) { return v ? FormatUsd(*v) : "not reported"; };
  const Source* s = inst.source_of(inst.ipeds_graduate_charges.source());
  fmt::print(
      "{}",
      WrappedAt(
          fmt::format(
              "IPEDS graduate charges {} (institution-wide fallback, not this program's price)",
              c.academic_year),
          2));
  fmt::print("    in-state      tuition {}, fees {} a year; {} per credit\n",
             amount(c.tuition_in_state), amount(c.fees_in_state), amount(c.per_credit_in_state));
  fmt::print("    out-of-state  tuition {}, fees {} a year; {} per credit\n",
             amount(c.tuition_out_of_state), amount(c.fees_out_of_state),
             amount(c.per_credit_out_of_state));
  if (s) fmt::print("{}", WrappedAt(fmt::format("source: {}; {}", s->url, s->attribution), 4));
}

void RunShow(const GlobalOptions& global, const std::string& id, bool json, int& exit_code) {
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  const Program* p = catalog->find_program(id);
  if (!p) {
    fmt::print(stderr, "{}\n", UnknownProgramMessage(*catalog, id));
    exit_code = kExitInvalidData;
    return;
  }
  const Date today = Today();
  const auto living = ReadLivingCosts(global.catalog_dir);
  if (json) {
    nlohmann::json j = ProgramDetailJson(*catalog, *p, today, living.get());
    fmt::print("{}\n", j.dump(2));
    return;
  }
  const Institution* inst = catalog->find_institution(p->institution_id);
  fmt::print("{}", Wrapped(fmt::format("{} — {}", p->name.value_or(p->id),
                                       inst ? inst->name.value_or(inst->id) : ""),
                           0, 2));
  fmt::print("{}\n", WrappedAfter("id " + p->id + "   file ", p->file));
  int stale = 0, unknown = 0;
  for (const FactRow& row : ProgramFactRows(*p, today)) {
    // The Scorecard rows get their own section below.
    if (row.key == "graduate_outcomes" || row.key == "bachelor_outcomes") {
      unknown += !row.known;
      continue;
    }
    if (!row.known) {
      ++unknown;
      if (row.key == "tuition") {
        // Unknown, but a labelled range from comparable programs can still guide.
        const auto est = EstimateTuitionFromPeers(*catalog, *p, StudiedOnline(*p));
        if (est.range) {
          fmt::print("{}",
                     WrappedAfter(fmt::format("  {:<36} ", row.key),
                                  fmt::format("unknown; {} {:.0f} - {:.0f} ({})", est.currency,
                                              est.range->first, est.range->second, est.note)));
          continue;
        }
      }
      fmt::print("  {:<36} unknown\n", row.key);  // at most 46 columns
      continue;
    }
    std::string refs;
    for (int i : row.sources) refs += fmt::format("[{}]", i + 1);
    std::string age = row.as_of ? fmt::format("as of {}", row.as_of->ToString()) : "undated";
    if (row.stale) {
      age += fmt::format(", {:.0f} years old: CHECK", row.age_years);
      ++stale;
    }
    fmt::print("{}", WrappedAfter(fmt::format("  {:<36} ", row.key),
                                  fmt::format("{}  {} {}", row.value, refs, age)));
  }
  if (inst) {
    fmt::print("\ninstitution\n");
    if (inst->domain.known()) fmt::print("  domain {}\n", *inst->domain);
    if (inst->csrankings_faculty.known()) {
      const Source* s = inst->source_of(inst->csrankings_faculty.source());
      fmt::print("{}",
                 WrappedAfter(
                     "  ", fmt::format("CSRankings-listed faculty {} (source: {}{})",
                                       *inst->csrankings_faculty, s ? s->url : "?",
                                       s && !s->attribution.empty() ? "; " + s->attribution : "")));
    }
    PrintIpedsCharges(*inst);
  }
  PrintGraduateOutcomes(*p, inst, living.get());
  fmt::print("\nsources\n");
  for (size_t i = 0; i < p->sources.size(); ++i) {
    const Source& s = p->sources[i];
    fmt::print(
        "{}", WrappedAfter(fmt::format("  [{}] ", i + 1),
                           fmt::format("{} ({}{}{})", s.url,
                                       s.user_supplied ? "your own figure"
                                       : s.first_party ? "first-party"
                                                       : "third-party",
                                       s.page_date ? ", page dated " + s.page_date->ToString() : "",
                                       s.retrieved.valid() && !s.user_supplied
                                           ? ", retrieved " + s.retrieved.ToString()
                                           : "")));
    if (!s.note.empty()) fmt::print("{}", Wrapped(s.note, 6, 6));
    if (!s.attribution.empty()) fmt::print("{}", Wrapped(s.attribution, 6, 6));
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
                   "Maximum whole-program tuition (estimated total, in --currency)");
  list->add_option("--currency", list_args.currency,
                   "Currency of --max-tuition and of the tuition column")
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
