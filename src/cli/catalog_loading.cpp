#include "cli/catalog_loading.hpp"

#include <fmt/core.h>

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

}  // namespace gradfit::cli
