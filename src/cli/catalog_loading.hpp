// Loads the catalog for a command and reports every error on stderr.
#pragma once

#include <optional>

#include "cli/commands.hpp"
#include "gradfit/catalog.hpp"

namespace gradfit::cli {

// Returns the catalog, or nullopt after printing the errors and setting
// `exit_code` (kExitInvalidData for a broken catalog, kExitIo for a missing one).
std::optional<Catalog> LoadCatalogOrReport(const GlobalOptions& global, int& exit_code);

}  // namespace gradfit::cli
