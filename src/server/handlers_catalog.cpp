// GET /programs, /programs/{id}, /careers, /careers/{role}, /coverage.
#include <fmt/core.h>

#include "gradfit/careers_json.hpp"
#include "gradfit/catalog_export.hpp"
#include "gradfit/catalog_query.hpp"
#include "gradfit/iso_codes.hpp"
#include "server/handlers.hpp"

namespace gradfit::server {
namespace {

// The query parameters of GET /programs, the flags of `programs list`.
std::optional<ApiResponse> ReadFilter(const ApiRequest& req, ProgramFilter* f) {
  static const std::vector<std::string> kKnown = {"label", "modality",    "part_time", "country",
                                                  "gre",   "max_tuition", "currency",  "keyword",
                                                  "sort",  "desc"};
  for (const auto& [key, value] : req.query)
    if (std::find(kKnown.begin(), kKnown.end(), key) == kKnown.end())
      return ErrorResponse(400, fmt::format("unknown query parameter '{}'", key), "?" + key);
  auto bad = [](const std::string& key, const std::string& v, const std::string& allowed) {
    return ErrorResponse(400, fmt::format("'{}' is not one of: {}", v, allowed), "?" + key);
  };
  if (auto v = req.query_value("label"); v && !(f->label = ParseLabel(*v)))
    return bad("label", *v, "ml, cs_ml_specialization, data_science, ai_ml, ai, other");
  if (auto v = req.query_value("modality"); v && !(f->modality = ParseModality(*v)))
    return bad("modality", *v, "on_campus, online, hybrid");
  if (auto v = req.query_value("gre"); v && !(f->gre = ParseGrePolicy(*v)))
    return bad("gre", *v, "required, optional, not_required, not_accepted");
  if (auto v = req.query_value("sort")) {
    auto sort = ParseProgramSort(*v);
    if (!sort) return bad("sort", *v, "id, name, tuition, duration, country");
    f->sort = *sort;
  }
  if (auto v = req.query_value("country")) {
    if (!IsIsoCountry(*v)) return bad("country", *v, "an ISO 3166 alpha-2 code such as US, GB, DE");
    f->country = *v;
  }
  if (auto v = req.query_value("currency")) {
    if (!IsIsoCurrency(*v)) return bad("currency", *v, "an ISO 4217 code");
    f->tuition_currency = *v;
  }
  if (auto e = QueryBool(req, "part_time", &f->part_time)) return e;
  if (auto e = QueryNumber(req, "max_tuition", &f->max_tuition)) return e;
  std::optional<bool> desc;
  if (auto e = QueryBool(req, "desc", &desc)) return e;
  f->descending = desc.value_or(false);
  f->keyword = req.query_value("keyword").value_or("");
  return std::nullopt;
}

}  // namespace

ApiResponse ListPrograms(const ApiRequest& req, AppContext& ctx) {
  ProgramFilter filter;
  if (auto e = ReadFilter(req, &filter)) return *e;
  // The same exchange rates and whole-program totals as `programs list`.
  filter.rates = &ctx.money.rates;
  TuitionTotalOptions totals;
  totals.currency = filter.tuition_currency;
  totals.rates = filter.rates;
  return JsonResponse(
      ProgramSelectionJson(ctx.catalog, SelectPrograms(ctx.catalog, filter), Today(), totals));
}

ApiResponse ShowProgram(const ApiRequest& req, AppContext& ctx) {
  const Program* p = ctx.catalog.find_program(req.params.at(0));
  if (!p) return ErrorResponse(404, fmt::format("no program '{}' in the catalog", req.params[0]));
  return JsonResponse(ProgramDetailJson(ctx.catalog, *p, Today(), &ctx.money.living));
}

ApiResponse ListCareers(const ApiRequest&, AppContext& ctx) {
  return JsonResponse(RolesJson(ctx.careers, ctx.wages ? &*ctx.wages : nullptr));
}

ApiResponse ShowCareer(const ApiRequest& req, AppContext& ctx) {
  const Role* r = ctx.careers.find_role(req.params.at(0));
  if (!r) return ErrorResponse(404, fmt::format("unknown role '{}'", req.params[0]));
  return JsonResponse(RoleJson(ctx.careers, *r, ctx.wages ? &*ctx.wages : nullptr));
}

ApiResponse Coverage(const ApiRequest& req, AppContext& ctx) {
  for (const auto& [key, value] : req.query)
    if (key != "program" && key != "role")
      return ErrorResponse(400, fmt::format("unknown query parameter '{}'", key), "?" + key);
  const std::string program = req.query_value("program").value_or("");
  const std::string role = req.query_value("role").value_or("");
  if (program.empty()) {
    if (!role.empty())
      return ErrorResponse(400, "give program with role (the matrix covers every role)",
                           "?program");
    return JsonResponse(
        CoverageMatrixJson(CoverageMatrix(ctx.catalog.programs, ctx.careers, *ctx.matcher)));
  }
  auto out = ProgramCoverageJson(ctx.catalog, ctx.careers, *ctx.matcher, program, role);
  if (!out.ok())
    return StatusResponse(out.status(),
                          out.status().code() == Status::Code::kNotFound
                              ? (ctx.catalog.find_program(program) ? "?role" : "?program")
                              : "");
  return JsonResponse(*out);
}

}  // namespace gradfit::server
