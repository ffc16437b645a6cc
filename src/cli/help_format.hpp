// Help text that fits the terminal: CLI11's formatter prints each description on
// one line after a 30-column name column, however long; this one word-wraps the
// descriptions (continuation lines under the description column) and the app's
// description and footer to OutputWidth() (cli/table.hpp: COLUMNS, the terminal,
// else 80; `--wide` leaves them whole).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace gradfit::cli {

class FittingHelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_desc(const CLI::Option* opt) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
};

// Each line of `block` that is wider than `width` wrapped, its continuation lines
// indented like the line itself.
std::string WrapBlock(const std::string& block, size_t width);

}  // namespace gradfit::cli
