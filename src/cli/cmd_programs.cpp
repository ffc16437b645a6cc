#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
namespace gradfit::cli {
void RegisterProgramsCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {}
}  // namespace gradfit::cli
