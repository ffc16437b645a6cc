// Turns one parsed program file into a Program, reporting every problem.
#pragma once

#include <toml++/toml.h>

#include "catalog/fact_reader.hpp"

namespace gradfit::catalog_internal {

Program ReadProgram(const toml::table& root, ErrorSink& sink);
// Reads the [[institutions]] array of an institutions file (hand-written or derived).
std::vector<Institution> ReadInstitutions(const toml::table& root, ErrorSink& sink);

}  // namespace gradfit::catalog_internal
