// gradfit: the command-line front end over the gradfit library.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdio>
#include <exception>
#include <string>
#include <system_error>
#include <vector>

#include "cli/commands.hpp"
#include "cli/help_format.hpp"
#include "cli/safe_output.hpp"
#include "cli/table.hpp"
#include "gradfit/bounds.hpp"
#include "gradfit/file_io.hpp"
#include "gradfit/suggest.hpp"

namespace {

std::vector<std::string> CommandNames(CLI::App& level) {
  std::vector<std::string> names;
  for (CLI::App* sub : level.get_subcommands([](CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

std::string CommandPath(const CLI::App* app) {
  std::string path;
  for (; app; app = app->get_parent()) path = app->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

// Walks the words of the command line down the command tree before CLI11 sees
// them, so a mistyped command gets "did you mean …" instead of CLI11's "A
// subcommand is required". Returns true (after printing) when the command is
// unknown or missing.
bool ReportUnknownCommand(CLI::App& app, int argc, char** argv) {
  CLI::App* level = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--help" || word == "-h" || word == "--version") return false;
    if (word == "--catalog" || word == "--facts") {  // the global options with a separate value
      ++i;
      continue;
    }
    if (word.starts_with("-")) continue;
    CLI::App* sub = nullptr;
    for (CLI::App* s : level->get_subcommands([](CLI::App*) { return true; }))
      if (s->check_name(word)) sub = s;
    if (!sub) {
      const std::string hint = gradfit::DidYouMean(word, CommandNames(*level));
      fmt::print(stderr, "{}: unknown command '{}'; {}\n", CommandPath(level), word,
                 hint.empty() ? "the commands are: " +
                                    fmt::format("{}", fmt::join(CommandNames(*level), ", "))
                              : hint);
      return true;
    }
    level = sub;
    if (level->get_subcommands([](CLI::App*) { return true; }).empty()) return false;
  }
  if (level->get_require_subcommand_min() > 0) {
    fmt::print(stderr, "{}: a command is needed: {} (add --help for more)\n", CommandPath(level),
               fmt::join(CommandNames(*level), ", "));
    return true;
  }
  return false;
}

// Every option name ("--profile", "-p") of `app`, its parents (the global
// options fall through to them), and the help flag.
std::vector<std::string> OptionNames(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app; app = app->get_parent())
    for (const CLI::Option* o : app->get_options()) {
      for (const auto& l : o->get_lnames()) names.push_back("--" + l);
      for (const auto& s : o->get_snames()) names.push_back("-" + s);
    }
  return names;
}

// After a failed parse: names each option the chosen command does not have,
// with the nearest it does. Returns true when it printed something.
bool ReportUnknownOptions(CLI::App& app, int argc, char** argv) {
  const CLI::App* leaf = &app;
  for (auto subs = app.get_subcommands(); !subs.empty(); subs = subs.front()->get_subcommands())
    leaf = subs.front();
  const std::vector<std::string> known = OptionNames(leaf);
  bool printed = false;
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (!word.starts_with("-") || word == "-" || word == "--") continue;
    if (auto eq = word.find('='); eq != std::string::npos) word = word.substr(0, eq);
    if (!word.starts_with("--") && word.size() > 2) continue;  // -p3 style: a value, not a name
    if (std::find(known.begin(), known.end(), word) != known.end()) continue;
    const std::string hint = gradfit::DidYouMean(word, known);
    fmt::print(stderr, "{}: unknown option {}{}\n", CommandPath(leaf), word,
               hint.empty() ? "; " + CommandPath(leaf) + " --help lists the options" : "; " + hint);
    printed = true;
  }
  return printed;
}

// CLI11 reads "-5" after "--runs" as an option named -5; no gradfit option is
// named by a digit, so a negative number after a long option is joined to it
// ("--runs=-5") and then meets the option's bound like any other value.
std::vector<std::string> JoinNegativeValues(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  std::vector<std::string> out;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool negative_number = a.size() > 1 && a[0] == '-' &&
                                 (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.') &&
                                 gradfit::ParseNumberOption(a).has_value();
    if (negative_number && !out.empty() && out.back().starts_with("--") &&
        out.back().find('=') == std::string::npos && i > 1)
      out.back() += "=" + a;
    else
      out.push_back(a);
  }
  return out;
}

}  // namespace

// The command line proper; main() below adds the last line of defence.
int RunCli(int raw_argc, char** raw_argv) {
  std::vector<std::string> joined = JoinNegativeValues(raw_argc, raw_argv);
  std::vector<char*> pointers;
  for (auto& a : joined) pointers.push_back(a.data());
  pointers.push_back(nullptr);
  const int argc = static_cast<int>(joined.size());
  char** argv = pointers.data();
  CLI::App app{"gradfit: is a master's in machine learning right for me, and which program?"};
  app.name("gradfit");
  // Before any subcommand is added: each copies its parent's formatter.
  app.formatter(std::make_shared<gradfit::cli::FittingHelpFormatter>());
  app.require_subcommand(1);
  app.fallthrough();  // --catalog and --wide may follow the subcommand
  app.set_version_flag("--version", "gradfit 0.1.0");

  gradfit::cli::GlobalOptions global;
  global.catalog_dir = GRADFIT_SOURCE_DIR "/data";
  app.add_option("--catalog", global.catalog_dir, "Catalog directory (default: bundled data/)")
      ->envname("GRADFIT_CATALOG");
  app.add_option("--facts", global.facts_file,
                 "Your own figures (offer-letter tuition, scholarship, fees, deadlines), TOML")
      ->envname("GRADFIT_FACTS");
  // A flag callback runs before any command's callback, so tables see it.
  app.add_flag_callback(
      "--wide", [] { gradfit::cli::SetWideOutput(true); },
      "Print every column and whole cells, however wide (default: fit COLUMNS or the terminal)");

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

  if (argc == 1) {
    fmt::print("{}", app.help());
    return gradfit::cli::kExitUsage;
  }
  if (ReportUnknownCommand(app, argc, argv)) return gradfit::cli::kExitUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (!ReportUnknownOptions(app, argc, argv)) app.exit(e);
    return gradfit::cli::kExitUsage;
  }
  return exit_code;
}

// Any exception that escapes a command is a bug: it becomes a message and exit
// 70, never an abort. Standard output is flushed and checked at exit, so a full
// disk or a closed pipe is exit 3 with a message, never a silent 0.
int main(int argc, char** argv) {
  gradfit::cli::InstallSafeOutput();
  int code;
  try {
    code = RunCli(argc, argv);
  } catch (const std::system_error& e) {
    // fmt::print throws this when standard output cannot be written (a full disk).
    std::fprintf(stderr, "gradfit: cannot write the output: %s\n", e.what());
    code = gradfit::cli::kExitIo;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "gradfit: internal error: %s\n", e.what());
    code = 70;
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "gradfit: internal error\n");
    code = 70;
  }
  gradfit::cli::FinishSafeOutput();
  gradfit::Status out = gradfit::FlushAndCheck(stdout, "standard output");
  if (!out.ok()) {
    std::fprintf(stderr, "gradfit: %s\n", out.message().c_str());
    if (code == gradfit::cli::kExitOk) code = gradfit::cli::kExitIo;
  }
  return code;
}
