// Reading the shared data sets' CSV files at enrich time: whole-file reads and
// a strict CSV table (one record per line, RFC 4180 quoting) whose errors name
// the file and line. Internal to src/catalog.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gradfit/status.hpp"

namespace gradfit::catalog_internal {

Result<std::string> ReadWholeFile(const std::filesystem::path& path);

// Splits one CSV record that fits on one line; nullopt when a quoted field is not closed.
std::optional<std::vector<std::string>> SplitCsvLine(std::string_view line);

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each has header.size() fields
  std::vector<int> lines;                      // the file line of each row (1-based)
  // Index of a header column, or -1.
  int Column(std::string_view name) const;
};

// Reads a CSV file with a header line. Errors (InvalidData, "<file>:<line>: ..."):
// an unterminated quoted field, a row whose field count differs from the header's,
// a header lacking one of `required_columns` ("header has no `X` column"), an
// empty file. NotFound / IoError when the file is missing or unreadable.
Result<CsvTable> ReadCsvTable(const std::filesystem::path& path,
                              const std::vector<std::string>& required_columns);

}  // namespace gradfit::catalog_internal
