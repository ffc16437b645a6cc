// Loads the catalog for a command and reports every error on stderr.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit::cli {

// Returns the catalog, or nullopt after printing the errors and setting
// `exit_code` (kExitInvalidData for a broken catalog, kExitIo for a missing one).
std::optional<Catalog> LoadCatalogOrReport(const GlobalOptions& global, int& exit_code);

// "gradfit: no program 'cmu-ml' in the catalog; did you mean cmu-msml?" (or a
// pointer to `programs list` when no id is near), for every command that takes ids.
std::string UnknownProgramMessage(const Catalog& catalog, std::string_view id);

}  // namespace gradfit::cli
