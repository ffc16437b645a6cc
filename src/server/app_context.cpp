#include "server/app_context.hpp"

#include "gradfit/careers_json.hpp"

namespace gradfit::server {

Status LoadAppContext(const ServerOptions& options, AppContext* ctx) {
  ctx->options = options;
  std::vector<CatalogError> catalog_errors;
  auto catalog = LoadCatalog(options.catalog_dir, &catalog_errors);
  if (!catalog.ok()) {
    std::string all;
    for (const auto& e : catalog_errors) all += e.ToString() + "\n";
    return Status::InvalidData(all + catalog.status().message());
  }
  ctx->catalog = std::move(catalog).value();
  auto fit = LoadFitData(options.catalog_dir);
  if (!fit.ok()) return fit.status();
  ctx->fit = std::move(fit).value();
  std::vector<CareersError> careers_errors;
  auto careers = LoadCareersData(options.catalog_dir, &careers_errors);
  if (!careers.ok()) return careers.status();
  ctx->careers = std::move(careers).value();
  std::vector<MoneyDataError> money_errors;
  auto money = LoadMoneyData(options.catalog_dir, &money_errors);
  if (!money.ok()) return money.status();
  ctx->money = std::move(money).value();
  ctx->wages = LoadOptionalWages(options.catalog_dir);
  ctx->matcher = std::make_unique<SkillMatcher>(ctx->careers.skills);
  auto store = Store::Open(options.db_path.empty() ? DefaultDatabasePath() : options.db_path);
  if (!store.ok()) return store.status();
  ctx->store = std::move(store).value();
  return Status::Ok();
}

}  // namespace gradfit::server
