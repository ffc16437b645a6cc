// gradfit rank | compare
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/option_checks.hpp"
#include "cli/rank_loading.hpp"
#include "cli/table.hpp"

namespace gradfit::cli {
namespace {

struct RankArgs {
  std::string profile, method = "topsis", missing = "sample";
  std::size_t samples = 10000, top = 15, explain = 3;
  std::uint64_t seed = 1;
  bool eligible_only = false, all = false, json = false;
};

std::string Cell(const CriterionValue& v, bool money) {
  if (!v.value) return "unknown";
  std::string s = money ? fmt::format("{:.0f}", *v.value) : fmt::format("{:.2f}", *v.value);
  if (v.range) s += "~";        // partly unknown: a plausible range is sampled
  if (v.stale) s += "!";        // rests on a figure older than two years
  if (v.third_party) s += "^";  // rests on a third-party figure only
  return s;
}

void RunRank(const GlobalOptions& global, const RankArgs& a, int& exit_code) {
  RankRequest req;
  if (a.method == "topsis")
    req.method = RankMethod::kTopsis;
  else if (a.method == "weighted")
    req.method = RankMethod::kWeightedSum;
  else {
    fmt::print(stderr, "gradfit: --method '{}' is not one of: topsis, weighted\n", a.method);
    exit_code = kExitUsage;
    return;
  }
  if (a.missing == "sample")
    req.missing = decide::MissingPolicy::kSample;
  else if (a.missing == "penalise")
    req.missing = decide::MissingPolicy::kPenalise;
  else if (a.missing == "exclude")
    req.missing = decide::MissingPolicy::kExclude;
  else {
    fmt::print(stderr, "gradfit: --missing '{}' is not one of: sample, penalise, exclude\n",
               a.missing);
    exit_code = kExitUsage;
    return;
  }
  auto in = LoadRankInputs(global, a.profile, exit_code);
  if (!in) return;
  req.profile = in->profile;
  req.samples = a.samples;
  req.seed = a.seed;
  req.eligible_only = a.eligible_only;
  req.rank_all = a.all;
  req.explain = a.explain;
  auto result = RankPrograms(req, in->catalog, in->data());
  if (!result.ok()) {
    fmt::print(stderr, "gradfit: {}\n", result.status().message());
    exit_code = kExitInvalidData;
    return;
  }
  const RankResult& r = *result;
  if (a.json) {
    fmt::print("{}\n",
               RankResultJson(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  fmt::print("{}", WrappedAfter("Profile: ", r.profile_confidence.Summary()));
  if (r.profile_confidence.thin) fmt::print("{}", Wrapped(r.profile_confidence.Suggestion(), 0, 2));
  fmt::print("{}",
             WrappedAfter("Ranked: ",
                          a.all ? "every program (--all), whatever your constraints"
                                : fmt::format("the {} candidates (no hard constraint broken, not "
                                              "known to be ineligible); {} set aside below "
                                              "(--all ranks every program)",
                                              r.programs.size(), r.set_aside.size())));
  fmt::print("{}", WrappedAfter("Weights: ", r.weights_origin));
  std::string line = "  ";
  for (size_t c = 0; c < kCriteria; ++c) {
    const std::string item = fmt::format("{} {:.2f}", r.criteria[c], r.weights[c]);
    if (line.size() > 2 && line.size() + 2 + item.size() > OutputWidth())
      fmt::print("{}\n", line), line = "  ";
    line += (line.size() > 2 ? "  " : "") + item;
  }
  fmt::print("{}\n\n", line);
  std::vector<std::string> headers = {"#", "program", "score", "P(1st)", "P(top3)"};
  for (const auto& c : r.criteria) headers.push_back(c);
  headers.push_back("eligibility");
  TextTable t(headers, {3, 44, 5, 6, 7, 10, 10, 8, 8, 9, 9, 18});
  t.SetFit(1, TextTable::Fit::kKeep);
  t.SetFit(headers.size() - 1, TextTable::Fit::kKeep);  // eligibility is never cut
  t.SetDroppable({5, 6, 7, 8, 9, 10});  // the criteria: explained below for the top programs
  for (size_t k = 0; k < r.programs.size() && k < a.top; ++k) {
    const RankedProgram& p = r.programs[k];
    double top3 = 0;
    for (size_t i = 0; i < p.rank_acceptability.size() && i < 3; ++i)
      top3 += p.rank_acceptability[i];
    std::vector<std::string> row = {std::to_string(p.rank), p.id + (p.pareto_optimal ? " *" : ""),
                                    fmt::format("{:.3f}", p.score),
                                    fmt::format("{:.0f}%", 100 * p.first_rank_acceptability),
                                    fmt::format("{:.0f}%", 100 * top3)};
    for (size_t c = 0; c < kCriteria; ++c) row.push_back(Cell(p.criteria[c], c >= 4));
    row.push_back(p.broken_constraint.empty() ? std::string(ToString(p.eligibility))
                                              : "breaks constraint");
    t.AddRow(row);
  }
  fmt::print("{}", t.Render());
  fmt::print("\n* Pareto-optimal (no other program is at least as good on every criterion).\n");
  fmt::print("~ partly unknown: sampled over its plausible range in the robustness check.\n");
  fmt::print("{}", Wrapped("! tuition figure older than two years; ^ tuition from a third-party "
                           "source only.",
                           0, 2));
  fmt::print("{}", Wrapped(fmt::format("P(1st), P(top3): share of {} weight samples (SMAA-2) in "
                                       "which the program ranks there.",
                                       r.samples),
                           0, 2));
  fmt::print("outcomes = median NPV, cost = total cost for you, both in {}.\n", r.money_currency);
  if (!r.order_vs_p1.empty()) fmt::print("{}", WrappedAfter("Order vs P(1st): ", r.order_vs_p1));

  fmt::print("\nWhy the top programs score what they score (contribution per criterion):\n");
  for (size_t k = 0; k < r.programs.size() && k < a.explain; ++k) {
    const RankedProgram& p = r.programs[k];
    fmt::print("{}",
               WrappedAfter(fmt::format("  {}. ", p.rank), p.name + " (" + p.institution + ")"));
    for (size_t c = 0; c < kCriteria; ++c)
      fmt::print("{}", WrappedAfter(
                           fmt::format("     {:<11} +{:.3f}  ", r.criteria[c], p.contributions[c]),
                           p.criteria[c].explanation));
  }
  if (!r.set_aside.empty()) {
    constexpr size_t kShown = 25;
    fmt::print("\n{}", Wrapped(fmt::format("Set aside: {} program(s) that break a hard constraint "
                                           "or a requirement:",
                                           r.set_aside.size()),
                               0, 2));
    for (size_t k = 0; k < r.set_aside.size() && k < kShown; ++k)
      fmt::print("{}", Wrapped(r.set_aside[k].id + ": " + r.set_aside[k].reason, 2, 6));
    if (r.set_aside.size() > kShown)
      fmt::print("  … and {} more (`--json` lists them all; `--all` ranks them).\n",
                 r.set_aside.size() - kShown);
  }
  if (!r.swaps.empty()) {
    fmt::print("\nWhat would change the order:\n");
    for (const auto& s : r.swaps) fmt::print("{}", WrappedAfter("  - ", s));
  }
  if (!r.notes.empty()) {
    fmt::print("\nNotes:\n");
    for (const auto& n : r.notes) fmt::print("{}", WrappedAfter("  - ", n));
  }
}

void RunCompare(const GlobalOptions& global, const std::vector<std::string>& ids,
                const std::string& profile, bool json, int& exit_code) {
  auto in = LoadRankInputs(global, profile, exit_code);
  if (!in) return;
  auto result = ComparePrograms(ids, in->profile, in->catalog, in->data());
  if (!result.ok()) {
    fmt::print(stderr, "gradfit: {}\n", result.status().message());
    exit_code =
        result.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInvalidData;
    return;
  }
  const CompareResult& r = *result;
  const Date today = Today();
  if (json) {
    fmt::print("{}\n", CompareResultJson(r, today).dump(2, ' ', false,
                                                        nlohmann::json::error_handler_t::replace));
    return;
  }
  std::vector<std::string> headers = {"criterion / fact"};
  for (const Program* p : r.programs) headers.push_back(p->id);
  TextTable t(headers, std::vector<size_t>(headers.size(), 38));
  t.SetFitAll(TextTable::Fit::kWrap);  // cells hold explanations and marks: never cut them
  for (size_t c = 0; c < kCriteria; ++c) {
    std::vector<std::string> row = {r.criteria[c]};
    for (size_t k = 0; k < r.programs.size(); ++k) {
      const CriterionValue& v = r.values[k][c];
      row.push_back(Cell(v, c >= 4) + (v.value ? "  " + v.explanation : ""));
    }
    t.AddRow(row);
  }
  {
    std::vector<std::string> row = {"eligibility"};
    for (auto v : r.eligibility) row.emplace_back(ToString(v));
    t.AddRow(row);
  }
  // Key facts, each with its source number and age.
  for (size_t f = 0; f < r.fact_keys.size(); ++f) {
    std::vector<std::string> row = {r.fact_keys[f]};
    for (size_t k = 0; k < r.programs.size(); ++k) {
      const FactRow& fr = r.facts[k][f];
      if (!fr.known) {
        row.push_back("unknown");
        continue;
      }
      std::string refs;
      for (int i : fr.sources) refs += fmt::format("[{}]", i + 1);
      bool third_party = true;
      for (int i : fr.sources)
        if (const Source* s = r.programs[k]->source_of(i); s && s->first_party) third_party = false;
      // Marks before the value, so a narrow cell never cuts them off.
      row.push_back(fmt::format("{}{}{} {} {}", fr.stale ? "CHECK " : "",
                                third_party ? "3RD-PARTY " : "", fr.value, refs,
                                fr.as_of ? fr.as_of->ToString() : "undated"));
    }
    t.AddRow(row);
  }
  fmt::print("{}", t.Render());
  fmt::print("\n{}",
             Wrapped(fmt::format("[n] = source n of that program (`gradfit programs show "
                                 "ID` lists them); dates are what each fact speaks for; "
                                 "CHECK = older than two years; 3RD-PARTY = no first-party "
                                 "source; ! / ^ on a criterion: its tuition figure is old / "
                                 "third-party. Money in {}.",
                                 r.money_currency),
                     0, 0));
  for (size_t k = 0; k < r.programs.size(); ++k)
    for (size_t c = 0; c < kCriteria; ++c)
      if (!r.values[k][c].value)
        fmt::print("{}", WrappedAfter(r.programs[k]->id + " " + r.criteria[c] + ": ",
                                      r.values[k][c].explanation));
}

}  // namespace

void RegisterRankCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  static RankArgs a;
  auto* rank =
      app.add_subcommand("rank", "Rank programs for your priorities, with a robustness check");
  rank->add_option("--profile,-p", a.profile, "Your profile (TOML or JSON; see `profile init`)")
      ->required();
  rank->add_option("--method", a.method, "topsis | weighted")->capture_default_str();
  rank->add_option("--missing", a.missing,
                   "What to do with unknown values: sample | penalise | exclude")
      ->capture_default_str();
  rank->add_option("--samples", a.samples, "SMAA-2 weight samples (0: no robustness check)")
      ->capture_default_str()
      ->check(Bounded("samples"));
  rank->add_option("--seed", a.seed, "Random seed of the robustness check")->capture_default_str();
  rank->add_option("--top", a.top, "Rows to print")->capture_default_str()->check(Bounded("top"));
  rank->add_option("--explain", a.explain, "Top programs to explain")
      ->capture_default_str()
      ->check(Bounded("explain"));
  rank->add_flag("--eligible-only", a.eligible_only,
                 "With --all: leave out programs you are not eligible for");
  rank->add_flag("--all", a.all,
                 "Rank every program in one list (default: only the candidates that break no "
                 "hard constraint)");
  rank->add_flag("--json", a.json, "Machine-readable output");
  rank->callback([&] { RunRank(global, a, exit_code); });

  static std::vector<std::string> ids;
  static std::string profile;
  static bool json = false;
  auto* compare = app.add_subcommand("compare", "Programs side by side on the six criteria");
  compare->add_option("ids", ids, "Two or more program ids")->required()->expected(2, -1);
  compare->add_option("--profile,-p", profile,
                      "Your profile (without it, personal criteria are unknown)");
  compare->add_flag("--json", json, "Machine-readable output");
  compare->callback([&] { RunCompare(global, ids, profile, json, exit_code); });
}

}  // namespace gradfit::cli
