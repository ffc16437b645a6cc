// gradfit assess --profile FILE [--program ID…] [--what-if key=value…] [--json]:
// the pathway verdict, then a summary per eligibility group and the reasons in
// full for the top programs, all wrapped to the terminal width.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <CLI/CLI.hpp>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "gradfit/fit.hpp"

namespace gradfit::cli {
namespace {

struct AssessArgs {
  std::string profile;
  std::vector<std::string> programs;
  std::vector<std::string> what_if;
  std::string fit_data = GRADFIT_SOURCE_DIR "/data";
  bool json = false;
  bool all_checks = false;
};

std::string_view Mark(const Check& c) {
  // A preferred or recommended requirement not met is a note, not a NO.
  if (c.verdict == Verdict::kNotMet && c.requirement != Requirement::kRequired) return "note";
  switch (c.verdict) {
    case Verdict::kMet:
      return "ok  ";
    case Verdict::kNotMet:
      return "NO  ";
    case Verdict::kUnknown:
      return "?   ";
    case Verdict::kNotApplicable:
      return "-   ";
  }
  return "";
}

std::string_view GroupTitle(ProgramVerdict v) {
  switch (v) {
    case ProgramVerdict::kEligible:
      return "ELIGIBLE";
    case ProgramVerdict::kEligibleWithGaps:
      return "ELIGIBLE WITH GAPS (close them first)";
    case ProgramVerdict::kUnknown:
      return "UNKNOWN (facts missing)";
    case ProgramVerdict::kNotEligible:
      return "NOT ELIGIBLE";
  }
  return "";
}

// Programs listed per group in the summary, and programs shown in detail.
constexpr size_t kSummaryRowsPerGroup = 10;
constexpr size_t kDetailedPrograms = 5;

void PrintPathway(const PathwayVerdict& v, const ProfileConfidence& confidence) {
  fmt::print("{}\n", WrappedAfter("Pathway: ", v.headline));
  fmt::print("{}", Wrapped(confidence.Summary(), 0, 2));
  if (confidence.thin) fmt::print("{}", Wrapped(confidence.Suggestion(), 0, 2));
  for (const auto& o : v.options) {
    fmt::print("  {:3d}  {}\n", o.score, ToString(o.pathway));
    for (const auto& r : o.reasons_for) fmt::print("{}", WrappedAfter("         + ", r));
    for (const auto& r : o.reasons_against) fmt::print("{}", WrappedAfter("         - ", r));
  }
}

std::string ProgramTitle(const ProgramAssessment& p) {
  return p.institution + (p.program_name.empty() ? "" : ", " + p.program_name);
}

// One program with its reasons: the checks that are not met or unknown (all
// checks with --all-checks), each wrapped under its mark.
void PrintProgramDetail(const ProgramAssessment& p, bool all_checks) {
  // Hanging indents stay shallow so that long reasons keep most of the line.
  fmt::print("{}", WrappedAfter("  " + p.program_id + "  ", ProgramTitle(p)));
  fmt::print("{}", Wrapped(p.summary, 6, 6));
  for (const auto& c : p.checks) {
    if (!all_checks && (c.verdict == Verdict::kMet || c.verdict == Verdict::kNotApplicable))
      continue;
    fmt::print("{}", WrappedAfter(fmt::format("      {} ", Mark(c)), c.id + ": " + c.reason));
  }
}

// Per group: its size and its programs, each with its strongest reason in one
// line; then the reasons in full for the top programs (every program and
// every check with --all-checks, or when the user named the programs).
void PrintPrograms(const Assessment& a, bool all_checks, bool named_programs) {
  std::map<ProgramVerdict, int> counts;
  for (const auto& p : a.programs) ++counts[p.verdict];
  fmt::print("{}", Wrapped(fmt::format("Programs: {} eligible, {} eligible with gaps, {} unknown, "
                                       "{} not eligible",
                                       counts[ProgramVerdict::kEligible],
                                       counts[ProgramVerdict::kEligibleWithGaps],
                                       counts[ProgramVerdict::kUnknown],
                                       counts[ProgramVerdict::kNotEligible]),
                           0, 2));
  const bool everything = all_checks || named_programs;
  if (everything) {
    std::optional<ProgramVerdict> group;
    for (const auto& p : a.programs) {
      if (group != p.verdict) {
        group = p.verdict;
        fmt::print("\n{} ({})\n", GroupTitle(p.verdict), counts[p.verdict]);
      }
      PrintProgramDetail(p, all_checks);
    }
    return;
  }
  for (size_t i = 0; i < a.programs.size();) {
    const ProgramVerdict group = a.programs[i].verdict;
    fmt::print("\n{} ({})\n", GroupTitle(group), counts[group]);
    TextTable t({"program", "why (strongest reason first)"}, {30, 200});
    t.SetFit(0, TextTable::Fit::kKeep);
    size_t shown = 0;
    for (; i < a.programs.size() && a.programs[i].verdict == group; ++i)
      if (shown++ < kSummaryRowsPerGroup)
        t.AddRow({a.programs[i].program_id, a.programs[i].summary});
    fmt::print("{}", t.Render());
    if (shown > kSummaryRowsPerGroup)
      fmt::print("  … and {} more (--all-checks lists every program)\n",
                 shown - kSummaryRowsPerGroup);
  }
  const size_t detailed = std::min(kDetailedPrograms, a.programs.size());
  if (detailed == 0) return;
  fmt::print("\nThe top {} in detail (--all-checks: every program and check):\n", detailed);
  for (size_t i = 0; i < detailed; ++i) PrintProgramDetail(a.programs[i], false);
}

void Run(const GlobalOptions& global, const AssessArgs& args, int& exit_code) {
  std::vector<ProfileError> errors;
  auto profile = LoadProfile(args.profile, &errors);
  if (!profile.ok()) {
    if (errors.empty()) fmt::print(stderr, "gradfit: {}\n", profile.status().message());
    for (const auto& e : errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
    exit_code = profile.status().code() == Status::Code::kInvalidData ? kExitInvalidData : kExitIo;
    return;
  }
  std::vector<Override> overrides;
  for (const auto& w : args.what_if) {
    auto o = ParseOverride(w);
    if (!o.ok()) {
      fmt::print(stderr, "gradfit: --what-if: {}\n", o.status().message());
      exit_code = kExitUsage;
      return;
    }
    overrides.push_back(*o);
  }
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  for (const auto& id : args.programs) {
    if (!catalog->find_program(id)) {
      fmt::print(stderr, "{}\n", UnknownProgramMessage(*catalog, id));
      exit_code = kExitInvalidData;
      return;
    }
  }
  auto data = LoadFitData(args.fit_data);
  if (!data.ok()) {
    fmt::print(stderr, "gradfit: {}\n", data.status().message());
    exit_code = kExitInvalidData;
    return;
  }
  AssessRequest request{std::move(profile.value()), args.programs};
  if (!overrides.empty()) {
    auto w = WhatIf(request, overrides, *catalog, *data);
    if (!w.ok()) {
      fmt::print(stderr, "gradfit: {}\n", w.status().message());
      exit_code = w.status().code() == Status::Code::kNotFound ? kExitInvalidData : kExitUsage;
      return;
    }
    if (args.json) {
      fmt::print("{}", WhatIfToJson(*w));
      return;
    }
    fmt::print("What if {}:\n", fmt::join(args.what_if, ", "));
    if (w->changes.empty()) fmt::print("  no program changes group.\n");
    for (const auto& c : w->changes) {
      fmt::print(
          "  {}: {} -> {}{}\n", c.program_id, ToString(c.before), ToString(c.after),
          c.after == ProgramVerdict::kEligible || c.after == ProgramVerdict::kEligibleWithGaps
              ? "  (opens up)"
              : (c.before == ProgramVerdict::kEligible ? "  (closes)" : ""));
      for (const auto& r : c.reasons) fmt::print("      {}\n", r);
    }
    fmt::print("  pathway: {} -> {}\n\n", ToString(w->before.pathway.options.front().pathway),
               ToString(w->after.pathway.options.front().pathway));
    PrintPathway(w->after.pathway, w->after.confidence);
    fmt::print("\n");
    PrintPrograms(w->after, args.all_checks, !args.programs.empty());
    return;
  }
  auto result = Assess(request, *catalog, *data);
  if (!result.ok()) {
    fmt::print(stderr, "gradfit: {}\n", result.status().message());
    exit_code = kExitInvalidData;
    return;
  }
  if (args.json) {
    fmt::print("{}", AssessmentToJson(*result));
    return;
  }
  PrintPathway(result->pathway, result->confidence);
  fmt::print("\n");
  PrintPrograms(*result, args.all_checks, !args.programs.empty());
}

}  // namespace

void RegisterAssessCommand(CLI::App& app, GlobalOptions& global, int& exit_code) {
  auto args = std::make_shared<AssessArgs>();
  auto* cmd = app.add_subcommand("assess",
                                 "Is a master's right for me, and which programs can I get into?");
  cmd->add_option("--profile,-p", args->profile, "Profile file (TOML or JSON)")->required();
  cmd->add_option("--program", args->programs, "Only these program ids (repeatable)");
  cmd->add_option("--what-if", args->what_if,
                  "Change a profile field for this run, e.g. gre.quant=165 (repeatable)");
  cmd->add_option("--fit-data", args->fit_data,
                  "Folder with bridges.toml and pathways.toml (default: bundled data/)");
  cmd->add_flag("--json", args->json, "Print JSON");
  cmd->add_flag("--all-checks", args->all_checks,
                "Every program in full, with its met and not-applicable checks too");
  cmd->callback([&global, args, &exit_code] { Run(global, *args, exit_code); });
}

}  // namespace gradfit::cli
