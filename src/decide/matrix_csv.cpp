// CSV decision matrices and the comma lists of the `decide` command.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <memory>
#include <sstream>
#include <unordered_set>

#include "gradfit/decide_csv.hpp"
#include "gradfit/file_io.hpp"

namespace gradfit::decide {
namespace {

// The C locale's white space, without a library call per character.
bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Parses a whole string as a finite double (no trailing text).
bool ParseDouble(std::string_view s, double& out) {
  s = Trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

// Splits one CSV record (already without its line ending). Returns false on an unclosed
// quote.
bool SplitRecord(std::string_view line, std::vector<std::string>& fields) {
  fields.clear();
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t p = 0; p < line.size(); ++p) {
    const char c = line[p];
    if (quoted) {
      if (c == '"' && p + 1 < line.size() && line[p + 1] == '"') {
        field += '"';
        ++p;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == ',') {
      fields.push_back(was_quoted ? field : std::string(Trim(field)));
      field.clear();
      was_quoted = false;
    } else {
      field += c;
    }
  }
  if (quoted) return false;
  fields.push_back(was_quoted ? field : std::string(Trim(field)));
  return true;
}

// True for a well-formed number beyond the double range (1e400) or an infinity.
bool OutOfDoubleRange(std::string_view s) {
  s = Trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ptr == s.data() + s.size() && !s.empty() &&
         (ec == std::errc::result_out_of_range || (ec == std::errc() && std::isinf(v)));
}

bool IsMissingToken(std::string_view cell) {
  const std::string_view t = Trim(cell);
  if (t.size() > 3) return false;  // the common case, a number, stops here
  const std::string l = Lower(t);
  return l.empty() || l == "na" || l == "nan" || l == "?";
}

// Splits a record into views: of `line` itself when it has no quote (no allocation), else
// of `storage`, filled by SplitRecord. Returns false on an unclosed quote.
bool SplitRecordViews(std::string_view line, std::vector<std::string>& storage,
                      std::vector<std::string_view>& fields) {
  fields.clear();
  if (line.find('"') == std::string_view::npos) {
    std::size_t start = 0;
    while (true) {
      const std::size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) {
        fields.push_back(Trim(line.substr(start)));
        return true;
      }
      fields.push_back(Trim(line.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  if (!SplitRecord(line, storage)) return false;
  for (const std::string& f : storage) fields.push_back(f);
  return true;
}

}  // namespace

Result<DecisionMatrix> ParseMatrixCsv(std::string_view text, const std::string& source) {
  DecisionMatrix matrix;
  // Row-major while reading, transposed at the end. The bounds of uncertain values are kept
  // only from the first interval on (earlier rows get bounds equal to their values).
  std::vector<double> rows_value, rows_lo, rows_hi;
  bool any_interval = false;
  std::vector<std::string> quoted_fields;
  std::vector<std::string_view> fields;
  // Names as views: of `text` itself, or of a copy kept alive for a quoted name.
  std::unordered_set<std::string_view> names;
  std::vector<std::unique_ptr<std::string>> quoted_names;
  // Sized once from the line count: no rehashing or regrowth on large files.
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  names.reserve(lines);
  matrix.alternatives.reserve(lines);
  std::size_t line_no = 0, width = 0;
  bool header_seen = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") {
      line.remove_prefix(3);  // UTF-8 byte order mark
    }
    if (Trim(line).empty()) continue;
    if (!SplitRecordViews(line, quoted_fields, fields)) {
      return Status::InvalidData(fmt::format("{}:{}: unclosed double quote", source, line_no));
    }
    if (!header_seen) {
      header_seen = true;
      width = fields.size();
      if (width < 2) {
        return Status::InvalidData(fmt::format(
            "{}:{}: header needs a name column and at least one criterion", source, line_no));
      }
      rows_value.reserve(lines * (width - 1));
      for (std::size_t c = 1; c < width; ++c) {
        if (fields[c].empty()) {
          return Status::InvalidData(
              fmt::format("{}:{}: column {} has an empty criterion name", source, line_no, c + 1));
        }
        matrix.criteria.emplace_back(fields[c]);
      }
      continue;
    }
    if (fields.size() != width) {
      return Status::InvalidData(fmt::format("{}:{}: row has {} fields, the header has {}", source,
                                             line_no, fields.size(), width));
    }
    if (fields[0].empty()) {
      return Status::InvalidData(fmt::format("{}:{}: alternative name is empty", source, line_no));
    }
    std::string_view name = fields[0];
    const bool in_text = std::less_equal<const char*>()(text.data(), name.data()) &&
                         std::less<const char*>()(name.data(), text.data() + text.size());
    if (!in_text) {
      name = *quoted_names.emplace_back(std::make_unique<std::string>(name));
    }
    if (!names.emplace(name).second) {
      return Status::InvalidData(
          fmt::format("{}:{}: duplicate alternative '{}'", source, line_no, fields[0]));
    }
    matrix.alternatives.emplace_back(fields[0]);
    const std::size_t row = rows_value.size();
    rows_value.resize(row + width - 1);
    if (any_interval) {
      rows_lo.resize(row + width - 1);
      rows_hi.resize(row + width - 1);
    }
    for (std::size_t c = 1; c < width; ++c) {
      const std::string_view cell = fields[c];
      const std::size_t j = c - 1;
      double& v = rows_value[row + j];
      double a = 0.0, b = 0.0;
      if (IsMissingToken(cell)) {
        v = std::numeric_limits<double>::quiet_NaN();
        if (any_interval) rows_lo[row + j] = rows_hi[row + j] = v;
        continue;
      }
      if (ParseDouble(cell, a)) {  // the common case first
        v = a;
        if (any_interval) rows_lo[row + j] = rows_hi[row + j] = a;
        continue;
      }
      const std::size_t dots = cell.find("..");
      if (dots != std::string_view::npos && ParseDouble(cell.substr(0, dots), a) &&
          ParseDouble(cell.substr(dots + 2), b)) {
        if (a > b) {
          return Status::InvalidData(fmt::format(
              "{}:{}: column {} ('{}'): interval '{}' has lower bound above upper bound", source,
              line_no, c + 1, matrix.criteria[j], cell));
        }
        if (!any_interval) {  // bounds from here on; the cells so far are exact
          any_interval = true;
          rows_lo = rows_value;
          rows_hi = rows_value;
        }
        v = 0.5 * (a + b);
        rows_lo[row + j] = a;
        rows_hi[row + j] = b;
      } else if (OutOfDoubleRange(cell)) {
        return Status::InvalidData(fmt::format(
            "{}:{}: column {} ('{}'): '{}' is outside the range of a finite number (about "
            "+-1.8e308)",
            source, line_no, c + 1, matrix.criteria[j], cell));
      } else {
        return Status::InvalidData(fmt::format(
            "{}:{}: column {} ('{}'): '{}' is not a number (expected a number, lo..hi, or "
            "empty/NA for missing)",
            source, line_no, c + 1, matrix.criteria[j], cell));
      }
    }
  }
  if (!header_seen) return Status::InvalidData(fmt::format("{}: file is empty", source));
  if (matrix.alternatives.empty()) {
    return Status::InvalidData(fmt::format("{}: header only, no alternatives", source));
  }
  const std::size_t n = matrix.alternatives.size(), m = matrix.criteria.size();
  matrix.directions.assign(m, Direction::kBenefit);
  matrix.values.resize(n * m);
  if (any_interval) {
    matrix.lo.resize(n * m);
    matrix.hi.resize(n * m);
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      matrix.values[j * n + i] = rows_value[i * m + j];
      if (any_interval) {
        matrix.lo[j * n + i] = rows_lo[i * m + j];
        matrix.hi[j * n + i] = rows_hi[i * m + j];
      }
    }
  }
  return matrix;
}

namespace {
// A matrix of 1,000,000 alternatives x 8 criteria is about 80 MB of CSV.
Result<std::string> ReadCsv(const std::string& path) {
  ReadLimits limits;
  limits.max_bytes = std::size_t{256} << 20;
  auto text = ReadInputFile(path, limits);
  // `decide` reports a file it cannot read, missing included, as an I/O error (exit 3).
  if (!text.ok() && text.status().code() == Status::Code::kNotFound)
    return Status::IoError(text.status().message());
  return text;
}
}  // namespace

Result<DecisionMatrix> ReadMatrixCsv(const std::string& path) {
  auto text = ReadCsv(path);
  if (!text.ok()) return text.status();
  return ParseMatrixCsv(*text, path);
}

Result<std::vector<double>> ParsePairwiseCsv(std::string_view text, const std::string& source,
                                             const std::vector<std::string>& criteria) {
  auto table = ParseMatrixCsv(text, source);
  if (!table.ok()) return table.status();
  const std::size_t n = criteria.size();
  auto index_of = [](const std::vector<std::string>& names, const std::string& name) {
    auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? names.size() : static_cast<std::size_t>(it - names.begin());
  };
  if (table->n() != n || table->m() != n)
    return Status::InvalidData(
        fmt::format("{}: a pairwise matrix needs {} rows and {} columns "
                    "(one per criterion), found {} x {}",
                    source, n, n, table->n(), table->m()));
  std::vector<double> out(n * n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t row = index_of(table->alternatives, criteria[i]);
    const std::size_t col = index_of(table->criteria, criteria[i]);
    if (row == n || col == n)
      return Status::InvalidData(fmt::format("{}: criterion '{}' is missing as a {}", source,
                                             criteria[i], row == n ? "row" : "column"));
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t row = index_of(table->alternatives, criteria[i]);
    for (std::size_t j = 0; j < n; ++j) {
      const double v = table->value(row, index_of(table->criteria, criteria[j]));
      if (std::isnan(v))
        return Status::InvalidData(
            fmt::format("{}: no value for '{}' against '{}'", source, criteria[i], criteria[j]));
      out[i * n + j] = v;
    }
  }
  return out;
}

Result<std::vector<double>> ReadPairwiseCsv(const std::string& path,
                                            const std::vector<std::string>& criteria) {
  auto text = ReadCsv(path);
  if (!text.ok()) return text.status();
  return ParsePairwiseCsv(*text, path, criteria);
}

Result<std::vector<Direction>> ParseDirections(std::string_view list) {
  std::vector<Direction> out;
  std::vector<std::string> items;
  if (!SplitRecord(list, items)) return Status::InvalidArgument("unclosed quote in types");
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::string word = Lower(items[k]);
    if (word == "benefit" || word == "max" || word == "+") {
      out.push_back(Direction::kBenefit);
    } else if (word == "cost" || word == "min" || word == "-") {
      out.push_back(Direction::kCost);
    } else {
      return Status::InvalidArgument(
          fmt::format("type {} is '{}': expected benefit or cost", k + 1, items[k]));
    }
  }
  return out;
}

Result<std::vector<double>> ParseNumberList(std::string_view list) {
  std::vector<double> out;
  std::vector<std::string> items;
  if (!SplitRecord(list, items)) return Status::InvalidArgument("unclosed quote in list");
  for (std::size_t k = 0; k < items.size(); ++k) {
    double v = 0.0;
    if (!ParseDouble(items[k], v)) {
      return Status::InvalidArgument(fmt::format("item {} is '{}': not a number", k + 1, items[k]));
    }
    out.push_back(v);
  }
  return out;
}

}  // namespace gradfit::decide
