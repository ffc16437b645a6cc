// The CLI's option checks: thin wrappers over the library's bounds and code tables.
#include "cli/option_checks.hpp"

#include <fmt/core.h>

#include <cctype>

#include "gradfit/bounds.hpp"
#include "gradfit/file_io.hpp"
#include "gradfit/iso_codes.hpp"

namespace gradfit::cli {
namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

CLI::Validator CodeCheck(CodeKind kind) {
  return CLI::Validator(
      [kind](std::string& value) -> std::string {
        std::string code = Upper(value);
        if (auto error = CheckCode(kind, code))
          return fmt::format("'{}' is {}", SanitizeForTerminal(value), *error);
        value = code;
        return "";
      },
      "CODE");
}

}  // namespace

CLI::Validator Bounded(const std::string& name) {
  const NumberBound* bound = FindNumberBound(name);
  return CLI::Validator(
      [bound, name](std::string& value) -> std::string {
        const auto v = ParseNumberOption(value);
        if (!v) return fmt::format("'{}' is not a number", SanitizeForTerminal(value));
        if (auto error = bound ? CheckNumber(*bound, *v) : CheckNumber(name, *v)) return *error;
        return "";
      },
      bound ? DescribeBound(*bound) : "a finite number");
}

CLI::Validator IsoCountryCode() { return CodeCheck(CodeKind::kCountry); }
CLI::Validator IsoCurrencyCode() { return CodeCheck(CodeKind::kCurrency); }
CLI::Validator UsStateCode() { return CodeCheck(CodeKind::kUsState); }

}  // namespace gradfit::cli
