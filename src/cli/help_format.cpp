#include "cli/help_format.hpp"

#include <algorithm>
#include <sstream>

#include "cli/table.hpp"

namespace gradfit::cli {
namespace {

// The narrowest description column worth wrapping into; below it the text is
// left as it is (a terminal that narrow wraps it anyway).
constexpr size_t kNarrowestDescription = 20;

// `text` wrapped to fit beside a name column of `column` characters; CLI11's
// format_help indents the line after each '\n' to the description column.
std::string WrapDescription(const std::string& text, size_t column) {
  const size_t width = OutputWidth();
  if (width == kUnlimitedWidth || width < column + kNarrowestDescription) return text;
  std::string out;
  for (const std::string& line : WrapLines(text, width - column)) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace

std::string WrapBlock(const std::string& block, size_t width) {
  if (width == kUnlimitedWidth) return block;
  std::istringstream in(block);
  std::string line, out;
  while (std::getline(in, line)) {
    if (DisplayWidth(line) <= width) {
      out += line + '\n';
      continue;
    }
    const size_t indent = std::min(line.find_first_not_of(' '), width / 2);
    const std::string pad(indent, ' ');
    for (const std::string& part : WrapLines(line.substr(indent), width - indent))
      out += pad + part + '\n';
  }
  if (!block.empty() && block.back() != '\n' && !out.empty()) out.pop_back();
  return out;
}

std::string FittingHelpFormatter::make_option_desc(const CLI::Option* opt) const {
  return WrapDescription(CLI::Formatter::make_option_desc(opt), get_column_width());
}

std::string FittingHelpFormatter::make_subcommand(const CLI::App* sub) const {
  std::stringstream out;
  CLI::detail::format_help(out, sub->get_display_name(true),
                           WrapDescription(sub->get_description(), get_column_width()),
                           get_column_width());
  return out.str();
}

std::string FittingHelpFormatter::make_description(const CLI::App* app) const {
  return WrapBlock(CLI::Formatter::make_description(app), OutputWidth());
}

std::string FittingHelpFormatter::make_footer(const CLI::App* app) const {
  return WrapBlock(CLI::Formatter::make_footer(app), OutputWidth());
}

}  // namespace gradfit::cli
