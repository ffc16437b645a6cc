// Plain-text output that fits the terminal: tables whose columns are sized to
// their content and then narrowed (long cells cut with "…" or wrapped) or, as
// a last resort, left out with a note, so that no line is wider than
// OutputWidth(); and word-wrapped paragraphs.
//
// The width (docs/CLI.md, "Terminal width"): `--wide` means unlimited; else
// the COLUMNS environment variable; else the terminal's width when stdout is
// a terminal; else 80 (a pipe or file gets the same text as a standard
// terminal, so output is predictable in scripts and tests).
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace gradfit::cli {

constexpr size_t kUnlimitedWidth = std::numeric_limits<size_t>::max();

// The width output must fit, as described above (computed once, then cached).
size_t OutputWidth();
// `--wide`: nothing is cut, wrapped or left out.
void SetWideOutput(bool wide);
bool WideOutput();

class TextTable {
 public:
  // How a column gives way when the table is too wide.
  enum class Fit {
    kCut,   // narrowed to as little as 8 characters, the cell cut with "…" (default)
    kWrap,  // narrowed likewise, the cell wrapped over several lines
    kKeep,  // never narrowed (ids, amounts)
  };

  // `max_widths`: a cap per column (default 60) applied unless the output is wide.
  explicit TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths = {});
  void AddRow(std::vector<std::string> cells);
  void SetFit(size_t column, Fit fit);
  void SetFitAll(Fit fit);
  // A cut or wrapped column is narrowed to no less than this (default 8);
  // droppable columns are left out first.
  void SetMinWidth(size_t column, size_t width);
  // Columns that may be left out, first the first, when the table cannot fit
  // even with every column narrowed; the rendering then ends with a note
  // naming them and `--wide`.
  void SetDroppable(std::vector<size_t> columns);
  std::string Render() const;
  size_t rows() const { return rows_.size(); }

 private:
  std::vector<std::string> headers_;
  std::vector<size_t> max_widths_;
  std::vector<Fit> fits_;
  std::vector<size_t> min_widths_;
  std::vector<size_t> droppable_;
  std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text (code points; good enough for Latin scripts).
size_t DisplayWidth(const std::string& s);
// Cuts `s` to `width` code points, ending with "…" when cut.
std::string Truncate(const std::string& s, size_t width);
// Splits `s` into lines of at most `width` code points at spaces (a longer
// word is broken). Never returns an empty vector.
std::vector<std::string> WrapLines(const std::string& s, size_t width);
// The same with a different width for the first line.
std::vector<std::string> WrapLines(const std::string& s, size_t first_width, size_t width);
// `text` wrapped to OutputWidth(): the first line starts with `first_indent`,
// the following ones with `indent` (spaces). Ends with a newline.
std::string Wrapped(const std::string& text, size_t first_indent, size_t indent);
// The same, where the first line begins with `prefix` ("  - ") and the rest
// are indented by its width.
std::string WrappedAfter(const std::string& prefix, const std::string& text);

}  // namespace gradfit::cli
