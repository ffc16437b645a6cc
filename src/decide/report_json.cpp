// DecisionReport -> JSON (for `gradfit decide --json` and the web API). Written piece by
// piece into a buffer handed on every 64 KB: a result of 100,000 alternatives never becomes
// a document tree, nor one string when the caller streams it.
#include <fmt/compile.h>
#include <fmt/format.h>

#include <cmath>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>

#include "gradfit/decide_report.hpp"

namespace gradfit::decide {
namespace {

using Buffer = fmt::memory_buffer;

// A JSON string. Invalid UTF-8 (which the CSV reader already refuses) is replaced by U+FFFD
// rather than thrown: the writer never aborts.
void String(Buffer& out, std::string_view s) {
  // Fast path: printable ASCII without quote or backslash needs no escaping.
  bool plain = true;
  for (const char c : s) plain &= c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  if (plain) {
    out.push_back('"');
    out.append(s.data(), s.data() + s.size());
    out.push_back('"');
    return;
  }
  const std::string quoted =
      nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out.append(quoted.data(), quoted.data() + quoted.size());
}

// Shortest round-trip form; null for NaN or infinity.
void Number(Buffer& out, double v) {
  if (std::isfinite(v)) {
    fmt::format_to(fmt::appender(out), FMT_COMPILE("{}"), v);
  } else {
    out.append(std::string_view("null"));
  }
}

void Key(Buffer& out, std::string_view indent, std::string_view key) {
  fmt::format_to(fmt::appender(out), "{}\"{}\": ", indent, key);
}

void Numbers(Buffer& out, const double* v, std::size_t count) {
  out.push_back('[');
  for (std::size_t k = 0; k < count; ++k) {
    if (k > 0) out.append(std::string_view(", "));
    Number(out, v[k]);
  }
  out.push_back(']');
}

void Strings(Buffer& out, const std::vector<std::string>& items) {
  out.push_back('[');
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) out.append(std::string_view(", "));
    String(out, items[k]);
  }
  out.push_back(']');
}

void Alternative(Buffer& out, const DecisionReport& r, std::size_t i, std::size_t rank) {
  auto it = fmt::appender(out);
  out.append(std::string_view("    {\"name\": "));
  String(out, r.alternatives[i]);
  fmt::format_to(it, ", \"rank\": {}, \"score\": ", rank);
  Number(out, r.scores[i]);
  out.append(std::string_view(", \"weighted_sum\": "));
  Number(out, r.weighted_scores[i]);
  fmt::format_to(it,
                 ", \"pareto_optimal\": {}, \"contributions\": ", r.pareto[i] ? "true" : "false");
  Numbers(out, r.contributions[i].data(), r.contributions[i].size());
  if (!r.identical_to.empty() && r.identical_to[i] != i) {
    out.append(std::string_view(", \"identical_to\": "));
    String(out, r.alternatives[r.identical_to[i]]);
  }
  if (r.smaa) {
    const SmaaResult& s = *r.smaa;
    out.append(std::string_view(",\n     \"rank_acceptability\": ["));
    for (std::size_t k = 0; k < s.ranks; ++k) {
      if (k > 0) out.append(std::string_view(", "));
      Number(out, s.acceptability(i, k));
    }
    out.append(std::string_view("], \"first_rank_acceptability\": "));
    Number(out, s.first_rank(i));
    out.append(std::string_view(", \"central_weights\": "));
    if (std::isnan(s.central_weights[i * s.m])) {
      out.append(std::string_view("null"));
    } else {
      Numbers(out, &s.central_weights[i * s.m], s.m);
    }
    out.append(std::string_view(", \"confidence_factor\": "));
    Number(out, s.confidence[i]);
  }
  out.push_back('}');
}

}  // namespace

void WriteDecisionReportJson(const DecisionReport& r,
                             const std::function<void(std::string_view)>& sink) {
  constexpr std::size_t kPiece = std::size_t{64} << 10;
  Buffer out;
  auto flush = [&] {
    sink(std::string_view(out.data(), out.size()));
    out.clear();
  };
  auto it = fmt::appender(out);
  fmt::format_to(it, "{{\n  \"method\": \"{}\",\n", MethodName(r.method));
  out.append(std::string_view(
      "  \"normalisation\": \"min-max per criterion with direction (1 = best observed, 0 = "
      "worst)\",\n  \"criteria\": ["));
  for (std::size_t j = 0; j < r.criteria.size(); ++j) {
    out.append(std::string_view(j > 0 ? ",\n    {\"name\": " : "\n    {\"name\": "));
    String(out, r.criteria[j]);
    fmt::format_to(it, ", \"type\": \"{}\", \"weight\": ",
                   r.directions[j] == Direction::kBenefit ? "benefit" : "cost");
    Number(out, r.weights[j]);
    out.push_back('}');
  }
  fmt::format_to(it, "\n  ],\n  \"alternatives_total\": {},\n  \"alternatives_listed\": {},\n",
                 r.alternatives.size(), r.ranking.size());
  out.append(std::string_view("  \"alternatives\": ["));
  for (std::size_t k = 0; k < r.ranking.size(); ++k) {
    out.append(std::string_view(k > 0 ? ",\n" : "\n"));
    Alternative(out, r, r.ranking[k], k + 1);
    if (out.size() >= kPiece) flush();
  }
  out.append(std::string_view("\n  ],\n"));
  Key(out, "  ", "excluded");
  Strings(out, r.excluded);
  out.append(std::string_view(",\n"));
  if (r.smaa) {
    fmt::format_to(it,
                   "  \"smaa\": {{\"samples\": {}, \"ranks_tracked\": {}, \"weight_draws\": {}, "
                   "\"utility\": \"weighted sum over min-max normalised criteria\"}},\n",
                   r.smaa->samples, r.smaa->ranks, r.smaa->weight_draws);
  }
  out.append(std::string_view("  \"swaps\": ["));
  for (std::size_t p = 0; p < r.swaps.size(); ++p) {
    const PairExplanation& pair = r.swaps[p];
    out.append(std::string_view(p > 0 ? ",\n    {\"leader\": " : "\n    {\"leader\": "));
    String(out, r.alternatives[pair.leader]);
    out.append(std::string_view(", \"challenger\": "));
    String(out, r.alternatives[pair.challenger]);
    out.append(std::string_view(", \"thresholds\": ["));
    for (std::size_t k = 0; k < pair.thresholds.size(); ++k) {
      const SwapThreshold& t = pair.thresholds[k];
      out.append(std::string_view(k > 0 ? ", {\"criterion\": " : "{\"criterion\": "));
      String(out, r.criteria[t.criterion]);
      out.append(std::string_view(", \"weight\": "));
      Number(out, t.weight);
      fmt::format_to(it, ", \"challenger_wins\": \"{}\", \"text\": ",
                     t.challenger_wins_above ? "above" : "below");
      String(out, pair.sentences[k]);
      out.push_back('}');
    }
    out.append(std::string_view("]}"));
  }
  out.append(std::string_view(r.swaps.empty() ? "],\n" : "\n  ],\n"));
  Key(out, "  ", "notes");
  Strings(out, r.notes);
  out.append(std::string_view("\n}\n"));
  flush();
}

std::string DecisionReportToJson(const DecisionReport& report) {
  std::string json;
  WriteDecisionReportJson(report, [&](std::string_view piece) { json.append(piece); });
  return json;
}

}  // namespace gradfit::decide
