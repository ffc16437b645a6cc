#include "cli/catalog_loading.hpp"

#include <fmt/core.h>

#include "gradfit/catalog_overlay.hpp"
#include "gradfit/suggest.hpp"

namespace gradfit::cli {

std::optional<Catalog> LoadCatalogOrReport(const GlobalOptions& global, int& exit_code) {
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(global.catalog_dir, &errors);
  if (catalog.ok() && !global.facts_file.empty()) {
    // The user's own figures win over the catalog's for every command.
    auto overlay = LoadFactsOverlay(global.facts_file, *catalog, &errors);
    Status applied = overlay.ok() ? ApplyFactsOverlay(*catalog, *overlay) : overlay.status();
    if (!applied.ok()) {
      for (const auto& e : errors) fmt::print(stderr, "{}\n", e.ToString());
      fmt::print(stderr, "gradfit: {}\n", applied.message());
      exit_code = applied.code() == Status::Code::kNotFound ? kExitIo : kExitInvalidData;
      return std::nullopt;
    }
  }
  if (catalog.ok()) return std::move(catalog).value();
  for (const auto& e : errors) fmt::print(stderr, "{}\n", e.ToString());
  fmt::print(stderr, "gradfit: {}\n", catalog.status().message());
  exit_code = catalog.status().code() == Status::Code::kNotFound ? kExitIo : kExitInvalidData;
  return std::nullopt;
}

std::string UnknownProgramMessage(const Catalog& catalog, std::string_view id) {
  std::vector<std::string> ids;
  for (const auto& p : catalog.programs) ids.push_back(p.id);
  const std::string hint = DidYouMean(id, ids);
  return fmt::format("gradfit: no program '{}' in the catalog; {}", id,
                     hint.empty() ? "`gradfit programs list` lists them" : hint);
}

}  // namespace gradfit::cli
