// gradfit catalog enrich --shared DIR: write data/institutions-derived.toml from
// the shared public data sets (see include/gradfit/enrich.hpp).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "gradfit/enrich.hpp"

namespace gradfit::cli {

namespace {

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kNotFound:
    case Status::Code::kIoError:
      return kExitIo;
    case Status::Code::kInvalidArgument:
      return kExitUsage;
    default:
      return kExitInvalidData;
  }
}

}  // namespace

void RegisterEnrichCommand(CLI::App& catalog_subcommand, GlobalOptions& global, int& exit_code) {
  struct Options {
    std::string shared_dir;
    bool json = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = catalog_subcommand.add_subcommand(
      "enrich",
      "Derive institution facts (official domain, country, CSRankings faculty count, IPEDS "
      "charges) and program outcomes (College Scorecard) from the shared data sets into "
      "<catalog>/institutions-derived.toml and <catalog>/programs-derived.toml");
  cmd->add_option(
         "--shared", opts->shared_dir,
         "Shared data directory (holds universities/, csrankings/, ipeds-ic-ay/, scorecard-fos/)")
      ->required();
  cmd->add_flag("--json", opts->json, "Print the report as JSON");
  cmd->callback([opts, &global, &exit_code] {
    EnrichReport report;
    const Status s = EnrichCatalog(global.catalog_dir, opts->shared_dir, &report);
    if (!s.ok()) {
      fmt::print(stderr, "error: {}\n", s.message());
      exit_code = ExitCodeFor(s);
      return;
    }
    if (opts->json) {
      nlohmann::json j = {{"output_file", report.output_file},
                          {"institutions", report.institutions},
                          {"with_domain", report.with_domain},
                          {"with_csrankings", report.with_csrankings},
                          {"programs_output_file", report.programs_output_file},
                          {"programs", report.programs},
                          {"with_ipeds_charges", report.with_ipeds_charges},
                          {"with_scorecard", report.with_scorecard},
                          {"unmatched", report.unmatched}};
      fmt::print("{}\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
      fmt::print("wrote {}\n", report.output_file);
      fmt::print(
          "institutions: {}  with domain/country: {}  with CSRankings faculty: {}  with "
          "IPEDS charges: {}\n",
          report.institutions, report.with_domain, report.with_csrankings,
          report.with_ipeds_charges);
      fmt::print("wrote {}\n", report.programs_output_file);
      fmt::print("programs: {}  with College Scorecard outcomes: {}\n", report.programs,
                 report.with_scorecard);
      for (const auto& u : report.unmatched) fmt::print("not matched: {}\n", u);
    }
    exit_code = kExitOk;
  });
}

}  // namespace gradfit::cli
