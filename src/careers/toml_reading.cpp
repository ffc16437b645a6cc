#include "careers/toml_reading.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace gradfit::careers_detail {

std::optional<toml::table> ParseTomlFile(const std::string& path,
                                         std::vector<CareersError>* errors) {
  if (!std::filesystem::exists(path)) {
    errors->push_back({path, 0, 0, "", "file not found"});
    return std::nullopt;
  }
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    errors->push_back({path, static_cast<int>(e.source().begin.line),
                       static_cast<int>(e.source().begin.column), "",
                       fmt::format("malformed TOML: {}", e.description())});
    return std::nullopt;
  }
}

void AddError(std::vector<CareersError>* errors, const std::string& file, const toml::node* node,
              std::string key, std::string message) {
  int line = 0, column = 0;
  if (node != nullptr) {
    line = static_cast<int>(node->source().begin.line);
    column = static_cast<int>(node->source().begin.column);
  }
  errors->push_back({file, line, column, std::move(key), std::move(message)});
}

std::string OptionalString(const toml::table& t, std::string_view key, const std::string& file,
                           const std::string& prefix, std::vector<CareersError>* errors) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return {};
  if (auto s = n->value<std::string>()) return *s;
  AddError(errors, file, n, prefix + std::string(key), "must be a string");
  return {};
}

std::string RequiredString(const toml::table& t, std::string_view key, const std::string& file,
                           const std::string& prefix, std::vector<CareersError>* errors) {
  const toml::node* n = t.get(key);
  if (n == nullptr) {
    AddError(errors, file, &t, prefix + std::string(key), "missing (required)");
    return {};
  }
  std::string s = OptionalString(t, key, file, prefix, errors);
  if (s.empty() && n->is_string()) AddError(errors, file, n, prefix + std::string(key), "is empty");
  return s;
}

std::vector<std::string> StringArray(const toml::table& t, std::string_view key,
                                     const std::string& file, const std::string& prefix,
                                     std::vector<CareersError>* errors) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (n == nullptr) return out;
  const toml::array* arr = n->as_array();
  if (arr == nullptr) {
    AddError(errors, file, n, prefix + std::string(key), "must be an array of strings");
    return out;
  }
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& e = (*arr)[i];
    if (auto s = e.value<std::string>(); s && !s->empty()) {
      out.push_back(*s);
    } else {
      AddError(errors, file, &e, fmt::format("{}{}[{}]", prefix, key, i),
               "must be a non-empty string");
    }
  }
  return out;
}

}  // namespace gradfit::careers_detail
