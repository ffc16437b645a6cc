// ISO 3166-1 alpha-2 country codes and ISO 4217 currency codes.
#pragma once

#include <string_view>

namespace gradfit {

bool IsIsoCountry(std::string_view alpha2);  // "US", "GB", … (upper case)
bool IsIsoCurrency(std::string_view code);   // "USD", "EUR", … (upper case)
// English short name of a country code, or the code itself when unknown.
std::string_view CountryName(std::string_view alpha2);

}  // namespace gradfit
