// /shortlist: the programs the user keeps, and its CSV and Excel exports.
#include <fmt/core.h>

#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

nlohmann::json ItemJson(const ShortlistItem& item, const Catalog& catalog) {
  const Program* p = catalog.find_program(item.program_id);
  const Institution* inst = p ? catalog.find_institution(p->institution_id) : nullptr;
  auto known = [](const Fact<std::string>* f) {
    return f && f->known() ? nlohmann::json(**f) : nlohmann::json();
  };
  return {{"program_id", item.program_id},
          {"name", known(p ? &p->name : nullptr)},
          {"institution", known(inst ? &inst->name : nullptr)},
          {"note", item.note},
          {"added_at", item.added_at}};
}

std::optional<ApiResponse> Table(AppContext& ctx, std::vector<std::vector<std::string>>* out) {
  auto items = ctx.store->Shortlist();
  if (!items.ok()) return StatusResponse(items.status());
  auto apps = ctx.store->Applications();
  if (!apps.ok()) return StatusResponse(apps.status());
  *out = ShortlistTable(*items, *apps, ctx.catalog);
  return std::nullopt;
}

}  // namespace

ApiResponse GetShortlist(const ApiRequest&, AppContext& ctx) {
  auto items = ctx.store->Shortlist();
  if (!items.ok()) return StatusResponse(items.status());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : *items) out.push_back(ItemJson(item, ctx.catalog));
  return JsonResponse({{"items", out}});
}

ApiResponse AddToShortlist(const ApiRequest& req, AppContext& ctx) {
  nlohmann::json body;
  if (auto e = ParseJsonObject(req, &body)) return *e;
  Fields f(body, "$");
  if (auto e = f.OnlyKnown({"program_id", "note"})) return *e;
  std::string id, note;
  if (auto e = f.String("program_id", &id)) return *e;
  if (auto e = f.String("note", &note)) return *e;
  if (id.empty()) return ErrorResponse(400, "give the program id", "$.program_id");
  if (!ctx.catalog.find_program(id))
    return ErrorResponse(404, fmt::format("no program '{}' in the catalog", id), "$.program_id");
  bool created = false;
  auto item = ctx.store->AddToShortlist(id, note, &created);
  if (!item.ok()) return StatusResponse(item.status());
  return JsonResponse(ItemJson(*item, ctx.catalog), created ? 201 : 200);
}

ApiResponse RemoveFromShortlist(const ApiRequest& req, AppContext& ctx) {
  if (Status s = ctx.store->RemoveFromShortlist(req.params.at(0)); !s.ok())
    return StatusResponse(s);
  ApiResponse r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

ApiResponse ShortlistCsvFile(const ApiRequest&, AppContext& ctx) {
  std::vector<std::vector<std::string>> table;
  if (auto e = Table(ctx, &table)) return *e;
  ApiResponse r;
  r.body = ShortlistCsv(table);
  r.content_type = "text/csv; charset=utf-8";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"gradfit-shortlist.csv\"");
  return r;
}

ApiResponse ShortlistXlsxFile(const ApiRequest&, AppContext& ctx) {
  std::vector<std::vector<std::string>> table;
  if (auto e = Table(ctx, &table)) return *e;
  auto bytes = ShortlistXlsx(table);
  if (!bytes.ok()) return StatusResponse(bytes.status());
  ApiResponse r;
  r.body = std::move(bytes).value();
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"gradfit-shortlist.xlsx\"");
  return r;
}

}  // namespace gradfit::server
