// gradfit: the command-line front end over the gradfit library.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"gradfit: is a master's in machine learning right for me, and which program?"};
  app.require_subcommand(1);
  app.fallthrough();  // --catalog may follow the subcommand
  app.set_version_flag("--version", "gradfit 0.1.0");

  gradfit::cli::GlobalOptions global;
  global.catalog_dir = GRADFIT_SOURCE_DIR "/data";
  app.add_option("--catalog", global.catalog_dir, "Catalog directory (default: bundled data/)")
      ->envname("GRADFIT_CATALOG");

  int exit_code = gradfit::cli::kExitOk;
  gradfit::cli::RegisterCatalogCommands(app, global, exit_code);
  gradfit::cli::RegisterProgramsCommands(app, global, exit_code);
  gradfit::cli::RegisterCareersCommands(app, global, exit_code);
  gradfit::cli::RegisterProfileCommands(app, global, exit_code);
  gradfit::cli::RegisterAssessCommand(app, global, exit_code);

  gradfit::cli::RegisterMoneyCommands(app, global, exit_code);
  gradfit::cli::RegisterDecideCommand(app, global, exit_code);
  gradfit::cli::RegisterRankCommands(app, global, exit_code);
  gradfit::cli::RegisterServeCommand(app, global, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return gradfit::cli::kExitUsage;
  }
  return exit_code;
}
