// Fuzz target: the money data files (wages, exchange rates, living costs).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gradfit/money_data.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gradfit::ParseWages(text, "wages.toml");
  gradfit::ParseExchangeRates(text, "exchange_rates.toml");
  gradfit::ParseLivingCosts(text, "living_costs.toml");
  return 0;
}
