// CLI11 checks for numbers and codes: each calls the library's one table of
// bounds (gradfit/bounds.hpp) or ISO checker (gradfit/iso_codes.hpp), so the
// CLI refuses what the API and the loaders refuse, naming the option (exit 2).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace gradfit::cli {

// A number within the documented bound of `name` ("salary", "runs", …).
CLI::Validator Bounded(const std::string& name);
// Codes, upper-cased first ("us" -> "US"): add with ->transform(), which keeps
// the upper-cased text (->check() would check a copy).
CLI::Validator IsoCountryCode();   // ISO 3166-1 alpha-2
CLI::Validator IsoCurrencyCode();  // ISO 4217
CLI::Validator UsStateCode();      // USPS code of a state, DC or a territory

}  // namespace gradfit::cli
