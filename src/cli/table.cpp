#include "cli/table.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <optional>

namespace gradfit::cli {
namespace {

constexpr size_t kDefaultWidth = 80;
constexpr size_t kNarrowestColumn = 8;  // a cut or wrapped column keeps at least this
constexpr size_t kGap = 2;              // spaces between columns

bool g_wide = false;

size_t DetectWidth() {
  if (const char* env = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long v = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && v >= 20) return static_cast<size_t>(v);
  }
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    return ws.ws_col;
  return kDefaultWidth;
}

// The byte offset after `n` code points of `s` (or its size).
size_t OffsetOfCodePoint(const std::string& s, size_t n) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) return i;
      ++seen;
    }
  }
  return s.size();
}

std::string Pad(const std::string& s, size_t width) {
  const size_t w = DisplayWidth(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

}  // namespace

size_t OutputWidth() {
  if (g_wide) return kUnlimitedWidth;
  static const size_t width = DetectWidth();
  return width;
}

void SetWideOutput(bool wide) { g_wide = wide; }
bool WideOutput() { return g_wide; }

size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Truncate(const std::string& s, size_t width) {
  if (DisplayWidth(s) <= width) return s;
  if (width == 0) return "";
  std::string out = s.substr(0, OffsetOfCodePoint(s, width - 1));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\xE2\x80\xA6";  // …
}

std::vector<std::string> WrapLines(const std::string& s, size_t width) {
  return WrapLines(s, width, width);
}

std::vector<std::string> WrapLines(const std::string& s, size_t first_width, size_t width) {
  std::vector<std::string> lines;
  auto room = [&] { return std::max<size_t>(1, lines.empty() ? first_width : width); };
  std::string line;
  size_t pos = 0;
  while (pos < s.size()) {
    if (s[pos] == '\n') {  // an explicit line break
      lines.push_back(line);
      line.clear();
      ++pos;
      continue;
    }
    const size_t next = s.find_first_of(" \n", pos);
    std::string word = s.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    pos = next == std::string::npos ? s.size() : (s[next] == ' ' ? next + 1 : next);
    if (word.empty()) continue;
    if (!line.empty() && DisplayWidth(line) + 1 + DisplayWidth(word) <= room()) {
      line += " " + word;
      continue;
    }
    if (!line.empty()) lines.push_back(line);
    line.clear();
    while (DisplayWidth(word) > room()) {  // a word longer than the line is broken,
      size_t cut = OffsetOfCodePoint(word, room());
      // after punctuation when there is some in its second half ("a.b_c", URLs).
      const size_t mark = word.find_last_of(",.-_/&?=", cut - 1);
      if (mark != std::string::npos && mark + 1 > cut / 2 && mark + 1 < cut) cut = mark + 1;
      lines.push_back(word.substr(0, cut));
      word = word.substr(cut);
    }
    line = word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string Wrapped(const std::string& text, size_t first_indent, size_t indent) {
  const size_t width = OutputWidth();
  // Keep at least 20 columns of text however deep the indent.
  auto room = [&](size_t in) {
    return width == kUnlimitedWidth ? kUnlimitedWidth
                                    : std::max<size_t>(20, width - std::min(width, in));
  };
  std::string out;
  const auto lines = WrapLines(text, room(first_indent), room(indent));
  for (size_t i = 0; i < lines.size(); ++i)
    out += std::string(i == 0 ? first_indent : indent, ' ') + lines[i] + "\n";
  return out;
}

std::string WrappedAfter(const std::string& prefix, const std::string& text) {
  const size_t indent = DisplayWidth(prefix);
  std::string body = Wrapped(text, indent, indent);
  return prefix + body.substr(std::min(body.size(), indent));
}

TextTable::TextTable(std::vector<std::string> headers, std::vector<size_t> max_widths)
    : headers_(std::move(headers)), max_widths_(std::move(max_widths)) {
  max_widths_.resize(headers_.size(), 60);
  fits_.resize(headers_.size(), Fit::kCut);
  min_widths_.resize(headers_.size(), kNarrowestColumn);
}

void TextTable::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

void TextTable::SetFit(size_t column, Fit fit) {
  if (column < fits_.size()) fits_[column] = fit;
}

void TextTable::SetMinWidth(size_t column, size_t width) {
  if (column < min_widths_.size()) min_widths_[column] = width;
}

void TextTable::SetFitAll(Fit fit) { std::fill(fits_.begin(), fits_.end(), fit); }

void TextTable::SetDroppable(std::vector<size_t> columns) { droppable_ = std::move(columns); }

std::string TextTable::Render() const {
  const size_t limit = OutputWidth();
  const bool wide = limit == kUnlimitedWidth;
  const size_t n = headers_.size();
  std::vector<size_t> widths(n);
  for (size_t c = 0; c < n; ++c) {
    widths[c] = DisplayWidth(headers_[c]);
    for (const auto& r : rows_) widths[c] = std::max(widths[c], DisplayWidth(r[c]));
    if (!wide) widths[c] = std::min(widths[c], max_widths_[c]);
  }
  auto floor_of = [&](size_t c) {
    return fits_[c] == Fit::kKeep ? widths[c] : std::min(widths[c], min_widths_[c]);
  };
  std::vector<bool> shown(n, true);
  auto total = [&](bool floors) {
    size_t sum = 0, cols = 0;
    for (size_t c = 0; c < n; ++c)
      if (shown[c]) sum += floors ? floor_of(c) : widths[c], ++cols;
    return sum + (cols ? (cols - 1) * kGap : 0);
  };
  std::vector<std::string> dropped;
  if (!wide) {
    // Leave out droppable columns while even the narrowest table is too wide.
    for (size_t d : droppable_) {
      if (total(true) <= limit) break;
      if (d < n && shown[d]) shown[d] = false, dropped.push_back(headers_[d]);
    }
    // Then narrow the widest column that may give way, one character at a time.
    while (total(false) > limit) {
      std::optional<size_t> widest;
      for (size_t c = 0; c < n; ++c)
        if (shown[c] && widths[c] > floor_of(c) && (!widest || widths[c] > widths[*widest]))
          widest = c;
      if (!widest) break;
      --widths[*widest];
    }
  }
  std::string line_buffer;
  // A row whose cells all fit on one line (the common case) is written into line_buffer
  // without the per-cell line lists: a table of 100,000 rows stays linear with small constants.
  auto render_line = [&](const std::vector<std::string>& cells) {
    std::string& text = line_buffer;
    text.clear();
    bool first = true;
    for (size_t c = 0; c < n; ++c) {
      if (!shown[c]) continue;
      size_t w = DisplayWidth(cells[c]);
      if (fits_[c] == Fit::kWrap && w > widths[c]) return false;
      if (!first) text.append(kGap, ' ');
      first = false;
      if (w > widths[c]) {
        const std::string cut = Truncate(cells[c], widths[c]);
        text += cut;
        w = DisplayWidth(cut);
      } else {
        text += cells[c];
      }
      if (w < widths[c]) text.append(widths[c] - w, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!wide && DisplayWidth(text) > limit) text = Truncate(text, limit);
    text += '\n';
    return true;
  };
  auto render_row = [&](const std::vector<std::string>& cells) {
    if (render_line(cells)) return line_buffer;
    std::vector<std::vector<std::string>> parts(n);
    size_t height = 1;
    for (size_t c = 0; c < n; ++c) {
      if (!shown[c]) continue;
      if (fits_[c] == Fit::kWrap && DisplayWidth(cells[c]) > widths[c])
        parts[c] = WrapLines(cells[c], widths[c]);
      else
        parts[c] = {Truncate(cells[c], widths[c])};
      height = std::max(height, parts[c].size());
    }
    std::string out;
    for (size_t line = 0; line < height; ++line) {
      std::string text;
      bool first = true;
      for (size_t c = 0; c < n; ++c) {
        if (!shown[c]) continue;
        if (!first) text += std::string(kGap, ' ');
        first = false;
        text += Pad(line < parts[c].size() ? parts[c][line] : "", widths[c]);
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      // Last resort (columns that may not give way): cut the line itself.
      if (!wide && DisplayWidth(text) > limit) text = Truncate(text, limit);
      out += text + "\n";
    }
    return out;
  };
  std::string out = render_row(headers_);
  std::vector<std::string> rule(n);
  for (size_t c = 0; c < n; ++c) rule[c] = std::string(widths[c], '-');
  out += render_row(rule);
  for (const auto& r : rows_) {
    if (render_line(r))
      out += line_buffer;
    else
      out += render_row(r);
  }
  if (!dropped.empty()) {
    std::string names;
    for (const auto& d : dropped) names += (names.empty() ? "" : ", ") + d;
    out += Wrapped("(left out to fit " + std::to_string(limit) + " columns: " + names +
                       "; --wide shows every column)",
                   0, 1);
  }
  return out;
}

}  // namespace gradfit::cli
