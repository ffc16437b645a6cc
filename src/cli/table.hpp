// Plain-text tables for the terminal: columns sized to their content, long
// cells cut with an ellipsis so a row fits on one line.
#pragma once

#include <string>
#include <vector>

namespace gradfit::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths = {});
  void AddRow(std::vector<std::string> cells);
  std::string Render() const;
  size_t rows() const { return rows_.size(); }

 private:
  std::vector<std::string> headers_;
  std::vector<size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text (code points; good enough for Latin scripts).
size_t DisplayWidth(const std::string& s);
// Cuts `s` to `width` code points, ending with "…" when cut.
std::string Truncate(const std::string& s, size_t width);

}  // namespace gradfit::cli
