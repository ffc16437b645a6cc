// gradfit decide --matrix FILE.csv --types benefit,cost,... [--weights w,... | --ranks r,...]
//   [--method weighted|topsis] [--missing exclude|penalise|sample] [--samples N] [--seed S]
//   [--top K] [--threads T] [--json]
// Ranks the alternatives of a CSV decision matrix, checks how robust the ranking is to
// the weights (SMAA-2) and explains it. All computation is in gradfit/decide_report.hpp.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/large_heap.hpp"
#include "cli/table.hpp"
#include "gradfit/decide_csv.hpp"
#include "gradfit/decide_report.hpp"
#include "gradfit/decide_weights.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit::cli {
namespace {

struct DecideArgs {
  std::string matrix;
  std::string types;
  std::string weights;
  std::string ranks;
  std::string pairwise;
  std::string method = "weighted";
  std::string missing = "penalise";
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
  std::size_t top = 0;
  unsigned threads = 0;
  bool json = false;
};

std::string Percent(double v) { return std::isnan(v) ? "-" : fmt::format("{:.1f}%", 100.0 * v); }

void PrintReport(const decide::DecisionReport& r, bool ordered) {
  const bool topsis = r.method == decide::Method::kTopsis;
  fmt::print("Method: {}\n", topsis ? "TOPSIS (vector normalisation, closeness to the ideal)"
                                    : "weighted sum of min-max normalised criteria "
                                      "(1 = best observed, 0 = worst)");
  fmt::print("Weights:");
  for (std::size_t j = 0; j < r.criteria.size(); ++j) {
    fmt::print(" {} {:.3f} ({})", r.criteria[j], r.weights[j],
               r.directions[j] == decide::Direction::kBenefit ? "benefit" : "cost");
  }
  fmt::print("\n\n");

  std::vector<std::string> headers = {"rank", "alternative", topsis ? "closeness" : "score",
                                      "pareto"};
  const std::size_t shown_ranks = r.smaa ? std::min<std::size_t>(3, r.smaa->ranks) : 0;
  if (r.smaa) {
    for (std::size_t k = 0; k < shown_ranks; ++k)
      headers.push_back(fmt::format("P(rank {})", k + 1));
    headers.push_back("confidence");
  }
  TextTable table(headers, {4, 40});
  for (std::size_t k = 0; k < r.ranking.size(); ++k) {
    const std::size_t i = r.ranking[k];
    std::vector<std::string> row = {std::to_string(k + 1), r.alternatives[i],
                                    fmt::format("{:.4f}", r.scores[i]), r.pareto[i] ? "yes" : "no"};
    if (r.smaa) {
      for (std::size_t q = 0; q < shown_ranks; ++q)
        row.push_back(Percent(r.smaa->acceptability(i, q)));
      row.push_back(Percent(r.smaa->confidence[i]));
    }
    table.AddRow(std::move(row));
  }
  fmt::print("{}", table.Render());

  if (r.smaa) {
    fmt::print(
        "\nRobustness (SMAA-2): {} weight vectors drawn uniformly{}{}; P(rank k) = share of "
        "samples where the alternative is k-th by weighted sum; confidence = share of "
        "value samples in which it stays first at its central weights.\n",
        r.smaa->samples, ordered ? " among those that respect the criterion ranking" : "",
        r.smaa->weight_draws > r.smaa->samples ? " (with rejection)" : "");
    for (std::size_t i : r.ranking) {
      if (r.identical_to[i] != i) continue;  // counted with the first of its identical group
      double first = 0.0;
      std::vector<std::string> group;
      for (std::size_t q : r.ranking) {
        if (r.identical_to[q] != i) continue;
        first += r.smaa->first_rank(q);
        group.push_back(r.alternatives[q]);
      }
      if (first == 0.0) continue;
      if (group.size() > 1) {
        fmt::print("  {} (identical, a tie) rank first together in {}\n", fmt::join(group, ", "),
                   Percent(first));
        continue;
      }
      fmt::print("  {} ranks first in {}; its central weights:", r.alternatives[i],
                 Percent(r.smaa->first_rank(i)));
      for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        fmt::print(" {} {:.2f}", r.criteria[j], r.smaa->central_weights[i * r.smaa->m + j]);
      }
      fmt::print("\n");
    }
  }

  if (!r.ranking.empty()) {
    fmt::print("\nWhy (weighted-sum contributions, weight x normalised value):\n");
    for (std::size_t k = 0; k < std::min<std::size_t>(3, r.ranking.size()); ++k) {
      const std::size_t i = r.ranking[k];
      fmt::print("  {}:", r.alternatives[i]);
      for (std::size_t j = 0; j < r.criteria.size(); ++j) {
        fmt::print(" {} {:.3f}", r.criteria[j], r.contributions[i][j]);
      }
      fmt::print("\n");
    }
  }
  for (const auto& p : r.swaps) {
    if (r.identical_to[p.leader] == r.identical_to[p.challenger]) {
      fmt::print("  {} and {} are identical: no weight separates them.\n",
                 r.alternatives[p.challenger], r.alternatives[p.leader]);
      continue;
    }
    if (p.sentences.empty()) {
      fmt::print("  No single weight change lets {} overtake {}.\n", r.alternatives[p.challenger],
                 r.alternatives[p.leader]);
    }
    for (const auto& s : p.sentences) fmt::print("  {}\n", s);
  }
  if (r.ranking.size() < r.alternatives.size()) {
    fmt::print("\nListed: the first {} of {} alternatives (--top).\n", r.ranking.size(),
               r.alternatives.size());
  }
  if (!r.excluded.empty())
    fmt::print("\nExcluded (missing values): {}\n", fmt::join(r.excluded, ", "));
}

void Run(const DecideArgs& args, int& exit_code) {
  // A large matrix is copied and normalised into several arrays of N*M doubles: about 16
  // bytes of memory per byte of CSV, in large arrays (measured at 20,000 x 8).
  std::error_code size_error;
  const auto csv_bytes = std::filesystem::file_size(args.matrix, size_error);
  if (!size_error) PrepareHeapForLargeInput(static_cast<std::size_t>(csv_bytes) * 16);
  auto matrix = decide::ReadMatrixCsv(args.matrix);
  if (!matrix.ok()) {
    fmt::print(stderr, "gradfit: {}\n", matrix.status().message());
    exit_code = matrix.status().code() == Status::Code::kIoError ? kExitIo : kExitInvalidData;
    return;
  }
  auto usage = [&](const std::string& msg) {
    fmt::print(stderr, "gradfit: {}\n", msg);
    exit_code = kExitUsage;
  };
  auto types = decide::ParseDirections(args.types);
  if (!types.ok()) return usage("--types: " + types.status().message());
  if (types->size() != matrix->m()) {
    return usage(fmt::format("--types has {} entries but {} has {} criteria ({})", types->size(),
                             args.matrix, matrix->m(), fmt::join(matrix->criteria, ", ")));
  }
  decide::DecideRequest request;
  request.matrix = std::move(matrix).value();
  request.matrix.directions = *types;
  if (!args.weights.empty()) {
    auto w = decide::ParseNumberList(args.weights);
    if (!w.ok()) return usage("--weights: " + w.status().message());
    if (w->size() != request.matrix.m()) {
      return usage(
          fmt::format("--weights has {} entries for {} criteria", w->size(), request.matrix.m()));
    }
    request.weights = *w;
  }
  if (!args.ranks.empty()) {
    auto r = decide::ParseNumberList(args.ranks);
    if (!r.ok()) return usage("--ranks: " + r.status().message());
    std::vector<int> ranks;
    for (double v : *r) ranks.push_back(static_cast<int>(v));
    if (ranks.size() != request.matrix.m()) {
      return usage(
          fmt::format("--ranks has {} entries for {} criteria", ranks.size(), request.matrix.m()));
    }
    auto roc = decide::RankOrderCentroid(ranks);
    if (!roc.ok()) return usage("--ranks: " + roc.status().message());
    request.weights = *roc;
    fmt::print(stderr, "note: weights from the criterion ranking (rank-order centroid)\n");
    // A strict ranking also constrains SMAA: sampled weights keep the same order.
    std::vector<std::size_t> order(ranks.size());
    std::vector<bool> used(ranks.size() + 1, false);
    bool strict = true;
    for (std::size_t j = 0; j < ranks.size(); ++j) {
      strict = strict && !used[static_cast<std::size_t>(ranks[j])];
      used[static_cast<std::size_t>(ranks[j])] = true;
      order[static_cast<std::size_t>(ranks[j]) - 1] = j;
    }
    if (strict) request.smaa.order = order;
  }
  if (!args.pairwise.empty()) {
    auto a = decide::ReadPairwiseCsv(args.pairwise, request.matrix.criteria);
    if (!a.ok()) {
      fmt::print(stderr, "gradfit: --pairwise: {}\n", a.status().message());
      exit_code = a.status().code() == Status::Code::kIoError ? kExitIo : kExitInvalidData;
      return;
    }
    auto ahp = decide::AhpWeights(request.matrix.m(), *a);
    if (!ahp.ok()) return usage("--pairwise: " + ahp.status().message());
    request.weights = ahp->weights;
    fmt::print(stderr, "note: weights from pairwise comparisons (AHP): consistency ratio {:.3f}\n",
               std::max(0.0, ahp->cr));
    if (!ahp->consistent) fmt::print(stderr, "warning: {}\n", ahp->warning);
  }
  request.method = args.method == "topsis" ? decide::Method::kTopsis : decide::Method::kWeightedSum;
  request.missing = args.missing == "exclude"  ? decide::MissingPolicy::kExclude
                    : args.missing == "sample" ? decide::MissingPolicy::kSample
                                               : decide::MissingPolicy::kPenalise;
  request.smaa.samples = args.samples;
  request.smaa.seed = args.seed;
  request.smaa.top_k = args.top;
  request.top = args.top;
  request.smaa.threads = args.threads;
  auto report = decide::Decide(request);
  if (!report.ok()) {
    const bool bad_input = report.status().code() == Status::Code::kInvalidData;
    fmt::print(stderr, "gradfit: {}\n", report.status().message());
    exit_code = bad_input ? kExitInvalidData : kExitUsage;
    return;
  }
  for (const auto& note : report->notes) fmt::print(stderr, "note: {}\n", note);
  if (args.json) {
    decide::WriteDecisionReportJson(*report, [](std::string_view piece) {
      std::fwrite(piece.data(), 1, piece.size(), stdout);
    });
  } else {
    PrintReport(*report, !request.smaa.order.empty());
  }
  // A full disk or a closed pipe must not end in a silent exit 0.
  if (Status s = FlushAndCheck(stdout, "standard output"); !s.ok()) {
    fmt::print(stderr, "gradfit: {}\n", s.message());
    exit_code = kExitIo;
  }
}

}  // namespace

void RegisterDecideCommand(CLI::App& app, GlobalOptions& /*global*/, int& exit_code) {
  auto args = std::make_shared<DecideArgs>();
  CLI::App* cmd = app.add_subcommand(
      "decide", "Rank alternatives of a decision matrix (CSV) and test the ranking's robustness");
  cmd->add_option("--matrix", args->matrix,
                  "CSV: header row of criterion names, first column alternative names")
      ->required();
  cmd->add_option("--types", args->types, "benefit|cost per criterion, comma separated")
      ->required();
  cmd->add_option("--weights", args->weights,
                  "weight per criterion, comma separated (normalised to sum 1; default equal)");
  cmd->add_option("--ranks", args->ranks,
                  "instead of --weights: importance rank per criterion (1 = most important; "
                  "ties allowed as 1,2,2,4) -> rank-order centroid weights")
      ->excludes("--weights");
  cmd->add_option("--pairwise", args->pairwise,
                  "instead of --weights: a CSV of pairwise comparisons between criteria (rows and "
                  "columns named as the matrix's criteria) -> AHP weights, with their "
                  "consistency ratio")
      ->excludes("--weights")
      ->excludes("--ranks");
  cmd->add_option("--method", args->method, "weighted (default) or topsis")
      ->check(CLI::IsMember({"weighted", "topsis"}));
  cmd->add_option("--missing", args->missing,
                  "missing values: penalise (worst observed, default), exclude, or sample")
      ->check(CLI::IsMember({"penalise", "exclude", "sample"}));
  cmd->add_option("--samples", args->samples, "SMAA-2 weight samples (default 10000; 0 = skip)");
  cmd->add_option("--seed", args->seed, "random seed (default 1)");
  cmd->add_option("--top", args->top,
                  "list, explain and write the first K alternatives only; SMAA tracks ranks 1..K "
                  "(default: all)");
  cmd->add_option("--threads", args->threads, "threads (default 0 = all cores; same result)");
  cmd->add_flag("--json", args->json, "machine-readable output");
  cmd->callback([args, &exit_code] { Run(*args, exit_code); });
}

}  // namespace gradfit::cli
