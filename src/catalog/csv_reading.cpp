#include "catalog/csv_reading.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace gradfit::catalog_internal {

namespace fs = std::filesystem;

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return Status::NotFound(fmt::format("{}: file not found", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open for reading", path.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("{}: read error", path.string()));
  return ss.str();
}

std::optional<std::vector<std::string>> SplitCsvLine(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  return fields;
}

int CsvTable::Column(std::string_view name) const {
  for (size_t c = 0; c < header.size(); ++c)
    if (header[c] == name) return static_cast<int>(c);
  return -1;
}

Result<CsvTable> ReadCsvTable(const fs::path& path,
                              const std::vector<std::string>& required_columns) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::istringstream in(*text);
  std::string line;
  int line_no = 0;
  bool have_header = false;
  CsvTable table;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto fields = SplitCsvLine(line);
    if (!fields)
      return Status::InvalidData(
          fmt::format("{}:{}: unterminated quoted field", path.string(), line_no));
    if (!have_header) {
      have_header = true;
      table.header = std::move(*fields);
      for (const auto& col : required_columns)
        if (table.Column(col) < 0)
          return Status::InvalidData(
              fmt::format("{}:{}: header has no `{}` column", path.string(), line_no, col));
      continue;
    }
    if (fields->size() != table.header.size())
      return Status::InvalidData(fmt::format("{}:{}: expected {} fields, found {}", path.string(),
                                             line_no, table.header.size(), fields->size()));
    table.rows.push_back(std::move(*fields));
    table.lines.push_back(line_no);
  }
  if (!have_header)
    return Status::InvalidData(fmt::format("{}: empty file (no header)", path.string()));
  return table;
}

}  // namespace gradfit::catalog_internal
