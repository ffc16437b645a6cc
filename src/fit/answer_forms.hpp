// Internal to src/fit: the forms people type money and grades in, as the
// questionnaire, `--set` and the web app accept them. Each parser returns what
// it understood plus a sentence saying how ("understood: 65,000 USD"), or an
// error that says what to type instead. docs/METHODS.md ("Profile answers")
// documents the conversions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "gradfit/profile.hpp"
#include "gradfit/status.hpp"

namespace gradfit::fit {

// The currency of a country (ISO 4217 for an ISO 3166 alpha-2 code), or
// nullopt for a country not in the table.
std::optional<std::string> CurrencyOfCountry(std::string_view alpha2);

struct MoneyAnswer {
  Money money;
  std::string note;  // how it was read when not literal: "no currency given: took EUR, …"
  // "65,000 USD a year (no currency given: …)"; `per` as in "a year".
  std::string Understood(std::string_view per = "") const;
};

// Money as people type it: "65000", "65,000", "$65,000", "65k", "1.2m",
// "65 000 EUR", "EUR 65000", "5000/month" (times 12, said so), "none" (0);
// '.' is always the decimal point. A bare number takes the
// currency of `country` when known, else USD, and the note says which.
// Errors: InvalidArgument with a message that names accepted forms.
Result<MoneyAnswer> ParseMoneyAnswer(std::string_view text,
                                     const std::optional<std::string>& country);

struct GpaAnswer {
  double value = 0;
  std::optional<double> scale;  // nullopt: a bare number, the scale was not said
  std::string understood;       // "8.6 on a 10-point scale"
};

// A grade with its scale: "8.6/10", "3.4 / 4", "85%", "85/100", "3.4 out of 4",
// "1.7 (German)" (inverted German scale, converted to the 4.0 scale by the
// modified Bavarian formula: 5 - grade), UK classes "First", "2:1", "2:2",
// "Third" (converted to a conservative 4.0-scale equivalent). A bare number
// ("3.4") comes back without a scale.
Result<GpaAnswer> ParseGpaAnswer(std::string_view text);

// "65,000": the amount with thousands separators, decimals only when needed.
std::string FormatAmount(double amount);

}  // namespace gradfit::fit
