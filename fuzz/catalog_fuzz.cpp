// Fuzz target: one catalog file, read as a program and as an institutions
// file (the strict readers behind `catalog validate`).
#include <toml++/toml.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "catalog/program_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  toml::table root;
  try {
    root = toml::parse(text, std::string("fuzz.toml"));
  } catch (const toml::parse_error&) {
    return 0;
  }
  gradfit::catalog_internal::ErrorSink program_sink("fuzz.toml");
  gradfit::catalog_internal::ReadProgram(root, program_sink);
  gradfit::catalog_internal::ErrorSink institution_sink("fuzz.toml");
  gradfit::catalog_internal::ReadInstitutions(root, institution_sink);
  return 0;
}
