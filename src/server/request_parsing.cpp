// Reading request bodies and query strings; every error names its JSON path.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "server/api.hpp"

namespace gradfit::server {

std::optional<std::string> ApiRequest::query_value(const std::string& key) const {
  auto it = query.find(key);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

ApiResponse ErrorResponse(int status, const std::string& message, const std::string& path) {
  nlohmann::json e = {{"message", message}};
  if (!path.empty()) e["path"] = path;
  return JsonResponse({{"error", e}}, status);
}

ApiResponse JsonResponse(const nlohmann::json& j, int status) {
  ApiResponse r;
  r.status = status;
  // Messages quote what the client sent (a query value, a path segment), which may
  // be invalid UTF-8: replaced (U+FFFD), not a type_error that becomes a 500.
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

ApiResponse JsonTextResponse(std::string json_text, int status) {
  ApiResponse r;
  r.status = status;
  r.body = std::move(json_text);
  return r;
}

ApiResponse StatusResponse(const Status& s, const std::string& path) {
  switch (s.code()) {
    case Status::Code::kNotFound:
      return ErrorResponse(404, s.message(), path);
    case Status::Code::kInvalidArgument:
    case Status::Code::kInvalidData:
      return ErrorResponse(400, s.message(), path);
    default:
      fmt::print(stderr, "gradfit serve: {}\n", s.message());
      return ErrorResponse(500, "internal error: the data store failed (see the server's log)");
  }
}

std::optional<ApiResponse> ParseJsonObject(const ApiRequest& req, nlohmann::json* out) {
  if (req.body.empty())
    return ErrorResponse(400, "the request body is empty: send a JSON object", "$");
  try {
    *out = nlohmann::json::parse(req.body);
  } catch (const nlohmann::json::parse_error& e) {
    return ErrorResponse(400, fmt::format("malformed JSON at byte {}", e.byte), "$");
  } catch (const nlohmann::json::exception&) {
    // A number too large for a double, for one: a client error, not a 500.
    return ErrorResponse(
        400, "invalid JSON: a value cannot be represented (e.g. a number too large)", "$");
  }
  if (!out->is_object()) return ErrorResponse(400, "the request body must be a JSON object", "$");
  return std::nullopt;
}

std::optional<ApiResponse> Fields::OnlyKnown(const std::vector<std::string>& allowed) const {
  for (const auto& [key, value] : j_.items())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      return ErrorResponse(400, fmt::format("unknown field '{}'", key), PathOf(key));
  return std::nullopt;
}

bool Fields::Has(const std::string& key) const { return j_.contains(key) && !j_[key].is_null(); }

std::optional<ApiResponse> Fields::String(const std::string& key, std::string* out) const {
  if (!Has(key)) return std::nullopt;
  if (!j_[key].is_string()) return ErrorResponse(400, "expected a string", PathOf(key));
  *out = j_[key].get<std::string>();
  return std::nullopt;
}

std::optional<ApiResponse> Fields::Number(const std::string& key,
                                          std::optional<double>* out) const {
  if (!Has(key)) return std::nullopt;
  if (!j_[key].is_number()) return ErrorResponse(400, "expected a number", PathOf(key));
  *out = j_[key].get<double>();
  return std::nullopt;
}

std::optional<ApiResponse> Fields::Number(const std::string& key, double* out) const {
  std::optional<double> v;
  if (auto e = Number(key, &v)) return e;
  if (v) *out = *v;
  return std::nullopt;
}

std::optional<ApiResponse> Fields::Count(const std::string& key, std::size_t* out) const {
  if (!Has(key)) return std::nullopt;
  if (!j_[key].is_number_integer() || j_[key].get<long long>() < 0)
    return ErrorResponse(400, "expected a whole number >= 0", PathOf(key));
  *out = j_[key].get<std::size_t>();
  return std::nullopt;
}

std::optional<ApiResponse> Fields::Bool(const std::string& key, bool* out) const {
  if (!Has(key)) return std::nullopt;
  if (!j_[key].is_boolean()) return ErrorResponse(400, "expected true or false", PathOf(key));
  *out = j_[key].get<bool>();
  return std::nullopt;
}

std::optional<ApiResponse> Fields::Strings(const std::string& key,
                                           std::vector<std::string>* out) const {
  if (!Has(key)) return std::nullopt;
  if (!j_[key].is_array()) return ErrorResponse(400, "expected an array of strings", PathOf(key));
  out->clear();
  for (size_t i = 0; i < j_[key].size(); ++i) {
    if (!j_[key][i].is_string())
      return ErrorResponse(400, "expected a string", fmt::format("{}[{}]", PathOf(key), i));
    out->push_back(j_[key][i].get<std::string>());
  }
  return std::nullopt;
}

std::optional<ApiResponse> ParseProfileDocument(const std::string& json_text,
                                                const std::string& base_path, Profile* out) {
  std::vector<ProfileError> errors;
  auto p = ParseProfileJson(json_text, "request", &errors);
  if (p.ok()) {
    *out = std::move(p).value();
    return std::nullopt;
  }
  if (errors.empty()) return ErrorResponse(400, p.status().message(), base_path);
  const ProfileError& e = errors.front();
  return ErrorResponse(400, e.message,
                       e.key_path.empty() ? base_path : base_path + "." + e.key_path);
}

std::optional<ApiResponse> ProfileFromBody(const nlohmann::json& body, AppContext& ctx,
                                           Profile* out) {
  const bool inline_profile = body.contains("profile") && !body["profile"].is_null();
  const bool stored = body.contains("profile_id") && !body["profile_id"].is_null();
  if (inline_profile && stored)
    return ErrorResponse(400, "give either profile or profile_id, not both", "$.profile_id");
  if (inline_profile) {
    if (!body["profile"].is_object())
      return ErrorResponse(400, "expected a profile object", "$.profile");
    return ParseProfileDocument(body["profile"].dump(), "$.profile", out);
  }
  if (stored) {
    if (!body["profile_id"].is_number_integer())
      return ErrorResponse(400, "expected a profile id (a whole number)", "$.profile_id");
    auto p = ctx.store->GetProfile(body["profile_id"].get<std::int64_t>());
    if (!p.ok()) return StatusResponse(p.status(), "$.profile_id");
    *out = p->profile;
    return std::nullopt;
  }
  *out = Profile{};
  return std::nullopt;
}

std::optional<ApiResponse> QueryBool(const ApiRequest& req, const std::string& key,
                                     std::optional<bool>* out) {
  auto v = req.query_value(key);
  if (!v) return std::nullopt;
  if (*v == "true" || *v == "1")
    *out = true;
  else if (*v == "false" || *v == "0")
    *out = false;
  else
    return ErrorResponse(400, fmt::format("'{}' is not true or false", *v), "?" + key);
  return std::nullopt;
}

std::optional<ApiResponse> QueryNumber(const ApiRequest& req, const std::string& key,
                                       std::optional<double>* out) {
  auto v = req.query_value(key);
  if (!v) return std::nullopt;
  try {
    size_t used = 0;
    const double d = std::stod(*v, &used);
    if (used != v->size() || !std::isfinite(d)) throw std::invalid_argument("x");
    *out = d;
  } catch (const std::exception&) {
    return ErrorResponse(400, fmt::format("'{}' is not a number", *v), "?" + key);
  }
  return std::nullopt;
}

}  // namespace gradfit::server
