// gradfit catalog validate | stats | export (and enrich, registered from cmd_enrich.cpp)
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/catalog_loading.hpp"
#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit::cli {
namespace {

void RunValidate(GlobalOptions& global, const std::string& dir, int& exit_code) {
  if (!dir.empty()) global.catalog_dir = dir;
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(global.catalog_dir, &errors);
  if (!catalog.ok()) {
    for (const auto& e : errors) fmt::print("{}\n", e.ToString());
    fmt::print(stderr, "invalid: {}\n", catalog.status().message());
    exit_code = catalog.status().code() == Status::Code::kNotFound ? kExitIo : kExitInvalidData;
    return;
  }
  const CatalogStats s = ComputeCatalogStats(*catalog, Today());
  int known = 0, unknown = 0, stale = 0;
  for (const auto& f : s.fields) known += f.known, unknown += f.unknown, stale += f.stale;
  fmt::print("valid: {} programs, {} institutions, {} sources ({} first-party)\n", s.programs,
             s.institutions, s.sources, s.first_party_sources);
  fmt::print("facts: {} sourced, {} unknown, {} older than {:g} years\n", known, unknown, stale,
             kStaleAfterYears);
}

void RunStats(const GlobalOptions& global, bool json, int& exit_code) {
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  const CatalogStats s = ComputeCatalogStats(*catalog, Today());
  if (json) {
    nlohmann::json j = {{"programs", s.programs},
                        {"institutions", s.institutions},
                        {"sources", s.sources},
                        {"first_party_sources", s.first_party_sources},
                        {"tuition_estimated_from_peers", s.tuition_estimated},
                        {"tuition_neither", s.tuition_neither}};
    for (const auto& f : s.fields)
      j["fields"].push_back(
          {{"key", f.key},
           {"known", f.known},
           {"unknown", f.unknown},
           {"current", f.current},
           {"stale", f.stale},
           {"first_party", f.first_party},
           {"third_party", f.third_party},
           {"passed", f.passed},
           {"newest", f.newest ? nlohmann::json(f.newest->ToString()) : nlohmann::json()}});
    fmt::print("{}\n", j.dump(2));
    return;
  }
  fmt::print("{} programs, {} institutions, {} sources ({} first-party)\n\n", s.programs,
             s.institutions, s.sources, s.first_party_sources);
  TextTable t({"fact", "known", "current", "old", "1st-p", "3rd-p", "newest"}, {32});
  for (const auto& f : s.fields)
    t.AddRow({f.key, std::to_string(f.known), std::to_string(f.current), std::to_string(f.stale),
              std::to_string(f.first_party), std::to_string(f.third_party),
              f.newest ? f.newest->ToString() : "-"});
  fmt::print("{}", t.Render());
  fmt::print(
      "\ntuition not stated: {} program(s) get a labelled estimate from peers (p10-p90 of at "
      "least {} programs in the same country and route; an estimate, not a fact), {} get none.",
      s.tuition_estimated, kMinTuitionPeers, s.tuition_neither);
  for (const auto& f : s.fields)
    if (f.passed)
      fmt::print("\n{}: {} program(s) have only passed dated deadlines.", f.key, f.passed);
  fmt::print(
      "\nknown = programs with the fact; current = dated within {:g} years, old = older;\n"
      "1st-p / 3rd-p = cited by at least one first-party page / only by third-party ones;\n"
      "newest = the newest date such a fact speaks for.\n",
      kStaleAfterYears);
}

void RunExport(const GlobalOptions& global, const std::string& format_name,
               const std::string& out_path, bool force, int& exit_code) {
  const auto format = ParseExportFormat(format_name);
  if (!format) {
    fmt::print(stderr, "gradfit: unknown export format '{}' (csv, json, xlsx)\n", format_name);
    exit_code = kExitUsage;
    return;
  }
  if (*format == ExportFormat::kXlsx && (out_path.empty() || out_path == "-")) {
    fmt::print(stderr, "gradfit: xlsx export needs --out FILE.xlsx\n");
    exit_code = kExitUsage;
    return;
  }
  auto catalog = LoadCatalogOrReport(global, exit_code);
  if (!catalog) return;
  if (!out_path.empty() && out_path != "-" && !force &&
      IsInsideFolder(out_path, global.catalog_dir)) {
    fmt::print(stderr,
               "gradfit: {} is inside the catalog folder {}: an export there could overwrite a "
               "catalog file; choose another place or add --force\n",
               out_path, global.catalog_dir);
    exit_code = kExitUsage;
    return;
  }
  Status st;
  if (!out_path.empty() && out_path != "-") {
    // Rendered in memory, then written atomically (unique temporary file, fsync, rename):
    // a full disk or a failure leaves the old file, never a cut one.
    if (*format == ExportFormat::kXlsx) {
      auto bytes = RenderXlsx(*catalog, Today());
      st = bytes.ok() ? WriteFileAtomic(out_path, *bytes) : bytes.status();
    } else {
      std::ostringstream text;
      st = ExportCatalog(*catalog, *format, text, out_path, Today());
      if (st.ok()) st = WriteFileAtomic(out_path, text.str());
    }
  } else {
    st = ExportCatalog(*catalog, *format, std::cout, out_path, Today());
  }
  if (!st.ok()) {
    fmt::print(stderr, "gradfit: {}\n", st.message());
    exit_code = st.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitIo;
  }
}

}  // namespace

void RegisterCatalogCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  CLI::App* catalog = app.add_subcommand("catalog", "Validate, summarise and export the catalog");
  catalog->require_subcommand(1);

  auto* validate = catalog->add_subcommand(
      "validate", "Check every catalog file; exit 0 when valid, 1 with the list of errors");
  static std::string dir;
  validate->add_option("dir", dir, "Catalog directory (default: --catalog)");
  validate->callback([&] { RunValidate(global, dir, exit_code); });

  auto* stats = catalog->add_subcommand("stats", "Sourced and unknown facts per field");
  static bool stats_json = false;
  stats->add_flag("--json", stats_json, "Machine-readable output");
  stats->callback([&] { RunStats(global, stats_json, exit_code); });

  auto* exp = catalog->add_subcommand("export", "Export the catalog as CSV, JSON or Excel");
  static std::string format = "csv", out;
  static bool force = false;
  exp->add_option("--format", format, "csv | json | xlsx")->capture_default_str();
  exp->add_option("--out,-o", out, "Output file (default: standard output; required for xlsx)");
  exp->add_flag("--force", force, "Allow writing inside the catalog folder");
  exp->callback([&] { RunExport(global, format, out, force, exit_code); });

  RegisterEnrichCommand(*catalog, global, exit_code);
}

}  // namespace gradfit::cli
