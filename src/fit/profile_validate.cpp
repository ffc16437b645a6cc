// Profile validation: per-field ranges (each known value is re-read through its
// field parser) and cross-field rules; errors are located by key path.
#include <fmt/format.h>

#include <cmath>

#include "fit/profile_fields.hpp"

namespace gradfit {

std::vector<ProfileError> ValidateProfile(const Profile& p) {
  std::vector<ProfileError> errors;
  auto add = [&](std::string key, std::string msg) {
    errors.push_back({"", 0, 0, std::move(key), std::move(msg)});
  };
  // Ranges and forms: every known field must read back through its parser.
  for (const auto& f : fit::FieldDefs()) {
    auto text = f.get(p);
    if (!text) continue;
    Profile scratch;
    std::string err = f.set(scratch, *text);
    if (!err.empty()) add(f.info.key, err + " (expected " + f.info.form + ")");
  }
  // Cross-field rules.
  if (const auto& g = p.education.gpa) {
    if (std::isnan(g->value)) {
      add("education.gpa_scale", "a GPA scale is given without education.gpa");
    } else if (g->scale <= 0) {
      add("education.gpa_scale", "the GPA scale must be above 0");
    } else if (g->value > g->scale) {
      add("education.gpa",
          fmt::format("GPA {} is above the maximum {} of its scale "
                      "(give it with its scale, e.g. {}/{}, or set education.gpa_scale)",
                      fit::FormatNumber(g->value), fit::FormatNumber(g->scale),
                      fit::FormatNumber(g->value),
                      g->value <= 5    ? 5
                      : g->value <= 10 ? 10
                      : g->value <= 20 ? 20
                                       : 100));
    }
  }
  if (p.location.us_state && p.location.country && *p.location.country != "US")
    add("location.us_state",
        fmt::format("a US state is given but the country is {}", *p.location.country));
  if (p.tests.gre.status == TestStatus::kNone &&
      (p.tests.gre.verbal || p.tests.gre.quant || p.tests.gre.awa))
    add("tests.gre", "GRE is 'none' but scores are given");
  if (!p.priorities.weights.empty() && !p.priorities.ranking.empty())
    add("priorities", "give either weights or a ranking, not both");
  if (p.priorities.kind == Priorities::Kind::kWeights && !PriorityWeights(p.priorities))
    add("priorities.weights", "all weights are 0: at least one must be positive");
  return errors;
}

namespace fit {

void ValidateLocated(const Profile& p, const std::vector<FlatEntry>& entries,
                     const std::string& file, std::vector<ProfileError>& errors) {
  for (ProfileError e : ValidateProfile(p)) {
    e.file = file;
    // The key's own line, else the first child's, else the closest parent's.
    for (std::string key = e.key_path; !key.empty() && e.line == 0;) {
      for (const auto& entry : entries) {
        if (entry.path == key || entry.path.rfind(key + ".", 0) == 0) {
          e.line = entry.line;
          break;
        }
      }
      size_t dot = key.rfind('.');
      key = dot == std::string::npos ? "" : key.substr(0, dot);
    }
    // Aliases in --set style input map to the canonical key.
    if (e.line == 0) {
      for (const auto& entry : entries) {
        const FieldDef* f = FindField(entry.path);
        if (f && f->info.key == e.key_path) e.line = entry.line;
      }
    }
    errors.push_back(std::move(e));
  }
}

void ApplyEntries(Profile& p, const std::vector<FlatEntry>& entries, const std::string& file,
                  std::vector<ProfileError>& errors) {
  for (const auto& entry : entries) {
    const FieldDef* f = FindField(entry.path);
    if (!f) {
      errors.push_back({file, entry.line, 0, entry.path, "unknown key"});
      continue;
    }
    if (ToLower(Trim(entry.text)) == "unknown") {
      f->clear(p);
      continue;
    }
    std::string err = f->set(p, entry.text);
    if (!err.empty())
      errors.push_back(
          {file, entry.line, 0, f->info.key, err + " (expected " + f->info.form + ")"});
  }
}

Status ErrorsToStatus(const std::vector<ProfileError>& errors) {
  std::string msg;
  for (const auto& e : errors) {
    if (!msg.empty()) msg += "\n";
    msg += e.ToString();
  }
  return Status::InvalidData(msg);
}

}  // namespace fit
}  // namespace gradfit
