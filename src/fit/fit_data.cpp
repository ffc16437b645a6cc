// Reads the fit reference data: data/bridges.toml (ways to close prerequisite
// gaps) and data/pathways.toml (typical cost and duration per pathway).
#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "gradfit/bounds.hpp"
#include "gradfit/fit.hpp"

namespace gradfit {
namespace {

struct Reader {
  std::string file;
  std::vector<std::string> errors;

  void Error(const toml::node& n, const std::string& key, const std::string& msg) {
    errors.push_back(fmt::format("{}:{}: {}: {}", file, n.source().begin.line, key, msg));
  }
  void CheckKeys(const toml::table& t, const std::string& where, const std::set<std::string>& ok) {
    for (auto&& [k, v] : t)
      if (!ok.count(std::string(k.str())))
        Error(v, where + "." + std::string(k.str()), "unknown key");
  }
  std::string Str(const toml::table& t, const std::string& where, const char* key, bool required) {
    auto n = t[key];
    if (!n) {
      if (required) Error(t, where + "." + key, "missing");
      return "";
    }
    if (!n.is_string()) {
      Error(*n.node(), where + "." + key, "expected text");
      return "";
    }
    return *n.value<std::string>();
  }
  std::optional<double> Num(const toml::table& t, const std::string& where, const char* key) {
    auto n = t[key];
    if (!n) return std::nullopt;
    auto v = n.value<double>();
    if (!v || !n.is_number()) {
      Error(*n.node(), where + "." + key, "expected a number");
      return std::nullopt;
    }
    if (*v < 0) {
      Error(*n.node(), where + "." + key, "must not be negative");
      return std::nullopt;
    }
    // Weeks, hours and prices: finite and within the bound of a data value (gradfit/bounds.hpp).
    if (auto error = CheckNumber("data_value", *v)) {
      Error(*n.node(), where + "." + key, *error);
      return std::nullopt;
    }
    return v;
  }
};

std::optional<toml::table> ParseFile(const std::string& path, Reader& r) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    r.errors.push_back(fmt::format("{}:{}: {}", path, e.source().begin.line, e.description()));
    return std::nullopt;
  }
}

}  // namespace

std::string_view ToString(Pathway p) {
  static constexpr std::string_view kNames[] = {
      "masters", "bridge_then_masters", "graduate_certificate", "bootcamp", "self_study", "phd"};
  return kNames[static_cast<int>(p)];
}

std::vector<const Bridge*> FitData::bridges_for(std::string_view subject) const {
  std::vector<const Bridge*> out;
  for (const auto& b : bridges)
    if (b.subject == subject) out.push_back(&b);
  return out;
}

const PathwayFacts* FitData::facts_for(Pathway p) const {
  for (const auto& f : pathways)
    if (f.pathway == p) return &f;
  return nullptr;
}

Result<FitData> LoadFitData(const std::string& dir) {
  FitData data;
  Reader r;
  std::error_code ec;

  r.file = dir + "/bridges.toml";
  if (auto t = ParseFile(r.file, r)) {
    const auto& subjects = PrerequisiteSubjects();
    if (auto arr = (*t)["bridges"].as_array()) {
      int i = 0;
      for (auto&& node : *arr) {
        std::string where = fmt::format("bridges[{}]", i++);
        auto tbl = node.as_table();
        if (!tbl) {
          r.Error(node, where, "expected a table");
          continue;
        }
        r.CheckKeys(*tbl, where,
                    {"subject", "title", "provider", "url", "retrieved", "weeks", "weeks_basis",
                     "cost", "note"});
        Bridge b;
        b.subject = r.Str(*tbl, where, "subject", true);
        if (!b.subject.empty() &&
            std::find(subjects.begin(), subjects.end(), b.subject) == subjects.end())
          r.Error(*tbl, where + ".subject",
                  fmt::format("'{}' is not in the prerequisite vocabulary", b.subject));
        b.title = r.Str(*tbl, where, "title", true);
        b.provider = r.Str(*tbl, where, "provider", false);
        b.url = r.Str(*tbl, where, "url", true);
        r.Str(*tbl, where, "retrieved", true);
        b.weeks = r.Num(*tbl, where, "weeks");
        b.weeks_basis = r.Str(*tbl, where, "weeks_basis", false);
        b.cost = r.Str(*tbl, where, "cost", false);
        b.note = r.Str(*tbl, where, "note", false);
        data.bridges.push_back(std::move(b));
      }
    } else {
      r.errors.push_back(r.file + ": no [[bridges]] entries");
    }
  }

  r.file = dir + "/pathways.toml";
  if (auto t = ParseFile(r.file, r)) {
    if (auto arr = (*t)["pathways"].as_array()) {
      int i = 0;
      for (auto&& node : *arr) {
        std::string where = fmt::format("pathways[{}]", i++);
        auto tbl = node.as_table();
        if (!tbl) {
          r.Error(node, where, "expected a table");
          continue;
        }
        r.CheckKeys(*tbl, where,
                    {"id", "cost_low", "cost_high", "typical_cost", "months_low", "months_high",
                     "stipend_per_year", "note", "sources"});
        PathwayFacts f;
        std::string id = r.Str(*tbl, where, "id", true);
        bool found = false;
        for (int p = 0; p <= static_cast<int>(Pathway::kPhd); ++p)
          if (ToString(static_cast<Pathway>(p)) == id) {
            f.pathway = static_cast<Pathway>(p);
            found = true;
          }
        if (!found && !id.empty())
          r.Error(*tbl, where + ".id", fmt::format("unknown pathway '{}'", id));
        f.cost_low_usd = r.Num(*tbl, where, "cost_low");
        f.cost_high_usd = r.Num(*tbl, where, "cost_high");
        f.typical_cost_usd = r.Num(*tbl, where, "typical_cost");
        f.months_low = r.Num(*tbl, where, "months_low");
        f.months_high = r.Num(*tbl, where, "months_high");
        f.stipend_usd_per_year = r.Num(*tbl, where, "stipend_per_year");
        f.note = r.Str(*tbl, where, "note", false);
        if (f.cost_low_usd && f.cost_high_usd && *f.cost_low_usd > *f.cost_high_usd)
          r.Error(*tbl, where + ".cost_low", "is above cost_high");
        if (f.months_low && f.months_high && *f.months_low > *f.months_high)
          r.Error(*tbl, where + ".months_low", "is above months_high");
        if (auto src = (*tbl)["sources"].as_array()) {
          for (auto&& s : *src) {
            if (auto v = s.value<std::string>())
              f.sources.push_back(*v);
            else
              r.Error(s, where + ".sources", "expected URLs as text");
          }
        }
        bool has_figure =
            f.cost_low_usd || f.cost_high_usd || f.typical_cost_usd || f.stipend_usd_per_year;
        if (has_figure && f.sources.empty())
          r.Error(*tbl, where + ".sources", "figures need at least one source URL");
        data.pathways.push_back(std::move(f));
      }
    } else {
      r.errors.push_back(r.file + ": no [[pathways]] entries");
    }
  }

  if (!r.errors.empty()) {
    std::string msg;
    for (const auto& e : r.errors) {
      if (!msg.empty()) msg += "\n";
      msg += e;
    }
    return Status::InvalidData(msg);
  }
  return data;
}

}  // namespace gradfit
