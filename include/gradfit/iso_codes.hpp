// ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gradfit {

bool IsIsoCountry(std::string_view alpha2);  // "US", "GB", … (upper case)
bool IsIsoCurrency(std::string_view code);   // "USD", "EUR", … (upper case)
// US state, district or territory (USPS two-letter code, upper case): "GA", "DC", "PR".
bool IsUsState(std::string_view code);

// The one check of a code wherever it enters (options, API fields, profiles,
// data files): why `code` is not a code of this kind, or nullopt when it is.
enum class CodeKind { kCountry, kCurrency, kUsState };
std::optional<std::string> CheckCode(CodeKind kind, std::string_view code);
// The kind of code a field or option holds, by its name ("country",
// "work_country", "salary_currency", "--aid-currency", "state"), or nullopt.
std::optional<CodeKind> CodeKindOfField(std::string_view name);

// English short name of a country code, or the code itself when unknown.
std::string_view CountryName(std::string_view alpha2);

}  // namespace gradfit
