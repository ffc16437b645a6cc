// The CLI's commands. Each Register* function adds one command group to the
// app; the handlers parse arguments into a request, call the library, and
// format the answer. No domain logic lives in src/cli/.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace gradfit::cli {

// Exit codes (documented in docs/CLI.md).
enum ExitCode : int {
  kExitOk = 0,
  kExitInvalidData = 1,  // the catalog or an input file is invalid, or an id is unknown
  kExitUsage = 2,        // bad command-line arguments
  kExitIo = 3,           // a file could not be read or written
};

// Options shared by every command.
struct GlobalOptions {
  std::string catalog_dir;  // default: the bundled data/ directory
  std::string facts_file;   // --facts: the user's own figures, applied over the catalog
};

void RegisterCatalogCommands(CLI::App& app, GlobalOptions& global, int& exit_code);
void RegisterProgramsCommands(CLI::App& app, GlobalOptions& global, int& exit_code);
// `careers [ROLE]` and `coverage ID --role ROLE | --matrix` (cmd_careers.cpp).
void RegisterCareersCommands(CLI::App& app, GlobalOptions& global, int& exit_code);
// `catalog enrich`: added under the `catalog` subcommand by RegisterCatalogCommands.
void RegisterEnrichCommand(CLI::App& catalog_subcommand, GlobalOptions& global, int& exit_code);
// `profile init | show | fields` (cmd_profile.cpp).
void RegisterProfileCommands(CLI::App& app, GlobalOptions& global, int& exit_code);
// `assess --profile FILE [--program ID…] [--what-if k=v…] [--json]` (cmd_assess.cpp).
void RegisterAssessCommand(CLI::App& app, GlobalOptions& global, int& exit_code);

// `cost ID` and `roi ID | --all` (cmd_money.cpp).
void RegisterMoneyCommands(CLI::App& app, GlobalOptions& global, int& exit_code);

// `decide --matrix FILE.csv --types ... [--weights ...] [--method ...] [--json]` (cmd_decide.cpp).
void RegisterDecideCommand(CLI::App& app, GlobalOptions& global, int& exit_code);
// `rank` and `compare`: programs for this user (src/cli/cmd_rank.cpp).
void RegisterRankCommands(CLI::App& app, GlobalOptions& global, int& exit_code);
// `serve`: the web app (src/cli/cmd_serve.cpp, src/server/).
void RegisterServeCommand(CLI::App& app, GlobalOptions& global, int& exit_code);

}  // namespace gradfit::cli
