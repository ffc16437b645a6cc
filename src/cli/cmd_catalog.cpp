// gradfit catalog validate|export
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
namespace gradfit::cli {
void RegisterCatalogCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {}
}  // namespace gradfit::cli
