// Fuzz target: the applicant profile parsers (TOML and JSON), then what is
// done with a profile that parses: validation and the questionnaire's field table.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gradfit/profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto parsed : {gradfit::ParseProfileToml(text, "fuzz.toml"),
                      gradfit::ParseProfileJson(text, "fuzz.json")}) {
    if (!parsed.ok()) continue;
    gradfit::ValidateProfile(*parsed);
    // A valid profile must survive a round trip through its own TOML.
    auto again = gradfit::ParseProfileToml(gradfit::ProfileToToml(*parsed), "roundtrip.toml");
    if (!again.ok()) __builtin_trap();
    gradfit::PriorityWeights(parsed->priorities);
  }
  return 0;
}
