// gradfit profile init | show | fields: write, check and describe applicant
// profiles. The questions and validation live in the library (fit.hpp,
// profile.hpp); this file only does terminal I/O.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "gradfit/fit.hpp"
#include "gradfit/profile.hpp"

namespace gradfit::cli {
namespace {

struct InitArgs {
  std::string out = "profile.toml";
  std::string from;
  std::vector<std::string> sets;
  bool force = false;
};

int ExitFor(const Status& s) {
  if (s.code() == Status::Code::kNotFound || s.code() == Status::Code::kIoError) return kExitIo;
  return kExitInvalidData;
}

void RunInit(const InitArgs& a, int& exit_code) {
  if (a.out != "-" && !a.force && std::filesystem::exists(a.out)) {
    fmt::print(stderr, "gradfit: {} exists; use --force to overwrite it\n", a.out);
    exit_code = kExitUsage;
    return;
  }
  Profile profile;
  if (!a.from.empty()) {
    auto loaded = LoadProfile(a.from);
    if (!loaded.ok()) {
      fmt::print(stderr, "gradfit: {}\n", loaded.status().message());
      exit_code = ExitFor(loaded.status());
      return;
    }
    profile = std::move(loaded.value());
  }
  for (const auto& set : a.sets) {
    auto o = ParseOverride(set);
    auto understood = o.ok() ? SetProfileFieldUnderstood(profile, o->key, o->value)
                             : Result<std::string>(o.status());
    if (!understood.ok()) {
      fmt::print(stderr, "gradfit: --set {}: {}\n", set, understood.status().message());
      exit_code = kExitUsage;
      return;
    }
    fmt::print(stderr, "gradfit: {} understood as {}\n", o->key, *understood);
  }
  if (a.from.empty() && a.sets.empty()) {
    auto answered = RunQuestionnaire(std::cin, std::cout, profile);
    if (!answered.ok()) {
      fmt::print(stderr, "\ngradfit: {}; nothing was written\n", answered.status().message());
      exit_code = kExitInvalidData;
      return;
    }
    profile = std::move(answered.value());
  }
  auto errors = ValidateProfile(profile);
  if (!errors.empty()) {
    for (const auto& e : errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
    exit_code = kExitInvalidData;
    return;
  }
  if (a.out == "-") {
    fmt::print("{}", ProfileToToml(profile));
    return;
  }
  Status s = SaveProfile(profile, a.out);
  if (!s.ok()) {
    fmt::print(stderr, "gradfit: {}\n", s.message());
    exit_code = ExitFor(s);
    return;
  }
  fmt::print(stderr, "gradfit: profile written to {}\ngradfit: next: gradfit assess --profile {}\n",
             a.out, a.out);
}

void RunShow(const std::string& file, bool json, int& exit_code) {
  std::vector<ProfileError> errors;
  auto loaded = LoadProfile(file, &errors);
  if (!loaded.ok()) {
    if (errors.empty()) fmt::print(stderr, "gradfit: {}\n", loaded.status().message());
    for (const auto& e : errors) fmt::print(stderr, "gradfit: {}\n", e.ToString());
    exit_code = ExitFor(loaded.status());
    return;
  }
  fmt::print("{}", json ? ProfileToJson(*loaded) : ProfileToToml(*loaded));
}

void RunFields() {
  for (const auto& f : ProfileFields()) {
    std::string aliases;
    for (const auto& al : f.aliases) aliases += (aliases.empty() ? " (" : ", ") + al;
    if (!aliases.empty()) aliases += ")";
    fmt::print("{}{}\n    {} Form: {}.\n", f.key, aliases, f.help, f.form);
  }
}

}  // namespace

void RegisterProfileCommands(CLI::App& app, GlobalOptions& global, int& exit_code) {
  auto* profile = app.add_subcommand("profile", "Write, check and describe applicant profiles");
  profile->require_subcommand(1);

  auto init_args = std::make_shared<InitArgs>();
  auto* init = profile->add_subcommand(
      "init", "Write a profile: interactive questions, or --from FILE / --set key=value");
  init->add_option("--out,-o", init_args->out, "Profile file to write ('-' prints it)")
      ->capture_default_str();
  init->add_option("--from", init_args->from, "Start from this profile (TOML or JSON)");
  init->add_option("--set", init_args->sets, "Set a field: key=value (see `profile fields`)");
  init->add_flag("--force", init_args->force, "Overwrite an existing --out file");
  init->callback([init_args, &exit_code] { RunInit(*init_args, exit_code); });

  auto show_file = std::make_shared<std::string>();
  auto show_json = std::make_shared<bool>(false);
  auto* show = profile->add_subcommand("show", "Validate a profile and print it");
  show->add_option("file", *show_file, "Profile file")->required();
  show->add_flag("--json", *show_json, "Print as JSON");
  show->callback(
      [show_file, show_json, &exit_code] { RunShow(*show_file, *show_json, exit_code); });

  auto* fields = profile->add_subcommand("fields", "List every profile key, alias and form");
  fields->callback([] { RunFields(); });
  (void)global;
}

}  // namespace gradfit::cli
