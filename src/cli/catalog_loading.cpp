#include "cli/catalog_loading.hpp"

#include <fmt/core.h>

#include "gradfit/suggest.hpp"

namespace gradfit::cli {

std::optional<Catalog> LoadCatalogOrReport(const GlobalOptions& global, int& exit_code) {
  std::vector<CatalogError> errors;
  auto catalog = LoadCatalog(global.catalog_dir, &errors);
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
