// Small helpers shared by the careers data loaders: parse a TOML file into a
// table, and record errors with the file, line and key of the offending node.
#pragma once

#include <toml++/toml.h>

#include <optional>
#include <string>
#include <vector>

#include "gradfit/careers_data.hpp"

namespace gradfit::careers_detail {

// Parses `path`; on failure appends an error with the parser's line/column.
std::optional<toml::table> ParseTomlFile(const std::string& path,
                                         std::vector<CareersError>* errors);

void AddError(std::vector<CareersError>* errors, const std::string& file, const toml::node* node,
              std::string key, std::string message);

// Reads a required non-empty string; records an error when absent or not a string.
std::string RequiredString(const toml::table& t, std::string_view key, const std::string& file,
                           const std::string& prefix, std::vector<CareersError>* errors);
std::string OptionalString(const toml::table& t, std::string_view key, const std::string& file,
                           const std::string& prefix, std::vector<CareersError>* errors);
// Reads an optional array of strings.
std::vector<std::string> StringArray(const toml::table& t, std::string_view key,
                                     const std::string& file, const std::string& prefix,
                                     std::vector<CareersError>* errors);

}  // namespace gradfit::careers_detail
